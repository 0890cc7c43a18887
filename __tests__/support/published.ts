import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { VerificationReport } from '../../src/common/report.js';
import { validateReport } from './report-schema.js';
import type { ActionRun } from './run-action.js';

/**
 * What a step published, checked against its report: the count outputs, the job summary's table
 * and the JUnit file must all say what `verification-report.json` says.
 */

/** The report at `name` in `workspace`, validated against the schema. */
export function readReport(
  workspace: string,
  name = 'verification-report.json',
): VerificationReport {
  const report = JSON.parse(readFileSync(join(workspace, name), 'utf8')) as VerificationReport;
  validateReport(report);
  return report;
}

/** The JUnit file's `tests`, `failures`, `errors`, `skipped` summed over its test suites. */
export function junitCounts(
  workspace: string,
): Record<'tests' | 'failures' | 'errors' | 'skipped', number> {
  const xml = readFileSync(join(workspace, 'verification-report.junit.xml'), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suites = [parsed.testsuites.testsuite].flat();
  const sum = (key: string) =>
    suites.reduce(
      (total: number, suite: Record<string, string>) => total + Number(suite[key] ?? 0),
      0,
    );
  return {
    tests: sum('tests'),
    failures: sum('failures'),
    errors: sum('errors'),
    skipped: sum('skipped'),
  };
}

/**
 * The job summary's table: each row's label (`database_migration`, `overall`, as the report
 * keys them) with its Tests, Passed, Failures, Errors, Skipped and Hook failures columns.
 */
export function summaryTable(summary: string): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  for (const line of summary.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 10 || !/^\d+$/.test(cells[3] ?? '')) continue;
    // "Other (no category)" is the row of `other`.
    const key = cells[1]
      .replace(/\*/g, '')
      .replace(/\s*\(.*\)$/, '')
      .toLowerCase()
      .replace(/ /g, '_');
    rows[key] = cells.slice(3, 9).map(Number);
  }
  return rows;
}

/**
 * Asserts that what the step published says what the report says: the count outputs, every row
 * of the summary's table (a row per category and the overall one), and the JUnit file (where an
 * after-hook failure is one more test case, with an error).
 */
export function assertPublishedAsReported(run: ActionRun, workspace: string): VerificationReport {
  const report = readReport(workspace);
  validateReport(report);
  const { overall } = report;
  assert.deepEqual(countOutputs(run), {
    tests: overall.tests,
    failures: overall.failures,
    errors: overall.errors,
    skipped: overall.skipped,
  });
  assert.equal(run.outputs.status, overall.status);
  const expectedRows = Object.fromEntries(
    [...Object.entries(report.results), ['overall', overall] as const].map(([key, counts]) => [
      key,
      [
        counts.tests,
        counts.passed,
        counts.failures,
        counts.errors,
        counts.skipped,
        counts.hook_failures,
      ],
    ]),
  );
  assert.deepEqual(summaryTable(run.summary), expectedRows, run.summary);
  assert.deepEqual(junitCounts(workspace), {
    tests: overall.tests + overall.hook_failures,
    failures: overall.failures,
    errors: overall.errors + overall.hook_failures,
    skipped: overall.skipped,
  });
  return report;
}

/** The counts outputs as numbers. */
export function countOutputs(run: ActionRun) {
  return {
    tests: Number(run.outputs.tests),
    failures: Number(run.outputs.failures),
    errors: Number(run.outputs.errors),
    skipped: Number(run.outputs.skipped),
  };
}

/** How many tests spec files declare (`it(`, `it.skip(` and `xit(` lines), summed over `files`. */
export function declaredTests(...files: string[]): number {
  return files
    .map((file) => readFileSync(file, 'utf8'))
    .reduce((sum, text) => sum + (text.match(/^\s*(it|xit|it\.skip)\(/gm) ?? []).length, 0);
}
