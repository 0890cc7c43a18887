/**
 * The seed's database comparison, kept for the benchmark only: read the old table, then for each
 * old row one SELECT by key on the new table, then the new table's keys that were not seen. One
 * query per row is what makes it slow; the values are judged by the library's own rules
 * (`compareValues`), so the answers match and only the algorithm differs.
 */
import type { ComparableDataSource } from '../src/library/compare/db-dialect.js';
import { dialectOf, placeholder, quote } from '../src/library/compare/db-dialect.js';
import { compareValues } from '../src/library/compare/db-values.js';

/** A difference as the benchmark checks it: where and what kind. */
export interface FoundDifference {
  path: string;
  kind: string;
}

/** Runs the seed's algorithm on `table` keyed by `key` and returns the differences it finds. */
export async function seedCompareDatabases(
  oldDs: ComparableDataSource,
  newDs: ComparableDataSource,
  table: string,
  key: string,
  columns: readonly string[],
): Promise<FoundDifference[]> {
  const dialect = dialectOf(oldDs, 'old');
  const name = quote(dialect, table);
  const keyColumn = quote(dialect, key);
  const differences: FoundDifference[] = [];
  const oldRows: Record<string, unknown>[] = await oldDs.query(`SELECT * FROM ${name}`);
  const seen = new Set<unknown>();
  for (const row of oldRows) {
    const id = row[key];
    const where = `${table}[${key}=${String(id)}]`;
    const [match]: Record<string, unknown>[] = await newDs.query(
      `SELECT * FROM ${name} WHERE ${keyColumn} = ${placeholder(dialect, 1)}`,
      [id],
    );
    if (match === undefined) {
      differences.push({ path: where, kind: 'missing' });
      continue;
    }
    seen.add(id);
    for (const column of columns) {
      const verdict = compareValues(row[column], match[column], {});
      if (verdict !== 'equal') differences.push({ path: `${where}.${column}`, kind: verdict });
    }
  }
  const newKeys: Record<string, unknown>[] = await newDs.query(`SELECT ${keyColumn} FROM ${name}`);
  for (const row of newKeys) {
    if (!seen.has(row[key]))
      differences.push({ path: `${table}[${key}=${String(row[key])}]`, kind: 'extra' });
  }
  return differences;
}
