import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { locate } from '../common/stack-frames.js';
import type {
  CollectedTest,
  ErrorRecord,
  HookPlace,
  ReporterRecord,
} from '../common/reporter-records.js';
import type { HookFailure, RunOutcome, TestRecord, TestState } from '../common/records.js';

/** How the test process ended, as the run stage saw it. */
export interface ProcessEnd {
  exitCode: number | null;
  startError?: string;
  stderrTail: string;
  duration: number;
  /** Set when the run stage killed the process and its tree, saying why (e.g. the time limit). */
  stoppedBecause?: string;
}

/** The reporter's stream, parsed, with what could not be parsed. */
export interface ParsedRecords {
  records: ReporterRecord[];
  problems: string[];
}

/**
 * Parses the JSON Lines stream. A last line without its newline is a record cut off by the
 * process ending; any other unparsable line means the stream was corrupted. Both are problems.
 */
export function parseRecords(text: string, source: string): ParsedRecords {
  const records: ReporterRecord[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const record = JSON.parse(line) as ReporterRecord;
      if (!record || typeof record !== 'object' || typeof record.type !== 'string')
        throw new Error('not a record');
      records.push(record);
    } catch {
      problems.push(
        `the reporter's stream ${source} is corrupted at line ${index + 1}: ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
  });
  if (last.trim() !== '')
    problems.push(
      `the reporter's stream ${source} ends in a truncated record: ${JSON.stringify(last.slice(0, 80))}`,
    );
  return { records, problems };
}

/** An assertion that did not hold is a failure; anything else thrown (timeouts too) is an error. */
function stateOf(error: ErrorRecord): TestState {
  return error.name === 'AssertionError' || error.code === 'ERR_ASSERTION' ? 'failed' : 'error';
}

function fullTitleOf(titlePath: string[]): string {
  return titlePath.join(' ');
}

/** `"@orders keeps rows" in test/orders.spec.mjs`, for messages. */
function describeTest(test: CollectedTest): string {
  return `${JSON.stringify(fullTitleOf(test.title_path))}${test.file ? ` in ${test.file}` : ''}`;
}

/** `the "after all" hook of "@api tools" in test/tools.spec.mjs`, for messages. */
function describeHook(hook: HookPlace): string {
  const suite = fullTitleOf(hook.title_path.slice(0, -1));
  return (
    `the ${hook.title}${suite ? ` of ${JSON.stringify(suite)}` : ' at the root'}` +
    (hook.file ? ` in ${hook.file}` : '')
  );
}

/** The last lines of stderr, which name the spec that failed to load or the crash. */
function stderrExcerpt(stderr: string): string {
  const lines = stderr.trim().split('\n').slice(-15).join('\n').trim();
  return lines === '' ? '(nothing on stderr)' : lines.slice(-1500);
}

function exitDescription(end: ProcessEnd): string {
  return end.exitCode === null ? 'killed by a signal' : `exit code ${end.exitCode}`;
}

/** How the process ended before the run began: exit code 13 there is node's own, and node may print nothing for it. */
function loadExitDescription(end: ProcessEnd): string {
  if (end.exitCode === 13)
    return "exit code 13, node's 'unsettled top-level await': a spec file awaits a promise that can never settle";
  return exitDescription(end);
}

/** A spec file that did not load, and why: what the run stage learnt from the test process's stderr. */
export interface LoadFailure {
  /** The spec file, relative to the working directory, as planned. */
  file: string;
  /**
   * The error itself, e.g. `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'verify-migration'
   * imported from ...` or `SyntaxError: missing ) after argument list`, without stack frames.
   */
  cause: string;
  /** The error's lines as printed, stack frames included. */
  stack: string;
  /** 1-based line in `file` the error points at, when known. */
  line?: number;
}

/** A line that starts the printed error: mocha's and the bundled runner's prefixes, then `XxxError...`. */
const ERROR_LINE =
  /^\s*(?:Exception during run: |Error: the spec file .*? failed to load: |Error: a spec file failed to load: )?((?:[A-Z][\w$]*)?Error\b.*)$/;

/**
 * Finds the spec file that did not load, and the error, in the stderr of a test process that never
 * started the run: the first planned file the output names (by absolute path, `file://` URL or
 * relative path; mocha names it in the error, a `Require stack` or a stack frame) and the first
 * error line with the lines that follow it up to the first stack frame. Undefined when no planned
 * file is named.
 */
export function findLoadFailure(
  stderr: string,
  plannedFiles: readonly string[],
  workingDirectory: string,
): LoadFailure | undefined {
  let best: { file: string; at: number } | undefined;
  for (const file of plannedFiles) {
    const absolute = join(workingDirectory, file);
    for (const form of [absolute, pathToFileURL(absolute).href, file]) {
      const at = stderr.indexOf(form);
      if (at !== -1 && (best === undefined || at < best.at)) best = { file, at };
    }
  }
  if (best === undefined) return undefined;
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => ERROR_LINE.test(line));
  if (start === -1) return { file: best.file, cause: 'the error was not printed', stack: '' };
  let end = start + 1;
  while (end < lines.length && !/^\s+at /.test(lines[end]) && lines[end].trim() !== '') end += 1;
  const frames = end;
  while (end < lines.length && /^\s+at /.test(lines[end])) end += 1;
  const first = ERROR_LINE.exec(lines[start])![1]
    // mocha's ESM loader names the file inside the error's name: `SyntaxError[ @/abs/x.mjs ]`.
    .replace(/^(\w*Error)\[ @.*? \]/, '$1');
  const cause = [first, ...lines.slice(start + 1, frames)].join('\n').trim();
  const stack = [first, ...lines.slice(start + 1, end)].join('\n').trim();
  const failure: LoadFailure = { file: best.file, cause, stack };
  const location = locate(stack, workingDirectory);
  if (location && location.file === best.file) failure.line = location.line;
  return failure;
}

/** The test record of a spec file that did not load: one error, so a JUnit reader sees it. */
function loadFailureRecord(failure: LoadFailure): TestRecord {
  const record: TestRecord = {
    title_path: [failure.file, 'loading the spec file'],
    full_title: `${failure.file} loading the spec file`,
    file: failure.file,
    category: 'other',
    state: 'error',
    duration: 0,
    message: `${failure.file} did not load: ${failure.cause}`,
  };
  if (failure.stack !== '') record.stack = failure.stack;
  if (failure.line !== undefined) record.location = { file: failure.file, line: failure.line };
  return record;
}

/** What the caller knows besides the records and the process's end. */
export interface OutcomeContext {
  workingDirectory: string;
  plannedFiles: readonly string[];
  /** The spec file that did not load, when the caller found it (see `findLoadFailure`). */
  loadFailure?: LoadFailure;
}

type StartRecord = Extract<ReporterRecord, { type: 'start' }>;
type HookFailRecord = Extract<ReporterRecord, { type: 'hook-fail' }>;

/** What one test's records came to, before hooks and the process's end are taken into account. */
interface ReportedResult {
  state: TestState;
  duration: number;
  error?: ErrorRecord;
}

/** The stream replayed in order: each test's last word, the failing hooks, where it stopped. */
interface Replay {
  results: Map<number, ReportedResult>;
  hookFailures: HookFailRecord[];
  /** The last test that began, if any. */
  lastStarted?: number;
  /** The hook that began and was never followed by another record: where the process stopped. */
  openHook?: HookPlace;
  /** Errors no test caught. */
  uncaught: string[];
}

/**
 * Turns the reporter's records and how the process ended into the run's outcome, with the exact
 * counting rules: every collected test appears exactly once; a test blocked by a failing hook is
 * an error carrying the hook's message; after-hook failures are listed; anything that makes the
 * run untrustworthy is a problem. Three steps: replay the records, make one record per collected
 * test, then list the problems.
 */
export function buildOutcome(
  parsed: ParsedRecords,
  end: ProcessEnd,
  context: OutcomeContext,
): RunOutcome {
  const start = parsed.records.find((record): record is StartRecord => record.type === 'start');
  const ended = parsed.records.some((record) => record.type === 'end');
  const problems = [...parsed.problems];
  if (end.startError !== undefined)
    problems.push(`the test process could not be started: ${end.startError}`);
  if (!start) return outcomeWithoutRun(problems, end, context.loadFailure);

  const replay = replayRecords(parsed.records);
  problems.push(...replay.uncaught);
  // A process that ended or was stopped inside a hook: that hook failed. Its category fails with
  // it (an `after all` hook runs once its tests have passed), and the tests it kept from running
  // carry its reason.
  const cutInHook = ended ? undefined : replay.openHook;
  if (cutInHook) {
    const message =
      end.stoppedBecause !== undefined
        ? `still running when ${end.stoppedBecause}: the test process was killed`
        : `the test process ended while this hook ran (${exitDescription(end)})`;
    replay.hookFailures.push({ type: 'hook-fail', ...cutInHook, error: { message } });
  }

  const blockingHooks = new Set<HookFailRecord>();
  const tests = start.tests.map((test) =>
    testRecord(test, replay, blockingHooks, { end, ended, cwd: context.workingDirectory }),
  );
  const hook_failures = replay.hookFailures
    .filter((hook) => hook.hook.startsWith('after') || !blockingHooks.has(hook))
    .map((hook) => hookFailure(hook, context.workingDirectory));

  problems.push(
    ...endProblems(end, ended, { start, replay, tests, hook_failures, cutInHook }),
    ...collectionProblems(start, tests, context.plannedFiles),
  );
  return {
    completed: ended && end.exitCode !== null && end.startError === undefined,
    exit_code: end.exitCode,
    tests,
    hook_failures,
    problems,
    duration: end.duration,
  };
}

/** No `start` record: mocha never began the run (a spec that did not load, a crash, a kill). */
function outcomeWithoutRun(
  problems: string[],
  end: ProcessEnd,
  loadFailure: LoadFailure | undefined,
): RunOutcome {
  const failure = end.stoppedBecause === undefined ? loadFailure : undefined;
  problems.push(
    end.stoppedBecause !== undefined
      ? `${end.stoppedBecause} before mocha started the run: the test process and every process it started were killed`
      : failure !== undefined
        ? `the spec file ${failure.file} did not load, so mocha ran no test (${loadExitDescription(end)}): ${failure.cause}`
        : `mocha did not start the run (${loadExitDescription(end)}): a spec file failed to load or mocha could not start:\n${stderrExcerpt(end.stderrTail)}`,
  );
  return {
    completed: false,
    exit_code: end.exitCode,
    // Counted as an error, so a JUnit reader sees the failure, not an empty run.
    tests: failure === undefined ? [] : [loadFailureRecord(failure)],
    hook_failures: [],
    problems,
    duration: end.duration,
  };
}

/** Replays the records in the order the reporter wrote them. */
function replayRecords(records: readonly ReporterRecord[]): Replay {
  const replay: Replay = { results: new Map(), hookFailures: [], uncaught: [] };
  for (const record of records) {
    // Hooks never overlap and a test never starts inside one: any other record closes it.
    if (record.type !== 'hook-begin') replay.openHook = undefined;
    switch (record.type) {
      case 'hook-begin': {
        const { type: _type, ...place } = record;
        replay.openHook = place;
        break;
      }
      case 'test-begin':
        replay.lastStarted = record.id;
        break;
      case 'pass':
        if (!replay.results.has(record.id))
          replay.results.set(record.id, { state: 'passed', duration: record.duration });
        break;
      case 'pending':
        if (!replay.results.has(record.id))
          replay.results.set(record.id, { state: 'skipped', duration: 0 });
        break;
      case 'fail':
        // A failure after a pass (an error thrown once the test had ended) wins over the pass.
        replay.results.set(record.id, {
          state: stateOf(record.error),
          duration: record.duration,
          error: record.error,
        });
        break;
      case 'hook-fail':
        replay.hookFailures.push(record);
        break;
      case 'uncaught':
        replay.uncaught.push(
          `an error was not caught by any test (${record.title}): ${record.error.message}`,
        );
        break;
    }
  }
  return replay;
}

/** Where an error came from, as a record carries it: message, stack and the spec's line. */
type ErrorFields = Pick<HookFailure, 'message' | 'stack' | 'location'>;

/** The fields of a record that carries `error`. */
function errorFields(message: string, error: ErrorRecord, cwd: string): ErrorFields {
  const fields: ErrorFields = { message };
  if (error.stack) fields.stack = error.stack;
  const location = locate(error.stack, cwd);
  if (location) fields.location = location;
  return fields;
}

/**
 * One collected test's record: what it reported; else the failing hook of an enclosing suite
 * that kept it from running (added to `blockingHooks`); else why it never ran.
 */
function testRecord(
  test: CollectedTest,
  replay: Replay,
  blockingHooks: Set<HookFailRecord>,
  run: { end: ProcessEnd; ended: boolean; cwd: string },
): TestRecord {
  const base = {
    title_path: test.title_path,
    full_title: fullTitleOf(test.title_path),
    file: test.file,
    category: test.category,
  };
  const result = replay.results.get(test.id);
  if (result) {
    const record: TestRecord = { ...base, state: result.state, duration: result.duration / 1000 };
    if (result.error) {
      Object.assign(record, errorFields(result.error.message, result.error, run.cwd));
      if (result.error.differences) record.differences = result.error.differences;
    }
    return record;
  }
  const hook = [...replay.hookFailures]
    .reverse()
    .find((failure) => test.suite_ids.includes(failure.suite_id));
  if (hook) {
    blockingHooks.add(hook);
    return {
      ...base,
      state: 'error',
      duration: 0,
      ...errorFields(`${hook.title} failed: ${hook.error.message}`, hook.error, run.cwd),
    };
  }
  if (test.pending && run.ended) return { ...base, state: 'skipped', duration: 0 };
  let message = run.ended
    ? 'did not run, and mocha gave no reason'
    : 'did not run: the test process ended before reaching it';
  if (run.end.stoppedBecause !== undefined && !run.ended) {
    message =
      test.id === replay.lastStarted
        ? `still running when ${run.end.stoppedBecause}: the test process was killed`
        : `did not run: ${run.end.stoppedBecause} first and the test process was killed`;
  }
  return { ...base, state: 'error', duration: 0, message };
}

/** A failing hook as the report lists it. */
function hookFailure(hook: HookFailRecord, cwd: string): HookFailure {
  return {
    title: hook.title,
    full_title: fullTitleOf(hook.title_path),
    file: hook.file,
    category: hook.category,
    ...errorFields(hook.error.message, hook.error, cwd),
  };
}

/** What the way the process ended says about the run: killed, exited early, or exited oddly. */
function endProblems(
  end: ProcessEnd,
  ended: boolean,
  run: {
    start: StartRecord;
    replay: Replay;
    tests: TestRecord[];
    hook_failures: HookFailure[];
    cutInHook: HookPlace | undefined;
  },
): string[] {
  const { replay, tests, cutInHook } = run;
  const collected = new Map(run.start.tests.map((test) => [test.id, test]));
  const reported = run.start.tests.filter((test) => replay.results.has(test.id)).length;
  const last = replay.lastStarted === undefined ? undefined : collected.get(replay.lastStarted);
  if (end.stoppedBecause !== undefined) {
    const stillRunning =
      ended || replay.lastStarted === undefined || replay.results.has(replay.lastStarted)
        ? undefined
        : last;
    return [
      `${end.stoppedBecause}: the test process and every process it started were killed ` +
        (ended
          ? 'after the run had finished (something the suites started kept mocha from exiting)'
          : `after ${reported} of ${tests.length} tests` +
            (cutInHook
              ? `; still running: ${describeHook(cutInHook)}`
              : stillRunning
                ? `; still running: ${describeTest(stillRunning)}`
                : '')),
    ];
  }
  if (!ended) {
    return [
      `the test process exited before the run finished (${exitDescription(end)}) after ${reported} of ${tests.length} tests` +
        (cutInHook
          ? `; it was running ${describeHook(cutInHook)}`
          : last
            ? `; last test started: ${describeTest(last)}`
            : '') +
        ' (a process.exit() in a test or hook, a crash, or a kill)',
    ];
  }
  if (end.exitCode === null)
    return ['the test process was killed by a signal after the run finished'];
  const failing =
    tests.filter((test) => test.state === 'failed' || test.state === 'error').length +
    run.hook_failures.length;
  if (end.exitCode !== 0 && failing === 0) {
    return [
      `mocha exited with code ${end.exitCode} although no test or hook failed:\n${stderrExcerpt(end.stderrTail)}`,
    ];
  }
  return [];
}

/** Whether mocha collected what it counted, from the files that were planned. */
function collectionProblems(
  start: StartRecord,
  tests: readonly TestRecord[],
  plannedFiles: readonly string[],
): string[] {
  const problems: string[] = [];
  if (start.total !== tests.length) {
    problems.push(`mocha counted ${start.total} tests but the reporter collected ${tests.length}`);
  }
  const planned = new Set(plannedFiles);
  const unplanned = [
    ...new Set(
      tests
        .map((test) => test.file)
        .filter((file): file is string => file !== null && !planned.has(file)),
    ),
  ];
  if (unplanned.length > 0) {
    problems.push(
      `mocha also ran spec files that were not planned (${unplanned.slice(0, 5).join(', ')}${unplanned.length > 5 ? ', ...' : ''}): ` +
        "remove 'spec' from the working directory's .mocharc (the action passes the files itself) or widen the spec input",
    );
  }
  return problems;
}
