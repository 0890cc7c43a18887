import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { VerificationReport } from '../src/common/report.js';
import { useArtifactBackend, withArtifactStore } from './support/artifact-backend.js';
import { artifactEnv } from './support/artifact-service.js';
import { NODE24, REPO_ROOT } from './support/paths.js';
import { assertPublishedAsReported, readReport } from './support/published.js';
import { validateReport } from './support/report-schema.js';
import { runBuiltAction, type ActionRun } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

const execFileAsync = promisify(execFile);

/** The sharded fixture: 9 spec files, 20 tests, 1 pending; `VM_PLANT_FAILURE=1` fails one API test. */
const FIXTURE_TESTS = 20;

/** Per-test states keyed by file and full title, to compare runs test by test. */
function statesOf(report: VerificationReport): Record<string, string> {
  return Object.fromEntries(
    report.tests.map((test) => [`${test.file} :: ${test.full_title}`, test.state]),
  );
}

/** The counts of every category and overall, without times. */
function countsOf(report: VerificationReport) {
  const strip = ({
    status,
    tests,
    passed,
    failures,
    errors,
    skipped,
    hook_failures,
  }: VerificationReport['overall']) => ({
    status,
    tests,
    passed,
    failures,
    errors,
    skipped,
    hook_failures,
  });
  return {
    overall: strip(report.overall),
    ...Object.fromEntries(
      Object.entries(report.results).map(([key, value]) => [key, strip({ ...value, reasons: [] })]),
    ),
  };
}

describe('sharding over a matrix and merging the shard reports (built action, Node 24, Azurite)', function () {
  this.timeout(300_000);
  const artifactService = useArtifactBackend();
  const copyWorkspace = useFixtureWorkspaces();
  /** A fresh copy of the sharded fixture, as each matrix job has its own checkout. */
  const checkout = () => copyWorkspace('sharded');

  async function job(
    inputs: Record<string, string>,
    plantFailure = false,
  ): Promise<{ run: ActionRun; report: VerificationReport; workspace: string }> {
    const workspace = checkout();
    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'tools', ...inputs },
      env: {
        ...artifactEnv(artifactService()),
        ...(plantFailure ? { VM_PLANT_FAILURE: '1' } : {}),
      },
    });
    return { run, report: readReport(workspace), workspace };
  }

  for (const plantFailure of [false, true]) {
    it(`merges three shards into the unsharded run's report and gate (${plantFailure ? 'one shard fails' : 'all pass'})`, async () => {
      const unsharded = await job({ 'upload-artifact': 'false' }, plantFailure);
      const shards = [];
      for (const index of [1, 2, 3]) shards.push(await job({ shard: `${index}/3` }, plantFailure));

      const merged = await job({ mode: 'merge' });

      assert.equal(unsharded.report.overall.tests, FIXTURE_TESTS);
      assert.deepEqual(
        shards.map(({ report }) => report.run.shard),
        [1, 2, 3].map((index) => ({ index, total: 3 })),
      );
      const shardFiles = shards.flatMap(({ report }) => report.run.spec_files).sort();
      assert.deepEqual(
        shardFiles,
        [...unsharded.report.run.spec_files].sort(),
        'every file ran in exactly one shard',
      );
      assert.ok(
        shards.every(({ report }) => report.overall.tests > 0),
        'no shard is empty',
      );
      assert.deepEqual(
        [...artifactService().artifacts.values()].map((artifact) => artifact.name).sort(),
        [
          'tools-verification-report',
          'tools-verification-report-shard-1-of-3',
          'tools-verification-report-shard-2-of-3',
          'tools-verification-report-shard-3-of-3',
        ],
      );
      assert.deepEqual(countsOf(merged.report), countsOf(unsharded.report));
      assert.deepEqual(statesOf(merged.report), statesOf(unsharded.report));
      assert.equal(merged.run.outputs.status, plantFailure ? 'failed' : 'passed');
      assert.equal(merged.run.outputs.passed, String(!plantFailure));
      assert.equal(merged.run.outputs.tests, String(FIXTURE_TESTS));
      assert.equal(merged.run.outputs.failures, plantFailure ? '1' : '0');
      assert.equal(merged.run.exitCode, plantFailure ? 1 : 0);
      // The merge job's summary, JUnit file and outputs say what its merged report says.
      assertPublishedAsReported(merged.run, merged.workspace);
      assert.match(
        merged.run.summary,
        /Migration verification (passed|failed): tools 1\.0\.0 → 2\.0\.0/,
      );
    });
  }

  it('fails the merged gate naming a shard whose artifact is missing', async () => {
    await job({ shard: '1/3' });
    await job({ shard: '3/3' });

    const merged = await job({ mode: 'merge' });

    assert.equal(merged.run.outputs.status, 'failed');
    assert.match(merged.report.overall.reasons.join(' '), /shard 2\/3 is missing/);
  });

  it('fails the merged gate naming a shard report that is corrupted', async () => {
    await job({ shard: '1/2' });
    const corrupt = checkout();
    writeFileSync(
      join(corrupt, 'verification-report.json'),
      '{"schema_version": "1.0.0", "service": "tools", "overall": ',
    );
    await withArtifactStore(artifactService(), (store) =>
      store.upload(
        'tools-verification-report-shard-2-of-2',
        [join(corrupt, 'verification-report.json')],
        corrupt,
      ),
    );

    const merged = await job({ mode: 'merge' });

    assert.equal(merged.run.outputs.status, 'failed');
    assert.match(
      merged.report.overall.reasons.join(' '),
      /shard 2\/2 \(tools-verification-report-shard-2-of-2\) cannot be read/,
    );
  });

  describe('the CLI merge of local shard reports', () => {
    /** Runs shard `i/n` of the fixture with the CLI and returns its report's path. */
    async function cliShard(
      workspace: string,
      shard: string,
      extra: string[] = [],
    ): Promise<string> {
      const report = `shard-${shard.replace('/', '-of-')}-${extra.length}.json`;
      await execFileAsync(
        NODE24,
        [
          join(REPO_ROOT, 'dist/cli.js'),
          '--service',
          'tools',
          '--shard',
          shard,
          '--report-path',
          report,
          ...extra,
        ],
        {
          cwd: workspace,
        },
      ).catch(() => undefined);
      return report;
    }

    async function cliMerge(
      workspace: string,
      reports: string[],
    ): Promise<{ code: number; report: VerificationReport }> {
      const args = [
        join(REPO_ROOT, 'dist/cli.js'),
        '--service',
        'tools',
        '--mode',
        'merge',
        '--report-path',
        'merged.json',
      ];
      const code = await execFileAsync(
        NODE24,
        [...args, ...reports.flatMap((report) => ['--shard-report', report])],
        { cwd: workspace },
      )
        .then(() => 0)
        .catch((error: { code: number }) => error.code);
      return {
        code,
        report: JSON.parse(
          readFileSync(join(workspace, 'merged.json'), 'utf8'),
        ) as VerificationReport,
      };
    }

    it('passes when all shards are there once, and names a duplicate or a shard of other versions', async () => {
      const workspace = checkout();
      const one = await cliShard(workspace, '1/2');
      const two = await cliShard(workspace, '2/2');
      const twoOfOtherVersions = await cliShard(workspace, '2/2', ['--new-version', '3.0.0']);

      const complete = await cliMerge(workspace, [two, one]);
      const duplicate = await cliMerge(workspace, [one, two, two]);
      const otherVersions = await cliMerge(workspace, [one, twoOfOtherVersions]);

      assert.equal(complete.code, 0);
      assert.equal(complete.report.overall.tests, FIXTURE_TESTS);
      assert.equal(duplicate.code, 1);
      assert.match(duplicate.report.overall.reasons.join(' '), /shard 2\/2 was found 2 times/);
      assert.equal(otherVersions.code, 1);
      assert.match(
        otherVersions.report.overall.reasons.join(' '),
        /shard 2\/2 \(.*\) verified "tools" 1\.0\.0 -> 3\.0\.0/,
      );
    });

    it('fails a shard that gets no spec file (more shards than files), saying how many to use', async () => {
      const workspace = checkout();
      const empty = await cliShard(workspace, '10/10');

      const report = JSON.parse(readFileSync(join(workspace, empty), 'utf8')) as VerificationReport;
      validateReport(report);
      assert.equal(report.overall.status, 'failed');
      assert.equal(report.overall.tests, 0);
      assert.deepEqual(report.run.spec_files, []);
      assert.match(
        report.overall.reasons.join(' '),
        /shard 10\/10 has no spec files: there are 9 in all, so use at most 9 shards/,
      );
    });

    it('balances by a previous report’s durations, and refuses a merge of shards that planned apart', async () => {
      const workspace = checkout();
      const unsharded = await cliShard(workspace, '1/1');
      const previous = JSON.parse(
        readFileSync(join(workspace, unsharded), 'utf8'),
      ) as VerificationReport;
      // Make one file the slow one: it must get a shard to itself.
      const slow = 'test/migration/functional-2.spec.mjs';
      for (const test of previous.tests) test.duration = test.file === slow ? 100 : 1;
      writeFileSync(join(workspace, 'previous.json'), JSON.stringify(previous));

      const timed = [
        await cliShard(workspace, '1/3', ['--previous-report', 'previous.json']),
        await cliShard(workspace, '2/3', ['--previous-report', 'previous.json']),
      ];
      const untimed = await cliShard(workspace, '3/3', ['--previous-report', 'not-there.json']);
      const shardOne = JSON.parse(
        readFileSync(join(workspace, timed[0]), 'utf8'),
      ) as VerificationReport;
      const mixed = await cliMerge(workspace, [...timed, untimed]);

      assert.deepEqual(shardOne.run.spec_files, [slow]);
      assert.equal(shardOne.run.shard_plan?.balanced_by, 'durations');
      assert.equal(mixed.code, 1);
      assert.match(
        mixed.report.overall.reasons.join(' '),
        /the shards split different spec files or durations.*shard 3\/3: 9 file\(s\) by files/,
      );
      assert.equal(mixed.report.overall.status, 'failed');
    });

    it('refuses a previous report that is not one, naming the option', async () => {
      const workspace = checkout();
      writeFileSync(join(workspace, 'previous.json'), '{"not": "a report"}');

      const run = await execFileAsync(
        NODE24,
        [
          join(REPO_ROOT, 'dist/cli.js'),
          '--service',
          'tools',
          '--shard',
          '1/2',
          '--previous-report',
          'previous.json',
        ],
        { cwd: workspace },
      ).catch((error: { code: number; stderr: string }) => error);

      assert.equal((run as { code: number }).code, 2);
      assert.match(
        (run as { stderr: string }).stderr,
        /previous-report.*previous\.json.*a verification-report\.json written by verify-migration/,
      );
      assert.ok(!existsSync(join(workspace, 'verification-report.json')), 'nothing ran');
    });
  });
});
