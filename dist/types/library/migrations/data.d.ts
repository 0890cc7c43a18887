import type { SchemaSnapshot, SqlConnection, TableSchema } from '../schema/types.js';
/** A value in canonical text form: null stays null. */
export type CanonicalValue = string | null;
/** One table's rows at one moment. */
export interface TableData {
    /** The columns read, in table order. */
    columns: string[];
    /** The key columns (the primary key), or empty: then rows are a multiset keyed by their whole content. */
    key: string[];
    /** Row key -> the row's values by column. A keyless table keys rows by content with a count. */
    rows: Map<string, Record<string, CanonicalValue>>;
    /** For keyless tables: how many times each content key occurs. */
    counts?: Map<string, number>;
}
/** Every table's rows at one moment. */
export type DataSnapshot = Map<string, TableData>;
/**
 * A value in a form that the same stored value takes on every driver: numbers as their shortest
 * decimal text, booleans as `true`/`false`, dates as ISO text, bytes as hex, JSON objects as JSON.
 */
export declare function canonical(value: unknown): CanonicalValue;
/** Reads one table whole. */
export declare function readTable(connection: SqlConnection, table: TableSchema): Promise<TableData>;
/** Reads every table of the schema. */
export declare function readData(connection: SqlConnection, schema: SchemaSnapshot): Promise<DataSnapshot>;
/** How many rows a table holds (a keyless table's duplicates counted). */
export declare function rowCount(data: TableData): number;
/** A row's key for messages: `id=3` or `tenant=1, id=3`. */
export declare function describeKey(data: TableData, row: Record<string, CanonicalValue>): string;
