/**
 * The `server-hash` strategy, for two PostgreSQL or two MySQL/MariaDB tables with a single integer
 * key (the approach of datafold's data-diff): each server counts and hashes its rows per key range,
 * only the ranges whose count or hash differ are split again, and only the rows of the small ranges
 * left at the end are read and explained. What crosses the wire grows with the differences, not
 * with the table; the two sides may be on different servers.
 *
 * A row's hash covers its key and compared columns in the text the driver itself receives, so two
 * rows with the same hash give the same JavaScript values (column types must match, which the
 * caller checks). A hash is stricter than every relaxation (`normalize`, `tolerance`): ranges whose
 * hashes agree are equal under any rule, and the rows of the others are compared by the usual rules.
 */
import { placeholder, qualifiedName, quote, type ColumnInfo, type Dialect } from './db-dialect.js';
import { mergeEvents, mergeRows, outOfOrder, type KeyedRow } from './db-merge.js';
import {
  inBatches,
  selectedColumns,
  type ComparisonPlan,
  type ReportProgress,
  type RowEvent,
  type Side,
  type StrategyCounts,
} from './db-strategy.js';

/** Each level splits a differing range into this many. */
const FACTOR = 16n;
/** The first level has at most this many ranges. */
const FIRST_LEVEL_RANGES = 4096n;
/** A differing range with at most this many rows on either side is read rather than split. */
const LEAF_ROWS = 32;
/** Splitting stops early when most rows differ, judged over at least this many ranges. */
const MIN_RANGES_TO_JUDGE = 256;
/** Ranges per query (each one is a clause or an array element). */
const RANGES_PER_QUERY = 500;
/** Keys further apart than this are not split into numeric ranges (the arithmetic would overflow). */
const MAX_SPAN = 2n ** 62n;

/** A key range `[start, end)`, with the most rows either side holds in it (when known). */
interface Range {
  start: bigint;
  end: bigint;
  rows: number;
}

/** Count and hash of one range of one side. */
interface Bucket {
  count: number;
  hash: string;
}

/** How one side's rows are hashed and the hashes combined; the same SQL on both sides. */
interface HashSql {
  /** The row's hash as SQL over alias `t`. */
  row: string;
  /** The aggregate that combines the hashes of a range. */
  combine: string;
}

/**
 * The row hash, over the key and the compared columns in plan order. `pgVersion`: the lower
 * `server_version_num` of the two PostgreSQL servers, so both sides run the same functions.
 */
function hashSql(dialect: Dialect, columns: ColumnInfo[], pgVersion: number): HashSql {
  const q = (c: ColumnInfo) => `t.${quote(dialect, c.name)}`;
  if (dialect === 'postgres') {
    // A record's text output quotes and escapes each field and writes NULL as nothing, so NULL,
    // '' and 'a,b' stay apart; each field is the text the driver itself parses into a value.
    const text = `ROW(${columns.map(q).join(', ')})::text`;
    // hashtextextended (PostgreSQL 11) is a fast 64-bit hash, stable across platforms (hash
    // partitioning relies on it); bit_xor (14) combines without numeric arithmetic.
    const row =
      pgVersion >= 110000
        ? `hashtextextended(${text}, 0)`
        : `('x' || SUBSTR(MD5(${text}), 1, 16))::bit(64)::bigint`;
    return { row, combine: pgVersion >= 140000 ? 'BIT_XOR' : 'SUM' };
  }
  // MySQL: each field as length:text (NULL as N), so that no two rows share a text. Text columns
  // are converted to one character set, so that a charset change alone is not a difference (the
  // driver decodes both to the same string); floats go through DOUBLE, whose text is exact.
  const fields = columns.map((c) => {
    const value =
      c.class === 'text'
        ? `CONVERT(${q(c)} USING utf8mb4)`
        : c.class === 'float'
          ? `CAST(${q(c)} AS DOUBLE)`
          : q(c);
    return `IFNULL(CONCAT(LENGTH(${value}), ':', ${value}), 'N')`;
  });
  return {
    row: `CAST(CONV(SUBSTRING(MD5(CONCAT_WS('|', ${fields.join(', ')})), 1, 16), 16, 10) AS UNSIGNED)`,
    combine: 'BIT_XOR',
  };
}

/** A bigint as SQL text (only digits and a sign, so safe to inline). */
const literal = (n: bigint): string => n.toString();

/** SQL that keeps the rows of `ranges` (MySQL: OR of ranges, which its range optimizer reads by key). */
function mysqlRangeFilter(key: string, ranges: Range[]): string {
  return ranges
    .map((r) => `(${key} >= ${literal(r.start)} AND ${key} < ${literal(r.end)})`)
    .join(' OR ');
}

/** Splits `ranges` into chunks for one query each. */
function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Groups ranges for reading: several small ranges in one query while their rows stay under
 * `rows`, and a range bigger than that alone (it is read a page at a time).
 */
function readingGroups(ranges: Range[], rows: number): Range[][] {
  const groups: Range[][] = [];
  let group: Range[] = [];
  let size = 0;
  for (const range of ranges) {
    if (group.length > 0 && (size + range.rows > rows || group.length >= RANGES_PER_QUERY)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(range);
    size += range.rows;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Merges touching ranges (sorted by start) so that queries have fewer clauses. */
function coalesce(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end >= r.start) {
      last.end = r.end > last.end ? r.end : last.end;
      last.rows += r.rows;
    } else out.push({ ...r });
  }
  return out;
}

/** A side whose queries all go through one connection, in one read-only transaction. */
interface Session {
  side: Side;
  close(): Promise<void>;
}

/**
 * Opens a connection of the data source's pool for the whole comparison, in a read-only
 * repeatable-read transaction: every level reads the same snapshot, and on PostgreSQL JIT is off
 * for it (these short range queries would spend seconds compiling for nothing). Data sources
 * without `createQueryRunner` are used as they are.
 */
async function openSession(side: Side): Promise<Session> {
  if (typeof side.ds.createQueryRunner !== 'function') return { side, close: async () => {} };
  const runner = side.ds.createQueryRunner();
  await runner.connect();
  try {
    if (side.dialect === 'postgres') {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await runner.query('SET LOCAL jit = off');
    } else {
      await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    }
  } catch (error) {
    await runner.release();
    throw error;
  }
  const ds = side.ds;
  return {
    side: {
      ...side,
      ds: {
        options: ds.options,
        isInitialized: ds.isInitialized,
        query: (sql, params) => runner.query(sql, params),
        hasMetadata: (target) => ds.hasMetadata(target),
        getMetadata: (target) => ds.getMetadata(target),
      },
    },
    close: async () => {
      try {
        await runner.query('COMMIT');
      } finally {
        await runner.release();
      }
    },
  };
}

/** The `server-hash` strategy. */
export async function* serverHashStrategy(
  plan: ComparisonPlan,
  counts: StrategyCounts,
  progress: ReportProgress,
): AsyncGenerator<RowEvent[]> {
  const opened = await Promise.allSettled([openSession(plan.oldSide), openSession(plan.newSide)]);
  const sessions = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  try {
    for (const o of opened) if (o.status === 'rejected') throw o.reason;
    const [oldSession, newSession] = sessions;
    yield* inBatches(
      hashAndRead(
        { ...plan, oldSide: oldSession.side, newSide: newSession.side },
        counts,
        progress,
      ),
      plan.batchSize,
    );
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}

/** Hashes ranges on both servers, splits the ones that differ, and reads what is left. */
async function* hashAndRead(
  plan: ComparisonPlan,
  counts: StrategyCounts,
  progress: ReportProgress,
): AsyncGenerator<RowEvent> {
  const dialect = plan.oldSide.dialect;
  const oldColumns = columnsOf(
    plan.oldSide,
    plan.oldKey,
    plan.pairs.map(([o]) => o),
  );
  const newColumns = columnsOf(
    plan.newSide,
    plan.newKey,
    plan.pairs.map(([, n]) => n),
  );
  const pgVersion =
    dialect === 'postgres'
      ? Math.min(...(await Promise.all([plan.oldSide, plan.newSide].map(serverVersion))))
      : 0;
  const sides = [
    { side: plan.oldSide, key: plan.oldKey[0], hash: hashSql(dialect, oldColumns, pgVersion) },
    { side: plan.newSide, key: plan.newKey[0], hash: hashSql(dialect, newColumns, pgVersion) },
  ] as const;

  const [oldBounds, newBounds] = await Promise.all(sides.map((s) => bounds(s.side, s.key)));
  counts.oldRows = oldBounds.count;
  counts.newRows = newBounds.count;
  const total = counts.oldRows + counts.newRows;
  progress(0, total);
  const lows = [oldBounds.min, newBounds.min].filter((v) => v !== undefined);
  const highs = [oldBounds.max, newBounds.max].filter((v) => v !== undefined);
  if (lows.length === 0) {
    progress(0, 0, true);
    return;
  }
  const lo = lows.reduce((a, b) => (a < b ? a : b));
  const hi = highs.reduce((a, b) => (a > b ? a : b));
  const span = hi - lo + 1n;
  if (span > MAX_SPAN) {
    // Keys this far apart would overflow the range arithmetic: read everything instead.
    counts.oldRows = 0;
    counts.newRows = 0;
    counts.fallback = `keys from ${lo} to ${hi} are too far apart to split into ranges`;
    yield* mergeEvents(plan, counts, progress);
    return;
  }

  let width = 1n;
  while ((span + width - 1n) / width > FIRST_LEVEL_RANGES) width *= FACTOR;
  let ranges: Range[] | undefined; // undefined: the whole table
  const leaves: Range[] = [];
  let settled = 0;
  for (;;) {
    const [oldBuckets, newBuckets] = await Promise.all(
      sides.map((s) => hashBuckets(s.side, s.key.name, s.hash, lo, width, ranges)),
    );
    const differing: { range: Range; rows: number }[] = [];
    let levelRows = 0;
    let differingRows = 0;
    for (const index of new Set([...oldBuckets.keys(), ...newBuckets.keys()])) {
      const a = oldBuckets.get(index);
      const b = newBuckets.get(index);
      const rows = (a?.count ?? 0) + (b?.count ?? 0);
      levelRows += rows;
      if (a !== undefined && b !== undefined && a.count === b.count && a.hash === b.hash) {
        settled += rows;
        continue;
      }
      differingRows += rows;
      const start = lo + index * width;
      differing.push({
        range: { start, end: start + width, rows: Math.max(a?.count ?? 0, b?.count ?? 0) },
        rows: Math.max(a?.count ?? 0, b?.count ?? 0),
      });
    }
    differing.sort((x, y) => (x.range.start < y.range.start ? -1 : 1));
    // When most rows differ, splitting further costs more than reading them (judged only over
    // enough ranges: one coarse range holding every row says nothing about how many differ).
    const buckets = oldBuckets.size + newBuckets.size;
    const readNow =
      width === 1n || (buckets >= 2 * MIN_RANGES_TO_JUDGE && differingRows * 2 > levelRows);
    const next: Range[] = [];
    for (const { range, rows } of differing) {
      if (readNow || rows <= LEAF_ROWS) leaves.push(range);
      else next.push(range);
    }
    progress(settled, total);
    if (next.length === 0) break;
    ranges = coalesce(next);
    width /= FACTOR;
  }

  leaves.sort((x, y) => (x.start < y.start ? -1 : 1));
  const read = coalesce(leaves);
  const oldRows = readRanges(plan.oldSide, plan.oldKey, selectedColumns(plan, 'old'), read, plan);
  const newRows = readRanges(plan.newSide, plan.newKey, selectedColumns(plan, 'new'), read, plan);
  let fetched = 0;
  yield* mergeRows(oldRows, newRows, plan.compareKeys, () => {
    counts.rowsFetched++;
    fetched++;
    progress(settled + fetched, Math.max(total, settled + fetched));
  });
  progress(total, total, true);
}

/** The ColumnInfo of the key and the named columns, in that order. */
function columnsOf(side: Side, key: ColumnInfo[], names: string[]): ColumnInfo[] {
  const byName = new Map(side.info.columns.map((c) => [c.name, c]));
  return [...key, ...names.map((name) => byName.get(name) as ColumnInfo)];
}

/** Smallest and largest key and the row count of one side. */
async function bounds(
  side: Side,
  key: ColumnInfo,
): Promise<{ min?: bigint; max?: bigint; count: number }> {
  const k = quote(side.dialect, key.name);
  const rows: Record<string, unknown>[] = await side.ds.query(
    `SELECT MIN(${k}) AS lo, MAX(${k}) AS hi, COUNT(*) AS n FROM ${qualifiedName(side.dialect, side.ref)}`,
  );
  const { lo, hi, n } = rows[0];
  const big = (v: unknown) => (v === null || v === undefined ? undefined : BigInt(String(v)));
  return { min: big(lo), max: big(hi), count: Number(n) };
}

/** Count and hash per range of `width` keys (ranges numbered from `lo`), within `ranges` or the whole table. */
async function hashBuckets(
  side: Side,
  keyName: string,
  hash: HashSql,
  lo: bigint,
  width: bigint,
  ranges: Range[] | undefined,
): Promise<Map<bigint, Bucket>> {
  const table = qualifiedName(side.dialect, side.ref);
  const k = `t.${quote(side.dialect, keyName)}`;
  const buckets = new Map<bigint, Bucket>();
  const run = async (part: Range[] | undefined) => {
    let sql: string;
    let params: unknown[] = [];
    if (side.dialect === 'postgres') {
      const bucket = `(${k}::bigint - ${literal(lo)}::bigint) / ${literal(width)}::bigint`;
      if (part === undefined) {
        sql = `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h FROM ${table} t GROUP BY 1`;
      } else {
        // One index range scan per range: LATERAL with OFFSET 0 (which PostgreSQL never flattens)
        // keeps it a nested loop, whatever the row estimates say.
        params = [part.map((r) => literal(r.start)), part.map((r) => literal(r.end))];
        sql =
          `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h` +
          ` FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi)` +
          ` CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t GROUP BY 1`;
      }
    } else {
      const bucket = `(${k} - ${literal(lo)}) DIV ${literal(width)}`;
      const where = part === undefined ? '' : ` WHERE ${mysqlRangeFilter(k, part)}`;
      sql = `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h FROM ${table} t${where} GROUP BY 1`;
    }
    const rows: { b: unknown; n: unknown; h: unknown }[] = await side.ds.query(sql, params);
    for (const row of rows)
      buckets.set(BigInt(String(row.b)), { count: Number(row.n), hash: String(row.h) });
  };
  if (ranges === undefined) await run(undefined);
  else for (const part of chunks(ranges, RANGES_PER_QUERY)) await run(part);
  return buckets;
}

/** The server's `server_version_num` (PostgreSQL). */
async function serverVersion(side: Side): Promise<number> {
  const rows: { v: unknown }[] = await side.ds.query(
    `SELECT current_setting('server_version_num') AS v`,
  );
  return Number(rows[0].v);
}

/**
 * The rows of `ranges` (sorted, disjoint) in key order: small ranges several to a query (their
 * rows are few, so the server sorts little), a big range alone and a page at a time.
 */
async function* readRanges(
  side: Side,
  key: ColumnInfo[],
  select: string[],
  ranges: Range[],
  plan: ComparisonPlan,
): AsyncGenerator<KeyedRow> {
  const dialect = side.dialect;
  const table = qualifiedName(dialect, side.ref);
  const k = `t.${quote(dialect, key[0].name)}`;
  const columns = select.map((name) => `t.${quote(dialect, name)}`).join(', ');
  let previous: unknown[] | undefined;
  for (const group of readingGroups(ranges, plan.batchSize)) {
    let sql: string;
    const params: unknown[] = [];
    const paged = group.length === 1;
    if (paged) {
      // Range ends may lie past the column type's largest value: compare as bigint (PostgreSQL),
      // or inline the digits (MySQL, where a text parameter would compare as a double).
      const [start, end] = [literal(group[0].start), literal(group[0].end)];
      sql =
        dialect === 'postgres'
          ? `SELECT ${columns} FROM ${table} t WHERE ${k} >= ${start}::bigint AND ${k} < ${end}::bigint`
          : `SELECT ${columns} FROM ${table} t WHERE ${k} >= ${start} AND ${k} < ${end}`;
    } else if (dialect === 'postgres') {
      // A nested loop over the ranges, an index range scan each (OFFSET 0: never flattened into a
      // join the planner may turn into a scan of the whole index); then a sort of a few rows.
      params.push(
        group.map((r) => literal(r.start)),
        group.map((r) => literal(r.end)),
      );
      sql =
        `SELECT ${columns} FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi)` +
        ` CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t`;
    } else {
      sql = `SELECT ${columns} FROM ${table} t WHERE ${mysqlRangeFilter(k, group)}`;
    }
    let after: unknown;
    for (;;) {
      const page = paged
        ? `${sql}${after === undefined ? '' : ` AND ${k} > ${placeholder(dialect, 1)}`} ORDER BY ${k} LIMIT ${plan.batchSize}`
        : `${sql} ORDER BY ${k}`;
      const rows: Record<string, unknown>[] = await side.ds.query(
        page,
        paged ? (after === undefined ? [] : [after]) : params,
      );
      for (const row of rows) {
        const rowKey = key.map((column) => row[column.name]);
        if (previous !== undefined && plan.compareKeys(previous, rowKey) >= 0)
          throw outOfOrder(side, previous, rowKey);
        previous = rowKey;
        yield { key: rowKey, row };
      }
      if (!paged || rows.length < plan.batchSize) break;
      after = rows[rows.length - 1][key[0].name];
    }
  }
}
