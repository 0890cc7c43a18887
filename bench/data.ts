/**
 * Deterministic test data for the database benchmark: two tables of N rows with nine columns of
 * mixed types (integer key, text, integer, float, boolean, timestamp, bytes, nullable text), and a
 * planted 0.1% of differences (a third changed rows, a third missing, a third extra), chosen by a
 * seeded PRNG so that every run and every engine gets the same tables and the same answer.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

/** The table the benchmark compares, on both sides. */
export const TABLE = 'bench_rows';

/** The compared columns (the key `id` apart), in table order. */
export const COLUMNS = [
  'name',
  'email',
  'age',
  'score',
  'active',
  'created_at',
  'payload',
  'note',
] as const;
type Column = (typeof COLUMNS)[number];

/** One planted change: which row, which column, and the kind `compareDatabases` must report. */
export interface PlantedChange {
  id: number;
  column: Column;
  kind: 'changed' | 'type';
}

/** What was planted in a generated pair of tables: exactly what every strategy must find. */
export interface PlantedDifferences {
  /** Rows in the old table. */
  oldRows: number;
  /** Rows in the new table. */
  newRows: number;
  /** Keys only in the old table. */
  missing: number[];
  /** Keys only in the new table. */
  extra: number[];
  /** One changed column per changed row. */
  changed: PlantedChange[];
}

/** mulberry32: a small, fast, seeded PRNG (the same sequence on every machine). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit integer hash of the key: row values depend on the key only, never on the order. */
function hash(id: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Draws keys from 1 to `universe`: each call `count` of them, never one drawn before, sorted (the
 * planted differences of a table, spread over its whole key range).
 */
export function keyPicker(random: () => number, universe: number): (count: number) => number[] {
  const taken = new Set<number>();
  return (count) => {
    const chosen: number[] = [];
    while (chosen.length < count) {
      const id = 1 + Math.floor(random() * universe);
      if (taken.has(id)) continue;
      taken.add(id);
      chosen.push(id);
    }
    return chosen.sort((a, b) => a - b);
  };
}

/** One row as plain values; `active` is a boolean, `created_at` an ISO text, `payload` 16 bytes. */
export interface BenchRow {
  id: number;
  name: string;
  email: string;
  age: number | string;
  score: number;
  active: boolean;
  created_at: string;
  payload: Buffer;
  note: string | null;
}

const EPOCH = Date.UTC(2020, 0, 1);

/** The old table's row for a key. */
export function baseRow(id: number): BenchRow {
  const h = hash(id);
  const payload = Buffer.alloc(16);
  payload.writeUInt32LE(h, 0);
  payload.writeUInt32LE(hash(h), 4);
  payload.writeUInt32LE(id, 8);
  payload.writeUInt32LE((h ^ id) >>> 0, 12);
  return {
    id,
    name: `name ${h % 100_003}`,
    email: `user${id}@example.com`,
    age: h % 97,
    score: (h % 1_000_000) / 1000 + 0.5,
    active: (h & 1) === 1,
    created_at: new Date(EPOCH + (h % 100_000_000) * 1000).toISOString(),
    payload,
    note: h % 5 === 0 ? null : `note ${h % 7919}`,
  };
}

/** The new value of a planted change (never equal to the old one). */
function changeRow(row: BenchRow, change: PlantedChange): void {
  switch (change.column) {
    case 'name':
    case 'email':
      row[change.column] += ' (edited)';
      return;
    case 'age':
      // A `type` change puts text into the integer column, as a careless SQLite migration can
      // (text that looks like a number would be converted back by the column's affinity).
      row.age = change.kind === 'type' ? `${row.age} years` : (row.age as number) + 1;
      return;
    case 'score':
      row.score += 0.25;
      return;
    case 'active':
      row.active = !row.active;
      return;
    case 'created_at':
      row.created_at = new Date(Date.parse(row.created_at) + 86_400_000).toISOString();
      return;
    case 'payload':
      row.payload = Buffer.from(row.payload);
      row.payload[3] ^= 0xff;
      return;
    case 'note':
      row.note = row.note === null ? 'now set' : null;
      return;
  }
}

/**
 * Chooses the planted differences for `rows` old rows: 0.1% of the rows (at least 3), a third each
 * changed, missing and extra, spread over the whole key range. `typeChanges` plants some changes
 * of storage type (an integer stored as text), which only SQLite can hold.
 */
export function plan(rows: number, typeChanges: boolean, seed = 20261125): PlantedDifferences {
  const total = Math.max(3, Math.round(rows * 0.001));
  const extraCount = Math.floor(total / 3);
  const missingCount = Math.floor(total / 3);
  const changedCount = total - extraCount - missingCount;
  const universe = rows + extraCount;
  const random = seededRandom(seed ^ rows);
  const pick = keyPicker(random, universe);
  const extra = pick(extraCount);
  const missing = pick(missingCount);
  const changed = pick(changedCount).map((id, index): PlantedChange => {
    // With type changes, the first changed row always has one, so that even 10k rows hold one.
    const drawn = COLUMNS[Math.floor(random() * COLUMNS.length)]!;
    const column = typeChanges && index === 0 ? 'age' : drawn;
    const kind = typeChanges && column === 'age' && index % 2 === 0 ? 'type' : 'changed';
    return { id, column, kind };
  });
  return { oldRows: rows, newRows: rows - missingCount + extraCount, missing, extra, changed };
}

/** Calls `each(side, row)` for every row of both tables, in key order. */
function forEachRow(
  planted: PlantedDifferences,
  each: (side: 'old' | 'new', row: BenchRow) => void,
): void {
  const universe = planted.oldRows + planted.extra.length;
  const extra = new Set(planted.extra);
  const missing = new Set(planted.missing);
  const changed = new Map(planted.changed.map((change) => [change.id, change]));
  for (let id = 1; id <= universe; id++) {
    const row = baseRow(id);
    if (!extra.has(id)) each('old', row);
    if (missing.has(id)) continue;
    const change = changed.get(id);
    if (change !== undefined) changeRow(row, change);
    each('new', row);
  }
}

/** The differences `compareDatabases` must report, as `path|kind` keys (see `differenceKey`). */
export function expectedKeys(planted: PlantedDifferences): string[] {
  return [
    ...planted.missing.map((id) => `${TABLE}[id=${id}]|missing`),
    ...planted.extra.map((id) => `${TABLE}[id=${id}]|extra`),
    ...planted.changed.map((c) => `${TABLE}[id=${c.id}].${c.column}|${c.kind}`),
  ].sort();
}

/** How a difference is identified when checking a strategy: its path and its kind. */
export function differenceKey(difference: { path: string; kind: string }): string {
  return `${difference.path}|${difference.kind}`;
}

const SQLITE_DDL = `CREATE TABLE ${TABLE} (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, age INTEGER NOT NULL,
  score REAL NOT NULL, active INTEGER NOT NULL, created_at TEXT NOT NULL, payload BLOB NOT NULL,
  note TEXT)`;

/** Writes the old and new SQLite files (which must not exist) in one transaction each. */
export function writeSqlitePair(
  planted: PlantedDifferences,
  oldFile: string,
  newFile: string,
): void {
  const files = { old: new Database(oldFile), new: new Database(newFile) };
  try {
    const inserts = {} as Record<'old' | 'new', Database.Statement>;
    for (const side of ['old', 'new'] as const) {
      const db = files[side];
      // Generation only: no journal, no fsync. The comparison later reads ordinary files.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(SQLITE_DDL);
      db.exec('BEGIN');
      inserts[side] = db.prepare(`INSERT INTO ${TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    }
    forEachRow(planted, (side, row) => {
      inserts[side].run(
        row.id,
        row.name,
        row.email,
        row.age,
        row.score,
        row.active ? 1 : 0,
        row.created_at,
        row.payload,
        row.note,
      );
    });
    files.old.exec('COMMIT');
    files.new.exec('COMMIT');
  } finally {
    files.old.close();
    files.new.close();
  }
}

const POSTGRES_DDL = `CREATE TABLE ${TABLE} (
  id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL, age integer NOT NULL,
  score double precision NOT NULL, active boolean NOT NULL, created_at timestamptz NOT NULL,
  payload bytea NOT NULL, note text)`;

const POSTGRES_BATCH = 20_000;

/**
 * Creates and fills the table in two PostgreSQL databases (given as pg connection settings), in
 * batches of multi-row inserts through `unnest` (one statement per 20,000 rows), then ANALYZEs.
 */
export async function writePostgresPair(
  planted: PlantedDifferences,
  oldDb: pg.ClientConfig,
  newDb: pg.ClientConfig,
): Promise<void> {
  if (planted.changed.some((change) => change.kind === 'type'))
    throw new Error('writePostgresPair: a typed PostgreSQL column cannot hold a type change');
  const clients = { old: new pg.Client(oldDb), new: new pg.Client(newDb) };
  await Promise.all([clients.old.connect(), clients.new.connect()]);
  try {
    const columns = ['id', ...COLUMNS] as const;
    type Batch = Record<(typeof columns)[number], unknown[]>;
    const empty = (): Batch =>
      Object.fromEntries(columns.map((column) => [column, []])) as unknown as Batch;
    const batches = { old: empty(), new: empty() };
    // One statement at a time per connection (pg does not queue them for us any more).
    const chains: Record<'old' | 'new', Promise<unknown>> = {
      old: Promise.resolve(),
      new: Promise.resolve(),
    };
    const flush = (side: 'old' | 'new'): void => {
      const batch = batches[side];
      if (batch.id.length === 0) return;
      batches[side] = empty();
      chains[side] = chains[side].then(() =>
        clients[side].query(
          `INSERT INTO ${TABLE} SELECT a, b, c, d, e, f, g, decode(h, 'hex'), i FROM unnest(
             $1::integer[], $2::text[], $3::text[], $4::integer[], $5::float8[], $6::boolean[],
             $7::timestamptz[], $8::text[], $9::text[]) AS t(a, b, c, d, e, f, g, h, i)`,
          columns.map((column) => batch[column]),
        ),
      );
    };
    await Promise.all([clients.old.query(POSTGRES_DDL), clients.new.query(POSTGRES_DDL)]);
    forEachRow(planted, (side, row) => {
      const batch = batches[side];
      batch.id.push(row.id);
      batch.name.push(row.name);
      batch.email.push(row.email);
      batch.age.push(row.age);
      batch.score.push(row.score);
      batch.active.push(row.active);
      batch.created_at.push(row.created_at);
      batch.payload.push(row.payload.toString('hex'));
      batch.note.push(row.note);
      if (batch.id.length >= POSTGRES_BATCH) flush(side);
    });
    flush('old');
    flush('new');
    await Promise.all([chains.old, chains.new]);
    await Promise.all([
      clients.old.query(`ANALYZE ${TABLE}`),
      clients.new.query(`ANALYZE ${TABLE}`),
    ]);
  } finally {
    await Promise.allSettled([clients.old.end(), clients.new.end()]);
  }
}
