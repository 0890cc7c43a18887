/**
 * The `merge` strategy, which works everywhere: both sides read in key order, a page at a time,
 * and merged in JavaScript, so memory does not grow with the table. Also the merging that the
 * other strategies reuse on the few rows they read.
 */
import { pageQuery, qualifiedName } from './db-dialect.js';
import {
  inBatches,
  selectedColumns,
  type ComparisonPlan,
  type ReportProgress,
  type RowEvent,
  type Side,
  type StrategyCounts,
} from './db-strategy.js';
import { formatValue } from './db-values.js';
import type { ColumnInfo } from './db-dialect.js';

/** A row with its key, as the merge consumes it. */
export interface KeyedRow {
  /** The row's key values, in key order. */
  key: unknown[];
  /** The row as read, by column name (the selected columns, key first). */
  row: Record<string, unknown>;
}

/** How many rows a side's table holds. */
export async function countRows(side: Side): Promise<number> {
  const rows: Record<string, unknown>[] = await side.ds.query(
    `SELECT COUNT(*) AS n FROM ${qualifiedName(side.dialect, side.ref)}`,
  );
  return Number(Object.values(rows[0])[0]);
}

/** The error for two rows out of key order (a duplicate key, or a non-binary collation). */
export function outOfOrder(side: Side, after: unknown[], key: unknown[]): Error {
  return new Error(
    `compareDatabases: the ${side.name} table ${side.ref.table} returned key ${formatValue(key.length === 1 ? key[0] : key)} ` +
      `after ${formatValue(after.length === 1 ? after[0] : after)}, out of order (duplicate key, or a collation that is not binary); ` +
      `give options.key columns that identify each row once.`,
  );
}

/** The rows of one side in key order, a page at a time; checks that the order is strictly increasing. */
export async function* scan(
  side: Side,
  key: ColumnInfo[],
  select: string[],
  batchSize: number,
  compareKeys: (a: unknown[], b: unknown[]) => number,
): AsyncGenerator<KeyedRow> {
  const table = qualifiedName(side.dialect, side.ref);
  const page = (from: unknown[] | undefined): Promise<Record<string, unknown>[]> => {
    const { sql, params } = pageQuery(side.dialect, table, select, key, batchSize, from);
    const rows = Promise.resolve(side.ds.query(sql, params));
    // Read ahead: a failure is thrown where the page is awaited, or never when the merge stops
    // before it needs the page.
    rows.catch(() => {});
    return rows;
  };
  let after: unknown[] | undefined;
  let next: Promise<Record<string, unknown>[]> | undefined = page(undefined);
  while (next !== undefined) {
    const rows: Record<string, unknown>[] = await next;
    // The next page is asked for before this one is merged, so that the server reads it while
    // this process compares (and the other side's server reads too).
    next =
      rows.length < batchSize
        ? undefined
        : page(key.map((column) => rows[rows.length - 1][column.name]));
    for (const row of rows) {
      const rowKey = key.map((column) => row[column.name]);
      // The merge relies on both sides agreeing on the order; if they do not, saying
      // "missing" and "extra" would be wrong, so stop and say why.
      if (after !== undefined && compareKeys(after, rowKey) >= 0)
        throw outOfOrder(side, after, rowKey);
      after = rowKey;
      yield { key: rowKey, row };
    }
  }
}

/**
 * Merges two key-ordered row streams into row events, in key order. `onRead` is called once per
 * row read from either side.
 */
export async function* mergeRows(
  oldRows: AsyncIterator<KeyedRow>,
  newRows: AsyncIterator<KeyedRow>,
  compareKeys: (a: unknown[], b: unknown[]) => number,
  onRead: (side: 'old' | 'new') => void,
): AsyncGenerator<RowEvent> {
  let a = await oldRows.next();
  let b = await newRows.next();
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : compareKeys(a.value.key, b.value.key);
    if (order < 0 && !a.done) {
      onRead('old');
      yield { key: a.value.key, old: a.value.row };
      a = await oldRows.next();
    } else if (order > 0 && !b.done) {
      onRead('new');
      yield { key: b.value.key, new: b.value.row };
      b = await newRows.next();
    } else if (!a.done && !b.done) {
      onRead('old');
      onRead('new');
      yield { key: a.value.key, old: a.value.row, new: b.value.row };
      a = await oldRows.next();
      b = await newRows.next();
    }
  }
}

/** The `merge` strategy: every row of both tables, in key order, in batches of `plan.batchSize`. */
export function mergeStrategy(
  plan: ComparisonPlan,
  counts: StrategyCounts,
  progress: ReportProgress,
): AsyncGenerator<RowEvent[]> {
  return inBatches(mergeEvents(plan, counts, progress), plan.batchSize);
}

/** The merge's row events, one at a time (see mergeStrategy). */
export async function* mergeEvents(
  plan: ComparisonPlan,
  counts: StrategyCounts,
  progress: ReportProgress,
): AsyncGenerator<RowEvent> {
  // The totals only feed progress; counting is cheap next to reading every row.
  const [oldTotal, newTotal] = await Promise.all([
    countRows(plan.oldSide),
    countRows(plan.newSide),
  ]);
  const total = oldTotal + newTotal;
  progress(0, total);
  const oldRows = scan(
    plan.oldSide,
    plan.oldKey,
    selectedColumns(plan, 'old'),
    plan.batchSize,
    plan.compareKeys,
  );
  const newRows = scan(
    plan.newSide,
    plan.newKey,
    selectedColumns(plan, 'new'),
    plan.batchSize,
    plan.compareKeys,
  );
  yield* mergeRows(oldRows, newRows, plan.compareKeys, (side) => {
    if (side === 'old') counts.oldRows++;
    else counts.newRows++;
    counts.rowsFetched++;
    // Rows may be added while we read; never report more than all.
    const done = counts.oldRows + counts.newRows;
    progress(done, Math.max(done, total));
  });
  progress(counts.oldRows + counts.newRows, counts.oldRows + counts.newRows, true);
}
