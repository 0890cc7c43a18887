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
import { type BridgeKind } from './db-bridge.js';
import type { ColumnInfo, Dialect } from './db-dialect.js';
/** How one field is written for the hash. */
export type FieldForm = 
/** Native hash: the value as the driver receives it. */
{
    as: 'strict';
}
/** Portable: text as UTF-8 text, bytes as lower-case hex. */
 | {
    as: 'text' | 'bytes';
}
/** Portable or bridged: the logical value as canonical text. */
 | {
    as: 'boolean' | 'integer' | 'decimal' | 'double' | 'day';
}
/** A 4-byte float as the 6 significant digits MySQL sends (and the bridge compares). */
 | {
    as: 'float6';
}
/** A date and time as whole `unit`s of microseconds since 1970-01-01 UTC, rounded down. */
 | {
    as: 'micros';
    unit: number;
};
/**
 * A field's SQL text, and whether it is free text (it may be empty or hold the separator, so the
 * portable hash writes its length before it); the other forms are digits, hex and the like.
 */
export interface HashField {
    sql: string;
    free: boolean;
}
/** Whether a form's text is free (see HashField). */
export declare const isFreeText: (form: FieldForm) => boolean;
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
    bucketQuery(table: string, key: string, hash: HashSql, lo: bigint, width: bigint, ranges: Range[] | undefined): Query;
    /** The selected columns of the rows in `ranges` (sorted, disjoint), in key order. */
    rangeQuery(table: string, key: string, columns: string, ranges: Range[]): Query;
    /** One page of one range: rows after `after` (when given), in key order, at most `limit`. */
    pageQuery(table: string, key: string, columns: string, range: Range, after: unknown, limit: number): Query;
}
/** The PostgreSQL engine. */
export declare const POSTGRES_HASH: HashEngine;
/** The MySQL/MariaDB engine. */
export declare const MYSQL_HASH: HashEngine;
/** The engine object of a dialect, or undefined for SQLite (which has sqlite-attach). */
export declare function hashEngine(dialect: Dialect): HashEngine | undefined;
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
export declare function pairForm(a: PairSide, b: PairSide, bridge: BridgeKind | undefined): FieldForm | string;
