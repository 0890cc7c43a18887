/**
 * The typed records that every part of the pipeline shares: what the run stage produces
 * from the reporter stream, and what the report stage counts and writes.
 */

/** The report keys of the categories, in the order they are written. */
export const CATEGORIES = ['database_migration', 'api_migration', 'functional_migration'] as const;

/** A verification category of the report (`other` holds tests in none of them). */
export type Category = (typeof CATEGORIES)[number] | 'other';

/** Every category a test can have: the report keys, then `other`. */
export const ALL_CATEGORIES: readonly Category[] = [...CATEGORIES, 'other'];

/** What became of one collected test. The counting rules map these onto the report's counts. */
export type TestState = 'passed' | 'failed' | 'error' | 'skipped';

/** One difference found by a comparator. */
export interface Difference {
  /** Where the difference is, e.g. `body.items[2].name` or `tools[id=3].status`. */
  path: string;
  /** `missing`: only on the old side; `extra`: only on the new side; `changed`: other value; `type`: other type. */
  kind: 'missing' | 'extra' | 'changed' | 'type';
  /** The old side's value (undefined when `extra`). */
  old?: unknown;
  /** The new side's value (undefined when `missing`). */
  new?: unknown;
  /** One readable sentence that explains the difference. */
  message: string;
}

/** A place in a source file. */
export interface SourceLocation {
  /** Path relative to the working directory when inside it, else absolute. */
  file: string;
  line: number;
  column?: number;
}

/** One collected test and what became of it. */
export interface TestRecord {
  /** Titles from the outermost suite to the test. */
  title_path: string[];
  /** The titles joined with spaces, as mocha's `fullTitle()`. */
  full_title: string;
  /** Spec file relative to the working directory, or null when mocha did not know it. */
  file: string | null;
  category: Category;
  state: TestState;
  /** Seconds. 0 for tests that did not run. */
  duration: number;
  /** For `failed` and `error`: the error's message (for a test blocked by a hook, the hook's). */
  message?: string;
  /** For `failed` and `error`: the stack, when there was one. */
  stack?: string;
  /** For `failed` and `error`: the first stack frame inside the working directory's spec files. */
  location?: SourceLocation;
  /** Structured differences carried by a comparator's assertion error. */
  differences?: Difference[];
}

/** A failing `after`/`afterEach` hook (before-hooks show up as errors of the tests they blocked). */
export interface HookFailure {
  /** Mocha's hook title, e.g. `"after all" hook: close db`. */
  title: string;
  full_title: string;
  file: string | null;
  category: Category;
  message: string;
  stack?: string;
  location?: SourceLocation;
}

/** What the run stage hands to the report stage. */
export interface RunOutcome {
  /** True only when the test process reported the end of the run and exited normally. */
  completed: boolean;
  /** The test process's exit code (null when killed by a signal). */
  exit_code: number | null;
  /** The signal that killed the test process, if any. */
  signal?: string | null;
  /** Every collected test, each exactly once. */
  tests: TestRecord[];
  /** Failing after-hooks. */
  hook_failures: HookFailure[];
  /** Reasons the run cannot be trusted (crash, early exit, load error, unreadable stream...). Empty when none. */
  problems: string[];
  /** Wall-clock seconds of the test process. */
  duration: number;
}
