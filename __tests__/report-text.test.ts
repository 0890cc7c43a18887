import assert from 'node:assert/strict';
import { buildReport } from '../src/report/build.js';
import { renderText } from '../src/report/text.js';
import type { VerificationReport } from '../src/common/report.js';
import type { RunOutcome } from '../src/common/records.js';
import { differences, hostile, mixed, outcome, record } from './__fixtures__/outcomes/index.js';

function reportOf(run: RunOutcome, service = 'tool-integration'): VerificationReport {
  return buildReport({
    settings: { service, oldVersion: '1.0.0', newVersion: '2.0.0', allowEmpty: false },
    outcome: run,
    run: { spec_files: ['a.spec.ts'] },
    now: new Date('2026-01-02T03:04:05Z'),
  });
}

describe('report/text: the CLI terminal summary', () => {
  it('has the headline, the reasons and an aligned table with every count, in plain text', () => {
    // Act
    const text = renderText(reportOf(mixed()));

    // Assert
    assert.match(text, /^❌ Migration verification failed: tool-integration 1\.0\.0 → 2\.0\.0\n/);
    assert.match(text, /\nThe deploy gate failed because:\n {2}- /);
    const lines = text.split('\n');
    const header = lines.find((line) => line.startsWith('Category'))!;
    const overall = lines.find((line) => line.startsWith('Overall'))!;
    assert.ok(header && overall, text);
    // Right-aligned numbers: the Time column ends where its header ends.
    assert.equal(overall.length, header.length, `${header}\n${overall}`);
    assert.match(overall, /^Overall\s+FAILED\s+\d+/);
    assert.doesNotMatch(text, /<details>|<pre>|<code>|&#39;|&lt;|\| --- \|/, 'no Markdown or HTML');
  });

  it('shows each failure at file:line with its message, the differences once and only stack frames', () => {
    // Arrange: a DifferencesError-like message that lists both differences
    const listed = differences(2);
    const message = [
      "AssertionError: 2 differences in tool's rows:",
      ...listed.map((d) => `  ${d.message}`),
    ].join('\n');
    const report = reportOf(
      outcome([
        record('database_migration', 'failed', 'keeps tools', {
          message,
          stack: `${message}\n    at Context.<anonymous> (test/tools.spec.ts:9:5)`,
          location: { file: 'test/tools.spec.ts', line: 9, column: 5 },
          differences: listed,
        }),
      ]),
    );

    // Act
    const text = renderText(report);

    // Assert
    assert.match(text, /Failed: .*keeps tools\n {2}at test\/tools\.spec\.ts:9\n/);
    assert.ok(text.includes("2 differences in tool's rows"), 'apostrophe as typed');
    assert.equal(text.split(listed[1]!.message).length - 1, 1, text);
    assert.equal(
      text.split('AssertionError').length - 1,
      1,
      'the stack does not repeat the message',
    );
    assert.match(text, / {4}at Context\.<anonymous> \(test\/tools\.spec\.ts:9:5\)/);
  });

  it("shows the suites' own frames, leaving out node_modules and Node's with a count", () => {
    // Arrange: TypeORM's frames, source-mapped, and Node's around the suite's own
    const stack = [
      'QueryFailedError: SQLITE_ERROR: no such column: mail',
      '    at BetterSqlite3QueryRunner.query (node_modules/verify-migration/src/driver/better-sqlite3/BetterSqlite3QueryRunner.ts:120:19)',
      '    at async Promise.all (index 0)',
      '    at async seed (/work/svc/node_modules/typeorm/query-runner/Base.js:3:1)',
      '    at async Context.<anonymous> (test/migration/users.spec.ts:14:5)',
      '    at process.processImmediate (node:internal/timers:483:21)',
    ].join('\n');
    const report = reportOf(
      outcome([record('database_migration', 'error', 'seeds', { message: 'SQLITE_ERROR', stack })]),
    );

    // Act
    const text = renderText(report);

    // Assert
    assert.match(
      text,
      / {4}at async Promise\.all \(index 0\)\n {4}at async Context\.<anonymous> \(test\/migration\/users\.spec\.ts:14:5\)\n/,
    );
    assert.ok(!text.includes('BetterSqlite3QueryRunner'), text);
    assert.ok(!text.includes('node:internal'), text);
    assert.match(text, /… 3 more frames \(node_modules, Node\) in the report/);
  });

  it('lists differences that the message does not hold, and lets no control character through', () => {
    // Act
    const text = renderText(reportOf(hostile(), 'svc\u001b[31m'));

    // Assert
    assert.ok(!text.includes('\u001b'), 'no escape sequence reaches the terminal');
    assert.ok(!text.includes('\u0000'), 'no NUL');
    assert.match(text, /1 difference:\n {4}body\./);
    assert.ok(text.includes('<script>alert(1)</script>'), 'text as the suites wrote it');
  });
});
