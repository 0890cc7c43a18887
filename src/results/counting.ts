import type {
  CategoryResult,
  OverallResult,
  Status,
  VerificationReport,
} from '../common/report.js';
import {
  ALL_CATEGORIES,
  type Category,
  type HookFailure,
  type RunOutcome,
  type TestRecord,
} from '../common/records.js';

/**
 * Counting and the fail-closed gate. Counting is kept apart from writing (as mocha's
 * stats-collector is) so the same rules apply to a fresh run and to merged shard reports.
 */

/** The categories a report may hold, in the order they are written. */
/** At most this many titles are named in one gate reason; the report lists them all. */
const MAX_NAMED = 10;

/** The per-category counts of a report (`results`). */
export type CategoryResults = VerificationReport['results'];

/** Options of the gate. */
export interface GateOptions {
  /** An empty run (no test ran) passes only when this is true (the `allow-empty` input). */
  allowEmpty: boolean;
}

/** The gate's verdict. */
export interface GateVerdict {
  status: Status;
  /** Every reason the gate failed, one plain sentence each; empty when it passed. */
  reasons: string[];
}

/** Everything the report stage counts from one outcome. */
export interface OutcomeCounts {
  results: CategoryResults;
  /** Totals over every category; `status` is the gate's and `reasons` its reasons. */
  overall: OverallResult;
}

const KNOWN_STATES = new Set<string>(['passed', 'failed', 'error', 'skipped']);

/**
 * True for a state the counting rules know. Records read back from a file (a shard report)
 * are only typed by trust, so an unknown state is possible and must not vanish.
 */
function isKnownState(state: unknown): boolean {
  return typeof state === 'string' && KNOWN_STATES.has(state);
}

/** Seconds with at most millisecond precision, so summing floats does not print 0.30000000000000004. */
function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * The category a record is counted under: its own, or `other` for anything unknown (a record
 * read back from a file), so that it is still counted and listed somewhere.
 */
export function categoryKey(category: unknown): Category {
  return ALL_CATEGORIES.includes(category as Category) ? (category as Category) : 'other';
}

/**
 * Counts a set of tests and after-hook failures (one category's, or all of them).
 *
 * - `tests` is every record: `tests = passed + failures + errors + skipped` always holds;
 * - `failed` counts as a failure, `error` as an error, `skipped` as skipped; a record with a
 *   state the rules do not know counts as an error (fail closed: it cannot pass unseen);
 * - each after-hook failure counts in `hook_failures`;
 * - `status` is `passed` only when at least one test ran (was not skipped) and there are no
 *   failures, errors or hook failures.
 */
export function countTests(
  tests: readonly TestRecord[],
  hookFailures: readonly HookFailure[] = [],
): CategoryResult {
  let passed = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let time = 0;
  for (const test of tests) {
    if (test.state === 'passed') passed += 1;
    else if (test.state === 'failed') failures += 1;
    else if (test.state === 'skipped') skipped += 1;
    else errors += 1;
    if (typeof test.duration === 'number' && Number.isFinite(test.duration) && test.duration > 0)
      time += test.duration;
  }
  const ran = tests.length - skipped;
  const clean = failures === 0 && errors === 0 && hookFailures.length === 0;
  return {
    status: ran > 0 && clean ? 'passed' : 'failed',
    tests: tests.length,
    passed,
    failures,
    errors,
    skipped,
    hook_failures: hookFailures.length,
    time: roundSeconds(time),
  };
}

/**
 * Counts per category: `database_migration`, `api_migration` and `functional_migration` are
 * always present (a category without tests has `tests: 0` and status `failed`, since it ran
 * nothing); `other` is present when it has tests, and also when an after-hook outside every
 * category failed (a root `after` hook), so that failure is never hidden from the categories.
 */
export function countByCategory(
  tests: readonly TestRecord[],
  hookFailures: readonly HookFailure[] = [],
): CategoryResults {
  const testsOf = new Map<Category, TestRecord[]>(ALL_CATEGORIES.map((category) => [category, []]));
  const hooksOf = new Map<Category, HookFailure[]>(
    ALL_CATEGORIES.map((category) => [category, []]),
  );
  for (const test of tests) testsOf.get(categoryKey(test.category))!.push(test);
  for (const hook of hookFailures) hooksOf.get(categoryKey(hook.category))!.push(hook);

  const results: CategoryResults = {
    database_migration: countTests(
      testsOf.get('database_migration')!,
      hooksOf.get('database_migration'),
    ),
    api_migration: countTests(testsOf.get('api_migration')!, hooksOf.get('api_migration')),
    functional_migration: countTests(
      testsOf.get('functional_migration')!,
      hooksOf.get('functional_migration'),
    ),
  };
  const otherTests = testsOf.get('other')!;
  const otherHooks = hooksOf.get('other')!;
  if (otherTests.length > 0 || otherHooks.length > 0)
    results.other = countTests(otherTests, otherHooks);
  return results;
}

/** `1 test` / `2 tests`. */
function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `"title" (file:line)`: how a reason names one test or hook. */
function nameOf(item: {
  full_title: string;
  file: string | null;
  location?: { file: string; line: number };
}): string {
  const where = item.location ? `${item.location.file}:${item.location.line}` : item.file;
  return where ? `"${item.full_title}" (${where})` : `"${item.full_title}"`;
}

/** The first few names, then how many more; the report and summary list every one. */
function listNames(items: ReadonlyArray<Parameters<typeof nameOf>[0]>): string {
  const named = items.slice(0, MAX_NAMED).map(nameOf).join('; ');
  return items.length > MAX_NAMED ? `${named}; and ${items.length - MAX_NAMED} more` : named;
}

/** Why an incomplete run stopped, from what is known of the test process's end. */
function describeStop(outcome: RunOutcome): string {
  if (outcome.signal) return `the test process was killed by ${outcome.signal}`;
  if (outcome.exit_code !== null && outcome.exit_code !== undefined) {
    return `the test process exited with code ${outcome.exit_code} before reporting the end of the run`;
  }
  return 'the test process stopped before reporting the end of the run';
}

/**
 * The fail-closed gate over one outcome. It is `passed` only when the run completed, it
 * reported no problems, every collected test has a known outcome, no test failed or had an
 * error, no after-hook failed, and at least one test ran (unless `allowEmpty`). Every reason
 * that applies is listed, not only the first, so one run tells the whole story.
 */
export function gate(outcome: RunOutcome, options: GateOptions): GateVerdict {
  const reasons: string[] = [];
  if (!outcome.completed) reasons.push(`the run did not complete: ${describeStop(outcome)}`);
  for (const problem of outcome.problems) reasons.push(`the run cannot be trusted: ${problem}`);

  const unaccounted = outcome.tests.filter((test) => !isKnownState(test.state));
  const failed = outcome.tests.filter((test) => test.state === 'failed');
  const errored = outcome.tests.filter((test) => test.state === 'error');
  const skipped = outcome.tests.filter((test) => test.state === 'skipped');

  if (unaccounted.length > 0) {
    reasons.push(
      `${plural(unaccounted.length, 'collected test has', 'collected tests have')} no known outcome and ` +
        `${unaccounted.length === 1 ? 'is' : 'are'} counted as errors: ${listNames(unaccounted)}`,
    );
  }
  if (failed.length > 0)
    reasons.push(`${plural(failed.length, 'test')} failed: ${listNames(failed)}`);
  if (errored.length > 0) {
    reasons.push(
      `${plural(errored.length, 'test')} had ${errored.length === 1 ? 'an error' : 'errors'}: ${listNames(errored)}`,
    );
  }
  if (outcome.hook_failures.length > 0) {
    reasons.push(
      `${plural(outcome.hook_failures.length, 'after hook')} failed: ${listNames(outcome.hook_failures)}`,
    );
  }
  // A run that did not complete already says why nothing ran (a load error, a crash): the
  // allow-empty hint would point at the wrong cure.
  if (!options.allowEmpty && outcome.completed) {
    if (outcome.tests.length === 0) {
      reasons.push('no tests were collected; set allow-empty: true if that is expected');
    } else if (skipped.length === outcome.tests.length) {
      reasons.push(
        `no test ran: all ${plural(outcome.tests.length, 'collected test')} were skipped; ` +
          'set allow-empty: true if that is expected',
      );
    }
  }
  return { status: reasons.length === 0 ? 'passed' : 'failed', reasons };
}

/**
 * Counts one outcome: per category, overall, and the gate. `overall.status` is the gate's
 * status (not only the counts': an incomplete run with no failing test still fails), and
 * `overall.time` is the tests' time summed, like every category's.
 */
export function countOutcome(outcome: RunOutcome, options: GateOptions): OutcomeCounts {
  const results = countByCategory(outcome.tests, outcome.hook_failures);
  const totals = countTests(outcome.tests, outcome.hook_failures);
  const verdict = gate(outcome, options);
  return { results, overall: { ...totals, status: verdict.status, reasons: verdict.reasons } };
}
