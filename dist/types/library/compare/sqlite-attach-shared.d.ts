/**
 * What the sqlite-attach strategy's two threads share: the slots of the Int32Array both read and
 * write with Atomics, the job this thread sends, and the messages the worker sends back.
 */
/** The shared counters, by slot. */
export declare const Slot: {
    /** Batches of new-only rows the worker has sent and this thread has not read. */
    readonly Ahead: 0;
    /** Chunks taken, by either thread. */
    readonly Claimed: 1;
    /** Rows of chunks the worker has sent and this thread has not read. */
    readonly Unread: 2;
};
/** How many slots the shared buffer holds. */
export declare const SLOT_COUNT = 3;
/** What the worker opens before it gets its job. */
export interface WorkerSetup {
    /** better-sqlite3's entry, resolved by this thread, so both threads load the same one. */
    module: string;
    oldFile: string;
    newFile: string;
    /** The schema name the new file is attached as. */
    newSchema: string;
    pragmas: string[];
    /** The buffer behind the shared counters. */
    shared: SharedArrayBuffer;
}
/** A job: candidates of key-range chunks (rowid keys), or counts then rows in key order. */
export type WorkerJob = {
    /** [low, high] rowid ranges, taken from the top down. */
    chunks: ReadonlyArray<readonly [bigint, bigint]>;
    /** The candidates of one chunk; bound with (low, high, low, high). */
    sql: string;
    /** The chunk's count of old rows; bound with (low, high). */
    countSql: string;
    /** Rows sent and not yet read before the worker waits. */
    limit: number;
    batch: number;
} | {
    /** COUNT queries run before the rows. */
    countSql: string[];
    /** The rows only in the new table, in key order. */
    sql: string;
    /** Batches sent and not yet read before the worker waits. */
    limit: number;
    batch: number;
};
/** A message from the worker. */
export type WorkerMessage = {
    counts: number[];
} | {
    rows: unknown[][];
    done: boolean;
} | {
    chunk: number;
    rows: unknown[][];
    count?: number;
} | {
    finished: true;
} | {
    error: string;
};
