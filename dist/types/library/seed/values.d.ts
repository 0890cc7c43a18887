/**
 * Values for one column: edge values for the first rows, random values after them, an injective
 * sequence for columns that must not repeat (keys, UNIQUE), and a safe value to retry a row that a
 * CHECK refused. Values come out in one engine-neutral form (numbers, bigints, strings, booleans,
 * Buffers, null); the writer turns them into each engine's own form.
 */
import type { ColumnSchema, Dialect } from '../schema/types.js';
/** A column left out of the row so that its default applies. */
export declare const OMIT: unique symbol;
/** What a column's value can be before the writer encodes it. */
export type SeedValue = string | number | bigint | boolean | Buffer | null;
/** How one column gets its values. */
export interface ColumnValues {
    /** The values of the first rows, in order (NULL at the second place when the column allows it). */
    edges: SeedValue[];
    /** A random value (advances the column's generator). */
    random(): SeedValue;
    /** The k-th value of a sequence that never repeats, for k below `capacity` (never NULL). */
    unique(k: number): SeedValue;
    /** How many distinct values `unique` can give. */
    capacity: number;
    /** A value most CHECK constraints accept: the smallest positive, a short word, a day in 2000. */
    safe: SeedValue;
}
/** What a column's values depend on besides the column: the engine, the seed, the table, and whether a CHECK names it. */
export interface ValueOptions {
    dialect: Dialect;
    seed: number;
    table: string;
    /** Random values kept small and positive, edge values left out (the column is in a CHECK). */
    cautious: boolean;
    /** What the table's CHECKs say of the column, when they say it plainly (`qty >= 0`, `length(code) <= 3`). */
    bounds?: Bounds;
}
/** Limits a CHECK puts on one column, read from its plainest forms. */
export interface Bounds {
    min?: number;
    minExclusive?: boolean;
    max?: number;
    maxExclusive?: boolean;
    /** Characters at most. */
    maxLength?: number;
    /** `col <> ''`. */
    nonEmpty?: boolean;
}
/** The integer range of a column, from its type's name (the same name on every engine). */
export declare function integerRange(column: ColumnSchema): {
    min: bigint;
    max: bigint;
};
/** A value for a type the seeder has no family for, from the type's name (PostgreSQL's mostly). */
export declare function otherValue(column: ColumnSchema): SeedValue;
/**
 * The values of one column. `key`: the column is in a key, a UNIQUE or referenced by a foreign
 * key (its longest text value stays short enough for an index entry).
 */
export declare function columnValues(column: ColumnSchema, options: ValueOptions, key?: boolean): ColumnValues;
