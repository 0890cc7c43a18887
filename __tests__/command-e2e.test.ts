import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { FIXTURES } from './support/paths.js';
import { validateReport } from './support/report-schema.js';
import { runBuiltAction } from './support/run-action.js';
import { skipOrFail } from './support/requirements.js';

const PYTHON = '/usr/bin/python3';

function pytestAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-m', 'pytest', '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The built action running another test runner: a real pytest suite written like the seed's
 * (database, API and functional test classes, one failing test), read from its JUnit XML.
 */
describe('the built action with command and junit-path (pytest, Node 24)', function () {
  this.timeout(120_000);
  let workspace: string;

  before(function () {
    if (!pytestAvailable())
      skipOrFail(
        this,
        `${PYTHON} -m pytest does not run; install it with: apt-get install -y python3-pytest`,
      );
  });
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'vm-pytest-'));
    cpSync(join(FIXTURES, 'pytest-service'), workspace, { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it("builds the report from pytest's JUnit XML with pytest's own counts and fails the gate on its failure", async () => {
    const own = spawnSync(PYTHON, ['-m', 'pytest', '-q'], { cwd: workspace, encoding: 'utf8' });
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(own.stdout)?.[1] ?? 0);
    const expected = {
      passed: count('passed'),
      failures: count('failed'),
      errors: count('error'),
      skipped: count('skipped'),
    };

    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'tool-integration',
        command: `${PYTHON} -m pytest -q --junitxml=reports/junit.xml`,
        'junit-path': 'reports/*.xml',
        'upload-artifact': 'false',
      },
    });

    assert.ok(expected.passed > 0 && expected.failures === 1, own.stdout);
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.exitCode, 1);
    const report = JSON.parse(
      readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
    ) as VerificationReport;
    validateReport(report);
    const { passed, failures, errors, skipped, tests } = report.overall;
    assert.deepEqual({ passed, failures, errors, skipped }, expected);
    assert.equal(tests, passed + failures + errors + skipped);
    assert.equal(run.outputs.tests, String(tests));
    for (const category of [
      'database_migration',
      'api_migration',
      'functional_migration',
    ] as const) {
      assert.ok(report.results[category].tests > 0, `${category} has tests`);
    }
    assert.equal(report.results.functional_migration.failures, 1);
    assert.equal(report.run.runner, PYTHON);
  });

  it('refuses a command with shell operators before running anything', async () => {
    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'svc',
        command: 'pytest | tee out.txt',
        'junit-path': 'junit.xml',
        'upload-artifact': 'false',
      },
    });

    assert.equal(run.exitCode, 1);
    assert.match(run.stdout, /Input 'command'/);
    assert.equal(run.outputs.passed, 'false');
  });
});
