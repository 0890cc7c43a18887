import type { Category, SourceLocation } from '../common/records.js';
import { shownFrames } from '../common/stack-frames.js';
import { CATEGORY_NAMES, failingItems, type FailingItem } from './failing.js';
import type { CategoryResult, VerificationReport } from '../common/report.js';

/** How each kind of failing item is headed. */
const KIND_LABELS: Record<FailingItem['kind'], string> = {
  failed: 'Failed',
  error: 'Error',
  hook: 'After hook failed',
};

/**
 * The summary as plain text, for the CLI's terminal: the same content as the Markdown job
 * summary (headline, reasons, a table per category, each failure with file:line, message,
 * differences and stack frames) without Markdown or HTML escapes. Control characters from the
 * suites' text are replaced, so no escape sequence of theirs reaches the terminal.
 */

/** Failing tests and hooks shown in detail; the rest are counted (the JSON report has them all). */
const MAX_FAILURES = 50;
/** Comparator differences shown per failure when the message does not list them. */
const MAX_DIFFERENCES = 10;
/** Characters of a message shown. */
const MAX_MESSAGE = 2000;
/** Stack frames shown. */
const MAX_FRAMES = 8;

/** Text from the suites, safe for a terminal: control characters (ESC included) become U+FFFD. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function truncate(text: string, max: number): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${text.length - max} more characters in the report)`;
}

/** Every line of `text` indented by `indent`. */
function indented(text: string, indent: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `${indent}${line}`);
}

function place(location: SourceLocation | undefined, file: string | null): string {
  if (location) return `${location.file}:${location.line}`;
  return file ?? 'unknown file';
}

function seconds(value: number): string {
  return `${Number(value.toFixed(3))}`;
}

function statusText(result: CategoryResult): string {
  if (result.tests === 0) return 'no tests';
  return result.status === 'passed' ? 'passed' : 'FAILED';
}

/** Columns padded to their widest cell; text left-aligned, numbers right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
}

function renderFailing(item: FailingItem): string[] {
  const message = truncate(clean(item.message), MAX_MESSAGE);
  const lines = [
    `${KIND_LABELS[item.kind]}: ${clean(item.title)}`,
    `  at ${clean(place(item.location, item.file))}`,
    ...indented(message, '  '),
  ];
  // The library's assertions list the differences in the message already: show them once.
  const differences = item.differences ?? [];
  if (
    differences.length > 0 &&
    !differences
      .slice(0, MAX_DIFFERENCES)
      .every((difference) => message.includes(clean(difference.message)))
  ) {
    lines.push(`  ${differences.length} difference${differences.length === 1 ? '' : 's'}:`);
    for (const difference of differences.slice(0, MAX_DIFFERENCES))
      lines.push(
        `    ${clean(difference.path)} (${difference.kind}): ${clean(difference.message)}`,
      );
    if (differences.length > MAX_DIFFERENCES)
      lines.push(`    … and ${differences.length - MAX_DIFFERENCES} more (see the JSON report)`);
  }
  // The suites' own frames: the stack's first lines repeat the message shown above.
  const { frames, hidden } = shownFrames(item.stack);
  for (const frame of frames.slice(0, MAX_FRAMES)) lines.push(`    ${clean(frame)}`);
  const more = frames.length - Math.min(frames.length, MAX_FRAMES) + hidden;
  if (more > 0)
    lines.push(
      `    … ${more} more frame${more === 1 ? '' : 's'} (node_modules, Node) in the report`,
    );
  lines.push('');
  return lines;
}

/**
 * Renders the report as plain text for a terminal: headline, the gate's reasons when it failed,
 * a table with a row per category and overall, then each failing test, erroring test and failing
 * after-hook with file:line, its message, the differences its message does not list, and the
 * first stack frames.
 */
export function renderText(report: VerificationReport): string {
  const passed = report.overall.status === 'passed';
  const lines: string[] = [
    `${passed ? '✅' : '❌'} Migration verification ${passed ? 'passed' : 'failed'}: ` +
      `${clean(report.service)} ${clean(report.old_version)} → ${clean(report.new_version)}`,
    '',
  ];
  if (report.overall.reasons.length > 0) {
    lines.push(
      'The deploy gate failed because:',
      ...report.overall.reasons.map((reason) => `  - ${clean(reason)}`),
      '',
    );
  }
  const row = (name: string, result: CategoryResult) => [
    name,
    statusText(result),
    ...[
      result.tests,
      result.passed,
      result.failures,
      result.errors,
      result.skipped,
      result.hook_failures,
    ].map(String),
    seconds(result.time),
  ];
  lines.push(
    ...table([
      [
        'Category',
        'Status',
        'Tests',
        'Passed',
        'Failures',
        'Errors',
        'Skipped',
        'Hook failures',
        'Time (s)',
      ],
      ...(Object.keys(report.results) as Category[]).map((category) =>
        row(CATEGORY_NAMES[category] ?? clean(category), report.results[category]!),
      ),
      row('Overall', report.overall),
    ]),
    '',
  );

  const failing = failingItems(report);
  if (failing.length > 0) {
    lines.push('Failures and errors:', '');
    for (const item of failing.slice(0, MAX_FAILURES)) lines.push(...renderFailing(item));
    if (failing.length > MAX_FAILURES)
      lines.push(
        `… and ${failing.length - MAX_FAILURES} more failing tests or hooks (see the JSON report).`,
        '',
      );
  }
  return lines.join('\n');
}
