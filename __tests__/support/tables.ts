/**
 * Tables made with plain SQL for the comparator's tests: column types per engine, and a helper
 * that (re)creates a table on one data source and inserts rows in chunks.
 */
import type { DataSource } from 'typeorm';
import type { DatabaseKind } from '../../src/library/database/types.js';

/** Column types per engine for the tables made with plain SQL. */
export const TYPES: Record<
  DatabaseKind,
  { text: string; double: string; blob: string; int: string; timestamp: string }
> = {
  sqlite: { text: 'TEXT', double: 'REAL', blob: 'BLOB', int: 'INTEGER', timestamp: 'TEXT' },
  postgres: {
    text: 'VARCHAR(300)',
    double: 'DOUBLE PRECISION',
    blob: 'BYTEA',
    int: 'INTEGER',
    timestamp: 'TIMESTAMP(3)',
  },
  mysql: {
    text: 'VARCHAR(300)',
    double: 'DOUBLE',
    blob: 'BLOB',
    int: 'INT',
    timestamp: 'DATETIME(3)',
  },
};

/** Placeholders for `rows` rows of `width` values, per engine. */
export function valuesClause(kind: DatabaseKind, rows: number, width: number): string {
  let n = 0;
  const one = () =>
    `(${Array.from({ length: width }, () => (kind === 'postgres' ? `$${++n}` : '?')).join(', ')})`;
  return Array.from({ length: rows }, one).join(', ');
}

/** Creates `table` with the given column DDL on one data source and inserts the rows (in chunks). */
export async function makeTable(
  ds: DataSource,
  kind: DatabaseKind,
  table: string,
  ddl: string,
  rows: unknown[][],
): Promise<void> {
  await ds.query(`DROP TABLE IF EXISTS ${table}`);
  await ds.query(`CREATE TABLE ${table} (${ddl})`);
  for (let start = 0; start < rows.length; start += 250) {
    const chunk = rows.slice(start, start + 250);
    await ds.query(
      `INSERT INTO ${table} VALUES ${valuesClause(kind, chunk.length, chunk[0].length)}`,
      chunk.flat(),
    );
  }
}
