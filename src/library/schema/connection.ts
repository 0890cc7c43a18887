/**
 * One `SqlConnection` from whatever a service has at hand: its TypeORM 0.3 or 1.x DataSource, or a
 * QueryRunner (which knows its DataSource), or anything with `query()` plus the driver type.
 */
import { dialectOf } from '../compare/db-dialect.js';
import type { SqlConnection } from './types.js';

/**
 * What `sqlConnectionOf` accepts: a TypeORM DataSource (`options.type`), a QueryRunner
 * (`connection.options.type`, or `dataSource.options.type`), or any object with `query()` when the
 * driver type is given separately.
 */
export interface QuerySource {
  /** Runs raw SQL; every catalogue read goes through it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: any[]): Promise<any>;
  /** A DataSource's options: the driver `type` picks the dialect. */
  readonly options?: { readonly type: string };
  /** A QueryRunner's DataSource (TypeORM 0.3 and 1.x). */
  readonly connection?: { readonly options: { readonly type: string } };
  /** A QueryRunner's DataSource (the name TypeORM 1.x also offers). */
  readonly dataSource?: { readonly options: { readonly type: string } };
  /** `false` on a DataSource that was never initialized: refused with a message that says so. */
  readonly isInitialized?: boolean;
}

/**
 * A `SqlConnection` over a TypeORM 0.3 or 1.x DataSource or QueryRunner. The dialect comes from the
 * driver type (`better-sqlite3`, `sqlite`, `postgres`, `mysql`, `mariadb`, ...): `type` when given,
 * else the DataSource's `options.type`, else the QueryRunner's DataSource's. Queries run through
 * `source.query`, so a QueryRunner keeps them on its one connection (inside its transaction).
 * Throws when no type can be found, the type is not a supported engine, or the DataSource is not
 * initialized.
 */
export function sqlConnectionOf(source: QuerySource, type?: string): SqlConnection {
  if (source === null || typeof source !== 'object' || typeof source.query !== 'function') {
    throw new TypeError(
      `sqlConnectionOf needs a TypeORM DataSource or QueryRunner (an object with query()); got ${describe(source)}.`,
    );
  }
  const driver =
    type ??
    source.options?.type ??
    source.connection?.options?.type ??
    source.dataSource?.options?.type;
  if (driver === undefined) {
    throw new Error(
      'sqlConnectionOf cannot tell the database engine: the object has no options.type (DataSource) ' +
        'nor connection.options.type (QueryRunner); pass the driver type as the second argument, ' +
        "e.g. sqlConnectionOf(runner, 'postgres').",
    );
  }
  if (source.isInitialized === false) {
    throw new Error(
      `sqlConnectionOf was given a ${driver} DataSource that is not initialized: call initialize() first.`,
    );
  }
  let dialect: SqlConnection['dialect'];
  try {
    dialect = dialectOf(
      { options: { type: driver }, query: source.query, hasMetadata: () => false, getMetadata },
      'old',
    );
  } catch {
    throw new Error(
      `sqlConnectionOf cannot read a database of driver type '${driver}': supported are SQLite ` +
        '(sqlite, better-sqlite3, sqljs), PostgreSQL (postgres) and MySQL/MariaDB (mysql, mariadb).',
    );
  }
  return {
    dialect,
    query: (sql, parameters) => source.query(sql, parameters),
  };
}

function getMetadata(): never {
  throw new Error('unreachable: sqlConnectionOf never asks for entity metadata');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `${typeof value} ${String(value)}`;
  return `an object without query() (${Object.keys(value).slice(0, 5).join(', ') || 'no keys'})`;
}
