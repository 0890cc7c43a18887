/**
 * The SQL the seeder writes, per engine: bulk inserts sized to each engine's limits (SQLite: a
 * JSON array per statement, or multi-row VALUES under its variable limit; MySQL: multi-row VALUES
 * under max_allowed_packet and 65,535 placeholders; PostgreSQL: unnest of one array per column,
 * a single parameter each), the late UPDATE that fills a foreign key left NULL to break a cycle,
 * and the read-back of keys the database made itself.
 */
import type { Dialect, SqlConnection } from '../schema/types.js';
import type { SeedValue } from './values.js';
/** One engine's way of writing rows. */
export interface Writer {
    readonly dialect: Dialect;
    /** The name, quoted for this engine. */
    quote(name: string): string;
    /** Prepares for one table (PostgreSQL reads its column types for the casts). */
    prepare(table: string): Promise<void>;
    /** Splits rows into the statements this engine takes at once. */
    chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][];
    /** Inserts rows in one statement; throws what the database said when it refuses. */
    insert(table: string, columns: string[], rows: SeedValue[][]): Promise<void>;
    /** Inserts one row of defaults only (a table whose every column the database fills). */
    insertDefaults(table: string): Promise<void>;
    /** Opens a transaction where one helps (SQLite); false when the connection already has one. */
    begin(): Promise<boolean>;
    commit(): Promise<void>;
    /** The distinct non-NULL tuples of `columns`, in the engine's order. */
    readTuples(table: string, columns: string[]): Promise<SeedValue[][]>;
    /** How many rows the table holds. */
    count(table: string): Promise<number>;
    /** How many distinct non-NULL tuples of `columns` the table holds. */
    countTuples(table: string, columns: string[]): Promise<number>;
    /**
     * Sets a foreign key left NULL: the child's k-th row by key (except the first two and every
     * tenth, which stay NULL) references a parent row picked from k; `distinct` makes the pick
     * one-to-one. Returns nothing; the database refuses or not.
     */
    fillForeignKey(update: ForeignKeyUpdate): Promise<void>;
}
/** What `fillForeignKey` needs. */
export interface ForeignKeyUpdate {
    table: string;
    /** The child's key, all NOT NULL. */
    key: string[];
    columns: string[];
    parent: string;
    referencedColumns: string[];
    /** Parent tuples with no NULL (at least 1). */
    parentRows: number;
    distinct: boolean;
}
/** The writer for the connection's engine. */
export declare function createWriter(connection: SqlConnection): Promise<Writer>;
