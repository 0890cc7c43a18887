import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from '../common/logger.js';

/**
 * Starting the test process, shared by the mocha and the JUnit paths: an argument list (never a
 * shell), output streamed to the logger line by line and written to the run's log file, and the
 * one place where the test process and everything it started are stopped (time limit, the
 * action or CLI itself being interrupted, processes left running after it exited).
 */

/** How the test process is started; tests hand in their own, the default is {@link createExecProcess}. */
export interface CommandProcess {
  /**
   * Runs `command` with `args` (no shell) and resolves with its exit code (null when it was
   * killed by a signal). Rejects only when the program cannot be started at all.
   */
  run(
    command: string,
    args: readonly string[],
    options: {
      cwd: string;
      env: Record<string, string>;
      /** Each chunk the process writes to stdout. */
      onStdout: (data: Buffer) => void;
      /** Each chunk the process writes to stderr. */
      onStderr: (data: Buffer) => void;
      /**
       * When aborted, the process and every process it started are killed; `run` then resolves
       * (with null, as for any kill).
       */
      signal?: AbortSignal;
    },
  ): Promise<number | null>;
}

/** Makes the process interface; one per run. */
export type CommandProcessFactory = () => CommandProcess;

/** One process as /proc shows it (Linux). */
interface ProcessEntry {
  pid: number;
  ppid: number;
  pgrp: number;
}

/**
 * Every live process in /proc with its parent and process group; undefined where there is no
 * /proc (macOS), where the process group alone is used.
 */
function listProcesses(): ProcessEntry[] | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    try {
      // `pid (comm) state ppid pgrp ...`; comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A zombie is dead already, only waiting for a parent to collect it.
      if (fields[0] !== 'Z')
        entries.push({ pid: Number(name), ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return entries;
}

/** The processes descended from `pid` or in its process group, `pid` itself left out. */
function treeOf(pid: number): number[] {
  const entries = listProcesses() ?? [];
  const found = new Set(
    entries.filter((entry) => entry.pgrp === pid && entry.pid !== pid).map((entry) => entry.pid),
  );
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const entry of entries) {
      if (entry.ppid === parent && !found.has(entry.pid)) {
        found.add(entry.pid);
        queue.push(entry.pid);
      }
    }
  }
  return [...found];
}

function sendKill(target: number): boolean {
  try {
    process.kill(target, 'SIGKILL');
    return true;
  } catch {
    // Already gone (ESRCH); EPERM cannot happen for processes we started.
    return false;
  }
}

/**
 * Kills the process `pid` and every process it started: its process group (it was started as
 * the leader of its own), and, on Linux, every descendant found in /proc before the kill (a
 * grandchild that moved to a group of its own). Returns how many processes other than `pid`
 * were signalled. On Windows, `taskkill /T` kills the tree.
 */
export function killProcessTree(pid: number): number {
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on(
      'error',
      () => undefined,
    );
    return 0;
  }
  const others = treeOf(pid);
  sendKill(-pid);
  sendKill(pid);
  return others.filter((other) => sendKill(other)).length;
}

/** The live processes of process group `pgrp`; undefined where /proc cannot tell. */
function liveInGroup(pgrp: number): ProcessEntry[] | undefined {
  return listProcesses()?.filter((entry) => entry.pgrp === pgrp);
}

/**
 * How long processes left in the group after the test process exited get to end by themselves:
 * a tool's helper (esbuild's service under tsx) ends once its parent's pipe closes.
 */
const LEFTOVER_GRACE_MS = 250;

/**
 * After the test process `pid` (its group's leader) has exited: waits up to
 * `LEFTOVER_GRACE_MS` for the rest of its group to end, then kills what is still there. Returns
 * the names of the processes killed (empty when none was left), or true when some were but
 * /proc cannot name them. Only the group is signalled: the leader's pid may already belong to
 * someone else. A zombie (dead, waiting to be reaped) is not counted: it would only make the
 * group's signal succeed.
 */
async function killGroupLeftovers(pid: number): Promise<string[] | boolean> {
  let left = liveInGroup(pid);
  for (let waited = 0; left?.length && waited < LEFTOVER_GRACE_MS; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    left = liveInGroup(pid);
  }
  const names = left?.map((entry) => commandName(entry.pid));
  const signalled = sendKill(-pid);
  return names ?? signalled;
}

/** A process's command name (`sleep`), or its pid when it is gone. */
function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() || String(pid);
  } catch {
    return String(pid);
  }
}

/** How long to wait for the output pipes to close once the process has exited. */
const CLOSE_GRACE_MS = 5_000;

/**
 * The default: `child_process.spawn` with an argument list (no shell). On POSIX the process is
 * the leader of a new process group, so that it and everything it starts can be killed at once
 * (`@actions/exec` neither exposes the process nor starts a group). Processes still running in
 * the group once the test process has exited were started by the suites and would outlive the
 * run (on a self-hosted runner, for good): they are killed, and the kill is reported on stderr.
 */
export const createExecProcess: CommandProcessFactory = () => ({
  run(command, args, options) {
    return new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
      let settled = false;
      let exitCode: number | null = null;
      let graceTimer: NodeJS.Timeout | undefined;
      let exited = false;
      const stop = () => {
        if (child.pid === undefined) return;
        // Once the leader has exited its pid may be someone else's: only its group is signalled.
        if (exited) sendKill(-child.pid);
        else killProcessTree(child.pid);
      };
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        options.signal?.removeEventListener('abort', stop);
        if (graceTimer) clearTimeout(graceTimer);
        action();
      };
      child.stdout.on('data', options.onStdout);
      child.stderr.on('data', options.onStderr);
      if (options.signal?.aborted) stop();
      else options.signal?.addEventListener('abort', stop, { once: true });
      child.once('error', (error) => settle(() => reject(error)));
      // Settled only once the leftovers are dealt with, so their kill is in the log of this run.
      let leftovers: Promise<void> = Promise.resolve();
      child.once('exit', (code) => {
        // After a start error ('error' came first) there is nothing to wait for.
        if (settled) return;
        exited = true;
        exitCode = code;
        // After a stop the tree was killed already; what is still dying is no news.
        if (child.pid !== undefined && process.platform !== 'win32' && !options.signal?.aborted) {
          leftovers = killGroupLeftovers(child.pid).then((left) => {
            if (left === false || (Array.isArray(left) && left.length === 0)) return;
            const what =
              left === true ? 'the processes' : `${left.length} process(es) (${left.join(', ')})`;
            options.onStderr(
              Buffer.from(
                `verify-migration: killed ${what} that the test process left running after it exited\n`,
              ),
            );
          });
        }
        // A process that escaped the group may still hold the pipes: do not wait on it for ever.
        graceTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          void leftovers.then(() => settle(() => resolve(exitCode)));
        }, CLOSE_GRACE_MS);
      });
      child.once('close', (code) => {
        void leftovers.then(() => settle(() => resolve(code ?? exitCode)));
      });
    });
  },
});

/** A command line as a person would type it, for logs. */
export function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)))
    .join(' ');
}

/**
 * Splits streamed chunks into lines for the logger, keeping a partial last line for later. Lines
 * end where the runner ends them (`\n`, `\r\n` and a bare `\r`), so each line we pass on is one
 * line of the runner's log; a character split over two chunks is decoded whole.
 */
function lineSplitter(emit: (line: string) => void): { write(data: Buffer): void; flush(): void } {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text: string) => {
    // A chunk that ends in `\r` may end in the first half of `\r\n`: the next chunk tells.
    const open = text.endsWith('\r');
    const lines = (open ? text.slice(0, -1) : text).split(/\r\n|\r|\n/);
    pending = (lines.pop() ?? '') + (open ? '\r' : '');
    for (const line of lines) emit(line);
  };
  return {
    write(data) {
      take(pending + decoder.write(data));
    },
    flush() {
      take(pending + decoder.end());
      const last = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
      if (pending !== '') emit(last);
      pending = '';
    },
  };
}

/** Ends the log; an error writing it was already recorded by its 'error' listener. */
async function closeStream(stream: WriteStream): Promise<void> {
  stream.end();
  await finished(stream).catch(() => undefined);
}

/** What `runLoggedProcess` needs. */
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
