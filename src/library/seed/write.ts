/**
 * The SQL the seeder writes, per engine: bulk inserts sized to each engine's limits (SQLite's
 * variables, MySQL's max_allowed_packet and 65,535 placeholders, PostgreSQL's unnest of one text
 * array per column), the late UPDATE that fills a foreign key left NULL to break a cycle, and the
 * read-back of keys the database made itself.
 */
import type { Dialect, SqlConnection } from '../schema/types.js';
import type { SeedValue } from './values.js';

/** SQLite's limit on `?` since 3.32; older builds (the `sqlite3` driver's, say) have 999. */
const SQLITE_VARIABLES = 32_766;
const SQLITE_OLD_VARIABLES = 999;
/** Placeholders in one MySQL prepared statement at most. */
const MYSQL_PLACEHOLDERS = 65_535;
/** Rows in one PostgreSQL unnest statement at most, and the bytes of its arrays. */
const POSTGRES_ROWS = 50_000;
const POSTGRES_BYTES = 32 * 2 ** 20;

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

function quoteWith(mark: string): (name: string) => string {
  return (name) => `${mark}${name.split(mark).join(mark + mark)}${mark}`;
}

/** The writer for the connection's engine. */
export async function createWriter(connection: SqlConnection): Promise<Writer> {
  switch (connection.dialect) {
    case 'sqlite':
      return new SqliteWriter(connection);
    case 'postgres':
      return new PostgresWriter(connection);
    case 'mysql': {
      const writer = new MysqlWriter(connection);
      await writer.readPacketLimit();
      return writer;
    }
    default:
      throw new Error(
        `seedDatabase: the connection's dialect '${String(connection.dialect)}' is not one of sqlite, postgres, mysql`,
      );
  }
}

abstract class BaseWriter {
  abstract readonly dialect: Dialect;
  abstract quote(name: string): string;
  constructor(protected readonly connection: SqlConnection) {}

  async prepare(_table: string): Promise<void> {}

  async begin(): Promise<boolean> {
    return false;
  }

  async commit(): Promise<void> {}

  async count(table: string): Promise<number> {
    const rows = (await this.connection.query(
      `SELECT COUNT(*) AS n FROM ${this.quote(table)}`,
    )) as {
      n: number | string;
    }[];
    return Number(rows[0]?.n ?? 0);
  }

  async readTuples(table: string, columns: string[]): Promise<SeedValue[][]> {
    const list = columns.map((column) => this.quote(column)).join(', ');
    const notNull = columns.map((column) => `${this.quote(column)} IS NOT NULL`).join(' AND ');
    const rows = (await this.connection.query(
      `SELECT DISTINCT ${list} FROM ${this.quote(table)} WHERE ${notNull} ORDER BY ${list}`,
    )) as Record<string, SeedValue>[];
    return rows.map((row) => columns.map((column) => row[column] ?? null));
  }

  async insertDefaults(table: string): Promise<void> {
    await this.connection.query(`INSERT INTO ${this.quote(table)} DEFAULT VALUES`);
  }

  /** The two derived tables of `fillForeignKey`: the child's keys numbered, the parent's tuples numbered. */
  protected numbered(update: ForeignKeyUpdate): { child: string; parent: string; pick: string } {
    const q = (name: string): string => this.quote(name);
    const keyList = update.key.map(q).join(', ');
    const child = `(SELECT ${update.key.map((column, index) => `${q(column)} AS k${index}`).join(', ')}, ROW_NUMBER() OVER (ORDER BY ${keyList}) AS rn FROM ${q(update.table)})`;
    const refList = update.referencedColumns.map(q).join(', ');
    const parent = `(SELECT DISTINCT ${update.referencedColumns.map((column, index) => `${q(column)} AS r${index}`).join(', ')}, DENSE_RANK() OVER (ORDER BY ${refList}) - 1 AS rn FROM ${q(update.parent)} WHERE ${update.referencedColumns.map((column) => `${q(column)} IS NOT NULL`).join(' AND ')})`;
    // A multiplicative hash spreads the references; one-to-one keys take the next row instead.
    const pick = update.distinct
      ? `k.rn % ${update.parentRows}`
      : `(k.rn * 2654435761) % ${update.parentRows}`;
    return { child, parent, pick };
  }
}

class SqliteWriter extends BaseWriter implements Writer {
  readonly dialect = 'sqlite' as const;
  readonly quote = quoteWith('"');
  private variables = SQLITE_VARIABLES;

  chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][] {
    const size = Math.max(1, Math.floor(this.variables / Math.max(1, columns.length)));
    const chunks: SeedValue[][][] = [];
    for (let start = 0; start < rows.length; start += size)
      chunks.push(rows.slice(start, start + size));
    return chunks;
  }

  async insert(table: string, columns: string[], rows: SeedValue[][]): Promise<void> {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(', ')}) VALUES ${Array(rows.length).fill(row).join(', ')}`;
    const parameters: unknown[] = [];
    for (const values of rows)
      for (const value of values)
        parameters.push(typeof value === 'boolean' ? Number(value) : value);
    try {
      await this.connection.query(sql, parameters);
    } catch (error) {
      // An older SQLite takes 999 variables: retry this once in smaller statements.
      if (this.variables > SQLITE_OLD_VARIABLES && /too many SQL variables/i.test(String(error))) {
        this.variables = SQLITE_OLD_VARIABLES;
        for (const chunk of this.chunks(columns, rows)) await this.insert(table, columns, chunk);
        return;
      }
      throw error;
    }
  }

  override async begin(): Promise<boolean> {
    try {
      await this.connection.query('BEGIN');
      return true;
    } catch {
      // Already in a transaction (a QueryRunner's): its statements are batched all the same.
      return false;
    }
  }

  override async commit(): Promise<void> {
    await this.connection.query('COMMIT');
  }

  async fillForeignKey(update: ForeignKeyUpdate): Promise<void> {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} SET ${update.columns.map((column, index) => `${q(column)} = p.r${index}`).join(', ')} FROM ${child} AS k, ${parent} AS p WHERE ${update.key.map((column, index) => `${q(update.table)}.${q(column)} = k.k${index}`).join(' AND ')} AND k.rn > 2 AND k.rn % 10 <> 0 AND p.rn = ${pick}`,
    );
  }
}

class MysqlWriter extends BaseWriter implements Writer {
  readonly dialect = 'mysql' as const;
  readonly quote = quoteWith('`');
  private bytes = 4 * 2 ** 20;

  /** Statements stay under half the server's max_allowed_packet (and 16 MB). */
  async readPacketLimit(): Promise<void> {
    try {
      const rows = (await this.connection.query('SELECT @@max_allowed_packet AS packet')) as {
        packet: number | string;
      }[];
      const packet = Number(rows[0]?.packet);
      if (Number.isFinite(packet) && packet > 0) this.bytes = Math.min(16 * 2 ** 20, packet / 2);
    } catch {
      // Keep 4 MB, below every server's default.
    }
  }

  chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][] {
    const perRow = Math.max(1, columns.length);
    const chunks: SeedValue[][][] = [];
    let current: SeedValue[][] = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 8;
      for (const value of row) rowBytes += estimateBytes(value);
      if (
        current.length > 0 &&
        (size + rowBytes > this.bytes || (current.length + 1) * perRow > MYSQL_PLACEHOLDERS)
      ) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  async insert(table: string, columns: string[], rows: SeedValue[][]): Promise<void> {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(', ')}) VALUES ${Array(rows.length).fill(row).join(', ')}`;
    const parameters: unknown[] = [];
    for (const values of rows)
      for (const value of values)
        parameters.push(
          typeof value === 'boolean'
            ? Number(value)
            : typeof value === 'bigint'
              ? String(value)
              : value,
        );
    await this.connection.query(sql, parameters);
  }

  override async insertDefaults(table: string): Promise<void> {
    await this.connection.query(`INSERT INTO ${this.quote(table)} () VALUES ()`);
  }

  async fillForeignKey(update: ForeignKeyUpdate): Promise<void> {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} AS c JOIN ${child} AS k ON ${update.key.map((column, index) => `c.${q(column)} = k.k${index}`).join(' AND ')} JOIN ${parent} AS p ON p.rn = ${pick} SET ${update.columns.map((column, index) => `c.${q(column)} = p.r${index}`).join(', ')} WHERE k.rn > 2 AND k.rn % 10 <> 0`,
    );
  }
}

function estimateBytes(value: SeedValue): number {
  if (value === null) return 5;
  if (typeof value === 'string') return value.length * 3 + 4;
  if (Buffer.isBuffer(value)) return value.length * 2 + 4;
  return 26;
}

/** A value as PostgreSQL's text input reads it (the unnest casts from text). */
function postgresText(value: SeedValue | Date): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** A PostgreSQL array literal of text elements: `{"a","b\"c",NULL}`. */
function arrayLiteral(values: (string | null)[]): string {
  const parts: string[] = new Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    if (value === null) parts[index] = 'NULL';
    else if (value.includes('\\') || value.includes('"'))
      parts[index] = `"${value.replace(/[\\"]/g, '\\$&')}"`;
    else parts[index] = `"${value}"`;
  }
  return `{${parts.join(',')}}`;
}

class PostgresWriter extends BaseWriter implements Writer {
  readonly dialect = 'postgres' as const;
  readonly quote = quoteWith('"');
  /** Column types (without modifiers, so the column's own length and scale still check) by table. */
  private readonly types = new Map<string, Map<string, string>>();

  override async prepare(table: string): Promise<void> {
    if (this.types.has(table)) return;
    const rows = (await this.connection.query(
      `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [this.quote(table)],
    )) as { name: string; type: string }[];
    this.types.set(table, new Map(rows.map((row) => [row.name, row.type])));
  }

  chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][] {
    const chunks: SeedValue[][][] = [];
    let current: SeedValue[][] = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 0;
      for (const value of row) rowBytes += estimateBytes(value);
      if (
        current.length > 0 &&
        (size + rowBytes > POSTGRES_BYTES || current.length >= POSTGRES_ROWS)
      ) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  async insert(table: string, columns: string[], rows: SeedValue[][]): Promise<void> {
    await this.prepare(table);
    const types = this.types.get(table)!;
    const arrays = columns.map((_, column) => {
      const texts: (string | null)[] = new Array(rows.length);
      for (let index = 0; index < rows.length; index++)
        texts[index] = postgresText(rows[index]![column]!);
      return arrayLiteral(texts);
    });
    const casts = columns.map((column, index) => `u.c${index}::${types.get(column) ?? 'text'}`);
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(', ')}) SELECT ${casts.join(', ')} FROM unnest(${columns.map((_, index) => `$${index + 1}::text[]`).join(', ')}) AS u(${columns.map((_, index) => `c${index}`).join(', ')})`;
    await this.connection.query(sql, arrays);
  }

  async fillForeignKey(update: ForeignKeyUpdate): Promise<void> {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} AS c SET ${update.columns.map((column, index) => `${q(column)} = p.r${index}`).join(', ')} FROM ${child} AS k, ${parent} AS p WHERE ${update.key.map((column, index) => `c.${q(column)} = k.k${index}`).join(' AND ')} AND k.rn > 2 AND k.rn % 10 <> 0 AND p.rn = ${pick}`,
    );
  }
}
