import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { makeTempDir, REPO_ROOT } from './support/paths.js';
import { validateReport } from './support/report-schema.js';
import { forEachDatabase } from './support/databases.js';
import { declaredTests } from './support/published.js';
import { runBuiltAction } from './support/run-action.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'tool-integration');

/** The built action on the example (its .mocharc, tsx, the library), with `env` for the suites. */
async function runOnExample(env: Record<string, string> = {}) {
  const reportPath = join(makeTempDir('example'), 'report.json');
  const run = await runBuiltAction({
    workspace: REPO_ROOT,
    inputs: {
      service: 'tool-integration',
      'working-directory': 'examples/tool-integration',
      'report-path': relative(EXAMPLE, reportPath),
      'upload-artifact': 'false',
    },
    env,
  });
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VerificationReport;
  validateReport(report);
  return { run, report };
}

/** The tests each category's spec file declares. */
function declaredPerCategory() {
  return {
    database_migration: declaredTests(join(EXAMPLE, 'test/migration/database.spec.ts')),
    api_migration: declaredTests(join(EXAMPLE, 'test/migration/api.spec.ts')),
    functional_migration: declaredTests(join(EXAMPLE, 'test/migration/functional.spec.ts')),
  };
}

/**
 * The built action on the bundled example, as `uses: ./` runs it in verify-migration.yml: the
 * example's own mocha (this repository's) with its .mocharc (tsx), the suite library on SQLite,
 * and the same suites unchanged on each database server that is given.
 */
describe('the built action on examples/tool-integration (Node 24)', function () {
  this.timeout(180_000);

  forEachDatabase((db) => {
    it(`passes with real counts in all three categories, equal to the tests the specs declare (${db.kind})`, async () => {
      const { run, report } = await runOnExample({ VERIFY_MIGRATION_DATABASE_URL: db.url ?? '' });

      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.outputs.status, 'passed');
      const expected = declaredPerCategory();
      for (const [category, count] of Object.entries(expected) as Array<
        [keyof typeof expected, number]
      >) {
        assert.ok(count > 0, `${category} declares tests`);
        assert.equal(report.results[category].tests, count, category);
        assert.equal(report.results[category].passed, count, category);
      }
      assert.equal(report.results.other, undefined);
      assert.equal(
        run.outputs.tests,
        String(
          expected.database_migration + expected.api_migration + expected.functional_migration,
        ),
      );
    });
  });

  it('runs the suites on the server the URL names: one that does not answer fails every test, naming it', async () => {
    // Nothing listens on port 1: had the suites ignored the URL (SQLite), they would pass. Every
    // category keeps the service's data in a database (the API and the curator too).
    const { run, report } = await runOnExample({
      VERIFY_MIGRATION_DATABASE_URL: 'postgres://postgres:not-a-secret@127.0.0.1:1/postgres',
    });

    assert.equal(run.outputs.status, 'failed');
    const expected = declaredPerCategory();
    for (const [category, count] of Object.entries(expected) as Array<
      [keyof typeof expected, number]
    >) {
      assert.equal(report.results[category].errors, count, category);
    }
    for (const test of report.tests) assert.match(test.message ?? '', /127\.0\.0\.1:1\b/);
    assert.equal(JSON.stringify(report).includes('not-a-secret'), false, 'the password is masked');
  });
});
