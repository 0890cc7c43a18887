/**
 * `npm run bench [-- sizes...] [--smoke] [--only=sqlite,postgres,engines,objects,overhead] [--pairs=mysql-postgres,...] [--repeats=3]`
 *
 * Database comparison (SQLite and PostgreSQL) at each size (default 10k 100k 1M) against sqldiff,
 * the seed's algorithm and reading both tables whole; the action's overhead over bare mocha; and
 * compareObjects on a 10 MB document against microdiff and jsondiffpatch. Progress as it goes,
 * tables at the end. `--smoke`: 10k rows and a small document, correctness only (what the test
 * suite runs). PostgreSQL runs when VERIFY_MIGRATION_POSTGRES_URL is set. `engines`: across
 * engines (SQLite -> PostgreSQL, MariaDB -> PostgreSQL, PostgreSQL -> MariaDB) with the default
 * options, when both VERIFY_MIGRATION_POSTGRES_URL and VERIFY_MIGRATION_MYSQL_URL are set.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import {
  StrategyTracker,
  benchPostgres,
  benchSqlite,
  dropLiveDatabases,
  findSqldiff,
  formatSize,
  parseSize,
  type EngineState,
  type Measurement,
} from './databases.js';
import { ENGINE_PAIRS, benchEnginePair, type EngineMeasurement } from './engines.js';
import { benchObjects, type ObjectsMeasurement } from './objects.js';
import { benchOverhead, type OverheadResult } from './overhead.js';

const SECTIONS = ['sqlite', 'postgres', 'engines', 'objects', 'overhead'] as const;
type Section = (typeof SECTIONS)[number];

interface Arguments {
  sizes: number[];
  smoke: boolean;
  /** Rounds of each database run (median reported). */
  repeats: number;
  sections: Section[];
  /** A Python that imports reladiff 0.6.0 and its drivers, for the engines section's peer. */
  reladiff?: string;
  /** The engines section's pairs to run (`mysql-postgres`, ...); all when undefined. */
  pairs?: string[];
}

function readArguments(argv: readonly string[]): Arguments {
  let smoke = false;
  let repeats: number | undefined;
  let sections: Section[] = [...SECTIONS];
  let reladiff: string | undefined;
  let pairs: string[] | undefined;
  const sizes: number[] = [];
  for (const arg of argv) {
    if (arg === '--smoke') smoke = true;
    else if (arg.startsWith('--reladiff=')) {
      reladiff = arg.slice('--reladiff='.length);
      if (!existsSync(reladiff))
        throw new Error(
          `bench: --reladiff names ${reladiff}, which does not exist (a Python that imports reladiff)`,
        );
    } else if (arg.startsWith('--repeats=')) {
      repeats = Number(arg.slice('--repeats='.length));
      if (!Number.isInteger(repeats) || repeats < 1 || repeats > 20)
        throw new Error(
          `bench: --repeats must be a whole number from 1 to 20, got '${arg.slice(10)}'`,
        );
    } else if (arg.startsWith('--pairs=')) {
      pairs = arg.slice('--pairs='.length).split(',');
      const known = ENGINE_PAIRS.map((p) => `${p[0]}-${p[1]}`);
      for (const name of pairs)
        if (!known.includes(name))
          throw new Error(`bench: --pairs names '${name}'; allowed: ${known.join(', ')}`);
    } else if (arg.startsWith('--only=')) {
      const wanted = arg.slice('--only='.length).split(',');
      for (const name of wanted)
        if (!(SECTIONS as readonly string[]).includes(name))
          throw new Error(`bench: --only names '${name}'; allowed: ${SECTIONS.join(', ')}`);
      sections = wanted as Section[];
    } else if (arg.startsWith('-'))
      throw new Error(
        `bench: unknown option '${arg}'; allowed: --smoke, --only=<sections>, --pairs=<old-new,...>, --repeats=<n>, --reladiff=<python>`,
      );
    else sizes.push(...arg.split(',').map(parseSize));
  }
  if (sizes.length === 0) sizes.push(...(smoke ? [10_000] : [10_000, 100_000, 1_000_000]));
  if (smoke) sections = sections.filter((section) => section !== 'overhead');
  return { sizes, smoke, sections, repeats: repeats ?? (smoke ? 1 : 3), reladiff, pairs };
}

const log = (line: string): void => console.log(line);

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : (ms / 1000).toFixed(3);
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined || bytes === 0 ? '' : (bytes / 2 ** 20).toFixed(1);
}

function ratio(value: number | undefined, base: number | undefined, digits = 2): string {
  return value === undefined || base === undefined || base === 0
    ? ''
    : `${(value / base).toFixed(digits)}x`;
}

/** A Markdown table (so the output pastes straight into RESULTS.md). */
function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function databaseTable(measurements: Measurement[]): string {
  const rows = measurements.map((m) => {
    const same = measurements.filter((other) => other.engine === m.engine && other.rows === m.rows);
    const base = same.find(
      (other) => other.name === (m.engine === 'sqlite' ? 'sqldiff' : 'read-whole'),
    );
    const seed = same.find((other) => other.name === 'seed');
    const seedMs = seed?.wallMs ?? seed?.extrapolatedMs;
    return [
      m.engine,
      formatSize(m.rows),
      m.name,
      seconds(m.wallMs),
      megabytes(m.maxRssBytes),
      m.engine === 'postgres' ? megabytes(m.socketBytesRead) : '',
      m.engine === 'postgres' ? ratio(m.socketBytesRead, m.tableBytes, 3) : '',
      ratio(m.wallMs, base?.wallMs),
      m.name === 'seed' ? '' : ratio(seedMs, m.wallMs, 0),
      m.correct === undefined ? '' : m.correct ? 'yes' : 'NO',
      m.note ?? '',
    ];
  });
  return table(
    [
      'engine',
      'rows',
      'run',
      'wall s',
      'peak MB',
      'read MB',
      'read / table size',
      'time vs sqldiff (SQLite) / read-whole (PG)',
      'seed is slower by',
      'exact',
      'note',
    ],
    rows,
  );
}

function enginesTable(measurements: EngineMeasurement[]): string {
  return table(
    [
      'old -> new',
      'rows',
      'run',
      'wall s',
      'peak MB',
      'read MB',
      'read / tables size',
      'found / planted',
      'exact',
      'note',
    ],
    measurements.map((m) => [
      m.pair,
      formatSize(m.rows),
      m.name,
      seconds(m.wallMs),
      megabytes(m.maxRssBytes),
      megabytes(m.socketBytesRead),
      ratio(m.socketBytesRead, m.tableBytes, 3),
      m.found === undefined ? '' : `${m.found} / ${m.planted}`,
      m.correct === undefined ? '' : m.correct ? 'yes' : 'NO',
      m.note ?? '',
    ]),
  );
}

function objectsTable(measurements: ObjectsMeasurement[]): string {
  return table(
    ['library', 'median ms', 'min ms', 'runs', 'differences', 'same as compareObjects'],
    measurements.map((m) => [
      m.library,
      m.medianMs.toFixed(1),
      m.minMs.toFixed(1),
      String(m.runs),
      String(m.differences),
      m.same === undefined ? '' : m.same ? 'yes' : `NO (${m.note ?? ''})`,
    ]),
  );
}

function overheadTable(result: OverheadResult): string {
  return table(
    ['run', 'median s', 'all runs s'],
    [
      [
        'bare mocha',
        seconds(result.mochaMedianMs),
        result.mochaMs.map((ms) => seconds(ms)).join(', '),
      ],
      [
        'action (dist/index.js, Node 24)',
        seconds(result.actionMedianMs),
        result.actionMs.map((ms) => seconds(ms)).join(', '),
      ],
      ['overhead', seconds(result.actionMedianMs - result.mochaMedianMs), ''],
    ],
  );
}

/** One of the issue's targets, as measured in this run. */
interface Target {
  target: string;
  measured: string;
  met: boolean | undefined;
}

/**
 * The issue's targets, judged on `auto` (what a suite gets without choosing) at the largest size
 * of the run, against the baselines measured in the same run.
 */
function judgeTargets(
  measurements: Measurement[],
  objects: ObjectsMeasurement[],
  overhead: OverheadResult | undefined,
): Target[] {
  const targets: Target[] = [];
  const find = (engine: string, rows: number | undefined, name: string) =>
    measurements.find((m) => m.engine === engine && m.rows === rows && m.name === name);
  const sizes = (engine: string) =>
    [...new Set(measurements.filter((m) => m.engine === engine).map((m) => m.rows))].sort(
      (a, b) => a - b,
    );
  const judge = (
    target: string,
    value: number | undefined,
    ok: (v: number) => boolean,
    shown: (v: number) => string,
  ) =>
    targets.push({
      target,
      measured: value === undefined || Number.isNaN(value) ? 'not measured' : shown(value),
      met: value === undefined || Number.isNaN(value) ? undefined : ok(value),
    });

  const sqlite = sizes('sqlite');
  const big = sqlite.at(-1);
  if (big !== undefined) {
    const auto = find('sqlite', big, 'auto');
    const chose = auto?.note?.match(/chose ([\w-]+)/)?.[1];
    const label = `SQLite ${formatSize(big)}, auto${chose ? ` (${chose})` : ''}`;
    const sqldiff = find('sqlite', big, 'sqldiff');
    const seed = find('sqlite', big, 'seed');
    judge(
      `${label}: wall time within 1.0x of sqldiff`,
      ratioOf(auto?.wallMs, sqldiff?.wallMs),
      (v) => v <= 1,
      (v) => `${v.toFixed(2)}x (${seconds(auto?.wallMs)} s vs ${seconds(sqldiff?.wallMs)} s)`,
    );
    const seedMs = seed?.wallMs ?? seed?.extrapolatedMs;
    judge(
      `${label}: at least 100x faster than the seed's algorithm${seed?.wallMs === undefined ? ' (extrapolated)' : ''}`,
      ratioOf(seedMs, auto?.wallMs),
      (v) => v >= 100,
      (v) => `${v.toFixed(0)}x (seed ${seconds(seedMs)} s)`,
    );
    judge(
      `${label}: peak memory under 200 MB`,
      auto?.maxRssBytes,
      (v) => v < 200 * 2 ** 20,
      (v) => `${megabytes(v)} MB`,
    );
    const previous = sqlite.at(-2);
    if (previous !== undefined) {
      const before = find('sqlite', previous, 'auto');
      judge(
        `${label}: peak memory at most 1.5x its value at ${formatSize(previous)}`,
        ratioOf(auto?.maxRssBytes, before?.maxRssBytes),
        (v) => v <= 1.5,
        (v) => `${v.toFixed(2)}x (${megabytes(before?.maxRssBytes)} MB at ${formatSize(previous)})`,
      );
    }
  }
  const postgres = sizes('postgres');
  const pgBig = postgres.at(-1);
  if (pgBig !== undefined) {
    const auto = find('postgres', pgBig, 'auto');
    const chose = auto?.note?.match(/chose ([\w-]+)/)?.[1];
    const label = `PostgreSQL ${formatSize(pgBig)}, auto${chose ? ` (${chose})` : ''}`;
    const whole = find('postgres', pgBig, 'read-whole');
    judge(
      `${label}: bytes read at most 10% of the tables' size`,
      ratioOf(auto?.socketBytesRead, auto?.tableBytes),
      (v) => v <= 0.1,
      (v) =>
        `${(v * 100).toFixed(1)}% (${megabytes(auto?.socketBytesRead)} MB of ${megabytes(auto?.tableBytes)} MB)`,
    );
    judge(
      `${label}: wall time within 2x of reading both tables whole`,
      ratioOf(auto?.wallMs, whole?.wallMs),
      (v) => v <= 2,
      (v) => `${v.toFixed(2)}x (${seconds(auto?.wallMs)} s vs ${seconds(whole?.wallMs)} s)`,
    );
  }
  const ours = objects.find((m) => m.library === 'compareObjects');
  if (ours !== undefined) {
    const fastest = Math.min(...objects.filter((m) => m !== ours).map((m) => m.medianMs));
    const same = objects.every((m) => m.same === true);
    targets.push({
      target:
        'compareObjects on the document: at least as fast as the faster of microdiff and jsondiffpatch, same differences',
      measured: `${ours.medianMs.toFixed(0)} ms vs ${fastest.toFixed(0)} ms (${(fastest / ours.medianMs).toFixed(2)}x faster); differences ${same ? 'the same' : 'NOT the same'}`,
      met: ours.medianMs <= fastest && same,
    });
  }
  if (overhead !== undefined) {
    const extra = overhead.actionMedianMs - overhead.mochaMedianMs;
    targets.push({
      target: 'action overhead over bare mocha under 0.3 s',
      measured: `${seconds(extra)} s (medians)`,
      met: extra < 300,
    });
  }
  return targets;
}

function ratioOf(value: number | undefined, base: number | undefined): number | undefined {
  return value === undefined || base === undefined || base === 0 ? undefined : value / base;
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  const startedAt = new Date();
  log(
    `verify-migration bench, ${startedAt.toISOString()}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  log(
    `sizes: ${args.sizes.map(formatSize).join(', ')}; sections: ${args.sections.join(', ')}; ${args.repeats} round(s)${args.smoke ? ' (smoke)' : ''}`,
  );
  const measurements: Measurement[] = [];
  let failed = false;

  if (args.sections.includes('sqlite')) {
    if (!args.smoke && findSqldiff() === undefined)
      log(
        'sqldiff is not installed: install it with `apt-get install sqlite3-tools` to compare with it.',
      );
    const state: EngineState = { strategies: new StrategyTracker() };
    for (const rows of args.sizes)
      measurements.push(
        ...(await benchSqlite(rows, state, {
          seed: !args.smoke,
          sqldiff: !args.smoke,
          parallel: args.smoke,
          repeats: args.repeats,
          log,
        })),
      );
  }
  if (args.sections.includes('postgres')) {
    const url = process.env.VERIFY_MIGRATION_POSTGRES_URL?.trim();
    if (!url) log('postgres: skipped, set VERIFY_MIGRATION_POSTGRES_URL to run it');
    else {
      const state: EngineState = { strategies: new StrategyTracker() };
      for (const rows of args.sizes)
        measurements.push(
          ...(await benchPostgres(rows, url, state, {
            seed: !args.smoke,
            sqldiff: false,
            parallel: args.smoke,
            repeats: args.repeats,
            log,
          })),
        );
    }
  }
  const engines: EngineMeasurement[] = [];
  if (args.sections.includes('engines')) {
    const postgres = process.env.VERIFY_MIGRATION_POSTGRES_URL?.trim();
    const mysql = process.env.VERIFY_MIGRATION_MYSQL_URL?.trim();
    if (!postgres || !mysql)
      log(
        'engines: skipped, set VERIFY_MIGRATION_POSTGRES_URL and VERIFY_MIGRATION_MYSQL_URL to run it',
      );
    else {
      if (args.reladiff === undefined)
        log('engines: reladiff not run (no --reladiff=<a Python that imports reladiff 0.6.0>)');
      for (const rows of args.sizes)
        for (const pair of ENGINE_PAIRS.filter(
          (p) => args.pairs === undefined || args.pairs.includes(`${p[0]}-${p[1]}`),
        ))
          engines.push(
            ...(await benchEnginePair(
              pair,
              rows,
              { postgres, mysql },
              {
                repeats: args.repeats,
                log,
                reladiff: args.reladiff,
              },
            )),
          );
    }
  }
  if (measurements.some((m) => m.correct === false)) failed = true;
  // A peer's wrong answer is a finding of the run, not a failure of it.
  if (engines.some((m) => m.name.startsWith('compareDatabases') && m.correct === false))
    failed = true;

  let objects: ObjectsMeasurement[] = [];
  if (args.sections.includes('objects')) {
    objects = await benchObjects({ smoke: args.smoke, log });
    if (objects.some((m) => m.same === false)) failed = true;
  }
  let overhead: OverheadResult | undefined;
  if (args.sections.includes('overhead')) overhead = await benchOverhead({ log });

  log('');
  if (measurements.length > 0) log(`${databaseTable(measurements)}\n`);
  if (engines.length > 0) log(`${enginesTable(engines)}\n`);
  if (objects.length > 0) log(`${objectsTable(objects)}\n`);
  if (overhead !== undefined) log(`${overheadTable(overhead)}\n`);
  if (!args.smoke) {
    const targets = judgeTargets(measurements, objects, overhead);
    if (targets.length > 0)
      log(
        `${table(
          ['target', 'measured', 'met'],
          targets.map((t) => [
            t.target,
            t.measured,
            t.met === undefined ? 'not measured' : t.met ? 'yes' : 'NO',
          ]),
        )}\n`,
      );
  }
  log(
    `finished in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s${failed ? '; SOME RUNS WERE WRONG' : ''}`,
  );
  return failed ? 1 : 0;
}

// Ctrl-C: drop the PostgreSQL databases made so far (the children die with the terminal's group).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: dropping the benchmark's databases`);
    void dropLiveDatabases().finally(() => process.exit(130));
  });
}
process.exitCode = await main();
