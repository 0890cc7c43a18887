/**
 * What `compareDatabases` needs to know per engine: quoting, placeholders, how to read a table's
 * columns and primary key, and how to order keys in a binary (code point) order that the merge in
 * JavaScript can follow. It uses only what TypeORM 0.3 and 1.x data sources both offer
 * (`options.type`, `query()`, `hasMetadata()`/`getMetadata()`), so a service's own TypeORM 0.3
 * data source with the `sqlite3` driver works as well as ours.
 */
/**
 * The part of a TypeORM DataSource (0.3 or 1.x) that the comparator uses. Both versions'
 * `DataSource` classes fit it.
 */
export interface ComparableDataSource {
    options: {
        readonly type: string;
    };
    readonly isInitialized?: boolean;
    query(query: string, parameters?: any[]): Promise<any>;
    hasMetadata(target: any): boolean;
    getMetadata(target: any): EntityMetadataLike;
    /** A dedicated connection (both TypeORM versions have it); `server-hash` reads in one transaction. */
    createQueryRunner?(): QueryRunnerLike;
}
/** The part of a TypeORM QueryRunner that the comparator uses. */
export interface QueryRunnerLike {
    connect(): Promise<unknown>;
    query(query: string, parameters?: any[]): Promise<any>;
    release(): Promise<void>;
}
/** The fields of TypeORM's EntityMetadata that the comparator reads (the same in 0.3 and 1.x). */
export interface EntityMetadataLike {
    tableName: string;
    schema?: string;
    database?: string;
    primaryColumns: {
        databaseName: string;
    }[];
}
/** The engine families the comparator speaks. */
export type Dialect = 'sqlite' | 'postgres' | 'mysql';
/** The dialect of a data source, from `options.type`. */
export declare function dialectOf(ds: ComparableDataSource, side: 'old' | 'new'): Dialect;
/** Quotes an identifier. */
export declare function quote(dialect: Dialect, name: string): string;
/** The n-th (1-based) parameter placeholder. */
export declare function placeholder(dialect: Dialect, n: number): string;
/** What a column holds, as far as ordering and messages need. */
export type ColumnClass = 'integer' | 'decimal' | 'float' | 'text' | 'binary' | 'other';
/** Classifies a declared column type (`integer`, `character varying(100)`, `varchar(255)`, `BLOB`...). */
export declare function classify(declared: string): ColumnClass;
/** One column of a table as the database reports it. */
export interface ColumnInfo {
    name: string;
    /** The declared type as the database spells it. */
    type: string;
    class: ColumnClass;
}
/** A table's columns (in table order) and primary key (in key order), read from the database. */
export interface TableInfo {
    columns: ColumnInfo[];
    primaryKey: string[];
}
/** A table, as the comparator addresses it. */
export interface TableRef {
    table: string;
    /** Schema (PostgreSQL), database (MySQL) or attached database (SQLite), when not the default. */
    schema?: string;
    /** The primary key from entity metadata, when the target was an entity. */
    metadataKey?: string[];
}
/**
 * Resolves an entity class, EntitySchema, entity name or table name against a data source: the
 * entity's table when the data source knows it, else the string as a table (`schema.table` allowed).
 */
export declare function resolveTable(ds: ComparableDataSource, target: unknown, side: 'old' | 'new'): TableRef;
/** The table's qualified, quoted name. */
export declare function qualifiedName(dialect: Dialect, ref: TableRef): string;
/** Reads the table's columns and primary key; `columns` is empty when the table does not exist. */
export declare function readTableInfo(ds: ComparableDataSource, dialect: Dialect, ref: TableRef): Promise<TableInfo>;
/**
 * A key column as ORDER BY and the keyset WHERE use it. Text is ordered by code point on every
 * engine (SQLite BINARY, PostgreSQL "C", MySQL bytes of utf8mb4), so that the three engines and
 * the merge in JavaScript agree; numbers and the rest keep their natural order.
 */
export declare function orderExpression(dialect: Dialect, column: ColumnInfo, expression: string): string;
/**
 * The SQL of one page: the selected columns of the rows after `after` (a key), in key order.
 * Keyset pagination (`WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT n`) reads each row once,
 * whatever the table's size, and never holds more than one page.
 */
export declare function pageQuery(dialect: Dialect, table: string, select: string[], key: ColumnInfo[], limit: number, after: unknown[] | undefined): {
    sql: string;
    params: unknown[];
};
