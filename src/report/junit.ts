import { categoryKey } from '../results/counting.js';
import type { Category, Difference, HookFailure, TestRecord } from '../common/records.js';
import type { VerificationReport } from '../common/report.js';

/**
 * The JUnit XML file beside the JSON report, for the many tools that read JUnit (test
 * reporters, dashboards, other CI systems). The JSON report stays the source of truth.
 */

/** Comparator differences written into one failure's text; the JSON report keeps them all. */
const MAX_DIFFERENCES = 50;

/**
 * Code points XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, newline and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. A parser stops at the first one, so a
 * test title with a NUL would otherwise make the whole file unreadable.
 */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces each forbidden code point with a visible `\uXXXX`, so the reader still sees it was there. */
function legalXml(text: string): string {
  return text.replace(
    ILLEGAL_XML,
    (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

/**
 * Escapes element text. Every `>` is escaped too, so `]]>` (forbidden in text) cannot occur;
 * we escape instead of using CDATA because a CDATA section cannot hold `]]>` at all.
 */
export function escapeXmlText(text: string): string {
  return legalXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes an attribute value (double-quoted). Tabs and line breaks become character
 * references, because a parser turns literal ones in attributes into plain spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `name="value"` pairs, leaving out absent values. */
function attributes(pairs: Record<string, string | number | null | undefined>): string {
  return Object.entries(pairs)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

/** The suite path of a test (its titles without its own), as JUnit's `classname`. */
function classname(titlePath: readonly string[], fallback: string): string {
  const suites = titlePath.slice(0, -1).filter((title) => title !== '');
  return suites.length > 0 ? suites.join(' > ') : fallback;
}

function describeDifference(difference: Difference): string {
  return `- ${difference.path} (${difference.kind}): ${difference.message}`;
}

/** The body of a `<failure>` or `<error>`: where, the stack, and the comparator's differences. */
function failureText(
  item: { message?: string; stack?: string; location?: { file: string; line: number } },
  differences?: Difference[],
): string {
  const parts: string[] = [];
  if (item.location) parts.push(`at ${item.location.file}:${item.location.line}`);
  // A stack usually starts with the message; when it does not (a test blocked by a hook carries
  // the hook's message), both are written so neither is lost.
  const message = item.message ?? '';
  const stack = item.stack ?? '';
  parts.push(stack.includes(message) ? stack : `${message}\n${stack}`.trim());
  if (differences && differences.length > 0) {
    const shown = differences.slice(0, MAX_DIFFERENCES).map(describeDifference);
    if (differences.length > MAX_DIFFERENCES) {
      shown.push(
        `... and ${differences.length - MAX_DIFFERENCES} more differences (see the JSON report)`,
      );
    }
    parts.push(`Differences (${differences.length}):\n${shown.join('\n')}`);
  }
  return parts.filter((part) => part !== '').join('\n\n');
}

function renderTestCase(test: TestRecord, category: Category): string {
  const head = `    <testcase${attributes({
    name: test.title_path.at(-1) ?? test.full_title,
    classname: classname(test.title_path, category),
    file: test.file,
    time: test.duration,
  })}`;
  switch (test.state) {
    case 'passed':
      return `${head}/>`;
    case 'skipped':
      return `${head}>\n      <skipped/>\n    </testcase>`;
    case 'failed':
      return (
        `${head}>\n      <failure${attributes({ message: test.message ?? 'failed', type: 'AssertionError' })}>` +
        `${escapeXmlText(failureText(test, test.differences))}</failure>\n    </testcase>`
      );
    default:
      // `error`, and any state the counting rules do not know, which they count as an error.
      return (
        `${head}>\n      <error${attributes({ message: test.message ?? `no known outcome (${String(test.state)})`, type: 'Error' })}>` +
        `${escapeXmlText(failureText(test, test.differences))}</error>\n    </testcase>`
      );
  }
}

function renderHookFailure(hook: HookFailure, category: Category): string {
  const suites = hook.full_title.endsWith(hook.title)
    ? hook.full_title.slice(0, -hook.title.length).trim()
    : '';
  return (
    `    <testcase${attributes({ name: hook.title, classname: suites || category, file: hook.file, time: 0 })}>\n` +
    `      <error${attributes({ message: hook.message, type: 'HookFailure' })}>${escapeXmlText(failureText(hook))}</error>\n` +
    `    </testcase>`
  );
}

/**
 * Renders the report as JUnit XML: one `<testsuite>` per category of `results` (the three
 * always, `other` when present), a `<testcase name classname file time>` per test with
 * `<failure>`, `<error>` or `<skipped/>`. A failing after-hook has no test of its own, so it is
 * written as an extra `<testcase>` holding an `<error>`; the suite's `tests` and `errors`
 * attributes include these, so readers that trust the attributes and readers that count the
 * elements agree (the JSON report counts them apart, in `hook_failures`).
 */
export function renderJUnit(report: VerificationReport): string {
  return [...renderJUnitChunks(report)].join('');
}

/**
 * {@link renderJUnit}'s text in pieces (a test case each), for writing a report of a million
 * tests without building one string of hundreds of megabytes. Joined, the pieces are exactly
 * `renderJUnit`'s text.
 */
export function* renderJUnitChunks(report: VerificationReport): Generator<string> {
  const groups = (Object.keys(report.results) as Category[]).map((category) => ({
    category,
    result: report.results[category]!,
    tests: report.tests.filter((test) => categoryKey(test.category) === category),
    hooks: report.hook_failures.filter((hook) => categoryKey(hook.category) === category),
  }));
  let totalTests = 0;
  let totalErrors = 0;
  for (const { result, hooks } of groups) {
    totalTests += result.tests + hooks.length;
    totalErrors += result.errors + hooks.length;
  }
  const root = `<testsuites${attributes({
    name: `${report.service} ${report.old_version} -> ${report.new_version}`,
    tests: totalTests,
    failures: report.overall.failures,
    errors: totalErrors,
    skipped: report.overall.skipped,
    time: report.overall.time,
    timestamp: report.timestamp,
  })}>`;
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- verify-migration report. A failing after/afterEach hook is written as an extra testcase with an error,',
    "     counted in its testsuite's tests and errors; the JSON report counts it apart, in hook_failures. -->",
    root,
    '',
  ].join('\n');
  for (const { category, result, tests, hooks } of groups) {
    const open = `  <testsuite${attributes({
      name: category,
      tests: result.tests + hooks.length,
      failures: result.failures,
      errors: result.errors + hooks.length,
      skipped: result.skipped,
      time: result.time,
      timestamp: report.timestamp,
    })}`;
    if (tests.length === 0 && hooks.length === 0) {
      yield `${open}/>\n`;
      continue;
    }
    yield `${open}>\n`;
    for (const test of tests) yield `${renderTestCase(test, category)}\n`;
    for (const hook of hooks) yield `${renderHookFailure(hook, category)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
