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
/** A running sampler; `stop()` returns what it saw. */
export interface LockSampler {
    stop(): Promise<HeldLock[]>;
}
/**
 * Samples, every `periodMs`, the relation locks that other sessions hold in this database (the
 * throwaway database has only the migration's sessions and this one).
 */
export declare function sampleLocks(observer: SqlConnection, periodMs?: number): LockSampler;
/**
 * Reads, just before each transaction of the data source commits, the table locks that
 * transaction holds (PostgreSQL keeps them to the end of the transaction, so none is missed
 * however short the migration). Returns a function that gives what it saw, each lock held from
 * `start` to its commit. Only the runners made after the call are watched.
 */
export declare function locksAtCommit(dataSource: {
    createQueryRunner(...args: unknown[]): unknown;
}, start: () => number): () => HeldLock[];
/** Both views of a migration's locks, the strongest mode and longest time of each table. */
export declare function mergeLocks(...lists: HeldLock[][]): HeldLock[];
/** Each table's storage file, to tell which tables a migration rewrote. */
export declare function tableFiles(connection: SqlConnection): Promise<Map<string, string>>;
/** Tables on both sides whose storage file changed: rewritten. */
export declare function rewrittenTables(before: Map<string, string>, after: Map<string, string>): string[];
