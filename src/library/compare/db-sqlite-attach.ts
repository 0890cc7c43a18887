/**
 * The `sqlite-attach` strategy, for two SQLite files: one read-only connection of our own opens the
 * old file and ATTACHes the new one, and SQLite itself finds the rows that differ (a keyed LEFT JOIN
 * for changed and missing rows, an anti-join for extra rows), as SQLite's own `sqldiff` does. Only
 * those rows come into JavaScript, where the usual value rules explain them.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  Slot,
  SLOT_COUNT,
  type WorkerJob,
  type WorkerMessage,
  type WorkerSetup,
} from './sqlite-attach-shared.js';
import { quote } from './db-dialect.js';
import type { ComparableDataSource } from './db-dialect.js';
import { outOfOrder } from './db-merge.js';
import {
  inBatches,
  selectedColumns,
  type ComparisonPlan,
  type ReportProgress,
  type RowEvent,
  type StrategyCounts,
} from './db-strategy.js';

/** The SQLite drivers whose `options.database` is a file we can open ourselves. */
const FILE_DRIVERS = new Set(['better-sqlite3', 'sqlite']);

/** The attached name of the new file inside our connection. */
const NEW_SCHEMA = 'vm_new';

/**
 * The database file behind a SQLite data source, or why there is none we can open (in memory,
 * sql.js, an encrypted file, a file that is not there).
 */
export function sqliteFileOf(ds: ComparableDataSource): { file: string } | { reason: string } {
  const options = ds.options as { type: string; database?: unknown; key?: unknown };
  if (!FILE_DRIVERS.has(options.type))
    return { reason: `its driver '${options.type}' keeps no file we can open` };
  const database = options.database;
  if (typeof database !== 'string' || database === '' || database.includes(':memory:'))
    return { reason: 'it is an in-memory database, which another connection cannot attach' };
  if (options.key !== undefined) return { reason: 'it is encrypted (options.key)' };
  const file = resolve(database);
  if (!existsSync(file)) return { reason: `its file ${file} does not exist` };
  return { file };
}

/** A read-only better-sqlite3 connection, as far as this module uses it. */
interface ReadOnlyConnection {
  prepare(sql: string): {
    raw(on: boolean): {
      iterate(...params: unknown[]): IterableIterator<unknown[]>;
      get(...params: unknown[]): unknown;
    };
    pluck(on: boolean): { get(...params: unknown[]): unknown };
    run(...params: unknown[]): unknown;
  };
  pragma(sql: string): unknown;
  close(): void;
}

/**
 * Page caches of SQLite's own default size (2 MB each) instead of better-sqlite3's 16 MB: the
 * queries read each page about once, so a larger cache only costs memory (up to 64 MB with the
 * worker's connection) and time to fill (a COUNT(*) of 1M rows took twice as long).
 * Per connection; nothing is written to the files.
 */
const CONNECTION_PRAGMAS = ['main.cache_size = -2000', `${NEW_SCHEMA}.cache_size = -2000`];

/** Opens the old file read-only and attaches the new file (read-only too: ATTACH inherits it). */
function openReadOnly(oldFile: string, newFile: string): ReadOnlyConnection {
  // require, not import(): a better-sqlite3 data source has required the driver already, and
  // import() of that CommonJS package took 6 to 8 ms more (the ESM loader parses it again).
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (
    file: string,
    options: object,
  ) => ReadOnlyConnection;
  const db = new Database(oldFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    // Belt and braces: even a statement we did not mean to write with is refused.
    db.pragma('query_only = ON');
    db.prepare(`ATTACH DATABASE ? AS ${NEW_SCHEMA}`).run(newFile);
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Above this many bytes of database files, a worker thread (a second read-only connection) shares
 * the work: when both keys are rowids, it takes chunks of the key range from the top and this thread
 * from the bottom; otherwise it looks for the rows only in the new table while this thread joins.
 * On two cores that about halves the wait. Below it, one query does all, sooner than a thread starts.
 */
export const PARALLEL_MIN_BYTES = 32 * 2 ** 20;

/**
 * With rowid keys, the key range is cut into at least this many chunks (more for bigger files,
 * `CHUNK_BYTES` of files per chunk at most), which the two threads take from either end.
 */
const MIN_CHUNKS = 64;
const CHUNK_BYTES = 4 * 2 ** 20;

/**
 * Rows of chunks the worker may send before this thread reads them (it reads them once its own
 * chunks are done): the worker waits beyond that, so memory stays bounded when many rows differ.
 * Also how many of its own rows this thread holds before it passes them on.
 */
export const UNREAD_ROWS = 8192;

/** Slots of the Int32Array the two threads share. */

/** How many batches of new-only rows the worker may send ahead of the merge (bounds memory). */
const BATCHES_AHEAD = 4;

/** Rows per message from the worker. */
const WORKER_BATCH = 1000;

/**
 * The join's rows this thread may read ahead of the merge while the worker is still looking for
 * new-only rows (bounds memory; with few differences the whole join fits and both run at once).
 */
const JOIN_AHEAD = 4096;

/** A worker thread with its own read-only connection, and its messages in the order sent. */
interface WorkerThread {
  /** The next message; throws the worker's error. */
  next(): Promise<WorkerMessage>;
  /** The Int32Array both threads share (see {@link Slot}). */
  shared: Int32Array;
  /** Sends the job (see sqlite-attach-worker.ts); once only. */
  start(job: WorkerJob): void;
  stop(): void;
}

/** The worker's file beside this module: the bundle's `.js`, or the `.ts` source (the tests). */
const WORKER_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './sqlite-attach-worker.ts' : './sqlite-attach-worker.js',
  import.meta.url,
);

/**
 * A worker thread on {@link WORKER_FILE}. From source (tsx in the main thread, whose hooks a
 * worker does not get), the worker registers tsx before it imports the file.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!WORKER_FILE.pathname.endsWith('.ts')) return new Worker(WORKER_FILE, { workerData: setup });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/**
 * Starts the worker (sqlite-attach-worker.ts): it opens its connection while this thread opens its
 * own and reads the tables' shapes (a thread takes 20 to 30 ms to be ready, 16 of them Node's own
 * start), then waits for its job.
 */
export function spawnWorker(files: { old: string; new: string }): WorkerThread {
  const buffer = new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT);
  const setup: WorkerSetup = {
    module: createRequire(import.meta.url).resolve('better-sqlite3'),
    oldFile: files.old,
    newFile: files.new,
    newSchema: NEW_SCHEMA,
    pragmas: CONNECTION_PRAGMAS,
    shared: buffer,
  };
  const worker = startWorker(setup);
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const push = (message: WorkerMessage) => {
    queue.push(message);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ error: error.message }));
  worker.on('exit', (code) => {
    if (code !== 0) push({ error: `the worker thread stopped with code ${code}` });
  });
  const next = async (): Promise<WorkerMessage> => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const message = queue.shift() as WorkerMessage;
    if ('error' in message) {
      failure ??= new Error(`compareDatabases (sqlite-attach): ${message.error}`);
      throw failure;
    }
    return message;
  };
  return {
    next,
    shared: new Int32Array(buffer),
    start: (job) => worker.postMessage(job),
    stop: () => void worker.terminate(),
  };
}

/** Rows of a query from a worker thread, after the results of its COUNT queries. */
function streamFromWorker(
  worker: WorkerThread,
  job: { countSql: string[]; sql: string },
): { counts: Promise<number[]>; rows: AsyncGenerator<unknown[]> } {
  worker.start({ ...job, limit: BATCHES_AHEAD, batch: WORKER_BATCH });
  const counts = worker.next().then((message) => (message as { counts: number[] }).counts);
  // Nobody may be listening yet when the counts fail: keep Node from calling it unhandled.
  counts.catch(() => {});
  async function* rows(): AsyncGenerator<unknown[]> {
    await counts;
    for (;;) {
      const message = (await worker.next()) as { rows: unknown[][]; done: boolean };
      Atomics.sub(worker.shared, Slot.Ahead, 1);
      Atomics.notify(worker.shared, Slot.Ahead);
      yield* message.rows;
      if (message.done) return;
    }
  }
  return { counts, rows: rows() };
}

/**
 * The candidates of a rowid key range cut into `chunks` (inclusive bounds, in key order), found by
 * `sql` (parameters: low, high, low, high) in two threads: this one takes chunks from the bottom
 * and yields their rows, in batches, once it has taken the last, the worker takes them from the
 * top (see sqlite-attach-worker.ts). So whichever thread is quicker reads more: the worker starts later (a
 * thread and a connection to set up), and the other core may be busy. Each thread counts the old rows of each of its chunks
 * (`countSql`, same parameters) right after reading it, while its pages are in the page cache:
 * all of them cost a third of one COUNT(*) of the table. `setCounts` gets the sum.
 */
export async function* chunkedCandidates(
  db: Pick<ReadOnlyConnection, 'prepare'>,
  worker: WorkerThread,
  sql: string,
  countSql: string,
  chunks: readonly (readonly [bigint, bigint])[],
  setCounts: (counts: number[]) => void,
): AsyncGenerator<unknown[][]> {
  const statement = db.prepare(sql).raw(true);
  const counter = db.prepare(countSql).pluck(true);
  let oldRows = 0;
  let mine = 0;
  // This thread's rows wait until it has no chunk left (or UNREAD_ROWS of them are waiting):
  // explaining them runs JavaScript that V8 compiles once it is hot, on a thread of its own,
  // which took the CPU from the worker while both threads had chunks to read.
  let waiting: unknown[][] = [];
  while (Atomics.add(worker.shared, Slot.Claimed, 1) < chunks.length) {
    const [low, high] = chunks[mine++];
    for (const values of statement.iterate(low, high, low, high)) {
      waiting.push(values);
      if (waiting.length >= UNREAD_ROWS) {
        yield waiting;
        waiting = [];
      }
    }
    oldRows += Number(counter.get(low, high));
  }
  if (waiting.length > 0) yield waiting;
  // The worker took the chunks from the top down to `mine`: that one's rows come last and are
  // the first in key order, so they pass at once; the others' (at most about UNREAD_ROWS, sent
  // while this thread was busy) are held until then.
  const held: unknown[][][] = [];
  for (let message = await worker.next(); 'chunk' in message; message = await worker.next()) {
    Atomics.sub(worker.shared, Slot.Unread, message.rows.length);
    Atomics.notify(worker.shared, Slot.Unread);
    oldRows += message.count ?? 0;
    if (message.chunk === mine) {
      if (message.rows.length > 0) yield message.rows.map(restoreBuffers);
    } else for (const values of message.rows) (held[message.chunk] ??= []).push(values);
  }
  setCounts([oldRows]);
  for (let i = mine + 1; i < chunks.length; i++) {
    const rows = held[i];
    if (rows !== undefined && rows.length > 0) yield rows.map(restoreBuffers);
  }
}

/** Rows copied from another thread hold plain Uint8Arrays; the drivers give Buffers. */
function restoreBuffers(values: unknown[]): unknown[] {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value instanceof Uint8Array && !Buffer.isBuffer(value))
      values[i] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return values;
}

/** The `sqlite-attach` strategy. `files` are the old and the new database files. */
export function sqliteAttachStrategy(files: { old: string; new: string }) {
  return async function* run(
    plan: ComparisonPlan,
    counts: StrategyCounts,
    progress: ReportProgress,
  ): AsyncGenerator<RowEvent[]> {
    // Big files: the worker starts now, while this thread opens its connection and reads the
    // tables' shapes (see spawnWorker).
    const bytes = fileSize(files.old) + fileSize(files.new);
    const worker = bytes >= PARALLEL_MIN_BYTES ? spawnWorker(files) : undefined;
    let db: ReadOnlyConnection;
    try {
      db = openReadOnly(files.old, files.new);
    } catch (error) {
      worker?.stop();
      throw error;
    }
    let joined: IterableIterator<unknown[]> | undefined;
    let chunked: AsyncGenerator<unknown[][]> | undefined;
    let workerCounts: Promise<number[]> | undefined;
    try {
      const oldTable = `main.${quote('sqlite', plan.oldSide.ref.table)}`;
      const newTable = `${NEW_SCHEMA}.${quote('sqlite', plan.newSide.ref.table)}`;
      // Each row of a table whose key is never NULL has at most one partner, so the new table's
      // rows are the old table's, less the missing, plus the extra: one COUNT scan instead of two.
      const derive =
        keyNeverNull(db, 'main', plan.oldSide.ref.table, plan.oldKey) &&
        keyNeverNull(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey);
      const countSql = (derive ? [oldTable] : [oldTable, newTable]).map(
        (table) => `SELECT COUNT(*) FROM ${table}`,
      );
      const setCounts = (rows: number[]) => {
        counts.oldRows = rows[0];
        if (!derive) {
          counts.newRows = rows[1];
          progress(0, counts.oldRows + counts.newRows);
        }
      };

      const q = (name: string) => quote('sqlite', name);
      const oldKey = plan.oldKey.map((c) => q(c.name));
      const newKey = plan.newKey.map((c) => q(c.name));
      const oldCols = plan.pairs.map(([o]) => q(o));
      const newCols = plan.pairs.map(([, n]) => q(n));
      // Whether the other side matched: its rowid is never NULL, nor is a key that cannot hold NULL.
      const present = `B.${matchMarker(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey)}`;
      const oldPresent = `A.${matchMarker(db, 'main', plan.oldSide.ref.table, plan.oldKey)}`;
      // Keys match with IS (NULL keys match, as in the merge) in binary order.
      const sameKey = plan.oldKey
        .map((_, i) => `B.${newKey[i]} IS A.${oldKey[i]} COLLATE BINARY`)
        .join(' AND ');
      // `+` strips column affinity, so 1 and '1' stay apart; COLLATE BINARY ignores NOCASE columns.
      // Stricter than the JavaScript rules, never looser: a row SQL calls equal is equal.
      const changed = plan.pairs
        .map((_, i) => `+A.${oldCols[i]} IS NOT +B.${newCols[i]} COLLATE BINARY`)
        .join(' OR ');
      const nulls = (n: number) => Array.from({ length: n }, () => 'NULL');
      const keyWidth = plan.oldKey.length;
      const orderBy = `ORDER BY ${Array.from({ length: keyWidth }, (_, i) => `${i + 2} COLLATE BINARY`).join(', ')}`;
      // Each row: a tag (1 only old, 2 only new, 3 both), the key to order by, the old row, the new row.
      const oldAndBoth = (range = '') =>
        [
          `SELECT CASE WHEN ${present} IS NULL THEN 1 ELSE 3 END,`,
          [
            ...oldKey.map((k) => `A.${k}`),
            ...oldKey.map((k) => `A.${k}`),
            ...oldCols.map((c) => `A.${c}`),
            ...newKey.map((k) => `B.${k}`),
            ...newCols.map((c) => `B.${c}`),
          ].join(', '),
          `FROM ${oldTable} A LEFT JOIN ${newTable} B ON ${sameKey}`,
          `WHERE (${present} IS NULL${changed === '' ? '' : ` OR ${changed}`})${range}`,
        ].join('\n');
      const onlyNew = (range = '') =>
        [
          'SELECT 2,',
          [
            ...newKey.map((k) => `B.${k}`),
            ...nulls(oldKey.length + oldCols.length),
            ...newKey.map((k) => `B.${k}`),
            ...newCols.map((c) => `B.${c}`),
          ].join(', '),
          // An anti-join: as fast again as NOT EXISTS (a correlated subquery per row) at 1M rows.
          `FROM ${newTable} B LEFT JOIN ${oldTable} A ON ${sameKey}`,
          `WHERE ${oldPresent} IS NULL${range}`,
        ].join('\n');

      // The rows that may differ, in key order: from one query; or, for big files, chunks of an
      // integer key range taken by this thread and the worker from either end; or else merged
      // from this thread's join and the worker's new-only rows.
      let candidates: AsyncIterable<unknown[][]>;
      const chunks =
        worker !== undefined &&
        rowidKey(db, 'main', plan.oldSide.ref.table, plan.oldKey) &&
        rowidKey(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey)
          ? keyChunks(
              db,
              `A.${oldKey[0]}`,
              oldTable,
              `B.${newKey[0]}`,
              newTable,
              Math.max(MIN_CHUNKS, Math.ceil(bytes / CHUNK_BYTES)),
            )
          : undefined;
      if (worker !== undefined && chunks !== undefined) {
        // Both keys are rowids: each chunk is a rowid range, read once by one UNION ALL whose
        // two arms walk both tables in step (each page is read once, not once per arm).
        const sql = `${oldAndBoth(` AND A.${oldKey[0]} BETWEEN ? AND ?`)}\nUNION ALL\n${onlyNew(` AND B.${newKey[0]} BETWEEN ? AND ?`)}\n${orderBy}`;
        // Rowid keys are never NULL: only the old table is counted (see `derive`), by chunks.
        const countChunk = `SELECT COUNT(*) FROM ${oldTable} A WHERE A.${oldKey[0]} BETWEEN ? AND ?`;
        worker.start({
          chunks,
          sql,
          countSql: countChunk,
          limit: UNREAD_ROWS,
          batch: WORKER_BATCH,
        });
        chunked = chunkedCandidates(db, worker, sql, countChunk, chunks, setCounts);
        candidates = chunked;
      } else if (worker !== undefined) {
        const streamed = streamFromWorker(worker, { countSql, sql: `${onlyNew()}\n${orderBy}` });
        workerCounts = streamed.counts;
        // The join runs now, ahead of the merge (see mergeCandidates), while the worker counts
        // and scans; the counts arrive before any new-only row.
        void streamed.counts.then(setCounts);
        joined = db.prepare(`${oldAndBoth()}\n${orderBy}`).raw(true).iterate();
        candidates = mergeCandidates(joined, streamed.rows, keyWidth, plan.compareKeys);
      } else {
        setCounts(countSql.map((sql) => Number(db.prepare(sql).pluck(true).get())));
        joined = db
          .prepare(`${oldAndBoth()}\nUNION ALL\n${onlyNew()}\n${orderBy}`)
          .raw(true)
          .iterate();
        candidates = inBatches(joined, plan.batchSize);
      }

      const { onlyOld, onlyNew: onlyNewRows } = yield* rowEvents(
        candidates,
        plan,
        counts,
        keyWidth,
      );
      if (workerCounts !== undefined) await workerCounts;
      if (derive) {
        // Known only now: the first update comes with the last (SQLite's scan reports nothing).
        counts.newRows = counts.oldRows - onlyOld + onlyNewRows;
        progress(0, counts.oldRows + counts.newRows);
      }
      const total = counts.oldRows + counts.newRows;
      progress(total, total, true);
    } finally {
      joined?.return?.();
      // Closes this thread's statement of a chunk when the comparison stops early.
      await chunked?.return(undefined);
      worker?.stop();
      db.close();
    }
  };
}

/**
 * The row events of the candidates (each row: a tag, the key, the old row, the new row; see
 * `run`), a batch of events per batch of rows, in key order, and how many rows were only old or
 * only new. Its own function, not part of `run`: the loop is what V8 compiles once it is hot, and
 * compiling all of `run` with it took 21 ms of the other core in a 1M-row comparison while both
 * threads had SQLite work to do.
 */
async function* rowEvents(
  candidates: AsyncIterable<unknown[][]>,
  plan: ComparisonPlan,
  counts: StrategyCounts,
  keyWidth: number,
): AsyncGenerator<RowEvent[], { onlyOld: number; onlyNew: number }> {
  const oldNames = selectedColumns(plan, 'old');
  const newNames = selectedColumns(plan, 'new');
  const width = oldNames.length;
  const toRow = (values: unknown[], start: number, names: string[]) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i]] = values[start + i];
    return row;
  };
  let previous: unknown[] | undefined;
  let onlyOld = 0;
  let onlyNew = 0;
  for await (const batch of candidates) {
    const events: RowEvent[] = [];
    for (const values of batch) {
      const tag = values[0] as number;
      const key = values.slice(1, 1 + keyWidth);
      // A key that is not unique would pair rows wrongly; the merge refuses it, and so do we.
      if (previous !== undefined && plan.compareKeys(previous, key) >= 0) {
        const side = tag === 2 ? plan.newSide : plan.oldSide;
        throw outOfOrder(side, previous, key);
      }
      previous = key;
      const event: RowEvent = { key };
      if (tag !== 2) event.old = toRow(values, 1 + keyWidth, oldNames);
      if (tag !== 1) event.new = toRow(values, 1 + keyWidth + width, newNames);
      counts.rowsFetched += tag === 3 ? 2 : 1;
      if (tag === 1) onlyOld++;
      else if (tag === 2) onlyNew++;
      events.push(event);
    }
    yield events;
  }
  return { onlyOld, onlyNew };
}

/**
 * Merges this thread's joined rows and the worker's new-only rows (both in key order), in batches
 * of at most `ahead`. Before each wait for the worker, up to `ahead` joined rows are read into a
 * buffer, so that this thread's join runs while the worker scans instead of waiting for its next
 * row.
 */
export async function* mergeCandidates(
  joined: Iterator<unknown[]>,
  onlyNew: AsyncIterator<unknown[]>,
  keyWidth: number,
  compareKeys: (a: unknown[], b: unknown[]) => number,
  ahead: number = JOIN_AHEAD,
): AsyncGenerator<unknown[][]> {
  const keyOf = (values: unknown[]) => values.slice(1, 1 + keyWidth);
  let merged: unknown[][] = [];
  let buffer: unknown[][] = [];
  let head = 0;
  let joinDone = false;
  const readAhead = () => {
    if (head === buffer.length) {
      buffer = [];
      head = 0;
    }
    while (!joinDone && buffer.length - head < ahead) {
      const step = joined.next();
      if (step.done) joinDone = true;
      else buffer.push(step.value);
    }
  };
  readAhead();
  let b = await onlyNew.next();
  for (;;) {
    if (head === buffer.length) readAhead();
    const a = head < buffer.length ? buffer[head] : undefined;
    if (a === undefined && b.done) break;
    if (a !== undefined && (b.done || compareKeys(keyOf(a), keyOf(b.value)) <= 0)) {
      head++;
      merged.push(a);
    } else if (!b.done) {
      merged.push(restoreBuffers(b.value));
      readAhead();
      b = await onlyNew.next();
    }
    if (merged.length >= ahead) {
      yield merged;
      merged = [];
    }
  }
  if (merged.length > 0) yield merged;
}

/** A file's size in bytes (0 when it cannot be read). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Whether a table's primary key `key` can never hold NULL, so that it is unique: a WITHOUT ROWID
 * table's, a rowid alias (INTEGER PRIMARY KEY: no index of origin `pk`), or columns declared
 * NOT NULL. A rowid table's other primary keys accept any number of NULLs.
 */
export function keyNeverNull(
  db: Pick<ReadOnlyConnection, 'pragma'>,
  schema: string,
  table: string,
  key: { name: string }[],
): boolean {
  return keyShape(db, schema, table, key) !== 'nullable';
}

/** Whether the key is the table's rowid (a single INTEGER PRIMARY KEY column, its alias). */
export function rowidKey(
  db: Pick<ReadOnlyConnection, 'pragma'>,
  schema: string,
  table: string,
  key: { name: string }[],
): boolean {
  return keyShape(db, schema, table, key) === 'rowid';
}

function keyShape(
  db: Pick<ReadOnlyConnection, 'pragma'>,
  schema: string,
  table: string,
  key: { name: string }[],
): 'rowid' | 'not null' | 'nullable' {
  const name = quote('sqlite', table);
  const [entry] = db.pragma(`${schema}.table_list(${name})`) as { type: string; wr: number }[];
  if (entry === undefined || entry.type !== 'table') return 'nullable';
  if (Number(entry.wr) === 1) return 'not null';
  const columns = db.pragma(`${schema}.table_info(${name})`) as {
    name: string;
    notnull: number;
    pk: number;
  }[];
  const indexes = db.pragma(`${schema}.index_list(${name})`) as { origin: string }[];
  const primary = columns.filter((column) => Number(column.pk) > 0);
  if (
    primary.length === 1 &&
    key.length === 1 &&
    primary[0].name === key[0].name &&
    !indexes.some((index) => index.origin === 'pk')
  )
    return 'rowid';
  return key.every((k) => columns.some((c) => c.name === k.name && Number(c.notnull) === 1))
    ? 'not null'
    : 'nullable';
}

/**
 * Both tables' rowid keys, from the least to the greatest (each end found through the rowid
 * b-tree, not a scan), cut into at most `count` ranges of equal width: inclusive bounds, as
 * BigInts (rowids are 64-bit); undefined when both tables are empty.
 */
export function keyChunks(
  db: { prepare(sql: string): { raw(on: boolean): { get(): unknown } } },
  oldKey: string,
  oldTable: string,
  newKey: string,
  newTable: string,
  count: number,
): [bigint, bigint][] | undefined {
  const ends = [
    `SELECT min(${oldKey}) AS k FROM ${oldTable} A`,
    `SELECT max(${oldKey}) FROM ${oldTable} A`,
    `SELECT min(${newKey}) FROM ${newTable} B`,
    `SELECT max(${newKey}) FROM ${newTable} B`,
  ].join(' UNION ALL ');
  const [least, greatest] = db
    .prepare(`SELECT CAST(min(k) AS TEXT), CAST(max(k) AS TEXT) FROM (${ends})`)
    .raw(true)
    .get() as [string | null, string | null];
  if (least === null || greatest === null) return undefined;
  const low = BigInt(least);
  const high = BigInt(greatest);
  const span = high - low + 1n;
  const width = (span + BigInt(count) - 1n) / BigInt(count);
  const chunks: [bigint, bigint][] = [];
  for (let start = low; start <= high; start += width) {
    const end = start + width - 1n;
    chunks.push([start, end < high ? end : high]);
  }
  return chunks;
}

/** The names SQLite gives a table's rowid, unless a column of the table has taken the name. */
const ROWID_NAMES = ['rowid', '_rowid_', 'oid'];

/**
 * A column, quoted, that is NULL in a LEFT JOIN exactly when the table had no matching row: the
 * rowid under a name no column of the table has taken, else the key when it cannot hold NULL (a
 * WITHOUT ROWID table's). A table with columns named rowid, _rowid_ and oid and a key that can
 * hold NULL has none: the comparison stops there and says to use 'merge'.
 */
export function matchMarker(
  db: Pick<ReadOnlyConnection, 'pragma'>,
  schema: string,
  table: string,
  key: { name: string }[],
): string {
  const name = quote('sqlite', table);
  const [entry] = db.pragma(`${schema}.table_list(${name})`) as { type: string; wr: number }[];
  // As SQLite would say it (a TEMP table of the data source's own connection is not in the file).
  if (entry === undefined) throw new Error(`no such table: ${schema}.${table}`);
  if (entry.type === 'table' && Number(entry.wr) === 0) {
    const columns = db.pragma(`${schema}.table_xinfo(${name})`) as { name: string }[];
    const taken = new Set(columns.map((column) => column.name.toLowerCase()));
    const free = ROWID_NAMES.find((rowid) => !taken.has(rowid));
    if (free !== undefined) return free;
  }
  if (keyNeverNull(db, schema, table, key)) return quote('sqlite', key[0].name);
  throw new Error(
    `compareDatabases (sqlite-attach): table ${table} has columns named ${ROWID_NAMES.join(', ')} ` +
      "and a primary key that can hold NULL, so a row without a partner cannot be told from one whose key is NULL: use strategy: 'merge'",
  );
}
