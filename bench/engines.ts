/**
 * The cross-engine half of the benchmark (issue 16): a service moving from SQLite to PostgreSQL,
 * from MariaDB to PostgreSQL, and from PostgreSQL to MariaDB. The old table is written on one
 * engine and the new one on the other, each with the types its TypeORM schema would have
 * (SQLite's boolean, DECIMAL and DATETIME text; MariaDB's tinyint(1), DECIMAL, DATETIME(3) and
 * JSON; PostgreSQL's boolean, numeric, timestamptz and jsonb), with 0.1% of planted differences:
 * a third changed (among them decimals cut to 2 places and times shifted by 2 hours), a third
 * missing, a third extra. `compareDatabases` runs with its default options in its own process and
 * must find exactly those.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { keyPicker, seededRandom } from './data.js';
import { DATA_DIR, checkFound, formatSize, runChild, type Log } from './databases.js';

/** The table compared on both sides. */
export const ENGINE_TABLE = 'engine_rows';

/** The engines of a pair. */
export type Engine = 'sqlite' | 'postgres' | 'mysql';

/** The pairs measured: old engine, new engine. */
export const ENGINE_PAIRS: readonly [Engine, Engine][] = [
  ['sqlite', 'postgres'],
  ['mysql', 'postgres'],
  ['postgres', 'mysql'],
];

/** The compared columns (the key `id` apart), in table order. */
const COLUMNS = [
  'name',
  'email',
  'age',
  'score',
  'active',
  'amount',
  'created_at',
  'payload',
  'meta',
  'note',
] as const;
type Column = (typeof COLUMNS)[number];

/** Each engine's DDL, as its TypeORM schema declares the columns. */
const DDL: Record<Engine, string> = {
  sqlite: `CREATE TABLE ${ENGINE_TABLE} (id integer PRIMARY KEY, name text NOT NULL,
    email varchar(255) NOT NULL, age integer NOT NULL, score double NOT NULL,
    active boolean NOT NULL, amount decimal(12,4) NOT NULL, created_at datetime NOT NULL,
    payload blob NOT NULL, meta text NOT NULL, note text)`,
  postgres: `CREATE TABLE ${ENGINE_TABLE} (id integer PRIMARY KEY, name text NOT NULL,
    email varchar(255) NOT NULL, age smallint NOT NULL, score double precision NOT NULL,
    active boolean NOT NULL, amount numeric(12,4) NOT NULL, created_at timestamptz NOT NULL,
    payload bytea NOT NULL, meta jsonb NOT NULL, note text)`,
  mysql: `CREATE TABLE ${ENGINE_TABLE} (id int PRIMARY KEY, name text NOT NULL,
    email varchar(255) NOT NULL, age int NOT NULL, score double NOT NULL,
    active tinyint(1) NOT NULL, amount decimal(12,4) NOT NULL, created_at datetime(3) NOT NULL,
    payload blob NOT NULL, meta json NOT NULL, note text) ENGINE=InnoDB`,
};

/** One row's logical values. */
interface EngineRow {
  id: number;
  name: string;
  email: string;
  age: number;
  score: number;
  active: boolean;
  /** Exact decimal text, 4 places, the last two never 00 (so a cut to 2 places shows). */
  amount: string;
  /** Milliseconds since the epoch, UTC. */
  createdAt: number;
  payload: Buffer;
  meta: string;
  note: string | null;
}

function hash(id: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function baseRow(id: number): EngineRow {
  const h = hash(id);
  const payload = Buffer.alloc(16);
  payload.writeUInt32LE(h, 0);
  payload.writeUInt32LE(hash(h), 4);
  payload.writeUInt32LE(id, 8);
  payload.writeUInt32LE((h ^ id) >>> 0, 12);
  const fraction = (h % 100) * 100 + ((h >>> 8) % 99) + 1;
  return {
    id,
    name: `name ${h % 100_003}`,
    email: `user${id}@example.com`,
    age: h % 97,
    score: (h % 1_000_000) / 1000 + 0.5,
    active: (h & 1) === 1,
    amount: `${(h % 20_000_000) - 10_000_000}.${String(fraction).padStart(4, '0')}`,
    createdAt: Date.UTC(2020, 0, 1) + (h % 100_000_000) * 1000 + (h % 997),
    payload,
    meta: JSON.stringify({ level: h % 4, tags: [`t${h % 5}`], ok: (h & 2) === 2 }),
    note: h % 5 === 0 ? null : `note ${h % 7919}`,
  };
}

/** One planted change. */
interface EngineChange {
  id: number;
  column: Column;
}

/** What was planted: exactly what the comparison must find. */
export interface EnginePlan {
  oldRows: number;
  newRows: number;
  missing: number[];
  extra: number[];
  changed: EngineChange[];
}

/**
 * 0.1% of the rows (at least 6), a third each changed, missing and extra, spread over the key
 * range; the changed ones cycle through the columns, so decimals cut to 2 places and 2-hour time
 * shifts are always among them.
 */
export function planEngines(rows: number, seed = 20261204): EnginePlan {
  const total = Math.max(6, Math.round(rows * 0.001));
  const extraCount = Math.floor(total / 3);
  const missingCount = Math.floor(total / 3);
  const changedCount = total - extraCount - missingCount;
  const universe = rows + extraCount;
  const random = seededRandom(seed ^ rows);
  const pick = keyPicker(random, universe);
  const extra = pick(extraCount);
  const missing = pick(missingCount);
  // amount and created_at first, so that even the smallest plan has one of each.
  const order: Column[] = [
    'amount',
    'created_at',
    ...COLUMNS.filter((c) => c !== 'amount' && c !== 'created_at'),
  ];
  const changed = pick(changedCount).map((id, index) => ({
    id,
    column: order[index % order.length]!,
  }));
  return { oldRows: rows, newRows: rows - missingCount + extraCount, missing, extra, changed };
}

function applyChange(row: EngineRow, column: Column): void {
  switch (column) {
    case 'name':
    case 'email':
      row[column] += ' (edited)';
      return;
    case 'age':
      row.age += 1;
      return;
    case 'score':
      row.score += 0.25;
      return;
    case 'active':
      row.active = !row.active;
      return;
    case 'amount':
      // A DECIMAL(12,4) value cut to 2 places.
      row.amount = `${row.amount.slice(0, -2)}00`;
      return;
    case 'created_at':
      // A time zone applied on one side only.
      row.createdAt += 2 * 3_600_000;
      return;
    case 'payload':
      row.payload = Buffer.from(row.payload);
      row.payload[5] ^= 0xff;
      return;
    case 'meta':
      row.meta = JSON.stringify({ ...JSON.parse(row.meta), level: 9 });
      return;
    case 'note':
      row.note = row.note === null ? 'now set' : null;
      return;
  }
}

/** The differences the comparison must report, as `path|kind`. */
export function expectedEngineKeys(planted: EnginePlan): string[] {
  return [
    ...planted.missing.map((id) => `${ENGINE_TABLE}[id=${id}]|missing`),
    ...planted.extra.map((id) => `${ENGINE_TABLE}[id=${id}]|extra`),
    ...planted.changed.map((c) => `${ENGINE_TABLE}[id=${c.id}].${c.column}|changed`),
  ].sort();
}

/** Every row of one side, in key order. */
function* rowsOf(planted: EnginePlan, side: 'old' | 'new'): Generator<EngineRow> {
  const universe = planted.oldRows + planted.extra.length;
  const extra = new Set(planted.extra);
  const missing = new Set(planted.missing);
  const changed = new Map(planted.changed.map((c) => [c.id, c.column]));
  for (let id = 1; id <= universe; id++) {
    if (side === 'old' ? extra.has(id) : missing.has(id)) continue;
    const row = baseRow(id);
    const column = side === 'new' ? changed.get(id) : undefined;
    if (column !== undefined) applyChange(row, column);
    yield row;
  }
}

/** A date and time as SQLite and MariaDB take it from TypeORM: UTC wall clock, no zone. */
const wallClock = (ms: number): string =>
  new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** One side's place: the TypeORM options the comparison opens, and how to write and size it. */
interface Place {
  options: Record<string, unknown>;
  drop(): Promise<void>;
}

async function writeSqlite(file: string, rows: Iterable<EngineRow>): Promise<void> {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(DDL.sqlite);
    const insert = db.prepare(`INSERT INTO ${ENGINE_TABLE} VALUES (?,?,?,?,?,?,?,?,?,?,?)`);
    db.exec('BEGIN');
    for (const r of rows)
      insert.run(
        r.id,
        r.name,
        r.email,
        r.age,
        r.score,
        r.active ? 1 : 0,
        Number(r.amount),
        wallClock(r.createdAt),
        r.payload,
        r.meta,
        r.note,
      );
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

const BATCH = 10_000;

async function writePostgres(config: pg.ClientConfig, rows: Iterable<EngineRow>): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(DDL.postgres);
    let batch: EngineRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const b = batch;
      batch = [];
      await client.query(
        `INSERT INTO ${ENGINE_TABLE} SELECT a, b, c, d, e, f, g, h, decode(i, 'hex'), j::jsonb, k FROM unnest(
           $1::integer[], $2::text[], $3::text[], $4::integer[], $5::float8[], $6::boolean[],
           $7::numeric[], $8::timestamptz[], $9::text[], $10::text[], $11::text[])
           AS t(a, b, c, d, e, f, g, h, i, j, k)`,
        [
          b.map((r) => r.id),
          b.map((r) => r.name),
          b.map((r) => r.email),
          b.map((r) => r.age),
          b.map((r) => r.score),
          b.map((r) => r.active),
          b.map((r) => r.amount),
          b.map((r) => new Date(r.createdAt).toISOString()),
          b.map((r) => r.payload.toString('hex')),
          b.map((r) => r.meta),
          b.map((r) => r.note),
        ],
      );
    };
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await client.query(`ANALYZE ${ENGINE_TABLE}`);
  } finally {
    await client.end();
  }
}

async function writeMysql(
  config: mysql.ConnectionOptions,
  rows: Iterable<EngineRow>,
): Promise<void> {
  const connection = await mysql.createConnection(config);
  try {
    await connection.query(DDL.mysql);
    let batch: unknown[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const b = batch;
      batch = [];
      await connection.query(`INSERT INTO ${ENGINE_TABLE} VALUES ?`, [b]);
    };
    for (const r of rows) {
      batch.push([
        r.id,
        r.name,
        r.email,
        r.age,
        r.score,
        r.active ? 1 : 0,
        r.amount,
        wallClock(r.createdAt),
        r.payload,
        r.meta,
        r.note,
      ]);
      if (batch.length >= 2000) await flush();
    }
    await flush();
    await connection.query(`ANALYZE TABLE ${ENGINE_TABLE}`);
  } finally {
    await connection.end();
  }
}

/** Bytes the table takes on its engine (file, relation with indexes, InnoDB data and index). */
async function tableBytes(engine: Engine, options: Record<string, unknown>): Promise<number> {
  if (engine === 'sqlite') return statSync(options.database as string).size;
  if (engine === 'postgres') {
    const client = new pg.Client(pgConfig(options));
    await client.connect();
    try {
      const size = await client.query(`SELECT pg_total_relation_size('${ENGINE_TABLE}') AS bytes`);
      return Number(size.rows[0].bytes);
    } finally {
      await client.end();
    }
  }
  const connection = await mysql.createConnection(mysqlConfig(options));
  try {
    const [rows] = await connection.query(
      `SELECT data_length + index_length AS bytes FROM information_schema.tables
        WHERE table_schema = DATABASE() AND table_name = ?`,
      [ENGINE_TABLE],
    );
    return Number((rows as { bytes: unknown }[])[0]?.bytes ?? 0);
  } finally {
    await connection.end();
  }
}

/** pg's settings from a data source's TypeORM options. */
export function pgConfig(o: Record<string, unknown>): pg.ClientConfig {
  return {
    host: o.host as string,
    port: o.port as number,
    user: o.username as string,
    password: o.password as string,
    database: o.database as string,
  };
}

function mysqlConfig(o: Record<string, unknown>): mysql.ConnectionOptions {
  return {
    host: o.host as string,
    port: o.port as number,
    user: o.username as string,
    password: o.password as string,
    database: o.database as string,
  };
}

/** Makes one side's table on its engine and fills it. */
async function makePlace(
  engine: Engine,
  side: 'old' | 'new',
  planted: EnginePlan,
  urls: Record<'postgres' | 'mysql', string>,
  folder: string,
): Promise<Place> {
  const rows = rowsOf(planted, side);
  if (engine === 'sqlite') {
    const file = join(folder, `${side}.db`);
    await writeSqlite(file, rows);
    return { options: { type: 'better-sqlite3', database: file }, drop: async () => {} };
  }
  const db: ThrowawayDatabase = await createThrowawayDatabase({
    url: urls[engine],
    label: `bench${side}`,
  });
  try {
    const options = db.options as unknown as Record<string, unknown>;
    if (engine === 'postgres') await writePostgres(pgConfig(options), rows);
    else await writeMysql(mysqlConfig(options), rows);
    return { options, drop: () => db.drop() };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/** One line of the cross-engine table. */
export interface EngineMeasurement {
  pair: string;
  rows: number;
  /** `compareDatabases` (default options), or a peer's name. */
  name: string;
  wallMs?: number;
  maxRssBytes?: number;
  /** Bytes received from the servers during the comparison. */
  socketBytesRead?: number;
  /** Both tables' size on their engines. */
  tableBytes?: number;
  /** Differences reported. */
  found?: number;
  /** Differences planted. */
  planted: number;
  correct?: boolean;
  note?: string;
}

/**
 * Benchmarks one pair at one size: both tables written, then `compareDatabases` with its default
 * options in a fresh process, `repeats` times (median time, highest peak memory).
 */
export async function benchEnginePair(
  pair: readonly [Engine, Engine],
  rows: number,
  urls: Record<'postgres' | 'mysql', string>,
  options: {
    repeats: number;
    log: Log;
    /** A Python that imports reladiff 0.6.0 and its drivers (duckdb among them); none: not run. */
    reladiff?: string;
  },
): Promise<EngineMeasurement[]> {
  const { log } = options;
  const label = `${pair[0]} -> ${pair[1]}`;
  mkdirSync(DATA_DIR, { recursive: true });
  const folder = mkdtempSync(join(DATA_DIR, `engines-${formatSize(rows)}-`));
  const places: Place[] = [];
  try {
    const planted = planEngines(rows);
    const expected = expectedEngineKeys(planted);
    const started = performance.now();
    const made = await Promise.allSettled([
      makePlace(pair[0], 'old', planted, urls, folder),
      makePlace(pair[1], 'new', planted, urls, folder),
    ]);
    // Either side made is dropped in the finally, also when the other failed.
    for (const outcome of made) if (outcome.status === 'fulfilled') places.push(outcome.value);
    for (const outcome of made) if (outcome.status === 'rejected') throw outcome.reason;
    const [oldPlace, newPlace] = places as [Place, Place];
    const bytes =
      (await tableBytes(pair[0], oldPlace.options)) + (await tableBytes(pair[1], newPlace.options));
    log(
      `${label} ${formatSize(rows)}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `tables ${(bytes / 2 ** 20).toFixed(1)} MB together, ${expected.length} differences planted`,
    );
    // reladiff has no SQLite driver: it reads a DuckDB copy of the SQLite table (made untimed).
    let duckdbFile: string | undefined;
    if (options.reladiff !== undefined && pair.includes('sqlite')) {
      duckdbFile = join(folder, 'old.duckdb');
      await makeDuckdbCopy(options.reladiff, planted, 'old', folder, duckdbFile);
    }
    // Between two servers, also without `meta` (JSON by value, which no server writes as the same
    // text on the other: the whole table then falls back to merge), which is what server-hash
    // across engines can hash; reladiff compares still fewer columns (see RELADIFF_LEFT_OUT).
    const servers = !pair.includes('sqlite');
    const variants: { name: string; ignore: Column[] }[] = [
      { name: 'compareDatabases', ignore: [] },
      ...(servers
        ? [{ name: 'compareDatabases, meta left out', ignore: ['meta'] as Column[] }]
        : []),
    ];
    const runs = new Map<string, EngineMeasurement[]>(variants.map((v) => [v.name, []]));
    const copies: EngineMeasurement[] = [];
    const peers: EngineMeasurement[] = [];
    for (let round = 1; round <= options.repeats; round++) {
      const suffix = options.repeats > 1 ? ` [round ${round} of ${options.repeats}]` : '';
      if (servers) {
        const copy = await copyBothTables(pair, [oldPlace, newPlace]);
        copy.pair = label;
        copy.rows = rows;
        copy.tableBytes = bytes;
        copies.push(copy);
        log(
          `  copy both tables: ${((copy.wallMs ?? 0) / 1000).toFixed(3)} s (${copy.note})${suffix}`,
        );
      }
      if (options.reladiff !== undefined) {
        const peer = await runReladiff(
          options.reladiff,
          pair,
          [oldPlace, newPlace],
          duckdbFile,
          planted,
          folder,
        );
        peer.pair = label;
        peer.rows = rows;
        peer.tableBytes = bytes;
        peers.push(peer);
        log(
          `  reladiff: ${((peer.wallMs ?? 0) / 1000).toFixed(3)} s, ${((peer.maxRssBytes ?? 0) / 2 ** 20).toFixed(0)} MB peak, ` +
            `${peer.found ?? '?'} rows found, ${peer.correct ? 'correct' : 'WRONG'} (${peer.note})${suffix}`,
        );
      }
      for (const variant of variants) {
        const m = await measureOurs(variant.name, variant.ignore, [oldPlace, newPlace], planted);
        m.pair = label;
        m.rows = rows;
        m.tableBytes = bytes;
        runs.get(variant.name)!.push(m);
        log(
          `  ${variant.name}: ${((m.wallMs ?? 0) / 1000).toFixed(3)} s, ` +
            `${((m.maxRssBytes ?? 0) / 2 ** 20).toFixed(0)} MB peak, ${m.found ?? '?'} found, ` +
            `${m.correct ? 'correct' : 'WRONG'} (${m.note})${suffix}`,
        );
      }
    }
    const peer = peers.length === 0 ? undefined : combineRuns(peers);
    const copy = copies.length === 0 ? undefined : combineRuns(copies);
    const results: EngineMeasurement[] = [];
    for (const variant of variants) {
      const combined = combineRuns(runs.get(variant.name)!);
      if (combined.wallMs !== undefined && peer?.wallMs)
        combined.note = `${combined.note}; ${(combined.wallMs / peer.wallMs).toFixed(2)}x reladiff's time`;
      if (combined.wallMs !== undefined && copy?.wallMs)
        combined.note = `${combined.note}; ${(combined.wallMs / copy.wallMs).toFixed(2)}x copying both tables`;
      results.push(combined);
    }
    results.push(
      peer ?? {
        pair: label,
        rows,
        name: 'reladiff',
        planted: expected.length,
        note: RELADIFF_NOTE,
      },
    );
    if (copy !== undefined) results.push(copy);
    return results;
  } finally {
    for (const place of places.reverse()) await place.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The median run by wall time, with the highest peak memory, correct only if every run was. */
function combineRuns(runs: EngineMeasurement[]): EngineMeasurement {
  const sorted = [...runs].sort((a, b) => (a.wallMs ?? 0) - (b.wallMs ?? 0));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...median,
    maxRssBytes: Math.max(...runs.map((m) => m.maxRssBytes ?? 0)),
    // A run that checks nothing (the copy) stays unjudged.
    correct: runs.every((m) => m.correct === undefined)
      ? undefined
      : runs.every((m) => m.correct === true),
    note:
      (runs.find((m) => m.correct === false)?.note ?? median.note) +
      (runs.length > 1 ? `; median of ${runs.length}` : ''),
  };
}

/** `compareDatabases` with its default options (but `ignore`) in a fresh process, checked against the plan. */
async function measureOurs(
  name: string,
  ignore: Column[],
  places: [Place, Place],
  planted: EnginePlan,
): Promise<EngineMeasurement> {
  const expected = expectedEngineKeys({
    ...planted,
    changed: planted.changed.filter((c) => !ignore.includes(c.column)),
  });
  const result = await runChild(
    {
      kind: 'compare',
      strategy: 'auto',
      old: places[0].options,
      new: places[1].options,
      table: ENGINE_TABLE,
      ignoreColumns: ignore,
    },
    1_200_000,
  );
  const m: EngineMeasurement = {
    pair: '',
    rows: 0,
    name,
    wallMs: result.wallMs,
    maxRssBytes: result.maxRssBytes,
    socketBytesRead: result.socketBytesRead,
    planted: expected.length,
  };
  if (result.error !== undefined) {
    m.correct = false;
    m.note = `error: ${result.error}`;
    return m;
  }
  const verdict = checkFound(result.found ?? [], expected);
  m.found = result.found?.length;
  m.correct = verdict.correct;
  m.note = [
    result.strategyUsed === undefined ? undefined : `chose ${result.strategyUsed}`,
    result.rowsFetched === undefined ? undefined : `${result.rowsFetched} rows fetched`,
    result.strategyUsed === 'merge' ? result.strategyReason : undefined,
    verdict.note,
  ]
    .filter(Boolean)
    .join('; ');
  return m;
}

/**
 * The floor for reading both tables: each engine's own client dumping its table whole, both at
 * once (`psql -c "\copy ... TO STDOUT"`, `mariadb --quick --batch -e "SELECT * ..."`), output
 * thrown away. Only for pairs of two servers.
 */
async function copyBothTables(
  pair: readonly [Engine, Engine],
  places: [Place, Place],
): Promise<EngineMeasurement> {
  const started = performance.now();
  const bytes = await Promise.all(
    pair.map((engine, i) => {
      const o = places[i]!.options;
      if (engine === 'postgres')
        return countOutput(
          'psql',
          [
            '-X',
            '-q',
            '-h',
            String(o.host),
            '-p',
            String(o.port),
            '-U',
            String(o.username),
            '-d',
            String(o.database),
            '-c',
            `\\copy ${ENGINE_TABLE} TO STDOUT`,
          ],
          o.password ? { PGPASSWORD: String(o.password) } : {},
        );
      return countOutput(
        'mariadb',
        [
          '--quick',
          '--batch',
          '-h',
          String(o.host),
          '-P',
          String(o.port),
          '-u',
          String(o.username),
          String(o.database),
          '-e',
          `SELECT * FROM ${ENGINE_TABLE}`,
        ],
        o.password ? { MYSQL_PWD: String(o.password) } : {},
      );
    }),
  );
  return {
    pair: '',
    rows: 0,
    name: 'copy both tables (psql \\copy, mariadb --quick)',
    wallMs: performance.now() - started,
    planted: 0,
    note: `${(bytes.reduce((a, b) => a + b, 0) / 2 ** 20).toFixed(1)} MB of text`,
  };
}

/** Runs a client to its end and returns how many bytes it wrote to stdout (the password, if any, in `env`). */
async function countOutput(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<number> {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let bytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr.trim().slice(-300)}`);
  return bytes;
}

/** Why there is no reladiff peer, said in every run without `--reladiff`. */
export const RELADIFF_NOTE =
  'not run: no reladiff given (--reladiff=<a Python that imports reladiff 0.6.0, see RESULTS.md>)';

/**
 * The columns reladiff is given, as `-c` options: all but two it cannot compare across these
 * engines. `meta`: reladiff 0.6.0 refuses PostgreSQL's jsonb against text or MariaDB's JSON
 * ("Incompatible types for column 'meta'"), then prints nothing and exits 0. `payload`: it has no
 * bridge for bytes ("no compatibility handling"), reads bytea as hex and a BLOB as raw bytes, and
 * reports every row. The planted changes of those two columns are not asked of it.
 */
const RELADIFF_LEFT_OUT: readonly Column[] = ['meta', 'payload'];
const RELADIFF_COLUMNS = COLUMNS.filter((c) => !RELADIFF_LEFT_OUT.includes(c)).flatMap((c) => [
  '-c',
  c,
]);

/** A reladiff database URI (the password, if any, goes into a file of mode 0600, never argv). */
function reladiffUri(
  engine: Engine,
  options: Record<string, unknown>,
  duckdbFile?: string,
): string {
  if (engine === 'sqlite') return `duckdb://${duckdbFile}`;
  const user = encodeURIComponent(String(options.username ?? ''));
  const password = options.password ? `:${encodeURIComponent(String(options.password))}` : '';
  const scheme = engine === 'postgres' ? 'postgresql' : 'mysql';
  return `${scheme}://${user}${password}@${String(options.host)}:${String(options.port)}/${String(options.database)}`;
}

/** Writes the side's rows to CSV and loads them into a DuckDB file with the SQLite table's types. */
async function makeDuckdbCopy(
  python: string,
  planted: EnginePlan,
  side: 'old' | 'new',
  folder: string,
  file: string,
): Promise<void> {
  const csv = join(folder, `${side}.csv`);
  const out = createWriteStream(csv);
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  out.write('id,name,email,age,score,active,amount,created_at,payload,meta,note\n');
  for (const r of rowsOf(planted, side)) {
    const line = [
      r.id,
      quoted(r.name),
      quoted(r.email),
      r.age,
      r.score,
      r.active,
      r.amount,
      wallClock(r.createdAt),
      r.payload.toString('hex'),
      quoted(r.meta),
      r.note === null ? '' : quoted(r.note),
    ].join(',');
    if (!out.write(`${line}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  const script = `
import duckdb, sys
con = duckdb.connect(sys.argv[1])
con.execute('''CREATE TABLE ${ENGINE_TABLE} (id INTEGER PRIMARY KEY, name VARCHAR, email VARCHAR,
  age INTEGER, score DOUBLE, active BOOLEAN, amount DECIMAL(12,4), created_at TIMESTAMP,
  payload BLOB, meta VARCHAR, note VARCHAR)''')
con.execute('''INSERT INTO ${ENGINE_TABLE} SELECT id, name, email, age, score, active, amount,
  created_at, from_hex(payload), meta, note FROM read_csv(?, header = true, all_varchar = true)''', [sys.argv[2]])
con.close()
`;
  await runProcess(python, ['-c', script, file, csv]);
  rmSync(csv, { force: true });
}

/** Runs a process to its end; rejects with its stderr when it fails. */
async function runProcess(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr.trim().slice(-500)}`);
}

/**
 * Runs reladiff 0.6.0 on the pair, 4 threads per database, under /usr/bin/time for its peak
 * memory, with --skip-sort-results (its issue #81: sorting the output can crash on a NULL-vs-text
 * change and still exit 0 after printing part of it), and checks the rows it reports: a key with
 * only `-` is missing, only `+` extra, both changed; exactly the planted rows, each once.
 */
async function runReladiff(
  python: string,
  pair: readonly [Engine, Engine],
  places: [Place, Place],
  duckdbFile: string | undefined,
  planted: EnginePlan,
  folder: string,
): Promise<EngineMeasurement> {
  const base: EngineMeasurement = { pair: '', rows: 0, name: 'reladiff', planted: 0 };
  const conf = join(folder, 'reladiff.toml');
  writeFileSync(
    conf,
    `[run.bench]\n1.database = ${JSON.stringify(reladiffUri(pair[0], places[0].options, duckdbFile))}\n` +
      `1.table = "${ENGINE_TABLE}"\n2.database = ${JSON.stringify(reladiffUri(pair[1], places[1].options, duckdbFile))}\n` +
      `2.table = "${ENGINE_TABLE}"\n`,
    { mode: 0o600 },
  );
  const timeFile = join(folder, 'reladiff.time');
  const withTime = existsSync('/usr/bin/time');
  const args = [
    '-m',
    'reladiff',
    '--conf',
    conf,
    '--run',
    'bench',
    '-k',
    'id',
    ...RELADIFF_COLUMNS,
    '--skip-sort-results',
    '-j',
    '4',
  ];
  const [command, commandArgs] = withTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, python, ...args]]
    : [python, args];
  const started = performance.now();
  // Rich wraps its output at the terminal's width: make the width big enough for any row.
  const child = spawn(command, commandArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, COLUMNS: '100000', TERM: 'dumb' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const minus = new Map<string, number>();
  const plus = new Map<string, number>();
  let lines = 0;
  let unread = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.trim() === '') continue;
    lines++;
    // `- 315, name 1, ...`: the key first. (Not --json: it cannot print a bytes column.)
    const match = /^([-+]) (\d+),/.exec(line);
    if (match === null) {
      unread++;
      continue;
    }
    const seen = match[1] === '-' ? minus : plus;
    seen.set(match[2]!, (seen.get(match[2]!) ?? 0) + 1);
  }
  const code = await new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('close', resolve);
  });
  const wallMs = performance.now() - started;
  rmSync(conf, { force: true });
  const maxRssBytes =
    withTime && existsSync(timeFile)
      ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) * 1024
      : undefined;
  if (code !== 0)
    return {
      ...base,
      wallMs,
      maxRssBytes,
      correct: false,
      note: `reladiff exited with ${code}: ${stderr.trim().slice(-300)}`,
    };
  const found: string[] = [];
  for (const [key, n] of minus)
    found.push(
      ...Array.from({ length: n }, () => (plus.has(key) ? `changed ${key}` : `missing ${key}`)),
    );
  for (const [key, n] of plus)
    if (!minus.has(key)) found.push(...Array.from({ length: n }, () => `extra ${key}`));
  const expected = [
    ...planted.missing.map((id) => `missing ${id}`),
    ...planted.extra.map((id) => `extra ${id}`),
    ...planted.changed
      .filter((c) => !RELADIFF_LEFT_OUT.includes(c.column))
      .map((c) => `changed ${c.id}`),
  ];
  const verdict = checkFound(found, expected);
  const notes = [
    `${lines} lines printed; ${RELADIFF_LEFT_OUT.join(' and ')} left out (reladiff cannot compare them here)`,
  ];
  if (unread > 0) notes.push(`${unread} lines unread`);
  if (/Traceback|Error/.test(stderr)) notes.push(`stderr: ${stderr.trim().split('\n').pop()}`);
  if (verdict.note !== undefined) notes.push(verdict.note);
  return {
    ...base,
    wallMs,
    maxRssBytes,
    found: new Set(found).size,
    planted: expected.length,
    correct: verdict.correct && unread === 0,
    note: notes.join('; '),
  };
}
