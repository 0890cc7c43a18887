/**
 * What `server-hash` asks of each engine, one object per engine: how a snapshot is opened, how a
 * column is written as text for the hash, how a row's hash and a range's hash are computed, and
 * the SQL of the bucket and range queries.
 *
 * Two forms of hash. The native one (both sides the same engine) covers each field in the text
 * its driver receives, so equal hashes mean equal JavaScript values. The portable one (PostgreSQL
 * against MySQL/MariaDB) is the same MD5 of the same text on both servers: each field is written
 * as the logical value its bridge compares (db-bridge.ts): integers and booleans as digits,
 * decimals without trailing zeros, times as whole units of the coarser precision since the epoch
 * (UTC), bytes in hex, text as UTF-8. A hash must never be looser than the comparison that
 * explains the rows: two fields with equal text are equal under the bridge, so ranges whose
 * hashes agree need no reading. Where a type has no text that both servers write the same way
 * (JSON, times of day, a float of one width against the other), `pairForm` says so and the table
 * is compared by `merge`; but JSON never reaches it: `hashSetup` leaves JSON columns out of the
 * hash and compares them from a narrow read (db-server-hash.ts).
 */
import { declaredForm, type BridgeKind } from './db-bridge.js';
import type { ColumnInfo, Dialect } from './db-dialect.js';

/** How one field is written for the hash. */
export type FieldForm =
  /** Native hash: the value as the driver receives it. */
  | { as: 'strict' }
  /** Portable: text as UTF-8 text, bytes as lower-case hex. */
  | { as: 'text' | 'bytes' }
  /** Portable or bridged: the logical value as canonical text. */
  | { as: 'boolean' | 'integer' | 'decimal' | 'double' | 'day' }
  /** A 4-byte float as the 6 significant digits MySQL sends (and the bridge compares). */
  | { as: 'float6' }
  /** A date and time as whole `unit`s of microseconds since 1970-01-01 UTC, rounded down. */
  | { as: 'micros'; unit: number };

/**
 * A field's SQL text, and whether it is free text (it may be empty or hold the separator, so the
 * portable hash writes its length before it); the other forms are digits, hex and the like.
 */
export interface HashField {
  sql: string;
  free: boolean;
}

/** Whether a form's text is free (see HashField). */
export const isFreeText = (form: FieldForm): boolean => form.as === 'strict' || form.as === 'text';

/** One side's row hash: the hash of a row over alias `t`, and the aggregate over a range. */
export interface HashSql {
  /** The row's hash as SQL over alias `t`. */
  row: string;
  /** The aggregate that combines the hashes of a range. */
  combine: string;
  /** Both servers' hashes as one text (the portable hash is signed on one, unsigned on the other). */
  portable: boolean;
}

/** A key range `[start, end)`, with the most rows either side holds in it (when known). */
export interface Range {
  start: bigint;
  end: bigint;
  rows: number;
}

/** A query and its parameters. */
export interface Query {
  sql: string;
  params: unknown[];
}

/** What `server-hash` needs of one engine. */
export interface HashEngine {
  /** The dialect this object speaks. */
  readonly dialect: 'postgres' | 'mysql';
  /** Opens a read-only snapshot on a dedicated connection, so that every level reads the same rows. */
  begin(run: (sql: string) => Promise<unknown>): Promise<void>;
  /** The SQL text of column `expression` in `form`, or undefined when this engine cannot write it so. */
  field(column: ColumnInfo, expression: string, form: FieldForm): string | undefined;
  /** The row hash over the fields (key first) and its aggregate. */
  rowHash(fields: HashField[], portable: boolean, pgVersion: number): HashSql;
  /** Count and hash per bucket of `width` keys from `lo`: of the whole table, or of `ranges` only. */
  bucketQuery(
    table: string,
    key: string,
    hash: HashSql,
    lo: bigint,
    width: bigint,
    ranges: Range[] | undefined,
  ): Query;
  /** The selected columns of the rows in `ranges` (sorted, disjoint), in key order. */
  rangeQuery(table: string, key: string, columns: string, ranges: Range[]): Query;
  /** One page of one range: rows after `after` (when given), in key order, at most `limit`. */
  pageQuery(
    table: string,
    key: string,
    columns: string,
    range: Range,
    after: unknown,
    limit: number,
  ): Query;
}

/** A bigint as SQL text (only digits and a sign, so safe to inline). */
const literal = (n: bigint): string => n.toString();

/** Whether a PostgreSQL type is blank-padded `character(n)`, whose text drops the padding the driver keeps. */
const isBlankPadded = (type: string): boolean =>
  /^(character|char|bpchar)\b(?!\s+varying)/i.test(type.trim());

/** The PostgreSQL engine. */
export const POSTGRES_HASH: HashEngine = {
  dialect: 'postgres',
  async begin(run) {
    await run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // These short range queries would spend seconds compiling for nothing.
    await run('SET LOCAL jit = off');
  },
  field(column, e, form) {
    const decl = declaredForm('postgres', column);
    switch (form.as) {
      case 'strict':
        return e;
      case 'text':
        return isBlankPadded(column.type) ? undefined : `${e}::text`;
      case 'bytes':
        return decl.family === 'binary' ? `encode(${e}, 'hex')` : undefined;
      case 'boolean':
        return decl.family === 'boolean' ? `CASE WHEN ${e} THEN '1' ELSE '0' END` : `${e}::text`;
      case 'integer':
        return `${e}::text`;
      case 'decimal':
        // numeric(12,4) writes 1.5000: the bridge reads 1.5, as MySQL's text cut the same way.
        // A declared scale always writes the point; an undeclared one may not.
        if (decl.family !== 'decimal') return `${e}::text`;
        return decl.scale > 0
          ? `rtrim(rtrim(${e}::text, '0'), '.')`
          : `CASE WHEN strpos(${e}::text, '.') > 0 THEN rtrim(rtrim(${e}::text, '0'), '.') ELSE ${e}::text END`;
      case 'double':
        // The shortest text that reads back as the same double, which is what the driver parses.
        return `${e}::text`;
      case 'float6':
        // real -> numeric rounds to 6 significant digits (FLT_DIG), as MySQL writes a FLOAT.
        return `CASE WHEN ${e} IN ('Infinity', '-Infinity', 'NaN') THEN ${e}::text ELSE ${e}::numeric::text END`;
      case 'micros':
        // extract gives exact numeric seconds (PostgreSQL 14 and later, which the portable hash
        // needs anyway); a double on older servers is off by far less than a unit.
        return `floor(extract(epoch from ${e}) * ${1_000_000 / form.unit})::bigint::text`;
      case 'day':
        return `to_char(${e}, 'YYYY-MM-DD')`;
    }
  },
  rowHash(fields, portable, pgVersion) {
    if (portable) {
      // The same text and MD5 as MySQL's (see MYSQL_HASH), read as a signed 64-bit integer.
      const text = fields
        .map((f) =>
          f.free
            ? `coalesce(char_length(${f.sql}) || ':' || ${f.sql}, 'N')`
            : `coalesce(${f.sql}, 'N')`,
        )
        .join(', ');
      return {
        row: `('x' || substr(md5(concat_ws('|', ${text})), 1, 16))::bit(64)::bigint`,
        combine: 'BIT_XOR',
        portable,
      };
    }
    // A record's text output quotes and escapes each field and writes NULL as nothing, so NULL,
    // '' and 'a,b' stay apart; each field is the text the driver itself parses into a value.
    const text = `ROW(${fields.map((f) => f.sql).join(', ')})::text`;
    // hashtextextended (PostgreSQL 11) is a fast 64-bit hash, stable across platforms (hash
    // partitioning relies on it); bit_xor (14) combines without numeric arithmetic.
    const row =
      pgVersion >= 110000
        ? `hashtextextended(${text}, 0)`
        : `('x' || SUBSTR(MD5(${text}), 1, 16))::bit(64)::bigint`;
    return { row, combine: pgVersion >= 140000 ? 'BIT_XOR' : 'SUM', portable };
  },
  bucketQuery(table, k, hash, lo, width, ranges) {
    const bucket = `(${k}::bigint - ${literal(lo)}::bigint) / ${literal(width)}::bigint`;
    const select = `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h`;
    if (ranges === undefined) return { sql: `${select} FROM ${table} t GROUP BY 1`, params: [] };
    // One index range scan per range, however many ranges the query holds: LATERAL with
    // OFFSET 0 (which PostgreSQL never flattens) keeps it a nested loop whatever the estimates.
    return {
      sql:
        `${select} FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi)` +
        ` CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t GROUP BY 1`,
      params: rangeArrays(ranges),
    };
  },
  rangeQuery(table, k, columns, ranges) {
    // A nested loop over the ranges, an index range scan each; then a sort of a few rows.
    return {
      sql:
        `SELECT ${columns} FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi)` +
        ` CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t ORDER BY ${k}`,
      params: rangeArrays(ranges),
    };
  },
  pageQuery(table, k, columns, range, after, limit) {
    // Range ends may lie past the column type's largest value: compare as bigint.
    const where = `${k} >= ${literal(range.start)}::bigint AND ${k} < ${literal(range.end)}::bigint`;
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${where}${after === undefined ? '' : ` AND ${k} > $1`} ORDER BY ${k} LIMIT ${limit}`,
      params: after === undefined ? [] : [after],
    };
  },
};

/** The ranges as two bigint arrays (starts, ends), as text. */
function rangeArrays(ranges: Range[]): unknown[] {
  return [ranges.map((r) => literal(r.start)), ranges.map((r) => literal(r.end))];
}

/** SQL that keeps the rows of `ranges` (an OR of ranges, which MySQL's range optimizer reads by key). */
function mysqlRangeFilter(key: string, ranges: Range[]): string {
  return ranges
    .map((r) => `(${key} >= ${literal(r.start)} AND ${key} < ${literal(r.end)})`)
    .join(' OR ');
}

/** The MySQL/MariaDB engine. */
export const MYSQL_HASH: HashEngine = {
  dialect: 'mysql',
  async begin(run) {
    await run('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  },
  field(column, e, form) {
    const decl = declaredForm('mysql', column);
    const text = `CAST(${e} AS CHAR)`;
    switch (form.as) {
      case 'strict':
        // Text in one character set, so that a charset change alone is not a difference (the
        // driver decodes both to the same string); floats through DOUBLE, whose text is exact.
        return column.class === 'text'
          ? `CONVERT(${e} USING utf8mb4)`
          : column.class === 'float'
            ? `CAST(${e} AS DOUBLE)`
            : e;
      case 'text':
        return `CONVERT(${e} USING utf8mb4)`;
      case 'bytes':
        return decl.family === 'binary' ? `LOWER(HEX(${e}))` : undefined;
      case 'boolean':
      case 'integer':
      case 'day':
        return form.as === 'day' ? `DATE_FORMAT(${e}, '%Y-%m-%d')` : text;
      case 'decimal':
        // MySQL always declares a DECIMAL's scale: with one, the text always has the point.
        return decl.family === 'decimal' && decl.scale > 0
          ? `TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM ${text}))`
          : text;
      case 'double':
      case 'float6':
        // The same text the server sends the driver (checked over random values: see the tests).
        return text;
      case 'micros': {
        // Whole microseconds: a DATETIME's wall clock as UTC, a TIMESTAMP's instant.
        const micros = decl.zoned
          ? `CAST(UNIX_TIMESTAMP(${e}) * 1000000 AS SIGNED)`
          : `TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ${e})`;
        if (form.unit === 1) return `CAST(${micros} AS CHAR)`;
        const u = form.unit;
        // Rounded down: / keeps 4 decimals (div_precision_increment), exact up to a unit of
        // 10,000; beyond, in integers (DIV truncates towards zero).
        if (u <= 10_000) return `CAST(FLOOR(${micros} / ${u}) AS CHAR)`;
        return `CAST((${micros} - MOD(MOD(${micros}, ${u}) + ${u}, ${u})) DIV ${u} AS CHAR)`;
      }
    }
  },
  rowHash(fields, portable) {
    // Each field as length:text (NULL as N), so that no two rows share a text; the portable hash
    // counts characters, as PostgreSQL's char_length does, and hashes UTF-8.
    const length = portable ? 'CHAR_LENGTH' : 'LENGTH';
    const text = fields
      .map((f) =>
        f.free || !portable
          ? `IFNULL(CONCAT(${length}(${f.sql}), ':', ${f.sql}), 'N')`
          : `IFNULL(${f.sql}, 'N')`,
      )
      .join(', ');
    const joined = portable
      ? `CONVERT(CONCAT_WS('|', ${text}) USING utf8mb4)`
      : `CONCAT_WS('|', ${text})`;
    return {
      row: `CAST(CONV(SUBSTRING(MD5(${joined}), 1, 16), 16, 10) AS UNSIGNED)`,
      combine: 'BIT_XOR',
      portable,
    };
  },
  bucketQuery(table, k, hash, lo, width, ranges) {
    const bucket = `(${k} - ${literal(lo)}) DIV ${literal(width)}`;
    const where = ranges === undefined ? '' : ` WHERE ${mysqlRangeFilter(k, ranges)}`;
    return {
      sql: `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h FROM ${table} t${where} GROUP BY 1`,
      params: [],
    };
  },
  rangeQuery(table, k, columns, ranges) {
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${mysqlRangeFilter(k, ranges)} ORDER BY ${k}`,
      params: [],
    };
  },
  pageQuery(table, k, columns, range, after, limit) {
    // The digits inline: a text parameter would compare as a double.
    const where = `${k} >= ${literal(range.start)} AND ${k} < ${literal(range.end)}`;
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${where}${after === undefined ? '' : ` AND ${k} > ?`} ORDER BY ${k} LIMIT ${limit}`,
      params: after === undefined ? [] : [after],
    };
  },
};

/** The engine object of a dialect, or undefined for SQLite (which has sqlite-attach). */
export function hashEngine(dialect: Dialect): HashEngine | undefined {
  return dialect === 'postgres' ? POSTGRES_HASH : dialect === 'mysql' ? MYSQL_HASH : undefined;
}

/** One side of a compared pair, as `pairForm` needs it. */
export interface PairSide {
  dialect: Dialect;
  column: ColumnInfo;
}

/**
 * How a compared column pair is written for the hash, or why it cannot be. `bridge` is the
 * logical kind the pair is compared as (undefined: strictly). On one engine, a pair compared
 * strictly is hashed natively; across engines only text and bytes are compared strictly.
 */
export function pairForm(
  a: PairSide,
  b: PairSide,
  bridge: BridgeKind | undefined,
): FieldForm | string {
  const [x, y] = [declaredForm(a.dialect, a.column), declaredForm(b.dialect, b.column)];
  const across = a.dialect !== b.dialect;
  const types = `${a.column.type} -> ${b.column.type}`;
  if (bridge === undefined) {
    if (!across) return { as: 'strict' };
    if (a.column.class === 'text' && b.column.class === 'text') return { as: 'text' };
    if (x.family === 'binary' && y.family === 'binary') return { as: 'bytes' };
    return `column ${b.column.name} (${types}) is compared strictly across engines, and only text and bytes have one text on both`;
  }
  switch (bridge) {
    case 'boolean':
    case 'integer':
    case 'decimal':
      return { as: bridge };
    case 'float':
      if (x.family === 'float' && y.family === 'float') {
        if (!x.float4 && !y.float4) return { as: 'double' };
        // MySQL's FLOAT text has 6 significant digits, and the bridge compares at those.
        const mysql4 = (a.dialect === 'mysql' && x.float4) || (b.dialect === 'mysql' && y.float4);
        if (across && mysql4 && x.float4 && y.float4) return { as: 'float6' };
      }
      return `column ${b.column.name} (${types}): floats of different widths have no common text`;
    case 'timestamp': {
      const digits = Math.max(0, Math.min(6, x.fractionDigits, y.fractionDigits));
      return { as: 'micros', unit: 10 ** (6 - digits) };
    }
    case 'date':
      if (x.family === 'date' && y.family === 'date') return { as: 'day' };
      return `column ${b.column.name} (${types}): a date against a date and time`;
    case 'time':
    case 'json':
      return `column ${b.column.name} (${types}) is compared as ${bridge === 'json' ? 'JSON by value' : 'a time of day'}, which the two servers cannot write as the same text`;
  }
}
