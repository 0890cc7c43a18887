import assert from 'node:assert/strict';
import type {
  CollectedTest,
  HookKind,
  HookPlace,
  ReporterRecord,
} from '../src/common/reporter-records.js';
import { locate } from '../src/common/stack-frames.js';
import {
  buildOutcome,
  findLoadFailure,
  parseRecords,
  type ProcessEnd,
} from '../src/run/outcome.js';
import { countOutcome } from '../src/results/counting.js';

const WD = '/work/svc';
const CONTEXT = { workingDirectory: WD, plannedFiles: ['test/a.spec.ts'] };
const CLEAN_END: ProcessEnd = { exitCode: 0, stderrTail: '', duration: 1 };

function collected(id: number, title: string, suiteIds = [0, 1], pending = false): CollectedTest {
  return {
    id,
    title_path: ['suite', title],
    suite_ids: suiteIds,
    file: 'test/a.spec.ts',
    category: 'database_migration',
    pending,
  };
}

function lines(records: ReporterRecord[], tail = '\n'): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + tail;
}

const START: ReporterRecord = {
  type: 'start',
  total: 3,
  tests: [collected(0, 'one'), collected(1, 'two'), collected(2, 'three')],
};

describe('run outcome', () => {
  it('reads a clean stream and accounts for every test', () => {
    const text = lines([
      START,
      { type: 'pass', id: 0, duration: 12 },
      {
        type: 'fail',
        id: 1,
        duration: 3,
        error: {
          name: 'AssertionError',
          code: 'ERR_ASSERTION',
          message: 'no',
          stack: `AssertionError: no\n    at Context.<anonymous> (${WD}/test/a.spec.ts:9:7)`,
        },
      },
      { type: 'pending', id: 2 },
      { type: 'end', passes: 1, failures: 1, pending: 1 },
    ]);

    const outcome = buildOutcome(parseRecords(text, 'x'), { ...CLEAN_END, exitCode: 1 }, CONTEXT);

    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.completed, true);
    assert.deepEqual(
      outcome.tests.map((test) => [test.full_title, test.state, test.duration]),
      [
        ['suite one', 'passed', 0.012],
        ['suite two', 'failed', 0.003],
        ['suite three', 'skipped', 0],
      ],
    );
    assert.deepEqual(outcome.tests[1].location, { file: 'test/a.spec.ts', line: 9, column: 7 });
  });

  it('counts a timeout or a thrown TypeError as an error, and a failure after a pass as that failure', () => {
    const text = lines([
      START,
      {
        type: 'fail',
        id: 0,
        duration: 2000,
        error: { name: 'Error', code: 'ERR_MOCHA_TIMEOUT', message: 'Timeout of 2000ms exceeded' },
      },
      { type: 'pass', id: 1, duration: 1 },
      { type: 'fail', id: 1, duration: 1, error: { name: 'TypeError', message: 'late' } },
      { type: 'pass', id: 2, duration: 1 },
      { type: 'end', passes: 2, failures: 2, pending: 0 },
    ]);

    const outcome = buildOutcome(parseRecords(text, 'x'), { ...CLEAN_END, exitCode: 2 }, CONTEXT);

    assert.deepEqual(
      outcome.tests.map((test) => test.state),
      ['error', 'error', 'passed'],
    );
  });

  it('turns the tests a before hook blocked into errors carrying its message, and lists after hooks', () => {
    const start: ReporterRecord = {
      type: 'start',
      total: 3,
      tests: [
        collected(0, 'one', [0, 1]),
        collected(1, 'two', [0, 1]),
        collected(2, 'other suite', [0, 2]),
      ],
    };
    const hook = (
      kind: 'before all' | 'after all',
      suite: number,
      message: string,
    ): ReporterRecord => ({
      type: 'hook-fail',
      hook: kind,
      title: `"${kind}" hook`,
      title_path: ['suite', `"${kind}" hook`],
      suite_id: suite,
      file: 'test/a.spec.ts',
      category: 'database_migration',
      error: { message },
    });
    const text = lines([
      start,
      hook('before all', 1, 'seed failed'),
      { type: 'pass', id: 2, duration: 1 },
      hook('after all', 2, 'close failed'),
      { type: 'end', passes: 1, failures: 2, pending: 0 },
    ]);

    const outcome = buildOutcome(parseRecords(text, 'x'), { ...CLEAN_END, exitCode: 2 }, CONTEXT);

    assert.deepEqual(
      outcome.tests.map((test) => [test.state, test.message]),
      [
        ['error', '"before all" hook failed: seed failed'],
        ['error', '"before all" hook failed: seed failed'],
        ['passed', undefined],
      ],
    );
    assert.deepEqual(
      outcome.hook_failures.map((failure) => failure.message),
      ['close failed'],
    );
    assert.deepEqual(outcome.problems, []);
  });

  it('fails closed on an early exit, naming the last test started, and keeps every test', () => {
    const text = lines([
      START,
      { type: 'test-begin', id: 0 },
      { type: 'pass', id: 0, duration: 1 },
      { type: 'test-begin', id: 1 },
    ]);

    const outcome = buildOutcome(parseRecords(text, 'x'), CLEAN_END, CONTEXT);

    assert.equal(outcome.completed, false);
    assert.match(
      outcome.problems.join(),
      /exited before the run finished \(exit code 0\) after 1 of 3 tests; last test started: "suite two"/,
    );
    assert.deepEqual(
      outcome.tests.map((test) => test.state),
      ['passed', 'error', 'error'],
    );
  });

  describe('a process that ends inside a hook', () => {
    const hook = (kind: HookKind, suiteId = 1): HookPlace => ({
      hook: kind,
      title: `"${kind}" hook`,
      title_path: ['suite', `"${kind}" hook`],
      suite_id: suiteId,
      file: 'test/a.spec.ts',
      category: 'database_migration',
    });

    it('fails the category of an after all hook the process exited in, though its tests passed', () => {
      const text = lines([
        START,
        ...[0, 1, 2].flatMap((id): ReporterRecord[] => [
          { type: 'test-begin', id },
          { type: 'pass', id, duration: 1 },
        ]),
        { type: 'hook-begin', ...hook('after all') },
      ]);

      const outcome = buildOutcome(parseRecords(text, 'x'), CLEAN_END, CONTEXT);

      assert.equal(outcome.completed, false);
      assert.deepEqual(
        outcome.tests.map((test) => test.state),
        ['passed', 'passed', 'passed'],
      );
      assert.deepEqual(
        outcome.hook_failures.map((failure) => [
          failure.category,
          failure.full_title,
          failure.message,
        ]),
        [
          [
            'database_migration',
            'suite "after all" hook',
            'the test process ended while this hook ran (exit code 0)',
          ],
        ],
      );
      assert.match(
        outcome.problems.join(),
        /after 3 of 3 tests; it was running the "after all" hook of "suite" in test\/a\.spec\.ts/,
      );
    });

    it('gives the tests a before all hook kept from running its reason, and forgets hooks that ended', () => {
      const text = lines([
        START,
        { type: 'hook-begin', ...hook('before each') },
        { type: 'hook-end' },
        { type: 'test-begin', id: 0 },
        { type: 'pass', id: 0, duration: 1 },
        { type: 'hook-begin', ...hook('after each') },
        { type: 'hook-end' },
        { type: 'hook-begin', ...hook('before all', 2) },
      ]);
      const sharedSuite = {
        ...START,
        tests: [collected(0, 'one'), collected(1, 'two', [0, 2]), collected(2, 'three', [0, 2])],
      };
      const stopped = buildOutcome(
        parseRecords(text.replace(JSON.stringify(START), JSON.stringify(sharedSuite)), 'x'),
        {
          exitCode: null,
          stderrTail: '',
          duration: 1,
          stoppedBecause: 'timeout-minutes (1) was reached',
        },
        CONTEXT,
      );

      assert.deepEqual(
        stopped.tests.map((test) => [test.state, test.message ?? '']),
        [
          ['passed', ''],
          [
            'error',
            '"before all" hook failed: still running when timeout-minutes (1) was reached: the test process was killed',
          ],
          [
            'error',
            '"before all" hook failed: still running when timeout-minutes (1) was reached: the test process was killed',
          ],
        ],
      );
      assert.deepEqual(
        stopped.hook_failures,
        [],
        'a before hook that blocked tests is told through them',
      );
      assert.match(
        stopped.problems.join(),
        /after 1 of 3 tests; still running: the "before all" hook of "suite" in test\/a\.spec\.ts$/,
      );
    });

    it('blames no hook when the process ends after the hook ended, or after the run', () => {
      const afterHook = lines([
        START,
        { type: 'test-begin', id: 0 },
        { type: 'pass', id: 0, duration: 1 },
        { type: 'hook-begin', ...hook('after each') },
        { type: 'hook-end' },
      ]);
      const afterRun = lines([
        START,
        ...[0, 1, 2].map((id): ReporterRecord => ({ type: 'pass', id, duration: 1 })),
        { type: 'hook-begin', ...hook('after all') },
        { type: 'hook-end' },
        { type: 'end', passes: 3, failures: 0, pending: 0 },
      ]);

      const cut = buildOutcome(parseRecords(afterHook, 'x'), CLEAN_END, CONTEXT);
      const clean = buildOutcome(parseRecords(afterRun, 'x'), CLEAN_END, CONTEXT);

      assert.deepEqual(cut.hook_failures, []);
      assert.match(cut.problems.join(), /after 1 of 3 tests; last test started: "suite one"/);
      assert.deepEqual([clean.completed, clean.hook_failures, clean.problems], [true, [], []]);
    });
  });

  it('fails closed on a truncated or corrupted stream, a missing start, and an exit code that does not match', () => {
    const truncated = parseRecords(`${lines([START])}{"type":"pa`, 'of events');
    const corrupted = parseRecords(
      `${lines([START])}garbage\n${lines([{ type: 'end', passes: 0, failures: 0, pending: 0 }])}`,
      'of events',
    );

    const noStart = buildOutcome(
      parseRecords('', 'x'),
      { exitCode: 1, stderrTail: 'SyntaxError in test/b.spec.ts', duration: 0 },
      CONTEXT,
    );
    const mismatch = buildOutcome(
      parseRecords(
        lines([
          START,
          ...[0, 1, 2].map((id): ReporterRecord => ({ type: 'pass', id, duration: 1 })),
          { type: 'end', passes: 3, failures: 0, pending: 0 },
        ]),
        'x',
      ),
      { exitCode: 3, stderrTail: 'boom', duration: 1 },
      CONTEXT,
    );

    assert.match(truncated.problems.join(), /ends in a truncated record/);
    assert.match(corrupted.problems.join(), /corrupted at line 2/);
    assert.match(noStart.problems.join(), /did not start the run[\s\S]*test\/b\.spec\.ts/);
    assert.match(mismatch.problems.join(), /exited with code 3 although no test or hook failed/);
  });

  it('when the run stage stopped the process, says why for the run and for each test cut off', () => {
    const reason = 'the time limit of 1 minute (timeout-minutes) was reached';
    const stopped: ProcessEnd = {
      exitCode: null,
      stderrTail: '',
      duration: 60,
      stoppedBecause: reason,
    };
    const midRun = lines([
      START,
      { type: 'test-begin', id: 0 },
      { type: 'pass', id: 0, duration: 1 },
      { type: 'test-begin', id: 1 },
    ]);
    const afterEnd = lines([
      START,
      ...[0, 1, 2].map((id) => ({ type: 'pass', id, duration: 1 }) as const),
      { type: 'end', passes: 3, failures: 0, pending: 0 },
    ]);

    const cut = buildOutcome(parseRecords(midRun, 'x'), stopped, CONTEXT);
    const hung = buildOutcome(parseRecords(afterEnd, 'x'), stopped, CONTEXT);
    const notStarted = buildOutcome(parseRecords('', 'x'), stopped, CONTEXT);

    assert.equal(cut.completed, false);
    assert.deepEqual(
      cut.tests.map((test) => [test.state, test.message]),
      [
        ['passed', undefined],
        ['error', `still running when ${reason}: the test process was killed`],
        ['error', `did not run: ${reason} first and the test process was killed`],
      ],
    );
    assert.deepEqual(cut.problems, [
      `${reason}: the test process and every process it started were killed after 1 of 3 tests; still running: "suite two" in test/a.spec.ts`,
    ]);
    assert.equal(hung.completed, false);
    assert.deepEqual(
      hung.tests.map((test) => test.state),
      ['passed', 'passed', 'passed'],
    );
    assert.match(
      hung.problems.join('\n'),
      /were killed after the run had finished \(something the suites started kept mocha from exiting\)/,
    );
    assert.deepEqual(notStarted.problems, [
      `${reason} before mocha started the run: the test process and every process it started were killed`,
    ]);
  });

  it('names spec files that ran without being planned', () => {
    const start: ReporterRecord = {
      type: 'start',
      total: 1,
      tests: [{ ...collected(0, 'extra'), file: 'test/unit.spec.ts' }],
    };

    const outcome = buildOutcome(
      parseRecords(
        lines([
          start,
          { type: 'pass', id: 0, duration: 1 },
          { type: 'end', passes: 1, failures: 0, pending: 0 },
        ]),
        'x',
      ),
      CLEAN_END,
      CONTEXT,
    );

    assert.match(outcome.problems.join(), /not planned \(test\/unit\.spec\.ts\)/);
  });

  it('locates the first frame inside the working directory, passing over node_modules and other folders', () => {
    const stack = [
      'Error: x',
      `    at helper (${WD}/node_modules/lib/index.js:1:1)`,
      '    at other (/elsewhere/file.js:2:2)',
      `    at Context.<anonymous> (file://${WD}/test/a%20b.spec.mjs:14:3)`,
    ].join('\n');

    assert.deepEqual(locate(stack, WD), { file: 'test/a b.spec.mjs', line: 14, column: 3 });
    assert.equal(locate('Error: nowhere', WD), undefined);
  });

  it('locates relative frames (mocha under tsx shortens them) against the working directory', () => {
    // Arrange: what mocha's stack filter leaves of a failing .ts spec under tsx
    const stack = [
      'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
      '    at assertRows (node_modules/helper/index.js:4:9)',
      '    at node:internal/timers:483:21',
      '    at process.processImmediate (node:internal/timers:483:21)',
      '    at async Promise.all (index 0)',
      '    at Context.<anonymous> (test/migration/orders.spec.ts:8:12)',
    ].join('\n');

    // Act
    const location = locate(stack, WD);

    // Assert
    assert.deepEqual(location, { file: 'test/migration/orders.spec.ts', line: 8, column: 12 });
    assert.equal(locate('    at x (../outside/a.spec.ts:1:1)', WD), undefined);
    assert.equal(locate('    at x (node:internal/process/task_queues:95:5)', WD), undefined);
  });
});

describe('findLoadFailure and a spec file that does not load', () => {
  const cwd = '/work/ws';
  const planned = ['test/a.spec.mjs', 'test/b.spec.cjs', 'test/c.spec.mjs'];

  it("finds the file and the cause in mocha's ESM message, without the stack frames", () => {
    // Arrange
    const stderr =
      '\n Exception during run: Error [ERR_MODULE_NOT_FOUND]: Cannot find package ' +
      "'verify-migration' imported from /work/ws/test/c.spec.mjs\n" +
      '    at packageResolve (node:internal/modules/esm/resolve:873:9)\n' +
      '    at moduleResolve (node:internal/modules/esm/resolve:946:18)\n';

    // Act
    const failure = findLoadFailure(stderr, planned, cwd);

    // Assert
    assert.deepEqual(failure, {
      file: 'test/c.spec.mjs',
      cause:
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'verify-migration' imported from /work/ws/test/c.spec.mjs",
      stack:
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'verify-migration' imported from /work/ws/test/c.spec.mjs\n" +
        '    at packageResolve (node:internal/modules/esm/resolve:873:9)\n' +
        '    at moduleResolve (node:internal/modules/esm/resolve:946:18)',
    });
  });

  it("keeps CommonJS's require stack in the cause and takes the line from the spec's frame", () => {
    // Arrange
    const stderr = [
      " Exception during run: Error: Cannot find module 'verify-migration'",
      'Require stack:',
      '- /work/ws/test/b.spec.cjs',
      '    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)',
      '    at Object.<anonymous> (/work/ws/test/b.spec.cjs:3:1)',
    ].join('\n');

    // Act
    const failure = findLoadFailure(stderr, planned, cwd);

    // Assert
    assert.equal(failure?.file, 'test/b.spec.cjs');
    assert.equal(
      failure?.cause,
      "Error: Cannot find module 'verify-migration'\nRequire stack:\n- /work/ws/test/b.spec.cjs",
    );
    assert.equal(failure?.line, 3);
  });

  it("names the file the bundled runner names first, and drops mocha's [ @path ] from the error's name", () => {
    // Arrange: the error itself would name another file first.
    const stderr =
      'Error: the spec file test/a.spec.mjs failed to load: SyntaxError[ @/work/ws/test/a.spec.mjs ]: ' +
      'missing ) after argument list\n    at compileSourceTextModule (node:internal/modules/esm/utils:319:16)\n';

    // Act
    const failure = findLoadFailure(stderr, planned, cwd);

    // Assert
    assert.equal(failure?.file, 'test/a.spec.mjs');
    assert.equal(failure?.cause, 'SyntaxError: missing ) after argument list');
  });

  it('finds nothing when no planned file is named (mocha could not start for another reason)', () => {
    assert.equal(findLoadFailure('Error: unknown option --bogus\n', planned, cwd), undefined);
  });

  it('counts the file as one error, names it, and gives no allow-empty hint', () => {
    // Arrange
    const loadFailure = {
      file: 'test/a.spec.mjs',
      cause: 'SyntaxError: missing ) after argument list (line 5)',
      stack: 'SyntaxError: missing ) after argument list',
      line: 5,
    };
    const end: ProcessEnd = { exitCode: 1, stderrTail: 'x', duration: 0.2 };

    // Act
    const outcome = buildOutcome({ records: [], problems: [] }, end, {
      workingDirectory: cwd,
      plannedFiles: planned,
      loadFailure,
    });
    const { overall } = countOutcome(outcome, { allowEmpty: false });

    // Assert
    assert.deepEqual(
      outcome.tests.map((test) => [test.full_title, test.file, test.state, test.location]),
      [
        [
          'test/a.spec.mjs loading the spec file',
          'test/a.spec.mjs',
          'error',
          { file: 'test/a.spec.mjs', line: 5 },
        ],
      ],
    );
    assert.equal(
      outcome.tests[0].message,
      'test/a.spec.mjs did not load: SyntaxError: missing ) after argument list (line 5)',
    );
    assert.deepEqual(
      [overall.tests, overall.errors, overall.passed + overall.failures + overall.skipped],
      [1, 1, 0],
    );
    assert.match(
      outcome.problems[0],
      /^the spec file test\/a\.spec\.mjs did not load, so mocha ran no test \(exit code 1\): SyntaxError: missing \) after argument list \(line 5\)$/,
    );
    assert.doesNotMatch(overall.reasons.join('\n'), /allow-empty/);
  });
});
