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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(query: string, parameters?: any[]): Promise<any>;
  /** Whether the data source knows the entity, so an entity can be given instead of a table name. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  hasMetadata(target: any): boolean;
  /** The entity's table name, schema and primary key. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getMetadata(target: any): EntityMetadataLike;
  /** A dedicated connection (both TypeORM versions have it); `server-hash` reads in one transaction. */
  createQueryRunner?(): QueryRunnerLike;
}

/** The part of a TypeORM QueryRunner that the comparator uses. */
export interface QueryRunnerLike {
  /** Takes a connection from the pool and keeps it until `release`. */
  connect(): Promise<unknown>;
  /** Runs raw SQL on that one connection (so a transaction holds across queries). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
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
  primaryColumns: { databaseName: string }[];
}

/** The engine families the comparator speaks. */
export type Dialect = 'sqlite' | 'postgres' | 'mysql';

const DIALECTS: Record<string, Dialect> = {
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
  sqljs: 'sqlite',
  capacitor: 'sqlite',
  cordova: 'sqlite',
  expo: 'sqlite',
  nativescript: 'sqlite',
  'react-native': 'sqlite',
  postgres: 'postgres',
  'aurora-postgres': 'postgres',
  cockroachdb: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  'aurora-mysql': 'mysql',
};

/** The dialect of a TypeORM driver type (`better-sqlite3`, `mariadb`, ...), or undefined for one we do not speak. */
export function dialectOfType(type: string): Dialect | undefined {
  return DIALECTS[type];
}

/** The dialect of a data source, from `options.type`. */
export function dialectOf(ds: ComparableDataSource, side: 'old' | 'new'): Dialect {
  const dialect = DIALECTS[ds.options.type];
  if (dialect === undefined) {
    throw new Error(
      `compareDatabases cannot read the ${side} data source of type '${ds.options.type}': ` +
        `supported are SQLite (sqlite, better-sqlite3, sqljs), PostgreSQL and MySQL/MariaDB.`,
    );
  }
  return dialect;
}

/** Quotes an identifier. */
export function quote(dialect: Dialect, name: string): string {
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

/** The n-th (1-based) parameter placeholder. */
export function placeholder(dialect: Dialect, n: number): string {
  return dialect === 'postgres' ? `$${n}` : '?';
}

/** What a column holds, as far as ordering and messages need. */
export type ColumnClass = 'integer' | 'decimal' | 'float' | 'text' | 'binary' | 'other';

/** Classifies a declared column type (`integer`, `character varying(100)`, `varchar(255)`, `BLOB`...). */
export function classify(declared: string): ColumnClass {
  const t = declared.toLowerCase().trim();
  if (/^interval|^point/.test(t)) return 'other';
  if (/^(numeric|decimal|dec)\b/.test(t)) return 'decimal';
  if (/^(real|float|double)/.test(t)) return 'float';
  if (/(^|\s)(tiny|small|medium|big)?int(eger)?\b|^int[248]\b|serial|unsigned big int/.test(t))
    return 'integer';
  if (/blob|bytea|binary/.test(t)) return 'binary';
  if (/char|text|clob|string/.test(t)) return 'text';
  return 'other';
}

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
export function resolveTable(
  ds: ComparableDataSource,
  target: unknown,
  side: 'old' | 'new',
): TableRef {
  if (ds.hasMetadata(target)) {
    const metadata = ds.getMetadata(target);
    return {
      table: metadata.tableName,
      schema: metadata.schema ?? metadata.database,
      metadataKey: metadata.primaryColumns.map((column) => column.databaseName),
    };
  }
  if (typeof target === 'string') {
    const dot = target.lastIndexOf('.');
    return dot > 0
      ? { schema: target.slice(0, dot), table: target.slice(dot + 1) }
      : { table: target };
  }
  const name =
    typeof target === 'function'
      ? target.name
      : String((target as { options?: { name?: string } } | null)?.options?.name ?? target);
  throw new Error(
    `compareDatabases: the ${side} data source has no entity ${name}; add it to that DataSource's entities, or pass the table name.`,
  );
}

/** The table's qualified, quoted name. */
export function qualifiedName(dialect: Dialect, ref: TableRef): string {
  return ref.schema === undefined
    ? quote(dialect, ref.table)
    : `${quote(dialect, ref.schema)}.${quote(dialect, ref.table)}`;
}

/** Reads the table's columns and primary key; `columns` is empty when the table does not exist. */
export async function readTableInfo(
  ds: ComparableDataSource,
  dialect: Dialect,
  ref: TableRef,
): Promise<TableInfo> {
  const column = (name: unknown, type: unknown): ColumnInfo => {
    const declared = String(type ?? '');
    return { name: String(name), type: declared, class: classify(declared) };
  };
  if (dialect === 'sqlite') {
    const pragma = ref.schema === undefined ? 'PRAGMA ' : `PRAGMA ${quote(dialect, ref.schema)}.`;
    const rows: { name: string; type: string; pk: number }[] = await ds.query(
      `${pragma}table_info(${quote(dialect, ref.table)})`,
    );
    return {
      columns: rows.map((row) => column(row.name, row.type)),
      primaryKey: rows
        .filter((row) => Number(row.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((row) => row.name),
    };
  }
  if (dialect === 'postgres') {
    const rows: { name: string; type: string; pk: number | null }[] = await ds.query(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              (SELECT array_position(i.indkey::int2[], a.attnum) FROM pg_index i
                WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = $1 AND n.nspname = COALESCE($2, current_schema())
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`,
      [ref.table, ref.schema ?? null],
    );
    return {
      columns: rows.map((row) => column(row.name, row.type)),
      primaryKey: rows
        .filter((row) => row.pk !== null)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((row) => row.name),
    };
  }
  const rows: { name: string; type: string }[] = await ds.query(
    `SELECT column_name AS name, column_type AS type FROM information_schema.columns
      WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? ORDER BY ordinal_position`,
    [ref.schema ?? null, ref.table],
  );
  const key: { name: string }[] = await ds.query(
    `SELECT column_name AS name FROM information_schema.key_column_usage
      WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? AND constraint_name = 'PRIMARY'
      ORDER BY ordinal_position`,
    [ref.schema ?? null, ref.table],
  );
  return {
    columns: rows.map((row) => column(row.name, row.type)),
    primaryKey: key.map((row) => String(row.name)),
  };
}

/**
 * A key column as ORDER BY and the keyset WHERE use it. Text is ordered by code point on every
 * engine (SQLite BINARY, PostgreSQL "C", MySQL bytes of utf8mb4), so that the three engines and
 * the merge in JavaScript agree; numbers and the rest keep their natural order.
 */
export function orderExpression(dialect: Dialect, column: ColumnInfo, expression: string): string {
  if (column.class !== 'text') return expression;
  if (dialect === 'sqlite') return `${expression} COLLATE BINARY`;
  if (dialect === 'postgres') return `${expression} COLLATE "C"`;
  return `CAST(CONVERT(${expression} USING utf8mb4) AS BINARY)`;
}

/**
 * The SQL of one page: the selected columns of the rows after `after` (a key), in key order.
 * Keyset pagination (`WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT n`) reads each row once,
 * whatever the table's size, and never holds more than one page.
 */
export function pageQuery(
  dialect: Dialect,
  table: string,
  select: string[],
  key: ColumnInfo[],
  limit: number,
  after: unknown[] | undefined,
): { sql: string; params: unknown[] } {
  const columns = select.map((name) => quote(dialect, name)).join(', ');
  const ordered = key.map((column) =>
    orderExpression(dialect, column, quote(dialect, column.name)),
  );
  let where = '';
  if (after !== undefined) {
    // The column's explicit collation decides the comparison on SQLite and PostgreSQL (and
    // PostgreSQL cannot attach one to an untyped parameter); MySQL needs both sides as bytes.
    const params = key.map((column, i) =>
      dialect === 'mysql'
        ? orderExpression(dialect, column, placeholder(dialect, i + 1))
        : placeholder(dialect, i + 1),
    );
    where =
      key.length === 1
        ? ` WHERE ${ordered[0]} > ${params[0]}`
        : ` WHERE (${ordered.join(', ')}) > (${params.join(', ')})`;
  }
  return {
    sql: `SELECT ${columns} FROM ${table}${where} ORDER BY ${ordered.join(', ')} LIMIT ${Math.floor(limit)}`,
    params: after ?? [],
  };
}
