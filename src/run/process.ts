/**
 * Running the test process for the mocha and the JUnit paths: output streamed to the logger line
 * by line and written to the run's log file, and the one place where the test process and
 * everything it started are stopped (time limit, the action or CLI itself being interrupted).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../common/logger.js';
import { closeStream, lineSplitter } from './lines.js';
import { createExecProcess, type CommandProcessFactory } from './spawn.js';

/** A command line as a person would type it, for logs. */
export function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)))
    .join(' ');
}

export interface LoggedProcessOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  /** The whole environment of the process (undefined values are left out). */
  env: NodeJS.ProcessEnv;
  /** Output is written here (a fresh file for each run). */
  logPath: string;
  logger: Logger;
  processFactory?: CommandProcessFactory;
  /**
   * The overall time limit (the `timeout-minutes` input), in seconds: when reached, the process
   * and everything it started are killed. Absent: no limit.
   */
  timeLimitSeconds?: number;
  /** Named in the reason when the limit is reached; default `timeout-minutes`. */
  timeLimitName?: string;
  /**
   * Applied to every line before it is written to the log file, so that a secret the process
   * prints never reaches the disk, even when the run is killed before the report is written.
   */
  redact?: (text: string) => string;
}

/** How the process ended. */
export interface LoggedProcessResult {
  /** Null when killed by a signal or not started. */
  exitCode: number | null;
  /** Set when the program could not be started at all. */
  startError?: string;
  /** Wall-clock seconds. */
  duration: number;
  /** The last few kilobytes of stderr, for explaining a crash or a load error. */
  stderrTail: string;
  /** `Date.now()` when the process was started. */
  startedAt: number;
  /**
   * Set when we killed the process and its tree, saying why: the time limit was reached, or
   * the action or CLI itself was interrupted (SIGINT, SIGTERM).
   */
  stoppedBecause?: string;
}

/** Signals that stop the action or the CLI: the suites' tree is killed first, and the report still written. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** `3 minutes`, `1 minute`, `0.05 minutes`. */
function minutesText(seconds: number): string {
  // Rounded, so that 0.05 minutes given as 3 s does not read 0.05000000000000001.
  const minutes = Number((seconds / 60).toPrecision(6));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

const STDERR_TAIL_BYTES = 4096;

/**
 * Runs one process with its output streamed to the logger and appended to the log file. Never
 * throws for the process's own failure: a start error or a signal is in the result.
 */
export async function runLoggedProcess(
  options: LoggedProcessOptions,
): Promise<LoggedProcessResult> {
  const { command, args, logger } = options;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.env))
    if (value !== undefined) env[name] = value;
  const shown = commandLine(command, args);

  await mkdir(dirname(options.logPath), { recursive: true });
  // A fresh log for each run: an earlier run's output would be taken for this one's.
  const log = createWriteStream(options.logPath, { flags: 'w' });
  // The log is a copy of what the logger already shows: a log that cannot be written is a
  // warning, never a crash (an 'error' event with no listener would end the whole process).
  let logError: string | undefined;
  log.on('error', (error) => {
    logError ??= error.message;
  });
  const redact = options.redact ?? ((text: string) => text);
  // Line by line, so that a secret split over two chunks is still found whole.
  const toLog = (line: string) => {
    log.write(`${redact(line)}\n`);
    logger.info(line);
  };
  const out = lineSplitter(toLog);
  const err = lineSplitter(toLog);
  let stderrTail = '';
  log.write(`$ ${redact(shown)}\n`);
  logger.info(`Running ${shown} in ${options.cwd}`);

  const startedAt = Date.now();
  let exitCode: number | null = null;
  let startError: string | undefined;
  // The one place where the suites are stopped from outside: on the time limit, or when the
  // runner cancels the step (SIGINT, then SIGTERM) or a person presses Ctrl-C. The process runs in
  // a group of its own, so a signal to ours no longer reaches it: we kill its tree, and the run
  // goes on to write its report. A second signal finds no listener and ends us as usual.
  const stopper = new AbortController();
  let stoppedBecause: string | undefined;
  const stop = (reason: string) => {
    if (stoppedBecause !== undefined) return;
    stoppedBecause = reason;
    logger.error(`Stopping the test process and every process it started: ${reason}.`);
    stopper.abort();
  };
  const limit = options.timeLimitSeconds;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(
          () =>
            stop(
              `the time limit of ${minutesText(limit)} (${options.timeLimitName ?? 'timeout-minutes'}) was reached`,
            ),
          limit * 1000,
        );
  const onSignal = (signal: NodeJS.Signals) =>
    stop(`verify-migration itself received ${signal} (the run was cancelled or interrupted)`);
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  try {
    exitCode = await (options.processFactory ?? createExecProcess)().run(command, args, {
      cwd: options.cwd,
      env,
      onStdout: (data) => {
        out.write(data);
      },
      onStderr: (data) => {
        err.write(data);
        stderrTail = (stderrTail + data.toString('utf8')).slice(-STDERR_TAIL_BYTES);
      },
      signal: stopper.signal,
    });
  } catch (error) {
    startError = error instanceof Error ? error.message : String(error);
  } finally {
    if (timer) clearTimeout(timer);
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
    out.flush();
    err.flush();
  }
  const duration = (Date.now() - startedAt) / 1000;
  if (stoppedBecause !== undefined) log.write(`stopped: ${stoppedBecause}\n`);
  log.write(
    startError
      ? `could not start ${command}: ${startError}\n`
      : `exit code: ${exitCode ?? 'none (killed)'}\n`,
  );
  await closeStream(log);
  if (logError !== undefined)
    logger.warning(`Could not write the log ${options.logPath}: ${logError}`);
  return { exitCode, startError, duration, stderrTail, startedAt, stoppedBecause };
}
