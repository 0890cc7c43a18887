import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { FIXTURES } from './support/paths.js';
import { validateReport } from './support/report-schema.js';
import { runBuiltCli } from './support/run-cli.js';

const runCli = runBuiltCli;

describe('the built CLI (Node 24)', function () {
  this.timeout(120_000);
  let workspace: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'vm-cli-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('prints its usage with --help and exits 0', async () => {
    const result = await runCli(['--help'], workspace);

    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: verify-migration --service NAME/);
    assert.match(result.stdout, /--shard I\/N/);
  });

  it('exits 2 naming the option when an option is bad, before running anything', async () => {
    const missing = await runCli([], workspace);
    const badShard = await runCli(['--service', 'svc', '--shard', '0/2'], workspace);
    const unknown = await runCli(['--service', 'svc', '--colour'], workspace);
    const shardedMerge = await runCli(
      ['--service', 'svc', '--mode', 'merge', '--shard', '1/2', '--shard-report', 'a.json'],
      workspace,
    );

    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Input '--service'/);
    assert.equal(badShard.code, 2);
    assert.match(badShard.stderr, /Input '--shard' has the value "0\/2"/);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--colour/);
    assert.equal(shardedMerge.code, 2);
    assert.match(
      shardedMerge.stderr,
      /Input '--shard' has the value "1\/2".*no shard in a merge job/,
    );
  });

  it('writes the same report as the action and exits 0 when the gate passes, 1 when it fails', async () => {
    cpSync(join(FIXTURES, 'workspaces', 'passing'), join(workspace, 'passing'), {
      recursive: true,
    });
    cpSync(join(FIXTURES, 'workspaces', 'mixed'), join(workspace, 'mixed'), { recursive: true });

    const passing = await runCli(['--service', 'svc', '--working-directory', 'passing'], workspace);
    const failing = await runCli(
      ['--service', 'svc', '--working-directory', 'mixed', '--old-version', '1.4.0'],
      workspace,
    );

    assert.equal(passing.code, 0, passing.stdout + passing.stderr);
    const passed = JSON.parse(
      readFileSync(join(workspace, 'passing', 'verification-report.json'), 'utf8'),
    ) as VerificationReport;
    validateReport(passed);
    assert.equal(passed.overall.tests, 4);
    assert.match(passing.stdout, /verification-report\.json/);
    assert.equal(failing.code, 1);
    const failed = JSON.parse(
      readFileSync(join(workspace, 'mixed', 'verification-report.json'), 'utf8'),
    ) as VerificationReport;
    assert.deepEqual(
      [failed.old_version, failed.overall.failures, failed.overall.errors],
      ['1.4.0', 1, 1],
    );
  });
});
