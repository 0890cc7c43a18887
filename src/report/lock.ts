import { constants, readFileSync } from 'node:fs';
import { lstat, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { ReportPathBusyError, ReportWriteError } from '../common/errors.js';
import { reportFilePaths } from './write.js';

/**
 * One verification run at a time per report path. Two runs in one workspace (a matrix on one
 * self-hosted runner) that target the same report path would overwrite each other's report,
 * JUnit XML, summary and log: the second one is refused with a clear message instead. Creating
 * the lock is also the first write into the report's folder, so an unwritable folder or a full
 * disk is found before the suites run, not after.
 */

/** What the lock file holds: enough to tell a live holder from one that died. */
interface LockHolder {
  pid: number;
  host: string;
  /** The holder's start time in clock ticks since boot (Linux), so a reused pid is not taken for it. */
  start?: string;
  since: string;
}

/**
 * A lock from another machine older than this is taken over: a run there cannot be asked whether
 * it still runs, and no verification run lasts a day (GitHub ends a hosted job after 6 hours).
 */
export const FOREIGN_LOCK_STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** What `lockReportPath` may be told. */
export interface ReportLockOptions {
  /** Told, in one sentence, when a lock left by a run that cannot be alive is taken over. */
  onTakeOver?: (message: string) => void;
  /** A lock from another host older than this is taken over; default {@link FOREIGN_LOCK_STALE_AFTER_MS}. */
  foreignStaleAfterMs?: number;
  /** The time now; tests pass their own. */
  now?: () => number;
}

/** A held report lock. */
export interface ReportLock {
  /** The lock file, beside the report. */
  path: string;
  /** Removes the lock file; safe to call twice; never throws. */
  release(): Promise<void>;
}

/** Process `pid`'s start time from /proc (Linux), undefined elsewhere or when it is gone. */
function startTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** `2 days`, `3 hours`, `5 minutes`: how long ago a lock was taken, for messages. */
function age(ms: number): string {
  const [amount, unit] =
    ms >= 2 * 86_400_000
      ? [Math.floor(ms / 86_400_000), 'days']
      : ms >= 2 * 3_600_000
        ? [Math.floor(ms / 3_600_000), 'hours']
        : [Math.max(0, Math.floor(ms / 60_000)), 'minutes'];
  return `${amount} ${unit}`;
}

/**
 * Why the run that wrote the lock cannot be alive, or undefined when it may be: on this machine,
 * its process is gone (or the pid now belongs to a process that started later); on another
 * machine, the lock is older than `staleAfterMs` by both its file's time and its own `since`.
 */
function whyDead(
  holder: LockHolder,
  path: string,
  modifiedMs: number,
  staleAfterMs: number,
  now: number,
): string | undefined {
  const who = `process ${holder.pid} on ${holder.host}, since ${holder.since}`;
  if (holder.host !== hostname()) {
    const since = Date.parse(holder.since);
    const newest = Number.isNaN(since) ? modifiedMs : Math.max(modifiedMs, since);
    if (now - newest <= staleAfterMs) return undefined;
    return (
      `Took over the lock ${path}: it was left ${age(now - newest)} ago by ${who}, another machine, ` +
      `and no run lasts longer than ${age(staleAfterMs)}`
    );
  }
  const gone = `Took over the lock ${path}: it was left by ${who}, which no longer runs`;
  if (holder.pid === process.pid) return gone;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return gone;
  }
  const start = startTicks(holder.pid);
  if (holder.start === undefined || start === undefined || start === holder.start) return undefined;
  return `Took over the lock ${path}: it was left by ${who}, which no longer runs (another process has its pid now)`;
}

/** What is at the lock's path: a regular file's holder (undefined when unreadable) and time. */
type Found =
  | { kind: 'file'; holder: LockHolder | undefined; modifiedMs: number }
  | { kind: 'gone' }
  | { kind: 'not a file'; what: string };

/** What kind of thing a non-regular file is, for messages. */
function kindOf(stats: {
  isFIFO(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Reads the lock without ever blocking or following a link: opened non-blocking and without
 * following a symbolic link, and read only when it is a regular file (a FIFO would block a
 * plain read forever).
 */
async function readLock(path: string): Promise<Found> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'gone' };
    const stats = await lstat(path).catch(() => undefined);
    if (stats && !stats.isFile()) return { kind: 'not a file', what: kindOf(stats) };
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'not a file', what: kindOf(stats) };
    // A lock holds one short JSON line; more is not a lock of ours.
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let holder: LockHolder | undefined;
    try {
      const value = JSON.parse(
        buffer.subarray(0, bytesRead).toString('utf8'),
      ) as Partial<LockHolder>;
      if (typeof value.pid === 'number' && typeof value.host === 'string')
        holder = {
          pid: value.pid,
          host: value.host,
          start: value.start,
          since: String(value.since),
        };
    } catch {
      holder = undefined;
    }
    return { kind: 'file', holder, modifiedMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * Takes the lock of `reportPath` (`<report-path>.lock`, created exclusively), creating the
 * report's folder. A lock left by a run that cannot be alive (this machine's process is gone; a
 * lock from another machine older than `foreignStaleAfterMs`; a lock whose owner cannot be read)
 * is taken over, and `onTakeOver` is told why. Throws `ReportPathBusyError` when a run that may
 * be alive holds it; `ReportWriteError` naming the folder and the cause when the folder cannot
 * be created or written, or naming the lock when something other than a regular file (a FIFO, a
 * folder, a symbolic link) sits at its path: that is refused, never read or removed.
 */
export async function lockReportPath(
  reportPath: string,
  options: ReportLockOptions = {},
): Promise<ReportLock> {
  const path = `${reportPath}.lock`;
  const now = options.now ?? Date.now;
  const staleAfterMs = options.foreignStaleAfterMs ?? FOREIGN_LOCK_STALE_AFTER_MS;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    start: startTicks(process.pid),
    since: new Date(now()).toISOString(),
  };
  try {
    await mkdir(dirname(reportPath), { recursive: true });
  } catch (error) {
    throw new ReportWriteError(
      dirname(reportPath),
      `the report's folder cannot be created: ${(error as Error).message}`,
    );
  }
  let released = false;
  let identity: { dev: number; ino: number } | undefined;
  const lock: ReportLock = {
    path,
    async release() {
      if (released) return;
      released = true;
      // Only the file this run created: if the folder was swapped meanwhile, what is at the path
      // now is not ours to remove.
      const stats = await lstat(path).catch(() => undefined);
      if (stats && identity && (stats.dev !== identity.dev || stats.ino !== identity.ino)) return;
      await rm(path, { force: true }).catch(() => undefined);
    },
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      const stats = await lstat(path).catch(() => undefined);
      if (stats) identity = { dev: stats.dev, ino: stats.ino };
      return lock;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        // The file may have been created before the write failed (a full disk).
        if (code !== 'ENOTDIR' && code !== 'EACCES' && code !== 'EROFS')
          await rm(path, { force: true }).catch(() => undefined);
        throw new ReportWriteError(
          path,
          `the report's folder cannot be written: ${(error as Error).message}`,
        );
      }
    }
    const found = await readLock(path);
    if (found.kind === 'not a file') {
      throw new ReportWriteError(
        path,
        `the report's lock is ${found.what}, not a regular file: it was not made by a verification run ` +
          'and is left as it is; remove it, or choose another report-path',
      );
    }
    if (found.kind === 'gone') continue;
    const { holder } = found;
    // A lock being written this instant has no content yet: look again before taking it over.
    if (holder === undefined && attempt === 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    const why =
      holder === undefined
        ? `Took over the lock ${path}: it names no run that could hold it (its content is not a lock's)`
        : whyDead(holder, path, found.modifiedMs, staleAfterMs, now());
    if (holder && why === undefined) {
      throw new ReportPathBusyError(
        reportPath,
        `process ${holder.pid} on ${holder.host}, since ${holder.since}`,
      );
    }
    if (attempt >= 3)
      throw new ReportPathBusyError(reportPath, `its lock ${path} keeps coming back`);
    await rm(path, { force: true });
    if (why !== undefined) options.onTakeOver?.(why);
  }
}

/**
 * Runs `write` (a verification or a merge) holding the lock of `reportPath`, after removing an
 * earlier run's log beside it (it would otherwise be uploaded as this run's); the lock is
 * released whatever happens. `options` go to `lockReportPath`.
 */
export async function withReportLock<T>(
  reportPath: string,
  write: () => Promise<T>,
  options: ReportLockOptions = {},
): Promise<T> {
  const lock = await lockReportPath(reportPath, options);
  try {
    await rm(reportFilePaths(reportPath).log, { force: true });
    return await write();
  } finally {
    await lock.release();
  }
}
