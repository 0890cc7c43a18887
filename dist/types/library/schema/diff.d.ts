/**
 * Compares two schema snapshots: one `SchemaChange` per difference, in a fixed order (tables by
 * name, and within a table: columns, primary key, uniques, indexes, foreign keys, checks; then
 * views, then enum types), each with a sentence a reviewer can read without the snapshots. And
 * `narrowing`: whether a column's new type can cut or reject values its old type holds.
 */
import type { ColumnSchema, SchemaChange, SchemaSnapshot } from './types.js';
/**
 * Every difference between two snapshots of one database, `before` to `after`. Two snapshots of
 * the same schema give an empty list. Parts are matched by name (tables, columns, constraints,
 * indexes, views, enum types); a part whose content changed under the same name is one `...-changed`
 * change where the schema has such a kind, else a `...-dropped` and an `...-added` change (a
 * UNIQUE or CHECK constraint redefined under its old name). Throws when the two snapshots are of
 * different engines.
 */
export declare function diffSchemas(before: SchemaSnapshot, after: SchemaSnapshot): SchemaChange[];
/**
 * Why the new column type can cut or reject values that the old one holds, or undefined when it
 * cannot: a shorter length, a smaller precision or scale, a smaller integer, signed to unsigned,
 * fewer enum values, or a change of family that is not a widening (text to integer, timestamp to
 * date, ...). Only the declared types are compared, not the data.
 */
export declare function narrowing(before: ColumnSchema, after: ColumnSchema): string | undefined;
