/**
 * Values for one column: edge values for the first rows, random values after them, an injective
 * sequence for columns that must not repeat (keys, UNIQUE), and a safe value to retry a row that a
 * CHECK refused. Values come out in one engine-neutral form (numbers, bigints, strings, booleans,
 * Buffers, null); the writer turns them into each engine's own form.
 */
import type { ColumnSchema, Dialect } from '../schema/types.js';
import { Random } from './random.js';

/** A column left out of the row so that its default applies. */
export const OMIT: unique symbol = Symbol('omit');

/** What a column's value can be before the writer encodes it. */
export type SeedValue = string | number | bigint | boolean | Buffer | null;

/** How one column gets its values. */
export interface ColumnValues {
  /** The values of the first rows, in order (NULL at the second place when the column allows it). */
  edges: SeedValue[];
  /** A random value (advances the column's generator). */
  random(): SeedValue;
  /** The k-th value of a sequence that never repeats, for k below `capacity` (never NULL). */
  unique(k: number): SeedValue;
  /** How many distinct values `unique` can give. */
  capacity: number;
  /** A value most CHECK constraints accept: the smallest positive, a short word, a day in 2000. */
  safe: SeedValue;
}

/** What a column's values depend on besides the column: the engine, the seed, the table, and whether a CHECK names it. */
export interface ValueOptions {
  dialect: Dialect;
  seed: number;
  table: string;
  /** Random values kept small and positive, edge values left out (the column is in a CHECK). */
  cautious: boolean;
  /** What the table's CHECKs say of the column, when they say it plainly (`qty >= 0`, `length(code) <= 3`). */
  bounds?: Bounds;
}

/** Limits a CHECK puts on one column, read from its plainest forms. */
export interface Bounds {
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** Characters at most. */
  maxLength?: number;
  /** `col <> ''`. */
  nonEmpty?: boolean;
}

function withinBounds(value: SeedValue, bounds: Bounds): boolean {
  if (value === null) return true;
  if (typeof value === 'string' && bounds.nonEmpty && value === '') return false;
  if (bounds.min === undefined && bounds.max === undefined) return true;
  const number = typeof value === 'boolean' || Buffer.isBuffer(value) ? NaN : Number(value);
  if (Number.isNaN(number)) return true;
  if (
    bounds.min !== undefined &&
    (bounds.minExclusive ? number <= bounds.min : number < bounds.min)
  )
    return false;
  if (
    bounds.max !== undefined &&
    (bounds.maxExclusive ? number >= bounds.max : number > bounds.max)
  )
    return false;
  return true;
}

/** A number inside the bounds, for when random draws keep falling outside them. */
function insideBounds(bounds: Bounds): number {
  if (bounds.min !== undefined) {
    const low = bounds.minExclusive ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min);
    return bounds.max === undefined || low <= bounds.max ? low : bounds.min;
  }
  if (bounds.max !== undefined)
    return bounds.maxExclusive ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max);
  return 1;
}

/** The values kept inside the bounds: edges outside them dropped, random draws tried again. */
function bounded(values: ColumnValues, bounds: Bounds): ColumnValues {
  const random = values.random;
  return {
    ...values,
    edges: values.edges.filter((value) => withinBounds(value, bounds)),
    random: () => {
      for (let attempt = 0; attempt < 8; attempt++) {
        const value = random();
        if (withinBounds(value, bounds)) return value;
      }
      return insideBounds(bounds);
    },
    safe: withinBounds(values.safe, bounds) ? values.safe : insideBounds(bounds),
  };
}

const WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
  'november',
  'oscar',
  'papa',
  'naïve',
  'café',
  'Zürich',
  '東京',
  'Ελλάδα',
  'emoji 🎉',
  "O'Brien",
  'back\\slash',
];

/** Distinct random texts per column (a power of two). */
const POOL_SIZE = 4096;
/** Characters at most in the "maximum length" edge value of a type without a limit. */
const UNLIMITED_TEXT_EDGE = 4000;
/** Characters at most in a key's "maximum length" value: a PostgreSQL b-tree entry holds about 2700 bytes. */
const KEY_TEXT_EDGE = 1000;

/** Code points of `text`, cut to `length` code points at most. */
function cut(text: string, length: number | undefined): string {
  if (length === undefined || text.length <= length) return text;
  return Array.from(text).slice(0, length).join('');
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** 0 → 'a' ... : a lowercase base-36 numeral, the core of every unique text value. */
function base36(k: number): string {
  return k.toString(36);
}

/** The integer range of a column, from its type's name (the same name on every engine). */
export function integerRange(column: ColumnSchema): { min: bigint; max: bigint } {
  const type = column.type.toLowerCase();
  if (/^year\b/.test(type)) return { min: 1901n, max: 2155n };
  let bits = 32;
  if (/tinyint|int1\b/.test(type)) bits = 8;
  else if (/smallint|int2\b|smallserial/.test(type)) bits = 16;
  else if (/mediumint|int3\b/.test(type)) bits = 24;
  else if (/bigint|int8\b|bigserial/.test(type)) bits = 64;
  if (column.unsigned) return { min: 0n, max: (1n << BigInt(bits)) - 1n };
  return { min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n };
}

/** A bigint as a number when that is exact, else the bigint itself. */
function exact(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** A small integer kept inside the type's range (the range's ends as numbers are close enough here). */
function clampNumber(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Distinct values dealt out in a set order: these first, then `rest(j)` for j from 0. */
function sequence(
  first: SeedValue[],
  restCapacity: number,
  rest: (j: number) => SeedValue,
): Pick<ColumnValues, 'unique' | 'capacity'> {
  return {
    capacity: first.length + restCapacity,
    unique: (k) => (k < first.length ? first[k]! : rest(k - first.length)),
  };
}

function integerValues(
  column: ColumnSchema,
  random: Random,
  cautious: boolean,
  bounds: Bounds | undefined,
): ColumnValues {
  let { min, max } = integerRange(column);
  // A CHECK's plain bounds narrow the type's range, so the edges are the CHECK's own extremes.
  if (bounds?.min !== undefined) {
    const low = BigInt(bounds.minExclusive ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min));
    if (low > min && low <= max) min = low;
  }
  if (bounds?.max !== undefined) {
    const high = BigInt(bounds.maxExclusive ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max));
    if (high < max && high >= min) max = high;
  }
  const zero = min > 0n ? min : max < 0n ? max : 0n;
  const edges = cautious
    ? []
    : [...new Set([zero, -1n, max, min, 1n].filter((v) => v >= min && v <= max))].map(exact);
  const low = Number(min > -(2n ** 53n) ? min : -(2n ** 53n));
  const high = Number(max < 2n ** 53n ? max : 2n ** 53n);
  const positives = Number(max - zero - 1n > 2n ** 52n ? 2n ** 52n : max - zero - 1n);
  const negatives = Number(zero - min - 1n > 2n ** 52n ? 2n ** 52n : zero - min - 1n);
  const uniqueFirst = [...new Set([zero, max, min])].map(exact);
  const minNumber = Number(min);
  const maxNumber = Number(max);
  const zeroNumber = Number(zero);
  return {
    edges,
    random: () => {
      if (cautious) return clampNumber(random.between(1, 1000), minNumber, maxNumber);
      const roll = random.float();
      if (roll < 0.7) return clampNumber(random.between(-100, 1000), minNumber, maxNumber);
      return low + Math.floor(random.float() * (high - low));
    },
    ...sequence(uniqueFirst, Math.max(0, positives) + Math.max(0, negatives), (j) =>
      j < positives ? zeroNumber + j + 1 : zeroNumber - (j - positives + 1),
    ),
    safe: exact(1n < min ? min : 1n > max ? max : 1n),
  };
}

/** A decimal's digits in all and after the point; unknown precision gets 18,4. */
function decimalShape(column: ColumnSchema): { precision: number; scale: number } {
  const precision = Math.min(column.precision ?? 18, 30);
  const scale = Math.min(column.scale ?? (column.precision === undefined ? 4 : 0), precision);
  return { precision, scale };
}

/** `units` (in 10^-scale) as a decimal string. */
function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

function decimalValues(column: ColumnSchema, random: Random, cautious: boolean): ColumnValues {
  const { precision, scale } = decimalShape(column);
  const maxUnits = 10n ** BigInt(precision) - 1n;
  const minUnits = column.unsigned ? 0n : -maxUnits;
  const one = 10n ** BigInt(scale);
  const edges = cautious
    ? []
    : [0n, maxUnits, minUnits, 1n, -one]
        .filter((v, index, all) => v >= minUnits && all.indexOf(v) === index)
        .map((v) => formatUnits(v, scale));
  const randomDigits = (count: number): bigint => {
    let value = 0n;
    for (let digit = 0; digit < count; digit++) value = value * 10n + BigInt(random.below(10));
    return value;
  };
  const span = Number(maxUnits > 2n ** 52n ? 2n ** 52n : maxUnits);
  // Up to 15 digits a number holds exactly: build the text without BigInt (10x faster).
  const small = precision <= 15;
  const fractionWidth = 10 ** scale;
  return {
    edges,
    random: () => {
      const wholeDigits = random.between(0, Math.min(precision - scale, cautious ? 3 : 18));
      const negative = !cautious && minUnits < 0n && random.chance(0.3);
      if (small) {
        // Up to 15 digits a double holds exactly, and prints back as the shortest decimal that
        // reads as it: the number's own text is the decimal's.
        let units = Math.floor(random.float() * POWERS[wholeDigits + scale]!);
        if (cautious && units === 0) units = 1;
        const value = units / fractionWidth;
        return negative && units !== 0 ? -value : value;
      }
      let units = randomDigits(wholeDigits) * one + randomDigits(scale);
      if (units > maxUnits) units = maxUnits;
      if (cautious && units === 0n) units = 1n;
      if (negative) units = -units;
      return formatUnits(units, scale);
    },
    ...sequence(
      [0n, maxUnits, minUnits]
        .filter((v, i, all) => all.indexOf(v) === i)
        .map((v) => formatUnits(v, scale)),
      minUnits < 0n ? 2 * (span - 1) : span - 1,
      (j) => formatUnits(j < span - 1 ? BigInt(j + 1) : -BigInt(j - span + 2), scale),
    ),
    safe: formatUnits(one > maxUnits ? 1n : one, scale),
  };
}

/** Four-byte floats (PostgreSQL `real`, MySQL `float`); SQLite stores every float in eight. */
function isSingle(column: ColumnSchema, dialect: Dialect): boolean {
  const type = column.type.toLowerCase();
  if (dialect === 'sqlite') return false;
  if (dialect === 'postgres') return /^(real|float4)\b/.test(type);
  return /^float\b/.test(type) && !(column.precision !== undefined && column.precision > 24);
}

function floatValues(
  column: ColumnSchema,
  dialect: Dialect,
  random: Random,
  cautious: boolean,
): ColumnValues {
  const single = isSingle(column, dialect);
  const max = single ? 3.4e38 : 1.7976931348623157e308;
  const tiny = single ? 1.2e-38 : 2.2250738585072014e-308;
  const edges = cautious || column.unsigned ? [] : [0, -1.5, max, -max, tiny, 1 / 3];
  return {
    edges,
    random: () => {
      const value = Math.round(random.float() * 2_000_000) / 1000 - (cautious ? 0 : 1000);
      return cautious ? value + 0.5 : value;
    },
    ...sequence([0, max], single ? 2 ** 23 : 2 ** 52, (j) => (j + 1) * 0.5),
    safe: 1,
  };
}

function textValues(
  column: ColumnSchema,
  random: Random,
  cautious: boolean,
  key: boolean,
): ColumnValues {
  const length = column.length;
  const longest = Math.min(length ?? UNLIMITED_TEXT_EDGE, key ? KEY_TEXT_EDGE : 65535);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let maxEdge = '';
  for (let index = 0; index < longest; index++) maxEdge += alphabet[index % alphabet.length];
  const edges = cautious
    ? []
    : [
        '',
        maxEdge,
        cut('😀 𝄞 beyond the BMP', length),
        cut('e\u0301 a\u0308 combining', length),
        cut('quote \' " \\ % _', length),
        cut(' spaced ', length),
        cut('two\nlines', length),
      ];
  // Unique values: '' first, then base-36 numerals. A decorated one carries its numeral after a
  // '~' that no plain numeral has, so none can equal another under a case- or accent-insensitive
  // collation, and none ends in a space (MySQL's PAD SPACE).
  const decorated = (prefix: string, k: number): string => {
    const value = `${prefix}~${base36(k)}`;
    return length === undefined || codePoints(value) <= length ? value : base36(k);
  };
  const uniqueCapacity = length === undefined || length >= 10 ? 2 ** 52 : 36 ** length;
  // Random text comes from a pool made once per column: picking is cheap, and building a
  // fresh string per row cost more than the database took to store it.
  const pool: string[] = [];
  for (let index = 0; index < POOL_SIZE; index++) {
    if (cautious) {
      pool.push(cut(random.pick(WORDS.slice(0, 16)), length));
      continue;
    }
    const parts = random.between(1, 3);
    let text = random.pick(WORDS);
    for (let part = 1; part < parts; part++) text += ` ${random.pick(WORDS)}`;
    if (random.chance(0.5)) text += ` ${random.next().toString(36)}`;
    pool.push(cut(text, length));
  }
  return {
    edges,
    random: () => pool[random.next() & (POOL_SIZE - 1)]!,
    capacity: uniqueCapacity,
    unique: (k) => {
      if (k === 0) return '';
      if (k === 1) return base36(1).padStart(Math.max(1, longest), '0');
      if (k === 2) return decorated('😀', k);
      if (k === 3) return decorated('e\u0301', k);
      return base36(k);
    },
    safe: 'a',
  };
}

function hex(random: Random, digits: number): string {
  let text = '';
  while (text.length < digits) text += random.next().toString(16).padStart(8, '0');
  return text.slice(0, digits);
}

function formatUuid(digits: string): string {
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20, 32)}`;
}

function uuidValues(random: Random): ColumnValues {
  // The fixed head (never all 0 nor all f) plus k in the last 12 digits: distinct for every k.
  const head = `a${hex(random, 11)}4${hex(random, 3)}8${hex(random, 3)}`;
  return {
    edges: ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    random: () =>
      formatUuid(
        `${hex(random, 12)}4${hex(random, 3)}${'89ab'[random.below(4)]}${hex(random, 15)}`,
      ),
    ...sequence(
      ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
      2 ** 48,
      (j) => formatUuid(head + j.toString(16).padStart(12, '0')),
    ),
    safe: '00000000-0000-4000-8000-000000000001',
  };
}

function jsonValues(random: Random): ColumnValues {
  return {
    edges: [
      '{}',
      '[]',
      JSON.stringify({
        nested: { list: [1, 2.5, { deep: null }] },
        text: '😀 e\u0301 "quoted"',
        n: -1,
      }),
      '0',
      '"text"',
      'true',
    ],
    random: () =>
      JSON.stringify({
        id: random.below(1_000_000),
        name: random.pick(WORDS),
        tags: [random.pick(WORDS), random.pick(WORDS)],
        score: random.below(10_000) / 100,
        active: random.chance(0.5),
      }),
    ...sequence(['{}'], 2 ** 52, (j) => JSON.stringify({ id: j })),
    safe: '{}',
  };
}

const DAY_MS = 86_400_000;
const POWERS = Array.from({ length: 40 }, (_, n) => 10 ** n);
const Y2K = Date.UTC(2000, 0, 1);

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
/** Day number (since 1970) to 'YYYY-MM-DD': toISOString once per day, not once per row. */
const DAYS = new Map<number, string>();

function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let text = DAYS.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAYS.size < 100_000) DAYS.set(day, text);
  }
  return text;
}

/** Random days fall in the 40 years from 1990 (inside MySQL's TIMESTAMP too). */
const RANDOM_DAYS = 40 * 365;
const RANDOM_FROM = Date.UTC(1990, 0, 1);
const DAY_TEXTS: string[] = [];
const TIME_TEXTS: string[] = [];

/** The n-th day from 1990-01-01 as text (the list made once per process, in order). */
function randomDay(n: number): string {
  if (DAY_TEXTS.length === 0)
    for (let day = 0; day < RANDOM_DAYS; day++) DAY_TEXTS.push(isoDate(RANDOM_FROM + day * DAY_MS));
  return DAY_TEXTS[n]!;
}

/** The n-th second of a day as 'HH:MM:SS' (the list made once per process, in order). */
function timeOfDay(n: number): string {
  if (TIME_TEXTS.length === 0)
    for (let second = 0; second < 86_400; second++)
      TIME_TEXTS.push(
        `${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}`,
      );
  return TIME_TEXTS[n]!;
}

function isoTimestamp(ms: number, fraction: boolean): string {
  const inDay = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const seconds = Math.floor(inDay / 1000);
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  return `${isoDate(ms)} ${time}${fraction ? `.${THREE_DIGITS[inDay % 1000]}` : ''}`;
}

/** MySQL's TIMESTAMP holds 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC only; a day inside each end. */
function isNarrowTimestamp(column: ColumnSchema, dialect: Dialect): boolean {
  return dialect === 'mysql' && /^timestamp\b/.test(column.type.toLowerCase());
}

function dateValues(random: Random, cautious: boolean): ColumnValues {
  const last = Date.UTC(9999, 11, 30);
  return {
    edges: cautious ? [] : ['1000-01-01', '9999-12-31', '1970-01-01', '2000-02-29'],
    random: () => isoDate(Date.UTC(1950, 0, 1) + random.below(36_500) * DAY_MS),
    ...sequence(
      ['1970-01-01', '9999-12-31', '1000-01-01'],
      Math.floor((last - Y2K) / DAY_MS),
      (j) => isoDate(Y2K + j * DAY_MS),
    ),
    safe: '2000-01-01',
  };
}

function timeValues(random: Random, cautious: boolean): ColumnValues {
  return {
    edges: cautious ? [] : ['00:00:00', '23:59:59', '12:00:00'],
    random: () => timeOfDay(random.below(86_400)),
    ...sequence([], 86_400, timeOfDay),
    safe: '12:00:00',
  };
}

function timestampValues(random: Random, cautious: boolean, narrow: boolean): ColumnValues {
  const edges = narrow
    ? ['1970-01-02 00:00:00', '2038-01-18 00:00:00', '2000-02-29 12:34:56']
    : [
        '1000-01-01 00:00:00',
        '9999-12-31 23:59:59',
        '1970-01-01 00:00:00',
        '2000-02-29 12:34:56.789',
      ];
  return {
    edges: cautious ? [] : edges,
    random: () =>
      `${randomDay(random.below(RANDOM_DAYS))} ${timeOfDay(random.below(86_400))}.${THREE_DIGITS[random.below(1000)]}`,
    ...sequence(narrow ? [] : edges.slice(0, 3), narrow ? 1_200_000_000 : 2 ** 31, (j) =>
      isoTimestamp(Y2K + j * 1000, false),
    ),
    safe: '2000-01-01 00:00:00',
  };
}

function binaryValues(column: ColumnSchema, random: Random, key: boolean): ColumnValues {
  const length = column.length;
  const longest = Math.min(length ?? 64, key ? KEY_TEXT_EDGE : 65535);
  // k in `width` bytes, big-endian: distinct for every k, and still distinct once MySQL's
  // BINARY(n) pads them with zero bytes.
  const width = Math.min(length ?? 8, 6);
  return {
    edges: [Buffer.alloc(0), Buffer.alloc(longest, 0xff), Buffer.from([0])],
    random: () => {
      const bytes = Buffer.alloc(random.between(1, Math.min(longest, 16)));
      for (let index = 0; index < bytes.length; index++) bytes[index] = random.below(256);
      return bytes;
    },
    capacity: 256 ** width - 2,
    unique: (k) => {
      if (k === 1) return Buffer.alloc(longest, 0xff);
      const bytes = Buffer.alloc(width);
      bytes.writeUIntBE(k === 0 ? 0 : k - 1, 0, width);
      return bytes;
    },
    safe: Buffer.from([1]),
  };
}

function enumValues(column: ColumnSchema, random: Random): ColumnValues {
  const values = column.enumValues ?? [];
  return {
    edges: values.length === 0 ? [] : [values[0]!, values[values.length - 1]!],
    random: () => (values.length === 0 ? null : random.pick(values)),
    capacity: values.length,
    unique: (k) => values[k] ?? null,
    safe: values[0] ?? null,
  };
}

/** A value for a type the seeder has no family for, from the type's name (PostgreSQL's mostly). */
export function otherValue(column: ColumnSchema): SeedValue {
  const type = column.type.toLowerCase();
  if (type.endsWith('[]') || type.startsWith('_') || type === 'array') return '{}';
  if (type.startsWith('interval')) return '1 day';
  if (type === 'inet' || type === 'cidr') return '10.0.0.1';
  if (type.startsWith('macaddr')) return '08:00:2b:01:02:03';
  if (type === 'money') return '1.00';
  if (type === 'point') return '(0,0)';
  if (type === 'tsvector') return 'word';
  if (type === 'tsquery') return 'word';
  if (type === 'xml') return '<a/>';
  if (type.startsWith('bit') || type.startsWith('varbit')) return '1';
  if (type.startsWith('set(') || type === 'set') return '';
  if (/range$/.test(type)) return 'empty';
  return 'x';
}

function otherValues(column: ColumnSchema): ColumnValues {
  const value = otherValue(column);
  return { edges: [], random: () => value, capacity: 1, unique: () => value, safe: value };
}

/**
 * The values of one column. `key`: the column is in a key, a UNIQUE or referenced by a foreign
 * key (its longest text value stays short enough for an index entry).
 */
export function columnValues(
  column: ColumnSchema,
  options: ValueOptions,
  key = false,
): ColumnValues {
  const random = new Random(options.seed, options.table, column.name);
  let values: ColumnValues;
  switch (column.family) {
    case 'integer':
      values = integerValues(column, random, options.cautious, options.bounds);
      break;
    case 'decimal':
      values = decimalValues(column, random, options.cautious);
      break;
    case 'float':
      values = floatValues(column, options.dialect, random, options.cautious);
      break;
    case 'boolean':
      values = {
        edges: [false, true],
        random: () => random.chance(0.5),
        ...sequence([false, true], 0, () => null),
        safe: true,
      };
      break;
    case 'text':
      values = textValues(
        options.bounds?.maxLength !== undefined &&
          (column.length === undefined || options.bounds.maxLength < column.length)
          ? { ...column, length: Math.max(1, options.bounds.maxLength) }
          : column,
        random,
        options.cautious,
        key,
      );
      break;
    case 'uuid':
      values = uuidValues(random);
      break;
    case 'json':
      values = jsonValues(random);
      break;
    case 'date':
      values = dateValues(random, options.cautious);
      break;
    case 'time':
      values = timeValues(random, options.cautious);
      break;
    case 'timestamp':
      values = timestampValues(
        random,
        options.cautious,
        isNarrowTimestamp(column, options.dialect),
      );
      break;
    case 'binary':
      values = binaryValues(column, random, key);
      break;
    case 'enum':
      values = enumValues(column, random);
      break;
    default:
      values = otherValues(column);
  }
  if (options.bounds !== undefined && column.family !== 'integer')
    values = bounded(values, options.bounds);
  // NULL is the second edge value wherever it is allowed: the first row shows the type's own
  // "empty" value ('' , 0, {}) and the second NULL, so the two stay told apart.
  if (column.nullable) values.edges.splice(Math.min(1, values.edges.length), 0, null);
  return values;
}
