// src/library/compare/sqlite-attach-worker.ts
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

// src/library/compare/sqlite-attach-shared.ts
var Slot = {
  /** Batches of new-only rows the worker has sent and this thread has not read. */
  Ahead: 0,
  /** Chunks taken, by either thread. */
  Claimed: 1,
  /** Rows of chunks the worker has sent and this thread has not read. */
  Unread: 2
};

// src/library/compare/sqlite-attach-worker.ts
var setup = workerData;
var port = parentPort;
var shared = new Int32Array(setup.shared);
var send = (message) => port.postMessage(message);
function reserve(slot, limit, amount) {
  for (let n = Atomics.load(shared, slot); n >= limit; n = Atomics.load(shared, slot))
    Atomics.wait(shared, slot, n, 1e3);
  Atomics.add(shared, slot, amount);
}
var db;
var failure;
try {
  const Database = createRequire(import.meta.url)(setup.module);
  db = new Database(setup.oldFile, { readonly: true, fileMustExist: true, timeout: 5e3 });
  db.pragma("query_only = ON");
  db.prepare(`ATTACH DATABASE ? AS ${setup.newSchema}`).run(setup.newFile);
  for (const pragma of setup.pragmas) db.pragma(pragma);
} catch (error) {
  failure = error;
}
port.once("message", (job) => {
  try {
    if (failure !== void 0 || db === void 0) throw failure;
    if ("chunks" in job) sendChunks(db, job);
    else sendNewRows(db, job);
  } catch (error) {
    send({ error: String(error?.message ?? error) });
  } finally {
    db?.close();
  }
});
function sendChunks(database, job) {
  const statement = database.prepare(job.sql).raw(true);
  const counter = database.prepare(job.countSql).pluck(true);
  const sendRows = (chunk, rows, count) => {
    reserve(Slot.Unread, job.limit, rows.length);
    send(count === void 0 ? { chunk, rows } : { chunk, rows, count });
  };
  for (let i = job.chunks.length - 1; Atomics.add(shared, Slot.Claimed, 1) < job.chunks.length; i--) {
    const [low, high] = job.chunks[i];
    let rows = [];
    for (const row of statement.iterate(low, high, low, high)) {
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
function sendNewRows(database, job) {
  send({ counts: job.countSql.map((sql) => Number(database.prepare(sql).pluck(true).get())) });
  let rows = [];
  const sendBatch = (done) => {
    reserve(Slot.Ahead, job.limit, 1);
    send({ rows, done });
    rows = [];
  };
  for (const row of database.prepare(job.sql).raw(true).iterate()) {
    rows.push(row);
    if (rows.length >= job.batch) sendBatch(false);
  }
  sendBatch(true);
}
