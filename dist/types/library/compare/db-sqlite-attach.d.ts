import { type WorkerJob, type WorkerMessage } from './sqlite-attach-shared.js';
import type { ComparableDataSource } from './db-dialect.js';
import { type ComparisonPlan, type ReportProgress, type RowEvent, type StrategyCounts } from './db-strategy.js';
/**
 * The database file behind a SQLite data source, or why there is none we can open (in memory,
 * sql.js, an encrypted file, a file that is not there).
 */
export declare function sqliteFileOf(ds: ComparableDataSource): {
    file: string;
} | {
    reason: string;
};
/** A read-only better-sqlite3 connection, as far as this module uses it. */
interface ReadOnlyConnection {
    prepare(sql: string): {
        raw(on: boolean): {
            iterate(...params: unknown[]): IterableIterator<unknown[]>;
            get(...params: unknown[]): unknown;
        };
        pluck(on: boolean): {
            get(...params: unknown[]): unknown;
        };
        run(...params: unknown[]): unknown;
    };
    pragma(sql: string): unknown;
    close(): void;
}
/**
 * Above this many bytes of database files, a worker thread (a second read-only connection) shares
 * the work: when both keys are rowids, it takes chunks of the key range from the top and this thread
 * from the bottom; otherwise it looks for the rows only in the new table while this thread joins.
 * On two cores that about halves the wait. Below it, one query does all, sooner than a thread starts.
 */
export declare const PARALLEL_MIN_BYTES: number;
/**
 * Rows of chunks the worker may send before this thread reads them (it reads them once its own
 * chunks are done): the worker waits beyond that, so memory stays bounded when many rows differ.
 * Also how many of its own rows this thread holds before it passes them on.
 */
export declare const UNREAD_ROWS = 8192;
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
/**
 * Starts the worker (sqlite-attach-worker.ts): it opens its connection while this thread opens its
 * own and reads the tables' shapes (a thread takes 20 to 30 ms to be ready, 16 of them Node's own
 * start), then waits for its job.
 */
export declare function spawnWorker(files: {
    old: string;
    new: string;
}): WorkerThread;
/**
 * The candidates of a rowid key range cut into `chunks` (inclusive bounds, in key order), found by
 * `sql` (parameters: low, high, low, high) in two threads: this one takes chunks from the bottom
 * and yields their rows, in batches, once it has taken the last, the worker takes them from the
 * top (see sqlite-attach-worker.ts). So whichever thread is quicker reads more: the worker starts later (a
 * thread and a connection to set up), and the other core may be busy. Each thread counts the old rows of each of its chunks
 * (`countSql`, same parameters) right after reading it, while its pages are in the page cache:
 * all of them cost a third of one COUNT(*) of the table. `setCounts` gets the sum.
 */
export declare function chunkedCandidates(db: Pick<ReadOnlyConnection, 'prepare'>, worker: WorkerThread, sql: string, countSql: string, chunks: readonly (readonly [bigint, bigint])[], setCounts: (counts: number[]) => void): AsyncGenerator<unknown[][]>;
/** The `sqlite-attach` strategy. `files` are the old and the new database files. */
export declare function sqliteAttachStrategy(files: {
    old: string;
    new: string;
}): (plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress) => AsyncGenerator<RowEvent[]>;
/**
 * Merges this thread's joined rows and the worker's new-only rows (both in key order), in batches
 * of at most `ahead`. Before each wait for the worker, up to `ahead` joined rows are read into a
 * buffer, so that this thread's join runs while the worker scans instead of waiting for its next
 * row.
 */
export declare function mergeCandidates(joined: Iterator<unknown[]>, onlyNew: AsyncIterator<unknown[]>, keyWidth: number, compareKeys: (a: unknown[], b: unknown[]) => number, ahead?: number): AsyncGenerator<unknown[][]>;
/**
 * Whether a table's primary key `key` can never hold NULL, so that it is unique: a WITHOUT ROWID
 * table's, a rowid alias (INTEGER PRIMARY KEY: no index of origin `pk`), or columns declared
 * NOT NULL. A rowid table's other primary keys accept any number of NULLs.
 */
export declare function keyNeverNull(db: Pick<ReadOnlyConnection, 'pragma'>, schema: string, table: string, key: {
    name: string;
}[]): boolean;
/** Whether the key is the table's rowid (a single INTEGER PRIMARY KEY column, its alias). */
export declare function rowidKey(db: Pick<ReadOnlyConnection, 'pragma'>, schema: string, table: string, key: {
    name: string;
}[]): boolean;
/**
 * Both tables' rowid keys, from the least to the greatest (each end found through the rowid
 * b-tree, not a scan), cut into at most `count` ranges of equal width: inclusive bounds, as
 * BigInts (rowids are 64-bit); undefined when both tables are empty.
 */
export declare function keyChunks(db: {
    prepare(sql: string): {
        raw(on: boolean): {
            get(): unknown;
        };
    };
}, oldKey: string, oldTable: string, newKey: string, newTable: string, count: number): [bigint, bigint][] | undefined;
/**
 * A column, quoted, that is NULL in a LEFT JOIN exactly when the table had no matching row: the
 * rowid under a name no column of the table has taken, else the key when it cannot hold NULL (a
 * WITHOUT ROWID table's). A table with columns named rowid, _rowid_ and oid and a key that can
 * hold NULL has none: the comparison stops there and says to use 'merge'.
 */
export declare function matchMarker(db: Pick<ReadOnlyConnection, 'pragma'>, schema: string, table: string, key: {
    name: string;
}[]): string;
export {};
