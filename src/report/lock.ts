import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { ReportPathBusyError, ReportWriteError } from '../core/errors.js';
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

/** Whether the run that wrote the lock still runs (on this machine; a lock from another host is trusted). */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = startTicks(holder.pid);
  return holder.start === undefined || start === undefined || start === holder.start;
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return undefined;
    return { pid: value.pid, host: value.host, start: value.start, since: String(value.since) };
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `reportPath` (`<report-path>.lock`, created exclusively), creating the
 * report's folder. A lock left by a run that died is taken over. Throws `ReportPathBusyError`
 * when a live run holds it, and `ReportWriteError` naming the folder and the cause when the
 * folder cannot be created or written.
 */
export async function lockReportPath(reportPath: string): Promise<ReportLock> {
  const path = `${reportPath}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    start: startTicks(process.pid),
    since: new Date().toISOString(),
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
  const lock: ReportLock = {
    path,
    async release() {
      if (released) return;
      released = true;
      await rm(path, { force: true }).catch(() => undefined);
    },
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
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
    const holder = await readHolder(path);
    // A lock being written this instant has no content yet: look again before taking it over.
    if (holder === undefined && attempt === 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (holder && isAlive(holder)) {
      throw new ReportPathBusyError(
        reportPath,
        `process ${holder.pid} on ${holder.host}, since ${holder.since}`,
      );
    }
    if (attempt >= 2)
      throw new ReportPathBusyError(reportPath, `its lock ${path} keeps coming back`);
    await rm(path, { force: true });
  }
}

/**
 * Runs `write` (a verification or a merge) holding the lock of `reportPath`, after removing an
 * earlier run's log beside it (it would otherwise be uploaded as this run's); the lock is
 * released whatever happens.
 */
export async function withReportLock<T>(reportPath: string, write: () => Promise<T>): Promise<T> {
  const lock = await lockReportPath(reportPath);
  try {
    await rm(reportFilePaths(reportPath).log, { force: true });
    return await write();
  } finally {
    await lock.release();
  }
}
