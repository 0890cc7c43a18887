import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VerificationReport } from '../src/report/types.js';
import { makeTempDir, REPO_ROOT } from './support/paths.js';
import { validateReport } from './support/report-schema.js';
import { runBuiltAction } from './support/run-action.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'tool-integration');

/** How many `it(` a spec file declares: what the report must count for it. */
function declaredTests(file: string): number {
  return (readFileSync(join(EXAMPLE, file), 'utf8').match(/^\s+it\(/gm) ?? []).length;
}

/**
 * The built action on the bundled example, as `uses: ./` runs it in verify-migration.yml: the
 * example's own mocha (this repository's) with its .mocharc (tsx), the suite library on SQLite.
 */
describe('the built action on examples/tool-integration (Node 24)', function () {
  this.timeout(180_000);

  it('passes with real counts in all three categories, equal to the tests the specs declare', async () => {
    const reportPath = join(makeTempDir('example'), 'report.json');

    const run = await runBuiltAction({
      workspace: REPO_ROOT,
      inputs: {
        service: 'tool-integration',
        'working-directory': 'examples/tool-integration',
        'report-path': relative(EXAMPLE, reportPath),
        'upload-artifact': 'false',
      },
    });

    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.status, 'passed');
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VerificationReport;
    validateReport(report);
    const expected = {
      database_migration: declaredTests('test/migration/database.spec.ts'),
      api_migration: declaredTests('test/migration/api.spec.ts'),
      functional_migration: declaredTests('test/migration/functional.spec.ts'),
    };
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
      String(expected.database_migration + expected.api_migration + expected.functional_migration),
    );
  });
});
