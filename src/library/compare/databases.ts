/**
 * `compareDatabases`: one table on the old database against the same table on the new one, row by
 * row, matched by primary key. Every difference says where it is (`tools[id=3].status`) and what
 * happened in one sentence. How the differing rows are found is a strategy (see db-strategy.ts):
 * `merge` reads both sides in key order a page at a time (any engines, memory flat); `sqlite-attach`
 * lets SQLite join two files in one connection; `server-hash` lets two PostgreSQL or two MySQL
 * servers hash key ranges and reads only the ranges that differ. All explain rows the same way.
 */
import type { Difference } from '../../common/records.js';
import {
  dialectOf,
  readTableInfo,
  resolveTable,
  type ColumnInfo,
  type ComparableDataSource,
} from './db-dialect.js';
import { bridgeColumn, type BridgedColumn, type ColumnBridge } from './db-bridge.js';
import { mergeStrategy } from './db-merge.js';
import {
  progressLogger,
  PROGRESS_INTERVAL_MS,
  throttleProgress,
  type ProgressListener,
} from './db-progress.js';
import { hashSetup, serverHashStrategy } from './db-server-hash.js';
import { sqliteAttachStrategy, sqliteFileOf } from './db-sqlite-attach.js';
import {
  baseType,
  keyIsPrimaryKey,
  STRATEGY_CHOICES,
  type ComparisonPlan,
  type ComparisonStrategy,
  type RowEvent,
  type Side,
  type StrategyCounts,
  type StrategyRun,
} from './db-strategy.js';
import {
  compareKeyValues,
  compareValues,
  explainChange,
  formatValue,
  kindOf,
  type NormalizeOptions,
} from './db-values.js';

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
export async function compareDatabases(
  oldDs: ComparableDataSource,
  newDs: ComparableDataSource,
  entityOrTable: EntityOrTable,
  options: CompareDatabasesOptions = {},
): Promise<Difference[]> {
  return (await compareDatabasesDetailed(oldDs, newDs, entityOrTable, options)).differences;
}

/**
 * As `compareDatabases`, with the exact total, the row counts, the columns and the strategy used;
 * with `noiseFrom`, also the columns learned as noise (`noise`).
 */
export async function compareDatabasesDetailed(
  oldDs: ComparableDataSource,
  newDs: ComparableDataSource,
  entityOrTable: EntityOrTable,
  options: CompareDatabasesOptions = {},
): Promise<DatabaseComparison> {
  if (options.noiseFrom === undefined) return compareTable(oldDs, newDs, entityOrTable, options);
  return compareLearningNoise(oldDs, options.noiseFrom, newDs, entityOrTable, options);
}

/** How a comparison runs inside this module, beyond the public options. */
interface TableRun {
  /** Sees every difference, also past `maxDifferences`, with the old name of its column when it is a value's. */
  observe?: (difference: Difference, column: string | undefined) => void;
  /** Column names in `columns`/`ignoreColumns` that neither table has are passed over, not an error. */
  lenientNames?: boolean;
  /** A table neither side has gives an empty comparison instead of an error. */
  absentTableIsEmpty?: boolean;
  /** Old column names whose values are not compared (learned noise); a column dropped is still reported. */
  noise?: ReadonlySet<string>;
}

/**
 * Old against its twin (a second run of the old version), then old against new with the columns
 * that differed between the twins left out. The twins' rows and columns must match one for one:
 * any that one twin lacks becomes a difference, never noise.
 */
async function compareLearningNoise(
  oldDs: ComparableDataSource,
  twinDs: ComparableDataSource,
  newDs: ComparableDataSource,
  entityOrTable: EntityOrTable,
  options: CompareDatabasesOptions,
): Promise<DatabaseComparison> {
  if (twinDs === null || typeof twinDs !== 'object' || typeof twinDs.query !== 'function')
    throw new TypeError(
      // Only its type: a string here may well be a connection URL with a password in it.
      `compareDatabases: noiseFrom must be the TypeORM DataSource of a second run of the old version, got ${twinDs === null ? 'null' : typeof twinDs === 'object' ? 'an object without query()' : `a ${typeof twinDs}`}.`,
    );
  if (twinDs.isInitialized === false)
    throw new Error(
      'compareDatabases: the noiseFrom data source (the second old run) is not initialized; call initialize() first.',
    );
  if (twinDs === oldDs || twinDs === newDs)
    throw new Error(
      `compareDatabases: noiseFrom is the ${twinDs === oldDs ? 'old' : 'new'} data source itself; give a second run of the old version on its own database, or leave noiseFrom out.`,
    );
  const maxDifferences = options.maxDifferences ?? 1000;
  const renamedBack = new Map(
    Object.entries(options.renamedColumns ?? {}).map(([o, n]) => [n, o] as const),
  );
  const toOld = (name: string): string => renamedBack.get(name) ?? name;
  const learned = new Map<string, LearnedNoiseColumn>();
  const problems: Difference[] = [];
  let problemCount = 0;
  const twin = await compareTable(
    oldDs,
    twinDs,
    entityOrTable,
    {
      key: options.key,
      columns: options.columns?.map(toOld),
      ignoreColumns: options.ignoreColumns?.map(toOld),
      normalize: options.normalize,
      tolerance: options.tolerance,
      bridgeTypes: options.bridgeTypes,
      batchSize: options.batchSize,
      // Both twins are the old version on the same engine: the strategy asked for old-new may
      // not apply to them (a SQLite old side against a server new side), so pick what applies.
      strategy: options.strategy === 'merge' ? 'merge' : 'auto',
      maxDifferences: 0,
      onProgress: options.onProgress,
      progressIntervalMs: options.progressIntervalMs,
    },
    {
      lenientNames: true,
      // A table the new version adds is in neither old run: old-new says so, there is nothing to learn.
      absentTableIsEmpty: true,
      observe: (difference, column) => {
        if (column !== undefined) {
          const entry = learned.get(column) ?? { column, rows: 0, examples: [] };
          entry.rows++;
          if (entry.examples.length < 2) entry.examples.push(difference);
          learned.set(column, entry);
          return;
        }
        problemCount++;
        if (problems.length < maxDifferences) problems.push(twinProblem(difference));
      },
    },
  );
  const main = await compareTable(oldDs, newDs, entityOrTable, options, {
    noise: new Set(learned.keys()),
  });
  const differences = [...problems, ...main.differences].slice(0, maxDifferences);
  const total = problemCount + main.total;
  // Table order, as a reader of the table expects them.
  const order = new Map(twin.columns.map(([o], i) => [o, i]));
  return {
    ...main,
    differences,
    total,
    truncated: total > differences.length,
    noise: {
      columns: [...learned.values()].sort(
        (a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0),
      ),
      rowsCompared: twin.rowsCompared,
      problems: problemCount,
    },
  };
}

/** A row, column or table that one old run has and the other lacks, said as such. */
function twinProblem(difference: Difference): Difference {
  const what = !difference.path.includes('[')
    ? 'table'
    : difference.path.includes('[*]')
      ? 'column'
      : 'row';
  const has =
    difference.kind === 'missing'
      ? `the old run has ${what} ${difference.path} and the second old run (noiseFrom) does not`
      : `the second old run (noiseFrom) has ${what} ${difference.path} and the old run does not`;
  return {
    ...difference,
    path: `noiseFrom:${difference.path}`,
    message: `${has}: the old version does not write the same ${what}s on each run, so this cannot be learned as noise`,
  };
}

/** One comparison of a table, old against new. */
async function compareTable(
  oldDs: ComparableDataSource,
  newDs: ComparableDataSource,
  entityOrTable: EntityOrTable,
  options: CompareDatabasesOptions,
  run: TableRun = {},
): Promise<DatabaseComparison> {
  const maxDifferences = options.maxDifferences ?? 1000;
  const batchSize = options.batchSize ?? 1000;
  const requested = options.strategy ?? 'auto';
  const intervalMs = options.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  if (!(Number.isInteger(batchSize) && batchSize > 0))
    throw new RangeError(`batchSize must be a whole number > 0, got ${batchSize}`);
  if (!(maxDifferences >= 0))
    throw new RangeError(`maxDifferences must be >= 0, got ${maxDifferences}`);
  if (!(STRATEGY_CHOICES as readonly string[]).includes(requested))
    throw new RangeError(
      `compareDatabases: strategy must be one of ${STRATEGY_CHOICES.join(', ')}, got ${formatValue(requested)}`,
    );
  if (!(intervalMs >= 0))
    throw new RangeError(`progressIntervalMs must be >= 0, got ${intervalMs}`);
  const normalize: NormalizeOptions =
    options.normalize === true
      ? { booleans: true, dates: true, numericStrings: true }
      : options.normalize === false || options.normalize === undefined
        ? {}
        : options.normalize;

  const result: DatabaseComparison = {
    differences: [],
    total: 0,
    truncated: false,
    rowsCompared: 0,
    oldRows: 0,
    newRows: 0,
    columns: [],
    bridges: [],
    strategy: 'merge',
    strategyReason: '',
    rowsFetched: 0,
  };
  const add = (difference: Difference, column?: string): void => {
    run.observe?.(difference, column);
    result.total++;
    if (result.differences.length < maxDifferences) result.differences.push(difference);
    else result.truncated = true;
  };

  const [oldSide, newSide] = await Promise.all([
    openSide('old', oldDs, entityOrTable),
    openSide('new', newDs, entityOrTable),
  ]);
  const label = oldSide.ref.table;
  // A strategy the engines rule out is a mistake whatever the tables hold: say so first.
  if (requested !== 'auto') {
    const why = engineMismatch(requested, oldSide, newSide);
    if (why !== undefined) throw strategyError(requested, oldSide, newSide, why);
  }

  // A missing table is one difference, not a row-by-row list.
  if (oldSide.info.columns.length === 0 || newSide.info.columns.length === 0) {
    if (oldSide.info.columns.length === 0 && newSide.info.columns.length === 0) {
      if (run.absentTableIsEmpty === true) {
        result.strategyReason = 'the table is in neither database: nothing to compare';
        return result;
      }
      throw new Error(`compareDatabases: table ${label} exists in neither database.`);
    }
    const missing = oldSide.info.columns.length > 0;
    result.strategy = requested === 'auto' ? 'merge' : requested;
    result.strategyReason = 'a table is missing: no rows to compare';
    add({
      path: label,
      kind: missing ? 'missing' : 'extra',
      message: missing
        ? `table ${label} is missing from the new database`
        : `table ${newSide.ref.table} is only in the new database`,
    });
    return result;
  }

  const { oldKey, newKey, pairs } = planColumns(oldSide, newSide, options, add, label, run);
  result.columns = pairs;
  const bridged = bridgePairs(oldSide, newSide, pairs, options);
  result.bridges = bridged.flatMap((b) => (b === undefined ? [] : [b.bridge]));
  const numericKey = oldKey.map((column, i) => isNumeric(column) || isNumeric(newKey[i]));
  const plan: ComparisonPlan = {
    label,
    oldSide,
    newSide,
    oldKey,
    newKey,
    pairs,
    batchSize,
    bridged: bridged.map((b) => b?.bridge.as),
    compareKeys: (a, b) => {
      for (let i = 0; i < a.length; i++) {
        const order = compareKeyValues(a[i], b[i], numericKey[i]);
        if (order !== 0) return order;
      }
      return 0;
    },
  };

  const chosen = await chooseStrategy(plan, requested);
  const counts: StrategyCounts = { oldRows: 0, newRows: 0, rowsFetched: 0 };
  const listener =
    options.onProgress === false ? undefined : (options.onProgress ?? progressLogger());
  const progress = throttleProgress(listener, label, chosen.strategy, intervalMs);
  const keyText = (key: unknown[]): string =>
    `${label}[${oldKey.map((column, i) => `${column.name}=${formatValue(key[i])}`).join(',')}]`;

  let rows = chosen.run(plan, counts, progress);
  let first: IteratorResult<RowEvent[]>;
  try {
    first = await rows.next();
  } catch (error) {
    // A faster strategy chosen on its own that fails before its first batch of rows (a collation
    // or a function only the service's connection knows, a file we may not open) gives way to
    // the merge, which reads through the data sources themselves; nothing has been explained yet.
    // Asked for by name, it fails.
    if (requested !== 'auto' || chosen.strategy === 'merge') throw error;
    counts.fallback = `it failed before its first row (${error instanceof Error ? error.message : String(error)})`;
    counts.oldRows = 0;
    counts.newRows = 0;
    counts.rowsFetched = 0;
    rows = mergeStrategy(plan, counts, throttleProgress(listener, label, 'merge', intervalMs));
    first = await rows.next();
  }
  const missingRows = await addRowDifferences(rows, first, {
    keyText,
    pairs,
    bridged,
    normalize,
    tolerance: options.tolerance,
    add,
  });
  result.oldRows = counts.oldRows;
  result.newRows = counts.newRows;
  // Every old row is either missing or paired, whichever rows the strategy read.
  result.rowsCompared = counts.oldRows - missingRows;
  result.rowsFetched = counts.rowsFetched;
  result.strategy = counts.fallback === undefined ? chosen.strategy : 'merge';
  result.strategyReason =
    counts.fallback === undefined
      ? chosen.reason + (counts.detail === undefined ? '' : `; ${counts.detail}`)
      : `${chosen.strategy} fell back: ${counts.fallback}`;
  return result;
}

/** What turns the strategy's row events into differences. */
interface RowExplainer {
  keyText: (key: unknown[]) => string;
  pairs: [string, string][];
  /** Per pair, its bridge, or undefined for the strict comparison. */
  bridged: (BridgedColumn | undefined)[];
  normalize: NormalizeOptions;
  tolerance: number | undefined;
  add: (difference: Difference, column?: string) => void;
}

/** The bridge of each compared pair (undefined: strict), unless `bridgeTypes` is false. */
function bridgePairs(
  oldSide: Side,
  newSide: Side,
  pairs: [string, string][],
  options: CompareDatabasesOptions,
): (BridgedColumn | undefined)[] {
  if (options.bridgeTypes === false) return pairs.map(() => undefined);
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  return pairs.map(([o, n]) =>
    bridgeColumn(
      oldSide.dialect,
      oldColumns.get(o) as ColumnInfo,
      newSide.dialect,
      newColumns.get(n) as ColumnInfo,
      options.tolerance,
    ),
  );
}

/**
 * Adds the differences of every row event, `first` then the rest of `rows`, and returns how many
 * old rows had no partner. The loop over rows is a function of its own, not part of
 * compareDatabasesDetailed: it is what V8 compiles once it is hot, and compiling all of that long
 * function took 32 ms of the other core in a 1M-row sqlite-attach comparison (see rowEvents
 * there), while both cores had SQLite work to do.
 */
async function addRowDifferences(
  rows: AsyncGenerator<RowEvent[]>,
  first: IteratorResult<RowEvent[]>,
  explainer: RowExplainer,
): Promise<number> {
  let missingRows = 0;
  try {
    for (let step = first; !step.done; step = await rows.next())
      for (const event of step.value) missingRows += addEventDifferences(event, explainer);
  } finally {
    // When explaining a row throws, the strategy stops too: its finally blocks close what it opened.
    await rows.return(undefined);
  }
  return missingRows;
}

/** Adds the differences of one row event; 1 when it is an old row without a partner, else 0. */
function addEventDifferences(event: RowEvent, explainer: RowExplainer): number {
  const { keyText, pairs, bridged, normalize, tolerance, add } = explainer;
  // The key's text only for a row that differs: building it for every equal row cost more than
  // comparing the row.
  let where = '';
  if (event.new === undefined || event.old === undefined) where = keyText(event.key);
  if (event.new === undefined) {
    add({
      path: where,
      kind: 'missing',
      old: event.old,
      message: `row ${where} is missing from the new database`,
    });
    return 1;
  }
  if (event.old === undefined) {
    add({
      path: where,
      kind: 'extra',
      new: event.new,
      message: `row ${where} is only in the new database (extra)`,
    });
    return 0;
  }
  for (let i = 0; i < pairs.length; i++) {
    const [oldName, newName] = pairs[i];
    const before = event.old[oldName];
    const after = event.new[newName];
    const bridge = bridged[i];
    const verdict =
      bridge === undefined
        ? compareValues(before, after, normalize, tolerance)
        : bridge.compare(before, after);
    if (verdict === 'equal') continue;
    if (where === '') where = keyText(event.key);
    const column = oldName === newName ? newName : `${newName} (was ${oldName})`;
    add(
      {
        path: `${where}.${newName}`,
        kind: verdict,
        old: before,
        new: after,
        message:
          verdict === 'type'
            ? `row ${where}: column ${column} changed type from ${kindOf(before)} ${formatValue(before)} to ${kindOf(after)} ${formatValue(after)}`
            : `row ${where}: column ${column} changed from ${formatValue(before)} to ${formatValue(after)}${bridge === undefined ? explainChange(before, after) : bridge.explain(before, after)}`,
      },
      oldName,
    );
  }
  return 0;
}

/** Why the engines alone rule a strategy out, or undefined. */
function engineMismatch(
  strategy: ComparisonStrategy,
  oldSide: Side,
  newSide: Side,
): string | undefined {
  if (
    strategy === 'sqlite-attach' &&
    !(oldSide.dialect === 'sqlite' && newSide.dialect === 'sqlite')
  )
    return 'it needs SQLite on both sides';
  if (strategy === 'server-hash' && (oldSide.dialect === 'sqlite' || newSide.dialect === 'sqlite'))
    return 'it needs PostgreSQL or MySQL/MariaDB on both sides';
  return undefined;
}

/** The error for a strategy that was asked for and cannot apply. */
function strategyError(
  strategy: ComparisonStrategy,
  oldSide: Side,
  newSide: Side,
  why: string,
  allowed: ComparisonStrategy[] = ['merge'],
): Error {
  return new Error(
    `compareDatabases: strategy '${strategy}' cannot compare table ${oldSide.ref.table} ` +
      `(old: ${oldSide.ds.options.type}, new: ${newSide.ds.options.type}): ${why}. ` +
      `Allowed here: auto, ${allowed.join(', ')}.`,
  );
}

/** Why `sqlite-attach` cannot run on this plan, or undefined. */
function sqliteAttachObstacle(plan: ComparisonPlan): string | { old: string; new: string } {
  const { oldSide, newSide } = plan;
  if (oldSide.dialect !== 'sqlite' || newSide.dialect !== 'sqlite')
    return 'it needs SQLite on both sides';
  const files: Record<'old' | 'new', string> = { old: '', new: '' };
  for (const side of [oldSide, newSide]) {
    const found = sqliteFileOf(side.ds);
    if ('reason' in found)
      return `the ${side.name} data source has no file to attach: ${found.reason}`;
    files[side.name] = found.file;
    if (side.ref.schema !== undefined)
      return `the ${side.name} table is in the attached database ${side.ref.schema}`;
  }
  if (!keyIsPrimaryKey(plan)) return 'the key is not the primary key of both tables';
  return files;
}

/** Why `server-hash` cannot run on this plan, or undefined. */
function serverHashObstacle(plan: ComparisonPlan): string | undefined {
  const { oldSide, newSide } = plan;
  if (oldSide.dialect === 'sqlite' || newSide.dialect === 'sqlite')
    return 'it needs PostgreSQL or MySQL/MariaDB on both sides';
  if (plan.oldKey.length !== 1) return 'it needs a single-column key';
  if (plan.oldKey[0].class !== 'integer' || plan.newKey[0].class !== 'integer')
    return `it needs an integer key, and ${plan.oldKey[0].name} is ${plan.oldKey[0].type} (old) and ${plan.newKey[0].type} (new)`;
  if (!keyIsPrimaryKey(plan)) return 'the key is not the primary key of both tables';
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  if (oldSide.dialect === newSide.dialect) {
    for (const [i, [o, n]] of plan.pairs.entries()) {
      const a = oldColumns.get(o) as ColumnInfo;
      const b = newColumns.get(n) as ColumnInfo;
      // Compared strictly, the driver turns each type into its own JavaScript values: equal text
      // means equal values only for the same type (text types all become strings).
      if (
        plan.bridged[i] === undefined &&
        baseType(a.type) !== baseType(b.type) &&
        !(a.class === 'text' && b.class === 'text')
      )
        return `column ${n} changed type from ${a.type} to ${b.type}, so equal hashes would not mean equal values`;
    }
  }
  const setup = hashSetup(plan);
  return typeof setup === 'string' ? setup : undefined;
}

/** Picks the strategy: the one asked for (or an error saying why it cannot apply), or the fastest that applies. */
async function chooseStrategy(
  plan: ComparisonPlan,
  requested: 'auto' | ComparisonStrategy,
): Promise<{ strategy: ComparisonStrategy; run: StrategyRun; reason: string }> {
  const attach = sqliteAttachObstacle(plan);
  const hash = serverHashObstacle(plan);
  const allowed: ComparisonStrategy[] = ['merge'];
  if (typeof attach !== 'string') allowed.push('sqlite-attach');
  if (hash === undefined) allowed.push('server-hash');
  const fail = (strategy: ComparisonStrategy, why: string) =>
    strategyError(strategy, plan.oldSide, plan.newSide, why, allowed);

  if (requested === 'merge') return { strategy: 'merge', run: mergeStrategy, reason: 'asked for' };
  if (requested === 'sqlite-attach' || (requested === 'auto' && typeof attach !== 'string')) {
    if (typeof attach === 'string') throw fail('sqlite-attach', attach);
    return {
      strategy: 'sqlite-attach',
      run: sqliteAttachStrategy(attach),
      reason: requested === 'auto' ? 'both sides are SQLite files' : 'asked for',
    };
  }
  if (requested === 'server-hash' || (requested === 'auto' && hash === undefined)) {
    if (hash !== undefined) throw fail('server-hash', hash);
    return {
      strategy: 'server-hash',
      run: serverHashStrategy,
      reason:
        requested === 'auto'
          ? plan.oldSide.dialect === plan.newSide.dialect
            ? `both sides are ${engineName(plan.oldSide)} with an integer primary key`
            : `${engineName(plan.oldSide)} and ${engineName(plan.newSide)} with an integer primary key, each column hashed as the value it is compared as${jsonAside(plan)}`
          : 'asked for',
    };
  }
  const why = plan.oldSide.dialect === 'sqlite' ? attach : hash;
  const sqlite = plan.oldSide.dialect === 'sqlite' || plan.newSide.dialect === 'sqlite';
  return {
    strategy: 'merge',
    run: mergeStrategy,
    reason:
      plan.oldSide.dialect !== plan.newSide.dialect && sqlite
        ? 'the two sides are different engines, one of them SQLite'
        : `a faster strategy cannot apply: ${String(why)}`,
  };
}

/**
 * What the reason adds when JSON columns are left out of the hash across engines (see hashSetup):
 * they are compared from a read of the key and those columns alone.
 */
function jsonAside(plan: ComparisonPlan): string {
  const setup = hashSetup(plan);
  if (typeof setup === 'string' || setup.narrow.length === 0) return '';
  const names = setup.narrow.map((i) => plan.pairs[i][1]).join(', ');
  return `, but JSON (${names}), which no text of both servers holds: read with the key alone in key order and compared by value`;
}

/** The engine as messages name it. */
function engineName(side: Side): string {
  return side.dialect === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB';
}

function isNumeric(column: ColumnInfo): boolean {
  return column.class === 'integer' || column.class === 'decimal' || column.class === 'float';
}

async function openSide(
  name: 'old' | 'new',
  ds: ComparableDataSource,
  target: EntityOrTable,
): Promise<Side> {
  if (ds === null || typeof ds !== 'object' || typeof ds.query !== 'function') {
    throw new TypeError(`compareDatabases: the ${name} data source is not a TypeORM DataSource.`);
  }
  if (ds.isInitialized === false) {
    throw new Error(
      `compareDatabases: the ${name} data source is not initialized; call initialize() first.`,
    );
  }
  const dialect = dialectOf(ds, name);
  const ref = resolveTable(ds, target, name);
  const info = await readTableInfo(ds, dialect, ref);
  return { name, ds, dialect, ref, info };
}

/** Which columns to compare, under which names, and the key on each side. */
function planColumns(
  oldSide: Side,
  newSide: Side,
  options: CompareDatabasesOptions,
  add: (difference: Difference) => void,
  label: string,
  run: TableRun = {},
): { oldKey: ColumnInfo[]; newKey: ColumnInfo[]; pairs: [string, string][] } {
  const renamed = options.renamedColumns ?? {};
  const renamedBack = new Map(Object.entries(renamed).map(([o, n]) => [n, o]));
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  const toNew = (name: string): string => renamed[name] ?? name;

  // Options that name columns that do not exist are mistakes: say so instead of comparing less.
  for (const [o, n] of Object.entries(renamed)) {
    if (!oldColumns.has(o))
      throw new Error(
        `compareDatabases: renamedColumns names ${o}, which the old table ${label} does not have.`,
      );
    if (!newColumns.has(n))
      throw new Error(
        `compareDatabases: renamedColumns renames ${o} to ${n}, which the new table ${label} does not have.`,
      );
  }
  for (const name of [...(options.columns ?? []), ...(options.ignoreColumns ?? [])]) {
    if (!oldColumns.has(name) && !newColumns.has(name) && run.lenientNames !== true) {
      throw new Error(
        `compareDatabases: column ${name} (in columns or ignoreColumns) is in neither table ${label}.`,
      );
    }
  }

  const keyNames =
    options.key === undefined
      ? (oldSide.ref.metadataKey ?? oldSide.info.primaryKey)
      : typeof options.key === 'string'
        ? [options.key]
        : options.key;
  if (keyNames.length === 0) {
    throw new Error(
      `compareDatabases: table ${label} has no primary key; give options.key (the columns that identify a row).`,
    );
  }
  const oldKey = keyNames.map((name) => {
    const column = oldColumns.get(name);
    if (column === undefined)
      throw new Error(`compareDatabases: key column ${name} is not in the old table ${label}.`);
    return column;
  });
  const newKey = keyNames.map((name) => {
    const column = newColumns.get(toNew(name));
    if (column === undefined) {
      throw new Error(
        `compareDatabases: key column ${toNew(name)} is not in the new table ${newSide.ref.table}; name its new name in renamedColumns.`,
      );
    }
    return column;
  });

  const ignored = new Set(options.ignoreColumns ?? []);
  const only = options.columns === undefined ? undefined : new Set(options.columns);
  const wanted = (o: string, n: string): boolean =>
    !ignored.has(o) && !ignored.has(n) && (only === undefined || only.has(o) || only.has(n));
  const oldKeyNames = new Set(oldKey.map((c) => c.name));
  const newKeyNames = new Set(newKey.map((c) => c.name));

  const pairs: [string, string][] = [];
  for (const column of oldSide.info.columns) {
    const o = column.name;
    const n = toNew(o);
    if (oldKeyNames.has(o) || !wanted(o, n)) continue;
    if (newColumns.has(n)) {
      if (run.noise?.has(o) !== true) pairs.push([o, n]);
    } else {
      add({
        path: `${label}[*].${o}`,
        kind: 'missing',
        old: column.type,
        message: `column ${o} of table ${label} is missing from the new database`,
      });
    }
  }
  for (const column of newSide.info.columns) {
    const n = column.name;
    const o = renamedBack.get(n) ?? n;
    if (newKeyNames.has(n) || !wanted(o, n) || pairs.some(([, paired]) => paired === n)) continue;
    if (oldColumns.has(o) && toNew(o) === n) continue;
    add({
      path: `${label}[*].${n}`,
      kind: 'extra',
      new: column.type,
      message: `column ${n} of table ${label} is only in the new database`,
    });
  }
  return { oldKey, newKey, pairs };
}
