import type { SchemaSnapshot, SqlConnection } from '../schema/types.js';
/** What `seedDatabase` takes besides the connection and the schema. */
export interface SeedOptions {
    /** Rows to put in each table (a whole number, 0 or more). */
    rowsPerTable: number;
    /** The seed number: the same number gives the same rows. Default 1. */
    seed?: number;
    /** Rows for particular tables, by table name, instead of `rowsPerTable`. */
    rows?: Record<string, number>;
    /** Told one line per table filled, and every ~100,000 rows of a large table. */
    onProgress?: (message: string) => void;
}
/** What `seedDatabase` did. */
export interface SeedResult {
    /** Every table in fill order, with the rows it was given (fewer than asked when it is also in `skipped`). */
    tables: Array<{
        table: string;
        rows: number;
    }>;
    /**
     * Tables that did not get every row asked for, or a foreign key left NULL, with why (the
     * database's own message where it refused).
     */
    skipped: Array<{
        table: string;
        reason: string;
    }>;
    /** Wall time of the whole seeding. */
    seconds: number;
}
/** Options that cannot be used: names the option, the value and what is allowed. */
export declare class SeedOptionsError extends Error {
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
}
/**
 * Fills the database's tables with generated rows that its schema accepts: types and lengths,
 * NULL-ability, defaults, primary and unique keys (composite too), foreign keys in dependency
 * order, enums, JSON, dates and edge values. The same schema and `seed` give the same rows on
 * every run. A table that cannot be filled (or filled only in part) is listed in `skipped` with
 * the database's message; only bad options throw (`SeedOptionsError`). Every table of the
 * snapshot is filled: leave the migration tool's own bookkeeping (TypeORM's `migrations` and
 * `typeorm_metadata`) out of it, or give it `rows: { migrations: 0 }`. Rows already in a table
 * (a migration's reference data) stay, and the seeder's keys step around theirs.
 */
export declare function seedDatabase(connection: SqlConnection, schema: SchemaSnapshot, options: SeedOptions): Promise<SeedResult>;
