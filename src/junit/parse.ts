import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReportReadError } from '../common/errors.js';
import type { TestState } from '../common/records.js';

/**
 * Reading the JUnit XML that test runners write (pytest `--junitxml`, go-junit-report /
 * gotestsum, jest-junit, mocha-junit-reporter, Maven surefire...). There is no one JUnit
 * schema, so this reads the common core: `<testsuites>` or `<testsuite>` at the root, suites
 * nested to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`.
 *
 * The XML is read as a stream (saxes, a strict, non-validating XML parser that never expands an
 * entity it was not given): a report of a million tests is never held whole in memory, neither as
 * text nor as a tree, and only the text of `<failure>`, `<error>` and `<skipped>` is kept.
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

/**
 * A `<testsuite>` (or `<testsuites>`) whose `tests`, `failures` or `errors` attribute declares
 * more than the `<testcase>` elements inside it show: the file was cut short or edited.
 */
export interface CountMismatch {
  /** `<testsuite name="x">`, or `<testsuites>` for an unnamed one: where the attribute is. */
  suite: string;
  /** The attribute that declares more. */
  attribute: 'tests' | 'failures' | 'errors';
  /** What the attribute says. */
  declared: number;
  /**
   * What the suite's test cases (its nested suites' included) show: for `tests` how many there
   * are, for `failures` and `errors` how many failed or errored (producers split the two
   * differently, so either is held against both).
   */
  shown: number;
}

/** One JUnit XML file, read. */
export interface ParsedSuite {
  /** The file it was read from, as given to `parseJUnit`. */
  file: string;
  /** Every `<testcase>`, in document order. */
  tests: JUnitCase[];
  /** The suites whose declared counts exceed their test cases, in document order. */
  mismatches: CountMismatch[];
}

/** What `readJUnitFile` returns: the cases went to its callback, one by one. */
export interface StreamedSuite {
  /** The file, as given. */
  file: string;
  /** How many `<testcase>` elements were passed to the callback. */
  tests: number;
  /** The suites whose declared counts exceed their test cases, in document order. */
  mismatches: CountMismatch[];
}

/**
 * Elements nested deeper than this are refused: no producer nests suites that deep, and a
 * hostile file could otherwise make every frame of the stack below cost memory.
 */
export const MAX_JUNIT_DEPTH = 256;

/**
 * Counts a suite's cases show, its nested suites' included. Producers split failures and errors
 * their own ways (mocha's xunit declares its failures as `errors`; pytest counts a failed test
 * whose teardown errored in both), so either attribute is held against every case that failed or
 * errored.
 */
interface Shown {
  tests: number;
  failing: number;
}

type Attributes = Record<string, string>;

/** What an open element is to the reading: each kind knows only what it needs. */
type Frame =
  | {
      kind: 'suite';
      path: string[];
      file: string | null;
      pytest: boolean;
      label: string;
      attributes: Attributes;
      shown: Shown;
    }
  | {
      kind: 'case';
      attributes: Attributes;
      suite: { path: string[]; file: string | null; pytest: boolean } | null;
      failures: Problem[];
      errors: Problem[];
      skipped: Problem[];
    }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'ignored' };

/** A `<failure>`, `<error>` or `<skipped>`: its message attribute and its text (CDATA included). */
interface Problem {
  message: string | undefined;
  text: string;
}

function seconds(value: string | undefined): number {
  // Some producers write thousands separators ("1,234.5"); none writes a decimal comma.
  const number = Number((value ?? '').replace(/,/g, ''));
  return Number.isFinite(number) && number >= 0 ? number : 0;
}

/** The `message` attribute, else the first non-empty line of the text. */
function messageOf(problem: Problem): string | undefined {
  const message = problem.message?.trim();
  if (message) return message;
  return (
    problem.text
      .trim()
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? undefined
  );
}

/** A whole-number count attribute, or undefined when absent or not a plain number. */
function declaredCount(value: string | undefined): number | undefined {
  const text = value?.trim();
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/**
 * A copy of `text` that holds nothing of the chunk it was read from. The parser's strings are
 * slices of its input chunks, and V8 keeps a whole chunk alive for the smallest slice: a million
 * kept names would keep the whole document in memory.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Strings that repeat across test cases (class names, files), detached once and shared. */
function sharedStrings(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      kept = detached(text);
      // Bounded: a file whose every case has its own class name gains nothing from the map.
      if (seen.size < 100_000) seen.set(kept, kept);
    }
    return kept;
  };
}

function readCase(
  frame: Extract<Frame, { kind: 'case' }>,
  shared: (text: string) => string,
): JUnitCase {
  const { attributes, failures, errors, skipped } = frame;
  const suites = frame.suite?.path ?? [];
  const pytest = frame.suite?.pytest ?? false;
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

  const lineText = attributes.line;
  const lineNumber =
    lineText !== undefined && /^\d+$/.test(lineText.trim()) ? Number(lineText) : null;
  const record: JUnitCase = {
    name: detached(attributes.name ?? ''),
    classname: shared(attributes.classname ?? ''),
    suites,
    file: attributes.file !== undefined ? shared(attributes.file) : (frame.suite?.file ?? null),
    // pytest writes its 0-based `item.location` line; everyone else counts from 1.
    line: lineNumber === null ? null : pytest ? lineNumber + 1 : lineNumber,
    state,
    duration: seconds(attributes.time),
  };
  if (state === 'skipped') {
    const message = messageOf(skipped[0]);
    if (message) record.message = detached(message);
  } else if (problems.length > 0) {
    const messages = problems
      .map(messageOf)
      .filter((message): message is string => message !== undefined);
    if (messages.length > 0) record.message = detached(messages.join('\n'));
    const stacks = problems.map((problem) => problem.text.trim()).filter((stack) => stack !== '');
    if (stacks.length > 0) record.stack = detached(stacks.join('\n\n'));
  }
  return record;
}

/**
 * A push parser for one JUnit document: `write` its text in chunks of any size, then `close`.
 * Each `<testcase>` goes to `onCase` when its end tag is read. Throws `ReportReadError(file, ...)`
 * from `write` or `close` when the text is not well-formed XML (with the line and column of the
 * first fault), declares a DOCTYPE with an internal subset (where entities are declared: none is
 * ever expanded), refers to an entity other than XML's five, nests deeper than
 * {@link MAX_JUNIT_DEPTH}, or has a root that is neither `<testsuites>` nor `<testsuite>`.
 */
export function createJUnitParser(
  file: string,
  onCase: (test: JUnitCase) => void,
): { write(chunk: string): void; close(): Omit<StreamedSuite, 'file'> } {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const stack: Frame[] = [];
  const mismatches: CountMismatch[] = [];
  let tests = 0;
  let sawRoot = false;
  const shared = sharedStrings();
  const suiteFile = (attributes: Attributes, outer: string | null): string | null => {
    const own = attributes.file ?? attributes.filepath;
    return own === undefined ? outer : shared(own);
  };

  const refuse = (reason: string): never => {
    throw new ReportReadError(file, reason);
  };
  parser.on('error', (error) => {
    // saxes prefixes its message with "line:column: "; say it as the other messages do.
    const message = error.message.replace(/^\d+:\d+: /, '');
    refuse(`it is not well-formed XML (line ${parser.line}, column ${parser.column}: ${message})`);
  });
  parser.on('doctype', (doctype) => {
    if (doctype.includes('['))
      refuse(
        `it declares a DOCTYPE with an internal subset (line ${parser.line}): entities are never ` +
          'expanded and external ones never read, so JUnit XML must not need them',
      );
  });

  const text = (chunk: string): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'problem') top.problem.text += chunk;
  };
  parser.on('text', text);
  parser.on('cdata', text);

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = stack[stack.length - 1];
    const attributes = tag.attributes as Attributes;
    if (stack.length >= MAX_JUNIT_DEPTH)
      refuse(
        `its elements nest deeper than ${MAX_JUNIT_DEPTH} levels (line ${parser.line}): no JUnit producer nests suites that deep`,
      );
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'testsuites' && tag.name !== 'testsuite')
        refuse(
          `it is not JUnit XML: it has the root element <${tag.name}>, not <testsuites> or <testsuite>`,
        );
    }
    if (parent === undefined || parent.kind === 'suite') {
      if (tag.name === 'testsuite' || tag.name === 'testsuites') {
        const name = attributes.name;
        // The root <testsuites> is a report, not a suite: its name (jest-junit: "jest tests") is
        // a title, and nothing below inherits its file.
        const report = parent === undefined && tag.name === 'testsuites';
        const titled = name !== undefined && name !== '' && !report;
        stack.push({
          kind: 'suite',
          path: titled ? [...(parent?.path ?? []), shared(name)] : (parent?.path ?? []),
          file: report ? null : suiteFile(attributes, parent?.file ?? null),
          pytest: !report && ((parent?.pytest ?? false) || name === 'pytest'),
          label:
            name !== undefined && name !== ''
              ? // A name is shown, not kept whole: a hostile one could be megabytes.
                `<${tag.name} name=${JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}...` : name)}>`
              : `<${tag.name}>`,
          attributes,
          shown: { tests: 0, failing: 0 },
        });
        return;
      }
      if (tag.name === 'testcase') {
        stack.push({
          kind: 'case',
          attributes,
          suite: parent ?? null,
          failures: [],
          errors: [],
          skipped: [],
        });
        return;
      }
    }
    if (parent?.kind === 'case') {
      const problem: Problem = { message: attributes.message, text: '' };
      if (tag.name === 'failure') parent.failures.push(problem);
      else if (tag.name === 'error') parent.errors.push(problem);
      else if (tag.name === 'skipped') parent.skipped.push(problem);
      else {
        stack.push({ kind: 'ignored' });
        return;
      }
      stack.push({ kind: 'problem', problem });
      return;
    }
    stack.push({ kind: 'ignored' });
  });

  parser.on('closetag', () => {
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame?.kind === 'case') {
      tests += 1;
      onCase(readCase(frame, shared));
      if (parent?.kind === 'suite') {
        parent.shown.tests += 1;
        if (frame.failures.length > 0 || frame.errors.length > 0) parent.shown.failing += 1;
      }
    } else if (frame?.kind === 'suite') {
      for (const attribute of ['tests', 'failures', 'errors'] as const) {
        const declared = declaredCount(frame.attributes[attribute]);
        const shown = attribute === 'tests' ? frame.shown.tests : frame.shown.failing;
        if (declared !== undefined && declared > shown)
          mismatches.push({ suite: frame.label, attribute, declared, shown });
      }
      if (parent?.kind === 'suite') {
        parent.shown.tests += frame.shown.tests;
        parent.shown.failing += frame.shown.failing;
      }
    }
  });

  return {
    write(chunk: string) {
      parser.write(chunk);
    },
    close() {
      parser.close();
      if (!sawRoot)
        refuse('it is not JUnit XML: it has no root element, not <testsuites> or <testsuite>');
      return { tests, mismatches };
    },
  };
}

/**
 * Reads one JUnit XML document held in a string. `file` names it in errors and in the result.
 *
 * Throws `ReportReadError(file, reason)` as {@link createJUnitParser} says. A file with no
 * `<testcase>` at all is returned with no tests: deciding that this is a problem is the
 * caller's business.
 */
export function parseJUnit(xml: string, file: string): ParsedSuite {
  const tests: JUnitCase[] = [];
  const parser = createJUnitParser(file, (test) => tests.push(test));
  parser.write(xml);
  const { mismatches } = parser.close();
  return { file, tests, mismatches };
}

/**
 * Reads the JUnit XML file at `path` as a stream, passing each `<testcase>` to `onCase` as it is
 * read, so that memory holds one chunk of the text and the caller's records, never the document.
 * `file` names it in errors and in the result. Throws `ReportReadError(file, reason)` as
 * {@link createJUnitParser} says, for a file that cannot be read, and for one that is not a
 * regular file (a FIFO, reached through a link, would otherwise be waited on forever).
 */
export async function readJUnitFile(
  path: string,
  file: string,
  onCase: (test: JUnitCase) => void,
): Promise<StreamedSuite> {
  const parser = createJUnitParser(file, onCase);
  let handle;
  try {
    // Non-blocking, so that a FIFO (a link to one matches a glob) is refused, not waited on.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const what = stats.isFIFO()
        ? 'a FIFO (named pipe)'
        : stats.isDirectory()
          ? 'a folder'
          : 'a device or socket';
      throw new ReportReadError(file, `it is ${what}, not a regular file`);
    }
  } catch (error) {
    await handle?.close();
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError(file, `it cannot be read: ${(error as Error).message}`);
  }
  const stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) parser.write(chunk as string);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError(file, `it cannot be read: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  return { file, ...parser.close() };
}
