/**
 * Starting the test process: `child_process.spawn` with an argument list (never a shell), in a
 * process group of its own, behind the small {@link CommandProcess} interface that tests replace.
 */
import { spawn } from 'node:child_process';
import { killGroupLeftovers, killProcessTree, sendKill } from './process-tree.js';

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
      let group: GroupState = { phase: 'running' };
      const stop = () => {
        if (child.pid === undefined || group.phase === 'settled') return;
        // Once the leader has exited its pid may be someone else's: only its group is signalled.
        if (group.phase === 'leader-exited') sendKill(-child.pid);
        else killProcessTree(child.pid);
      };
      const settle = (action: () => void) => {
        if (group.phase === 'settled') return;
        if (group.phase === 'leader-exited') clearTimeout(group.graceTimer);
        group = { phase: 'settled' };
        options.signal?.removeEventListener('abort', stop);
        action();
      };
      child.stdout.on('data', options.onStdout);
      child.stderr.on('data', options.onStderr);
      if (options.signal?.aborted) stop();
      else options.signal?.addEventListener('abort', stop, { once: true });
      child.once('error', (error) => settle(() => reject(error)));
      child.once('exit', (code) => {
        // After a start error ('error' came first) there is nothing to wait for.
        if (group.phase !== 'running') return;
        // Settled only once the leftovers are dealt with, so their kill is in the log of this run.
        const leftovers = reportLeftovers(child.pid, options);
        // A process that escaped the group may still hold the pipes: do not wait on it for ever.
        const graceTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          void leftovers.then(() => settle(() => resolve(code)));
        }, CLOSE_GRACE_MS);
        group = { phase: 'leader-exited', exitCode: code, leftovers, graceTimer };
      });
      child.once('close', (code) => {
        const exited = group.phase === 'leader-exited' ? group : undefined;
        void (exited?.leftovers ?? Promise.resolve()).then(() =>
          settle(() => resolve(code ?? exited?.exitCode ?? null)),
        );
      });
    });
  },
});

/**
 * Where the spawned group is: its leader (the test process) running; the leader gone while
 * processes it started may live on in the group and hold the pipes; or the run's promise settled.
 */
type GroupState =
  | { phase: 'running' }
  | {
      phase: 'leader-exited';
      exitCode: number | null;
      /** Settles once the group's leftovers are killed and reported. */
      leftovers: Promise<void>;
      /** Ends the wait for the pipes to close. */
      graceTimer: NodeJS.Timeout;
    }
  | { phase: 'settled' };

/**
 * Once the leader has exited: kills what the test process left running in its group and says
 * so on stderr. After a stop the tree was killed already; what is still dying is no news.
 */
async function reportLeftovers(
  pid: number | undefined,
  options: { onStderr: (data: Buffer) => void; signal?: AbortSignal },
): Promise<void> {
  if (pid === undefined || process.platform === 'win32' || options.signal?.aborted) return;
  const left = await killGroupLeftovers(pid);
  if (left === false || (Array.isArray(left) && left.length === 0)) return;
  const what = left === true ? 'the processes' : `${left.length} process(es) (${left.join(', ')})`;
  options.onStderr(
    Buffer.from(
      `verify-migration: killed ${what} that the test process left running after it exited\n`,
    ),
  );
}
