/**
 * What both summaries (the job summary's Markdown and the CLI's plain text) show of a report: the
 * categories' names and the failing tests and hooks, in one list, each renderer choosing its words.
 */
import type { Category, Difference, SourceLocation } from '../common/records.js';
import type { VerificationReport } from '../common/report.js';

/** Each category's name in a summary. */
export const CATEGORY_NAMES: Record<Category, string> = {
  database_migration: 'Database migration',
  api_migration: 'API migration',
  functional_migration: 'Functional migration',
  other: 'Other (no category)',
};

/** One failing test (`failed` or `error`) or failing after-hook (`hook`), as a summary shows it. */
export interface FailingItem {
  kind: 'failed' | 'error' | 'hook';
  title: string;
  message: string;
  stack?: string;
  location?: SourceLocation;
  file: string | null;
  differences?: Difference[];
}

/** The failing tests, then the failing after-hooks, in the report's order. */
export function failingItems(report: VerificationReport): FailingItem[] {
  return [
    ...report.tests
      .filter((test) => test.state !== 'passed' && test.state !== 'skipped')
      .map((test): FailingItem => ({
        kind: test.state === 'failed' ? 'failed' : 'error',
        title: test.full_title,
        message:
          test.message ??
          (test.state === 'error' ? 'error' : `no known outcome (${String(test.state)})`),
        stack: test.stack,
        location: test.location,
        file: test.file,
        differences: test.differences,
      })),
    ...report.hook_failures.map((hook): FailingItem => ({
      kind: 'hook',
      title: hook.full_title,
      message: hook.message,
      stack: hook.stack,
      location: hook.location,
      file: hook.file,
    })),
  ];
}
