/**
 * The `server-hash` strategy, for two PostgreSQL or MySQL/MariaDB tables, on one engine or across
 * the two, with a single integer key (the approach of datafold's data-diff and reladiff): each
 * server counts and hashes its rows per key range, only the ranges whose count or hash differ are
 * split again, and only the rows of the small ranges left at the end are read and explained. What
 * crosses the wire grows with the differences, not with the table; the two sides may be on
 * different servers.
 *
 * How each engine hashes, and which text of each column, is in db-hash-engines.ts: on one engine
 * the text the driver receives; across engines the logical value each column's bridge compares,
 * written the same way by both servers. A hash is never looser than the comparison that explains
 * the rows: ranges whose hashes agree are equal under any rule, and the rows of the others are
 * compared by the usual rules.
 *
 * Each level hashes the ranges still differing a few thousand to a query (on PostgreSQL; 500 on
 * MySQL, whose OR of ranges must fit its range optimizer), both sides at once, and splits as deep
 * as the differences need. When most ranges differ, rows are so dense in
 * differences that splitting costs more than reading: the ranges left are then read whole, on
 * PostgreSQL by COPY with equal lines skipped unparsed (db-pg-copy.ts).
 */
import { bridgeColumn, type BridgedColumn, type BridgeKind } from './db-bridge.js';
import { qualifiedName, quote, type ColumnInfo } from './db-dialect.js';
import {
  hashEngine,
  isFreeText,
  pairForm,
  type HashEngine,
  type HashField,
  type HashSql,
  type Range,
} from './db-hash-engines.js';
import { mergeEvents, mergeRows, outOfOrder, scan, type KeyedRow } from './db-merge.js';
import {
  columnParsers,
  copyLines,
  decodeLine,
  isPgCopyClient,
  lineKey,
  LineCursor,
  type PgCopyClient,
} from './db-pg-copy.js';
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
/** The first level has at least this many ranges... */
const FIRST_LEVEL_RANGES = 4096n;
/** ...and, on a big table, ranges of about this many rows (a level's answer is a few MB at most). */
const FIRST_LEVEL_ROWS = 256n;
/** A differing range with at most this many rows on either side is read rather than split. */
const LEAF_ROWS = 32;
/** Whether most rows differ is judged only over at least this many ranges. */
const MIN_RANGES_TO_JUDGE = 256;
/** Ranges hashed per query and compared at once (each gives up to FACTOR buckets). */
const RANGES_PER_QUERY = 2048;
/** Ranges per MySQL query (each one is an OR clause, which the range optimizer must hold). */
const MYSQL_RANGES_PER_QUERY = 500;
/** Keys further apart than this are not split into numeric ranges (the arithmetic would overflow). */
const MAX_SPAN = 2n ** 62n;

/** Count and hash of one range of one side. */
interface Bucket {
  count: number;
  hash: string;
}

/** How the two sides hash their rows, or why they cannot. */
export interface HashSetup {
  /** The two sides are different engines: the portable hash. */
  portable: boolean;
  /** The key's and the compared columns' SQL texts, key first, on each side. */
  oldFields: HashField[];
  newFields: HashField[];
  /** Every pair is compared strictly on one engine (so equal rows have equal text, and only those). */
  strict: boolean;
  /**
   * The pairs (indexes into `plan.pairs`) left out of the hash because the two engines write no
   * common text of them (JSON): they are read with the key alone, in key order, and compared by
   * their bridge; the rows where they differ are read whole with the differing ranges.
   */
  narrow: number[];
}

/**
 * The hash fields of both sides, from the pairs and how each is compared (`bridged`: the logical
 * kind per pair, undefined for strict), or why a pair has no text both sides write alike.
 */
export function hashSetup(plan: ComparisonPlan): HashSetup | string {
  const { oldSide, newSide } = plan;
  const oldEngine = hashEngine(oldSide.dialect);
  const newEngine = hashEngine(newSide.dialect);
  if (oldEngine === undefined || newEngine === undefined)
    return 'it needs PostgreSQL or MySQL/MariaDB on both sides';
  const portable = oldEngine !== newEngine;
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  const pairs: [ColumnInfo, ColumnInfo, BridgeKind | undefined][] = [
    [plan.oldKey[0], plan.newKey[0], portable ? 'integer' : undefined],
    ...plan.pairs.map(
      ([o, n], i) =>
        [oldColumns.get(o), newColumns.get(n), plan.bridged[i]] as [
          ColumnInfo,
          ColumnInfo,
          BridgeKind | undefined,
        ],
    ),
  ];
  const setup: HashSetup = {
    portable,
    oldFields: [],
    newFields: [],
    strict: !portable,
    narrow: [],
  };
  for (const [index, [a, b, bridge]] of pairs.entries()) {
    // JSON by value has no text both servers write alike (key order, spacing, number forms), and
    // is only a part of the row: those columns alone are read, not the whole table.
    if (portable && bridge === 'json') {
      setup.narrow.push(index - 1);
      continue;
    }
    const form = pairForm(
      { dialect: oldSide.dialect, column: a },
      { dialect: newSide.dialect, column: b },
      bridge,
    );
    if (typeof form === 'string') return form;
    if (form.as !== 'strict') setup.strict = false;
    const x = oldEngine.field(a, `t.${quote(oldSide.dialect, a.name)}`, form);
    const y = newEngine.field(b, `t.${quote(newSide.dialect, b.name)}`, form);
    if (x === undefined || y === undefined)
      return `column ${b.name} (${a.type} -> ${b.type}) has no text that both servers write alike`;
    setup.oldFields.push({ sql: x, free: isFreeText(form) });
    setup.newFields.push({ sql: y, free: isFreeText(form) });
  }
  return setup;
}

/** Splits `items` into chunks of `size`. */
function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Groups ranges for reading: several small ranges in one query while their rows stay under
 * `rows`, and a range bigger than that alone (it is read a page at a time).
 */
function readingGroups(ranges: Range[], rows: number, perQuery: number): Range[][] {
  const groups: Range[][] = [];
  let group: Range[] = [];
  let size = 0;
  for (const range of ranges) {
    if (group.length > 0 && (size + range.rows > rows || group.length >= perQuery)) {
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
  /** The node-postgres client of the session's connection, when COPY can run on it. */
  copy?: PgCopyClient;
  close(): Promise<void>;
}

/**
 * Opens a connection of the data source's pool for the whole comparison, in a read-only
 * snapshot (see the engine's `begin`). Data sources without `createQueryRunner` are used as they
 * are (and never COPY).
 */
async function openSession(side: Side, engine: HashEngine): Promise<Session> {
  if (typeof side.ds.createQueryRunner !== 'function') return { side, close: async () => {} };
  const runner = side.ds.createQueryRunner();
  const connection = await runner.connect();
  try {
    await engine.begin((sql) => runner.query(sql));
  } catch (error) {
    await runner.release();
    throw error;
  }
  const ds = side.ds;
  const client = runner.databaseConnection ?? connection;
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
    copy: engine.dialect === 'postgres' && isPgCopyClient(client) ? client : undefined,
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
  const setup = hashSetup(plan);
  if (typeof setup === 'string') throw new Error(`server-hash cannot run: ${setup}`);
  const engines = [plan.oldSide, plan.newSide].map(
    (side) => hashEngine(side.dialect) as HashEngine,
  );
  const opened = await Promise.allSettled([
    openSession(plan.oldSide, engines[0]),
    openSession(plan.newSide, engines[1]),
  ]);
  const sessions = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  try {
    for (const o of opened) if (o.status === 'rejected') throw o.reason;
    const [oldSession, newSession] = sessions;
    yield* inBatches(
      hashAndRead(
        { ...plan, oldSide: oldSession.side, newSide: newSession.side },
        setup,
        [oldSession, newSession],
        counts,
        progress,
      ),
      plan.batchSize,
    );
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}

/** One side as the levels query it. */
interface HashSide {
  side: Side;
  engine: HashEngine;
  key: ColumnInfo;
  hash: HashSql;
}

/** The key range of bucket `index` (its number's text) of `width` keys from `lo`. */
function bucketRange(index: string, width: bigint, lo: bigint, rows: number): Range {
  const start = lo + BigInt(index) * width;
  return { start, end: start + width, rows };
}

/** A hash as one text for both servers (the portable hash is signed on PostgreSQL, unsigned on MySQL). */
function hashText(value: unknown, portable: boolean): string {
  const text = String(value);
  return portable ? BigInt.asUintN(64, BigInt(text)).toString() : text;
}

/**
 * Whether the ranges left are dense in differences: `differing` of `ranges` ranges, each of about
 * `rowsPerRange` rows, differ. Taking differences as spread at random, the share of ranges of
 * LEAF_ROWS rows that would still differ is 1 - (1 - p)^(LEAF_ROWS / rowsPerRange); when that is
 * over half, splitting down to the leaves would read most rows anyway, and pay a level per split.
 * All ranges differing says only that differences are at least so dense, so it counts as all but
 * half a range.
 */
function denseInDifferences(differing: number, ranges: number, rowsPerRange: number): boolean {
  if (ranges < MIN_RANGES_TO_JUDGE || differing * 2 <= ranges || rowsPerRange <= 0) return false;
  const p = Math.min(differing / ranges, 1 - 1 / (2 * ranges));
  return 1 - (1 - p) ** (LEAF_ROWS / rowsPerRange) > 0.5;
}

/** Hashes ranges on both servers, splits the ones that differ, and reads what is left. */
async function* hashAndRead(
  plan: ComparisonPlan,
  setup: HashSetup,
  sessions: Session[],
  counts: StrategyCounts,
  progress: ReportProgress,
): AsyncGenerator<RowEvent> {
  const pgVersions = await Promise.all(
    [plan.oldSide, plan.newSide].filter((side) => side.dialect === 'postgres').map(serverVersion),
  );
  const pgVersion = pgVersions.length === 0 ? 0 : Math.min(...pgVersions);
  if (setup.portable && pgVersion < 140000) {
    counts.fallback = `PostgreSQL ${pgVersion} has no bit_xor (14 and later), which the hash across engines needs`;
    yield* mergeEvents(plan, counts, progress);
    return;
  }
  const sides: HashSide[] = [
    { side: plan.oldSide, key: plan.oldKey[0], fields: setup.oldFields },
    { side: plan.newSide, key: plan.newKey[0], fields: setup.newFields },
  ].map(({ side, key, fields }) => {
    const engine = hashEngine(side.dialect) as HashEngine;
    return { side, engine, key, hash: engine.rowHash(fields, setup.portable, pgVersion) };
  });

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

  // The columns the hash leaves out: read with the key alone on both sides, and each row where
  // they differ is read whole with the leaves below, so that it is explained as any other.
  const narrowed =
    setup.narrow.length === 0 ? undefined : await narrowDifferences(plan, setup.narrow);
  if (narrowed !== undefined) counts.rowsFetched += narrowed.rowsRead;

  // Ranges of at most about FIRST_LEVEL_ROWS rows on a big table, so that sparse differences are
  // told apart at the first level; at least FIRST_LEVEL_RANGES ranges on any. Widths go by
  // FACTOR, so this is the widest that still gives that many ranges (the next would give 16
  // times fewer, each hashed again at the next level).
  const rowsEach = BigInt(Math.max(counts.oldRows, counts.newRows, 1));
  const firstRanges = (() => {
    const byRows = rowsEach / FIRST_LEVEL_ROWS;
    return byRows > FIRST_LEVEL_RANGES ? byRows : FIRST_LEVEL_RANGES;
  })();
  let width = 1n;
  while ((span + width * FACTOR - 1n) / (width * FACTOR) >= firstRanges) width *= FACTOR;
  let ranges: Range[] | undefined; // undefined: the whole table
  const leaves: Range[] = [];
  let settled = 0;
  let levels = 0;
  let dense = false;
  for (;;) {
    levels++;
    const differing: Range[] = [];
    let levelRows = 0;
    let levelRanges = 0;
    // A level's ranges a few thousand to a query (each splits into FACTOR buckets), both sides
    // at once, compared and let go before the next: memory stays flat however many ranges differ.
    for (const part of ranges === undefined ? [undefined] : chunks(ranges, RANGES_PER_QUERY)) {
      const [oldBuckets, newBuckets] = await Promise.all(
        sides.map((s) => hashBuckets(s, setup.portable, lo, width, part)),
      );
      for (const [index, a] of oldBuckets) {
        const b = newBuckets.get(index);
        newBuckets.delete(index);
        const rows = a.count + (b?.count ?? 0);
        levelRows += rows;
        levelRanges++;
        if (b !== undefined && a.count === b.count && a.hash === b.hash) settled += rows;
        else differing.push(bucketRange(index, width, lo, Math.max(a.count, b?.count ?? 0)));
      }
      for (const [index, b] of newBuckets) {
        levelRows += b.count;
        levelRanges++;
        differing.push(bucketRange(index, width, lo, b.count));
      }
    }
    differing.sort((x, y) => (x.start < y.start ? -1 : 1));
    dense =
      dense ||
      denseInDifferences(differing.length, levelRanges, levelRows / 2 / Math.max(1, levelRanges));
    const next: Range[] = [];
    for (const range of differing) {
      if (dense || width === 1n || range.rows <= LEAF_ROWS) leaves.push(range);
      else next.push(range);
    }
    progress(settled, total);
    if (next.length === 0) break;
    ranges = coalesce(next);
    width /= FACTOR;
  }

  if (narrowed !== undefined) leaves.push(...narrowed.ranges);
  leaves.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const read = coalesce(leaves);
  const [oldCopy, newCopy] = sessions.map((s) => s.copy);
  const copy = dense && oldCopy !== undefined && newCopy !== undefined;
  counts.detail =
    `${levels} level${levels === 1 ? '' : 's'} of hashes, ${read.length} key range${read.length === 1 ? '' : 's'} read` +
    (setup.portable ? '; rows hashed as their logical values on both engines' : '') +
    (dense
      ? `; most ranges differed, so the rest was read whole${copy ? ' by COPY, equal lines skipped unparsed' : ''}`
      : '') +
    (narrowed === undefined
      ? ''
      : `; ${narrowed.columns.join(', ')} compared by value from a key-order read of the key and ${narrowed.columns.length === 1 ? 'that column' : 'those columns'} (${narrowed.rowsRead} rows, ${narrowed.rows} differing)`);
  let fetched = 0;
  const onRead = () => {
    counts.rowsFetched++;
    fetched++;
    progress(settled + fetched, Math.max(total, settled + fetched));
  };
  if (copy) {
    yield* copyMerge(plan, [oldCopy, newCopy], read, setup.strict, onRead);
  } else {
    const oldRows = readRanges(sides[0], plan.oldKey, selectedColumns(plan, 'old'), read, plan);
    const newRows = readRanges(sides[1], plan.newKey, selectedColumns(plan, 'new'), read, plan);
    yield* mergeRows(oldRows, newRows, plan.compareKeys, onRead);
  }
  progress(total, total, true);
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
  s: HashSide,
  portable: boolean,
  lo: bigint,
  width: bigint,
  ranges: Range[] | undefined,
): Promise<Map<string, Bucket>> {
  const table = qualifiedName(s.side.dialect, s.side.ref);
  const k = `t.${quote(s.side.dialect, s.key.name)}`;
  // Keyed by the bucket number's text: a bigint per bucket cost a third of the level's memory.
  const buckets = new Map<string, Bucket>();
  const run = async (part: Range[] | undefined) => {
    const { sql, params } = s.engine.bucketQuery(table, k, s.hash, lo, width, part);
    const rows: { b: unknown; n: unknown; h: unknown }[] = await s.side.ds.query(sql, params);
    for (const row of rows)
      buckets.set(String(row.b), {
        count: Number(row.n),
        hash: hashText(row.h, portable),
      });
  };
  if (ranges === undefined || s.engine.dialect === 'postgres') await run(ranges);
  else for (const part of chunks(ranges, MYSQL_RANGES_PER_QUERY)) await run(part);
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
  s: HashSide,
  key: ColumnInfo[],
  select: string[],
  ranges: Range[],
  plan: ComparisonPlan,
): AsyncGenerator<KeyedRow> {
  const { side, engine } = s;
  const dialect = side.dialect;
  const table = qualifiedName(dialect, side.ref);
  const k = `t.${quote(dialect, key[0].name)}`;
  const columns = select.map((name) => `t.${quote(dialect, name)}`).join(', ');
  const perQuery = dialect === 'postgres' ? Number.MAX_SAFE_INTEGER : MYSQL_RANGES_PER_QUERY;
  let previous: unknown[] | undefined;
  for (const group of readingGroups(ranges, plan.batchSize, perQuery)) {
    const paged = group.length === 1;
    let after: unknown;
    for (;;) {
      const { sql, params } = paged
        ? engine.pageQuery(table, k, columns, group[0], after, plan.batchSize)
        : engine.rangeQuery(table, k, columns, group);
      const rows: Record<string, unknown>[] = await side.ds.query(sql, params);
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

/**
 * The rows of `ranges` on both PostgreSQL sides by COPY, merged by key: two equal lines (same
 * key, same text; only when every pair is compared strictly on one engine, so that equal text is
 * equal values) are skipped without parsing; every other line is decoded into the row its driver
 * would have given and handed on as the merge would.
 */
async function* copyMerge(
  plan: ComparisonPlan,
  clients: PgCopyClient[],
  ranges: Range[],
  skipEqualLines: boolean,
  onRead: (side: 'old' | 'new') => void,
): AsyncGenerator<RowEvent> {
  const starts = `'{${ranges.map((r) => r.start.toString()).join(',')}}'::bigint[]`;
  const ends = `'{${ranges.map((r) => r.end.toString()).join(',')}}'::bigint[]`;
  const queries = [plan.oldSide, plan.newSide].map(async (side, i) => {
    const names = selectedColumns(plan, side.name);
    const k = `t.${quote('postgres', (side.name === 'old' ? plan.oldKey : plan.newKey)[0].name)}`;
    const columns = names.map((name) => `t.${quote('postgres', name)}`).join(', ');
    // Range bounds are digits only, inlined: COPY takes no parameters.
    const select =
      `SELECT ${columns} FROM UNNEST(${starts}, ${ends}) AS vm_r(vm_lo, vm_hi)` +
      ` CROSS JOIN LATERAL (SELECT * FROM ${qualifiedName('postgres', side.ref)} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t ORDER BY ${k}`;
    return { names, select, parsers: await columnParsers(clients[i], select), side };
  });
  // Both COPYs start only once both sides' parsers are known: a COPY left unread would hold its
  // connection (paused) and the session's COMMIT behind it.
  const [a, b] = (await Promise.all(queries)).map((q, i) => ({
    ...q,
    lines: copyLines(clients[i], q.select),
  }));
  const decode = (s: typeof a, line: Buffer): KeyedRow => {
    const row = decodeLine(line, s.names, s.parsers);
    const keyNames = (s.side.name === 'old' ? plan.oldKey : plan.newKey).map((c) => c.name);
    return { key: keyNames.map((name) => row[name]), row };
  };
  const x = new LineCursor(a.lines);
  const y = new LineCursor(b.lines);
  try {
    let previousX: number | bigint = -Infinity;
    let previousY: number | bigint = -Infinity;
    for (;;) {
      // Await only when a batch of lines runs out.
      const lx = x.line ?? ((await x.ready()) ? x.line : undefined);
      const ly = y.line ?? ((await y.ready()) ? y.line : undefined);
      if (lx === undefined && ly === undefined) break;
      const kx = lx === undefined ? undefined : lineKey(lx);
      const ky = ly === undefined ? undefined : lineKey(ly);
      if (kx !== undefined && kx <= previousX) throw outOfOrder(plan.oldSide, [previousX], [kx]);
      if (ky !== undefined && ky <= previousY) throw outOfOrder(plan.newSide, [previousY], [ky]);
      if (kx !== undefined && (ky === undefined || kx < ky)) {
        onRead('old');
        const old = decode(a, lx as Buffer);
        previousX = kx;
        x.advance();
        yield { key: old.key, old: old.row };
      } else if (ky !== undefined && (kx === undefined || ky < kx)) {
        onRead('new');
        const row = decode(b, ly as Buffer);
        previousY = ky;
        y.advance();
        yield { key: row.key, new: row.row };
      } else {
        onRead('old');
        onRead('new');
        previousX = kx as number | bigint;
        previousY = ky as number | bigint;
        x.advance();
        y.advance();
        if (!(skipEqualLines && (lx as Buffer).equals(ly as Buffer))) {
          const old = decode(a, lx as Buffer);
          yield { key: old.key, old: old.row, new: decode(b, ly as Buffer).row };
        }
      }
    }
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
}

/** What the read of the columns left out of the hash found. */
interface NarrowDifferences {
  /** The new names of those columns, as the detail names them. */
  columns: string[];
  /** The keys of the rows present on both sides whose columns differ, as ranges in key order. */
  ranges: Range[];
  /** How many rows those are. */
  rows: number;
  /** Rows read, both sides together (the key and those columns only). */
  rowsRead: number;
}

/**
 * Reads the key and the `narrow` pairs of both sides in key order (a merge of a few columns) and
 * compares them with the same bridge that explains the rows, so that a row is flagged exactly
 * when its explanation will find a difference there. Missing and extra rows are left to the hash,
 * which covers the key.
 */
async function narrowDifferences(
  plan: ComparisonPlan,
  narrow: number[],
): Promise<NarrowDifferences> {
  const pairs = narrow.map((i) => plan.pairs[i]);
  const oldColumns = new Map(plan.oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(plan.newSide.info.columns.map((c) => [c.name, c]));
  const bridges = pairs.map(([o, n]) => {
    const bridge = bridgeColumn(
      plan.oldSide.dialect,
      oldColumns.get(o) as ColumnInfo,
      plan.newSide.dialect,
      newColumns.get(n) as ColumnInfo,
      undefined,
    );
    // hashSetup leaves out only bridged JSON pairs: anything else here is a bug, not a difference.
    if (bridge === undefined || bridge.bridge.as !== 'json')
      throw new Error(`server-hash: column ${n} is not compared as JSON`);
    return bridge;
  });
  const narrowPlan: ComparisonPlan = {
    ...plan,
    pairs,
    bridged: bridges.map((b) => b.bridge.as),
  };
  const oldRows = scan(
    plan.oldSide,
    plan.oldKey,
    selectedColumns(narrowPlan, 'old'),
    plan.batchSize,
    plan.compareKeys,
  );
  const newRows = scan(
    plan.newSide,
    plan.newKey,
    selectedColumns(narrowPlan, 'new'),
    plan.batchSize,
    plan.compareKeys,
  );
  const found: NarrowDifferences = {
    columns: pairs.map(([, n]) => n),
    ranges: [],
    rows: 0,
    rowsRead: 0,
  };
  const events = mergeRows(oldRows, newRows, plan.compareKeys, () => found.rowsRead++);
  for await (const event of events) {
    if (event.old === undefined || event.new === undefined) continue;
    if (differsAnywhere(event.old, event.new, pairs, bridges)) {
      const key = BigInt(String(event.key[0]));
      found.rows++;
      // Neighbouring keys extend one range: memory grows with runs of differing rows, not rows.
      const last = found.ranges[found.ranges.length - 1];
      if (last !== undefined && last.end === key) {
        last.end = key + 1n;
        last.rows++;
      } else found.ranges.push({ start: key, end: key + 1n, rows: 1 });
    }
  }
  return found;
}

/** Whether any of the pairs differs between the two rows, by its bridge. */
function differsAnywhere(
  old: Record<string, unknown>,
  row: Record<string, unknown>,
  pairs: [string, string][],
  bridges: BridgedColumn[],
): boolean {
  for (let i = 0; i < pairs.length; i++)
    if (bridges[i].compare(old[pairs[i][0]], row[pairs[i][1]]) !== 'equal') return true;
  return false;
}
