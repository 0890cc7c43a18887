/**
 * Compares two schema snapshots: one `SchemaChange` per difference, in a fixed order (tables by
 * name, and within a table: columns, primary key, uniques, indexes, foreign keys, checks; then
 * views, then enum types), each with a sentence a reviewer can read without the snapshots. And
 * `narrowing`: whether a column's new type can cut or reject values its old type holds.
 */
import type {
  CheckConstraint,
  ColumnSchema,
  ForeignKey,
  IndexSchema,
  SchemaChange,
  SchemaChangeKind,
  SchemaSnapshot,
  TableSchema,
  UniqueConstraint,
} from './types.js';

/**
 * Every difference between two snapshots of one database, `before` to `after`. Two snapshots of
 * the same schema give an empty list. Parts are matched by name (tables, columns, constraints,
 * indexes, views, enum types); a part whose content changed under the same name is one `...-changed`
 * change where the schema has such a kind, else a `...-dropped` and an `...-added` change (a
 * UNIQUE or CHECK constraint redefined under its old name). Throws when the two snapshots are of
 * different engines.
 */
export function diffSchemas(before: SchemaSnapshot, after: SchemaSnapshot): SchemaChange[] {
  if (before.dialect !== after.dialect) {
    // Each engine spells types, defaults and expressions its own way: every column would differ.
    throw new Error(
      `diffSchemas compares two snapshots of one engine; got ${before.dialect} (before) and ${after.dialect} (after).`,
    );
  }
  const changes: SchemaChange[] = [];
  const oldTables = indexByName(before.tables);
  const newTables = indexByName(after.tables);
  for (const name of unionOfNames(before.tables, after.tables)) {
    const was = oldTables.get(name);
    const now = newTables.get(name);
    if (was === undefined) {
      changes.push({
        kind: 'table-added',
        table: name,
        after: now,
        message: `table ${name}: added (${now!.columns.map((column) => column.name).join(', ')})`,
      });
    } else if (now === undefined) {
      changes.push({
        kind: 'table-dropped',
        table: name,
        before: was,
        message: `table ${name}: dropped (${was.columns.map((column) => column.name).join(', ')})`,
      });
    } else {
      diffTable(was, now, changes);
    }
  }

  const oldViews = indexByName(before.views);
  const newViews = indexByName(after.views);
  for (const name of unionOfNames(before.views, after.views)) {
    const was = oldViews.get(name);
    const now = newViews.get(name);
    if (was === undefined) {
      changes.push({ kind: 'view-added', table: name, after: now, message: `view ${name}: added` });
    } else if (now === undefined) {
      changes.push({
        kind: 'view-dropped',
        table: name,
        before: was,
        message: `view ${name}: dropped`,
      });
    } else if (was.definition !== now.definition) {
      changes.push({
        kind: 'view-changed',
        table: name,
        before: was,
        after: now,
        message: `view ${name}: definition ${clip(was.definition)} -> ${clip(now.definition)}`,
      });
    }
  }

  const oldEnums = indexByName(before.enums);
  const newEnums = indexByName(after.enums);
  for (const name of unionOfNames(before.enums, after.enums)) {
    const was = oldEnums.get(name);
    const now = newEnums.get(name);
    if (was === undefined) {
      changes.push({
        kind: 'enum-added',
        table: name,
        after: now,
        message: `enum type ${name}: added ${valueList(now!.values)}`,
      });
    } else if (now === undefined) {
      changes.push({
        kind: 'enum-dropped',
        table: name,
        before: was,
        message: `enum type ${name}: dropped ${valueList(was.values)}`,
      });
    } else if (!sameList(was.values, now.values)) {
      changes.push({
        kind: 'enum-changed',
        table: name,
        before: was,
        after: now,
        message: `enum type ${name}: values ${valueList(was.values)} -> ${valueList(now.values)}`,
      });
    }
  }
  return changes;
}

function diffTable(was: TableSchema, now: TableSchema, changes: SchemaChange[]): void {
  const table = was.name;
  const oldColumns = indexByName(was.columns);
  const newColumns = indexByName(now.columns);
  // Columns in the old table's order, then the added ones in the new table's order.
  for (const column of was.columns) {
    const after = newColumns.get(column.name);
    if (after === undefined) {
      changes.push({
        kind: 'column-dropped',
        table,
        name: column.name,
        before: column,
        message: `column ${table}.${column.name}: dropped (was ${describeColumn(column)})`,
      });
    } else {
      diffColumn(table, column, after, changes);
    }
  }
  for (const column of now.columns) {
    if (oldColumns.has(column.name)) continue;
    changes.push({
      kind: 'column-added',
      table,
      name: column.name,
      after: column,
      message: `column ${table}.${column.name}: added (${describeColumn(column)})`,
    });
  }
  const oldOrder = was.columns.map((c) => c.name).filter((name) => newColumns.has(name));
  const newOrder = now.columns.map((c) => c.name).filter((name) => oldColumns.has(name));
  if (!sameList(oldOrder, newOrder)) {
    changes.push({
      kind: 'column-order-changed',
      table,
      before: oldOrder,
      after: newOrder,
      message: `table ${table}: column order (${oldOrder.join(', ')}) -> (${newOrder.join(', ')})`,
    });
  }

  if (!sameList(was.primaryKey, now.primaryKey)) {
    changes.push({
      kind: 'primary-key-changed',
      table,
      before: was.primaryKey,
      after: now.primaryKey,
      message: `table ${table}: primary key ${keyList(was.primaryKey)} -> ${keyList(now.primaryKey)}`,
    });
  }

  diffNamed<UniqueConstraint>(table, was.uniques, now.uniques, changes, {
    what: 'unique',
    added: 'unique-added',
    dropped: 'unique-dropped',
    same: (a, b) => sameList(a.columns, b.columns),
    describe: (unique) => `(${unique.columns.join(', ')})`,
  });
  diffNamed<IndexSchema>(table, was.indexes, now.indexes, changes, {
    what: 'index',
    added: 'index-added',
    dropped: 'index-dropped',
    changed: 'index-changed',
    same: (a, b) => describeIndex(a) === describeIndex(b),
    describe: describeIndex,
    explain: (a, b) => `${describeIndex(a)} -> ${describeIndex(b)}`,
  });
  diffNamed<ForeignKey>(table, was.foreignKeys, now.foreignKeys, changes, {
    what: 'foreign key',
    added: 'foreign-key-added',
    dropped: 'foreign-key-dropped',
    changed: 'foreign-key-changed',
    same: (a, b) => explainForeignKey(a, b) === '',
    describe: describeForeignKey,
    explain: explainForeignKey,
  });
  diffNamed<CheckConstraint>(table, was.checks, now.checks, changes, {
    what: 'check',
    added: 'check-added',
    dropped: 'check-dropped',
    same: (a, b) => a.expression === b.expression,
    describe: (check) => `(${check.expression})`,
  });
}

function diffColumn(
  table: string,
  was: ColumnSchema,
  now: ColumnSchema,
  changes: SchemaChange[],
): void {
  const where = `column ${table}.${was.name}`;
  const push = (kind: SchemaChangeKind, message: string) =>
    changes.push({ kind, table, name: was.name, before: was, after: now, message });
  if (typeKey(was) !== typeKey(now)) {
    const reason = narrowing(was, now);
    push(
      'column-type-changed',
      `${where}: type ${describeType(was)} -> ${describeType(now)}${reason === undefined ? '' : ` (narrowing: ${reason})`}`,
    );
  }
  if (was.nullable !== now.nullable) {
    push(
      'column-nullability-changed',
      `${where}: ${was.nullable ? 'NULL' : 'NOT NULL'} -> ${now.nullable ? 'NULL' : 'NOT NULL'}`,
    );
  }
  if (was.default !== now.default) {
    push(
      'column-default-changed',
      `${where}: default ${was.default ?? 'none'} -> ${now.default ?? 'none'}`,
    );
  }
  if (describeGenerated(was) !== describeGenerated(now)) {
    push(
      'column-generated-changed',
      `${where}: generated ${describeGenerated(was)} -> ${describeGenerated(now)}`,
    );
  }
  if (!sameList(was.enumValues ?? [], now.enumValues ?? [])) {
    push(
      'column-enum-changed',
      `${where}: enum values ${valueList(was.enumValues ?? [])} -> ${valueList(now.enumValues ?? [])}`,
    );
  }
}

/**
 * What decides a type change: the declared type, its family and numbers. An enum's values are left
 * to `column-enum-changed` (MySQL spells them in the type), so one change is reported once.
 */
function typeKey(column: ColumnSchema): string {
  const type =
    column.family === 'enum' ? column.type.replace(/^enum\s*\(.*\)$/is, 'enum') : column.type;
  return JSON.stringify([
    type,
    column.family,
    column.length ?? null,
    column.precision ?? null,
    column.scale ?? null,
    column.unsigned ?? false,
  ]);
}

interface NamedDiff<T> {
  what: string;
  added: SchemaChangeKind;
  dropped: SchemaChangeKind;
  /** The kind for a change under the same name; without one, it is a drop and an add. */
  changed?: SchemaChangeKind;
  same(a: T, b: T): boolean;
  describe(item: T): string;
  explain?(a: T, b: T): string;
}

function diffNamed<T extends { name: string }>(
  table: string,
  was: T[],
  now: T[],
  changes: SchemaChange[],
  how: NamedDiff<T>,
): void {
  const oldItems = indexByName(was);
  const newItems = indexByName(now);
  for (const name of unionOfNames(was, now)) {
    const before = oldItems.get(name);
    const after = newItems.get(name);
    const where = `${how.what} ${table}.${name}`;
    const dropped = (item: T): SchemaChange => ({
      kind: how.dropped,
      table,
      name,
      before: item,
      message: `${where}: dropped ${how.describe(item)}`,
    });
    const added = (item: T): SchemaChange => ({
      kind: how.added,
      table,
      name,
      after: item,
      message: `${where}: added ${how.describe(item)}`,
    });
    if (before === undefined) changes.push(added(after!));
    else if (after === undefined) changes.push(dropped(before));
    else if (!how.same(before, after)) {
      if (how.changed === undefined) changes.push(dropped(before), added(after));
      else
        changes.push({
          kind: how.changed,
          table,
          name,
          before,
          after,
          message: `${where}: ${how.explain!(before, after)}`,
        });
    }
  }
}

function describeIndex(index: IndexSchema): string {
  const unique = index.unique ? 'unique ' : '';
  const where = index.where === undefined ? '' : ` where ${index.where}`;
  return `${unique}(${index.columns.join(', ')})${where}`;
}

function describeForeignKey(key: ForeignKey): string {
  return (
    `(${key.columns.join(', ')}) -> ${key.referencedTable}(${key.referencedColumns.join(', ')})` +
    ` on delete ${key.onDelete} on update ${key.onUpdate}`
  );
}

/** What differs between two foreign keys of one name, or '' when nothing does. */
function explainForeignKey(a: ForeignKey, b: ForeignKey): string {
  const parts: string[] = [];
  const target = (key: ForeignKey) =>
    `(${key.columns.join(', ')}) -> ${key.referencedTable}(${key.referencedColumns.join(', ')})`;
  if (target(a) !== target(b)) parts.push(`${target(a)} -> ${target(b)}`);
  if (a.onDelete !== b.onDelete) parts.push(`on delete ${a.onDelete} -> ${b.onDelete}`);
  if (a.onUpdate !== b.onUpdate) parts.push(`on update ${a.onUpdate} -> ${b.onUpdate}`);
  return parts.join(', ');
}

function describeType(column: ColumnSchema): string {
  // The family shows when the type's name alone hides it (MariaDB's JSON is a longtext).
  return column.family === 'json' && !/json/.test(column.type)
    ? `${column.type} (json)`
    : column.type;
}

function describeColumn(column: ColumnSchema): string {
  const parts = [describeType(column), column.nullable ? 'NULL' : 'NOT NULL'];
  if (column.default !== null) parts.push(`default ${column.default}`);
  if (column.generated !== null) parts.push(`generated ${describeGenerated(column)}`);
  return parts.join(' ');
}

function describeGenerated(column: ColumnSchema): string {
  if (column.generated === null) return 'none';
  return column.autoincrement === true ? `${column.generated} (AUTOINCREMENT)` : column.generated;
}

function keyList(columns: string[]): string {
  return columns.length === 0 ? 'none' : `(${columns.join(', ')})`;
}

function valueList(values: string[]): string {
  return `(${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')})`;
}

function clip(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}...`;
}

function indexByName<T extends { name: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.name, item]));
}

/** The names of both lists, sorted by code point. */
function unionOfNames(a: { name: string }[], b: { name: string }[]): string[] {
  return [...new Set([...a, ...b].map((item) => item.name))].sort((x, y) =>
    x < y ? -1 : x > y ? 1 : 0,
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

// ---------------------------------------------------------------------------------------------
// Narrowing.

/** Bits of an integer type, by its name. SQLite's INTEGER is 64-bit but is declared as such anyway. */
function integerBits(type: string): number {
  const t = type.replace(/\(.*?\)/g, '').trim();
  if (/^tinyint|^int1\b/.test(t)) return 8;
  if (/^smallint|^int2\b|^smallserial/.test(t)) return 16;
  if (/^mediumint|^int3\b/.test(t)) return 24;
  if (/^bigint|^int8\b|^bigserial|^serial8/.test(t)) return 64;
  return 32;
}

/** Decimal digits an integer of `bits` can need. */
function integerDigits(bits: number, unsigned: boolean): number {
  return String(2n ** BigInt(unsigned ? bits : bits - 1)).length;
}

const MYSQL_SIZED = /^(tiny|medium|long)(text|blob)\b/;

/**
 * The most characters (text) or bytes (binary) a column holds, Infinity when unbounded. TEXT and
 * BLOB are bounded (64 KiB) only on MySQL, where they stand beside TINY/MEDIUM/LONG kinds; a
 * snapshot's column does not carry its engine, so they count as bounded only next to such a kind.
 */
function capacity(column: ColumnSchema, other: ColumnSchema): number {
  if (column.length !== undefined) return column.length;
  const t = column.type;
  if (/^tiny(text|blob)\b/.test(t)) return 255;
  if (/^medium(text|blob)\b/.test(t)) return 16777215;
  if (/^long(text|blob)\b/.test(t)) return 4294967295;
  if (/^(text|blob)$/.test(t) && MYSQL_SIZED.test(other.type)) return 65535;
  return Infinity;
}

/** Fractional-second digits of a time or timestamp: PostgreSQL's default is 6, MySQL's 0. */
function secondsDigits(column: ColumnSchema): number {
  return column.precision ?? (/time zone|timestamptz|timetz/.test(column.type) ? 6 : 0);
}

/** Whether a float type is single precision. */
function isSingle(column: ColumnSchema): boolean {
  return /^(real|float4|float(\s*\(\s*([1-9]|1\d|2[0-4])\s*\))?$)/.test(column.type);
}

/**
 * Why the new column type can cut or reject values that the old one holds, or undefined when it
 * cannot: a shorter length, a smaller precision or scale, a smaller integer, signed to unsigned,
 * fewer enum values, or a change of family that is not a widening (text to integer, timestamp to
 * date, ...). Only the declared types are compared, not the data.
 */
export function narrowing(before: ColumnSchema, after: ColumnSchema): string | undefined {
  const from = before.family;
  const to = after.family;
  if (from === to) return narrowingWithinFamily(before, after);

  // Widenings: every value of the old family has a place in the new one.
  if (to === 'text') {
    const room = capacity(after, before);
    if (room === Infinity) return undefined;
    const need = neededCharacters(before);
    if (need !== undefined && need <= room) return undefined;
    return `${before.type} -> ${after.type}: values longer than ${room} characters do not fit`;
  }
  if (from === 'boolean' && (to === 'integer' || to === 'decimal' || to === 'float'))
    return undefined;
  if (from === 'integer' && to === 'decimal') {
    const need = integerDigits(integerBits(before.type), before.unsigned === true);
    const room = after.precision === undefined ? Infinity : after.precision - (after.scale ?? 0);
    return need <= room
      ? undefined
      : `${before.type} -> ${after.type}: integers of more than ${room} digits do not fit`;
  }
  if (from === 'integer' && to === 'float') {
    const mantissa = isSingle(after) ? 24 : 53;
    return integerBits(before.type) <= mantissa
      ? undefined
      : `${before.type} -> ${after.type}: integers beyond 2^${mantissa} lose precision`;
  }
  if (from === 'date' && to === 'timestamp') return undefined;
  if ((from === 'uuid' || from === 'json') && to === 'other') return undefined;
  return `family ${from} -> ${to} (${before.type} -> ${after.type}): values of the old type may not convert`;
}

/** Characters the text form of every value of the column fits in, when known. */
function neededCharacters(column: ColumnSchema): number | undefined {
  switch (column.family) {
    case 'uuid':
      return 36;
    case 'boolean':
      return 5;
    case 'integer':
      return integerDigits(integerBits(column.type), column.unsigned === true) + 1;
    case 'date':
      return 10;
    case 'enum':
      return Math.max(0, ...(column.enumValues ?? []).map((value) => value.length));
    case 'decimal':
      return column.precision === undefined ? undefined : column.precision + 2;
    default:
      return column.family === 'text' || column.family === 'binary' ? column.length : undefined;
  }
}

function narrowingWithinFamily(before: ColumnSchema, after: ColumnSchema): string | undefined {
  const change = `${before.type} -> ${after.type}`;
  switch (before.family) {
    case 'text':
    case 'binary': {
      const was = capacity(before, after);
      const now = capacity(after, before);
      if (now < was) {
        const unit = before.family === 'text' ? 'characters' : 'bytes';
        return `${change}: length ${was === Infinity ? 'unbounded' : was} -> ${now} ${unit}`;
      }
      return undefined;
    }
    case 'integer': {
      const was = integerBits(before.type);
      const now = integerBits(after.type);
      const wasUnsigned = before.unsigned === true;
      const nowUnsigned = after.unsigned === true;
      if (!wasUnsigned && nowUnsigned) return `${change}: signed -> unsigned (negative values)`;
      if (now < was) return `${change}: ${was}-bit -> ${now}-bit integer`;
      if (wasUnsigned && !nowUnsigned && now === was)
        return `${change}: unsigned -> signed of the same width (the upper half)`;
      return undefined;
    }
    case 'decimal': {
      if (after.precision === undefined) return undefined;
      const wasScale = before.scale ?? 0;
      const nowScale = after.scale ?? 0;
      if (before.precision === undefined)
        return `${change}: unbounded -> precision ${after.precision}`;
      if (nowScale < wasScale) return `${change}: scale ${wasScale} -> ${nowScale}`;
      if (after.precision - nowScale < before.precision - wasScale)
        return `${change}: ${before.precision - wasScale} -> ${after.precision - nowScale} digits before the point`;
      return undefined;
    }
    case 'float':
      return !isSingle(before) && isSingle(after)
        ? `${change}: double -> single precision`
        : undefined;
    case 'timestamp':
    case 'time': {
      const was = secondsDigits(before);
      const now = secondsDigits(after);
      return now < was ? `${change}: fractional seconds ${was} -> ${now} digits` : undefined;
    }
    case 'enum': {
      const kept = new Set(after.enumValues ?? []);
      const lost = (before.enumValues ?? []).filter((value) => !kept.has(value));
      return lost.length === 0 ? undefined : `enum values removed: ${valueList(lost)}`;
    }
    default:
      return undefined;
  }
}
