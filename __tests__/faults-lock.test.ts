import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoFalsePass, writeFiles } from './support/faults.js';
import { readReport } from './support/published.js';
import { runAction, runBuiltAction } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 12, point 5: the report's lock and folder. What sits at the lock's path is refused when
 * it is not a regular file (a FIFO used to hang the action forever); a lock whose owner cannot
 * be alive is taken over with a warning; a report folder swapped for a link while the suites run
 * gets nothing written through it. The built action, under Node 24.
 */

const PASSING_SPEC =
  "describe('@database orders', () => {\n  it('keeps the rows', () => {});\n});\n";

describe("fault matrix: the report's lock and folder (built action, Node 24)", function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  const workspaceWith = (files: Record<string, string>): string => {
    const workspace = workspaceFrom('faults-lock', null);
    writeFiles(workspace, files);
    return workspace;
  };
  const outsiders: string[] = [];
  after(() => outsiders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('fault: a FIFO at the lock path is refused at once, not waited on forever', async () => {
    // Arrange: reading a FIFO blocks until a writer opens it, which nobody will.
    const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': PASSING_SPEC });
    const lock = join(workspace, 'verification-report.json.lock');
    execFileSync('mkfifo', [lock]);

    // Act: the harness kills a run that outlives 30 s and fails the test.
    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'tool-integration', 'upload-artifact': 'false' },
      timeoutMs: 30_000,
    });

    // Assert
    assertNoFalsePass(run, {
      workspace,
      reportExpected: false,
      reason:
        /Cannot write the report file .*verification-report\.json\.lock: the report's lock is a FIFO \(named pipe\), not a regular file/,
    });
    assert.equal(existsSync(join(workspace, 'verification-report.json')), false, 'no suite ran');
    assert.ok(statSync(lock).isFIFO(), 'the FIFO is left as it was');
  });

  it('fault: a lock left on another machine years ago is taken over, and the run says so', async () => {
    // Arrange
    const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': PASSING_SPEC });
    const lock = join(workspace, 'verification-report.json.lock');
    const old = new Date('2022-06-01T08:00:00Z');
    writeFileSync(
      lock,
      JSON.stringify({ pid: 31337, host: 'runner-torn-down', since: old.toISOString() }),
    );
    utimesSync(lock, old, old);

    // Act
    const run = await runAction(workspace);

    // Assert: the suites passed, so the gate does; the take-over is a warning, not silent.
    assert.equal(run.outputs.status, 'passed', run.stdout);
    assert.ok(
      run.annotations.some((line) =>
        /^::warning::Took over the lock .*verification-report\.json\.lock: it was left \d+ days ago by process 31337 on runner-torn-down, since 2022-06-01T08:00:00\.000Z, another machine, and no run lasts longer than 24 hours$/.test(
          line,
        ),
      ),
      run.annotations.join('\n'),
    );
    assert.equal(readReport(workspace).overall.passed, 1);
    assert.equal(existsSync(lock), false, 'the lock is released');
  });

  it('fault: a fresh lock from another machine is still respected', async () => {
    // Arrange
    const workspace = workspaceWith({ 'test/migration/orders.spec.mjs': PASSING_SPEC });
    writeFileSync(
      join(workspace, 'verification-report.json.lock'),
      JSON.stringify({ pid: 31337, host: 'runner-2', since: new Date().toISOString() }),
    );

    // Act
    const run = await runAction(workspace);

    // Assert
    assertNoFalsePass(run, {
      workspace,
      reportExpected: false,
      reason:
        /Another verification run is writing its report to .*verification-report\.json right now \(process 31337 on runner-2/,
    });
  });

  it('fault: the report folder swapped for a symlink leading out while the suites run: nothing is written outside', async () => {
    // Arrange: the spec moves the report's folder away and puts a link to a folder outside in
    // its place, as a hostile or careless suite could.
    const outside = mkdtempSync(join(tmpdir(), 'vm-swap-outside-'));
    outsiders.push(outside);
    const spec = `import { renameSync, symlinkSync } from 'node:fs';
describe('@database orders', () => {
  it('swaps the report folder', () => {
    renameSync('reports', 'reports-moved');
    symlinkSync(${JSON.stringify(outside)}, 'reports');
  });
});
`;
    const workspace = workspaceWith({ 'test/migration/swap.spec.mjs': spec });

    // Act
    const run = await runAction(workspace, { 'report-path': 'reports/verification-report.json' });

    // Assert
    assertNoFalsePass(run, {
      workspace,
      reportExpected: false,
      reason:
        /Cannot write the report file .*reports: the report's folder leads through the symbolic link .*reports to .*vm-swap-outside-.* outside the workspace .*nothing is written through it/,
    });
    assert.deepEqual(readdirSync(outside), [], 'nothing was written outside the workspace');
    assert.equal(run.outputs.tests, '1', 'the counts still reach the outputs');
    assert.match(run.summary, /The report could not be written/);
  });
});
