import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApp } from '../src/library/http/server.js';
import { itemsApp } from './__fixtures__/replay/items-app.js';
import type { VerificationReport } from '../src/common/report.js';
import { parseBaseline } from '../src/common/baseline.js';
import { FIXTURES, makeTempDir, REPO_ROOT } from './support/paths.js';
import { recordTraffic, writeJsonLines } from './support/record-traffic.js';
import { validateReport } from './support/report-schema.js';
import { runBuiltAction } from './support/run-action.js';
import { runBuiltCli } from './support/run-cli.js';

/** The report a run wrote in `workspace`, checked against the JSON Schema. */
function reportIn(workspace: string): VerificationReport {
  const report = JSON.parse(
    readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
  ) as VerificationReport;
  validateReport(report);
  return report;
}

/**
 * The baseline of accepted differences end to end, with the built CLI and action (Node 24) on a
 * real mocha suite (workspaces/baseline) that uses compareObjects, compareDatabases on SQLite
 * files and compareApiResponses on real HTTP apps. Its new version's major number says what
 * changed: 2 one intended change per comparator, 3 that change and a second, new one.
 */
describe('the baseline of accepted differences, end to end (Node 24)', function () {
  this.timeout(180_000);

  const OBJECTS = 'accounts objects @functional shows the same profile and settings';
  const DATABASE = 'accounts table @database keeps every account';
  const API = 'accounts api answers GET /accounts/1 the same';
  let workspace: string;

  /** The built CLI on the fixture suite with `newVersion`, and the report it wrote. */
  async function verify(newVersion: string, ...extra: string[]) {
    const run = await runBuiltCli(
      [
        '--service',
        'accounts',
        '--spec',
        'test/**/*.spec.mjs',
        '--new-version',
        newVersion,
        ...extra,
      ],
      workspace,
    );
    return { run, report: reportIn(workspace) };
  }

  /** Each test's state, new difference paths and accepted difference paths, by title. */
  function byTest(report: VerificationReport) {
    return Object.fromEntries(
      report.tests.map((test) => [
        test.full_title,
        {
          state: test.state,
          new: (test.differences ?? []).map((difference) => difference.path),
          accepted: (test.accepted_differences ?? []).map((difference) => difference.path),
        },
      ]),
    );
  }

  before(() => {
    // Inside the repository, so the suite's `import 'verify-migration'` finds the built library.
    workspace = makeTempDir('baseline-e2e');
    cpSync(join(FIXTURES, 'workspaces', 'baseline'), workspace, { recursive: true });
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  // The steps build on each other, as a team's runs do: write, accept, a new change, stale.
  it('a run with one intended change per comparator fails, and --update-baseline writes each as an entry', async () => {
    // Act
    const { run, report } = await verify('2.0.0', '--update-baseline');

    // Assert: the gate is the run's own; the file holds exactly the three intended changes
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(report.overall.failures, 3);
    const entries = parseBaseline(
      readFileSync(join(workspace, 'verification-baseline.json'), 'utf8'),
    );
    assert.deepEqual(
      entries.map(({ test, path, kind, old, new: now }) => ({ test, path, kind, old, new: now })),
      [
        { test: API, path: 'body.tier', kind: 'changed', old: 'gold', new: 'Gold' },
        {
          test: OBJECTS,
          path: 'email',
          kind: 'changed',
          old: 'Ann@Example.com',
          new: 'ann@example.com',
        },
        { test: DATABASE, path: 'account[id=2].plan', kind: 'changed', old: 'free', new: 'basic' },
      ],
    );
    assert.deepEqual(
      [report.baseline?.entries, report.baseline?.new, report.baseline?.written],
      [0, 3, 3],
    );
  });

  it('the next run with the same change passes, each test with its accepted difference', async () => {
    // Act
    const { run, report } = await verify('2.0.0');

    // Assert
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual([report.overall.passed, report.overall.failures], [3, 0]);
    assert.deepEqual(byTest(report), {
      [OBJECTS]: { state: 'passed', new: [], accepted: ['email'] },
      [DATABASE]: { state: 'passed', new: [], accepted: ['account[id=2].plan'] },
      [API]: { state: 'passed', new: [], accepted: ['body.tier'] },
    });
    const baseline = report.baseline!;
    assert.deepEqual(
      [baseline.file, baseline.entries, baseline.accepted, baseline.new, baseline.stale],
      ['verification-baseline.json', 3, 3, 0, 0],
    );
    assert.deepEqual(baseline.passed_with_accepted, [OBJECTS, DATABASE, API]);
    assert.match(run.stdout, /3 accepted, 0 new, 0 stale/);
    assert.match(
      run.stdout,
      /- accounts table @database keeps every account \(passed with accepted differences\): 1 accepted: account\[id=2\]\.plan \(changed\)/,
    );
    assert.match(
      run.stdout,
      /✔ accounts api answers GET \/accounts\/1 the same \(\d+ms, with 1 accepted difference\)/,
    );
  });

  it('the built action reads verification-baseline.json by default and shows the accepted differences in the job summary', async () => {
    // Act
    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'accounts',
        spec: 'test/**/*.spec.mjs',
        'new-version': '2.0.0',
        'upload-artifact': 'false',
      },
    });

    // Assert
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual([run.outputs.status, run.outputs.failures], ['passed', '0']);
    assert.match(
      run.summary,
      /### Baseline of accepted differences: <code>verification-baseline\.json<\/code>/,
    );
    assert.match(run.summary, /3 accepted, 0 new, 0 stale/);
    assert.match(run.summary, /<code>account\\\[id=2\\\]\.plan<\/code> \(changed\)/);
  });

  it('a second, new change then fails alone: each test names only its new difference, the accepted one apart', async () => {
    // Act
    const { run, report } = await verify('3.0.0');

    // Assert: in the objects test, the accepted profile difference did not stop its settings check
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.deepEqual(byTest(report), {
      [OBJECTS]: { state: 'failed', new: ['digest'], accepted: ['email'] },
      [DATABASE]: {
        state: 'failed',
        new: ['account[id=3].email'],
        accepted: ['account[id=2].plan'],
      },
      [API]: { state: 'failed', new: ['status'], accepted: ['body.tier'] },
    });
    const messages = Object.fromEntries(
      report.tests.map((test) => [test.full_title, test.message]),
    );
    // The settings check failed after the profile check's accepted difference let it go on.
    assert.match(
      messages[OBJECTS] ?? '',
      /^settings: 1 difference\n {2}- digest: true changed to false$/,
    );
    for (const title of [DATABASE, API]) {
      assert.match(messages[title] ?? '', /1 other difference was accepted by the baseline/);
      assert.doesNotMatch(messages[title] ?? '', /Gold|basic/, 'the accepted one is not listed');
    }
    assert.deepEqual(
      [report.baseline?.accepted, report.baseline?.new, report.baseline?.stale],
      [3, 3, 0],
    );
    assert.deepEqual(report.baseline?.passed_with_accepted, []);
    assert.deepEqual(
      report.baseline?.new_differences.map((difference) => [difference.test, difference.path]),
      [
        [OBJECTS, 'digest'],
        [DATABASE, 'account[id=3].email'],
        [API, 'status'],
      ],
    );
    const markdown = readFileSync(join(workspace, 'verification-report.md'), 'utf8');
    assert.match(
      markdown,
      /New differences \(not in the baseline: these fail\):\n\n- .*<code>digest<\/code>/,
    );
  });

  it('with no change, every entry is listed as stale with its line, and the gate passes', async () => {
    // Act
    const { run, report } = await verify('1.0.0');

    // Assert
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(
      report.baseline?.stale_entries.map((entry) => [entry.test, entry.line]),
      [
        [API, 4],
        [OBJECTS, 5],
        [DATABASE, 6],
      ],
    );
    assert.match(
      run.stdout,
      /Stale entries .*\n\n {2}- accounts api answers GET \/accounts\/1 the same: body\.tier \(changed\), line 4/,
    );
  });

  it('a malformed baseline stops the run before anything runs, naming the file and the line (CLI exit 2, action failed)', async () => {
    // Arrange: a misspelt kind on line 5
    const path = join(workspace, 'verification-baseline.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[4] = lines[4]!.replace('"kind":"changed"', '"kind":"chnaged"');
    writeFileSync(path, lines.join('\n'));
    rmSync(join(workspace, 'verification-report.json'));

    // Act
    const run = await runBuiltCli(
      ['--service', 'accounts', '--spec', 'test/**/*.spec.mjs'],
      workspace,
    );
    const action = await runBuiltAction({
      workspace,
      inputs: { service: 'accounts', spec: 'test/**/*.spec.mjs', 'upload-artifact': 'false' },
    });

    // Assert
    const fault =
      /Input 'baseline': the baseline verification-baseline\.json, line 5, cannot be used: accepted difference 2 has the kind "chnaged": use one of missing, extra, changed, type/;
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, fault);
    assert.equal(action.exitCode, 1);
    assert.ok(
      action.annotations.some((line) => line.startsWith('::error') && fault.test(line)),
      action.stdout,
    );
    assert.equal(existsSync(join(workspace, 'verification-report.json')), false, 'nothing ran');
  });
});

describe('the baseline with API replay of recorded traffic, end to end (Node 24)', function () {
  this.timeout(180_000);
  let workspace: string;

  /** The built CLI replaying the recording against the items app with `change` planted in 2.0.0. */
  async function replay(change: string, ...extra: string[]) {
    writeFileSync(join(workspace, 'change.txt'), change);
    const run = await runBuiltCli(
      ['--service', 'items', '--spec', 'replay.spec.mjs', ...extra],
      workspace,
    );
    return { run, report: reportIn(workspace) };
  }

  before(async () => {
    workspace = makeTempDir('baseline-replay');
    const recorded = await startApp(itemsApp(join(workspace, 'recorded.sqlite')));
    try {
      const exchanges = await recordTraffic(recorded.baseUrl, [
        { method: 'POST', path: '/items', body: { name: 'apple' } },
        { method: 'POST', path: '/items', body: { name: 'pear', priority: 3 } },
        { method: 'GET', path: '/items' },
        { method: 'POST', path: '/items', body: {} },
      ]);
      writeJsonLines(join(workspace, 'session.jsonl'), exchanges);
    } finally {
      await recorded.close();
    }
    const app = pathToFileURL(join(REPO_ROOT, '__tests__/__fixtures__/replay/items-app.ts')).href;
    writeFileSync(
      join(workspace, 'replay.spec.mjs'),
      `import { readFileSync } from 'node:fs';
import { describeApiMigration } from 'verify-migration';
import { itemsApp } from '${app}';
const change = readFileSync('change.txt', 'utf8');
describeApiMigration('items replay', {
  traffic: 'session.jsonl',
  createApp: (version, instance) => itemsApp(instance.database.name, version === '2.0.0' ? change : 'none'),
}, () => {});
`,
    );
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('a changed default is written to the baseline, accepted by the next run, and another change fails alone', async () => {
    // Act
    const written = await replay('default', '--update-baseline');
    const accepted = await replay('default');
    const other = await replay('status');

    // Assert: the default shows in the POST without a priority and in the list after it
    assert.equal(written.run.code, 1, written.run.stdout + written.run.stderr);
    const failedFirst = written.report.tests.filter((test) => test.state === 'failed');
    assert.deepEqual(
      failedFirst.map((test) => test.full_title),
      ['items replay #1/4 POST /items', 'items replay #3/4 GET /items'],
    );
    assert.equal(accepted.run.code, 0, accepted.run.stdout + accepted.run.stderr);
    assert.deepEqual(
      accepted.report.tests
        .filter((test) => test.accepted_differences)
        .map((test) => [test.full_title, test.state]),
      [
        ['items replay #1/4 POST /items', 'passed'],
        ['items replay #3/4 GET /items', 'passed'],
      ],
    );
    assert.equal(accepted.report.baseline?.new, 0);
    // Another change: only its request fails; the default's entries did not occur, so are stale.
    assert.equal(other.run.code, 1);
    assert.deepEqual(
      other.report.tests.filter((test) => test.state === 'failed').map((test) => test.full_title),
      ['items replay #4/4 POST /items'],
    );
    assert.equal(other.report.baseline?.stale, written.report.baseline?.written);
  });
});

describe('the baseline and secrets, end to end (Node 24)', function () {
  this.timeout(120_000);
  let workspace: string;

  before(() => {
    workspace = makeTempDir('baseline-secrets');
    writeFileSync(
      join(workspace, 'dsn.spec.mjs'),
      `import { expectSameObjects, newVersion } from 'verify-migration';
describe('connection settings @functional', () => {
  it('keeps the connection string', () => {
    const host = newVersion() === '2.0.0' ? 'db-2' : 'db-1';
    expectSameObjects({ dsn: 'postgres://app:hunter2-secret@db-1/app' }, { dsn: 'postgres://app:hunter2-secret@' + host + '/app' });
  });
});
`,
    );
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('a value holding a password is masked in the report and left out of the baseline, whose entry still accepts the path', async () => {
    // Act
    const args = ['--service', 'svc', '--spec', 'dsn.spec.mjs'];
    const written = await runBuiltCli([...args, '--update-baseline'], workspace);
    const baselineText = readFileSync(join(workspace, 'verification-baseline.json'), 'utf8');
    const next = await runBuiltCli(args, workspace);
    const report = readFileSync(join(workspace, 'verification-report.json'), 'utf8');

    // Assert
    assert.equal(written.code, 1, written.stdout + written.stderr);
    assert.doesNotMatch(baselineText + report + written.stdout + next.stdout, /hunter2/);
    assert.deepEqual(parseBaseline(baselineText), [
      {
        test: 'connection settings @functional keeps the connection string',
        path: 'dsn',
        kind: 'changed',
        line: 4,
      },
    ]);
    assert.equal(next.code, 0, next.stdout + next.stderr);
    assert.equal((JSON.parse(report) as VerificationReport).baseline?.accepted, 1);
  });
});

describe('baseline options the built CLI refuses (Node 24)', function () {
  this.timeout(60_000);
  let workspace: string;
  beforeEach(() => {
    workspace = makeTempDir('baseline-options');
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('exits 2 naming the option for a baseline that is not .json, outside the workspace, or updated with a command', async () => {
    // Act
    const notJson = await runBuiltCli(['--service', 's', '--baseline', 'accepted.txt'], workspace);
    const outside = await runBuiltCli(['--service', 's', '--baseline', '../x.json'], workspace);
    const withCommand = await runBuiltCli(
      ['--service', 's', '--command', 'node -e 0', '--junit-path', 'j.xml', '--update-baseline'],
      workspace,
    );

    // Assert
    assert.equal(notJson.code, 2);
    assert.match(
      notJson.stderr,
      /Input '--baseline' has the value "accepted\.txt".*ending in \.json/,
    );
    assert.equal(outside.code, 2);
    assert.match(
      outside.stderr,
      /Input '--baseline' has the value "\.\.\/x\.json".*inside the workspace/,
    );
    assert.equal(withCommand.code, 2, withCommand.stdout + withCommand.stderr);
    assert.match(
      withCommand.stderr,
      /Input 'update-baseline' has the value "true".*only the library's comparators/,
    );
    assert.equal(existsSync(join(workspace, 'verification-baseline.json')), false);
  });
});

describe('a baseline update the suites try to divert (Node 24)', function () {
  this.timeout(60_000);
  let workspace: string;
  let outside: string;
  before(() => {
    workspace = makeTempDir('baseline-divert');
    outside = mkdtempSync(join(tmpdir(), 'h14b-divert-'));
    mkdirSync(join(workspace, 'accepted'));
    writeFileSync(
      join(workspace, 'divert.spec.mjs'),
      `import { renameSync, symlinkSync } from 'node:fs';
describe('a suite @functional', () => {
  it('swaps the baseline folder for a link out of the workspace', () => {
    renameSync('accepted', 'accepted-gone');
    symlinkSync(process.env.VM_OUTSIDE, 'accepted');
  });
});
`,
    );
  });
  after(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('writes nothing out of the workspace and fails the gate, saying the baseline could not be written', async () => {
    // Act
    const run = await runBuiltCli(
      [
        '--service',
        's',
        '--spec',
        'divert.spec.mjs',
        '--baseline',
        'accepted/b.json',
        '--update-baseline',
      ],
      workspace,
      { VM_OUTSIDE: outside },
    );

    // Assert: the one test passed; the gate failed only on the baseline
    const report = reportIn(workspace);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(report.overall.passed, 1);
    assert.match(
      report.overall.reasons.join('\n'),
      /the baseline accepted\/b\.json could not be written: its folder now leads out of the workspace/,
    );
    assert.deepEqual(readdirSync(outside), []);
  });
});
