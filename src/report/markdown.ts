import type { Category, Difference, SourceLocation } from '../common/records.js';
import { escapeMarkdown } from './escape.js';
import { renderMigrations } from './migrations.js';
import { shownFrames } from '../common/stack-frames.js';
import { CATEGORY_NAMES, failingItems, type FailingItem } from './failing.js';
import type { CategoryResult, VerificationReport } from '../common/report.js';

/** How each kind of failing item is headed. */
const KIND_LABELS: Record<FailingItem['kind'], string> = {
  failed: '❌ Failed',
  error: '💥 Error',
  hook: '💥 After hook failed',
};

export { escapeMarkdown };

/**
 * The Markdown summary beside the JSON report; the action writes it to the job summary. All
 * text that comes from the suites (titles, messages, stacks, file names, differences) or from
 * the inputs is escaped here: `core.summary.addRaw` writes it as it is.
 */

/**
 * The summary's size at most, in bytes of UTF-8 (what GitHub counts): GitHub shows nothing of a
 * step summary over 1 MiB. 900 KiB leaves room for a note written before it (the action's "could
 * not be written") and for anything else a step adds.
 */
export const MAX_SUMMARY_BYTES = 900 * 1024;
/** Failing tests and hooks shown in detail; the rest are counted (the JSON report has them all). */
const MAX_FAILURES = 50;
/** Comparator differences shown per failure. */
const MAX_DIFFERENCES = 10;
/** Characters of a message shown. */
const MAX_MESSAGE = 2000;
/** Characters of a test's title, a reason, a difference's message shown. */
const MAX_TITLE = 500;
const MAX_REASON = 2000;
const MAX_DIFFERENCE = 500;
/** Characters of a service name, a version, a category name, the grep shown. */
const MAX_NAME = 200;
/** Bytes the gate's reasons may take at most; the rest are counted. */
const MAX_REASONS_BYTES = 100 * 1024;
/** Bytes kept for what closes the summary (the note on what was left out, the footer). */
const CLOSING_BYTES = 4 * 1024;
/** Stack lines shown. */
const MAX_STACK_LINES = 15;

/**
 * Shortens text to `max` characters (never inside a surrogate pair), saying how much was cut.
 * Done before escaping, so no entity is cut.
 */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters in the report)`;
}

/** Bytes of `lines` joined by newlines, as they will be written. */
function bytesOf(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0);
}

/** Where the whole report is, when the options do not say: the Markdown file sits beside it. */
const BESIDE = 'the JSON report beside this summary (also in the artifact, when one was uploaded)';

/** How {@link renderMarkdown} fits GitHub's limits. */
export interface MarkdownOptions {
  /** The summary's size at most, in bytes of UTF-8; default {@link MAX_SUMMARY_BYTES}. */
  maxBytes?: number;
  /** Where the whole report is, named where something was left out (`verification-report.json in the workspace and in the artifact x`). */
  fullReport?: string;
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
        `- <code>${escapeMarkdown(truncate(difference.path, MAX_TITLE))}</code> (${escapeMarkdown(truncate(difference.kind, MAX_NAME))}): ${escapeMarkdown(truncate(difference.message, MAX_DIFFERENCE))}`,
    );
  if (differences.length > MAX_DIFFERENCES) {
    lines.push(
      `- … and ${differences.length - MAX_DIFFERENCES} more differences (see the JSON report)`,
    );
  }
  return lines;
}

function renderFailing(item: FailingItem): string[] {
  const lines = [
    `#### ${KIND_LABELS[item.kind]}: ${escapeMarkdown(truncate(item.title, MAX_TITLE))}`,
    '',
    `at <code>${escapeMarkdown(truncate(place(item.location, item.file), MAX_TITLE))}</code>`,
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
 * (the first few, with a count of the rest). Every piece of user text is escaped, and cut with
 * a note when long. The whole stays under `options.maxBytes` bytes of UTF-8 (GitHub shows
 * nothing of a summary over 1 MiB): what did not fit is counted, naming `options.fullReport`.
 */
export function renderMarkdown(report: VerificationReport, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const fullReport = options.fullReport ?? BESIDE;
  const name = (text: string) => escapeMarkdown(truncate(text, MAX_NAME));
  const passed = report.overall.status === 'passed';
  const lines: string[] = [
    `## ${passed ? '✅' : '❌'} Migration verification ${passed ? 'passed' : 'failed'}: ` +
      `${name(report.service)} ${name(report.old_version)} → ${name(report.new_version)}`,
    '',
  ];
  if (report.overall.reasons.length > 0) {
    lines.push('The deploy gate failed because:', '');
    let size = 0;
    let shown = 0;
    for (const reason of report.overall.reasons) {
      const line = `- ${escapeMarkdown(truncate(reason, MAX_REASON))}`;
      size += Buffer.byteLength(line) + 1;
      if (size > MAX_REASONS_BYTES) break;
      lines.push(line);
      shown += 1;
    }
    if (shown < report.overall.reasons.length)
      lines.push(
        `- … and ${report.overall.reasons.length - shown} more reasons, in ${escapeMarkdown(fullReport)}`,
      );
    lines.push('');
  }

  lines.push(
    '| Category | Status | Tests | Passed | Failures | Errors | Skipped | Hook failures | Time (s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const category of Object.keys(report.results) as Category[]) {
    lines.push(resultRow(CATEGORY_NAMES[category] ?? name(category), report.results[category]!));
  }
  lines.push(
    resultRow('**Overall**', report.overall).replace(
      /➖ no tests|✅ passed|❌ failed/,
      (cell) => `**${cell}**`,
    ),
    '',
  );

  if (report.migrations) lines.push(...renderMigrations(report.migrations));

  const failing = failingItems(report);
  if (failing.length > 0) {
    lines.push('### Failures and errors', '');
    // Escaping can grow text sixfold (`<` is `&lt;`) and a character take four bytes, so the
    // details stop at a budget in bytes, keeping room for the closing lines.
    const budget = maxBytes - CLOSING_BYTES;
    let size = bytesOf(lines);
    let shown = 0;
    for (const item of failing.slice(0, MAX_FAILURES)) {
      const rendered = renderFailing(item);
      const renderedSize = bytesOf(rendered);
      if (size + renderedSize > budget) break;
      lines.push(...rendered);
      size += renderedSize;
      shown += 1;
    }
    if (shown < failing.length) {
      const why =
        shown < Math.min(failing.length, MAX_FAILURES)
          ? `this summary stays under ${Math.floor(maxBytes / 1024)} KiB, as GitHub shows nothing of a step summary over 1 MiB`
          : `this summary shows the first ${MAX_FAILURES}`;
      lines.push(
        `… and ${failing.length - shown} more failing tests or hooks, not shown here (${why}): every one is in ${escapeMarkdown(fullReport)}.`,
        '',
      );
    }
  }

  const where = [
    report.run.shard ? `shard ${report.run.shard.index}/${report.run.shard.total}` : undefined,
    `${report.run.spec_files.length} spec file${report.run.spec_files.length === 1 ? '' : 's'}`,
    report.run.grep !== undefined ? `grep ${name(report.run.grep)}` : undefined,
    `report ${name(report.timestamp)}`,
  ].filter((part) => part !== undefined);
  lines.push(`<sub>${where.join(' · ')}</sub>`, '');
  const markdown = lines.join('\n');
  // Only a `maxBytes` smaller than the headline, the reasons and the table can get here.
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const note = `\n\n… cut at ${maxBytes} bytes: the whole report is in ${escapeMarkdown(fullReport)}.\n`;
  return `${Buffer.from(markdown)
    .subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note)))
    .toString('utf8')
    .replace(/\uFFFD$/, '')}${note}`;
}
