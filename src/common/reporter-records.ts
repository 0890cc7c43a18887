import type { Category, Difference } from './records.js';

/**
 * The records our mocha reporter streams, one JSON object per line, written synchronously so a
 * process that exits mid-run leaves every record up to that point.
 */

/** An error as the reporter saw it, without cycles. */
export interface ErrorRecord {
  name?: string;
  message: string;
  stack?: string;
  code?: string;
  /** Structured differences attached by the suite library's comparators. */
  differences?: Difference[];
}

/** A collected test, listed when the run begins. */
export interface CollectedTest {
  id: number;
  title_path: string[];
  /** Ids of the enclosing suites, outermost first (the root suite is 0). */
  suite_ids: number[];
  file: string | null;
  category: Category;
  pending: boolean;
}

/** The kinds of hook mocha has. */
export type HookKind = 'before all' | 'before each' | 'after all' | 'after each';

/** Which hook a record is about. */
export interface HookPlace {
  hook: HookKind;
  title: string;
  title_path: string[];
  /** The suite the hook belongs to. */
  suite_id: number;
  file: string | null;
  category: Category;
}

/** One line of the reporter's stream. */
export type ReporterRecord =
  | { type: 'start'; total: number; tests: CollectedTest[] }
  | { type: 'test-begin'; id: number }
  | { type: 'pass'; id: number; duration: number }
  | { type: 'fail'; id: number; duration: number; error: ErrorRecord }
  | { type: 'pending'; id: number }
  /**
   * A hook started; it ends with 'hook-end' or 'hook-fail'. Only these say where a process that
   * exits or hangs inside a hook was, so that the hook's category fails (an `after all` hook
   * runs once its tests have all passed).
   */
  | ({ type: 'hook-begin' } & HookPlace)
  | { type: 'hook-end' }
  | ({ type: 'hook-fail'; error: ErrorRecord } & HookPlace)
  /** A failure mocha could not tie to a test or hook (an uncaught error outside the suites). */
  | { type: 'uncaught'; title: string; error: ErrorRecord }
  | { type: 'end'; passes: number; failures: number; pending: number };

/** The environment variable that tells the reporter where to write. */
export const RECORDS_ENV = 'VERIFY_MIGRATION_RECORDS';
