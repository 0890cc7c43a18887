import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { InputError, ReportReadError } from '../common/errors.js';
import { realPathOutside } from '../common/paths.js';
import type { Logger } from '../common/logger.js';
import type { RunOutcome, TestRecord } from '../common/records.js';
import type { CategoryRule } from '../inputs/settings.js';
import { junitCategory } from './categories.js';
import { readJUnitFile, type CountMismatch, type JUnitCase } from './parse.js';
import { commandLine, runLoggedProcess } from '../run/process.js';
import type { CommandProcessFactory } from '../run/spawn.js';

export {
  createExecProcess,
  type CommandProcess,
  type CommandProcessFactory,
} from '../run/spawn.js';

/**
 * Running a suite written for another test runner (pytest, go test, jest...) and reading the
 * JUnit XML it writes into the same `RunOutcome` as the mocha path, so the report and the gate
 * do not care which runner ran. Everything that makes the XML untrustworthy is a `problems`
 * entry: the gate fails closed on it.
 */

/** What `runCommandSuites` needs. */
export interface CommandSuitesOptions {
  /** Absolute directory the command runs in; the JUnit globs and test files are relative to it. */
  workingDirectory: string;
  /**
   * The workspace: a JUnit file that leads out of it through a symbolic link (a linked folder or
   * file) is not read. Default: the working directory.
   */
  workspace?: string;
  /** The program, as `parseCommand` returned it. */
  command: string;
  /** Its arguments. */
  args: readonly string[];
  /** Globs of the JUnit XML files the command writes, relative to the working directory. */
  junitGlobs: readonly string[];
  /** The environment the command starts from; default `process.env`. */
  baseEnv?: NodeJS.ProcessEnv;
  /** Variables added to it (the caller sets OLD_VERSION and NEW_VERSION here). */
  env?: Record<string, string>;
  /** The run's log file: the command's output is appended to it. */
  logPath: string;
  logger: Logger;
  /** The user's category mapping (from `parseCategoryMapping`), tried before the names. */
  categoryMapping?: readonly CategoryRule[];
  /** Starts the command; default `createExecProcess`. */
  processFactory?: CommandProcessFactory;
  /** The overall time limit in seconds (`timeout-minutes`): the command's whole tree is killed when reached. */
  timeLimitSeconds?: number;
  /** Applied to each line of the log file before it is written (secrets never reach the disk). */
  redact?: (text: string) => string;
}

/**
 * A JUnit file whose modification time is this much older than the command's start is left over
 * from an earlier run. The slack covers file systems that keep coarse times (FAT: 2 s); files
 * that were there before the run and did not change are caught exactly by comparing before/after.
 */
const MTIME_SLACK_MS = 2000;

/** Refuses globs that are absolute or climb out of the working directory: the XML is the run's own. */
function checkGlobs(globs: readonly string[]): void {
  if (globs.length === 0)
    throw new InputError(
      'junit-path',
      '',
      'at least one glob of the JUnit XML files, e.g. junit.xml',
    );
  for (const pattern of globs) {
    if (pattern.trim() === '' || isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new InputError(
        'junit-path',
        pattern,
        "a glob relative to the working directory, without '..', e.g. reports/*.xml",
      );
    }
  }
}

async function findXml(workingDirectory: string, globs: readonly string[]): Promise<string[]> {
  const files = await glob([...globs], {
    cwd: workingDirectory,
    absolute: true,
    onlyFiles: true,
    dot: true,
  });
  return files.sort();
}

/** Modification times of the files, by path; a file that vanished in between is left out. */
async function mtimes(files: readonly string[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (info) times.set(file, info.mtimeMs);
  }
  return times;
}

/** A path for the report: relative to the working directory when inside it, else absolute. */
function relativePath(workingDirectory: string, file: string): string {
  const path = relative(workingDirectory, resolve(workingDirectory, file));
  return path === '' || path.startsWith('..') || isAbsolute(path)
    ? resolve(workingDirectory, file)
    : path.split(sep).join('/');
}

/** Titles of a testcase: the class, then the name, unless the name already holds the class. */
function titlePath(test: JUnitCase): string[] {
  // jest-junit and mocha-junit-reporter write the full title as the name (and the class into it);
  // pytest and go write a class or package and a bare name.
  if (test.classname === '' || test.name.includes(test.classname)) return [test.name];
  return [test.classname, test.name];
}

function toRecord(
  test: JUnitCase,
  workingDirectory: string,
  rules: readonly CategoryRule[],
  paths: Map<string, string>,
): TestRecord {
  const title_path = titlePath(test);
  // Thousands of cases share a file: one string for each, not one per record.
  let file: string | null = null;
  if (test.file !== null) {
    file = paths.get(test.file) ?? relativePath(workingDirectory, test.file);
    paths.set(test.file, file);
  }
  const record: TestRecord = {
    title_path,
    full_title: title_path.join(' '),
    file,
    category: junitCategory({ ...test, file }, rules),
    state: test.state,
    duration: test.duration,
  };
  if (test.message !== undefined && (test.state === 'failed' || test.state === 'error'))
    record.message = test.message;
  if (test.stack !== undefined) record.stack = test.stack;
  if ((test.state === 'failed' || test.state === 'error') && file !== null && test.line !== null) {
    record.location = { file, line: test.line };
  }
  return record;
}

/** Suites named in one mismatch problem; the rest are counted. */
const MAX_MISMATCHES = 3;

/** One problem for a file whose suites declare more tests, failures or errors than they hold. */
function describeMismatches(name: string, mismatches: readonly CountMismatch[]): string {
  const listed = mismatches
    .slice(0, MAX_MISMATCHES)
    .map(({ suite, attribute, declared, shown }) =>
      attribute === 'tests'
        ? `${suite} declares tests="${declared}" but holds ${shown} <testcase> elements`
        : `${suite} declares ${attribute}="${declared}" but only ${shown} of its test cases failed or errored`,
    )
    .join('; ');
  const more =
    mismatches.length > MAX_MISMATCHES ? `; and ${mismatches.length - MAX_MISMATCHES} more` : '';
  return (
    `${name} declares more than it holds: ${listed}${more}. The file was cut short or edited, ` +
    'so the tests it lists cannot be trusted to be all of them'
  );
}

/**
 * Runs the command of a non-mocha suite in the working directory (no shell; the caller's
 * variables added to the environment), streaming its output to the logger and appending it to
 * the log file, then reads the JUnit XML files matching `junitGlobs` into one `RunOutcome`:
 * one `TestRecord` per `<testcase>`, categorised by `junitCategory`.
 *
 * Never throws for a failing suite. The outcome carries a `problems` entry, so the gate fails
 * closed, when: the command cannot be started; it is killed by a signal; no XML matches (with
 * the command's exit code); an XML file does not parse (the file is named); an XML file is older
 * than the run (left over from an earlier one; it is not counted); an XML file holds no tests;
 * or the exit code and the XML disagree (a non-zero exit with no failures or errors in the XML,
 * or a zero exit with failures or errors in it); a file leads out of `workspace` through a
 * symbolic link (it is not read); or a `<testsuite>`'s `tests`, `failures` or `errors`
 * attribute declares more than its test cases show (the file and both counts are named).
 * `completed` is true when the command exited by
 * itself and at least one fresh XML file was read.
 *
 * Throws `InputError('junit-path', ...)` before running anything when a glob is absolute or has `..`.
 */
export async function runCommandSuites(options: CommandSuitesOptions): Promise<RunOutcome> {
  const { workingDirectory, command, args, logger } = options;
  checkGlobs(options.junitGlobs);
  const rules = options.categoryMapping ?? [];
  const problems: string[] = [];
  const globsText = options.junitGlobs.map((pattern) => JSON.stringify(pattern)).join(', ');
  const shown = commandLine(command, args);

  const before = await mtimes(await findXml(workingDirectory, options.junitGlobs));
  const {
    exitCode,
    startError,
    duration,
    startedAt: started,
    stoppedBecause,
  } = await runLoggedProcess({
    command,
    args,
    cwd: workingDirectory,
    env: { ...(options.baseEnv ?? process.env), ...options.env },
    logPath: options.logPath,
    logger,
    processFactory: options.processFactory,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact,
  });

  if (startError !== undefined) {
    problems.push(`the command ${shown} could not be started: ${startError}`);
    logger.error(problems[problems.length - 1]);
    return {
      completed: false,
      exit_code: null,
      signal: null,
      tests: [],
      hook_failures: [],
      problems,
      duration,
    };
  }
  if (stoppedBecause !== undefined)
    problems.push(
      `${stoppedBecause}: the command ${shown} and every process it started were killed`,
    );
  else if (exitCode === null)
    problems.push(`the command ${shown} was killed by a signal before it exited`);

  const files = await findXml(workingDirectory, options.junitGlobs);
  const after = await mtimes(files);
  const tests: TestRecord[] = [];
  let freshFiles = 0;
  let broken = 0;
  let linkedOut = 0;
  for (const file of files) {
    const name = relativePath(workingDirectory, file);
    const mtime = after.get(file);
    if (mtime === undefined) continue;
    const unchanged = before.get(file) === mtime;
    if (unchanged || mtime < started - MTIME_SLACK_MS) {
      problems.push(
        `${name} was written before the command started (modified ${new Date(mtime).toISOString()}, ` +
          `command started ${new Date(started).toISOString()}): it is left over from an earlier run and is not ` +
          'counted; make the command write it, or remove it before the run',
      );
      continue;
    }
    const outside = realPathOutside(file, options.workspace ?? workingDirectory);
    if (outside !== undefined) {
      broken += 1;
      linkedOut += 1;
      problems.push(
        `${name} leads through a symbolic link to ${outside}, outside the workspace: it is not read, ` +
          "since the JUnit XML must be the run's own; write it inside the workspace",
      );
      continue;
    }
    freshFiles += 1;
    // Each testcase becomes a record as it is read, so the document is never held whole.
    const records: TestRecord[] = [];
    const paths = new Map<string, string>();
    let suite;
    try {
      suite = await readJUnitFile(file, name, (test) =>
        records.push(toRecord(test, workingDirectory, rules, paths)),
      );
    } catch (error) {
      broken += 1;
      // readJUnitFile's errors already name the file ("Cannot use junit.xml: ..."); others do not.
      problems.push(
        error instanceof ReportReadError
          ? error.message
          : `Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    if (suite.tests === 0) {
      problems.push(
        `${name} holds no tests (no <testcase> elements): nothing in it can pass the gate`,
      );
      continue;
    }
    if (suite.mismatches.length > 0) problems.push(describeMismatches(name, suite.mismatches));
    for (const record of records) tests.push(record);
  }

  const code = exitCode === null ? 'no exit code' : `exit code ${exitCode}`;
  if (files.length === 0) {
    problems.push(
      exitCode !== 0
        ? `the command ${shown} failed (${code}) and wrote no JUnit XML matching ${globsText}`
        : `the command ${shown} succeeded but wrote no JUnit XML matching ${globsText}: tell the runner to write ` +
            'it there (pytest --junitxml=junit.xml, jest with jest-junit, go test with go-junit-report or gotestsum --junitfile)',
    );
  } else if (freshFiles === 0 && linkedOut === 0) {
    problems.push(
      `the command ${shown} (${code}) wrote no new JUnit XML matching ${globsText}; only old files were found`,
    );
  }

  const failing = tests.filter((test) => test.state === 'failed' || test.state === 'error').length;
  // Only compare when every fresh file was read: a broken file already explains a non-zero exit.
  if (exitCode !== null && freshFiles > 0 && broken === 0 && tests.length > 0) {
    if (exitCode !== 0 && failing === 0) {
      problems.push(
        `the command ${shown} exited with code ${exitCode} but its JUnit XML reports no failures or errors: ` +
          'the exit code and the XML disagree, so something failed outside the tests the XML lists ' +
          '(a collection error, a crash, a step after the tests); see the log',
      );
    } else if (exitCode === 0 && failing > 0) {
      problems.push(
        `the command ${shown} exited with code 0 but its JUnit XML reports ${failing} failed or errored ` +
          "test(s): the exit code and the XML disagree (does the command hide the runner's exit code?)",
      );
    }
  }

  for (const problem of problems) logger.error(problem);
  return {
    completed: exitCode !== null && freshFiles > 0,
    exit_code: exitCode,
    signal: null,
    tests,
    hook_failures: [],
    problems,
    duration,
  };
}
