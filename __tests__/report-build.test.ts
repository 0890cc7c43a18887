import assert from 'node:assert/strict';
import { buildReport, type RunInput } from '../src/report/build.js';
import { REPORT_SCHEMA_VERSION } from '../src/common/report.js';
import type { RunOutcome } from '../src/common/records.js';
import { allPassing, hostile, mixed, outcome, record } from './__fixtures__/outcomes/index.js';
import { assertValidReport } from './support/report-schema.js';

const SETTINGS = {
  service: 'tool-integration',
  oldVersion: '1.0.0',
  newVersion: '2.0.0',
  allowEmpty: false,
  // Settings carry more than a report needs; none of it may leak into the report.
  workspace: '/work/space',
  workingDirectory: '/work/space/svc',
  spec: ['test/**/*.spec.ts'],
  reportPath: '/work/space/svc/verification-report.json',
};
const NOW = new Date('2026-03-04T05:06:07.089Z');
const RUN: RunInput = { spec_files: ['test/migration/a.spec.ts'] };

describe('report/build', () => {
  it('keeps the seed keys with real counts, and overall.status is the gate', () => {
    // Arrange
    const run = mixed();

    // Act
    const report = buildReport({ settings: SETTINGS, outcome: run, run: RUN, now: NOW });

    // Assert
    assert.equal(report.timestamp, '2026-03-04T05:06:07.089Z');
    assert.equal(report.service, 'tool-integration');
    assert.equal(report.old_version, '1.0.0');
    assert.equal(report.new_version, '2.0.0');
    assert.equal(report.schema_version, REPORT_SCHEMA_VERSION);
    for (const key of ['status', 'tests', 'failures', 'errors', 'skipped', 'time'] as const) {
      assert.ok(key in report.overall, `overall.${key}`);
      for (const category of [
        'database_migration',
        'api_migration',
        'functional_migration',
      ] as const) {
        assert.ok(key in report.results[category], `results.${category}.${key}`);
      }
    }
    assert.deepEqual(
      {
        tests: report.overall.tests,
        failures: report.overall.failures,
        errors: report.overall.errors,
        skipped: report.overall.skipped,
      },
      { tests: 9, failures: 2, errors: 2, skipped: 1 },
    );
    assert.equal(report.overall.status, 'failed');
    assert.equal(report.overall.reasons.length, 3);
    assert.equal(report.tests.length, 9);
    assert.equal(report.hook_failures.length, 1);
    assertValidReport(report);
  });

  it('passes the gate for a clean run and fills run from the outcome and the caller', () => {
    const run: RunInput = {
      ...RUN,
      github_run_id: '123',
      github_sha: 'abc',
      github_ref: '',
      shard: { index: 2, total: 3 },
      grep: '@api',
    };

    const report = buildReport({
      settings: SETTINGS,
      outcome: { ...allPassing(), exit_code: 0, duration: 1.23456 },
      run,
      now: NOW,
    });

    assert.equal(report.overall.status, 'passed');
    assert.deepEqual(report.run, {
      spec_files: ['test/migration/a.spec.ts'],
      runner: 'mocha',
      exit_code: 0,
      completed: true,
      problems: [],
      duration: 1.235,
      github_run_id: '123',
      github_sha: 'abc',
      shard: { index: 2, total: 3 },
      grep: '@api',
    });
    assertValidReport(report);
  });

  it('holds no environment value other than the GitHub run metadata, whatever the caller passes', () => {
    // Arrange: a caller that spreads the whole environment into run by mistake.
    const secret = 'ghs_SuperSecretToken123';
    const run = {
      ...RUN,
      GITHUB_TOKEN: secret,
      NPM_TOKEN: secret,
      github_token: secret,
      github_job: 'verify',
    } as RunInput;
    const leaky = { ...record('api_migration', 'passed', 'a'), env: { TOKEN: secret } };

    // Act
    const report = buildReport({
      settings: { ...SETTINGS, token: secret } as typeof SETTINGS,
      outcome: outcome([leaky]),
      run,
      now: NOW,
    });

    // Assert
    const json = JSON.stringify(report);
    assert.ok(!json.includes(secret), 'no secret in the report');
    assert.equal(report.run.github_job, 'verify');
    assert.ok(!json.includes('/work/space'), 'no settings paths either');
    assertValidReport(report);
  });

  it('copies records so later changes to the outcome do not change the report', () => {
    const run = allPassing();
    const report = buildReport({ settings: SETTINGS, outcome: run, run: RUN, now: NOW });

    run.tests[0]!.state = 'failed';
    run.tests[0]!.title_path.push('changed');

    assert.equal(report.tests[0]!.state, 'passed');
    assert.deepEqual(report.tests[0]!.title_path, ['database_migration suite', 'keeps tools']);
  });

  it('makes comparator values JSON-safe: bigint, NaN, cycles, dates and undefined', () => {
    // Arrange
    const cyclic: Record<string, unknown> = { a: 1, missing: undefined };
    cyclic.self = cyclic;
    const test = record('database_migration', 'failed', 'values', {
      differences: [
        { path: 'n', kind: 'changed', old: 10n, new: Number.NaN, message: 'n changed' },
        {
          path: 'c',
          kind: 'changed',
          old: cyclic,
          new: new Date('2026-01-01T00:00:00Z'),
          message: 'c changed',
        },
        { path: 'x', kind: 'extra', new: [undefined, 1], message: 'x is extra' },
      ],
    });

    // Act
    const report = buildReport({
      settings: SETTINGS,
      outcome: outcome([test]),
      run: RUN,
      now: NOW,
    });
    const roundTrip = JSON.parse(JSON.stringify(report)) as typeof report;

    // Assert
    const [n, c, x] = roundTrip.tests[0]!.differences!;
    assert.deepEqual([n!.old, n!.new], ['10n', 'NaN']);
    assert.deepEqual(c!.old, { a: 1, self: '[Circular]' });
    assert.equal(c!.new, '2026-01-01T00:00:00.000Z');
    assert.equal('old' in x!, false);
    assert.deepEqual(x!.new, [null, 1]);
    assertValidReport(report);
  });

  it('builds a valid report for every fixture outcome, with and without allowEmpty', () => {
    const outcomes: Record<string, RunOutcome> = {
      allPassing: allPassing(),
      mixed: mixed(),
      hostile: hostile(),
      empty: outcome([]),
      crashed: outcome([record('api_migration', 'passed', 'a')], {
        completed: false,
        exit_code: null,
        signal: 'SIGKILL',
        problems: ['killed'],
      }),
    };

    for (const [name, run] of Object.entries(outcomes)) {
      for (const allowEmpty of [false, true]) {
        const report = buildReport({
          settings: { ...SETTINGS, allowEmpty },
          outcome: run,
          run: RUN,
          now: NOW,
        });

        assert.doesNotThrow(() => assertValidReport(report), `${name} (allowEmpty ${allowEmpty})`);
        assert.equal(report.overall.tests, run.tests.length, name);
      }
    }
  });

  it("keeps the run's problems in run.problems, so a merge of shard reports still fails on them", () => {
    const run = outcome([record('api_migration', 'passed', 'a')], {
      problems: ['test/b.spec.ts failed to load: SyntaxError'],
    });

    const report = buildReport({ settings: SETTINGS, outcome: run, run: RUN, now: NOW });

    assert.deepEqual(report.run.problems, ['test/b.spec.ts failed to load: SyntaxError']);
    assert.equal(report.overall.status, 'failed');
    assert.deepEqual(report.overall.reasons, [
      'the run cannot be trusted: test/b.spec.ts failed to load: SyntaxError',
    ]);
    assertValidReport(report);
  });

  it('passes an empty run only with allowEmpty', () => {
    const refused = buildReport({ settings: SETTINGS, outcome: outcome([]), run: RUN, now: NOW });
    const allowed = buildReport({
      settings: { ...SETTINGS, allowEmpty: true },
      outcome: outcome([]),
      run: RUN,
      now: NOW,
    });

    assert.equal(refused.overall.status, 'failed');
    assert.deepEqual(refused.overall.reasons, [
      'no tests were collected; set allow-empty: true if that is expected',
    ]);
    assert.equal(allowed.overall.status, 'passed');
    assert.equal(allowed.overall.tests, 0);
  });
});
