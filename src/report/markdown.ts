import type { Category, Difference, SourceLocation } from '../results/types.js';
import { shownFrames } from './frames.js';
import type { CategoryResult, VerificationReport } from './types.js';

/**
 * The Markdown summary beside the JSON report; the action writes it to the job summary. All
 * text that comes from the suites (titles, messages, stacks, file names, differences) or from
 * the inputs is escaped here: `core.summary.addRaw` writes it as it is.
 */

/** Failing tests and hooks shown in detail; the rest are counted (the JSON report has them all). */
const MAX_FAILURES = 50;
/** Comparator differences shown per failure. */
const MAX_DIFFERENCES = 10;
/** Characters of a message shown; a summary is capped at 1 MiB per step by GitHub. */
const MAX_MESSAGE = 2000;
/**
 * Characters of Markdown at most before the details stop: GitHub refuses a step summary over
 * 1 MiB, and a refused summary shows nothing at all. Leaves room for multi-byte characters.
 */
const MAX_DETAILS_SIZE = 600_000;
/** Stack lines shown. */
const MAX_STACK_LINES = 15;

const CATEGORY_NAMES: Record<Category, string> = {
  database_migration: 'Database migration',
  api_migration: 'API migration',
  functional_migration: 'Functional migration',
  other: 'Other (no category)',
};

/** Shortens text to `max` characters, saying how much was cut. Done before escaping, so no entity is cut. */
function truncate(text: string, max: number): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${text.length - max} more characters in the report)`;
}

/** Escapes `&`, `<`, `>`, quotes and backticks as HTML character references. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;');
}

/**
 * Escapes user text for use inline in Markdown, table cells included:
 * - HTML is neutralised (`<script>` shows as text, `&copy;` stays as typed);
 * - the marks that work anywhere in a line are backslash-escaped: emphasis and strikethrough
 *   (`* _ ~`), code spans (`` ` ``), links and images (`[`, `]`, so `[x](y)` and `![x](y)` stay
 *   text), table cell boundaries (`|`), GitHub's math (`$`) and backslashes themselves;
 * - a mark that only works at the start of a line (heading `#`, list `-`/`+`/`1. `, setext
 *   `=`) is escaped there, since user text can start a list item (`1.0.0` is left alone);
 * - line breaks become `<br>`, so a table cell or list item stays on one line and no later
 *   line can start a block.
 * Other punctuation is left alone, so the raw file (which the CLI prints) stays readable.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD')
    .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+=-]|\d{1,9}(?=[.)](\s|$)))/, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped.replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A block of preformatted user text (message, stack). Inside a `<pre>` HTML block Markdown is
 * not parsed, so HTML escaping is all it needs, and blank lines do not end it.
 */
function preformatted(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
  return `<pre>${escapeHtml(clean)}</pre>`;
}

function place(location: SourceLocation | undefined, file: string | null): string {
  if (location) return `${location.file}:${location.line}`;
  return file ?? 'unknown file';
}

function seconds(value: number): string {
  return `${Number(value.toFixed(3))}`;
}

function statusIcon(status: string): string {
  return status === 'passed' ? '✅ passed' : '❌ failed';
}

function resultRow(name: string, result: CategoryResult): string {
  const cells = [
    name,
    result.tests === 0 ? '➖ no tests' : statusIcon(result.status),
    result.tests,
    result.passed,
    result.failures,
    result.errors,
    result.skipped,
    result.hook_failures,
    seconds(result.time),
  ];
  return `| ${cells.join(' | ')} |`;
}

function describeDifferences(differences: Difference[]): string[] {
  const lines = differences
    .slice(0, MAX_DIFFERENCES)
    .map(
      (difference) =>
        `- <code>${escapeMarkdown(difference.path)}</code> (${escapeMarkdown(difference.kind)}): ${escapeMarkdown(truncate(difference.message, 500))}`,
    );
  if (differences.length > MAX_DIFFERENCES) {
    lines.push(
      `- … and ${differences.length - MAX_DIFFERENCES} more differences (see the JSON report)`,
    );
  }
  return lines;
}

interface FailingItem {
  kind: string;
  title: string;
  message: string;
  stack?: string;
  location?: SourceLocation;
  file: string | null;
  differences?: Difference[];
}

function renderFailing(item: FailingItem): string[] {
  const lines = [
    `#### ${item.kind}: ${escapeMarkdown(item.title)}`,
    '',
    `at <code>${escapeMarkdown(place(item.location, item.file))}</code>`,
    '',
    preformatted(truncate(item.message, MAX_MESSAGE)),
    '',
  ];
  // The library's assertions list the differences in the message already: show them once.
  const differences = item.differences ?? [];
  const shownMessage = truncate(item.message, MAX_MESSAGE);
  if (
    differences.length > 0 &&
    !differences
      .slice(0, MAX_DIFFERENCES)
      .every((difference) => shownMessage.includes(difference.message))
  ) {
    lines.push(
      `${differences.length} difference${differences.length === 1 ? '' : 's'}:`,
      '',
      ...describeDifferences(differences),
      '',
    );
  }
  // The suites' own frames: the stack's first lines repeat the message shown above, and frames
  // in node_modules (TypeORM's, source-mapped, look like the library's) are not the suites' code.
  const { frames, hidden } = shownFrames(item.stack);
  if (frames.length > 0) {
    const shown = frames.slice(0, MAX_STACK_LINES).join('\n');
    const more = frames.length - Math.min(frames.length, MAX_STACK_LINES) + hidden;
    const rest =
      more > 0 ? `\n… ${more} more frame${more === 1 ? '' : 's'} in the JSON report` : '';
    lines.push(
      '<details><summary>Stack</summary>',
      '',
      preformatted(truncate(shown, MAX_MESSAGE * 2) + rest),
      '',
      '</details>',
      '',
    );
  }
  return lines;
}

/**
 * Renders the report as the job summary: a headline with the gate's status (and its reasons
 * when it failed), a table with a row per category and the overall totals (status, tests,
 * passed, failures, errors, skipped, hook failures, time), then each failing test, erroring
 * test and failing after-hook with its message, file:line and the comparator's differences
 * (the first few, with a count of the rest). Every piece of user text is escaped.
 */
export function renderMarkdown(report: VerificationReport): string {
  const passed = report.overall.status === 'passed';
  const lines: string[] = [
    `## ${passed ? '✅' : '❌'} Migration verification ${passed ? 'passed' : 'failed'}: ` +
      `${escapeMarkdown(report.service)} ${escapeMarkdown(report.old_version)} → ${escapeMarkdown(report.new_version)}`,
    '',
  ];
  if (report.overall.reasons.length > 0) {
    lines.push(
      'The deploy gate failed because:',
      '',
      ...report.overall.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
      '',
    );
  }

  lines.push(
    '| Category | Status | Tests | Passed | Failures | Errors | Skipped | Hook failures | Time (s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const category of Object.keys(report.results) as Category[]) {
    lines.push(
      resultRow(CATEGORY_NAMES[category] ?? escapeMarkdown(category), report.results[category]!),
    );
  }
  lines.push(
    resultRow('**Overall**', report.overall).replace(
      /➖ no tests|✅ passed|❌ failed/,
      (cell) => `**${cell}**`,
    ),
    '',
  );

  const failing: FailingItem[] = [
    ...report.tests
      .filter((test) => test.state !== 'passed' && test.state !== 'skipped')
      .map((test) => ({
        kind: test.state === 'failed' ? '❌ Failed' : '💥 Error',
        title: test.full_title,
        message:
          test.message ??
          (test.state === 'error' ? 'error' : `no known outcome (${String(test.state)})`),
        stack: test.stack,
        location: test.location,
        file: test.file,
        differences: test.differences,
      })),
    ...report.hook_failures.map((hook) => ({
      kind: '💥 After hook failed',
      title: hook.full_title,
      message: hook.message,
      stack: hook.stack,
      location: hook.location,
      file: hook.file,
    })),
  ];
  if (failing.length > 0) {
    lines.push('### Failures and errors', '');
    // Escaping can grow text sixfold (`<` is `&lt;`), so the details also stop at a size budget.
    let size = lines.reduce((total, line) => total + line.length + 1, 0);
    let shown = 0;
    for (const item of failing.slice(0, MAX_FAILURES)) {
      const rendered = renderFailing(item);
      const renderedSize = rendered.reduce((total, line) => total + line.length + 1, 0);
      if (size + renderedSize > MAX_DETAILS_SIZE) break;
      lines.push(...rendered);
      size += renderedSize;
      shown += 1;
    }
    if (shown < failing.length) {
      lines.push(
        `… and ${failing.length - shown} more failing tests or hooks (see the JSON report).`,
        '',
      );
    }
  }

  const where = [
    report.run.shard ? `shard ${report.run.shard.index}/${report.run.shard.total}` : undefined,
    `${report.run.spec_files.length} spec file${report.run.spec_files.length === 1 ? '' : 's'}`,
    report.run.grep !== undefined ? `grep ${escapeMarkdown(report.run.grep)}` : undefined,
    `report ${escapeMarkdown(report.timestamp)}`,
  ].filter((part) => part !== undefined);
  lines.push(`<sub>${where.join(' · ')}</sub>`, '');
  return lines.join('\n');
}
