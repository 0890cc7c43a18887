/**
 * The process table and the kill policy: which processes belong to the test process's tree or
 * group (from /proc on Linux), and how they are stopped. Only ever signals a group we started or
 * a tree read a moment before.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

export function sendKill(target: number): boolean {
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
export async function killGroupLeftovers(pid: number): Promise<string[] | boolean> {
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
