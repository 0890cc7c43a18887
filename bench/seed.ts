/**
 * `npm run bench:seed [-- <rows>] [--repeats=3] [--only=sqlite,postgres,mysql]`
 *
 * seedDatabase on one table (an int primary key, a varchar, an integer, a timestamp, a decimal)
 * against the database filling the same table by itself with `INSERT INTO t SELECT ... FROM` a
 * generated series, on the same server in the same run: PostgreSQL's generate_series, MariaDB's
 * SEQUENCE engine (`seq_1_to_N`), a recursive CTE on SQLite. Each round gets a fresh table in a
 * throwaway database; the medians are reported, and the median of each round's ratio, which the
 * target is judged on (within 3x). PostgreSQL and MariaDB run when VERIFY_MIGRATION_POSTGRES_URL / VERIFY_MIGRATION_MYSQL_URL
 * are set.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { DatabaseKind } from '../src/library/database/types.js';
import type { SchemaSnapshot, SqlConnection } from '../src/library/schema/types.js';
import { seedDatabase } from '../src/library/seed/index.js';
import { formatSize, parseSize } from './databases.js';

const ENGINES = ['sqlite', 'postgres', 'mysql'] as const;
const URLS: Record<DatabaseKind, string | undefined> = {
  sqlite: undefined,
  postgres: process.env.VERIFY_MIGRATION_POSTGRES_URL?.trim() || undefined,
  mysql: process.env.VERIFY_MIGRATION_MYSQL_URL?.trim() || undefined,
};
/** The seeding target: at most this many times the database's own INSERT ... SELECT. */
const TARGET_RATIO = 3;

interface Arguments {
  rows: number;
  repeats: number;
  engines: DatabaseKind[];
}

function readArguments(argv: readonly string[]): Arguments {
  let rows = 1_000_000;
  let repeats = 3;
  let engines: DatabaseKind[] = [...ENGINES];
  for (const arg of argv) {
    if (arg.startsWith('--repeats=')) {
      repeats = Number(arg.slice('--repeats='.length));
      if (!Number.isInteger(repeats) || repeats < 1 || repeats > 20)
        throw new Error(
          `bench:seed: --repeats must be a whole number from 1 to 20, got '${arg.slice(10)}'`,
        );
    } else if (arg.startsWith('--only=')) {
      const wanted = arg.slice('--only='.length).split(',');
      for (const name of wanted)
        if (!(ENGINES as readonly string[]).includes(name))
          throw new Error(`bench:seed: --only names '${name}'; allowed: ${ENGINES.join(', ')}`);
      engines = wanted as DatabaseKind[];
    } else if (arg.startsWith('-'))
      throw new Error(
        `bench:seed: unknown option '${arg}'; allowed: --repeats=<n>, --only=<engines>`,
      );
    else rows = parseSize(arg);
  }
  return { rows, repeats, engines };
}

function createTable(kind: DatabaseKind): string {
  const timestamp = kind === 'mysql' ? 'DATETIME' : 'TIMESTAMP';
  return `CREATE TABLE bench_seed (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, qty INTEGER NOT NULL, at ${timestamp} NOT NULL, price DECIMAL(12,2) NOT NULL)`;
}

/** The database filling the table by itself from a generated series. */
function insertSelect(kind: DatabaseKind, rows: number): string {
  switch (kind) {
    case 'postgres':
      return `INSERT INTO bench_seed SELECT i, 'name ' || i, i % 1000, timestamp '2000-01-01' + i * interval '1 second', (i % 100000) * 0.01 FROM generate_series(1, ${rows}) AS i`;
    case 'mysql':
      return `INSERT INTO bench_seed SELECT seq, CONCAT('name ', seq), seq % 1000, TIMESTAMPADD(SECOND, seq, '2000-01-01'), (seq % 100000) * 0.01 FROM seq_1_to_${rows}`;
    default:
      return `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${rows}) INSERT INTO bench_seed SELECT i, 'name ' || i, i % 1000, datetime(946684800 + i, 'unixepoch'), (i % 100000) * 0.01 FROM s`;
  }
}

/** The table's snapshot, as readSchema would give it. */
function schema(kind: DatabaseKind): SchemaSnapshot {
  const column = (
    name: string,
    type: string,
    family: 'integer' | 'text' | 'timestamp' | 'decimal',
  ) => ({
    name,
    type,
    family,
    nullable: false,
    default: null,
    generated: null,
  });
  return {
    dialect: kind,
    views: [],
    enums: [],
    tables: [
      {
        name: 'bench_seed',
        columns: [
          column('id', 'int', 'integer'),
          { ...column('name', 'varchar(100)', 'text'), length: 100 },
          column('qty', 'integer', 'integer'),
          column('at', kind === 'mysql' ? 'datetime' : 'timestamp', 'timestamp'),
          { ...column('price', 'decimal(12,2)', 'decimal'), precision: 12, scale: 2 },
        ],
        primaryKey: ['id'],
        uniques: [],
        indexes: [],
        foreignKeys: [],
        checks: [],
      },
    ],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Round {
  insertSelectMs: number;
  seedMs: number;
}

/** One round: a fresh database, the baseline into one table, the seeder into another. */
async function round(
  kind: DatabaseKind,
  rows: number,
  log: (line: string) => void,
): Promise<Round> {
  const database = await createThrowawayDatabase({ url: URLS[kind], label: 'benchseed' });
  const dataSource = new DataSource({ ...database.options });
  try {
    await dataSource.initialize();
    const connection: SqlConnection = {
      dialect: kind,
      query: (sql, parameters) => dataSource.query(sql, parameters),
    };
    await dataSource.query(createTable(kind));
    let started = performance.now();
    await dataSource.query(insertSelect(kind, rows));
    const insertSelectMs = performance.now() - started;
    const counted = (await dataSource.query('SELECT COUNT(*) AS n FROM bench_seed')) as {
      n: unknown;
    }[];
    if (Number(counted[0]!.n) !== rows)
      throw new Error(`${kind}: INSERT ... SELECT made ${String(counted[0]!.n)} rows`);
    await dataSource.query('DROP TABLE bench_seed');
    await dataSource.query(createTable(kind));
    started = performance.now();
    const result = await seedDatabase(connection, schema(kind), { rowsPerTable: rows, seed: 1 });
    const seedMs = performance.now() - started;
    if (result.skipped.length > 0 || result.tables[0]?.rows !== rows)
      throw new Error(`${kind}: the seeder did not fill the table: ${JSON.stringify(result)}`);
    const seeded = (await dataSource.query('SELECT COUNT(*) AS n FROM bench_seed')) as {
      n: unknown;
    }[];
    if (Number(seeded[0]!.n) !== rows)
      throw new Error(`${kind}: the seeder made ${String(seeded[0]!.n)} rows`);
    log(
      `${kind} ${formatSize(rows)}: INSERT ... SELECT ${(insertSelectMs / 1000).toFixed(3)} s, seedDatabase ${(seedMs / 1000).toFixed(3)} s`,
    );
    return { insertSelectMs, seedMs };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.drop();
  }
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  const log = (line: string): void => console.log(line);
  const startedAt = new Date();
  log(
    `verify-migration bench:seed, ${startedAt.toISOString()}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  const lines: string[][] = [];
  let missed = false;
  for (const kind of args.engines) {
    if (kind !== 'sqlite' && URLS[kind] === undefined) {
      log(`${kind}: skipped, set VERIFY_MIGRATION_${kind.toUpperCase()}_URL to run it`);
      continue;
    }
    const rounds: Round[] = [];
    for (let index = 0; index < args.repeats; index++)
      rounds.push(await round(kind, args.rows, log));
    const baseline = median(rounds.map((r) => r.insertSelectMs));
    const seeded = median(rounds.map((r) => r.seedMs));
    // Judged on each round's own ratio (the two runs of a round are seconds apart), whose median
    // moves less with the machine's load than the ratio of the two medians.
    const ratios = rounds.map((r) => r.seedMs / r.insertSelectMs);
    const ratio = median(ratios);
    if (ratio > TARGET_RATIO) missed = true;
    lines.push([
      kind,
      formatSize(args.rows),
      (baseline / 1000).toFixed(3),
      (seeded / 1000).toFixed(3),
      `${ratio.toFixed(2)}x`,
      ratio <= TARGET_RATIO ? 'yes' : 'NO',
      `medians of ${rounds.length} rounds; ratio per round ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}`,
    ]);
  }
  const header = [
    'engine',
    'rows',
    'INSERT ... SELECT s',
    'seedDatabase s',
    'seed / INSERT ... SELECT (median of rounds)',
    `within ${TARGET_RATIO}x`,
    'note',
  ];
  log('');
  for (const cells of [header, header.map(() => '---'), ...lines]) log(`| ${cells.join(' | ')} |`);
  log('');
  log(
    `finished in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s, load ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}${missed ? `; a target of ${TARGET_RATIO}x was MISSED` : ''}`,
  );
  return missed ? 1 : 0;
}

process.exitCode = await main();
