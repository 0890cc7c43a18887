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
/**
 * Above this many bytes of database files, the rows only in the new table are looked for in a
 * worker thread (a second read-only connection) while this thread joins old to new: on two cores
 * that halves the wait. Below it, one query does both, sooner than a thread starts.
 */
export declare const PARALLEL_MIN_BYTES: number;
/** The `sqlite-attach` strategy. `files` are the old and the new database files. */
export declare function sqliteAttachStrategy(files: {
    old: string;
    new: string;
}): (plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress) => AsyncGenerator<RowEvent>;
