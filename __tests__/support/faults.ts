import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { VerificationReport } from '../../src/common/report.js';
import { validateReport } from './report-schema.js';
import type { ActionRun } from './run-action.js';

/**
 * Shared checks and tools of the fault-injection tests (`faults-*.test.ts`): every fault must
 * end in a failed gate that says why, never in `passed`.
 */

/** What {@link assertNoFalsePass} checks besides the outputs. */
export interface NoFalsePassExpectation {
  /** The workspace the action ran in. */
  workspace: string;
  /** The report, relative to the workspace; default `verification-report.json`. */
  reportPath?: string;
  /** What the step's failure message (and the report's reasons, when there is a report) must say. */
  reason: RegExp;
  /** False when the fault leaves no report on purpose (the step then fails before or instead of writing one). */
  reportExpected?: boolean;
}

/**
 * Asserts that a fault did not become a pass: outputs `status=failed` and `passed=false`, the
 * step failed (exit code 1) with an error saying `reason`, and, unless `reportExpected` is false,
 * a report that validates against the schema, whose gate failed for `reason` and whose counts add
 * up. Returns the report (undefined when none was expected).
 */
export function assertNoFalsePass(
  run: ActionRun,
  expected: NoFalsePassExpectation,
): VerificationReport | undefined {
  const context = `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
  assert.equal(run.outputs.status, 'failed', context);
  assert.equal(run.outputs.passed, 'false', context);
  assert.equal(run.exitCode, 1, context);
  const failures = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  assert.ok(
    failures.some((line) => expected.reason.test(line)),
    `no ::error:: line matches ${expected.reason}:\n${failures.join('\n')}\n${context}`,
  );
  const path = join(expected.workspace, expected.reportPath ?? 'verification-report.json');
  if (expected.reportExpected === false) return undefined;
  assert.ok(existsSync(path), `the report ${path} exists\n${context}`);
  const report = JSON.parse(readFileSync(path, 'utf8')) as VerificationReport;
  validateReport(report);
  assert.equal(report.overall.status, 'failed');
  assert.match(report.overall.reasons.join('\n'), expected.reason);
  const { overall } = report;
  assert.equal(
    overall.tests,
    overall.passed + overall.failures + overall.errors + overall.skipped,
    'tests = passed + failures + errors + skipped',
  );
  assert.equal(String(overall.tests), run.outputs.tests);
  return report;
}

/** Writes `files` (path relative to `folder` → content) into `folder`, creating sub-folders. */
export function writeFiles(folder: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
}

/** Whether process `pid` still runs (a zombie waiting for a parent that does not reap it does not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * The processes of `pids` still running after up to `ms` (a SIGKILL is delivered at once but a
 * process takes a moment to die): empty when every one is gone.
 */
export async function stillRunning(pids: number[], ms = 3_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const running = pids.filter(isRunning);
    if (running.length === 0 || Date.now() > deadline) return running;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Mounts a tmpfs of `size` (e.g. `64k`) at `folder` with `options` (e.g. `ro`), when this
 * machine allows it (root with CAP_SYS_ADMIN, or `sudo -n` as on a GitHub-hosted runner).
 * Returns an unmount function, or the reason it could not.
 */
export function mountTmpfs(
  folder: string,
  size: string,
  options: string[] = [],
): { unmount: () => void } | { unavailable: string } {
  mkdirSync(folder, { recursive: true });
  // Root mounts it here (as .ci/run runs); a runner's user through sudo, owning the mount, so
  // that the action it starts hits the size limit rather than a permission error.
  const root = process.getuid?.() === 0;
  const asRoot = (command: string, args: string[]) =>
    root
      ? execFileSync(command, args, { stdio: 'pipe' })
      : execFileSync('sudo', ['-n', command, ...args], { stdio: 'pipe' });
  const owner = root ? [] : [`uid=${process.getuid?.()}`, `gid=${process.getgid?.()}`];
  try {
    asRoot('mount', [
      '-t',
      'tmpfs',
      '-o',
      [`size=${size}`, ...owner, ...options].join(','),
      'tmpfs',
      folder,
    ]);
  } catch (error) {
    return { unavailable: `cannot mount a tmpfs here: ${(error as Error).message.split('\n')[0]}` };
  }
  return { unmount: () => asRoot('umount', [folder]) };
}
