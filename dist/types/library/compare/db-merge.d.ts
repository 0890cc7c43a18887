import { type ComparisonPlan, type ReportProgress, type RowEvent, type Side, type StrategyCounts } from './db-strategy.js';
import type { ColumnInfo } from './db-dialect.js';
/** A row with its key, as the merge consumes it. */
export interface KeyedRow {
    /** The row's key values, in key order. */
    key: unknown[];
    /** The row as read, by column name (the selected columns, key first). */
    row: Record<string, unknown>;
}
/** How many rows a side's table holds. */
export declare function countRows(side: Side): Promise<number>;
/** The error for two rows out of key order (a duplicate key, or a non-binary collation). */
export declare function outOfOrder(side: Side, after: unknown[], key: unknown[]): Error;
/** The rows of one side in key order, a page at a time; checks that the order is strictly increasing. */
export declare function scan(side: Side, key: ColumnInfo[], select: string[], batchSize: number, compareKeys: (a: unknown[], b: unknown[]) => number): AsyncGenerator<KeyedRow>;
/**
 * Merges two key-ordered row streams into row events, in key order. `onRead` is called once per
 * row read from either side.
 */
export declare function mergeRows(oldRows: AsyncIterator<KeyedRow>, newRows: AsyncIterator<KeyedRow>, compareKeys: (a: unknown[], b: unknown[]) => number, onRead: (side: 'old' | 'new') => void): AsyncGenerator<RowEvent>;
/** The `merge` strategy: every row of both tables, in key order, in batches of `plan.batchSize`. */
export declare function mergeStrategy(plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress): AsyncGenerator<RowEvent[]>;
/** The merge's row events, one at a time (see mergeStrategy). */
export declare function mergeEvents(plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress): AsyncGenerator<RowEvent>;
