/**
 * Reads a whole schema from the database's own catalogue into a `SchemaSnapshot`: SQLite's pragmas
 * and sqlite_master, PostgreSQL's pg_catalog (the current schema), MySQL/MariaDB's
 * information_schema (the current database). On servers each catalogue is asked once for the whole
 * schema, never once per table, so a schema of dozens of tables reads in a few round trips.
 */
import {
  collapseWhitespace,
  isWord,
  nameOf,
  normalizeExpression,
  splitList,
  splitTokens,
  stringLiterals,
  tokenize,
  type Token,
} from './sql-text.js';
import type {
  CheckConstraint,
  ColumnFamily,
  ColumnSchema,
  EnumType,
  IndexSchema,
  ReferentialAction,
  SchemaSnapshot,
  SqlConnection,
  TableSchema,
  ViewSchema,
} from './types.js';

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
export async function readSchema(
  connection: SqlConnection,
  options: ReadSchemaOptions = {},
): Promise<SchemaSnapshot> {
  const excluded = new Set(options.excludeTables ?? []);
  let snapshot: SchemaSnapshot;
  if (connection.dialect === 'sqlite') snapshot = await readSqlite(connection);
  else if (connection.dialect === 'postgres') snapshot = await readPostgres(connection);
  else if (connection.dialect === 'mysql') snapshot = await readMysql(connection);
  else
    throw new Error(
      `readSchema: unknown dialect '${String(connection.dialect)}'; supported are sqlite, postgres and mysql.`,
    );
  return {
    dialect: snapshot.dialect,
    tables: byName(snapshot.tables.filter((table) => !excluded.has(table.name))),
    views: byName(snapshot.views.filter((view) => !excluded.has(view.name))),
    enums: byName(snapshot.enums),
  };
}

// ---------------------------------------------------------------------------------------------
// Types and families.

/** What a declared type (lower case) holds. */
export function familyOfType(type: string): ColumnFamily {
  const t = type.toLowerCase().trim();
  if (/^enum\s*\(/.test(t)) return 'enum';
  if (/\[\]$/.test(t)) return 'other';
  if (/^tinyint\s*\(\s*1\s*\)/.test(t)) return 'boolean';
  const base = t
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^bool(ean)?$/.test(base)) return 'boolean';
  if (base === 'uuid' || base === 'uniqueidentifier') return 'uuid';
  if (/^jsonb?$/.test(base)) return 'json';
  if (/^(numeric|decimal|dec|fixed)\b/.test(base)) return 'decimal';
  if (/^(real|float|double|float4|float8)\b/.test(base)) return 'float';
  if (/^((tiny|small|medium|big)?int(eger)?|int[248]|(small|big)?serial|serial[248])\b/.test(base))
    return 'integer';
  if (/unsigned big int/.test(base)) return 'integer';
  if (base === 'date') return 'date';
  if (/^(timestamp|datetime|smalldatetime|timestamptz)/.test(base)) return 'timestamp';
  if (/^(time|timetz)\b/.test(base)) return 'time';
  if (/blob|bytea|binary/.test(base)) return 'binary';
  if (/char|text|clob|string/.test(base)) return 'text';
  return 'other';
}

/** The numbers a declared type carries: `varchar(100)`, `numeric(10,2)`, `timestamp(3) ...`. */
function typeNumbers(type: string): number[] {
  const match = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(type);
  if (match === null) return [];
  return match[2] === undefined ? [Number(match[1])] : [Number(match[1]), Number(match[2])];
}

const PG_INTEGER_BITS: Record<string, number> = { smallint: 16, integer: 32, bigint: 64 };
const PG_FLOAT_BITS: Record<string, number> = { real: 24, 'double precision': 53 };

/**
 * A column with the fields its type implies. Optional fields are set only when known, so that
 * snapshots compare with deepStrictEqual.
 */
function makeColumn(fields: {
  name: string;
  type: string;
  family?: ColumnFamily;
  nullable: boolean;
  default: string | null;
  generated: string | null;
  enumValues?: string[];
  precision?: number;
  autoincrement?: boolean;
}): ColumnSchema {
  const type = collapseWhitespace(fields.type.toLowerCase());
  const family = fields.family ?? familyOfType(type);
  const column: ColumnSchema = {
    name: fields.name,
    type,
    family,
    nullable: fields.nullable,
    default: fields.default,
    generated: fields.generated,
  };
  const numbers = family === 'enum' ? [] : typeNumbers(type);
  if ((family === 'text' || family === 'binary') && numbers[0] !== undefined) {
    column.length = numbers[0];
  }
  if (family === 'decimal' && numbers[0] !== undefined) {
    column.precision = numbers[0];
    column.scale = numbers[1] ?? 0;
  }
  if ((family === 'timestamp' || family === 'time') && numbers[0] !== undefined) {
    column.precision = numbers[0];
  }
  if ((family === 'integer' || family === 'float') && fields.precision !== undefined) {
    column.precision = fields.precision;
  }
  if (/\bunsigned\b/.test(type)) column.unsigned = true;
  if (fields.enumValues !== undefined) column.enumValues = fields.enumValues;
  // A fixed key order keeps snapshots readable when printed.
  return {
    name: column.name,
    type: column.type,
    family: column.family,
    ...(column.length !== undefined && { length: column.length }),
    ...(column.precision !== undefined && { precision: column.precision }),
    ...(column.scale !== undefined && { scale: column.scale }),
    ...(column.unsigned !== undefined && { unsigned: column.unsigned }),
    nullable: column.nullable,
    default: column.default,
    generated: column.generated,
    ...(fields.autoincrement === true && { autoincrement: true as const }),
    ...(column.enumValues !== undefined && { enumValues: column.enumValues }),
  };
}

function emptyTable(name: string): TableSchema {
  return {
    name,
    columns: [],
    primaryKey: [],
    uniques: [],
    indexes: [],
    foreignKeys: [],
    checks: [],
  };
}

function compareNames(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort(compareNames);
}

/** Sorts a table's named parts; the columns keep table order. */
function finishTable(table: TableSchema): TableSchema {
  return {
    name: table.name,
    columns: table.columns,
    primaryKey: table.primaryKey,
    uniques: byName(table.uniques),
    indexes: byName(table.indexes),
    foreignKeys: byName(table.foreignKeys),
    checks: byName(table.checks),
  };
}

const ACTIONS: Record<string, ReferentialAction> = {
  'NO ACTION': 'NO ACTION',
  RESTRICT: 'RESTRICT',
  CASCADE: 'CASCADE',
  'SET NULL': 'SET NULL',
  'SET DEFAULT': 'SET DEFAULT',
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function actionOf(value: unknown): ReferentialAction {
  const text = String(value ?? 'NO ACTION');
  return ACTIONS[text] ?? ACTIONS[text.toUpperCase()] ?? 'NO ACTION';
}

/** A string from a driver's value (mysql2 may hand text of binary collation as a Buffer). */
function str(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

/** A JSON array from a driver (parsed already by pg, or still text). */
function jsonArray(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return (parsed as unknown[]).map((item) => String(item));
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't' || value === 'YES';
}

// ---------------------------------------------------------------------------------------------
// SQLite.

interface ParsedSqliteTable {
  /** Column-level facts from the CREATE TABLE text, by column name. */
  columns: Map<string, { generated?: string; enumValues?: string[]; autoincrement: boolean }>;
  checks: CheckConstraint[];
  uniqueNames: { name: string; columns: string[] }[];
  withoutRowid: boolean;
}

/** Reads what only the CREATE TABLE text holds: CHECKs, constraint names, generated expressions. */
function parseCreateTable(table: string, sql: string): ParsedSqliteTable {
  const parsed: ParsedSqliteTable = {
    columns: new Map(),
    checks: [],
    uniqueNames: [],
    withoutRowid: /\)\s*without\s+rowid\s*;?\s*$/i.test(sql),
  };
  const tokens = tokenize(sql);
  // The column list is the first group before any AS (`CREATE TABLE t AS SELECT ...` has none).
  const as = tokens.findIndex((token) => isWord(token, 'AS'));
  const body = tokens
    .slice(0, as === -1 ? tokens.length : as)
    .find((token) => token.kind === 'group');
  if (body === undefined) return parsed;
  const addCheck = (name: string | undefined, expression: string) => {
    const normalized = normalizeExpression(expression);
    const checkName = name ?? normalized;
    if (!parsed.checks.some((check) => check.name === checkName)) {
      parsed.checks.push({ name: checkName, expression: normalized });
    }
  };
  for (const part of splitTokens(tokenize(body.value))) {
    const first = part[0]!;
    const isConstraint =
      isWord(first, 'CONSTRAINT') ||
      isWord(first, 'CHECK') ||
      isWord(first, 'UNIQUE') ||
      isWord(first, 'FOREIGN') ||
      (isWord(first, 'PRIMARY') && isWord(part[1], 'KEY'));
    if (isConstraint) {
      let name: string | undefined;
      let i = 0;
      if (isWord(first, 'CONSTRAINT')) {
        name = nameOf(part[1]);
        i = 2;
      }
      if (isWord(part[i], 'CHECK') && part[i + 1]?.kind === 'group')
        addCheck(name, part[i + 1]!.value);
      if (isWord(part[i], 'UNIQUE') && part[i + 1]?.kind === 'group' && name !== undefined) {
        parsed.uniqueNames.push({ name, columns: columnList(part[i + 1]!.value) });
      }
      continue;
    }
    const column = nameOf(first);
    if (column === undefined) continue;
    const facts: { generated?: string; enumValues?: string[]; autoincrement: boolean } = {
      autoincrement: false,
    };
    let pendingName: string | undefined;
    for (let i = 1; i < part.length; i++) {
      const token = part[i]!;
      if (isWord(token, 'CONSTRAINT')) {
        pendingName = nameOf(part[i + 1]);
        i++;
      } else if (isWord(token, 'CHECK') && part[i + 1]?.kind === 'group') {
        const expression = part[i + 1]!.value;
        const values = pendingName === undefined ? enumCheck(column, expression) : undefined;
        if (values !== undefined) facts.enumValues = values;
        else addCheck(pendingName, expression);
        pendingName = undefined;
        i++;
      } else if (isWord(token, 'AS') && part[i + 1]?.kind === 'group') {
        facts.generated = normalizeExpression(part[i + 1]!.value);
        i++;
      } else if (isWord(token, 'AUTOINCREMENT')) {
        facts.autoincrement = true;
      } else if (isWord(token, 'UNIQUE') && pendingName !== undefined) {
        parsed.uniqueNames.push({ name: pendingName, columns: [column] });
        pendingName = undefined;
      } else if (!isWord(token, 'NOT') && !isWord(token, 'NULL') && token.kind === 'word') {
        // Any other clause ends a pending CONSTRAINT name's reach only when it is one of its own.
        if (/^(PRIMARY|UNIQUE|DEFAULT|COLLATE|REFERENCES|GENERATED)$/i.test(token.value)) {
          pendingName = undefined;
        }
      }
    }
    parsed.columns.set(column, facts);
  }
  return parsed;
}

/** `"col" IN ('a','b')` on that very column: the enum's values (TypeORM's simple-enum on SQLite). */
function enumCheck(column: string, expression: string): string[] | undefined {
  const tokens = tokenize(expression);
  if (tokens.length !== 3) return undefined;
  const [subject, keyword, list] = tokens as [Token, Token, Token];
  if (nameOf(subject) !== column || subject.kind === 'string') return undefined;
  if (!isWord(keyword, 'IN') || list.kind !== 'group') return undefined;
  return stringLiterals(list.value);
}

/** The names in a `("a", "b")` column list. */
function columnList(text: string): string[] {
  return splitList(text).map((item) => {
    const tokens = tokenize(item);
    return nameOf(tokens[0]) ?? item;
  });
}

/** An index's key expressions and WHERE predicate, from its CREATE INDEX text. */
function parseCreateIndex(sql: string | null): { keys: string[]; where?: string } {
  if (sql === null) return { keys: [] };
  const tokens = tokenize(sql);
  const on = tokens.findIndex((token) => isWord(token, 'ON'));
  const group = tokens.slice(on + 1).find((token) => token.kind === 'group');
  const keys = group === undefined ? [] : splitList(group.value).map(normalizeExpression);
  const where = tokens.findIndex((token) => isWord(token, 'WHERE'));
  return where === -1
    ? { keys }
    : { keys, where: normalizeExpression(sql.slice(tokens[where]!.end).replace(/;\s*$/, '')) };
}

async function readSqlite(connection: SqlConnection): Promise<SchemaSnapshot> {
  // Table-valued pragmas join over sqlite_master: a handful of statements for the whole schema.
  const master: { type: string; name: string; tbl_name: string; sql: string | null }[] =
    await connection.query(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE type IN ('table', 'view', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
    );
  const columns: {
    tbl: string;
    cid: number;
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
    hidden: number;
  }[] = await connection.query(
    `SELECT m.name AS tbl, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
       FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, p.cid`,
  );
  const indexColumns: {
    tbl: string;
    idx: string;
    uniq: number;
    origin: string;
    partial: number;
    seqno: number;
    cid: number;
    col: string | null;
  }[] = await connection.query(
    `SELECT m.name AS tbl, il.name AS idx, il."unique" AS uniq, il.origin, il.partial,
            ii.seqno, ii.cid, ii.name AS col
       FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, il.name, ii.seqno`,
  );
  const foreignKeys: {
    tbl: string;
    id: number;
    seq: number;
    table: string;
    from: string;
    to: string | null;
    on_update: string;
    on_delete: string;
  }[] = await connection.query(
    `SELECT m.name AS tbl, fk.id, fk.seq, fk."table", fk."from", fk."to", fk.on_update, fk.on_delete
       FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, fk.id, fk.seq`,
  );

  const tables = new Map<string, TableSchema>();
  const parsed = new Map<string, ParsedSqliteTable>();
  const indexSql = new Map<string, string | null>();
  const views: ViewSchema[] = [];
  for (const row of master) {
    if (row.type === 'table') {
      // Virtual tables (FTS, R*Tree) have no ordinary catalogue; their shadow tables do.
      if (/^\s*create\s+virtual\b/i.test(row.sql ?? '')) continue;
      tables.set(row.name, emptyTable(row.name));
      parsed.set(row.name, parseCreateTable(row.name, row.sql ?? ''));
    } else if (row.type === 'view') {
      views.push({ name: row.name, definition: viewBody(row.sql ?? '') });
    } else {
      indexSql.set(row.name, row.sql);
    }
  }

  const pkOrder = new Map<string, { name: string; pk: number; type: string }[]>();
  for (const row of columns) {
    const table = tables.get(row.tbl);
    if (table === undefined || Number(row.hidden) === 1) continue;
    const facts = parsed.get(row.tbl)!.columns.get(row.name);
    const hidden = Number(row.hidden);
    const generated = hidden === 2 || hidden === 3 ? (facts?.generated ?? '') : null;
    table.columns.push(
      makeColumn({
        name: row.name,
        type: row.type ?? '',
        family: facts?.enumValues === undefined ? undefined : 'enum',
        nullable: Number(row.notnull) === 0,
        // TypeORM's rebuild writes `DEFAULT (x)` for a `DEFAULT x`: one spelling for both.
        default:
          generated === null && row.dflt_value !== null
            ? normalizeExpression(row.dflt_value)
            : null,
        generated,
        enumValues: facts?.enumValues,
        autoincrement: facts?.autoincrement,
      }),
    );
    if (Number(row.pk) > 0) {
      const list = pkOrder.get(row.tbl) ?? [];
      list.push({ name: row.name, pk: Number(row.pk), type: row.type ?? '' });
      pkOrder.set(row.tbl, list);
    }
  }
  for (const [name, keys] of pkOrder) {
    const table = tables.get(name)!;
    table.primaryKey = keys.sort((a, b) => a.pk - b.pk).map((key) => key.name);
    // INTEGER PRIMARY KEY is the rowid: the database fills it (AUTOINCREMENT or not), and never NULL.
    if (
      keys.length === 1 &&
      keys[0]!.type.toUpperCase() === 'INTEGER' &&
      !parsed.get(name)!.withoutRowid
    ) {
      const column = table.columns.find((candidate) => candidate.name === keys[0]!.name)!;
      column.generated = 'identity';
      column.nullable = false;
    }
  }

  // Indexes, grouped by name (rows are in seqno order).
  const grouped = new Map<string, typeof indexColumns>();
  for (const row of indexColumns) {
    const key = `${row.tbl}\u0000${row.idx}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  for (const rows of grouped.values()) {
    const first = rows[0]!;
    const table = tables.get(first.tbl);
    if (table === undefined || first.origin === 'pk') continue;
    const sqlText = indexSql.get(first.idx) ?? null;
    const text = parseCreateIndex(sqlText);
    const keys = rows.map((row, i) =>
      row.col === null || Number(row.cid) < 0 ? (text.keys[i] ?? '<expression>') : row.col,
    );
    if (first.origin === 'u') {
      const named = parsed
        .get(first.tbl)!
        .uniqueNames.find((unique) => sameList(unique.columns, keys));
      table.uniques.push({
        name: named?.name ?? `${first.tbl}_${keys.join('_')}_key`,
        columns: keys,
      });
      continue;
    }
    const index: IndexSchema = { name: first.idx, columns: keys, unique: Number(first.uniq) === 1 };
    if (Number(first.partial) === 1 && text.where !== undefined) index.where = text.where;
    table.indexes.push(index);
  }

  // Foreign keys, grouped by id.
  const fkGroups = new Map<string, typeof foreignKeys>();
  for (const row of foreignKeys) {
    const key = `${row.tbl}\u0000${row.id}`;
    fkGroups.set(key, [...(fkGroups.get(key) ?? []), row]);
  }
  for (const rows of fkGroups.values()) {
    const first = rows[0]!;
    const table = tables.get(first.tbl);
    if (table === undefined) continue;
    const columnsOf = rows.map((row) => row.from);
    // `REFERENCES parent` without columns means the parent's primary key.
    const parentKey = tables.get(first.table)?.primaryKey ?? [];
    const referenced = rows.map((row, i) => row.to ?? parentKey[i] ?? '');
    table.foreignKeys.push({
      // SQLite keeps no constraint names in its catalogue: one made from the columns, stable.
      name: `${first.tbl}_${columnsOf.join('_')}_fkey`,
      columns: columnsOf,
      referencedTable: first.table,
      referencedColumns: referenced,
      onDelete: actionOf(first.on_delete),
      onUpdate: actionOf(first.on_update),
    });
  }
  for (const [name, table] of tables) table.checks = parsed.get(name)!.checks;

  return {
    dialect: 'sqlite',
    tables: [...tables.values()].map(finishTable),
    views: byName(views),
    enums: [],
  };
}

/** A CREATE VIEW statement's query: the text after its top-level AS. */
function viewBody(sql: string): string {
  const tokens = tokenize(sql);
  const as = tokens.findIndex((token) => isWord(token, 'AS'));
  return collapseWhitespace((as === -1 ? sql : sql.slice(tokens[as]!.end)).replace(/;\s*$/, ''));
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL.

async function readPostgres(connection: SqlConnection): Promise<SchemaSnapshot> {
  const [columns, constraints, indexes, views, enums] = await Promise.all([
    connection.query(
      `SELECT c.relname AS table_name, a.attname AS name,
              format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
              pg_get_expr(d.adbin, d.adrelid) AS default_value,
              a.attidentity AS identity, a.attgenerated AS generated,
              t.typname AS type_name,
              CASE WHEN t.typtype = 'e' THEN
                (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e
                  WHERE e.enumtypid = t.oid) END AS enum_values
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         LEFT JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY c.relname, a.attnum`,
    ),
    connection.query(
      `SELECT cl.relname AS table_name, co.conname AS name, co.contype AS type,
              (SELECT json_agg(a.attname ORDER BY k.i)
                 FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum) AS columns,
              rf.relname AS referenced_table,
              (SELECT json_agg(a.attname ORDER BY k.i)
                 FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum)
                AS referenced_columns,
              co.confdeltype AS on_delete, co.confupdtype AS on_update,
              CASE WHEN co.contype = 'c' THEN pg_get_constraintdef(co.oid, true) END AS definition
         FROM pg_constraint co
         JOIN pg_class cl ON cl.oid = co.conrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         LEFT JOIN pg_class rf ON rf.oid = co.confrelid
        WHERE n.nspname = current_schema() AND co.contype IN ('p', 'u', 'f', 'c')
          AND cl.relkind IN ('r', 'p')`,
    ),
    connection.query(
      `SELECT t.relname AS table_name, i.relname AS name, x.indisunique AS is_unique,
              (SELECT json_agg(pg_get_indexdef(x.indexrelid, k, true) ORDER BY k)
                 FROM generate_series(1, x.indnkeyatts) AS k) AS columns,
              pg_get_expr(x.indpred, x.indrelid, true) AS predicate
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p') AND NOT x.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint co
                           WHERE co.conindid = x.indexrelid AND co.conrelid = x.indrelid
                             AND co.contype IN ('p', 'u', 'x'))`,
    ),
    connection.query(
      `SELECT c.relname AS name, pg_get_viewdef(c.oid, true) AS definition
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')`,
    ),
    connection.query(
      `SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS enum_values
         FROM pg_type t
         JOIN pg_namespace n ON n.oid = t.typnamespace
         JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = current_schema()
        GROUP BY t.typname`,
    ),
  ]);

  const tables = new Map<string, TableSchema>();
  for (const row of columns as Record<string, unknown>[]) {
    const tableName = str(row.table_name);
    let table = tables.get(tableName);
    if (table === undefined) tables.set(tableName, (table = emptyTable(tableName)));
    if (row.name === null) continue;
    const type = str(row.type);
    const typeName = str(row.type_name);
    let defaultValue = strOrNull(row.default_value);
    let generated: string | null = null;
    if (str(row.generated) === 's') {
      generated = normalizeExpression(defaultValue ?? '');
      defaultValue = null;
    } else if (str(row.identity) === 'a' || str(row.identity) === 'd') {
      generated = 'identity';
    } else if (defaultValue !== null && /^nextval\(/i.test(defaultValue)) {
      // serial: the sequence fills the column just as an identity does.
      generated = 'identity';
      defaultValue = null;
    }
    const enumValues = row.enum_values === null ? undefined : jsonArray(row.enum_values);
    table.columns.push(
      makeColumn({
        name: str(row.name),
        type,
        family: enumValues === undefined ? (typeName === 'uuid' ? 'uuid' : undefined) : 'enum',
        nullable: !truthy(row.notnull),
        default: defaultValue,
        generated,
        enumValues,
        precision: PG_INTEGER_BITS[type] ?? PG_FLOAT_BITS[type],
      }),
    );
  }

  for (const row of constraints as Record<string, unknown>[]) {
    const table = tables.get(str(row.table_name));
    if (table === undefined) continue;
    const name = str(row.name);
    const columnsOf = jsonArray(row.columns);
    switch (str(row.type)) {
      case 'p':
        table.primaryKey = columnsOf;
        break;
      case 'u':
        table.uniques.push({ name, columns: columnsOf });
        break;
      case 'f':
        table.foreignKeys.push({
          name,
          columns: columnsOf,
          referencedTable: str(row.referenced_table),
          referencedColumns: jsonArray(row.referenced_columns),
          onDelete: actionOf(str(row.on_delete)),
          onUpdate: actionOf(str(row.on_update)),
        });
        break;
      case 'c': {
        const definition = str(row.definition)
          .replace(/^\s*check\s*/i, '')
          .replace(/\s+no inherit\s*$/i, '')
          .replace(/\s+not valid\s*$/i, '');
        table.checks.push({ name, expression: normalizeExpression(definition) });
        break;
      }
    }
  }

  for (const row of indexes as Record<string, unknown>[]) {
    const table = tables.get(str(row.table_name));
    if (table === undefined) continue;
    const index: IndexSchema = {
      name: str(row.name),
      columns: jsonArray(row.columns).map(unquoteIdentifier),
      unique: truthy(row.is_unique),
    };
    const predicate = strOrNull(row.predicate);
    if (predicate !== null) index.where = normalizeExpression(predicate);
    table.indexes.push(index);
  }

  return {
    dialect: 'postgres',
    tables: [...tables.values()].map(finishTable),
    views: (views as Record<string, unknown>[]).map((row) => ({
      name: str(row.name),
      definition: collapseWhitespace(str(row.definition).replace(/;\s*$/, '')),
    })),
    enums: (enums as Record<string, unknown>[]).map((row): EnumType => ({
      name: str(row.name),
      values: jsonArray(row.enum_values),
    })),
  };
}

/** `"userId"` as PostgreSQL prints a key column: `userId`. Expressions stay as they are. */
function unquoteIdentifier(text: string): string {
  const tokens = tokenize(text);
  return tokens.length === 1 && tokens[0]!.kind === 'ident' ? tokens[0]!.value : text;
}

// ---------------------------------------------------------------------------------------------
// MySQL and MariaDB.

/** A row with upper-case keys: MySQL 8 and MariaDB spell information_schema's columns alike then. */
function upperKeys(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key.toUpperCase()] = value;
  return out;
}

async function readMysql(connection: SqlConnection): Promise<SchemaSnapshot> {
  const [tableRows, columnRows, statRows, fkRows, checkRows, viewRows] = await Promise.all([
    connection.query(
      `SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()`,
    ),
    connection.query(
      `SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,
              NUMERIC_PRECISION, EXTRA, GENERATION_EXPRESSION
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    ),
    // SELECT *: MySQL 8 adds EXPRESSION (functional key parts), which MariaDB does not have.
    connection.query(
      `SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
        ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    ),
    connection.query(
      `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
              k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
         FROM information_schema.KEY_COLUMN_USAGE k
         JOIN information_schema.REFERENTIAL_CONSTRAINTS r
           ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
          AND r.TABLE_NAME = k.TABLE_NAME
        WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
        ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    ),
    readMysqlChecks(connection),
    connection.query(
      `SELECT TABLE_NAME, VIEW_DEFINITION, DATABASE() AS DB
         FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()`,
    ),
  ]);

  const tables = new Map<string, TableSchema>();
  for (const raw of tableRows as Record<string, unknown>[]) {
    const row = upperKeys(raw);
    if (str(row.TABLE_TYPE) === 'VIEW') continue;
    if (str(row.TABLE_TYPE) === 'SEQUENCE') continue;
    tables.set(str(row.TABLE_NAME), emptyTable(str(row.TABLE_NAME)));
  }

  // Checks first: MariaDB's JSON is a longtext with a json_valid() check, which makes its family.
  const jsonColumns = new Set<string>();
  for (const check of checkRows) {
    const table = tables.get(check.table);
    if (table === undefined) continue;
    const json = /^json_valid\(\s*`?([^`()]+)`?\s*\)$/i.exec(check.expression);
    if (json !== null && (check.level === 'Column' || check.name === json[1])) {
      jsonColumns.add(`${check.table}\u0000${json[1]}`);
      continue;
    }
    table.checks.push({ name: check.name, expression: check.expression });
  }

  for (const raw of columnRows as Record<string, unknown>[]) {
    const row = upperKeys(raw);
    const table = tables.get(str(row.TABLE_NAME));
    if (table === undefined) continue;
    const name = str(row.COLUMN_NAME);
    const type = str(row.COLUMN_TYPE);
    const extra = str(row.EXTRA).toLowerCase();
    const expression = str(row.GENERATION_EXPRESSION);
    let generated: string | null = null;
    if (/generated|virtual|stored|persistent/.test(extra) && expression !== '') {
      generated = normalizeExpression(expression);
    } else if (extra.includes('auto_increment')) {
      generated = 'identity';
    }
    let defaultValue = strOrNull(row.COLUMN_DEFAULT);
    // MariaDB states "no default" on a NULL-able column as the text NULL (a string would be 'NULL').
    if (defaultValue === 'NULL' || generated !== null) defaultValue = null;
    const isEnum = /^enum\s*\(/i.test(type);
    const family: ColumnFamily | undefined = jsonColumns.has(`${table.name}\u0000${name}`)
      ? 'json'
      : undefined;
    table.columns.push(
      makeColumn({
        name,
        type,
        family,
        nullable: str(row.IS_NULLABLE) === 'YES',
        default: defaultValue,
        generated,
        enumValues: isEnum
          ? (stringLiterals(type.replace(/^enum\s*\(|\)$/gi, '')) ?? [])
          : undefined,
        precision:
          row.NUMERIC_PRECISION === null || row.NUMERIC_PRECISION === undefined
            ? undefined
            : Number(row.NUMERIC_PRECISION),
      }),
    );
  }

  const fkNames = new Set<string>();
  const fkGroups = new Map<string, Record<string, unknown>[]>();
  for (const raw of fkRows as Record<string, unknown>[]) {
    const row = upperKeys(raw);
    const key = `${str(row.TABLE_NAME)}\u0000${str(row.CONSTRAINT_NAME)}`;
    fkGroups.set(key, [...(fkGroups.get(key) ?? []), row]);
  }
  for (const [key, rows] of fkGroups) {
    fkNames.add(key);
    const first = rows[0]!;
    const table = tables.get(str(first.TABLE_NAME));
    if (table === undefined) continue;
    table.foreignKeys.push({
      name: str(first.CONSTRAINT_NAME),
      columns: rows.map((row) => str(row.COLUMN_NAME)),
      referencedTable: str(first.REFERENCED_TABLE_NAME),
      referencedColumns: rows.map((row) => str(row.REFERENCED_COLUMN_NAME)),
      onDelete: actionOf(first.DELETE_RULE),
      onUpdate: actionOf(first.UPDATE_RULE),
    });
  }

  const indexGroups = new Map<string, Record<string, unknown>[]>();
  for (const raw of statRows as Record<string, unknown>[]) {
    const row = upperKeys(raw);
    const key = `${str(row.TABLE_NAME)}\u0000${str(row.INDEX_NAME)}`;
    indexGroups.set(key, [...(indexGroups.get(key) ?? []), row]);
  }
  for (const [key, rows] of indexGroups) {
    const first = rows[0]!;
    const table = tables.get(str(first.TABLE_NAME));
    if (table === undefined) continue;
    const name = str(first.INDEX_NAME);
    const keys = rows.map((row) => {
      const column =
        row.COLUMN_NAME === null || row.COLUMN_NAME === undefined
          ? normalizeExpression(str(row.EXPRESSION))
          : str(row.COLUMN_NAME);
      return row.SUB_PART === null || row.SUB_PART === undefined
        ? column
        : `${column}(${str(row.SUB_PART)})`;
    });
    if (name === 'PRIMARY') {
      table.primaryKey = keys;
      continue;
    }
    const unique = Number(first.NON_UNIQUE) === 0;
    // MySQL has no UNIQUE constraint apart from its unique index (TABLE_CONSTRAINTS lists each
    // unique index as one), so unique indexes are the table's unique constraints.
    if (unique) {
      table.uniques.push({ name, columns: keys });
      continue;
    }
    // The index InnoDB made for a foreign key carries the key's name: it belongs to the key.
    if (fkNames.has(key)) continue;
    table.indexes.push({ name, columns: keys, unique: false });
  }

  return {
    dialect: 'mysql',
    tables: [...tables.values()].map(finishTable),
    views: (viewRows as Record<string, unknown>[]).map((raw) => {
      const row = upperKeys(raw);
      // The catalogue qualifies names with the database, which differs between two copies.
      const qualifier = `\`${str(row.DB).replace(/`/g, '``')}\`.`;
      return {
        name: str(row.TABLE_NAME),
        definition: collapseWhitespace(str(row.VIEW_DEFINITION).split(qualifier).join('')),
      };
    }),
    enums: [],
  };
}

/**
 * The CHECK constraints of the current database with their tables. MariaDB's CHECK_CONSTRAINTS
 * names the table (and its names are per table); MySQL 8's does not, so its names (unique per
 * schema) are matched through TABLE_CONSTRAINTS. Servers older than CHECK_CONSTRAINTS have none.
 */
async function readMysqlChecks(
  connection: SqlConnection,
): Promise<{ table: string; name: string; expression: string; level?: string }[]> {
  let rows: Record<string, unknown>[];
  try {
    rows = (
      (await connection.query(
        `SELECT * FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`,
      )) as Record<string, unknown>[]
    ).map(upperKeys);
  } catch (error) {
    if (/CHECK_CONSTRAINTS/i.test(String((error as Error).message))) return [];
    throw error;
  }
  if (rows.length === 0) return [];
  let tableOf: (row: Record<string, unknown>) => string = (row) => str(row.TABLE_NAME);
  if (!('TABLE_NAME' in rows[0]!)) {
    const owners = new Map<string, string>();
    const constraints = (await connection.query(
      `SELECT CONSTRAINT_NAME, TABLE_NAME FROM information_schema.TABLE_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_TYPE = 'CHECK'`,
    )) as Record<string, unknown>[];
    for (const raw of constraints) {
      const row = upperKeys(raw);
      owners.set(str(row.CONSTRAINT_NAME), str(row.TABLE_NAME));
    }
    tableOf = (row) => owners.get(str(row.CONSTRAINT_NAME)) ?? '';
  }
  return rows.map((row) => ({
    table: tableOf(row),
    name: str(row.CONSTRAINT_NAME),
    expression: normalizeExpression(str(row.CHECK_CLAUSE)),
    ...(row.LEVEL !== undefined && { level: str(row.LEVEL) }),
  }));
}
