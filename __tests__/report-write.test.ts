import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportReadError } from '../src/common/errors.js';
import { buildReport } from '../src/report/build.js';
import { renderJUnit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { VerificationReport } from '../src/common/report.js';
import { readReport } from '../src/common/report-read.js';
import { reportFilePaths, reportJsonChunks, writeReportFiles } from '../src/report/write.js';
import { mixed } from './__fixtures__/outcomes/index.js';
import { makeTempDir } from './support/paths.js';
import { assertValidReport } from './support/report-schema.js';

const SETTINGS = {
  service: 'tool-integration',
  oldVersion: '1.0.0',
  newVersion: '2.0.0',
  allowEmpty: false,
};

function sampleReport(): VerificationReport {
  return buildReport({
    settings: SETTINGS,
    outcome: mixed(),
    run: { spec_files: ['a.spec.ts'] },
    now: new Date('2026-01-02T03:04:05Z'),
  });
}

/** Asserts that `promise` rejects with a ReportReadError for `file` whose message matches `reason`. */
async function assertReadError(
  promise: Promise<unknown>,
  file: string,
  reason: RegExp,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ReportReadError, `expected ReportReadError, got ${String(error)}`);
    assert.equal(error.file, file);
    assert.match(
      error.message,
      new RegExp(`^Cannot use ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    assert.match(error.message, reason);
    return true;
  });
}

describe('report/write', () => {
  describe('reportFilePaths', () => {
    it('puts the JUnit XML, Markdown and log beside the JSON report', () => {
      const files = reportFilePaths('/w/out/verification-report.json');

      assert.deepEqual(files, {
        json: '/w/out/verification-report.json',
        junit: '/w/out/verification-report.junit.xml',
        markdown: '/w/out/verification-report.md',
        log: '/w/out/verification-report.log',
      });
    });

    it('keeps the whole name as the stem when it does not end in .json', () => {
      assert.equal(reportFilePaths('/w/report.v2').markdown, '/w/report.v2.md');
    });
  });

  describe('writeReportFiles', () => {
    it('creates the folder and writes the four files, with nothing temporary left over', async () => {
      // Arrange
      const dir = makeTempDir('report-write');
      const reportPath = join(dir, 'nested', 'deeper', 'verification-report.json');
      const report = sampleReport();

      // Act
      const files = await writeReportFiles(report, reportPath);

      // Assert
      assert.deepEqual(files, reportFilePaths(reportPath));
      const written = JSON.parse(readFileSync(files.json, 'utf8')) as unknown;
      assert.deepEqual(written, JSON.parse(JSON.stringify(report)));
      assertValidReport(written);
      assert.equal(readFileSync(files.junit, 'utf8'), renderJUnit(report));
      assert.equal(readFileSync(files.markdown, 'utf8'), renderMarkdown(report));
      assert.match(readFileSync(files.log, 'utf8'), /no test process ran/);
      assert.deepEqual(readdirSync(join(dir, 'nested', 'deeper')).sort(), [
        'verification-report.json',
        'verification-report.junit.xml',
        'verification-report.log',
        'verification-report.md',
      ]);
    });

    it('keeps the log the run stage wrote, and replaces an older report whole', async () => {
      const dir = makeTempDir('report-write');
      const files = reportFilePaths(join(dir, 'r.json'));
      writeFileSync(files.log, 'mocha output\n');
      writeFileSync(files.json, '{"old": "report that is much longer than nothing at all"}');

      await writeReportFiles(sampleReport(), files.json);

      assert.equal(readFileSync(files.log, 'utf8'), 'mocha output\n');
      assert.equal(
        (JSON.parse(readFileSync(files.json, 'utf8')) as VerificationReport).service,
        'tool-integration',
      );
    });

    it('leaves no temporary file and the old report intact when a write fails', async () => {
      // Arrange: a folder in the JUnit file's place makes its rename fail (EISDIR), as root too.
      const dir = makeTempDir('report-write');
      const files = reportFilePaths(join(dir, 'r.json'));
      writeFileSync(files.json, '{"previous":true}');
      mkdirSync(files.junit);

      // Act
      await assert.rejects(
        writeReportFiles(sampleReport(), files.json),
        /EISDIR|EPERM|EEXIST|ENOTEMPTY/,
      );

      // Assert: the JSON is written last, so the previous one is whole and nothing half-made remains.
      assert.equal(readFileSync(files.json, 'utf8'), '{"previous":true}');
      assert.deepEqual(readdirSync(dir).sort(), ['r.json', 'r.junit.xml']);
      assert.deepEqual(readdirSync(files.junit), []);
    });
  });

  describe('readReport', () => {
    it('reads back what writeReportFiles wrote', async () => {
      const dir = makeTempDir('report-read');
      const report = sampleReport();
      const files = await writeReportFiles(report, join(dir, 'r.json'));

      const read = await readReport(files.json);

      assert.deepEqual(read, JSON.parse(JSON.stringify(report)));
    });

    it('refuses a missing file, a file that is not JSON and JSON that is not a report, saying why', async () => {
      // Arrange
      const dir = makeTempDir('report-read');
      const missing = join(dir, 'missing.json');
      const notJson = join(dir, 'not.json');
      writeFileSync(notJson, '{"truncated": ');
      const notReport = join(dir, 'array.json');
      writeFileSync(notReport, '[1, 2]');

      // Act + Assert
      await assertReadError(readReport(missing), missing, /the file does not exist$/);
      await assertReadError(readReport(notJson), notJson, /it is not valid JSON \(/);
      await assertReadError(
        readReport(notReport),
        notReport,
        /it is not a verification report: report should be an object, found \[1,2\]$/,
      );
    });

    it('names the JSON path of each problem: a missing seed key, a count of the wrong type, broken counts', async () => {
      const dir = makeTempDir('report-read');
      const report = JSON.parse(JSON.stringify(sampleReport())) as Record<string, unknown> &
        VerificationReport;
      delete (report as Partial<VerificationReport>).timestamp;
      (report.overall as unknown as Record<string, unknown>).tests = '9';
      report.results.api_migration.passed += 1;
      const path = join(dir, 'broken.json');
      writeFileSync(path, JSON.stringify(report));

      await assertReadError(readReport(path), path, /report\.timestamp is missing/);
      await assertReadError(
        readReport(path),
        path,
        /report\.overall\.tests should be a whole number ≥ 0, found "9"/,
      );
      await assertReadError(
        readReport(path),
        path,
        /report\.results\.api_migration: tests \(3\) is not passed \+ failures \+ errors \+ skipped/,
      );
    });

    it('refuses counts that do not describe the records, as in a cut or edited file', async () => {
      const dir = makeTempDir('report-read');
      const report = JSON.parse(JSON.stringify(sampleReport())) as VerificationReport;
      report.tests.pop();
      const path = join(dir, 'cut.json');
      writeFileSync(path, JSON.stringify(report));

      await assertReadError(
        readReport(path),
        path,
        /report\.overall\.tests \(9\) is not the number of test records \(8\)/,
      );
    });

    it('refuses a report of another major schema version', async () => {
      const dir = makeTempDir('report-read');
      const path = join(dir, 'future.json');
      writeFileSync(path, JSON.stringify({ ...sampleReport(), schema_version: '2.0.0' }));

      await assertReadError(
        readReport(path),
        path,
        /report\.schema_version should be a 1\.x version, found "2\.0\.0"/,
      );
    });
  });
});

describe('reportJsonChunks', () => {
  it('gives, joined, exactly the pretty-printed report and a newline', () => {
    // Arrange: records with quotes, newlines, unicode and differences; and no records at all.
    const full = sampleReport();
    full.tests[0].message = 'a "quoted"\nline ✓ \u0000 end';
    const empty = { ...sampleReport(), tests: [] };

    for (const report of [full, empty]) {
      // Act
      const pieces = [...reportJsonChunks(report)];

      // Assert
      assert.equal(pieces.join(''), `${JSON.stringify(report, null, 2)}\n`);
    }
    assert.ok([...reportJsonChunks(full)].length > full.tests.length, 'one piece per record');
  });
});
