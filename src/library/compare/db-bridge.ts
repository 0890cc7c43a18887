/**
 * Comparing by logical value where the two sides' columns are not the same type: two engines (a
 * service moving from SQLite or MariaDB to PostgreSQL), or one engine whose migration changed a
 * column's type. Each engine's driver hands back its own representation of the same value
 * (booleans as 0/1 or true/false, a bigint as a string, a DECIMAL as text, a DATETIME as a string
 * or a Date read in the local zone), so a strict comparison reports every row. A bridge reads both
 * sides' values as the one logical value their declared types hold, column by column, and compares
 * those: only a change that the two declared types cannot explain is a difference.
 *
 * Same engine and same declared type: no bridge, strict as always (`1` is not `'1'` there).
 * Families that hold different things (an integer against text) have no bridge either: the strict
 * comparison reports the change of type.
 */
import { isDeepStrictEqual } from 'node:util';
import { familyOfType } from '../schema/read.js';
import type { ColumnFamily } from '../schema/types.js';
import type { ColumnInfo, Dialect } from './db-dialect.js';
import { canonicalDecimal, formatValue, kindOf, type ValueVerdict } from './db-values.js';

/** The logical value a bridge compares. */
export type BridgeKind =
  'boolean' | 'integer' | 'decimal' | 'float' | 'timestamp' | 'date' | 'time' | 'json';

/** One column compared by logical value, and how. */
export interface ColumnBridge {
  /** The column's name on the new side. */
  column: string;
  /** Its name on the old side (the same unless renamed). */
  oldColumn: string;
  /** The old side's declared type, as its database states it. */
  oldType: string;
  /** The new side's declared type. */
  newType: string;
  /** What both sides' values are read as. */
  as: BridgeKind;
  /** How, in a few words: `0/1 and false/true as booleans`, `decimals at scale 4`, ... */
  rule: string;
}

/** One side of a column, as a bridge needs it. */
interface ColumnSide {
  dialect: Dialect;
  column: ColumnInfo;
  family: ColumnFamily;
}

/** A bridged column: its description, the comparison, and what a message shows of a change. */
export interface BridgedColumn {
  bridge: ColumnBridge;
  /** Compares an old and a new value by logical value. */
  compare(oldValue: unknown, newValue: unknown): ValueVerdict;
  /** The two logical values of a change, for the message; empty when they add nothing. */
  explain(oldValue: unknown, newValue: unknown): string;
}

/** The declared type in one spelling: lower case, whitespace collapsed. */
function spelled(type: string): string {
  return type.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The numbers of a declared type: `numeric(12,4)` gives [12, 4]. */
function typeNumbers(type: string): number[] {
  const match = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(type);
  if (match === null) return [];
  return match[2] === undefined ? [Number(match[1])] : [Number(match[1]), Number(match[2])];
}

/**
 * The family of a side's column. SQLite has no date, time or boolean storage: what its declared
 * type says is all there is, and a TEXT column is where a SQLite schema keeps its dates.
 */
function familyOf(dialect: Dialect, column: ColumnInfo): ColumnFamily {
  const family = familyOfType(column.type);
  // SQLite's NUMERIC affinity words that familyOfType does not know.
  if (dialect === 'sqlite' && family === 'other' && /^numeric|^number/.test(spelled(column.type)))
    return 'decimal';
  return family;
}

/** Which bridge a pair of families takes, or undefined when they hold different things. */
function bridgeKind(a: ColumnSide, b: ColumnSide): BridgeKind | undefined {
  const families = new Set([a.family, b.family]);
  const only = (...allowed: ColumnFamily[]) => [...families].every((f) => allowed.includes(f));
  const has = (family: ColumnFamily) => families.has(family);
  if (has('boolean') && only('boolean', 'integer')) return 'boolean';
  if (only('integer')) return 'integer';
  if (only('integer', 'decimal')) return 'decimal';
  if (only('integer', 'decimal', 'float')) return 'float';
  // SQLite keeps dates and times in text: a TEXT column there against a date type elsewhere.
  const sqliteText = (side: ColumnSide) => side.dialect === 'sqlite' && side.family === 'text';
  const dateLike = (side: ColumnSide) =>
    side.family === 'timestamp' || side.family === 'date' || sqliteText(side);
  if (has('time') && [a, b].every((s) => s.family === 'time' || sqliteText(s))) return 'time';
  if ((has('timestamp') || has('date')) && dateLike(a) && dateLike(b))
    return has('date') ? 'date' : 'timestamp';
  // MariaDB's JSON is a LONGTEXT with a check, and SQLite's is TEXT.
  if (has('json') && only('json', 'text')) return 'json';
  return undefined;
}

/**
 * The bridge of a column pair, or undefined when the strict comparison applies: same engine and
 * same declared type, or families that hold different things.
 */
export function bridgeColumn(
  oldDialect: Dialect,
  oldColumn: ColumnInfo,
  newDialect: Dialect,
  newColumn: ColumnInfo,
  tolerance: number | undefined,
): BridgedColumn | undefined {
  if (oldDialect === newDialect && spelled(oldColumn.type) === spelled(newColumn.type))
    return undefined;
  const a: ColumnSide = {
    dialect: oldDialect,
    column: oldColumn,
    family: familyOf(oldDialect, oldColumn),
  };
  const b: ColumnSide = {
    dialect: newDialect,
    column: newColumn,
    family: familyOf(newDialect, newColumn),
  };
  const kind = bridgeKind(a, b);
  if (kind === undefined) return undefined;
  const made = BRIDGES[kind](a, b, tolerance);
  return {
    bridge: {
      column: newColumn.name,
      oldColumn: oldColumn.name,
      oldType: oldColumn.type,
      newType: newColumn.type,
      as: kind,
      rule: made.rule,
    },
    compare: made.compare,
    explain: made.explain,
  };
}

/** What a column's declared type says of its values, as the SQL that writes its logical value needs it. */
export interface DeclaredForm {
  /** The column's family (SQLite's NUMERIC words as decimal). */
  family: ColumnFamily;
  /** A 4-byte float (PostgreSQL real, MySQL FLOAT up to 24 bits). */
  float4: boolean;
  /** Fractional digits of seconds kept (date and time). */
  fractionDigits: number;
  /** Holds instants (PostgreSQL timestamptz, MySQL TIMESTAMP) rather than wall-clock times. */
  zoned: boolean;
  /** The declared scale of a decimal (`numeric(12,4)`: 4); 0 when none is declared. */
  scale: number;
}

/** The declared form of a column, read the way the bridges read it (see `bridgeColumn`). */
export function declaredForm(dialect: Dialect, column: ColumnInfo): DeclaredForm {
  const side: ColumnSide = { dialect, column, family: familyOf(dialect, column) };
  return {
    family: side.family,
    float4: isFloat4(side),
    fractionDigits: fractionDigits(side),
    zoned: isZoned(side),
    scale: typeNumbers(column.type)[1] ?? 0,
  };
}

/** What a bridge kind makes of a column pair. */
type BridgeMaker = (
  a: ColumnSide,
  b: ColumnSide,
  tolerance: number | undefined,
) => Pick<BridgedColumn, 'compare' | 'explain'> & { rule: string };

/**
 * A comparison over logical values: NULL only equals NULL; a value its side cannot read as the
 * logical kind (`'abc'` in an integer column of SQLite) is a `type` difference when the kinds
 * differ, else `changed`.
 */
function byLogical<T>(
  readOld: (value: unknown) => T | undefined,
  readNew: (value: unknown) => T | undefined,
  same: (x: T, y: T) => boolean,
  show: (x: T) => string,
): Pick<BridgedColumn, 'compare' | 'explain'> {
  return {
    compare(oldValue, newValue) {
      const oldNull = oldValue === null || oldValue === undefined;
      const newNull = newValue === null || newValue === undefined;
      if (oldNull || newNull) return oldNull && newNull ? 'equal' : 'changed';
      const x = readOld(oldValue);
      const y = readNew(newValue);
      if (x === undefined || y === undefined) {
        if (kindOf(oldValue) !== kindOf(newValue)) return 'type';
        return isDeepStrictEqual(oldValue, newValue) ? 'equal' : 'changed';
      }
      return same(x, y) ? 'equal' : 'changed';
    },
    explain(oldValue, newValue) {
      const x = oldValue === null || oldValue === undefined ? undefined : readOld(oldValue);
      const y = newValue === null || newValue === undefined ? undefined : readNew(newValue);
      if (x === undefined || y === undefined) return '';
      return ` (compared as ${show(x)} and ${show(y)})`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Booleans and numbers.

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 0n || value === '0') return false;
  if (value === 1 || value === 1n || value === '1') return true;
  return undefined;
}

const INTEGER_TEXT = /^[+-]?\d+$/;

function readInteger(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : undefined;
  if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) return BigInt(value.trim());
  return undefined;
}

/**
 * A decimal side's values as canonical decimal text. A float that a SQLite DECIMAL(p,s) column
 * holds is read at the declared scale (0.1 + 0.2 in a DECIMAL(12,4) is 0.3000); text and integers
 * are exact as they are.
 */
function decimalReader(side: ColumnSide): (value: unknown) => string | undefined {
  const integer = side.family === 'integer';
  const scale = integer ? 0 : typeNumbers(side.column.type)[1];
  return (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return undefined;
      if (Number.isInteger(value)) return canonicalDecimal(value.toFixed(0));
      // A fraction in a SQLite INTEGER column is not an integer read at scale 0: left to the
      // strict comparison, it shows as the change it is.
      if (integer) return undefined;
      if (scale !== undefined) return canonicalDecimal(value.toFixed(scale));
      return canonicalDecimal(String(value)) ?? canonicalDecimal(value.toFixed(20));
    }
    if (typeof value === 'string') return canonicalDecimal(value);
    return undefined;
  };
}

/** Whether a side's float is 4 bytes (PostgreSQL real, MySQL FLOAT up to 24 bits); SQLite's REAL is 8. */
function isFloat4(side: ColumnSide): boolean {
  if (side.family !== 'float' || side.dialect === 'sqlite') return false;
  const t = spelled(side.column.type);
  if (side.dialect === 'postgres')
    return (
      t === 'real' ||
      t === 'float4' ||
      (/^float\s*\((\d+)\)/.test(t) && Number(typeNumbers(t)[0]) <= 24)
    );
  if (!/^float/.test(t)) return false;
  const bits = typeNumbers(t);
  // FLOAT(M,D) is 4 bytes; FLOAT(p) is 4 bytes up to p = 24.
  return bits.length !== 1 || bits[0] <= 24;
}

function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()))
    return Number(value);
  return undefined;
}

const BRIDGES: Record<BridgeKind, BridgeMaker> = {
  boolean: () => ({
    rule: '0/1 and false/true as booleans',
    ...byLogical(readBoolean, readBoolean, (x, y) => x === y, String),
  }),
  integer: () => ({
    rule: 'integers of any width (numbers, bigints or digit strings) by value',
    ...byLogical(readInteger, readInteger, (x, y) => x === y, String),
  }),
  decimal: (a, b, tolerance) => {
    const scales = [a, b]
      .filter((s) => s.family === 'decimal')
      .map((s) => typeNumbers(s.column.type)[1])
      .filter((s) => s !== undefined);
    return {
      rule:
        `exact decimals by value` +
        (scales.length > 0 ? ` (declared scale ${[...new Set(scales)].join(' and ')})` : '') +
        (tolerance === undefined ? '' : `, within ${tolerance}`),
      ...byLogical(
        decimalReader(a),
        decimalReader(b),
        (x, y) =>
          x === y || (tolerance !== undefined && Math.abs(Number(x) - Number(y)) <= tolerance),
        (x) => x,
      ),
    };
  },
  float: (a, b, tolerance) => {
    // MySQL sends a FLOAT as text of 6 significant digits, so a 4-byte float compares at that;
    // elsewhere a 4-byte float is exact in single precision.
    const mysqlFloat4 = [a, b].some((s) => s.dialect === 'mysql' && isFloat4(s));
    const float4 = [a, b].some(isFloat4);
    const reduce = mysqlFloat4
      ? (x: number) => Number(x.toPrecision(6))
      : float4
        ? Math.fround
        : (x: number) => x;
    const rule = mysqlFloat4
      ? 'floats at the 4-byte side’s precision (6 significant digits, as MySQL sends FLOAT)'
      : float4
        ? 'floats at the 4-byte side’s precision (single precision)'
        : 'floats as doubles';
    const same = (x: number, y: number): boolean => {
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
      if (tolerance !== undefined && Math.abs(x - y) <= tolerance) return true;
      return reduce(x) === reduce(y);
    };
    return {
      rule: tolerance === undefined ? rule : `${rule}, within ${tolerance}`,
      ...byLogical(readNumber, readNumber, same, String),
    };
  },
  timestamp: (a, b) => {
    const digits = Math.min(fractionDigits(a), fractionDigits(b));
    return {
      rule: `date and time at ${PRECISION_NAMES[Math.min(digits, 6)]} precision; ${zoneRule(a, 'old')}, ${zoneRule(b, 'new')}`,
      ...timeComparison(timestampReader(a), timestampReader(b), digits, formatMicros),
    };
  },
  date: (a, b) => ({
    rule: `dates by day${[a, b].some((s) => s.family !== 'date') ? ' (a date and time as its day)' : ''}`,
    ...byLogical(
      dayReader(a),
      dayReader(b),
      (x, y) => x === y,
      (x) => x,
    ),
  }),
  time: (a, b) => {
    const digits = Math.min(fractionDigits(a), fractionDigits(b));
    return {
      rule: `times of day at ${PRECISION_NAMES[Math.min(digits, 6)]} precision`,
      ...timeComparison(readTime, readTime, digits, formatTime),
    };
  },
  json: () => ({
    rule: 'JSON by value (text parsed; key order and spacing ignored)',
    ...byLogical(readJson, readJson, isDeepStrictEqual, (x) => formatValue(x.value)),
  }),
};

// ---------------------------------------------------------------------------------------------
// Date and time.

const PRECISION_NAMES = [
  'second',
  'tenth of a second',
  'hundredth of a second',
  'millisecond',
  '10-microsecond',
  '100-microsecond',
  'microsecond',
];

/**
 * Fractional digits of seconds a side keeps: the declared precision (PostgreSQL 6 by default,
 * MySQL 0), 6 for SQLite text (as written). A driver's Date keeps 3 at most, which the readers
 * deal with by reading both sides at the coarser precision.
 */
function fractionDigits(side: ColumnSide): number {
  if (side.dialect === 'sqlite') return 6;
  const declared = typeNumbers(side.column.type)[0];
  if (declared !== undefined) return declared;
  return side.dialect === 'postgres' ? 6 : 0;
}

/** Whether a side's column holds instants (PostgreSQL timestamptz, MySQL TIMESTAMP). */
function isZoned(side: ColumnSide): boolean {
  const t = spelled(side.column.type);
  if (side.dialect === 'postgres') return /with time zone|timestamptz/.test(t);
  return side.dialect === 'mysql' && /^timestamp/.test(t);
}

function zoneRule(side: ColumnSide, name: string): string {
  if (isZoned(side)) return `${name} ${spelled(side.column.type)} as an instant`;
  return `${name} ${spelled(side.column.type) || 'untyped'} (no zone) as UTC`;
}

const DATE_TIME_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Microseconds since the epoch of a date-time text; no zone means UTC. */
function parseMicros(text: string): number | undefined {
  const m = DATE_TIME_TEXT.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  let ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  );
  if (Number.isNaN(ms)) return undefined;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  }
  const micros = Number(((fraction ?? '') + '000000').slice(0, 6));
  return ms * 1000 + micros;
}

/**
 * A side's date-time values as microseconds since the epoch, with the zone made explicit: an
 * instant for zoned columns, the wall-clock time taken as UTC for the others. Drivers read a
 * zone-less column (timestamp without time zone, DATETIME) into a Date in the process's local
 * zone, so its local fields are the wall-clock time as stored (except a time in the hour that a
 * daylight-saving change skips in that zone, which no Date holds: run in UTC to be safe).
 */
function timestampReader(side: ColumnSide): (value: unknown) => number | undefined {
  const zoned = isZoned(side);
  return (value) => {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (Number.isNaN(ms)) return undefined;
      if (zoned) return ms * 1000;
      return (
        Date.UTC(
          value.getFullYear(),
          value.getMonth(),
          value.getDate(),
          value.getHours(),
          value.getMinutes(),
          value.getSeconds(),
          value.getMilliseconds(),
        ) * 1000
      );
    }
    if (typeof value === 'string') return parseMicros(value);
    return undefined;
  };
}

/** A side's dates as `YYYY-MM-DD` (a date and time: its day, as the timestamp reader sees it). */
function dayReader(side: ColumnSide): (value: unknown) => string | undefined {
  const asTimestamp = timestampReader(side);
  return (value) => {
    if (value instanceof Date && side.family === 'date') {
      // Drivers read a DATE as local midnight.
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
    }
    const micros = asTimestamp(value);
    return micros === undefined
      ? undefined
      : new Date(Math.floor(micros / 1000)).toISOString().slice(0, 10);
  };
}

const TIME_TEXT = /^(-?)(\d{1,3}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** A time of day (`HH:MM:SS.ffffff`, MySQL's TIME may pass 24 h or be negative) in microseconds. */
function readTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIME_TEXT.exec(value.trim());
  if (m === null) return undefined;
  const [, sign, h, mi, s, fraction] = m;
  const micros =
    ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1e6 +
    Number(((fraction ?? '') + '000000').slice(0, 6));
  return sign === '-' ? -micros : micros;
}

function formatMicros(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const rest = micros - ms * 1000;
  const iso = new Date(ms).toISOString();
  return rest === 0 ? iso : iso.replace('Z', `${String(rest).padStart(3, '0')}Z`);
}

function formatTime(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const seconds = Math.floor(abs / 1e6);
  const fraction = abs - seconds * 1e6;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${sign}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction === 0 ? text : `${text}.${String(fraction).padStart(6, '0')}`;
}

/**
 * Times at the coarser side's precision: the finer value, cut off or rounded to it (engines do
 * either when they store a finer value), must give the coarser one. A shift of whole hours says so
 * in the message: it is what a time zone applied on one side only looks like.
 */
function timeComparison(
  readOld: (value: unknown) => number | undefined,
  readNew: (value: unknown) => number | undefined,
  digits: number,
  show: (micros: number) => string,
): Pick<BridgedColumn, 'compare' | 'explain'> {
  const unit = 10 ** (6 - Math.max(0, Math.min(6, digits)));
  const same = (x: number, y: number): boolean =>
    x === y ||
    Math.floor(x / unit) === Math.floor(y / unit) ||
    Math.round(x / unit) === Math.round(y / unit);
  const base = byLogical(readOld, readNew, same, show);
  return {
    compare: base.compare,
    explain(oldValue, newValue) {
      const text = base.explain(oldValue, newValue);
      const x = oldValue === null || oldValue === undefined ? undefined : readOld(oldValue);
      const y = newValue === null || newValue === undefined ? undefined : readNew(newValue);
      if (text === '' || x === undefined || y === undefined) return text;
      const shift = y - x;
      const hours = shift / 3_600e6;
      if (shift !== 0 && Math.abs(hours) <= 14 && Number.isInteger(hours * 4))
        return `${text.slice(0, -1)}; moved by ${hours > 0 ? '+' : ''}${hours} h, as a time zone applied on one side only would)`;
      return text;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON.

/** A JSON value, boxed so that a JSON null is not taken for "not readable". */
interface JsonValue {
  value: unknown;
}

/**
 * A JSON column's value: drivers parse some JSON types themselves (PostgreSQL json and jsonb,
 * MySQL JSON, MariaDB's when it says so) and hand back the text of the others; text that does not
 * parse is a JSON string the driver parsed already.
 */
function readJson(value: unknown): JsonValue | undefined {
  if (value instanceof Uint8Array || value instanceof Date) return undefined;
  if (typeof value === 'string') {
    try {
      return { value: JSON.parse(value) };
    } catch {
      return { value };
    }
  }
  return { value };
}
