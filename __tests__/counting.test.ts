import assert from 'node:assert/strict';
import type { CategoryResult } from '../src/common/report.js';
import { countByCategory, countOutcome, countTests, gate } from '../src/results/counting.js';
import type { TestRecord } from '../src/common/records.js';
import { allPassing, hookFailure, mixed, outcome, record } from './__fixtures__/outcomes/index.js';

/** The invariant every count must keep: tests = passed + failures + errors + skipped. */
function assertInvariant(result: CategoryResult, where = 'result'): void {
  assert.equal(
    result.tests,
    result.passed + result.failures + result.errors + result.skipped,
    `${where}: tests ${result.tests} is not passed + failures + errors + skipped (${JSON.stringify(result)})`,
  );
}

/** The counts of a result, without status and time, for one deepEqual. */
function counts(result: CategoryResult): Omit<CategoryResult, 'status' | 'time'> {
  const { tests, passed, failures, errors, skipped, hook_failures } = result;
  return { tests, passed, failures, errors, skipped, hook_failures };
}

describe('counting', () => {
  describe('countTests', () => {
    it('maps each state onto its count: failed → failures, error → errors, skipped → skipped', () => {
      // Arrange
      const tests = [
        record('api_migration', 'passed', 'a'),
        record('api_migration', 'passed', 'b'),
        record('api_migration', 'failed', 'c'),
        record('api_migration', 'error', 'd'),
        record('api_migration', 'skipped', 'e'),
      ];

      // Act
      const result = countTests(tests);

      // Assert
      assert.deepEqual(counts(result), {
        tests: 5,
        passed: 2,
        failures: 1,
        errors: 1,
        skipped: 1,
        hook_failures: 0,
      });
      assert.equal(result.status, 'failed');
      assertInvariant(result);
    });

    it('passes a category that ran at least one test and had no failure, error or hook failure', () => {
      const result = countTests([
        record('database_migration', 'passed', 'a'),
        record('database_migration', 'skipped', 'b'),
      ]);

      assert.equal(result.status, 'passed');
      assert.deepEqual(counts(result), {
        tests: 2,
        passed: 1,
        failures: 0,
        errors: 0,
        skipped: 1,
        hook_failures: 0,
      });
      assertInvariant(result);
    });

    it('fails a category whose every test was skipped, and an empty one: they ran nothing', () => {
      const allSkipped = countTests([
        record('api_migration', 'skipped', 'a'),
        record('api_migration', 'skipped', 'b'),
      ]);
      const empty = countTests([]);

      assert.equal(allSkipped.status, 'failed');
      assert.deepEqual(counts(allSkipped), {
        tests: 2,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 2,
        hook_failures: 0,
      });
      assert.equal(empty.status, 'failed');
      assert.deepEqual(counts(empty), {
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 0,
      });
      assertInvariant(allSkipped);
      assertInvariant(empty);
    });

    it('fails a category whose tests all passed when one of its after hooks failed', () => {
      const result = countTests(
        [record('functional_migration', 'passed', 'a')],
        [hookFailure('functional_migration')],
      );

      assert.equal(result.status, 'failed');
      assert.deepEqual(counts(result), {
        tests: 1,
        passed: 1,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 1,
      });
      assertInvariant(result);
    });

    it('counts a test blocked by a before hook as an error, never dropping it', () => {
      const blocked = record('database_migration', 'error', 'never ran', {
        duration: 0,
        message: '"before all" hook: connect: refused',
      });

      const result = countTests([record('database_migration', 'passed', 'a'), blocked]);

      assert.deepEqual(counts(result), {
        tests: 2,
        passed: 1,
        failures: 0,
        errors: 1,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(result.status, 'failed');
      assertInvariant(result);
    });

    it('counts a record with a state it does not know as an error (fail closed)', () => {
      const odd = {
        ...record('api_migration', 'passed', 'odd'),
        state: 'running',
      } as unknown as TestRecord;

      const result = countTests([record('api_migration', 'passed', 'a'), odd]);

      assert.deepEqual(counts(result), {
        tests: 2,
        passed: 1,
        failures: 0,
        errors: 1,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(result.status, 'failed');
      assertInvariant(result);
    });

    it('sums durations in seconds without float noise, ignoring negative or non-finite ones', () => {
      const tests = [0.1, 0.2, -5, Number.NaN].map((duration, index) =>
        record('api_migration', 'passed', `t${index}`, { duration }),
      );

      const result = countTests(tests);

      assert.equal(result.time, 0.3);
      assertInvariant(result);
    });
  });

  describe('countByCategory', () => {
    it('always has the three categories, in order, and no other when nothing is uncategorised', () => {
      const results = countByCategory([record('database_migration', 'passed', 'a')]);

      assert.deepEqual(Object.keys(results), [
        'database_migration',
        'api_migration',
        'functional_migration',
      ]);
      assert.deepEqual(counts(results.database_migration), {
        tests: 1,
        passed: 1,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(results.database_migration.status, 'passed');
      assert.deepEqual(counts(results.api_migration), {
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(results.api_migration.status, 'failed');
      for (const [key, result] of Object.entries(results)) assertInvariant(result, key);
    });

    it('adds other when it has tests, and counts each test in its own category only', () => {
      const { tests, hook_failures } = mixed();

      const results = countByCategory(tests, hook_failures);

      assert.deepEqual(Object.keys(results), [
        'database_migration',
        'api_migration',
        'functional_migration',
        'other',
      ]);
      assert.deepEqual(counts(results.database_migration), {
        tests: 3,
        passed: 1,
        failures: 1,
        errors: 0,
        skipped: 1,
        hook_failures: 0,
      });
      assert.deepEqual(counts(results.api_migration), {
        tests: 3,
        passed: 1,
        failures: 0,
        errors: 2,
        skipped: 0,
        hook_failures: 0,
      });
      assert.deepEqual(counts(results.functional_migration), {
        tests: 1,
        passed: 1,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 1,
      });
      assert.deepEqual(counts(results.other!), {
        tests: 2,
        passed: 1,
        failures: 1,
        errors: 0,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(results.functional_migration.status, 'failed', 'its after hook failed');
      for (const [key, result] of Object.entries(results)) assertInvariant(result, key);
    });

    it('adds other for a failing root after hook even when other has no tests, so the failure shows in a category', () => {
      const results = countByCategory(
        [record('api_migration', 'passed', 'a')],
        [hookFailure('other')],
      );

      assert.ok(results.other, 'other is present');
      assert.deepEqual(counts(results.other), {
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 1,
      });
      assert.equal(results.other.status, 'failed');
      assertInvariant(results.other);
    });

    it('counts a record with an unknown category under other instead of losing it', () => {
      const stray = {
        ...record('api_migration', 'passed', 'x'),
        category: 'performance',
      } as unknown as TestRecord;

      const results = countByCategory([stray]);

      assert.equal(results.other?.tests, 1);
      assertInvariant(results.other!);
    });
  });

  describe('gate', () => {
    // Each gate case goes through countOutcome, so it checks the counts and the invariant
    // beside the reasons: a gate reason with counts that disagree would mislead a reader.
    type Counts = ReturnType<typeof counts>;
    const zero: Counts = {
      tests: 0,
      passed: 0,
      failures: 0,
      errors: 0,
      skipped: 0,
      hook_failures: 0,
    };

    /** Asserts overall counts and the invariant over overall and every category. */
    function assertCounts(
      result: ReturnType<typeof countOutcome>,
      expected: Partial<Counts>,
    ): void {
      assert.deepEqual(counts(result.overall), { ...zero, ...expected });
      assertInvariant(result.overall, 'overall');
      for (const [key, category] of Object.entries(result.results)) assertInvariant(category, key);
    }

    it('passes a completed run with no problems, failures, errors or hook failures', () => {
      const result = countOutcome(allPassing(), { allowEmpty: false });

      assert.equal(result.overall.status, 'passed');
      assert.deepEqual(result.overall.reasons, []);
      assertCounts(result, { tests: 5, passed: 4, skipped: 1 });
      assert.deepEqual(gate(allPassing(), { allowEmpty: false }), {
        status: 'passed',
        reasons: [],
      });
    });

    it('fails when tests failed, naming them with file and line', () => {
      const run = outcome([
        record('api_migration', 'failed', 'a'),
        record('api_migration', 'failed', 'b'),
        record('api_migration', 'passed', 'c'),
      ]);

      const result = countOutcome(run, { allowEmpty: false });

      assert.equal(result.overall.status, 'failed');
      assert.deepEqual(result.overall.reasons, [
        '2 tests failed: "api_migration suite a" (test/migration/api_migration.spec.ts:12); "api_migration suite b" (test/migration/api_migration.spec.ts:12)',
      ]);
      assertCounts(result, { tests: 3, passed: 1, failures: 2 });
    });

    it('fails when a test had an error, in the singular', () => {
      const result = countOutcome(
        outcome([record('api_migration', 'error', 'a', { location: undefined })]),
        { allowEmpty: false },
      );

      assert.deepEqual(result.overall.reasons, [
        '1 test had an error: "api_migration suite a" (test/migration/api_migration.spec.ts)',
      ]);
      assertCounts(result, { tests: 1, errors: 1 });
    });

    it('fails when an after hook failed, even though every test passed', () => {
      const run = outcome([record('database_migration', 'passed', 'a')], {
        hook_failures: [hookFailure('database_migration')],
      });

      const result = countOutcome(run, { allowEmpty: false });

      assert.equal(result.overall.status, 'failed');
      assert.equal(result.overall.reasons.length, 1);
      assert.match(
        result.overall.reasons[0]!,
        /^1 after hook failed: "database_migration suite "after all" hook: close db" \(test\/migration\/database_migration\.spec\.ts:40\)$/,
      );
      assertCounts(result, { tests: 1, passed: 1, hook_failures: 1 });
    });

    it('fails when the run did not complete, saying how the test process ended', () => {
      const tests = [record('api_migration', 'passed', 'a')];

      const killed = countOutcome(
        outcome(tests, { completed: false, exit_code: null, signal: 'SIGKILL' }),
        { allowEmpty: false },
      );
      const exited = countOutcome(outcome(tests, { completed: false, exit_code: 7 }), {
        allowEmpty: false,
      });
      const unknown = countOutcome(outcome(tests, { completed: false, exit_code: null }), {
        allowEmpty: false,
      });

      assert.deepEqual(killed.overall.reasons, [
        'the run did not complete: the test process was killed by SIGKILL',
      ]);
      assert.deepEqual(exited.overall.reasons, [
        'the run did not complete: the test process exited with code 7 before reporting the end of the run',
      ]);
      assert.deepEqual(unknown.overall.reasons, [
        'the run did not complete: the test process stopped before reporting the end of the run',
      ]);
      assert.equal(killed.overall.status, 'failed');
      for (const result of [killed, exited, unknown]) assertCounts(result, { tests: 1, passed: 1 });
    });

    it('fails on every problem the run reported, even with all tests passing', () => {
      const run = outcome([record('api_migration', 'passed', 'a')], {
        problems: [
          'test/b.spec.ts failed to load: SyntaxError',
          'the reporter stream ends in a broken line',
        ],
      });

      const result = countOutcome(run, { allowEmpty: false });

      assert.deepEqual(result.overall.reasons, [
        'the run cannot be trusted: test/b.spec.ts failed to load: SyntaxError',
        'the run cannot be trusted: the reporter stream ends in a broken line',
      ]);
      assertCounts(result, { tests: 1, passed: 1 });
    });

    it('fails when a collected test has no known outcome, counting it as an error', () => {
      const odd = {
        ...record('api_migration', 'passed', 'odd'),
        state: 'running',
        location: undefined,
      } as unknown as TestRecord;

      const result = countOutcome(outcome([record('api_migration', 'passed', 'a'), odd]), {
        allowEmpty: false,
      });

      assert.deepEqual(result.overall.reasons, [
        '1 collected test has no known outcome and is counted as errors: "api_migration suite odd" (test/migration/api_migration.spec.ts)',
      ]);
      assertCounts(result, { tests: 2, passed: 1, errors: 1 });
    });

    it('fails when no tests were collected, unless allowEmpty', () => {
      const empty = outcome([]);

      const refused = countOutcome(empty, { allowEmpty: false });
      const allowed = countOutcome(empty, { allowEmpty: true });

      assert.equal(refused.overall.status, 'failed');
      assert.deepEqual(refused.overall.reasons, [
        'no tests were collected; set allow-empty: true if that is expected',
      ]);
      assert.equal(allowed.overall.status, 'passed');
      assert.deepEqual(allowed.overall.reasons, []);
      assertCounts(refused, {});
      assertCounts(allowed, {});
    });

    it('fails when every collected test was skipped, unless allowEmpty', () => {
      const skippedOnly = outcome([
        record('api_migration', 'skipped', 'a'),
        record('api_migration', 'skipped', 'b'),
      ]);

      const refused = countOutcome(skippedOnly, { allowEmpty: false });
      const allowed = countOutcome(skippedOnly, { allowEmpty: true });

      assert.deepEqual(refused.overall.reasons, [
        'no test ran: all 2 collected tests were skipped; set allow-empty: true if that is expected',
      ]);
      assert.equal(allowed.overall.status, 'passed');
      assertCounts(refused, { tests: 2, skipped: 2 });
      assertCounts(allowed, { tests: 2, skipped: 2 });
    });

    it('still fails an empty run with allowEmpty when the run itself did not complete', () => {
      const result = countOutcome(outcome([], { completed: false, exit_code: 1 }), {
        allowEmpty: true,
      });

      assert.equal(result.overall.status, 'failed');
      assert.equal(result.overall.reasons.length, 1);
      assertCounts(result, {});
    });

    it('lists every reason that applies, not only the first', () => {
      const run = mixed();
      run.completed = false;
      run.problems = ['spec crashed'];

      const result = countOutcome(run, { allowEmpty: false });

      assert.equal(result.overall.status, 'failed');
      assert.deepEqual(
        result.overall.reasons.map((reason) => reason.split(':')[0]),
        [
          'the run did not complete',
          'the run cannot be trusted',
          '2 tests failed',
          '2 tests had errors',
          '1 after hook failed',
        ],
      );
      assertCounts(result, {
        tests: 9,
        passed: 4,
        failures: 2,
        errors: 2,
        skipped: 1,
        hook_failures: 1,
      });
    });

    it('names at most ten tests in one reason and counts the rest', () => {
      const tests = Array.from({ length: 13 }, (_, index) =>
        record('api_migration', 'failed', `t${index}`),
      );

      const result = countOutcome(outcome(tests), { allowEmpty: false });

      const [reason] = result.overall.reasons;
      assert.match(reason!, /^13 tests failed: /);
      assert.match(reason!, /"api_migration suite t9"/);
      assert.doesNotMatch(reason!, /"api_migration suite t10"/);
      assert.match(reason!, /; and 3 more$/);
      assertCounts(result, { tests: 13, failures: 13 });
    });
  });

  describe('countOutcome', () => {
    it('gives overall totals over every category, with the gate as overall.status', () => {
      const run = mixed();

      const { results, overall } = countOutcome(run, { allowEmpty: false });

      assert.deepEqual(counts(overall), {
        tests: 9,
        passed: 4,
        failures: 2,
        errors: 2,
        skipped: 1,
        hook_failures: 1,
      });
      assert.equal(overall.status, 'failed');
      assert.equal(overall.reasons.length, 3);
      assert.equal(overall.time, 2);
      assertInvariant(overall, 'overall');
      for (const [key, result] of Object.entries(results)) assertInvariant(result, key);
      const sum = (key: 'tests' | 'passed' | 'failures' | 'errors' | 'skipped' | 'hook_failures') =>
        Object.values(results).reduce((total, result) => total + result[key], 0);
      assert.deepEqual(
        {
          tests: sum('tests'),
          passed: sum('passed'),
          failures: sum('failures'),
          errors: sum('errors'),
          skipped: sum('skipped'),
          hook_failures: sum('hook_failures'),
        },
        counts(overall),
      );
    });

    it('fails overall for an incomplete run even though its counts alone would pass', () => {
      const run = allPassing();
      run.completed = false;
      run.exit_code = null;
      run.signal = 'SIGTERM';

      const { results, overall } = countOutcome(run, { allowEmpty: false });

      assert.equal(results.database_migration.status, 'passed');
      assert.equal(overall.status, 'failed');
      assert.deepEqual(overall.reasons, [
        'the run did not complete: the test process was killed by SIGTERM',
      ]);
      assertInvariant(overall);
    });

    it('passes overall for an empty run with allowEmpty, while the empty categories say failed (they ran nothing)', () => {
      const { results, overall } = countOutcome(outcome([]), { allowEmpty: true });

      assert.equal(overall.status, 'passed');
      assert.deepEqual(overall.reasons, []);
      assert.deepEqual(counts(overall), {
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        hook_failures: 0,
      });
      assert.equal(results.database_migration.status, 'failed');
      assertInvariant(overall);
    });
  });
});
