/**
 * `compareDatabases`: one table on the old database against the same table on the new one, row by
 * row, matched by primary key. Every difference says where it is (`tools[id=3].status`) and what
 * happened in one sentence. How the differing rows are found is a strategy (see db-strategy.ts):
 * `merge` reads both sides in key order a page at a time (any engines, memory flat); `sqlite-attach`
 * lets SQLite join two files in one connection; `server-hash` lets two PostgreSQL or two MySQL
 * servers hash key ranges and reads only the ranges that differ. All explain rows the same way.
 */
import type { Difference } from '../../common/records.js';
import { type ComparableDataSource } from './db-dialect.js';
import { type ColumnBridge } from './db-bridge.js';
import { type ProgressListener } from './db-progress.js';
import { type ComparisonStrategy } from './db-strategy.js';
import { type NormalizeOptions } from './db-values.js';
export type { ComparableDataSource } from './db-dialect.js';
export type { BridgeKind, ColumnBridge } from './db-bridge.js';
export type { NormalizeOptions } from './db-values.js';
export type { ComparisonStrategy } from './db-strategy.js';
export type { ComparisonProgress, ProgressListener } from './db-progress.js';
export { progressLogger } from './db-progress.js';
/** An entity class, an EntitySchema, an entity name, or a table name (`schema.table` allowed). */
export type EntityOrTable = string | object;
/** How to compare. Everything is strict unless an option relaxes it. */
export interface CompareDatabasesOptions {
    /** The key that matches rows (old-side column names); default: the entity's or the table's primary key. */
    key?: string | string[];
    /** Columns renamed by the migration: `{ oldName: newName }`. Values are compared across the rename. */
    renamedColumns?: Record<string, string>;
    /** Columns not to compare (old or new names). */
    ignoreColumns?: string[];
    /** Compare only these columns (old or new names); the key is always used to match. */
    columns?: string[];
    /**
     * Forgive engine differences: `true` for all of booleans 0/1, dates vs ISO strings and numeric
     * strings, or pick some. Off by default: NULL vs '' and 1 vs '1' are differences.
     */
    normalize?: boolean | NormalizeOptions;
    /** Floats within this absolute distance are equal. Default: exact. */
    tolerance?: number;
    /**
     * Compare columns whose two sides are not the same type (two engines, or a migration that
     * changed the column's type) by logical value, from both sides' declared types: booleans (0/1
     * and false/true), integers of any width (also read as strings), exact decimals, floats at the
     * narrower side's precision, date and time at the coarser side's precision with the zone made
     * explicit (a type without a zone as UTC), JSON by value. Text and bytes stay exact, and so does
     * every column of the same type on the same engine. The result's `bridges` lists the columns
     * and how. Default `true`; `false` compares every column strictly (`normalize` still applies).
     */
    bridgeTypes?: boolean;
    /** How many differences to keep (the total is always counted exactly). Default 1000. */
    maxDifferences?: number;
    /** Rows read per query on each side, and rows passed on to be explained at a time. Default 1000. */
    batchSize?: number;
    /**
     * How to find the differing rows (every strategy gives the same differences, in the same order):
     * - `merge`: read both tables in key order, a page at a time, and compare in JavaScript. Any
     *   engines, any key; memory stays flat, but every row crosses the wire.
     * - `sqlite-attach`: both sides SQLite files (better-sqlite3, or sqlite3 from TypeORM 0.3): one
     *   read-only connection attaches both files and SQLite finds the differing rows, as `sqldiff`.
     * - `server-hash`: PostgreSQL or MySQL/MariaDB on each side (the same engine or one of each), a
     *   single integer primary key, and columns of the same type or bridged (`bridgeTypes`) to a
     *   value both servers can write as the same text (not times of day, nor floats of two
     *   widths): the servers hash key ranges, split the ones that differ as deep as the differences
     *   need, and only their rows are read, so what crosses the wire grows with the differences,
     *   not the table. A JSON column across the two engines is left out of the hash: the key and
     *   the JSON columns alone are read in key order on both sides and compared by value, and the
     *   rows where they differ are read whole with the others. When most ranges differ, the rest is read whole (on PostgreSQL by COPY,
     *   equal lines skipped unparsed); `strategyReason` says how it went.
     * - `auto` (default): `sqlite-attach` or `server-hash` when they apply, else `merge`.
     * Asking for a strategy that cannot apply throws and says why.
     */
    strategy?: 'auto' | ComparisonStrategy;
    /**
     * Called with the progress of the comparison: first at the start, then at most every
     * `progressIntervalMs`, and once at the end (`done: true`). Default: a line on stderr per update
     * when both tables together hold at least 100,000 rows (`progressLogger()`); `false`: silent.
     * `sqlite-attach` has nothing to report while SQLite scans: its first update comes once it knows
     * both tables' row counts, which with keys that cannot be NULL is at the end, with the last.
     */
    onProgress?: ProgressListener | false;
    /** The least time between two progress updates. Default 2000 ms. */
    progressIntervalMs?: number;
    /**
     * A second run of the old version (its own database, the same writes): the table is first
     * compared between the old database and this one, with the same options, and every column whose
     * values differ there differs on its own (`created_at`, random ids). Those columns are left out
     * of the old-new comparison and listed in the result's `noise`. A column that differs between
     * old and new but not between the two old runs is still a difference; a change in a learned
     * column is hidden, by design. Rows (or columns) that one old run has and the other lacks are
     * not noise: each is a difference (path `noiseFrom:...`), since the old version does not write
     * the same rows on each run. The key must not be such a column (pick another with `key`).
     */
    noiseFrom?: ComparableDataSource;
}
/** A column learned as noise: its values differ between two runs of the old version. */
export interface LearnedNoiseColumn {
    /** The column's old name. */
    column: string;
    /** In how many rows its values differ between the two old runs. */
    rows: number;
    /** The first one or two of those differences, as examples. */
    examples: Difference[];
}
/** What the second old run (`noiseFrom`) taught. */
export interface LearnedNoise {
    /** The columns left out of the old-new comparison, in table order. */
    columns: LearnedNoiseColumn[];
    /** Rows present in both old runs, compared column by column. */
    rowsCompared: number;
    /**
     * How many rows, columns or tables one old run has and the other lacks; each is also a
     * difference of the comparison (path `noiseFrom:...`).
     */
    problems: number;
}
/** What `compareDatabasesDetailed` found. */
export interface DatabaseComparison {
    /** The differences kept (at most `maxDifferences`), in key order. */
    differences: Difference[];
    /** How many differences there are in all (more than `differences.length` when capped). */
    total: number;
    /** True when `total` exceeds what was kept. */
    truncated: boolean;
    /** Rows present on both sides, compared column by column. */
    rowsCompared: number;
    /** Rows read from the old table. */
    oldRows: number;
    /** Rows read from the new table. */
    newRows: number;
    /** The column pairs compared, `[oldName, newName]`. */
    columns: [string, string][];
    /**
     * The columns compared by logical value (see `bridgeTypes`), with both declared types and the
     * rule; empty when every column was compared strictly.
     */
    bridges: ColumnBridge[];
    /** The strategy that ran. */
    strategy: ComparisonStrategy;
    /** Why that strategy: what `auto` saw, or why a faster one could not apply. */
    strategyReason: string;
    /**
     * Table rows read into JavaScript, both sides together: `oldRows + newRows` for `merge`, only
     * the rows that may differ for the others (for `server-hash` across engines with JSON
     * columns, plus every row's key and JSON columns, which are compared in JavaScript). With the hash queries' small results,
     * this is what crossed the wire.
     */
    rowsFetched: number;
    /** With `noiseFrom`: the columns learned as noise and what else the two old runs disagree on. */
    noise?: LearnedNoise;
}
/**
 * Compares one table of the old database with the same table of the new one and returns every
 * difference (up to `maxDifferences`): rows only on the old side (`missing`), only on the new side
 * (`extra`), and per column values that `changed` or changed `type`. Identical tables give `[]`.
 * Works with TypeORM 0.3 and 1.x data sources on SQLite, PostgreSQL and MySQL/MariaDB.
 */
export declare function compareDatabases(oldDs: ComparableDataSource, newDs: ComparableDataSource, entityOrTable: EntityOrTable, options?: CompareDatabasesOptions): Promise<Difference[]>;
/**
 * As `compareDatabases`, with the exact total, the row counts, the columns and the strategy used;
 * with `noiseFrom`, also the columns learned as noise (`noise`).
 */
export declare function compareDatabasesDetailed(oldDs: ComparableDataSource, newDs: ComparableDataSource, entityOrTable: EntityOrTable, options?: CompareDatabasesOptions): Promise<DatabaseComparison>;
