import assert from 'node:assert/strict';
import { buildReport } from '../src/report/build.js';
import { escapeMarkdown, MAX_SUMMARY_BYTES, renderMarkdown } from '../src/report/markdown.js';
import type { VerificationReport } from '../src/common/report.js';
import type { RunOutcome } from '../src/common/records.js';
import {
  allPassing,
  differences,
  hostile,
  mixed,
  outcome,
  record,
} from './__fixtures__/outcomes/index.js';

const SETTINGS = {
  service: 'tool-integration',
  oldVersion: '1.0.0',
  newVersion: '2.0.0',
  allowEmpty: false,
};

function reportOf(run: RunOutcome, settings = SETTINGS): VerificationReport {
  return buildReport({
    settings,
    outcome: run,
    run: { spec_files: ['a.spec.ts'] },
    now: new Date('2026-01-02T03:04:05Z'),
  });
}

/** The table rows (lines starting with `|`), split into trimmed cells, header and rule left out. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        // A cell boundary is a pipe not escaped with a backslash, as GFM reads it.
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('report/markdown', () => {
  it('headlines a passing gate and has a row per category plus overall with every count', () => {
    // Arrange
    const report = reportOf(allPassing());

    // Act
    const markdown = renderMarkdown(report);

    // Assert
    assert.match(
      markdown,
      /^## ✅ Migration verification passed: tool-integration 1\.0\.0 → 2\.0\.0\n/,
    );
    assert.doesNotMatch(markdown, /gate failed because/);
    assert.deepEqual(tableRows(markdown), [
      ['Database migration', '✅ passed', '2', '2', '0', '0', '0', '0', '0.5'],
      ['API migration', '✅ passed', '1', '1', '0', '0', '0', '0', '0.25'],
      ['Functional migration', '✅ passed', '2', '1', '0', '0', '1', '0', '0.25'],
      ['**Overall**', '**✅ passed**', '5', '4', '0', '0', '1', '0', '1'],
    ]);
    assert.doesNotMatch(markdown, /### Failures and errors/);
  });

  it('headlines a failing gate with every reason, and lists failures, errors and hooks with file:line', () => {
    const report = reportOf(mixed());

    const markdown = renderMarkdown(report);

    assert.match(markdown, /^## ❌ Migration verification failed/);
    for (const reason of report.overall.reasons)
      assert.ok(markdown.includes(`- ${escapeMarkdown(reason)}`), reason);
    assert.deepEqual(tableRows(markdown).at(-2), [
      'Other (no category)',
      '❌ failed',
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0.5',
    ]);
    assert.match(
      markdown,
      /#### ❌ Failed: database\\_migration suite keeps tool status\n\nat <code>test\/migration\/database\\_migration\.spec\.ts:12<\/code>/,
    );
    assert.match(markdown, /#### 💥 Error: api\\_migration suite gets one tool/);
    assert.match(
      markdown,
      /#### 💥 After hook failed: functional\\_migration suite "after all" hook: close db/,
    );
    assert.match(markdown, /<pre>&quot;before all&quot; hook: start service: ECONNREFUSED<\/pre>/);
    assert.match(
      markdown,
      /3 differences:\n\n- <code>tools\\\[0\\\]\.status<\/code> \(changed\): tools\\\[0\\\]\.status changed from "active" to "ACTIVE"/,
    );
  });

  it('shows the first ten comparator differences and counts the rest', () => {
    const report = reportOf(
      outcome([record('api_migration', 'failed', 'many', { differences: differences(14) })]),
    );

    const markdown = renderMarkdown(report);

    assert.match(markdown, /14 differences:/);
    assert.ok(markdown.includes('tools\\[9\\]'), 'the tenth is shown');
    assert.ok(!markdown.includes('tools\\[10\\]'), 'the eleventh is not');
    assert.match(markdown, /- … and 4 more differences \(see the JSON report\)/);
  });

  it('shows each difference once: not listed again when the message lists it, nor in the stack', () => {
    // Arrange: what the library's DifferencesError gives (the message lists every difference)
    const listed = differences(2);
    const message = [
      'AssertionError: 2 differences in tool:',
      ...listed.map((difference) => `  ${difference.message}`),
    ].join('\n');
    const report = reportOf(
      outcome([
        record('database_migration', 'failed', 'keeps tools', {
          message,
          stack: `${message}\n    at Context.<anonymous> (test/tools.spec.ts:9:5)`,
          differences: listed,
        }),
      ]),
    );

    // Act
    const markdown = renderMarkdown(report);

    // Assert
    const shown = markdown.split(listed[1]!.message.replace(/"/g, '&quot;')).length - 1;
    assert.equal(shown, 1, markdown);
    assert.doesNotMatch(markdown, /2 differences:/);
    assert.match(markdown, /<summary>Stack<\/summary>\n\n<pre>at Context\.&lt;anonymous&gt;/);
  });

  it('stays well under the 1 MiB job summary limit with many huge failures, counting what it left out', () => {
    const huge = '<'.repeat(2000);
    const tests = Array.from({ length: 60 }, (_, index) =>
      record('api_migration', 'error', `t${index}`, {
        message: huge,
        stack: `${huge}\n`.repeat(20),
      }),
    );

    const markdown = renderMarkdown(reportOf(outcome(tests)));

    assert.ok(
      Buffer.byteLength(markdown) < 1024 * 1024 * 0.9,
      `${Buffer.byteLength(markdown)} bytes`,
    );
    const shown = markdown.match(/^#### /gm)!.length;
    assert.ok(shown > 0 && shown < 60, `${shown} shown`);
    assert.ok(
      markdown.includes(
        `… and ${60 - shown} more failing tests or hooks, not shown here (this summary stays under 900 KiB, as GitHub shows nothing of a step summary over 1 MiB): every one is in the JSON report beside this summary`,
      ),
      markdown.slice(-800),
    );
  });

  it('budgets in bytes of UTF-8: multi-byte titles, a megabyte-long title and long reasons stay under the limit, cut with a note', () => {
    // Arrange: 3-byte characters, one title of 1.2M characters, and a thousand long reasons.
    const japanese = 'データベース移行後に注文の合計金額が一致すること';
    const tests = [
      ...Array.from({ length: 50 }, (_, index) =>
        record('database_migration', 'failed', `${index} ${japanese.repeat(200)}`, {
          message: japanese.repeat(400),
        }),
      ),
      record('api_migration', 'failed', 'x'.repeat(1_200_000)),
    ];
    const report = reportOf(outcome(tests));
    report.overall.reasons = Array.from(
      { length: 1000 },
      (_, index) => `${index} ${japanese.repeat(100)}`,
    );

    // Act
    const markdown = renderMarkdown(report, { fullReport: 'report.json in the artifact a' });
    const small = renderMarkdown(report, { maxBytes: 200_000 });

    // Assert
    assert.ok(Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES, `${Buffer.byteLength(markdown)}`);
    assert.ok(MAX_SUMMARY_BYTES < 1024 * 1024);
    assert.ok(Buffer.byteLength(small) <= 200_000, `${Buffer.byteLength(small)}`);
    assert.match(markdown, /more characters in the report/);
    assert.match(markdown, /- … and \d+ more reasons, in report\.json in the artifact a/);
    assert.match(
      markdown,
      /… and \d+ more failing tests or hooks, not shown here .*report\.json in the artifact a\./,
    );
    assert.ok(!markdown.includes('x'.repeat(600)), 'the long title is cut');
    assert.ok(!markdown.includes('\uFFFD'), 'no character cut in half');
  });

  it('marks empty categories as having no tests rather than as a failure of theirs', () => {
    const markdown = renderMarkdown(reportOf(outcome([record('api_migration', 'passed', 'a')])));

    assert.deepEqual(tableRows(markdown)[0]!.slice(0, 3), [
      'Database migration',
      '➖ no tests',
      '0',
    ]);
  });

  it('escapes hostile text everywhere: no raw HTML, no extra table cell, no link, no new block', () => {
    // Arrange
    const settings = { ...SETTINGS, service: 'svc|<img src=x onerror=alert(1)>' };

    // Act
    const markdown = renderMarkdown(reportOf(hostile(), settings));

    // Assert
    assert.ok(!markdown.includes('<script>'), 'no script tag');
    assert.ok(!markdown.includes('<img'), 'no img tag');
    assert.ok(!markdown.includes('<b>'), 'no bold tag from user text');
    assert.ok(
      markdown.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
      'the script tag shows as text',
    );
    assert.ok(
      !/(?<!\\)\[link\](?!\\)/.test(markdown) && !markdown.includes('![img]'),
      'no link or image syntax left',
    );
    assert.ok(markdown.includes('\\[link\\](http://x)'), 'the link shows as text');
    assert.ok(!markdown.includes('\u0000'), 'no NUL');
    assert.ok(markdown.includes('🚀'), 'emoji kept');
    const outsidePre = markdown.replace(/<pre>[^]*?<\/pre>/g, '');
    assert.ok(
      !/^# not a heading/m.test(outsidePre),
      'a message line cannot become a heading outside a <pre> block',
    );
    assert.ok(
      outsidePre.includes('line one \\| pipe<br>line two'),
      'inline, a message keeps its lines with <br>',
    );
    assert.ok(
      !/^line two/m.test(outsidePre),
      'outside <pre>, a message line never starts a Markdown line',
    );
    for (const row of tableRows(markdown))
      assert.equal(row.length, 9, `row keeps its 9 cells: ${row.join(' | ')}`);
    assert.match(
      markdown,
      /^## ❌ Migration verification failed: svc\\\|&lt;img src=x onerror=alert\(1\)&gt; 1\.0\.0/,
    );
    // The multi-line message is one <pre> block with the markup escaped.
    assert.ok(
      markdown.includes(
        '<pre>line one | pipe\nline two &lt;/failure&gt; ]]&gt; &lt;b&gt;bold&lt;/b&gt;\n\n# not a heading',
      ),
    );
  });

  describe('escapeMarkdown', () => {
    it('escapes pipes, HTML, backticks, emphasis, links and images, and turns newlines into <br>', () => {
      const text = 'a|b <script>x</script> `code` *em* _u_ ~s~ [l](u) ![i](u) $m$ \\ & c\nd\r\ne';

      const escaped = escapeMarkdown(text);

      assert.equal(
        escaped,
        'a\\|b &lt;script&gt;x&lt;/script&gt; \\`code\\` \\*em\\* \\_u\\_ \\~s\\~ \\[l\\](u) !\\[i\\](u) \\$m\\$ \\\\ &amp; c<br>d<br>e',
      );
    });

    it('escapes marks that start a block only at the start', () => {
      const results = [
        '# h',
        '- item',
        '+ item',
        '12. item',
        '3) item',
        '=== x',
        '1.0.0',
        'a - b # c 1. d',
      ].map(escapeMarkdown);

      assert.deepEqual(results, [
        '\\# h',
        '\\- item',
        '\\+ item',
        '12\\. item',
        '3\\) item',
        '\\=== x',
        '1.0.0',
        'a - b # c 1. d',
      ]);
    });
  });
});
