/**
 * A database's schema as its own catalogue states it, in one shape for SQLite, PostgreSQL and
 * MySQL/MariaDB: what the migrations check snapshots before and after each migration, what the
 * seeder fills, and what the schema diff compares. Everything is sorted by name so that two
 * snapshots of the same schema are deeply equal.
 */
import type { Dialect } from '../compare/db-dialect.js';
export type { Dialect };
/**
 * The one thing every reader, the seeder and the migrations check need of a database: raw SQL on
 * one connection. A TypeORM 0.3 or 1.x DataSource or QueryRunner fits (`query(sql, params)`); so
 * does a thin wrapper over a driver. Placeholders are the dialect's own (`?`, or `$1` on PostgreSQL).
 */
export interface SqlConnection {
    /** The engine family: it picks the catalogue queries and the SQL the seeder writes. */
    readonly dialect: Dialect;
    /** Runs one statement; a SELECT resolves to its rows as plain objects. */
    query(sql: string, parameters?: unknown[]): Promise<any>;
}
/** What a column's type holds, across engines: the seeder's generator and the diff's narrowing test. */
export type ColumnFamily = 'integer' | 'decimal' | 'float' | 'boolean' | 'text' | 'uuid' | 'json' | 'date' | 'time' | 'timestamp' | 'binary' | 'enum' | 'other';
/** One column, as the catalogue states it. */
export interface ColumnSchema {
    /** The column's name in the database. */
    name: string;
    /** The declared type, lower case, as the engine spells it (`character varying`, `varchar(255)`, `int(11)`). */
    type: string;
    /** What the type holds. */
    family: ColumnFamily;
    /** Characters (text) or bytes (binary) at most, when the type sets a limit. */
    length?: number;
    /** Digits in all (decimal), or bits/bytes as the engine states it for integers and floats, when known. */
    precision?: number;
    /** Digits after the point (decimal). */
    scale?: number;
    /** True for unsigned integers (MySQL). */
    unsigned?: boolean;
    /** Whether NULL is allowed. */
    nullable: boolean;
    /** The default as an SQL expression in the catalogue's text, or null when there is none. */
    default: string | null;
    /**
     * How the database fills the column by itself, or null: `identity` (PostgreSQL identity, serial,
     * MySQL auto_increment, SQLite INTEGER PRIMARY KEY / AUTOINCREMENT), or the generation expression
     * of a generated (computed) column.
     */
    generated: string | null;
    /**
     * SQLite only: the key is declared AUTOINCREMENT, so the id of a deleted row is never handed out
     * again (a plain INTEGER PRIMARY KEY may reuse it). Absent everywhere else.
     */
    autoincrement?: true;
    /** The allowed values, for an enum (PostgreSQL enum type, MySQL ENUM, SQLite `CHECK (col IN (...))`). */
    enumValues?: string[];
}
/** A UNIQUE constraint (a unique index that is not a constraint is an `IndexSchema` with `unique`). */
export interface UniqueConstraint {
    name: string;
    /** Column names in constraint order. */
    columns: string[];
}
/**
 * An index, other than the primary key's and those that back a UNIQUE constraint (on MySQL, every
 * unique index is a `UniqueConstraint`, and the index InnoDB keeps for a foreign key under the key's
 * name is left out).
 */
export interface IndexSchema {
    name: string;
    /** Column names (or expressions, as the catalogue states them) in index order. */
    columns: string[];
    unique: boolean;
    /** The partial index's predicate, when there is one. */
    where?: string;
}
/** What a foreign key does when the row it references is deleted or its key updated. */
export type ReferentialAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';
/** A foreign key. */
export interface ForeignKey {
    /** The constraint's name (SQLite has none: a name made from the columns, stable across snapshots). */
    name: string;
    /** The referencing columns, in order. */
    columns: string[];
    /** The referenced table. */
    referencedTable: string;
    /** The referenced columns, in the same order as `columns`. */
    referencedColumns: string[];
    onDelete: ReferentialAction;
    onUpdate: ReferentialAction;
}
/** A CHECK constraint. */
export interface CheckConstraint {
    /** The constraint's name (or one made from its expression where the engine keeps none). */
    name: string;
    /** The condition, as the catalogue states it. */
    expression: string;
}
/** One table. */
export interface TableSchema {
    name: string;
    /** In the table's own column order. */
    columns: ColumnSchema[];
    /** Primary key column names in key order; empty when the table has none. */
    primaryKey: string[];
    uniques: UniqueConstraint[];
    indexes: IndexSchema[];
    foreignKeys: ForeignKey[];
    checks: CheckConstraint[];
}
/** A view. */
export interface ViewSchema {
    name: string;
    /** The view's query as the catalogue states it (whitespace collapsed). */
    definition: string;
}
/** A PostgreSQL enum type. */
export interface EnumType {
    name: string;
    /** In declared order. */
    values: string[];
}
/** A whole schema: the current schema (PostgreSQL), database (MySQL) or main database (SQLite). */
export interface SchemaSnapshot {
    dialect: Dialect;
    /** Sorted by name; the engine's own tables are left out, and so are those in `excludeTables`. */
    tables: TableSchema[];
    /** Sorted by name. */
    views: ViewSchema[];
    /** Sorted by name; always empty outside PostgreSQL. */
    enums: EnumType[];
}
/** What changed between two snapshots, one item per change. */
export type SchemaChangeKind = 'table-added' | 'table-dropped' | 'column-added' | 'column-dropped' | 'column-type-changed' | 'column-nullability-changed' | 'column-default-changed' | 'column-generated-changed' | 'column-enum-changed' | 'column-order-changed' | 'primary-key-changed' | 'unique-added' | 'unique-dropped' | 'index-added' | 'index-dropped' | 'index-changed' | 'foreign-key-added' | 'foreign-key-dropped' | 'foreign-key-changed' | 'check-added' | 'check-dropped' | 'view-added' | 'view-dropped' | 'view-changed' | 'enum-added' | 'enum-dropped' | 'enum-changed';
/** One change between two snapshots. */
export interface SchemaChange {
    kind: SchemaChangeKind;
    /** The table (or view, or enum type) it is on. */
    table: string;
    /** The column, index, constraint or key it is about, when it is about one. */
    name?: string;
    /** What it was (the column, index, ... as in the snapshot), when it was there. */
    before?: unknown;
    /** What it is now, when it is there. */
    after?: unknown;
    /** One readable sentence: `column users.email: type varchar(255) -> varchar(100)`. */
    message: string;
}
