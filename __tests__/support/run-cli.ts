import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { NODE24, REPO_ROOT } from './paths.js';

/** The built CLI, as `npx verify-migration` runs it. */
export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

/** What one run of the built CLI left: its exit code (null when killed) and its output. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the built CLI under Node 24 in `cwd`, with only `PATH` and `HOME` of this environment
 * plus `env` (so no variable of the test run leaks into it); `exited` resolves when it closes.
 */
export function startBuiltCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { child: ChildProcess; exited: Promise<CliRun> } {
  const child = spawn(NODE24, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, exited };
}

/** Runs the built CLI to its end; never throws for a non-zero exit. */
export function runBuiltCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return startBuiltCli(args, cwd, env).exited;
}
