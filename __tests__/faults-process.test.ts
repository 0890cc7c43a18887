import assert from 'node:assert/strict';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { REPO_ROOT } from './support/paths.js';
import { assertNoFalsePass, mountTmpfs, stillRunning, writeFiles } from './support/faults.js';
import { readReport } from './support/published.js';
import { runAction, runBuiltAction } from './support/run-action.js';
import { skipOrFail } from './support/requirements.js';
import { startBuiltCli } from './support/run-cli.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * The process part of the fault matrix (issue 6): the built action (dist/index.js under Node 24,
 * as the runner runs it) on workspaces whose suites really do the harm: kill their own process,
 * call process.exit() in tests and hooks, leave a rejection, hang with grandchildren, cut or
 * soil the reporter's stream; report folders that cannot be written; two runs at once. Every
 * case must end in a failed gate that says why, never in `passed`.
 */

function stateOf(report: VerificationReport, title: string): string | undefined {
  return report.tests.find((test) => test.title_path.at(-1) === title)?.state;
}

function messageOf(report: VerificationReport, title: string): string {
  return report.tests.find((test) => test.title_path.at(-1) === title)?.message ?? '';
}

/** A spec of three tests in one category, the middle one doing `middle` (JavaScript statements). */
function threeTests(middle: string, imports = ''): string {
  return `${imports}
describe('@database orders', () => {
  it('keeps the first order', () => {});
  it('does the harm', async function () {
    ${middle}
  });
  it('keeps the last order', () => {});
});
`;
}

describe('fault matrix: the test process (built action, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  const workspaceWith = (files: Record<string, string>): string => {
    const workspace = workspaceFrom('faults', null);
    writeFiles(workspace, files);
    return workspace;
  };

  describe('killed by a signal from inside a test', () => {
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      it(`fault: ${signal} of the mocha process in the middle of the run`, async () => {
        const workspace = workspaceWith({
          'test/migration/orders.spec.mjs': threeTests(`process.kill(process.pid, '${signal}');`),
        });

        const run = await runAction(workspace);

        const report = assertNoFalsePass(run, {
          workspace,
          reason: /exited before the run finished \(killed by a signal\) after 1 of 3 tests/,
        });
        assert.ok(report);
        assert.deepEqual(
          [report.overall.tests, report.overall.passed, report.overall.errors],
          [3, 1, 2],
        );
        assert.equal(stateOf(report, 'keeps the first order'), 'passed');
        assert.match(
          messageOf(report, 'keeps the last order'),
          /did not run: the test process ended before reaching it/,
        );
        assert.match(
          report.overall.reasons.join(' '),
          /last test started: "@database orders does the harm"/,
        );
      });
    }
  });

  describe('process.exit() inside a test or a hook', () => {
    for (const code of [0, 1]) {
      it(`fault: process.exit(${code}) inside a test`, async () => {
        const workspace = workspaceWith({
          'test/migration/orders.spec.mjs': threeTests(`process.exit(${code});`),
        });

        const run = await runAction(workspace);

        const report = assertNoFalsePass(run, {
          workspace,
          reason: new RegExp(
            `exited before the run finished \\(exit code ${code}\\) after 1 of 3 tests`,
          ),
        });
        assert.deepEqual([report?.overall.passed, report?.overall.errors], [1, 2]);
        assert.equal(stateOf(report!, 'does the harm'), 'error');
      });
    }

    const hooks = [
      // hook, its title in mocha, tests that passed before the exit
      { hook: 'before', title: '"before all" hook', passed: 0 },
      { hook: 'beforeEach', title: '"before each" hook', passed: 0 },
      { hook: 'afterEach', title: '"after each" hook', passed: 1 },
      { hook: 'after', title: '"after all" hook', passed: 3 },
    ] as const;
    for (const { hook, title, passed } of hooks) {
      for (const code of [0, 1]) {
        it(`fault: process.exit(${code}) inside ${hook.startsWith('after') ? 'an' : 'a'} ${hook} hook`, async () => {
          const spec = `
describe('@api tools', () => {
  ${hook}(() => { process.exit(${code}); });
  it('lists the tools', () => {});
  it('reads a tool', () => {});
  it('updates a tool', () => {});
});
`;
          const workspace = workspaceWith({ 'test/migration/tools.spec.mjs': spec });

          const run = await runAction(workspace);

          const report = assertNoFalsePass(run, {
            workspace,
            reason: new RegExp(
              `exited before the run finished \\(exit code ${code}\\) after ${passed} of 3 tests; ` +
                `it was running the ${title}( for "[a-z ]+")? of "@api tools" in test/migration/tools\\.spec\\.mjs`,
            ),
          });
          assert.ok(report);
          assert.deepEqual(
            [report.overall.tests, report.overall.passed, report.overall.errors],
            [3, passed, 3 - passed],
          );
          // Even when every test passed (after all), the category the hook belongs to fails.
          assert.equal(report.results.api_migration?.status, 'failed');
          const cut = `the test process ended while this hook ran (exit code ${code})`;
          if (hook.startsWith('after')) {
            assert.deepEqual(
              report.hook_failures.map((failure) => [failure.category, failure.message]),
              [['api_migration', cut]],
            );
          } else {
            assert.ok(
              messageOf(report, 'updates a tool').startsWith(title) &&
                messageOf(report, 'updates a tool').endsWith(` failed: ${cut}`),
              messageOf(report, 'updates a tool'),
            );
          }
        });
      }
    }
  });

  it('fault: an unhandled rejection after the last test', async () => {
    const spec = `
describe('@functional sync', () => {
  it('starts a sync', () => {});
  it('finishes the sync', () => {
    // Fires once mocha has ended the run: nothing catches it.
    setTimeout(() => Promise.reject(new Error('the sync rejected after the run')), 300);
  });
});
`;
    const workspace = workspaceWith({ 'test/migration/sync.spec.mjs': spec });

    const run = await runAction(workspace);

    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /an error was not caught by any test \(an unhandled promise rejection\): the sync rejected after the run/,
    });
    assert.equal(report?.overall.tests, 2);
    assert.equal(report?.overall.passed, 2, 'both tests did pass; the gate fails on the rejection');
  });

  it('fault: an unhandled rejection in the middle of the run (a promise nobody awaited)', async () => {
    const middle = `Promise.reject(new Error('the audit write was never awaited'));
    await new Promise((resolve) => setTimeout(resolve, 50));`;
    const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': threeTests(middle) });

    const run = await runAction(workspace);

    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /an error was not caught by any test \(an unhandled promise rejection\): the audit write was never awaited/,
    });
    assert.equal(report?.overall.tests, 3);
  });

  describe('timeout-minutes: the overall time limit', () => {
    const hanging = `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
describe('@functional import', () => {
  it('reads the old export', () => {});
  it('imports everything', function () {
    this.timeout(0);
    const children = [
      spawn('sleep', ['1000'], { stdio: 'ignore' }),
      spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }),
      // In a process group of its own: the group kill misses it, the walk of the tree does not.
      spawn('sleep', ['1001'], { stdio: 'ignore', detached: true }),
    ];
    writeFileSync('grandchildren.json', JSON.stringify(children.map((child) => child.pid)));
    return new Promise(() => {});
  });
  it('compares the imported rows', () => {});
});
`;

    it('fault: a test that never finishes, with grandchildren, is stopped at timeout-minutes and its whole tree killed', async () => {
      const workspace = workspaceWith({ 'test/migration/import.spec.mjs': hanging });
      const started = Date.now();

      const run = await runAction(workspace, { 'timeout-minutes': '0.05' });

      const seconds = (Date.now() - started) / 1000;
      const report = assertNoFalsePass(run, {
        workspace,
        reason:
          /the time limit of 0\.05 minutes \(timeout-minutes\) was reached: the test process and every process it started were killed after 1 of 3 tests; still running: "@functional import imports everything"/,
      });
      assert.ok(report);
      assert.deepEqual(
        [report.overall.tests, report.overall.passed, report.overall.errors],
        [3, 1, 2],
      );
      assert.match(
        messageOf(report, 'imports everything'),
        /^still running when the time limit of 0\.05 minutes \(timeout-minutes\) was reached/,
      );
      assert.match(
        messageOf(report, 'compares the imported rows'),
        /^did not run: the time limit of 0\.05 minutes \(timeout-minutes\) was reached/,
      );
      const grandchildren = JSON.parse(
        readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
      ) as number[];
      assert.equal(grandchildren.length, 3);
      assert.deepEqual(
        await stillRunning(grandchildren),
        [],
        'every process the suites started is gone',
      );
      assert.ok(seconds < 30, `stopped soon after the limit (${seconds} s)`);
      assert.match(
        readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
        /stopped: the time limit of 0\.05 minutes/,
      );
    });

    it('fault: a command (junit-path) that never finishes is stopped at timeout-minutes with its tree', async () => {
      const script = `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
writeFileSync('grandchildren.json', JSON.stringify([child.pid]));
setInterval(() => {}, 1000);
`;
      const workspace = workspaceWith({ 'hang.mjs': script });

      const run = await runAction(workspace, {
        command: 'node hang.mjs',
        'junit-path': 'results/*.xml',
        'timeout-minutes': '0.05',
      });

      assertNoFalsePass(run, {
        workspace,
        reason:
          /the time limit of 0\.05 minutes \(timeout-minutes\) was reached: the command node hang\.mjs and every process it started were killed/,
      });
      const grandchildren = JSON.parse(
        readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
      ) as number[];
      assert.deepEqual(await stillRunning(grandchildren), []);
    });

    it('fault: mocha that never exits after the run (a handle left open) is stopped at timeout-minutes', async () => {
      const spec = `
describe('@database cache', () => {
  it('warms the cache', () => { setInterval(() => {}, 1000); });
});
`;
      const workspace = workspaceWith({ 'test/migration/cache.spec.mjs': spec });

      const run = await runAction(workspace, { 'timeout-minutes': '0.05' });

      const report = assertNoFalsePass(run, {
        workspace,
        reason: /time limit .* were killed after the run had finished/,
      });
      assert.equal(stateOf(report!, 'warms the cache'), 'passed');
    });

    it('leaves no process behind that a test started and forgot, even without a time limit', async () => {
      const spec = `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
describe('@api server', () => {
  it('starts a server and forgets it', () => {
    const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
    child.unref();
    writeFileSync('grandchildren.json', JSON.stringify([child.pid]));
  });
});
`;
      const workspace = workspaceWith({ 'test/migration/server.spec.mjs': spec });

      const run = await runAction(workspace);

      assert.equal(run.outputs.status, 'passed', run.stdout);
      const grandchildren = JSON.parse(
        readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
      ) as number[];
      assert.deepEqual(await stillRunning(grandchildren), []);
      assert.match(
        run.stdout,
        /killed 1 process\(es\) \(sleep\) that the test process left running after it exited/,
      );
    });

    for (const value of ['0', '-1', 'ten', '1e3', '10081']) {
      it(`fault: timeout-minutes ${JSON.stringify(value)} is refused before anything runs`, async () => {
        const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': threeTests('') });

        const run = await runAction(workspace, { 'timeout-minutes': value });

        assertNoFalsePass(run, {
          workspace,
          reportExpected: false,
          reason: new RegExp(
            `Input 'timeout-minutes' has the value "${value}", which is not allowed: use a positive number of minutes`,
          ),
        });
        assert.equal(existsSync(join(workspace, 'verification-report.json')), false);
      });
    }
  });

  describe("the reporter's record stream", () => {
    it('fault: the record stream is cut mid-line as the process dies', async () => {
      const middle = `
const { appendFileSync } = await import('node:fs');
appendFileSync(process.env.VERIFY_MIGRATION_RECORDS, '{"type":"pass","id":1,"dur');
process.exit(0);`;
      const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': threeTests(middle) });

      const run = await runAction(workspace);

      const report = assertNoFalsePass(run, {
        workspace,
        reason:
          /the reporter's stream of test events ends in a truncated record: "\{\\"type\\":\\"pass\\",\\"id\\":1,\\"dur"/,
      });
      assert.equal(
        stateOf(report!, 'does the harm'),
        'error',
        'the half record is not taken for a pass',
      );
    });

    it('fault: garbage bytes in the middle of the record stream', async () => {
      const middle = `
const { appendFileSync } = await import('node:fs');
appendFileSync(process.env.VERIFY_MIGRATION_RECORDS, Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x0a]));`;
      const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': threeTests(middle) });

      const run = await runAction(workspace);

      const report = assertNoFalsePass(run, {
        workspace,
        reason: /the reporter's stream of test events is corrupted at line \d+/,
      });
      assert.equal(
        report?.overall.passed,
        3,
        'every test passed; the gate fails on the stream alone',
      );
    });
  });

  describe('report folders that cannot be written', () => {
    const passingSpec = { 'test/migration/orders.spec.mjs': threeTests('') };

    it("fault: the report's folder is read-only", async function () {
      const workspace = workspaceWith(passingSpec);
      const folder = join(workspace, 'reports');
      // Root ignores file modes, so as root the folder is a read-only mount instead.
      let unmount = () => {};
      if (process.getuid?.() === 0) {
        const mounted = mountTmpfs(folder, '1m', ['ro']);
        if ('unavailable' in mounted) this.skip();
        else unmount = mounted.unmount;
      } else {
        writeFiles(folder, { 'keep.txt': '' });
        const { chmodSync } = await import('node:fs');
        chmodSync(folder, 0o555);
        unmount = () => chmodSync(folder, 0o755);
      }
      try {
        const run = await runAction(workspace, {
          'report-path': 'reports/verification-report.json',
        });

        assertNoFalsePass(run, {
          workspace,
          reportExpected: false,
          reason:
            /Cannot write the report file .*reports\/verification-report\.json\.lock: the report's folder cannot be written: (EROFS: read-only file system|EACCES: permission denied)/,
        });
        assert.doesNotMatch(run.stdout, /keeps the first order/, 'found before the suites ran');
      } finally {
        unmount();
      }
    });

    it("fault: a file sits where the report's folder must be", async () => {
      const workspace = workspaceWith({ ...passingSpec, reports: 'not a folder\n' });

      const run = await runAction(workspace, { 'report-path': 'reports/verification-report.json' });

      assertNoFalsePass(run, {
        workspace,
        reportExpected: false,
        reason:
          /Cannot write the report file .*reports: the report's folder cannot be created: (ENOTDIR|EEXIST)/,
      });
      assert.equal(
        readFileSync(join(workspace, 'reports'), 'utf8'),
        'not a folder\n',
        'the file is left as it was',
      );
    });

    it('fault: the disk is full before the run', async function () {
      const workspace = workspaceWith(passingSpec);
      const mounted = mountTmpfs(join(workspace, 'reports'), '64k');
      if ('unavailable' in mounted) return skipOrFail(this, mounted.unavailable);
      try {
        fillDisk(join(workspace, 'reports', 'filler'));

        const run = await runAction(workspace, {
          'report-path': 'reports/verification-report.json',
        });

        assertNoFalsePass(run, {
          workspace,
          reportExpected: false,
          reason:
            /Cannot write the report file .*verification-report\.json\.lock: .*ENOSPC: no space left on device/,
        });
        assert.deepEqual(
          readdirSync(join(workspace, 'reports')),
          ['filler'],
          'nothing half-written is left',
        );
      } finally {
        mounted.unmount();
      }
    });

    it('fault: the disk fills up during a run whose tests all pass', async function () {
      const filler = `
import { openSync, writeSync } from 'node:fs';
describe('@database bulk', () => {
  it('loads the bulk data', () => {
    const fd = openSync('reports/bulk.bin', 'w');
    try { for (;;) writeSync(fd, Buffer.alloc(4096)); } catch (error) { if (error.code !== 'ENOSPC') throw error; }
  });
  it('keeps the row count', () => {});
});
`;
      const workspace = workspaceWith({ 'test/migration/bulk.spec.mjs': filler });
      const mounted = mountTmpfs(join(workspace, 'reports'), '256k');
      if ('unavailable' in mounted) return skipOrFail(this, mounted.unavailable);
      try {
        const run = await runAction(workspace, {
          'report-path': 'reports/verification-report.json',
        });

        assertNoFalsePass(run, {
          workspace,
          reportExpected: false,
          reason:
            /Cannot write the report file .*reports\/verification-report\.(junit\.xml|md|json): ENOSPC: no space left on device/,
        });
        assert.equal(run.outputs.tests, '2', 'the counts are still published');
        assert.equal(run.outputs.failures, '0');
        assert.equal(
          run.outputs['report-path'],
          '',
          'no report path is given for a report that is not there',
        );
        assert.match(run.summary, /The report could not be written:.*no space left on device/);
        assert.match(run.summary, /keeps the row count|database_migration|Database/);
        assert.equal(existsSync(join(workspace, 'reports', 'verification-report.json')), false);
      } finally {
        mounted.unmount();
      }
    });
    it('fault: a file-size limit (a quota, ulimit -f) cuts the record stream of a passing run: failed, and the report says why', async () => {
      // 300 passing tests: the reporter's first record (the collected titles) outgrows 16 KB.
      const titles = Array.from(
        { length: 300 },
        (_, i) => `  it('keeps tool ${i} registered', () => {});`,
      );
      const workspace = workspaceWith({
        'test/migration/many.spec.mjs': `describe('@database tools', () => {\n${titles.join('\n')}\n});\n`,
      });

      const run = await runBuiltAction({
        workspace,
        inputs: { service: 'tool-integration', 'upload-artifact': 'false' },
        fileSizeLimit: 16 * 1024,
      });

      const report = assertNoFalsePass(run, {
        workspace,
        reason: /the reporter's stream of test events ends in a truncated record/,
      });
      assert.match(report!.overall.reasons.join('\n'), /EFBIG/, 'the write error is quoted');
    });
  });

  describe('two runs at once in one workspace', () => {
    const slowSpec = `
describe('@database orders', () => {
  it('migrates the orders', async () => {
    console.log('this is the run of ' + process.env.OLD_VERSION);
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });
  it('keeps the totals', () => {});
});
`;

    it('fault: two runs with different report-path do not mix their files', async () => {
      const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': slowSpec });

      const [first, second] = await Promise.all([
        runAction(workspace, { 'old-version': '1.0.0', 'report-path': 'reports/first.json' }),
        runAction(workspace, { 'old-version': '1.5.0', 'report-path': 'reports/second.json' }),
      ]);

      for (const [run, name, version, other] of [
        [first, 'first', '1.0.0', '1.5.0'],
        [second, 'second', '1.5.0', '1.0.0'],
      ] as const) {
        assert.equal(run.outputs.status, 'passed', run.stdout);
        const report = readReport(workspace, `reports/${name}.json`);
        assert.equal(report.old_version, version);
        assert.deepEqual(
          [report.overall.tests, report.overall.passed],
          [2, 2],
          'each run counted only its own records',
        );
        const log = readFileSync(join(workspace, 'reports', `${name}.log`), 'utf8');
        assert.match(log, new RegExp(`this is the run of ${version.replace(/\./g, '\\.')}`));
        assert.doesNotMatch(log, new RegExp(`this is the run of ${other.replace(/\./g, '\\.')}`));
      }
      assert.deepEqual(
        readdirSync(join(workspace, 'reports')).sort(),
        [
          'first.json',
          'first.junit.xml',
          'first.log',
          'first.md',
          'second.json',
          'second.junit.xml',
          'second.log',
          'second.md',
        ],
        'no temporary or lock file is left',
      );
    });

    it('fault: a second run on the same report-path is refused while the first runs, and the first is untouched', async () => {
      const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': slowSpec });
      const lock = join(workspace, 'verification-report.json.lock');

      const first = runAction(workspace, { 'old-version': '1.0.0' });
      await waitFor(() => existsSync(lock));
      const second = await runAction(workspace, { 'old-version': '1.5.0' });
      const firstRun = await first;

      assertNoFalsePass(second, {
        workspace,
        reportExpected: false,
        reason:
          /Another verification run is writing its report to .*verification-report\.json right now \(process \d+ on .*\): two runs would mix their report files/,
      });
      assert.equal(firstRun.outputs.status, 'passed', firstRun.stdout);
      const report = readReport(workspace);
      assert.equal(report.old_version, '1.0.0');
      assert.doesNotMatch(
        readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
        /this is the run of 1\.5\.0/,
      );
      assert.equal(existsSync(lock), false, 'the lock is released');
    });

    it('takes over the lock a killed run left behind, and writes a fresh log', async () => {
      const workspace = workspaceWith({
        'test/migration/orders.spec.mjs': slowSpec.replace('1500', '10'),
        'verification-report.log': 'the log of an earlier run\n',
      });
      // A pid that no longer runs: this test's own short-lived child.
      const { spawnSync } = await import('node:child_process');
      const gone = spawnSync('true').pid;
      const { hostname } = await import('node:os');
      writeFileSync(
        join(workspace, 'verification-report.json.lock'),
        JSON.stringify({ pid: gone, host: hostname(), since: '2026-01-01T00:00:00.000Z' }),
      );

      const run = await runAction(workspace);

      assert.equal(run.outputs.status, 'passed', run.stdout);
      assert.doesNotMatch(
        readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
        /the log of an earlier run/,
      );
      assert.equal(existsSync(join(workspace, 'verification-report.json.lock')), false);
    });
  });

  it('fault: a test SIGKILLs its whole process group (kill(0)): the action, in another group, still reports', async () => {
    const workspace = workspaceWith({
      'test/migration/orders.spec.mjs': threeTests(`process.kill(0, 'SIGKILL');`),
    });

    const run = await runAction(workspace);

    assertNoFalsePass(run, {
      workspace,
      reason: /exited before the run finished \(killed by a signal\) after 1 of 3 tests/,
    });
  });

  it('fault: a test SIGKILLs the action process itself: nothing is left to report, the step fails without a passed output', async () => {
    const workspace = workspaceWith({
      'test/migration/orders.spec.mjs': threeTests(`process.kill(process.ppid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 5000));`),
    });

    const run = await runAction(workspace);

    // The one fault no code of ours can answer: the runner marks the step failed, and a later
    // job's \`passed == 'true'\` is false because no output was set.
    assert.equal(run.signal, 'SIGKILL');
    assert.notEqual(run.exitCode, 0);
    assert.equal(run.outputs.passed, undefined);
    assert.equal(run.outputs.status, undefined);
  });

  it('fault: the test process freezes itself (SIGSTOP): timeout-minutes still kills it', async () => {
    const workspace = workspaceWith({
      'test/migration/orders.spec.mjs': threeTests(`process.kill(process.pid, 'SIGSTOP');`),
    });

    const run = await runAction(workspace, { 'timeout-minutes': '0.05' });

    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /the time limit of 0\.05 minutes \(timeout-minutes\) was reached: the test process and every process it started were killed after 1 of 3 tests/,
    });
    assert.match(messageOf(report!, 'does the harm'), /^still running when the time limit/);
  });

  it('fault: a spec file that never finishes loading (top-level await) is stopped at timeout-minutes', async () => {
    const workspace = workspaceWith({
      'test/migration/a-orders.spec.mjs': threeTests(''),
      // A timer keeps node alive, so the await hangs instead of ending as unsettled.
      'test/migration/b-stuck.spec.mjs': `await new Promise(() => setInterval(() => {}, 1000));\ndescribe('@api never', () => { it('is never collected', () => {}); });\n`,
    });

    const run = await runAction(workspace, { 'timeout-minutes': '0.05' });

    assertNoFalsePass(run, {
      workspace,
      reason:
        /the time limit of 0\.05 minutes \(timeout-minutes\) was reached before mocha started the run: the test process and every process it started were killed/,
    });
    assert.equal(run.outputs.tests, '0');
  });

  it('fault: a spec file whose top-level await can never settle', async () => {
    const workspace = workspaceWith({
      'test/migration/a-orders.spec.mjs': threeTests(''),
      'test/migration/b-stuck.spec.mjs': `await new Promise(() => {});\ndescribe('@api never', () => { it('is never collected', () => {}); });\n`,
    });

    const run = await runAction(workspace);

    assertNoFalsePass(run, {
      workspace,
      reason:
        /mocha did not start the run \(exit code 13, node's 'unsettled top-level await': a spec file awaits a promise that can never settle\)/,
    });
  });

  it('fault: the action itself is cancelled (SIGTERM) while the suites run: their tree is killed and the report says so', async () => {
    const middle = `
const { spawn } = await import('node:child_process');
const { writeFileSync } = await import('node:fs');
const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
writeFileSync('grandchildren.json', JSON.stringify([child.pid]));
// The parent of mocha is the action: as the runner does on cancel.
process.kill(process.ppid, 'SIGTERM');
await new Promise(() => {});`;
    const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': threeTests(middle) });

    const run = await runAction(workspace);

    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /verify-migration itself received SIGTERM \(the run was cancelled or interrupted\): the test process and every process it started were killed after 1 of 3 tests/,
    });
    assert.match(
      messageOf(report!, 'does the harm'),
      /^still running when verify-migration itself received SIGTERM/,
    );
    const grandchildren = JSON.parse(
      readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
    ) as number[];
    assert.deepEqual(await stillRunning(grandchildren), []);
  });
});

describe("fault matrix: the test process under the working directory's own mocha (built action, Node 24)", function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  /** A workspace whose node_modules/mocha is this repository's, so the action runs mocha's own CLI. */
  const ownMochaWorkspace = (files: Record<string, string>): string => {
    const workspace = workspaceFrom('faults-own-mocha', null);
    writeFiles(workspace, files);
    mkdirSync(join(workspace, 'node_modules'));
    symlinkSync(join(REPO_ROOT, 'node_modules', 'mocha'), join(workspace, 'node_modules', 'mocha'));
    return workspace;
  };

  it('fault: an unhandled rejection after the last test, under mocha CLI', async () => {
    const workspace = ownMochaWorkspace({
      'test/migration/sync.spec.mjs': `
describe('@functional sync', () => {
  it('finishes the sync', () => { setTimeout(() => Promise.reject(new Error('the sync rejected after the run')), 300); });
});
`,
    });

    const run = await runAction(workspace);

    assert.match(run.stdout, /Using the working directory's mocha/);
    assertNoFalsePass(run, {
      workspace,
      reason: /an unhandled promise rejection\): the sync rejected after the run/,
    });
  });

  it('fault: a test that never finishes under mocha CLI is stopped at timeout-minutes with its tree', async () => {
    const workspace = ownMochaWorkspace({
      'test/migration/import.spec.mjs': `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
describe('@functional import', () => {
  it('imports everything', function () {
    this.timeout(0);
    const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
    writeFileSync('grandchildren.json', JSON.stringify([child.pid]));
    return new Promise(() => {});
  });
});
`,
    });

    const run = await runAction(workspace, { 'timeout-minutes': '0.05' });

    assert.match(run.stdout, /Using the working directory's mocha/);
    const report = assertNoFalsePass(run, {
      workspace,
      reason: /the time limit of 0\.05 minutes \(timeout-minutes\) was reached/,
    });
    assert.equal(report?.overall.errors, 1);
    const grandchildren = JSON.parse(
      readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
    ) as number[];
    assert.deepEqual(await stillRunning(grandchildren), []);
  });
});

describe('fault matrix: the test process (built CLI, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  const hangingSpec = {
    'test/migration/import.spec.mjs': `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
describe('@functional import', () => {
  it('reads the old export', () => {});
  it('imports everything', function () {
    this.timeout(0);
    const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
    writeFileSync('grandchildren.json', JSON.stringify([child.pid]));
    return new Promise(() => {});
  });
});
`,
  };

  const startCli = startBuiltCli;

  it('fault: Ctrl-C (SIGINT) to the CLI while the suites run: their tree is killed, the report written, exit 1', async () => {
    const workspace = workspaceFrom('faults-cli', null);
    writeFiles(workspace, hangingSpec);

    const { child, exited } = startCli(['--service', 'svc'], workspace);
    await waitFor(() => existsSync(join(workspace, 'grandchildren.json')));
    child.kill('SIGINT');
    const result = await exited;

    assert.equal(result.code, 1, result.stdout + result.stderr);
    const report = readReport(workspace);
    assert.match(report.overall.reasons.join(' '), /verify-migration itself received SIGINT/);
    assert.deepEqual(
      [report.overall.tests, report.overall.passed, report.overall.errors],
      [2, 1, 1],
    );
    const grandchildren = JSON.parse(
      readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
    ) as number[];
    assert.deepEqual(await stillRunning(grandchildren), []);
  });

  it('fault: --timeout-minutes stops a hanging test from the CLI too', async () => {
    const workspace = workspaceFrom('faults-cli', null);
    writeFiles(workspace, hangingSpec);

    const result = await startCli(['--service', 'svc', '--timeout-minutes', '0.05'], workspace)
      .exited;

    assert.equal(result.code, 1, result.stdout + result.stderr);
    const report = readReport(workspace);
    assert.match(
      report.overall.reasons.join(' '),
      /the time limit of 0\.05 minutes \(timeout-minutes\) was reached/,
    );
    const grandchildren = JSON.parse(
      readFileSync(join(workspace, 'grandchildren.json'), 'utf8'),
    ) as number[];
    assert.deepEqual(await stillRunning(grandchildren), []);
  });

  it("fault: a merge into a report path that a live run holds is refused, and the holder's files are untouched", async () => {
    const workspace = workspaceFrom('faults-cli', null);
    writeFiles(workspace, { 'verification-report.log': 'the log of the run in progress\n' });
    // The holder is this test process: alive, on this host.
    const { hostname } = await import('node:os');
    const lock = join(workspace, 'verification-report.json.lock');
    writeFileSync(
      lock,
      JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-11-25T09:00:00.000Z' }),
    );
    writeFiles(workspace, { 'shard.json': '{}' });

    const result = await startCli(
      ['--service', 'svc', '--mode', 'merge', '--shard-report', 'shard.json'],
      workspace,
    ).exited;

    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(
      result.stderr,
      new RegExp(
        `Another verification run is writing its report to .*verification-report\\.json right now \\(process ${process.pid} on `,
      ),
    );
    assert.equal(
      readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
      'the log of the run in progress\n',
    );
    assert.equal(existsSync(join(workspace, 'verification-report.json')), false);
    assert.ok(existsSync(lock), "the holder's lock stays");
  });

  it('fault: a bad --timeout-minutes exits 2 naming the option', async () => {
    const workspace = workspaceFrom('faults-cli', null);
    writeFiles(workspace, hangingSpec);

    const result = await startCli(['--service', 'svc', '--timeout-minutes', '0'], workspace).exited;

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /Input '--timeout-minutes' has the value "0", which is not allowed: use a positive number of minutes/,
    );
    assert.equal(existsSync(join(workspace, 'grandchildren.json')), false, 'nothing ran');
  });
});

/** Fills the file system holding `path` by appending to `path` until it is full. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (;;) writeSync(fd, Buffer.alloc(4096));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

/** Polls `condition` every 50 ms, for at most 20 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
