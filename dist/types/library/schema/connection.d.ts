import type { SqlConnection } from './types.js';
/**
 * What `sqlConnectionOf` accepts: a TypeORM DataSource (`options.type`), a QueryRunner
 * (`connection.options.type`, or `dataSource.options.type`), or any object with `query()` when the
 * driver type is given separately.
 */
export interface QuerySource {
    /** Runs raw SQL; every catalogue read goes through it. */
    query(sql: string, parameters?: any[]): Promise<any>;
    /** A DataSource's options: the driver `type` picks the dialect. */
    readonly options?: {
        readonly type: string;
    };
    /** A QueryRunner's DataSource (TypeORM 0.3 and 1.x). */
    readonly connection?: {
        readonly options: {
            readonly type: string;
        };
    };
    /** A QueryRunner's DataSource (the name TypeORM 1.x also offers). */
    readonly dataSource?: {
        readonly options: {
            readonly type: string;
        };
    };
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
export declare function sqlConnectionOf(source: QuerySource, type?: string): SqlConnection;
