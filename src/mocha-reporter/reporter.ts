/**
 * The mocha reporter the child mocha loads by path (bundled to dist/reporter.cjs). It streams
 * one record per event to the file named by VERIFY_MIGRATION_RECORDS, synchronously, so that a
 * test calling process.exit() still leaves every record written before it, and prints one
 * progress line per test. It imports nothing from mocha: the events come from whichever mocha
 * (the project's, any version from 10, or ours) loaded it, through `Runner.constants`.
 */
import { openSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { categoryOf, type TitledNode } from '../common/categories.js';
import { jsonSafe } from '../common/json-safe.js';
import {
  RECORDS_ENV,
  type CollectedTest,
  type ErrorRecord,
  type HookKind,
  type HookPlace,
  type ReporterRecord,
} from '../common/reporter-records.js';

/** The parts of mocha's Suite, Test and Hook objects the reporter reads. */
interface MochaNode extends TitledNode {
  parent?: MochaNode;
  file?: string;
  type?: string;
  duration?: number;
  suites?: MochaNode[];
  tests?: MochaNode[];
  fullTitle(): string;
  titlePath?(): string[];
  isPending?(): boolean;
  /** A hook's context: mocha sets `currentTest` there for `beforeEach`/`afterEach` hooks. */
  ctx?: { currentTest?: MochaNode };
}

interface MochaRunner {
  suite: MochaNode;
  total?: number;
  _grep?: RegExp;
  _invert?: boolean;
  constructor: { constants: Record<string, string> };
  on(event: string, listener: (...args: never[]) => void): void;
  once(event: string, listener: (...args: never[]) => void): void;
}

/** Keeps counting apart from writing: these are only what the progress lines need. */
interface Tally {
  passes: number;
  failures: number;
  pending: number;
}

function relativeFile(file: string | undefined): string | null {
  if (!file) return null;
  return relative(process.cwd(), file).split(sep).join('/');
}

function titlePathOf(node: MochaNode): string[] {
  if (node.titlePath) return node.titlePath();
  const titles: string[] = [];
  for (let current: MochaNode | undefined = node; current; current = current.parent) {
    if (current.parent || current.title) titles.unshift(current.title);
  }
  return titles;
}

function errorRecord(error: unknown): ErrorRecord {
  if (!error || typeof error !== 'object') return { message: String(error) };
  const { name, message, stack, code, differences } = error as Record<string, unknown>;
  return {
    name: typeof name === 'string' ? name : undefined,
    message: typeof message === 'string' ? message : String(error),
    stack: typeof stack === 'string' ? stack : undefined,
    code: typeof code === 'string' ? code : undefined,
    differences: Array.isArray(differences)
      ? (jsonSafe(differences) as ErrorRecord['differences'])
      : undefined,
  };
}

function hookKind(title: string): HookKind | undefined {
  const match = /^"(before all|before each|after all|after each)" hook/.exec(title);
  return match ? (match[1] as HookKind) : undefined;
}

/**
 * Where the first stack frame inside the working directory (not node_modules) is, for progress
 * lines. Frames may be absolute, `file://` URLs, or relative to the working directory (mocha
 * shortens them so under tsx).
 */
function firstPlace(stack: string | undefined): string {
  for (const line of (stack ?? '').split('\n')) {
    const match = /(?:\(|at |^)((?:file:\/\/)?\/[^():]+|[^()\s:/<][^():]*?):(\d+):\d+\)?$/.exec(
      line.trim(),
    );
    if (!match) continue;
    const file = match[1].replace(/^file:\/\//, '');
    const path = relative(process.cwd(), resolve(process.cwd(), file));
    if (!path.startsWith('..') && !path.includes('node_modules')) return ` (${path}:${match[2]})`;
  }
  return '';
}

/** The reporter: `new VerifyMigrationReporter(runner, options)`, as mocha calls it. */
class VerifyMigrationReporter {
  private readonly fd: number;
  private readonly testIds = new WeakMap<object, number>();
  private readonly idsByTitle = new Map<string, number[]>();
  private readonly suiteIds = new WeakMap<object, number>();
  /** Milliseconds each test's `beforeEach` hooks took: part of its time (the databases it gets). */
  private readonly setupMs = new WeakMap<object, number>();
  private readonly tally: Tally = { passes: 0, failures: 0, pending: 0 };

  constructor(runner: MochaRunner) {
    const path = process.env[RECORDS_ENV];
    if (!path)
      throw new Error(
        `${RECORDS_ENV} is not set: the verify-migration reporter does not know where to write`,
      );
    this.fd = openSync(path, 'a');
    const constants = runner.constructor.constants;

    runner.once(constants.EVENT_RUN_BEGIN, () => {
      const tests = this.collect(runner);
      this.write({ type: 'start', total: runner.total ?? tests.length, tests });
    });
    runner.on(constants.EVENT_TEST_BEGIN, (test: MochaNode) =>
      this.write({ type: 'test-begin', id: this.idOf(test) }),
    );
    runner.on(constants.EVENT_TEST_PASS, (test: MochaNode) => {
      this.tally.passes++;
      const duration = this.durationOf(test);
      this.write({ type: 'pass', id: this.idOf(test), duration });
      this.print(`  ✔ ${test.fullTitle()} (${duration}ms)`);
    });
    runner.on(constants.EVENT_TEST_PENDING, (test: MochaNode) => {
      this.tally.pending++;
      this.write({ type: 'pending', id: this.idOf(test) });
      this.print(`  - ${test.fullTitle()} (pending)`);
    });
    runner.on(constants.EVENT_TEST_FAIL, (runnable: MochaNode, error: unknown) =>
      this.onFail(runnable, error),
    );
    runner.on(constants.EVENT_HOOK_BEGIN, (hook: MochaNode) => {
      const place = this.hookPlace(hook);
      if (place) this.write({ type: 'hook-begin', ...place });
    });
    runner.on(constants.EVENT_HOOK_END, (hook: MochaNode) => {
      const kind = hookKind(hook.title);
      if (kind) this.write({ type: 'hook-end' });
      const test = hook.ctx?.currentTest;
      if (kind === 'before each' && test)
        this.setupMs.set(test, (this.setupMs.get(test) ?? 0) + (hook.duration ?? 0));
    });
    runner.once(constants.EVENT_RUN_END, () => {
      this.write({ type: 'end', ...this.tally });
      this.print(
        `\n  ${this.tally.passes} passing, ${this.tally.failures} failing, ${this.tally.pending} pending`,
      );
      // The file stays open (the process's exit closes it): a rejection can still come after the end.
    });
    // Mocha keeps an 'unhandledRejection' listener for the whole process and only re-emits a
    // rejection from user code, so with no other listener it vanishes and a run with a rejected
    // promise nobody awaited (during the run or after its end) would pass. Each one is recorded;
    // the same rejection arrives twice (from node, and re-emitted by mocha).
    const seen = new WeakSet<object>();
    process.on('unhandledRejection', (reason: unknown, promise: Promise<unknown>) => {
      if (seen.has(promise)) return;
      seen.add(promise);
      const error = errorRecord(reason);
      this.write({ type: 'uncaught', title: 'an unhandled promise rejection', error });
      this.print(`  ✖ an unhandled promise rejection: ${error.message}${firstPlace(error.stack)}`);
    });
  }

  private onFail(runnable: MochaNode, error: unknown): void {
    this.tally.failures++;
    const record = errorRecord(error);
    const place = firstPlace(record.stack);
    const hook = runnable.type === 'hook' ? this.hookPlace(runnable) : undefined;
    if (hook) {
      this.write({ type: 'hook-fail', ...hook, error: record });
      this.print(`  ✖ ${runnable.fullTitle()}: ${record.message}${place}`);
      return;
    }
    const id = this.findId(runnable);
    if (id === undefined) {
      this.write({ type: 'uncaught', title: runnable.title, error: record });
    } else {
      this.write({ type: 'fail', id, duration: this.durationOf(runnable), error: record });
    }
    this.print(`  ✖ ${runnable.fullTitle()}: ${record.message}${place}`);
  }

  /** A test's time: its own and its `beforeEach` hooks' (mocha's `duration` is the test's alone). */
  private durationOf(test: MochaNode): number {
    return (test.duration ?? 0) + (this.setupMs.get(test) ?? 0);
  }

  /** Every test the run will account for, in run order, filtered by grep as mocha filters it. */
  private collect(runner: MochaRunner): CollectedTest[] {
    const tests: CollectedTest[] = [];
    let nextSuiteId = 0;
    const walk = (suite: MochaNode, ancestors: number[]) => {
      const suiteId = nextSuiteId++;
      this.suiteIds.set(suite, suiteId);
      const path = [...ancestors, suiteId];
      for (const test of suite.tests ?? []) {
        let match = runner._grep ? runner._grep.test(test.fullTitle()) : true;
        if (runner._invert) match = !match;
        if (!match) continue;
        const id = tests.length;
        this.testIds.set(test, id);
        const key = `${test.file ?? ''}\0${test.fullTitle()}`;
        this.idsByTitle.set(key, [...(this.idsByTitle.get(key) ?? []), id]);
        tests.push({
          id,
          title_path: titlePathOf(test),
          suite_ids: path,
          file: relativeFile(test.file),
          category: categoryOf(test),
          pending: test.isPending?.() ?? false,
        });
      }
      for (const child of suite.suites ?? []) walk(child, path);
    };
    walk(runner.suite, []);
    return tests;
  }

  /** Which hook this is and where it sits; undefined when its title names none of mocha's four kinds. */
  private hookPlace(hook: MochaNode): HookPlace | undefined {
    const kind = hookKind(hook.title);
    if (!kind) return undefined;
    const suite = hook.parent;
    return {
      hook: kind,
      title: hook.title,
      title_path: titlePathOf(hook),
      suite_id: suite ? (this.suiteIds.get(suite) ?? 0) : 0,
      file: relativeFile(hook.file ?? suite?.file),
      category: categoryOf(hook),
    };
  }

  private idOf(test: MochaNode): number {
    return this.findId(test) ?? -1;
  }

  /** Mocha clones a test for each retry, so a test is found by object first, then by file and title. */
  private findId(test: MochaNode): number | undefined {
    const known = this.testIds.get(test);
    if (known !== undefined) return known;
    return this.idsByTitle.get(`${test.file ?? ''}\0${test.fullTitle()}`)?.[0];
  }

  private write(record: ReporterRecord): void {
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  private print(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}

export default VerifyMigrationReporter;
