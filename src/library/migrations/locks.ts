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
      return [...seen.entries()]
        .map(([table, held]) => ({
          table,
          mode: held.mode,
          milliseconds: Math.max(periodMs, Math.round(held.last - held.first)),
        }))
        .sort(
          (a, b) => MODES.indexOf(b.mode) - MODES.indexOf(a.mode) || a.table.localeCompare(b.table),
        );
    },
  };
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
