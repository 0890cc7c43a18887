import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReportReadError } from '../core/errors.js';
import type { TestState } from '../results/types.js';

/**
 * Reading the JUnit XML that test runners write (pytest `--junitxml`, go-junit-report /
 * gotestsum, jest-junit, mocha-junit-reporter, Maven surefire...). There is no one JUnit
 * schema, so this reads the common core: `<testsuites>` or `<testsuite>` at the root, suites
 * nested to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`.
 */

/** One `<testcase>` and what became of it. */
export interface JUnitCase {
  /** The `name` attribute. */
  name: string;
  /** The `classname` attribute ('' when absent): pytest's `module.Class`, go's package... */
  classname: string;
  /** The `name`s of the enclosing `<testsuite>` elements, outermost first. */
  suites: string[];
  /** The testcase's `file` attribute, else the nearest enclosing suite's; null when none says. */
  file: string | null;
  /** 1-based line of the test, when the producer says (pytest's xunit1 `line`). */
  line: number | null;
  /** `failed` for `<failure>`, `error` for `<error>`, `skipped` for `<skipped>`, else `passed`. */
  state: TestState;
  /** Seconds, from the `time` attribute (0 when absent or unreadable). */
  duration: number;
  /** For failed, error and skipped: the `message` attribute, else the first line of the text. */
  message?: string;
  /** For failed and error: the element's text (the runner's traceback or stack). */
  stack?: string;
}

/** One JUnit XML file, read. */
export interface ParsedSuite {
  /** The file it was read from, as given to `parseJUnit`. */
  file: string;
  /** Every `<testcase>`, in document order. */
  tests: JUnitCase[];
}

/** Elements that may repeat; the parser makes them arrays even when there is only one. */
const REPEATED = new Set(['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Attribute values stay strings: a test named "1e3" or "true" keeps its name.
  parseAttributeValue: false,
  parseTagValue: false,
  textNodeName: '#text',
  // Tracebacks keep their indentation.
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;

function asNode(value: unknown): XmlNode {
  // `<skipped/>` parses to '' and text-only elements to a string: give both one shape.
  if (typeof value === 'string') return { '#text': value };
  return value !== null && typeof value === 'object' ? (value as XmlNode) : {};
}

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? value.map(asNode) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

function text(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

function seconds(value: string | undefined): number {
  // Some producers write thousands separators ("1,234.5"); none writes a decimal comma.
  const number = Number((value ?? '').replace(/,/g, ''));
  return Number.isFinite(number) && number >= 0 ? number : 0;
}

/** The `message` attribute, else the first non-empty line of the text. */
function messageOf(element: XmlNode): string | undefined {
  const message = attribute(element, 'message')?.trim();
  if (message) return message;
  return (
    text(element)
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? undefined
  );
}

function readCase(
  testcase: XmlNode,
  suites: string[],
  suiteFile: string | null,
  pytest: boolean,
): JUnitCase {
  const failures = children(testcase, 'failure');
  const errors = children(testcase, 'error');
  const skipped = children(testcase, 'skipped');
  // A failed assertion followed by a failing teardown (pytest writes both on one testcase) is one
  // failed test: the test's own outcome wins, and the error's text is kept beside it.
  const problems = [...failures, ...errors];
  const state: TestState =
    failures.length > 0
      ? 'failed'
      : errors.length > 0
        ? 'error'
        : skipped.length > 0
          ? 'skipped'
          : 'passed';

  const lineText = attribute(testcase, 'line');
  const lineNumber =
    lineText !== undefined && /^\d+$/.test(lineText.trim()) ? Number(lineText) : null;
  const record: JUnitCase = {
    name: attribute(testcase, 'name') ?? '',
    classname: attribute(testcase, 'classname') ?? '',
    suites,
    file: attribute(testcase, 'file') ?? suiteFile,
    // pytest writes its 0-based `item.location` line; everyone else counts from 1.
    line: lineNumber === null ? null : pytest ? lineNumber + 1 : lineNumber,
    state,
    duration: seconds(attribute(testcase, 'time')),
  };
  if (state === 'skipped') {
    const message = messageOf(skipped[0]);
    if (message) record.message = message;
  } else if (problems.length > 0) {
    const messages = problems
      .map(messageOf)
      .filter((message): message is string => message !== undefined);
    if (messages.length > 0) record.message = messages.join('\n');
    const stacks = problems.map(text).filter((stack) => stack !== '');
    if (stacks.length > 0) record.stack = stacks.join('\n\n');
  }
  return record;
}

function walkSuite(
  suite: XmlNode,
  outer: string[],
  outerFile: string | null,
  pytest: boolean,
  into: JUnitCase[],
): void {
  const name = attribute(suite, 'name');
  const path = name !== undefined && name !== '' ? [...outer, name] : outer;
  const file = attribute(suite, 'file') ?? attribute(suite, 'filepath') ?? outerFile;
  const isPytest = pytest || name === 'pytest';
  for (const testcase of children(suite, 'testcase'))
    into.push(readCase(testcase, path, file, isPytest));
  for (const nested of children(suite, 'testsuite')) walkSuite(nested, path, file, isPytest, into);
  // Some producers wrap groups of suites in a nested <testsuites>.
  for (const group of children(suite, 'testsuites')) walkSuite(group, path, file, isPytest, into);
}

/**
 * Reads one JUnit XML document. `file` names it in errors and in the result.
 *
 * Throws `ReportReadError(file, reason)` when the text is not well-formed XML (with the line
 * and column of the first fault) or its root is neither `<testsuites>` nor `<testsuite>`. A
 * file with no `<testcase>` at all is returned with no tests: deciding that this is a problem
 * is the caller's business.
 */
export function parseJUnit(xml: string, file: string): ParsedSuite {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ReportReadError(
      file,
      `it is not well-formed XML (line ${line}, column ${col}: ${msg})`,
    );
  }
  const document = asNode(parser.parse(xml));
  const roots = Object.keys(document).filter((key) => !key.startsWith('?') && key !== '#text');
  const root = roots[0];
  if (root !== 'testsuites' && root !== 'testsuite') {
    const found = root === undefined ? 'no root element' : `the root element <${root}>`;
    throw new ReportReadError(
      file,
      `it is not JUnit XML: it has ${found}, not <testsuites> or <testsuite>`,
    );
  }
  const tests: JUnitCase[] = [];
  // `isArray` made the root an array too; a document has one root element.
  for (const top of children(document, root)) {
    if (root === 'testsuites') {
      // The <testsuites> element's own name (jest-junit: "jest tests") is a report title, not a suite.
      for (const suite of children(top, 'testsuite')) walkSuite(suite, [], null, false, tests);
      for (const testcase of children(top, 'testcase'))
        tests.push(readCase(testcase, [], null, false));
    } else {
      walkSuite(top, [], null, false, tests);
    }
  }
  return { file, tests };
}
