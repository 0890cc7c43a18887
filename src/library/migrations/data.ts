/**
 * The data of a throwaway database at one moment: every row of every table, keyed by primary key,
 * in a canonical text form that compares the same way on every engine and driver. The copies are
 * small (the seeded rows) and are what the data checks before and after each migration compare.
 */
import { quote } from '../compare/db-dialect.js';
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
export function canonical(value: unknown): CanonicalValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return JSON.stringify(value);
}

function rowKey(row: Record<string, CanonicalValue>, columns: string[]): string {
  return JSON.stringify(columns.map((column) => row[column]));
}

/** Reads one table whole. */
export async function readTable(connection: SqlConnection, table: TableSchema): Promise<TableData> {
  const columns = table.columns.map((column) => column.name);
  const rows: Array<Record<string, unknown>> = await connection.query(
    `SELECT ${columns.map((column) => quote(connection.dialect, column)).join(', ')} FROM ${quote(connection.dialect, table.name)}`,
  );
  const key = table.primaryKey;
  const data: TableData = { columns, key, rows: new Map() };
  if (key.length === 0) data.counts = new Map();
  for (const raw of rows) {
    const row: Record<string, CanonicalValue> = {};
    for (const column of columns) row[column] = canonical(raw[column]);
    const id = rowKey(row, key.length > 0 ? key : columns);
    data.rows.set(id, row);
    if (data.counts) data.counts.set(id, (data.counts.get(id) ?? 0) + 1);
  }
  return data;
}

/** Reads every table of the schema. */
export async function readData(
  connection: SqlConnection,
  schema: SchemaSnapshot,
): Promise<DataSnapshot> {
  const snapshot: DataSnapshot = new Map();
  for (const table of schema.tables) snapshot.set(table.name, await readTable(connection, table));
  return snapshot;
}

/** How many rows a table holds (a keyless table's duplicates counted). */
export function rowCount(data: TableData): number {
  if (!data.counts) return data.rows.size;
  let total = 0;
  for (const count of data.counts.values()) total += count;
  return total;
}

/** A row's key for messages: `id=3` or `tenant=1, id=3`. */
export function describeKey(data: TableData, row: Record<string, CanonicalValue>): string {
  const columns = data.key.length > 0 ? data.key : data.columns.slice(0, 3);
  return columns.map((column) => `${column}=${row[column] ?? 'NULL'}`).join(', ');
}
