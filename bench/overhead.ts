/**
 * The action's own overhead: a workspace of 20 trivial spec files, run by bare mocha and by the
 * built action (dist/index.js under Node 24, inputs as INPUT_* variables, as the runner does),
 * alternately, several times; the medians and their difference.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NODE24, REPO_ROOT } from '../__tests__/support/paths.js';
import { runBuiltAction } from '../__tests__/support/run-action.js';
import type { Log } from './databases.js';

/** The medians, in milliseconds, and every run. */
export interface OverheadResult {
  mochaMs: number[];
  actionMs: number[];
  mochaMedianMs: number;
  actionMedianMs: number;
}

const SPEC_FILES = 20;

/** A workspace outside the repository (so the action runs its bundled mocha) with trivial specs. */
function makeWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'vm-bench-overhead-'));
  mkdirSync(join(workspace, 'test'));
  for (let i = 1; i <= SPEC_FILES; i++) {
    writeFileSync(
      join(workspace, 'test', `trivial-${String(i).padStart(2, '0')}.spec.js`),
      `describe('trivial ${i}', function () {\n  it('adds', function () {\n    if (1 + 1 !== 2) throw new Error('arithmetic');\n  });\n});\n`,
    );
  }
  return workspace;
}

async function runBareMocha(workspace: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    NODE24,
    [join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), 'test/**/*.spec.js'],
    { cwd: workspace, stdio: 'ignore' },
  );
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`bare mocha exited with ${code}`);
  return performance.now() - started;
}

async function runAction(workspace: string): Promise<number> {
  const started = performance.now();
  const run = await runBuiltAction({
    workspace,
    inputs: { service: 'bench-overhead', spec: 'test/**/*.spec.js', 'upload-artifact': 'false' },
  });
  const elapsed = performance.now() - started;
  if (run.exitCode !== 0 || run.outputs.tests !== String(SPEC_FILES))
    throw new Error(
      `the action failed or miscounted (exit ${run.exitCode}, tests ${run.outputs.tests}):\n${run.stdout}`,
    );
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs both `runs` times, alternately, after one untimed run of each (disk cache). */
export async function benchOverhead(options: { log: Log; runs?: number }): Promise<OverheadResult> {
  const runs = options.runs ?? 15;
  const built = statSync(join(REPO_ROOT, 'dist', 'index.js')).mtime;
  options.log(
    `overhead: dist/index.js built ${built.toISOString()} (rebuild with npm run bundle after changing src/)`,
  );
  const workspace = makeWorkspace();
  try {
    await runBareMocha(workspace);
    await runAction(workspace);
    const mochaMs: number[] = [];
    const actionMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      mochaMs.push(await runBareMocha(workspace));
      actionMs.push(await runAction(workspace));
    }
    const result = {
      mochaMs,
      actionMs,
      mochaMedianMs: median(mochaMs),
      actionMedianMs: median(actionMs),
    };
    options.log(
      `overhead: bare mocha ${(result.mochaMedianMs / 1000).toFixed(3)} s, action ${(result.actionMedianMs / 1000).toFixed(3)} s ` +
        `(medians of ${runs}), overhead ${((result.actionMedianMs - result.mochaMedianMs) / 1000).toFixed(3)} s`,
    );
    return result;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
