import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { NODE24, REPO_ROOT, makeTempDir } from './paths.js';

/**
 * Runs a built JavaScript action the way the GitHub runner runs a `node24` action: under Node 24,
 * in the workspace, inputs as `INPUT_<NAME>` variables (with action.yml's defaults for the
 * inputs not given), and the file commands (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, ...) in a
 * fresh `RUNNER_TEMP` that is removed afterwards.
 */

/** What {@link runBuiltAction} runs. */
export interface RunActionOptions {
  /** The action's entry, absolute or relative to the repository root. */
  script?: string;
  /** Inputs by their action.yml names (`old-version`), as a workflow's `with:` gives them. */
  inputs: Record<string, string>;
  /**
   * Extra environment, applied last: it may override what the harness sets; `undefined`
   * removes a variable.
   */
  env?: Record<string, string | undefined>;
  /** `GITHUB_WORKSPACE`, and the working directory unless `cwd` is given. */
  workspace: string;
  /** The process's working directory; the workspace by default, as on the runner. */
  cwd?: string;
  /**
   * The action.yml whose input defaults apply. By default the first action.yml found beside
   * the script or in its parent folder (so `dist/index.js` gets the repository's); `null` for
   * none.
   */
  actionYml?: string | null;
  /** Killed (SIGKILL) after this long. */
  timeoutMs?: number;
  /**
   * The largest file the action (and every process it starts) may write, in bytes: set with
   * `prlimit --fsize`, as a quota or `ulimit -f` would; a write past it fails with EFBIG.
   */
  fileSizeLimit?: number;
  /**
   * Waits of a second or more in the action's own process (not the test process it starts)
   * divided by this, through the test-only clock `faster-waits.mjs`: for cases that go through
   * the artifact client's retry backoff, which no input shortens.
   */
  waitsDividedBy?: number;
}

/** What the run left behind. */
export interface ActionRun {
  /** The process's exit code; -1 when it was killed by a signal. */
  exitCode: number;
  /** The signal that killed it, if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Outputs written to `GITHUB_OUTPUT` (both `name<<delimiter` blocks and `name=value` lines). */
  outputs: Record<string, string>;
  /** What was written to `GITHUB_STEP_SUMMARY`. */
  summary: string;
  /**
   * Annotation commands from stdout, each line whole, e.g.
   * `::error file=test/a.spec.ts,line=6::expected 2`. Errors, warnings and notices.
   */
  annotations: string[];
}

/**
 * The environment variable a runner sets for an input: `INPUT_` and the name upper-cased with
 * spaces as `_` (dashes kept), which is how `@actions/core`'s `getInput` looks it up.
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a `GITHUB_OUTPUT` file: `name<<DELIMITER` / lines / `DELIMITER` blocks (what
 * `@actions/core` writes) and single `name=value` lines (what `echo >> $GITHUB_OUTPUT` writes).
 * A later value for a name wins, as on the runner.
 */
export function parseOutputFile(content: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    // A name holds no `=`, so `a=b<<c` is a name=value line.
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf('=');
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (equals > 0) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`GITHUB_OUTPUT: cannot read line ${i + 1}: ${JSON.stringify(line)}`);
    }
  }
  return outputs;
}

/** Annotation command lines (`::error ...::`, `::warning ...::`, `::notice ...::`) in `stdout`. */
export function parseAnnotations(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((line) => /^::(error|warning|notice)( [^:]*)?::/.test(line));
}

/** Defaults of action.yml's inputs, as the runner fills them in for inputs not given. */
function inputDefaults(actionYml: string): Record<string, string> {
  const action = parseYaml(readFileSync(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (input?.default === undefined || input.default === null) continue;
    const value = String(input.default);
    // The runner would evaluate an expression; the harness refuses to guess at one.
    if (value.includes('${{'))
      throw new Error(
        `${actionYml}: input ${name}'s default is an expression; give the input explicitly`,
      );
    defaults[name] = value;
  }
  return defaults;
}

function findActionYml(script: string): string | undefined {
  return [dirname(script), dirname(dirname(script))]
    .map((folder) => join(folder, 'action.yml'))
    .find((file) => existsSync(file));
}

const FASTER_WAITS = join(dirname(fileURLToPath(import.meta.url)), 'faster-waits.mjs');

/**
 * The artifact client waits 3 s, then 4.5 s, 6.75 s... between its five attempts, and no input
 * shortens that: cases that go through its retries pass this as `waitsDividedBy`, and still see
 * every attempt.
 */
export const ARTIFACT_RETRY_WAITS_DIVIDED_BY = 30;

/** Variables the parent may have that a step on the runner would not inherit from this harness. */
function isRunnerVariable(name: string): boolean {
  return /^(INPUT_|ACTIONS_|GITHUB_|RUNNER_|STATE_)/.test(name);
}

/**
 * Runs the built action under Node 24 as the runner does and returns its exit code, output,
 * outputs, step summary and annotations. Never throws for the action's own failure (that is
 * the exit code); throws when it cannot start or times out.
 */
export async function runBuiltAction(options: RunActionOptions): Promise<ActionRun> {
  const { inputs, workspace, env = {}, timeoutMs = 110_000 } = options;
  const script = resolve(REPO_ROOT, options.script ?? join('dist', 'index.js'));
  if (!existsSync(script))
    throw new Error(`No built action at ${script}: run \`npm run bundle\` first.`);
  const actionYml = options.actionYml === undefined ? findActionYml(script) : options.actionYml;

  const runnerTemp = makeTempDir('runner-temp');
  try {
    const files = {
      GITHUB_OUTPUT: join(runnerTemp, 'output.txt'),
      GITHUB_STEP_SUMMARY: join(runnerTemp, 'step-summary.md'),
      GITHUB_ENV: join(runnerTemp, 'env.txt'),
      GITHUB_PATH: join(runnerTemp, 'path.txt'),
      GITHUB_STATE: join(runnerTemp, 'state.txt'),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');

    const childEnv: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !isRunnerVariable(name)) childEnv[name] = value;
    }
    Object.assign(childEnv, files, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
    });
    const given = { ...(actionYml ? inputDefaults(actionYml) : {}), ...inputs };
    for (const [name, value] of Object.entries(given)) childEnv[inputVariable(name)] = value;
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete childEnv[name];
      else childEnv[name] = value;
    }

    const cwd = options.cwd
      ? isAbsolute(options.cwd)
        ? options.cwd
        : resolve(workspace, options.cwd)
      : workspace;
    const node =
      options.waitsDividedBy === undefined
        ? [NODE24, script]
        : [NODE24, '--import', pathToFileURL(FASTER_WAITS).href, script];
    if (options.waitsDividedBy !== undefined)
      childEnv.VM_TEST_WAITS_DIVIDED_BY = String(options.waitsDividedBy);
    const [program, ...args] =
      options.fileSizeLimit === undefined
        ? node
        : ['prlimit', `--fsize=${options.fileSizeLimit}`, '--', ...node];
    const child = spawn(program, args, {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolvePromise, reject) => {
        child.once('error', reject);
        child.once('close', (exitCode, exitSignal) => resolvePromise([exitCode, exitSignal]));
      },
    ).finally(() => clearTimeout(timer));
    if (timedOut)
      throw new Error(
        `The action did not finish within ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
      );

    return {
      exitCode: code ?? -1,
      signal,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations: parseAnnotations(stdout),
    };
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}

/** The built action on the example's service name, without an upload: what most end-to-end tests run. */
export async function runAction(
  workspace: string,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runBuiltAction({
    workspace,
    inputs: { service: 'tool-integration', 'upload-artifact': 'false', ...inputs },
  });
}
