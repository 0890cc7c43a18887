import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertPublishedAsReported,
  countOutputs,
  declaredTests,
  junitCounts,
  readReport,
} from './support/published.js';
import { runAction } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * The built action (dist/index.js) run under Node 24 the way the runner runs it, on fixture
 * workspaces outside this repository (so the mocha bundled in the action runs the specs).
 * Every expected count below is what the fixture spec files really contain.
 */

/** How many tests the workspace's spec files (test/migration/*.spec.*) declare. */
function declaredInWorkspace(workspace: string): number {
  const folder = join(workspace, 'test', 'migration');
  return declaredTests(
    ...readdirSync(folder)
      .filter((name) => /\.spec\.[cm]?[jt]s$/.test(name))
      .map((name) => join(folder, name)),
  );
}

describe('the built action, end to end (Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();

  it('passes when every test passes, with real counts per category', async () => {
    const workspace = workspaceFrom('passing');

    const run = await runAction(workspace);

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'passed');
    assert.equal(run.outputs.passed, 'true');
    assert.deepEqual(countOutputs(run), { tests: 4, failures: 0, errors: 0, skipped: 0 });
    assert.equal(run.outputs['report-path'], 'verification-report.json');
    assert.equal(run.outputs['artifact-id'], '');
    const report = readReport(workspace);
    assert.equal(report.service, 'tool-integration');
    assert.equal(report.old_version, '1.0.0');
    assert.equal(report.new_version, '2.0.0');
    assert.equal(report.results.database_migration.tests, 2);
    assert.equal(report.results.api_migration.tests, 1);
    assert.equal(report.results.functional_migration.tests, 1);
    assert.equal(report.results.other, undefined);
    for (const category of [
      'database_migration',
      'api_migration',
      'functional_migration',
    ] as const) {
      assert.equal(report.results[category].status, 'passed', category);
    }
    assert.ok(report.results.functional_migration.time > 0, 'the functional test took time');
    assert.equal(report.overall.tests, declaredInWorkspace(workspace));
    assertPublishedAsReported(run, workspace);
    assert.match(run.summary, /Migration verification passed: tool-integration 1\.0\.0 → 2\.0\.0/);
    assert.ok(existsSync(join(workspace, 'verification-report.md')));
    assert.ok(existsSync(join(workspace, 'verification-report.log')));
  });

  it('tells an assertion failure from a thrown error, each in its category, with annotations at file and line', async () => {
    const workspace = workspaceFrom('mixed');

    const run = await runAction(workspace);

    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs.passed, 'false');
    assert.deepEqual(countOutputs(run), { tests: 4, failures: 1, errors: 1, skipped: 0 });
    const report = readReport(workspace);
    assert.deepEqual(
      [
        report.results.database_migration.failures,
        report.results.database_migration.errors,
        report.results.database_migration.status,
      ],
      [1, 0, 'failed'],
    );
    assert.deepEqual(
      [
        report.results.api_migration.failures,
        report.results.api_migration.errors,
        report.results.api_migration.status,
      ],
      [0, 1, 'failed'],
    );
    const failed = report.tests.find((test) => test.state === 'failed');
    assert.equal(failed?.message?.includes('status changed during the migration'), true);
    assert.deepEqual(
      failed?.location && { file: failed.location.file, line: failed.location.line },
      {
        file: 'test/migration/database.spec.mjs',
        line: 6,
      },
    );
    const errored = report.tests.find((test) => test.state === 'error');
    assert.match(errored?.message ?? '', /cannot read the tool list/);
    assert.deepEqual(junitCounts(workspace), { tests: 4, failures: 1, errors: 1, skipped: 0 });
    assert.ok(
      run.annotations.some(
        (line) => line.includes('file=test/migration/database.spec.mjs') && line.includes('line=6'),
      ),
      run.annotations.join('\n'),
    );
    assert.ok(
      run.annotations.some((line) => line.includes('file=test/migration/api.spec.mjs')),
      run.annotations.join('\n'),
    );
    assert.match(run.summary, /status changed during the migration/);
    assert.match(run.summary, /cannot read the tool list/);
    assert.equal(report.overall.tests, declaredInWorkspace(workspace));
    assertPublishedAsReported(run, workspace);
  });

  it('counts the tests a failing before hook blocked as errors with the hook message', async () => {
    const workspace = workspaceFrom('before-hook');

    const run = await runAction(workspace);

    assert.equal(run.outputs.status, 'failed');
    assert.deepEqual(countOutputs(run), { tests: 4, failures: 0, errors: 3, skipped: 0 });
    const report = readReport(workspace);
    const blocked = report.tests.filter((test) => test.state === 'error');
    assert.deepEqual(blocked.map((test) => test.title_path.at(-1)).sort(), [
      'keeps the owners',
      'keeps the tags',
      'keeps the tools',
    ]);
    for (const test of blocked) assert.match(test.message ?? '', /could not seed the old database/);
    assert.equal(
      report.tests.find((test) => test.title_path.at(-1) === 'has the tools table')?.state,
      'passed',
    );
    assert.equal(report.overall.tests, declaredInWorkspace(workspace));
    assertPublishedAsReported(run, workspace);
    assert.match(run.summary, /could not seed the old database/);
  });

  it('counts pending tests as skipped and still passes', async () => {
    const workspace = workspaceFrom('pending');

    const run = await runAction(workspace);

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'passed');
    assert.deepEqual(countOutputs(run), { tests: 5, failures: 0, errors: 0, skipped: 4 });
    const report = readReport(workspace);
    assert.equal(report.results.functional_migration.skipped, 4);
    assert.equal(report.overall.tests, declaredInWorkspace(workspace));
    assertPublishedAsReported(run, workspace);
  });

  it('fails closed when a test calls process.exit(0) in the middle of the run', async () => {
    const workspace = workspaceFrom('exit-midway');

    const run = await runAction(workspace);

    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs.passed, 'false');
    const report = readReport(workspace);
    assert.equal(report.overall.tests, 4, 'every collected test is accounted for');
    assert.equal(report.overall.status, 'failed');
    assert.match(
      report.overall.reasons.join(' '),
      /before the run finished|did not complete|exited/,
    );
    const counts = report.overall;
    assert.equal(counts.tests, counts.passed + counts.failures + counts.errors + counts.skipped);
    assert.equal(report.tests.find((test) => test.title_path.at(-1) === 'runs')?.state, 'passed');
    assert.equal(
      report.tests.find((test) => test.title_path.at(-1) === 'never runs either')?.state,
      'error',
    );
    assert.equal(report.overall.tests, declaredInWorkspace(workspace));
    assertPublishedAsReported(run, workspace);
    assert.match(run.summary, /Migration verification failed/);
  });

  it('fails closed when a spec file does not load, naming the file', async () => {
    const workspace = workspaceFrom('syntax-error');

    const run = await runAction(workspace);

    assert.equal(run.outputs.status, 'failed');
    const report = readReport(workspace);
    assert.match(report.overall.reasons.join(' '), /broken\.spec\.mjs/);
    assert.match(run.stdout + run.stderr, /broken\.spec\.mjs/);
    assertPublishedAsReported(run, workspace);
    assert.match(run.summary, /broken\.spec\.mjs/);
  });

  it('fails closed when no spec file matches, and passes that only with allow-empty', async () => {
    const workspace = workspaceFrom('passing');

    const empty = await runAction(workspace, { spec: 'nothing/**/*.spec.mjs' });
    const allowed = await runAction(workspace, {
      spec: 'nothing/**/*.spec.mjs',
      'allow-empty': 'true',
    });

    assert.equal(empty.outputs.status, 'failed');
    assert.equal(empty.outputs.tests, '0');
    assert.match(empty.stdout, /no spec files match "nothing\/\*\*\/\*\.spec\.mjs"/);
    assert.equal(allowed.outputs.status, 'passed');
    assert.equal(allowed.exitCode, 0);
  });

  it('carries hostile strings literally and never executes them', async () => {
    const workspace = workspaceFrom('hostile');
    const service = `svc $(touch pwned-service) "dq" 'sq' \`touch pwned-tick\`; rm -rf x`;
    const oldVersion = `1.0.0 $(touch pwned-old) "q"`;
    const newVersion = `2.0.0'; touch pwned-new; echo '`;

    const run = await runAction(workspace, {
      service,
      'old-version': oldVersion,
      'new-version': newVersion,
      'artifact-name': 'hostile-report',
    });

    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const report = readReport(workspace);
    assert.equal(report.service, service);
    assert.equal(report.old_version, oldVersion);
    assert.equal(report.new_version, newVersion);
    assert.deepEqual(JSON.parse(readFileSync(join(workspace, 'received-versions.json'), 'utf8')), {
      old: oldVersion,
      new: newVersion,
    });
    for (const name of ['pwned-service', 'pwned-tick', 'pwned-old', 'pwned-new']) {
      assert.equal(existsSync(join(workspace, name)), false, `${name} must not exist`);
    }
    assertPublishedAsReported(run, workspace);
    // The service name reaches the summary as text, escaped: no code span, no expansion.
    assert.ok(
      run.summary.includes(
        `svc \\$(touch pwned-service) "dq" 'sq' \\\`touch pwned-tick\\\`; rm -rf x`,
      ),
      run.summary,
    );
  });

  it('skips the upload with a notice outside GitHub Actions (no runtime token), and still passes', async () => {
    const workspace = workspaceFrom('passing');

    const run = await runAction(workspace, { 'upload-artifact': 'true' });

    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.status, 'passed');
    assert.ok(
      run.annotations.includes(
        '::notice::Not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the report was not uploaded as an artifact.',
      ),
      run.annotations.join('\n'),
    );
    assert.equal(run.outputs['artifact-id'], '');
    assert.equal(run.outputs['artifact-url'], '');
    assertPublishedAsReported(run, workspace);
  });

  it('refuses bad inputs before anything runs, naming the input, the value and what is allowed', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ 'retention-days': '91' }, /Input 'retention-days' has the value "91".*from 1 to 90/],
      [{ mode: 'deploy' }, /Input 'mode' has the value "deploy".*one of: run, merge/],
      [{ shard: '4/3' }, /Input 'shard' has the value "4\/3"/],
      [{ 'report-path': '../../outside.json' }, /Input 'report-path'.*inside the workspace/],
      [{ 'working-directory': '/etc' }, /Input 'working-directory'.*inside the workspace/],
      [{ 'artifact-name': 'bad:name' }, /Input 'artifact-name'/],
      [{ service: 'two\nlines' }, /Input 'service'.*control characters/],
    ];
    for (const [inputs, message] of cases) {
      const workspace = workspaceFrom('hostile');

      const run = await runAction(workspace, inputs);

      assert.equal(run.exitCode, 1, JSON.stringify(inputs));
      assert.match(run.stdout, message, JSON.stringify(inputs));
      assert.equal(run.outputs.passed, 'false', JSON.stringify(inputs));
      assert.equal(
        existsSync(join(workspace, 'received-versions.json')),
        false,
        'the suites did not run',
      );
    }
  });
});
