/**
 * The sqlite-attach strategy's worker thread (bundled beside the library as
 * sqlite-attach-worker.js): opens its own read-only connection at once, then runs the one job the
 * main thread sends once it knows the SQL. With `chunks` (rowid keys): takes chunks of the key
 * range from the top down while any are left and sends their candidates, a batch at a time,
 * waiting while `limit` rows are unread; the last message of a chunk has its count of old rows.
 * Otherwise: runs the COUNT queries, then streams the rows only in the new table in key order, a
 * batch at a time, waiting while `limit` batches are unread.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import {
  Slot,
  type WorkerJob,
  type WorkerMessage,
  type WorkerSetup,
} from './sqlite-attach-shared.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const shared = new Int32Array(setup.shared);
const send = (message: WorkerMessage): void => port.postMessage(message);

/** Waits while the counter in `slot` is at `limit` or more, then adds `amount` to it. */
function reserve(slot: number, limit: number, amount: number): void {
  for (let n = Atomics.load(shared, slot); n >= limit; n = Atomics.load(shared, slot))
    Atomics.wait(shared, slot, n, 1000);
  Atomics.add(shared, slot, amount);
}

let db: BetterSqlite3.Database | undefined;
let failure: unknown;
try {
  const Database = createRequire(import.meta.url)(setup.module) as typeof BetterSqlite3;
  db = new Database(setup.oldFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  db.pragma('query_only = ON');
  db.prepare(`ATTACH DATABASE ? AS ${setup.newSchema}`).run(setup.newFile);
  for (const pragma of setup.pragmas) db.pragma(pragma);
} catch (error) {
  failure = error;
}

port.once('message', (job: WorkerJob) => {
  try {
    if (failure !== undefined || db === undefined) throw failure;
    if ('chunks' in job) sendChunks(db, job);
    else sendNewRows(db, job);
  } catch (error) {
    send({ error: String((error as Error | undefined)?.message ?? error) });
  } finally {
    db?.close();
  }
});

function sendChunks(
  database: BetterSqlite3.Database,
  job: Extract<WorkerJob, { chunks: unknown }>,
) {
  const statement = database.prepare(job.sql).raw(true);
  const counter = database.prepare(job.countSql).pluck(true);
  const sendRows = (chunk: number, rows: unknown[][], count?: number) => {
    reserve(Slot.Unread, job.limit, rows.length);
    send(count === undefined ? { chunk, rows } : { chunk, rows, count });
  };
  for (
    let i = job.chunks.length - 1;
    Atomics.add(shared, Slot.Claimed, 1) < job.chunks.length;
    i--
  ) {
    const [low, high] = job.chunks[i];
    let rows: unknown[][] = [];
    for (const row of statement.iterate(low, high, low, high) as Iterable<unknown[]>) {
      rows.push(row);
      if (rows.length >= job.batch) {
        sendRows(i, rows);
        rows = [];
      }
    }
    sendRows(i, rows, Number(counter.get(low, high)));
  }
  send({ finished: true });
}

function sendNewRows(
  database: BetterSqlite3.Database,
  job: Extract<WorkerJob, { countSql: string[] }>,
) {
  send({ counts: job.countSql.map((sql) => Number(database.prepare(sql).pluck(true).get())) });
  let rows: unknown[][] = [];
  const sendBatch = (done: boolean) => {
    reserve(Slot.Ahead, job.limit, 1);
    send({ rows, done });
    rows = [];
  };
  for (const row of database.prepare(job.sql).raw(true).iterate() as Iterable<unknown[]>) {
    rows.push(row);
    if (rows.length >= job.batch) sendBatch(false);
  }
  sendBatch(true);
}
