/**
 * What a migration costs on PostgreSQL, read from the catalogue while it runs: the table locks it
 * takes (mode, table, for how long) by sampling `pg_locks` from a second connection, and the
 * tables it rewrote (a new `relfilenode`: ALTER COLUMN TYPE, VACUUM FULL, a table rebuilt).
 */
import type { SqlConnection } from '../schema/types.js';

/** One table lock a migration held. */
export interface HeldLock {
  /** The table (or index) locked. */
  table: string;
  /** The strongest mode seen, e.g. `AccessExclusiveLock`. */
  mode: string;
  /** Milliseconds from the first sample that saw it to the last (at least one sampling period). */
  milliseconds: number;
}

/** PostgreSQL's table lock modes, weakest first. */
const MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];

/** A running sampler; `stop()` returns what it saw. */
export interface LockSampler {
  stop(): Promise<HeldLock[]>;
}

/**
 * Samples, every `periodMs`, the relation locks that other sessions hold in this database (the
 * throwaway database has only the migration's sessions and this one).
 */
export function sampleLocks(observer: SqlConnection, periodMs = 5): LockSampler {
  const seen = new Map<string, { mode: string; first: number; last: number }>();
  let running = true;
  let failure: unknown;
  const loop = (async () => {
    while (running) {
      const now = performance.now();
      try {
        const rows: Array<{ relname: string; mode: string }> = await observer.query(
          `SELECT c.relname AS relname, l.mode AS mode
             FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'm')`,
        );
        for (const row of rows) {
          const held = seen.get(row.relname);
          if (!held) seen.set(row.relname, { mode: row.mode, first: now, last: now });
          else {
            held.last = now;
            if (MODES.indexOf(row.mode) > MODES.indexOf(held.mode)) held.mode = row.mode;
          }
        }
      } catch (error) {
        failure = error;
        return;
      }
      await new Promise((done) => setTimeout(done, periodMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      if (failure) throw failure;
      return [...seen.entries()].map(([table, held]) => ({
        table,
        mode: held.mode,
        milliseconds: Math.max(periodMs, Math.round(held.last - held.first)),
      }));
    },
  };
}

/** The part of a TypeORM QueryRunner that the commit hook uses. */
interface CommittingRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
  commitTransaction(): Promise<void>;
}

/**
 * Reads, just before each transaction of the data source commits, the table locks that
 * transaction holds (PostgreSQL keeps them to the end of the transaction, so none is missed
 * however short the migration). Returns a function that gives what it saw, each lock held from
 * `start` to its commit. Only the runners made after the call are watched.
 */
export function locksAtCommit(
  dataSource: { createQueryRunner(...args: unknown[]): unknown },
  start: () => number,
): () => HeldLock[] {
  const seen = new Map<string, { mode: string; milliseconds: number }>();
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: unknown[]) => {
    const runner = create(...args) as CommittingRunner;
    const commit = runner.commitTransaction.bind(runner);
    runner.commitTransaction = async () => {
      const rows = (await runner.query(
        `SELECT c.relname AS relname, l.mode AS mode
           FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE l.locktype = 'relation' AND l.granted AND l.pid = pg_backend_pid()
            AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'm')`,
      )) as Array<{ relname: string; mode: string }>;
      const milliseconds = Math.max(1, Math.round(performance.now() - start()));
      for (const row of rows) {
        const held = seen.get(row.relname);
        if (!held || MODES.indexOf(row.mode) > MODES.indexOf(held.mode))
          seen.set(row.relname, { mode: row.mode, milliseconds });
      }
      await commit();
    };
    return runner;
  };
  return () => [...seen.entries()].map(([table, held]) => ({ table, ...held }));
}

/** Both views of a migration's locks, the strongest mode and longest time of each table. */
export function mergeLocks(...lists: HeldLock[][]): HeldLock[] {
  const merged = new Map<string, HeldLock>();
  for (const lock of lists.flat()) {
    const held = merged.get(lock.table);
    merged.set(lock.table, {
      table: lock.table,
      mode: held && MODES.indexOf(held.mode) > MODES.indexOf(lock.mode) ? held.mode : lock.mode,
      milliseconds: Math.max(held?.milliseconds ?? 0, lock.milliseconds),
    });
  }
  return [...merged.values()].sort(
    (a, b) => MODES.indexOf(b.mode) - MODES.indexOf(a.mode) || a.table.localeCompare(b.table),
  );
}

/** Each table's storage file, to tell which tables a migration rewrote. */
export async function tableFiles(connection: SqlConnection): Promise<Map<string, string>> {
  const rows: Array<{ relname: string; relfilenode: unknown }> = await connection.query(
    `SELECT relname, relfilenode FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'm')`,
  );
  return new Map(rows.map((row) => [row.relname, String(row.relfilenode)]));
}

/** Tables on both sides whose storage file changed: rewritten. */
export function rewrittenTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.entries()]
    .filter(([table, file]) => after.has(table) && after.get(table) !== file)
    .map(([table]) => table)
    .sort();
}
