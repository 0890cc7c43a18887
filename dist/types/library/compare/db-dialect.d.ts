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
    /** The data source's options; only the driver `type` is read. */
    options: {
        /** The TypeORM driver (`better-sqlite3`, `sqlite`, `postgres`, `mysql`, ...): it picks the SQL dialect. */
        readonly type: string;
    };
    /** `false` makes the comparator refuse the data source with a message to call `initialize()`. */
    readonly isInitialized?: boolean;
    /** Runs raw SQL; every table read goes through it. */
    query(query: string, parameters?: any[]): Promise<any>;
    /** Whether the data source knows the entity, so an entity can be given instead of a table name. */
    hasMetadata(target: any): boolean;
    /** The entity's table name, schema and primary key. */
    getMetadata(target: any): EntityMetadataLike;
    /** A dedicated connection (both TypeORM versions have it); `server-hash` reads in one transaction. */
    createQueryRunner?(): QueryRunnerLike;
}
/** The part of a TypeORM QueryRunner that the comparator uses. */
export interface QueryRunnerLike {
    /** Takes a connection from the pool and keeps it until `release`. */
    connect(): Promise<unknown>;
    /** Runs raw SQL on that one connection (so a transaction holds across queries). */
    query(query: string, parameters?: any[]): Promise<any>;
    /** Gives the connection back to the pool. */
    release(): Promise<void>;
    /** The driver's own connection once connected (node-postgres: its client, for COPY). */
    readonly databaseConnection?: unknown;
}
/** The fields of TypeORM's EntityMetadata that the comparator reads (the same in 0.3 and 1.x). */
export interface EntityMetadataLike {
    /** The entity's table. */
    tableName: string;
    /** The table's schema (PostgreSQL), when not the default. */
    schema?: string;
    /** The table's database (MySQL), used as the schema when there is none. */
    database?: string;
    /** The primary key columns, by their names in the database. */
    primaryColumns: {
        databaseName: string;
    }[];
}
/** The engine families the comparator speaks. */
export type Dialect = 'sqlite' | 'postgres' | 'mysql';
/** The dialect of a TypeORM driver type (`better-sqlite3`, `mariadb`, ...), or undefined for one we do not speak. */
export declare function dialectOfType(type: string): Dialect | undefined;
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
    /** The column's name in the database. */
    name: string;
    /** The declared type as the database spells it. */
    type: string;
    /** What the type holds, from `classify(type)`. */
    class: ColumnClass;
}
/** A table's columns (in table order) and primary key (in key order), read from the database. */
export interface TableInfo {
    /** The columns in table order; empty when the table does not exist. */
    columns: ColumnInfo[];
    /** The primary key's column names in key order; empty when there is none. */
    primaryKey: string[];
}
/** A table, as the comparator addresses it. */
export interface TableRef {
    /** The table's name, unquoted. */
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
