import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { realPathOutside } from '../common/paths.js';
import { parseCategoryMapping } from './category-mapping.js';
import { parseCommand } from './command.js';
import { loadTraffic, TrafficError } from '../common/traffic.js';
import type {
  CommandRunner,
  MigrationsSettings,
  ReplaySettings,
  Shard,
  VerifySettings,
} from './settings.js';

/**
 * Validators shared by the action's input helper and the CLI, so both refuse the same values
 * with the same messages. Each takes the input's user-facing name and throws `InputError`.
 */

// C0 controls, DEL and C1 controls: they would break log lines, annotations and file names.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** A required single-line text: not empty, no control characters (newlines included), at most `max` characters. */
export function requireText(input: string, value: string | undefined, max = 200): string {
  const text = (value ?? '').trim();
  if (text === '') throw new InputError(input, value ?? '', 'a non-empty value');
  if (CONTROL_CHARACTERS.test(text)) {
    throw new InputError(
      input,
      text,
      'text without control characters (no newlines, tabs or escapes)',
    );
  }
  if (text.includes('\uFFFD')) {
    // Node reads bytes that are not UTF-8 as U+FFFD: carrying that on would not be the value given.
    throw new InputError(
      input,
      text,
      'valid UTF-8 text (the value holds bytes that are not UTF-8, shown as U+FFFD)',
    );
  }
  if (text.length > max) throw new InputError(input, text, `at most ${max} characters`);
  return text;
}

/** `true`/`false` in the YAML 1.2 core schema spellings, as `core.getBooleanInput` accepts. */
export function parseBoolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, value, 'true or false');
}

/** A whole number from `min` to `max`. */
export function parseWholeNumber(input: string, value: string, min: number, max: number): number {
  const text = value.trim();
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new InputError(input, value, `a whole number from ${min} to ${max}`);
  }
  return number;
}

/** The longest `timeout-minutes` allowed: a week, more than any runner keeps a job. */
export const MAX_TIMEOUT_MINUTES = 10_080;

/**
 * `timeout-minutes`: empty for no limit, else a positive number of minutes (decimals allowed,
 * `0.5` is 30 seconds) up to {@link MAX_TIMEOUT_MINUTES}.
 */
export function parseTimeoutMinutes(input: string, value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const minutes = Number(text);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text) || !(minutes > 0) || minutes > MAX_TIMEOUT_MINUTES) {
    throw new InputError(
      input,
      value,
      `a positive number of minutes, at most ${MAX_TIMEOUT_MINUTES} (e.g. 30 or 0.5), or nothing for no limit`,
    );
  }
  return minutes;
}

/** `i/n` with 1 <= i <= n <= 256. */
export function parseShard(input: string, value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || total > 256 || index < 1 || index > total) {
    throw new InputError(input, value, "'i/n' with whole numbers 1 <= i <= n <= 256, e.g. 2/3");
  }
  return { index, total };
}

/**
 * The shard input of a job in `mode`: `i/n`, or none when empty. A merge job collects every
 * shard of the run itself, so a shard given there is refused (its merged report would also be
 * uploaded under that one shard's artifact name).
 */
export function parseShardFor(
  mode: string,
  input: string,
  value: string | undefined,
): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  if (mode === 'merge')
    throw new InputError(
      input,
      value,
      'no shard in a merge job (it collects every shard itself): give the shard to the run jobs of the matrix only',
    );
  return parseShard(input, value);
}

/** One of the listed values. */
export function parseChoice<T extends string>(
  input: string,
  value: string,
  choices: readonly T[],
): T {
  const text = value.trim();
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new InputError(input, value, `one of: ${choices.join(', ')}`);
}

/** A regular expression for mocha's `--grep` (mocha compiles the string the same way). */
export function parseGrep(input: string, value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (CONTROL_CHARACTERS.test(text))
    throw new InputError(input, text, 'a single-line regular expression');
  try {
    new RegExp(text);
  } catch (error) {
    throw new InputError(input, text, `a valid regular expression (${(error as Error).message})`);
  }
  return text;
}

/** Splits on commas that are not inside a `{a,b}` brace group, which is glob syntax. */
function splitOutsideBraces(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of line) {
    if (character === '{') depth++;
    if (character === '}') depth = Math.max(0, depth - 1);
    if (character === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  return [...parts, current];
}

/**
 * Spec globs from lines and/or commas, relative to the working directory. A glob may not be
 * absolute nor climb out with `..`: the suites that run are the working directory's own.
 */
export function parseSpecGlobs(input: string, lines: string[]): string[] {
  const globs = lines
    .flatMap(splitOutsideBraces)
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '');
  if (globs.length === 0)
    throw new InputError(
      input,
      lines.join('\n'),
      'at least one glob, e.g. test/migration/**/*.spec.ts',
    );
  for (const glob of globs) {
    if (CONTROL_CHARACTERS.test(glob) || isAbsolute(glob) || glob.split(/[\\/]/).includes('..')) {
      throw new InputError(
        input,
        glob,
        'globs relative to working-directory, without ".." or an absolute path',
      );
    }
  }
  return globs;
}

/**
 * Resolves `value` against `base` and checks that it stays inside `workspace`, following
 * symlinks. Returns the absolute path (as resolved, not the real path).
 */
export function resolveInside(
  input: string,
  value: string,
  base: string,
  workspace: string,
): string {
  const text = value.trim();
  if (text === '' || CONTROL_CHARACTERS.test(text)) {
    throw new InputError(input, value, 'a path inside the workspace, without control characters');
  }
  const path = resolve(base, text);
  if (realPathOutside(path, workspace) !== undefined) {
    throw new InputError(
      input,
      value,
      `a path inside the workspace (${workspace}); it resolves to ${path}`,
    );
  }
  return path;
}

/** An existing directory inside the workspace. */
export function resolveDirectoryInside(input: string, value: string, workspace: string): string {
  const path = resolveInside(input, value, workspace, workspace);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new InputError(
      input,
      value,
      `an existing directory inside the workspace; ${path} is not one`,
    );
  }
  return path;
}

/** An optional path inside the workspace, relative to `base`; empty gives `undefined`. */
export function optionalPathInside(
  input: string,
  value: string,
  base: string,
  workspace: string,
): string | undefined {
  return value.trim() === '' ? undefined : resolveInside(input, value, base, workspace);
}

/**
 * The baseline of accepted differences: a `.json` path inside the workspace, relative to the
 * working directory. Empty gives `undefined` (no baseline). Whether the file is there, and what
 * it holds, is checked when the run begins.
 */
export function parseBaselinePath(
  input: string,
  value: string,
  workingDirectory: string,
  workspace: string,
): string | undefined {
  if (value.trim() === '') return undefined;
  if (!value.trim().toLowerCase().endsWith('.json'))
    throw new InputError(
      input,
      value,
      'a file name ending in .json (the baseline of accepted differences, e.g. verification-baseline.json)',
    );
  return resolveInside(input, value, workingDirectory, workspace);
}

/** A `.json` report path inside the workspace, relative to the working directory. */
export function resolveReportPath(
  input: string,
  value: string,
  workingDirectory: string,
  workspace: string,
): string {
  if (!value.trim().toLowerCase().endsWith('.json')) {
    throw new InputError(
      input,
      value,
      'a file name ending in .json (the JUnit, Markdown and log files are written beside it)',
    );
  }
  return resolveInside(input, value, workingDirectory, workspace);
}

/** The user-facing names of the inputs that choose another test runner. */
export interface CommandRunnerInputNames {
  command: string;
  junitPath: string;
  categoryMapping: string;
}

/**
 * The `command`, `junit-path` and `category-mapping` inputs as one runner, or undefined when no
 * command is given (mocha runs the spec files). The command is split into words here, without a
 * shell; a command without JUnit globs (or globs without a command) is refused.
 */
export function parseCommandRunner(
  names: CommandRunnerInputNames,
  command: string,
  junitLines: string[],
  mappingLines: string[],
): CommandRunner | undefined {
  const text = command.trim();
  const junit = junitLines.map((line) => line.trim()).filter((line) => line !== '');
  if (text === '') {
    if (junit.length > 0)
      throw new InputError(
        names.junitPath,
        junit.join('\n'),
        `nothing unless '${names.command}' is given too`,
      );
    if (mappingLines.some((line) => line.trim() !== '')) {
      throw new InputError(
        names.categoryMapping,
        mappingLines.join('\n'),
        `nothing unless '${names.command}' is given too (mocha suites are tagged in their titles)`,
      );
    }
    return undefined;
  }
  if (junit.length === 0) {
    throw new InputError(
      names.junitPath,
      '',
      `globs of the JUnit XML files that '${names.command}' writes (e.g. reports/junit.xml)`,
    );
  }
  const { command: program, args } = parseCommand(text);
  return {
    command: program,
    args,
    junitGlobs: parseSpecGlobs(names.junitPath, junit),
    categoryMapping: parseCategoryMapping(names.categoryMapping, mappingLines),
  };
}

/** The user-facing names of the migrations mode's inputs (action inputs or CLI options). */
export interface MigrationsInputNames {
  dataSource: string;
  baseRef: string;
  oldMigrations: string;
  rowsPerTable: string;
  seed: string;
  seedFile: string;
  intent: string;
  databaseUrl: string;
}

/** The raw values of the migrations mode's inputs. */
export interface MigrationsInputValues {
  dataSource: string;
  baseRef: string;
  oldMigrations: string[];
  rowsPerTable: string;
  seed: string;
  seedFile: string;
  intent: string;
  databaseUrl: string;
}

/** Most generated rows per table: a production-sized rehearsal, not more. */
export const MAX_ROWS_PER_TABLE = 10_000_000;

/**
 * The migrations mode's settings, or undefined in another mode (where giving any of its inputs
 * is refused, so a typo in `mode` cannot silently run the suites instead). `defaultBaseRef` is
 * used when neither `base-ref` nor `old-migrations` is given.
 */
export function parseMigrationsFor(
  mode: string,
  names: MigrationsInputNames,
  values: MigrationsInputValues,
  workingDirectory: string,
  workspace: string,
  defaultBaseRef: string,
): MigrationsSettings | undefined {
  if (mode !== 'migrations') {
    if (values.dataSource.trim() !== '')
      throw new InputError(
        names.dataSource,
        values.dataSource,
        "nothing unless mode is 'migrations'",
      );
    return undefined;
  }
  if (values.dataSource.trim() === '')
    throw new InputError(
      names.dataSource,
      '',
      "the path of the module that exports the service's TypeORM DataSource or its options (e.g. src/data-source.ts), relative to the working directory",
    );
  const dataSource = resolveInside(
    names.dataSource,
    values.dataSource.trim(),
    workingDirectory,
    workspace,
  );
  if (!existsSync(dataSource))
    throw new InputError(
      names.dataSource,
      values.dataSource,
      `an existing file relative to the working directory (${dataSource} does not exist)`,
    );
  const oldMigrations = values.oldMigrations
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of oldMigrations) requireText(names.oldMigrations, name);
  const baseRefText = values.baseRef.trim();
  if (baseRefText !== '' && oldMigrations.length > 0)
    throw new InputError(
      names.oldMigrations,
      oldMigrations.join(','),
      `either ${names.baseRef} or ${names.oldMigrations}, not both`,
    );
  const baseRef =
    oldMigrations.length > 0
      ? undefined
      : parseGitRef(names.baseRef, baseRefText === '' ? defaultBaseRef : baseRefText);
  const optional = (input: string, value: string) =>
    value.trim() === ''
      ? undefined
      : resolveInside(input, value.trim(), workingDirectory, workspace);
  const databaseUrl = parseDatabaseUrl(names.databaseUrl, values.databaseUrl);
  return {
    dataSource,
    ...(baseRef !== undefined ? { baseRef } : {}),
    ...(oldMigrations.length > 0 ? { oldMigrations } : {}),
    rowsPerTable: parseWholeNumber(
      names.rowsPerTable,
      values.rowsPerTable || '200',
      1,
      MAX_ROWS_PER_TABLE,
    ),
    seed: parseWholeNumber(names.seed, values.seed || '1', 0, 2 ** 31 - 1),
    ...(optional(names.seedFile, values.seedFile)
      ? { seedFile: optional(names.seedFile, values.seedFile) }
      : {}),
    ...(optional(names.intent, values.intent)
      ? { intent: optional(names.intent, values.intent) }
      : {}),
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
  };
}

/** A server URL for throwaway databases, or undefined when none is given (SQLite files). */
function parseDatabaseUrl(input: string, value: string): string | undefined {
  const databaseUrl = value.trim();
  if (databaseUrl === '') return undefined;
  if (!/^(postgres|postgresql|mysql|mariadb):\/\//.test(databaseUrl))
    throw new InputError(
      input,
      databaseUrl.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'),
      'a postgres://, postgresql://, mysql:// or mariadb:// URL of a server where a throwaway database may be created (or nothing, for a SQLite file)',
    );
  return databaseUrl;
}

/** The user-facing names of the replay mode's inputs (action inputs or CLI options). */
export interface ReplayInputNames {
  traffic: string;
  trafficApp: string;
  databaseUrl: string;
}

/** The raw values of the replay mode's inputs. */
export interface ReplayInputValues {
  traffic: string;
  trafficApp: string;
  databaseUrl: string;
}

/**
 * The replay mode's settings, or undefined in another mode (where giving its inputs is refused).
 * The recording is read and checked here, so a bad line is an input error naming the line
 * before anything starts, and a request to a host other than the recorded app's is refused.
 */
export function parseReplayFor(
  mode: string,
  names: ReplayInputNames,
  values: ReplayInputValues,
  workingDirectory: string,
  workspace: string,
): ReplaySettings | undefined {
  if (mode !== 'replay') {
    for (const [input, value] of [
      [names.traffic, values.traffic],
      [names.trafficApp, values.trafficApp],
    ] as const)
      if (value.trim() !== '')
        throw new InputError(input, value, "nothing unless mode is 'replay'");
    return undefined;
  }
  const existing = (input: string, value: string, what: string, extensions: RegExp): string => {
    if (value.trim() === '') throw new InputError(input, '', what);
    const path = resolveInside(input, value.trim(), workingDirectory, workspace);
    if (!extensions.test(path)) throw new InputError(input, value, what);
    if (!existsSync(path) || !statSync(path).isFile())
      throw new InputError(
        input,
        value,
        `an existing file relative to the working directory (${path} does not exist)`,
      );
    return path;
  };
  const traffic = existing(
    names.traffic,
    values.traffic,
    'the path of a recording relative to the working directory: a HAR 1.2 file (.har, .json) or JSON Lines (.jsonl, .ndjson; schema/traffic.schema.json)',
    /\.(har|json|jsonl|ndjson)$/i,
  );
  const app = existing(
    names.trafficApp,
    values.trafficApp,
    'the path of the module that exports createApp(version, { role, database }) (e.g. test/replay-app.ts), relative to the working directory',
    /\.[mc]?[jt]s$/i,
  );
  let requests: number;
  try {
    requests = loadTraffic(traffic).length;
  } catch (error) {
    if (!(error instanceof TrafficError)) throw error;
    throw new InputError(
      names.traffic,
      values.traffic,
      `a recording that can be replayed (${error.message})`,
    );
  }
  if (requests === 0)
    throw new InputError(names.traffic, values.traffic, 'a recording with at least one request');
  const databaseUrl = parseDatabaseUrl(names.databaseUrl, values.databaseUrl);
  return { traffic, app, requests, ...(databaseUrl !== undefined ? { databaseUrl } : {}) };
}

/** A git ref given as an input: a name git could take, never an option (it goes to git's argument list). */
export function parseGitRef(input: string, value: string): string {
  const ref = requireText(input, value);
  if (ref.startsWith('-') || /\s|\.\.|[:?*[\\]|@\{/.test(ref))
    throw new InputError(
      input,
      ref,
      'a branch, tag or commit (e.g. origin/main, v1.4.0, HEAD~1): no leading "-", spaces, "..", ":", "?", "*", "[", "\\" or "@{"',
    );
  return ref;
}

/** The names of the inputs {@link checkCombinations} may name, as the action or the CLI spells them. */
export interface CombinationNames {
  command: string;
  shard: string;
  updateBaseline: string;
}

/**
 * The checks that span inputs, made once the settings are read and before anything runs: mode
 * `migrations` and `replay` run no suites (no command, no shard); a command splits
 * its suites its own way (no shard); and a baseline
 * is matched only by the library's comparators in mocha suites. Throws `InputError` naming the
 * input as the caller spells it (`shard` for the action, `--shard` for the CLI).
 */
export function checkCombinations(
  settings: Pick<
    VerifySettings,
    'migrations' | 'replay' | 'commandRunner' | 'shard' | 'updateBaseline'
  >,
  names: CombinationNames,
): void {
  // The modes that run no suite of the user's refuse the inputs that only shape suites.
  const noSuites = settings.migrations
    ? "nothing in mode 'migrations': it runs the service's migrations, not suites"
    : settings.replay
      ? "nothing in mode 'replay': it replays the recording, not suites"
      : undefined;
  if (noSuites) {
    for (const [input, given] of [
      [names.command, settings.commandRunner?.command],
      [names.shard, settings.shard && `${settings.shard.index}/${settings.shard.total}`],
    ] as const) {
      if (given) throw new InputError(input, given, noSuites);
    }
  }
  if (settings.commandRunner && settings.shard)
    throw new InputError(
      names.shard,
      `${settings.shard.index}/${settings.shard.total}`,
      "nothing when a command runs the suites: split them in the command's own way instead",
    );
  if (settings.updateBaseline && (settings.migrations || settings.commandRunner))
    throw new InputError(
      names.updateBaseline,
      'true',
      `false with '${names.command}' or mode 'migrations': only the library's comparators in mocha suites are matched against a baseline`,
    );
}
