/**
 * How `compareDatabases` compares and prints single values. Strict by default: NULL is not '',
 * 1 is not '1', strings are compared code unit by code unit (NFC and NFD differ), buffers byte by
 * byte and floats exactly. `normalize` relaxes only the engine differences it names.
 */
import { isDeepStrictEqual } from 'node:util';

/** Which engine differences to forgive. Each is off unless asked for. */
export interface NormalizeOptions {
  /** `true`/`false` equals `1`/`0` (PostgreSQL booleans vs SQLite/MySQL integers). */
  booleans?: boolean;
  /** A `Date` equals a string for the same instant (SQLite stores dates as text; no zone means UTC). */
  dates?: boolean;
  /** A number equals a string holding the same number (PostgreSQL numeric/bigint, MySQL decimal/bigint come back as strings). */
  numericStrings?: boolean;
}

/** What `compareValues` found. */
export type ValueVerdict = 'equal' | 'changed' | 'type';

/** The value's kind as the comparator sees it. NULL (and undefined) is its own kind. */
export type ValueKind =
  'null' | 'number' | 'bigint' | 'string' | 'boolean' | 'binary' | 'date' | 'object';

/** The kind of a value read from a driver. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Uint8Array) return 'binary';
  if (value instanceof Date) return 'date';
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'bigint':
      return 'bigint';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TEXT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A string's instant in ms when it looks like a date (no zone: UTC, as TypeORM writes SQLite dates), else NaN. */
function parseDateText(text: string): number {
  const match = DATE_TEXT.exec(text.trim());
  if (match === null) return Number.NaN;
  const [, day, time, zone] = match;
  let iso = `${day}T${time ?? '00:00:00'}`;
  if (zone === undefined || zone === 'Z') iso += 'Z';
  else
    iso +=
      zone.length === 3
        ? `${zone}:00`
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return Date.parse(iso);
}

/** A decimal string in one canonical form ('+01.50' and '1.5' give '1.5'), or undefined if it has an exponent. */
export function canonicalDecimal(text: string): string | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return undefined;
  const intPart = match[2].replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const sign = match[1] === '-' && (intPart !== '0' || fraction !== '') ? '-' : '';
  return `${sign}${intPart}${fraction === '' ? '' : `.${fraction}`}`;
}

/** Whether a number (or bigint) and a numeric string hold the same number. */
function sameNumber(value: number | bigint, text: string, tolerance: number | undefined): boolean {
  if (!NUMERIC.test(text.trim())) return false;
  if (tolerance !== undefined) return Math.abs(Number(value) - Number(text)) <= tolerance;
  const a = canonicalDecimal(String(value));
  const b = canonicalDecimal(text);
  // Exponent forms (1e+21) fall back to the number they denote.
  return a !== undefined && b !== undefined ? a === b : Number(value) === Number(text);
}

/** Compares two values from the old and the new side. */
export function compareValues(
  oldValue: unknown,
  newValue: unknown,
  normalize: NormalizeOptions,
  tolerance?: number,
): ValueVerdict {
  let a = oldValue;
  let b = newValue;
  let ka = kindOf(a);
  let kb = kindOf(b);
  if (ka !== kb && ka !== 'null' && kb !== 'null') {
    if (normalize.booleans && (ka === 'boolean') !== (kb === 'boolean')) {
      // Only 0 and 1 stand for booleans; true vs 2 stays a type difference.
      const other = ka === 'boolean' ? b : a;
      if (other === 0 || other === 1 || other === 0n || other === 1n) {
        if (ka === 'boolean') [a, ka] = [a ? 1 : 0, 'number'];
        else [b, kb] = [b ? 1 : 0, 'number'];
        if (typeof a === 'bigint') [a, ka] = [Number(a), 'number'];
        if (typeof b === 'bigint') [b, kb] = [Number(b), 'number'];
      }
    }
    if (
      normalize.dates &&
      ((ka === 'date' && kb === 'string') || (ka === 'string' && kb === 'date'))
    ) {
      const ta = ka === 'date' ? (a as Date).getTime() : parseDateText(a as string);
      const tb = kb === 'date' ? (b as Date).getTime() : parseDateText(b as string);
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta === tb ? 'equal' : 'changed';
    }
    if (normalize.numericStrings) {
      const numeric = (k: ValueKind) => k === 'number' || k === 'bigint';
      if (numeric(ka) && kb === 'string' && NUMERIC.test((b as string).trim())) {
        return sameNumber(a as number | bigint, b as string, tolerance) ? 'equal' : 'changed';
      }
      if (numeric(kb) && ka === 'string' && NUMERIC.test((a as string).trim())) {
        return sameNumber(b as number | bigint, a as string, tolerance) ? 'equal' : 'changed';
      }
      if (numeric(ka) && numeric(kb)) {
        return sameNumber(a as number | bigint, String(b), tolerance) ? 'equal' : 'changed';
      }
    }
  }
  if (ka === 'null' || kb === 'null') return ka === kb ? 'equal' : 'changed';
  if (ka !== kb) return 'type';
  switch (ka) {
    case 'number': {
      const x = a as number;
      const y = b as number;
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) && Number.isNaN(y) ? 'equal' : 'changed';
      if (tolerance !== undefined) return Math.abs(x - y) <= tolerance ? 'equal' : 'changed';
      return x === y ? 'equal' : 'changed';
    }
    case 'binary':
      return Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))
        ? 'equal'
        : 'changed';
    case 'date': {
      const x = (a as Date).getTime();
      const y = (b as Date).getTime();
      return x === y || (Number.isNaN(x) && Number.isNaN(y)) ? 'equal' : 'changed';
    }
    case 'object':
      return isDeepStrictEqual(a, b) ? 'equal' : 'changed';
    default:
      return a === b ? 'equal' : 'changed';
  }
}

const SHOWN_CHARS = 60;

/** A value as a message shows it: 'text' in quotes, NULL, numbers as written, bytes in hex. */
export function formatValue(value: unknown): string {
  switch (kindOf(value)) {
    case 'null':
      return 'NULL';
    case 'string': {
      const text = value as string;
      const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text;
      const quoted = `'${shown.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
      return text.length > SHOWN_CHARS ? `${quoted} (${text.length} characters)` : quoted;
    }
    case 'bigint':
      return `${String(value)}n`;
    case 'binary': {
      const bytes = Buffer.from(value as Uint8Array);
      const hex = bytes
        .subarray(0, 16)
        .toString('hex')
        .replace(/(..)(?!$)/g, '$1 ');
      return `<${bytes.length} bytes: ${hex}${bytes.length > 16 ? ' ...' : ''}>`;
    }
    case 'date':
      return Number.isNaN((value as Date).getTime())
        ? 'Invalid Date'
        : (value as Date).toISOString();
    case 'object': {
      const json = JSON.stringify(value) ?? String(value);
      return json.length > SHOWN_CHARS * 2 ? `${json.slice(0, SHOWN_CHARS * 2)}...` : json;
    }
    default:
      return String(value);
  }
}

/**
 * Why two values that print alike are not equal, or what is special about the change (a cut-off
 * string, another Unicode normalisation, the first differing byte). Empty when nothing to add.
 */
export function explainChange(oldValue: unknown, newValue: unknown): string {
  if (typeof oldValue === 'string' && typeof newValue === 'string') {
    if (oldValue.normalize('NFC') === newValue.normalize('NFC')) {
      const form = (s: string) =>
        s === s.normalize('NFC') ? 'NFC' : s === s.normalize('NFD') ? 'NFD' : 'mixed';
      return ` (same characters in another Unicode normalization: old is ${form(oldValue)}, new is ${form(newValue)})`;
    }
    if (newValue.length < oldValue.length && oldValue.startsWith(newValue)) {
      return ` (cut off: ${newValue.length} of ${oldValue.length} characters kept)`;
    }
    if (oldValue.trim() === newValue.trim()) return ' (only whitespace at the ends differs)';
  }
  if (oldValue instanceof Uint8Array && newValue instanceof Uint8Array) {
    const a = Buffer.from(oldValue);
    const b = Buffer.from(newValue);
    if (a.length !== b.length) return ` (${a.length} bytes became ${b.length})`;
    const at = a.findIndex((byte, i) => byte !== b[i]);
    if (at >= 0) {
      const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;
      return ` (first difference at byte ${at}: ${hex(a[at])} became ${hex(b[at])})`;
    }
  }
  // A float that lost precision prints alike at a glance: show by how much it moved.
  if (
    typeof oldValue === 'number' &&
    typeof newValue === 'number' &&
    !(Number.isInteger(oldValue) && Number.isInteger(newValue))
  ) {
    return ` (difference ${newValue - oldValue})`;
  }
  return '';
}

/** Orders key values as the databases do when asked for a binary order (see db-dialect's `orderExpression`). */
export function compareKeyValues(a: unknown, b: unknown, numericColumn: boolean): number {
  const rank = (v: unknown): number => {
    const k = kindOf(v);
    if (k === 'null') return 0;
    if (
      k === 'number' ||
      k === 'bigint' ||
      k === 'boolean' ||
      (numericColumn && k === 'string' && NUMERIC.test(v as string))
    )
      return 1;
    if (k === 'date') return 2;
    if (k === 'string') return 3;
    if (k === 'binary') return 4;
    return 5;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1: {
      const x = typeof a === 'boolean' ? Number(a) : a;
      const y = typeof b === 'boolean' ? Number(b) : b;
      const integer = (v: unknown) =>
        typeof v === 'bigint' ||
        (typeof v === 'number' ? Number.isInteger(v) : /^[+-]?\d+$/.test(String(v)));
      if (integer(x) && integer(y)) {
        const bx = BigInt(x as string | number | bigint);
        const by = BigInt(y as string | number | bigint);
        return bx < by ? -1 : bx > by ? 1 : 0;
      }
      return Math.sign(Number(x) - Number(y));
    }
    case 2:
      return Math.sign((a as Date).getTime() - (b as Date).getTime());
    case 3:
      // UTF-8 byte order is code point order, which is what the binary collations give.
      return Buffer.compare(Buffer.from(a as string, 'utf8'), Buffer.from(b as string, 'utf8'));
    case 4:
      return Buffer.compare(Buffer.from(a as Uint8Array), Buffer.from(b as Uint8Array));
    default:
      return Buffer.compare(Buffer.from(formatValue(a)), Buffer.from(formatValue(b)));
  }
}
