import type { ColumnFamily, SchemaSnapshot, SqlConnection } from './types.js';
/** Options of `readSchema`. */
export interface ReadSchemaOptions {
    /**
     * Tables (and views) to leave out by exact name, such as TypeORM's own `migrations` and
     * `typeorm_metadata`. The engine's own tables (`sqlite_%`) are always left out.
     */
    excludeTables?: string[];
}
/**
 * Reads the schema of the connection's database: every table with its columns, primary key, unique
 * constraints, indexes, foreign keys and CHECK constraints; views; and (PostgreSQL) enum types.
 * Everything is sorted by name (columns keep table order), so two snapshots of the same schema are
 * deeply equal. Only the current schema (PostgreSQL) or database (MySQL) or `main` (SQLite) is read.
 */
export declare function readSchema(connection: SqlConnection, options?: ReadSchemaOptions): Promise<SchemaSnapshot>;
/** What a declared type (lower case) holds. */
export declare function familyOfType(type: string): ColumnFamily;
