/**
 * The parts every comparison strategy shares: what a side is, the plan of columns, the stream of
 * rows a strategy hands back, and the choice of strategy.
 *
 * A strategy only decides which rows to look at. It yields, in key order, every row that might
 * differ (the merge yields every row; the others only the rows whose SQL comparison or hash says
 * they may differ), and `compareDatabasesDetailed` explains each one with the same value rules.
 * That is why every strategy gives the same differences, in the same order, with the same messages:
 * the SQL side only has to be at least as strict as the JavaScript comparison, never as subtle.
 */
import type { BridgeKind } from './db-bridge.js';
import type {
  ColumnInfo,
  ComparableDataSource,
  Dialect,
  TableInfo,
  TableRef,
} from './db-dialect.js';

/** How `compareDatabases` finds the differing rows. */
export type ComparisonStrategy = 'merge' | 'sqlite-attach' | 'server-hash';

/** The strategies a caller may ask for; `auto` picks the fastest that applies. */
export const STRATEGY_CHOICES = ['auto', 'merge', 'sqlite-attach', 'server-hash'] as const;

/** One side of the comparison, ready to read. */
export interface Side {
  /** Which side this is, as messages name it. */
  name: 'old' | 'new';
  /** The data source the side's rows are read from. */
  ds: ComparableDataSource;
  /** The SQL dialect of `ds`. */
  dialect: Dialect;
  /** The table compared on this side. */
  ref: TableRef;
  /** The table's columns and primary key. */
  info: TableInfo;
}

/** The columns to compare and the key that matches rows, as `planColumns` settled them. */
export interface ComparisonPlan {
  /** The old table's name, as messages show it. */
  label: string;
  /** The old side. */
  oldSide: Side;
  /** The new side. */
  newSide: Side;
  /** Key columns of each side, in key order. */
  oldKey: ColumnInfo[];
  /** The new side's key columns (the old key under its new names, after `renamedColumns`). */
  newKey: ColumnInfo[];
  /** The compared column pairs `[oldName, newName]` (key columns excluded). */
  pairs: [string, string][];
  /** Orders two keys as the databases' binary order does (see db-values `compareKeyValues`). */
  compareKeys(a: unknown[], b: unknown[]): number;
  /** Rows per query. */
  batchSize: number;
  /** Per pair, the logical kind it is compared as (see db-bridge.ts), or undefined: strictly. */
  bridged: (BridgeKind | undefined)[];
}

/** The columns a side selects, key first: the shape of the rows that differences carry. */
export function selectedColumns(plan: ComparisonPlan, side: 'old' | 'new'): string[] {
  return side === 'old'
    ? [...plan.oldKey.map((c) => c.name), ...plan.pairs.map(([o]) => o)]
    : [...plan.newKey.map((c) => c.name), ...plan.pairs.map(([, n]) => n)];
}

/**
 * A row that may differ: only `old` (missing from the new side), only `new` (extra), or both
 * (compare column by column). `key` is the old side's key when there is an old row.
 */
export interface RowEvent {
  /** The row's key values, in key order. */
  key: unknown[];
  /** The old side's row (its selected columns), when there is one. */
  old?: Record<string, unknown>;
  /** The new side's row (its selected columns), when there is one. */
  new?: Record<string, unknown>;
}

/** What a strategy counts while it runs; final once its rows are exhausted. */
export interface StrategyCounts {
  /** Rows in the old table. */
  oldRows: number;
  /** Rows in the new table. */
  newRows: number;
  /** Table rows read into JavaScript, both sides together. */
  rowsFetched: number;
  /** Set when the strategy found at run time that it could not apply and read everything instead. */
  fallback?: string;
  /** How the strategy went about it, in a few words, when that is worth saying (`strategyReason` ends with it). */
  detail?: string;
}

/** Reports progress: rows of both tables dealt with so far, out of both tables' rows. */
export type ReportProgress = (rowsDone: number, rowsTotal: number, final?: boolean) => void;

/**
 * A strategy's run: the rows that may differ, in key order, in batches, so that the caller awaits
 * once per batch, not once per row.
 */
export type StrategyRun = (
  plan: ComparisonPlan,
  counts: StrategyCounts,
  progress: ReportProgress,
) => AsyncGenerator<RowEvent[]>;

/** Items (row events, rows) in batches of `size` (the last may be smaller), in the order given. */
export async function* inBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Whether the key is each side's whole primary key (so it is unique and never NULL on a server). */
export function keyIsPrimaryKey(plan: ComparisonPlan): boolean {
  const same = (key: ColumnInfo[], primary: string[]) =>
    primary.length === key.length && key.every((column) => primary.includes(column.name));
  return (
    same(plan.oldKey, plan.oldSide.info.primaryKey) &&
    same(plan.newKey, plan.newSide.info.primaryKey)
  );
}

/** The declared type without its size or precision: `varchar(20)` and `varchar(300)` are both `varchar`. */
export function baseType(declared: string): string {
  return declared
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
