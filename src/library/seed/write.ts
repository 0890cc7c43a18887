/**
 * The SQL the seeder writes, per engine: bulk inserts sized to each engine's limits (SQLite: a
 * JSON array per statement, or multi-row VALUES under its variable limit; MySQL: multi-row VALUES
 * under max_allowed_packet and 65,535 placeholders; PostgreSQL: unnest of one array per column,
 * a single parameter each), the late UPDATE that fills a foreign key left NULL to break a cycle,
 * and the read-back of keys the database made itself.
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

  async countTuples(table: string, columns: string[]): Promise<number> {
    const list = columns.map((column) => this.quote(column)).join(', ');
    const notNull = columns.map((column) => `${this.quote(column)} IS NOT NULL`).join(' AND ');
    const rows = (await this.connection.query(
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT ${list} FROM ${this.quote(table)} WHERE ${notNull}) AS d`,
    )) as { n: number | string }[];
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

/** Rows in one SQLite statement that reads them from a JSON array. */
const SQLITE_JSON_ROWS = 5_000;

class SqliteWriter extends BaseWriter implements Writer {
  readonly dialect = 'sqlite' as const;
  readonly quote = quoteWith('"');
  private variables = SQLITE_VARIABLES;
  /**
   * Rows travel as one JSON array per statement (`INSERT ... SELECT ... FROM json_each(?)`): one
   * short statement to prepare and one value to bind, twice as fast as multi-row VALUES with
   * 32,766 variables. False once SQLite said it has no JSON functions.
   */
  private json = true;

  chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][] {
    const size = this.json
      ? SQLITE_JSON_ROWS
      : Math.max(1, Math.floor(this.variables / Math.max(1, columns.length)));
    const chunks: SeedValue[][][] = [];
    for (let start = 0; start < rows.length; start += size)
      chunks.push(rows.slice(start, start + size));
    return chunks;
  }

  async insert(table: string, columns: string[], rows: SeedValue[][]): Promise<void> {
    if (this.json) {
      const text = jsonRows(rows);
      if (text !== undefined) {
        const select = columns.map((_, index) => `json_extract(value, '$[${index}]')`).join(', ');
        try {
          await this.connection.query(
            `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(', ')}) SELECT ${select} FROM json_each(?)`,
            [text],
          );
          return;
        } catch (error) {
          if (!/no such function|no such table: json_each/i.test(String(error))) throw error;
          this.json = false;
        }
      }
    }
    await this.insertValues(table, columns, rows);
  }

  /** Multi-row VALUES: for blobs (JSON has no bytes) and SQLite builds without JSON. */
  private async insertValues(table: string, columns: string[], rows: SeedValue[][]): Promise<void> {
    const size = Math.max(1, Math.floor(this.variables / Math.max(1, columns.length)));
    if (rows.length > size) {
      for (let start = 0; start < rows.length; start += size)
        await this.insertValues(table, columns, rows.slice(start, start + size));
      return;
    }
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
        await this.insertValues(table, columns, rows);
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

/**
 * Rows as a JSON array of arrays for SQLite's json_each, or undefined when a value has no JSON
 * form (bytes). Bigints go as text, which an INTEGER column stores as the integer again.
 */
function jsonRows(rows: SeedValue[][]): string | undefined {
  let plain = true;
  for (const row of rows)
    for (const value of row) {
      if (value === null) continue;
      const type = typeof value;
      if (type === 'bigint' || type === 'boolean') plain = false;
      else if (type === 'object') return undefined;
    }
  if (plain) return JSON.stringify(rows);
  return JSON.stringify(rows, (_, value: unknown) =>
    typeof value === 'bigint' ? String(value) : typeof value === 'boolean' ? Number(value) : value,
  );
}

function estimateBytes(value: SeedValue): number {
  if (value === null) return 5;
  if (typeof value === 'string') return value.length * 3 + 4;
  if (Buffer.isBuffer(value)) return value.length * 2 + 4;
  return 26;
}

/** Whether an array element must be quoted: empty, `NULL`, or holding a delimiter or space. */
const NEEDS_QUOTES = /[{}",\\\s]/;

/**
 * One column of rows as a PostgreSQL array literal (`{1,2,NULL}`, `{"a b","c\"d"}`), built in one
 * pass: most of the seeder's time on PostgreSQL went into making these.
 */
function arrayLiteral(rows: SeedValue[][], column: number): string {
  // The fast way: JSON's text of the column is PostgreSQL's array literal once its brackets
  // become braces, as long as no value needed a backslash (JSON's \n is not PostgreSQL's).
  const values: unknown[] = new Array(rows.length);
  let plain = true;
  for (let index = 0; index < rows.length; index++) {
    const value = rows[index]![column];
    values[index] = value;
    if (typeof value === 'bigint' || (typeof value === 'object' && value !== null)) plain = false;
  }
  if (plain) {
    const json = JSON.stringify(values);
    if (!json.includes('\\')) return `{${json.slice(1, -1)}}`;
  }
  let out = '{';
  for (let index = 0; index < rows.length; index++) {
    if (index > 0) out += ',';
    const value = rows[index]![column] as SeedValue | Date;
    if (value === null || value === undefined) out += 'NULL';
    else if (typeof value === 'number' || typeof value === 'bigint') out += value;
    else if (typeof value === 'boolean') out += value ? 't' : 'f';
    else if (typeof value === 'string') {
      if (
        value !== '' &&
        !NEEDS_QUOTES.test(value) &&
        !(value.length === 4 && value.toLowerCase() === 'null')
      )
        out += value;
      else if (value.includes('"') || value.includes('\\'))
        out += `"${value.replace(/[\\"]/g, '\\$&')}"`;
      else out += `"${value}"`;
    } else if (Buffer.isBuffer(value)) out += `"\\\\x${value.toString('hex')}"`;
    else out += `"${value.toISOString()}"`;
  }
  return `${out}}`;
}

class PostgresWriter extends BaseWriter implements Writer {
  readonly dialect = 'postgres' as const;
  readonly quote = quoteWith('"');
  /**
   * Column types (without modifiers, so the column's own length and scale still check) by table.
   * `character` and `bit` without a length mean a length of 1 in a cast: bpchar and varbit do not.
   */
  private readonly types = new Map<string, Map<string, string>>();

  override async prepare(table: string): Promise<void> {
    if (this.types.has(table)) return;
    const rows = (await this.connection.query(
      `SELECT a.attname AS name, CASE a.atttypid WHEN 'bpchar'::regtype THEN 'bpchar' WHEN 'bit'::regtype THEN 'varbit' ELSE format_type(a.atttypid, NULL) END AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [this.quote(table)],
    )) as { name: string; type: string }[];
    this.types.set(table, new Map(rows.map((row) => [row.name, row.type])));
  }

  chunks(columns: string[], rows: SeedValue[][]): SeedValue[][][] {
    // PostgreSQL has no packet limit to keep under: the byte count only keeps statements to a
    // sane size, so when the first rows say the whole batch is small, it goes at once.
    const sample = Math.min(rows.length, 64);
    let sampleBytes = 0;
    for (let index = 0; index < sample; index++)
      for (const value of rows[index]!) sampleBytes += estimateBytes(value);
    if (
      rows.length <= POSTGRES_ROWS &&
      (sampleBytes / Math.max(1, sample)) * rows.length < POSTGRES_BYTES / 4
    )
      return [rows];
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
    const arrays = columns.map((_, column) => arrayLiteral(rows, column));
    // Arrays of the columns' own types: the server parses each element once, straight into its
    // type. An array-typed column goes as text and is cast (unnest would flatten it).
    const typeOf = (column: string): string => types.get(column) ?? 'text';
    const nested = (column: string): boolean => typeOf(column).endsWith(']');
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(', ')}) SELECT ${columns.map((column, index) => (nested(column) ? `u.c${index}::${typeOf(column)}` : `u.c${index}`)).join(', ')} FROM unnest(${columns.map((column, index) => `$${index + 1}::${nested(column) ? 'text' : typeOf(column)}[]`).join(', ')}) AS u(${columns.map((_, index) => `c${index}`).join(', ')})`;
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
