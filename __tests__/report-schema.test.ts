import assert from 'node:assert/strict';
import { buildReport } from '../src/report/build.js';
import { reportShapeProblems } from '../src/common/report-read.js';
import { hostile, mixed } from './__fixtures__/outcomes/index.js';
import { reportSchemaErrors } from './support/report-schema.js';

const SETTINGS = {
  service: 'tool-integration',
  oldVersion: '1.0.0',
  newVersion: '2.0.0',
  allowEmpty: false,
};

/**
 * A report as plain JSON. `any` on purpose: each case below breaks it at a path of its own,
 * which is exactly what the types are there to forbid.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A fresh, valid report as a consumer reads it (plain JSON), for each case to break. */
function jsonReport(): Loose {
  const report = buildReport({
    settings: SETTINGS,
    outcome: mixed(),
    run: { spec_files: ['a.spec.ts'], github_run_id: '1', shard: { index: 1, total: 2 } },
    now: new Date('2026-01-02T03:04:05Z'),
  });
  return JSON.parse(JSON.stringify(report)) as Loose;
}

/** Ways to break a report; the schema and readReport's check must both refuse each one. */
const BROKEN: Record<string, (report: Loose) => void> = {
  'missing timestamp (seed key)': (r) => delete r.timestamp,
  'missing service (seed key)': (r) => delete r.service,
  'missing old_version (seed key)': (r) => delete r.old_version,
  'missing new_version (seed key)': (r) => delete r.new_version,
  'missing results.api_migration (seed key)': (r) => delete r.results.api_migration,
  'missing overall (seed key)': (r) => delete r.overall,
  'missing overall.time (seed key)': (r) => delete r.overall.time,
  'missing results.database_migration.skipped (seed key)': (r) =>
    delete r.results.database_migration.skipped,
  'count as a string': (r) => (r.overall.tests = '9'),
  'count as a fraction': (r) => (r.results.api_migration.errors = 1.5),
  'negative count': (r) => (r.results.functional_migration.passed = -1),
  'time as a string': (r) => (r.overall.time = '2s'),
  'unknown status': (r) => (r.overall.status = 'ok'),
  'reasons not a list': (r) => (r.overall.reasons = 'failed'),
  'unknown top-level key': (r) => (r.secrets = { TOKEN: 'x' }),
  'unknown category': (r) => (r.results.performance = r.results.api_migration),
  'unknown key in a category': (r) => (r.results.api_migration.reasons = []),
  'unknown test state': (r) => (r.tests[0].state = 'running'),
  'unknown difference kind': (r) => (r.tests[1].differences[0].kind = 'moved'),
  'test file as a number': (r) => (r.tests[0].file = 3),
  'hook failure without message': (r) => delete r.hook_failures[0].message,
  'run without completed': (r) => delete r.run.completed,
  'run without problems': (r) => delete r.run.problems,
  'run problems not strings': (r) => (r.run.problems = [1]),
  'unknown key in run (an env value)': (r) => (r.run.GITHUB_TOKEN = 'ghs_x'),
  'shard index 0': (r) => (r.run.shard.index = 0),
  'timestamp not a date-time': (r) => (r.timestamp = 'yesterday'),
  'schema_version 2.x': (r) => (r.schema_version = '2.0.0'),
};

describe('report schema (schema/verification-report.schema.json)', () => {
  it('accepts the reports buildReport makes', () => {
    const reports = [
      jsonReport(),
      JSON.parse(
        JSON.stringify(
          buildReport({ settings: SETTINGS, outcome: hostile(), run: { spec_files: [] } }),
        ),
      ),
    ];

    const errors = reports.map(reportSchemaErrors);

    assert.deepEqual(errors, [[], []]);
    assert.deepEqual(reports.map(reportShapeProblems), [[], []], 'and readReport accepts them too');
  });

  for (const [name, breakIt] of Object.entries(BROKEN)) {
    it(`refuses a report with ${name}, as readReport does`, () => {
      // Arrange
      const report = jsonReport();
      breakIt(report);

      // Act
      const schemaErrors = reportSchemaErrors(report);
      const shapeProblems = reportShapeProblems(report);

      // Assert
      assert.notDeepEqual(schemaErrors, [], 'the schema refuses it');
      assert.notDeepEqual(shapeProblems, [], 'readReport refuses it');
    });
  }

  it('requires every seed key in overall and in each category', () => {
    const seedKeys = ['status', 'tests', 'failures', 'errors', 'skipped', 'time'];
    const places = ['overall', 'database_migration', 'api_migration', 'functional_migration'];

    const accepted = places.flatMap((place) =>
      seedKeys
        .filter((key) => {
          const report = jsonReport();
          delete (place === 'overall' ? report.overall : report.results[place])[key];
          return reportSchemaErrors(report).length === 0;
        })
        .map((key) => `${place}.${key}`),
    );

    assert.deepEqual(accepted, [], 'a report missing any of these still validated');
  });
});
