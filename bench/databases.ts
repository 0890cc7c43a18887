/**
 * The database half of the benchmark: for one engine and one size, generate the two tables, then
 * measure each `compareDatabases` strategy, SQLite's `sqldiff` (on the same files) and the seed's
 * one-query-per-row algorithm, each in its own child process, and check that each finds exactly
 * the planted differences.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import type { ChildResult, ChildTask } from './child.js';
import {
  TABLE,
  expectedKeys,
  plan,
  writePostgresPair,
  writeSqlitePair,
  type PlantedDifferences,
} from './data.js';

/** The benchmark's folder and its ignored scratch folder. */
export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(BENCH_DIR, '_data');

/**
 * Every `strategy` the option may name. Each is tried; one the library does not know (it throws,
 * or it does not say in the result which strategy it used) is reported as not available and
 * dropped for the larger sizes, so the benchmark runs whatever the library has today.
 */
export const CANDIDATE_STRATEGIES = ['auto', 'merge', 'sqlite-attach', 'server-hash'] as const;

/** The seed's algorithm is run only while its predicted time stays under this. */
export const SEED_LIMIT_MS = 60_000;

/** One line of the results table. */
export interface Measurement {
  engine: 'sqlite' | 'postgres';
  rows: number;
  /** A strategy name, `sqldiff`, `seed`, or `read-whole` (PostgreSQL baseline). */
  name: string;
  wallMs?: number;
  maxRssBytes?: number;
  /** Bytes received from the server during the comparison (PostgreSQL). */
  socketBytesRead?: number;
  /** Size of both tables on the server, `pg_total_relation_size` (PostgreSQL). */
  tableBytes?: number;
  /** True when exactly the planted differences were found; undefined when not run. */
  correct?: boolean;
  /** What went wrong, which strategy `auto` chose, or why it was not run. */
  note?: string;
  /** The seed's time predicted from a smaller size when it was not run (linear in rows). */
  extrapolatedMs?: number;
}

/** Progress lines go here. */
export type Log = (line: string) => void;

/** Parses `10k`, `100k`, `1M`, `2500` into a row count. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (match === null)
    throw new Error(`bench: cannot read the size '${text}' (expected e.g. 10k, 100k, 1M or 5000)`);
  const factor = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]!]!;
  const rows = Math.round(Number(match[1]) * factor);
  if (rows < 10) throw new Error(`bench: size '${text}' is too small (at least 10 rows)`);
  return rows;
}

/** `1000000` as `1M`, `100000` as `100k`. */
export function formatSize(rows: number): string {
  if (rows >= 1e6 && rows % 1e6 === 0) return `${rows / 1e6}M`;
  if (rows >= 1e3 && rows % 1e3 === 0) return `${rows / 1e3}k`;
  return String(rows);
}

let childScript: Promise<string> | undefined;

/**
 * Bundles bench/child.ts with the library's sources into bench/_data/child.mjs (dependencies
 * stay in node_modules), so a measured process loads the library as it ships, without tsx.
 */
export function buildChild(): Promise<string> {
  childScript ??= (async () => {
    mkdirSync(DATA_DIR, { recursive: true });
    // One per process (runs may overlap), removed when this process ends.
    const outfile = join(DATA_DIR, `child-${process.pid}.mjs`);
    process.once('exit', () => rmSync(outfile, { force: true }));
    await build({
      entryPoints: [join(BENCH_DIR, 'child.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return outfile;
  })();
  return childScript;
}

/** Runs one task in a fresh Node process and returns its one-line JSON answer. */
export async function runChild(task: ChildTask, timeoutMs: number): Promise<ChildResult> {
  const script = await buildChild();
  const child = spawn(process.execPath, [script], {
    cwd: BENCH_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(JSON.stringify(task));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => clearTimeout(timer));
  if (timedOut) return { wallMs: timeoutMs, maxRssBytes: 0, socketBytesRead: 0, error: 'timeout' };
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as ChildResult;
  } catch {
    return {
      wallMs: 0,
      maxRssBytes: 0,
      socketBytesRead: 0,
      error: `child exited with ${code}: ${stderr.trim().slice(-500) || stdout.slice(-500)}`,
    };
  }
}

/** Compares what was found with what was planted; the note says what differs. */
export function checkFound(
  found: readonly string[],
  expected: readonly string[],
): { correct: boolean; note?: string } {
  const want = new Set(expected);
  const got = new Set(found);
  const unexpected = found.filter((key) => !want.has(key));
  const notFound = expected.filter((key) => !got.has(key));
  const duplicates = found.length - got.size;
  if (unexpected.length === 0 && notFound.length === 0 && duplicates === 0)
    return { correct: true };
  const parts = [];
  if (notFound.length > 0) parts.push(`${notFound.length} not found (${notFound[0]})`);
  if (unexpected.length > 0) parts.push(`${unexpected.length} unexpected (${unexpected[0]})`);
  if (duplicates > 0) parts.push(`${duplicates} reported twice`);
  return { correct: false, note: parts.join(', ') };
}

/** Which strategies are still in the running for one engine, and why the others are not. */
export class StrategyTracker {
  readonly available: string[];
  readonly dropped = new Map<string, string>();

  constructor(candidates: readonly string[] = CANDIDATE_STRATEGIES) {
    this.available = [...candidates];
  }

  /** Records a child's answer; returns a note when the strategy turned out not to exist here. */
  judge(strategy: string, result: ChildResult): string | undefined {
    let reason: string | undefined;
    if (result.error !== undefined && /strateg/i.test(result.error)) reason = result.error;
    // A library without the option ignores it and says nothing: only the old merge really ran.
    else if (
      result.error === undefined &&
      result.strategyUsed === undefined &&
      strategy !== 'merge'
    )
      reason =
        'the library ignores this strategy (no `strategy` in its result): not implemented yet';
    if (reason === undefined) return undefined;
    // "... it needs SQLite on both sides. Allowed here: ..." reads best as just the need.
    reason = /\b(needs [^.]*)\./.exec(reason)?.[1] ?? reason;
    this.available.splice(this.available.indexOf(strategy), 1);
    this.dropped.set(strategy, reason);
    return reason;
  }
}

/** Runs one comparison child and turns it into a measurement. */
async function measureCompare(
  engine: Measurement['engine'],
  rows: number,
  strategy: string,
  sides: { old: Record<string, unknown>; new: Record<string, unknown> },
  expected: readonly string[],
  timeoutMs: number,
  tracker?: StrategyTracker,
): Promise<Measurement | undefined> {
  const result = await runChild({ kind: 'compare', strategy, ...sides }, timeoutMs);
  const unavailable = tracker?.judge(strategy, result);
  if (unavailable !== undefined)
    return { engine, rows, name: strategy, note: `not available: ${unavailable}` };
  const measurement: Measurement = {
    engine,
    rows,
    name: strategy,
    wallMs: result.wallMs,
    maxRssBytes: result.maxRssBytes,
    socketBytesRead: result.socketBytesRead,
  };
  if (result.error !== undefined) {
    measurement.correct = false;
    measurement.note = `error: ${result.error}`;
    return measurement;
  }
  const verdict = checkFound(result.found ?? [], expected);
  measurement.correct = verdict.correct;
  const notes = [];
  if (strategy === 'auto' && result.strategyUsed !== undefined)
    notes.push(`chose ${result.strategyUsed}`);
  if (result.rowsFetched !== undefined) notes.push(`${result.rowsFetched} rows fetched`);
  if (verdict.note !== undefined) notes.push(verdict.note);
  if (notes.length > 0) measurement.note = notes.join('; ');
  return measurement;
}

/** The seed's run at the largest size so far, to predict the next. */
export interface SeedHistory {
  rows: number;
  wallMs: number;
}

/** Runs the seed's algorithm if it is predicted to finish under a minute, else extrapolates. */
async function measureSeed(
  engine: Measurement['engine'],
  rows: number,
  sides: { old: Record<string, unknown>; new: Record<string, unknown> },
  expected: readonly string[],
  history: SeedHistory | undefined,
  log: Log,
): Promise<{ measurement: Measurement; history: SeedHistory | undefined }> {
  const predicted = history === undefined ? undefined : (history.wallMs * rows) / history.rows;
  if (predicted !== undefined && predicted > SEED_LIMIT_MS) {
    log(`  seed: skipped, predicted ${(predicted / 1000).toFixed(0)} s (> 60 s)`);
    return {
      measurement: {
        engine,
        rows,
        name: 'seed',
        extrapolatedMs: predicted,
        note: `not run: predicted ${(predicted / 1000).toFixed(1)} s from ${formatSize(history!.rows)} (linear)`,
      },
      history,
    };
  }
  const measurement = await measureCompare(
    engine,
    rows,
    'seed',
    sides,
    expected,
    SEED_LIMIT_MS * 2,
  );
  if (measurement!.note === 'error: timeout') measurement!.extrapolatedMs = predicted;
  return {
    measurement: measurement!,
    history: measurement!.correct === true ? { rows, wallMs: measurement!.wallMs! } : history,
  };
}

/** What one engine's run keeps from size to size. */
export interface EngineState {
  strategies: StrategyTracker;
  seed?: SeedHistory;
}

/** Options of one size's run. */
export interface SizeRunOptions {
  /** Also time the seed's algorithm (when predicted under a minute). */
  seed: boolean;
  /** Also run `sqldiff` (SQLite). */
  sqldiff: boolean;
  /** Run the strategies at the same time (correctness only: their timings disturb each other). */
  parallel?: boolean;
  /**
   * Rounds of the same runs, interleaved (default 1): each run is reported with its median wall
   * time and its highest peak memory, so a burst of load on a shared machine hits every run alike
   * instead of one.
   */
  repeats?: number;
  log: Log;
}

/** One measurement per run over the rounds: median wall time and bytes, highest peak memory. */
export function combineRounds(rounds: Measurement[][]): Measurement[] {
  const median = (values: number[]): number | undefined => {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  };
  const names = [...new Set(rounds.flat().map((m) => m.name))];
  return names.map((name) => {
    const runs = rounds.flat().filter((m) => m.name === name);
    const defined = <T>(values: (T | undefined)[]): T[] =>
      values.filter((value): value is T => value !== undefined);
    const combined: Measurement = { ...runs[0]! };
    combined.wallMs = median(defined(runs.map((m) => m.wallMs)));
    const rss = defined(runs.map((m) => m.maxRssBytes));
    combined.maxRssBytes = rss.length === 0 ? undefined : Math.max(...rss);
    combined.socketBytesRead = median(defined(runs.map((m) => m.socketBytesRead)));
    const verdicts = defined(runs.map((m) => m.correct));
    combined.correct = verdicts.length === 0 ? undefined : verdicts.every(Boolean);
    // A wrong round's note says what went wrong; else the first round's.
    combined.note = runs.find((m) => m.correct === false)?.note ?? runs[0]!.note;
    if (runs.length > 1 && combined.wallMs !== undefined)
      combined.note = [combined.note, `median of ${runs.length}`].filter(Boolean).join('; ');
    return combined;
  });
}

function describe(m: Measurement): string {
  const parts = [`  ${m.name}:`];
  if (m.wallMs !== undefined) parts.push(`${(m.wallMs / 1000).toFixed(3)} s`);
  if (m.maxRssBytes) parts.push(`${(m.maxRssBytes / 2 ** 20).toFixed(0)} MB peak`);
  if (m.socketBytesRead) parts.push(`${(m.socketBytesRead / 2 ** 20).toFixed(2)} MB read`);
  if (m.correct !== undefined) parts.push(m.correct ? 'correct' : 'WRONG');
  if (m.note !== undefined) parts.push(`(${m.note})`);
  return parts.join(' ');
}

/** Benchmarks SQLite at one size: sqldiff, every strategy, and the seed's algorithm. */
export async function benchSqlite(
  rows: number,
  state: EngineState,
  options: SizeRunOptions,
): Promise<Measurement[]> {
  const { log } = options;
  mkdirSync(DATA_DIR, { recursive: true });
  // A folder of its own: a smoke test and a full run may share the machine.
  const folder = mkdtempSync(join(DATA_DIR, `sqlite-${formatSize(rows)}-`));
  try {
    const planted = plan(rows, true);
    const oldFile = join(folder, 'old.db');
    const newFile = join(folder, 'new.db');
    const started = performance.now();
    writeSqlitePair(planted, oldFile, newFile);
    log(
      `sqlite ${formatSize(rows)}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(${planted.changed.length} changed, ${planted.missing.length} missing, ${planted.extra.length} extra)`,
    );
    const expected = expectedKeys(planted);
    const sides = {
      old: { type: 'better-sqlite3', database: oldFile },
      new: { type: 'better-sqlite3', database: newFile },
    };
    const rounds: Measurement[][] = [];
    const repeats = options.repeats ?? 1;
    for (let round = 1; round <= repeats; round++) {
      const results: Measurement[] = [];
      rounds.push(results);
      const record = (m: Measurement | undefined): void => {
        if (m === undefined) return;
        results.push(m);
        log(`${describe(m)}${repeats > 1 ? ` [round ${round} of ${repeats}]` : ''}`);
      };
      if (options.sqldiff) record(await measureSqldiff(rows, planted, oldFile, newFile, folder));
      const strategies = [...state.strategies.available];
      const measure = (strategy: string) =>
        measureCompare('sqlite', rows, strategy, sides, expected, 600_000, state.strategies);
      if (options.parallel) (await Promise.all(strategies.map(measure))).forEach(record);
      else for (const strategy of strategies) record(await measure(strategy));
    }
    const results = combineRounds(rounds);
    const record = (m: Measurement): void => {
      results.push(m);
      log(describe(m));
    };
    if (options.seed) {
      const seed = await measureSeed('sqlite', rows, sides, expected, state.seed, log);
      state.seed = seed.history;
      record(seed.measurement);
    }
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Where sqldiff is, or undefined (Debian package sqlite3-tools). */
export function findSqldiff(): string | undefined {
  return ['/usr/bin/sqldiff', '/usr/local/bin/sqldiff'].find((file) => existsSync(file));
}

/**
 * Runs `sqldiff old new` under /usr/bin/time (for its peak memory), reads the SQL it prints and
 * checks that it deletes exactly the missing rows, inserts the extra ones and updates exactly the
 * changed columns.
 */
async function measureSqldiff(
  rows: number,
  planted: PlantedDifferences,
  oldFile: string,
  newFile: string,
  folder: string,
): Promise<Measurement> {
  const sqldiff = findSqldiff();
  const base = { engine: 'sqlite' as const, rows, name: 'sqldiff' };
  if (sqldiff === undefined)
    return { ...base, note: 'not run: sqldiff is not installed (apt-get install sqlite3-tools)' };
  const timeFile = join(folder, 'sqldiff.time');
  const withTime = existsSync('/usr/bin/time');
  const [command, args] = withTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, sqldiff, oldFile, newFile]]
    : [sqldiff, [oldFile, newFile]];
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const found: string[] = [];
  for await (const line of createInterface({ input: child.stdout }))
    found.push(...sqldiffKeys(line));
  const code = await new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) return { ...base, wallMs, correct: false, note: `sqldiff exited with ${code}` };
  const expected = [
    ...planted.missing.map((id) => `delete ${id}`),
    ...planted.extra.map((id) => `insert ${id}`),
    ...planted.changed.map((change) => `update ${change.id} ${change.column}`),
  ];
  const verdict = checkFound(found, expected);
  return {
    ...base,
    wallMs,
    maxRssBytes: withTime ? Number(readFileSync(timeFile, 'utf8').trim()) * 1024 : undefined,
    correct: verdict.correct,
    note: verdict.note ?? (withTime ? undefined : 'peak memory unknown: /usr/bin/time missing'),
  };
}

/** What one line of sqldiff's output changes: `delete <id>`, `insert <id>`, `update <id> <column>`. */
export function sqldiffKeys(line: string): string[] {
  let match = /^DELETE FROM \S+ WHERE id=(\d+);$/.exec(line);
  if (match) return [`delete ${match[1]}`];
  match = /^INSERT INTO \S+ VALUES\((\d+),/.exec(line);
  if (match) return [`insert ${match[1]}`];
  match = /^UPDATE \S+ SET (.*) WHERE id=(\d+);$/.exec(line);
  if (match) {
    // `a=1, b='x, y', c=x'00'`: column names are the words before `=` outside quotes.
    const columns = [...match[1]!.replace(/'(?:[^']|'')*'/g, "''").matchAll(/(?:^|, )(\w+)=/g)];
    return columns.map((column) => `update ${match![2]} ${column[1]}`);
  }
  return line.trim() === '' ? [] : [`unread: ${line.slice(0, 80)}`];
}

/** Throwaway databases this process made and has not dropped yet. */
const liveDatabases = new Set<ThrowawayDatabase>();

/** Drops every throwaway database still live (for an interrupted run: Ctrl-C). */
export async function dropLiveDatabases(): Promise<void> {
  for (const db of [...liveDatabases]) {
    await db
      .drop()
      .catch((error: unknown) => console.error(`could not drop ${db.name}: ${String(error)}`));
    liveDatabases.delete(db);
  }
}

/** Benchmarks PostgreSQL at one size, in two throwaway databases that are dropped afterwards. */
export async function benchPostgres(
  rows: number,
  url: string,
  state: EngineState,
  options: SizeRunOptions,
): Promise<Measurement[]> {
  const { log } = options;
  const made: ThrowawayDatabase[] = [];
  const keepers: pg.Client[] = [];
  try {
    for (const label of ['benchold', 'benchnew']) {
      const db = await createThrowawayDatabase({ url, label });
      made.push(db);
      liveDatabases.add(db);
    }
    const [oldDb, newDb] = made as [ThrowawayDatabase, ThrowawayDatabase];
    const clientConfig = (db: ThrowawayDatabase): pg.ClientConfig => {
      const o = db.options as unknown as Record<string, unknown>;
      return {
        host: o.host as string,
        port: o.port as number,
        user: o.username as string,
        password: o.password as string,
        database: o.database as string,
      };
    };
    // One idle connection to each database for the whole run: a sweep of stale throwaway
    // databases by another process (a test may set VERIFY_MIGRATION_STALE_AFTER_SECONDS to
    // seconds) drops without FORCE, which PostgreSQL refuses while anyone is connected.
    for (const db of made) {
      const keeper = new pg.Client(clientConfig(db));
      await keeper.connect();
      keepers.push(keeper);
    }
    const planted = plan(rows, false);
    const started = performance.now();
    await writePostgresPair(planted, clientConfig(oldDb), clientConfig(newDb));
    let tableBytes = 0;
    for (const db of made) {
      const client = new pg.Client(clientConfig(db));
      await client.connect();
      try {
        const size = await client.query(`SELECT pg_total_relation_size('${TABLE}') AS bytes`);
        tableBytes += Number(size.rows[0].bytes);
      } finally {
        await client.end();
      }
    }
    log(
      `postgres ${formatSize(rows)}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `tables ${(tableBytes / 2 ** 20).toFixed(1)} MB together`,
    );
    const expected = expectedKeys(planted);
    const sides = {
      old: oldDb.options as unknown as Record<string, unknown>,
      new: newDb.options as unknown as Record<string, unknown>,
    };
    const rounds: Measurement[][] = [];
    const repeats = options.repeats ?? 1;
    const wholeRows = planted.oldRows + planted.newRows;
    for (let round = 1; round <= repeats; round++) {
      const results: Measurement[] = [];
      rounds.push(results);
      const record = (m: Measurement | undefined): void => {
        if (m === undefined) return;
        m.tableBytes = tableBytes;
        results.push(m);
        log(`${describe(m)}${repeats > 1 ? ` [round ${round} of ${repeats}]` : ''}`);
      };
      const whole = await runChild(
        {
          kind: 'read-whole',
          old: clientConfig(oldDb) as never,
          new: clientConfig(newDb) as never,
        },
        600_000,
      );
      record({
        engine: 'postgres',
        rows,
        name: 'read-whole',
        wallMs: whole.wallMs,
        maxRssBytes: whole.maxRssBytes,
        socketBytesRead: whole.socketBytesRead,
        correct: whole.error === undefined && whole.rows === wholeRows,
        note:
          whole.error ??
          (whole.rows === wholeRows ? undefined : `read ${whole.rows} rows of ${wholeRows}`),
      });
      const strategies = [...state.strategies.available];
      const measure = (strategy: string) =>
        measureCompare('postgres', rows, strategy, sides, expected, 600_000, state.strategies);
      if (options.parallel) (await Promise.all(strategies.map(measure))).forEach(record);
      else for (const strategy of strategies) record(await measure(strategy));
    }
    const results = combineRounds(rounds);
    const record = (m: Measurement): void => {
      m.tableBytes = tableBytes;
      results.push(m);
      log(describe(m));
    };
    if (options.seed) {
      const seed = await measureSeed('postgres', rows, sides, expected, state.seed, log);
      state.seed = seed.history;
      record(seed.measurement);
    }
    return results;
  } finally {
    await Promise.allSettled(keepers.map((keeper) => keeper.end()));
    for (const db of made.reverse()) {
      await db.drop();
      liveDatabases.delete(db);
    }
  }
}
