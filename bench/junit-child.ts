/**
 * One JUnit measurement, alone in its own process (bench/junit.ts bundles this file and starts
 * it): the task as JSON on stdin, one JSON line on stdout. Wall time is taken around the measured
 * work only; peak memory is this process's maxRSS.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readJUnitFile, type JUnitCase } from '../src/junit/parse.js';
import { runCommandSuites } from '../src/junit/run.js';
import type { Logger } from '../src/common/logger.js';

/** What the parent asks for. */
export interface JUnitTask {
  /**
   * `reference`: read the file as a stream and count `<testcase` with a regex (the floor: reading
   * the bytes and scanning them once); `stream`: `readJUnitFile` counting the cases, keeping
   * none (what the parsing itself costs); `parse`: `readJUnitFile`, keeping every case it reads;
   * `run`: `runCommandSuites` on a command that only touches the file, so the whole reading path
   * of the action runs (records, categories, the checks).
   */
  kind: 'reference' | 'stream' | 'parse' | 'run';
  /** The JUnit file. */
  path: string;
}

/** What the child answers. */
export interface JUnitResult {
  wallMs: number;
  maxRssBytes: number;
  /** Test cases found. */
  tests: number;
  /** Failed or errored cases found (0 expected: every generated test passes). */
  failing: number;
  error?: string;
}

const quiet: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
};

async function reference(path: string): Promise<{ tests: number; failing: number }> {
  let tests = 0;
  let failing = 0;
  // A chunk may end inside a tag: the tail is carried over, so no match is cut in two.
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    const cut = text.lastIndexOf('<');
    const whole = cut === -1 ? text : text.slice(0, cut);
    carry = cut === -1 ? '' : text.slice(cut);
    tests += whole.match(/<testcase[\s>/]/g)?.length ?? 0;
    failing += whole.match(/<(failure|error)[\s>/]/g)?.length ?? 0;
  }
  tests += carry.match(/<testcase[\s>/]/g)?.length ?? 0;
  return { tests, failing };
}

async function stream(path: string): Promise<{ tests: number; failing: number }> {
  let failing = 0;
  const { tests } = await readJUnitFile(path, 'bench.xml', (test) => {
    if (test.state === 'failed' || test.state === 'error') failing += 1;
  });
  return { tests, failing };
}

async function parse(path: string): Promise<{ tests: number; failing: number }> {
  const cases: JUnitCase[] = [];
  await readJUnitFile(path, 'bench.xml', (test) => cases.push(test));
  return {
    tests: cases.length,
    failing: cases.filter((test) => test.state === 'failed' || test.state === 'error').length,
  };
}

async function run(path: string): Promise<{ tests: number; failing: number }> {
  const slash = path.lastIndexOf('/');
  const outcome = await runCommandSuites({
    workingDirectory: path.slice(0, slash),
    command: 'touch',
    args: [path.slice(slash + 1)],
    junitGlobs: [path.slice(slash + 1)],
    logPath: `${path}.log`,
    logger: quiet,
  });
  if (outcome.problems.length > 0) throw new Error(outcome.problems.join('; '));
  return {
    tests: outcome.tests.length,
    failing: outcome.tests.filter((test) => test.state === 'failed' || test.state === 'error')
      .length,
  };
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const task = JSON.parse(input) as JUnitTask;
  const started = performance.now();
  let result: JUnitResult;
  try {
    const measure = { reference, stream, parse, run }[task.kind];
    const counts = await measure(task.path);
    result = {
      wallMs: performance.now() - started,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      ...counts,
    };
  } catch (error) {
    result = {
      wallMs: performance.now() - started,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      tests: 0,
      failing: 0,
      error: (error as Error).message.slice(0, 500),
    };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
