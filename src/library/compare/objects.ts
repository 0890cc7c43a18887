/**
 * The deep, path-based comparator that every other comparator builds on. It explains each
 * difference with a path (`items[2].price`), a kind and a sentence, so a failing migration test
 * says what changed instead of "expected deep equality".
 *
 * Deliberate choices (each one documented on `compareObjects`):
 * - `NaN` equals `NaN` (the value did not change), `-0` equals `0` (JSON and most databases
 *   cannot tell them apart, so a migration cannot be blamed for it);
 * - a key whose value is `undefined` counts as absent (as in JSON);
 * - Dates compare by instant, Buffers and typed arrays by bytes, Maps by key, Sets without order;
 * - a different type (`1` vs `"1"`, a Date vs its ISO string) is a `type` difference, never `changed`.
 */
import type { Difference } from '../../common/records.js';

/** What `compareObjects` may be told. */
export interface CompareObjectsOptions {
  /**
   * Paths not compared, relative to the compared values: `updatedAt`, `items[*].id`, `*.createdAt`
   * (`*` is any one key or index, `[*]` any index, `**` any number of segments). Everything under
   * an ignored path is ignored too.
   */
  ignorePaths?: readonly string[];
  /** Key names ignored at any depth, e.g. `['id', 'createdAt']`. */
  ignoreKeys?: readonly string[];
  /** Numbers whose absolute difference is at most this are equal (default 0: exact). */
  tolerance?: number;
  /**
   * Arrays compared as multisets (order ignored): `true` for every array, or path patterns of the
   * arrays that are unordered (`items`, `tools[*].tags`). Unmatched items are `missing`/`extra`.
   */
  unorderedArrays?: boolean | readonly string[];
  /** Keys only on the new side are not differences (additive, backwards-compatible changes). */
  ignoreExtraKeys?: boolean;
  /** A prefix for every reported path, e.g. `body` gives `body.items[0]`. Patterns above do not include it. */
  rootPath?: string;
}

/** One step of a path: an object key or an array index. */
type Segment = string | number;

/** One step of a pattern: a key, an index, `*` (any one), `[*]` (any index) or `**` (any run). */
type PatternToken =
  { key: string } | { index: number } | { anyOne: true } | { anyIndex: true } | { anyRun: true };

/**
 * Compares two values deeply and returns every difference, in a stable order (old keys first,
 * then keys only on the new side; array items by index). An empty list means equal.
 *
 * `kind` is `missing` (only on the old side), `extra` (only on the new side), `type` (the types
 * differ: number vs string, null vs object, array vs object, Date vs string...) or `changed`
 * (same type, other value). `NaN` equals `NaN`; `-0` equals `0`; `undefined` values count as
 * absent keys; Dates compare by `getTime()` (two invalid Dates are equal); Buffers and typed
 * arrays compare byte by byte; Maps by key; Sets as unordered lists. Cycles are followed once.
 */
export function compareObjects(
  oldValue: unknown,
  newValue: unknown,
  options: CompareObjectsOptions = {},
): Difference[] {
  const comparer = new Comparer(options);
  const out: Difference[] = [];
  comparer.walk(oldValue, newValue, out);
  return out;
}

/** Formats path segments the way differences report them: `a.b[2]["odd key"]`. */
export function formatPath(segments: readonly Segment[], rootPath = ''): string {
  let path = rootPath;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Whether a path (as segments) matches a pattern such as `items[*].id`. Exported for the other comparators. */
export function pathMatches(segments: readonly Segment[], pattern: string): boolean {
  return matchTokens(segments, 0, parsePattern(pattern), 0);
}

/**
 * How many enclosing pairs the cycle guard checks by scanning the stack; pairs deeper than this
 * go into a WeakMap. JSON-like values are shallow, so the scan (no allocation) nearly always
 * suffices, while a very deep value does not make every step cost its depth.
 */
const SCANNED_DEPTH = 32;

const isEnumerableOwn = (value: object, key: string): boolean =>
  Object.prototype.propertyIsEnumerable.call(value, key);

/** Whether two key lists are the same keys in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The walk keeps one mutable path (pushed on the way down, popped on the way up) and copies it
 * only into a difference: a 10 MB document has millions of nodes and only a few differences, so
 * allocating per node is what would cost (see bench/RESULTS.md).
 */
class Comparer {
  private readonly ignorePatterns: PatternToken[][];
  private readonly ignoreKeys: ReadonlySet<string>;
  private readonly tolerance: number;
  private readonly unordered: boolean | PatternToken[][];
  private readonly ignoreExtraKeys: boolean;
  private readonly rootPath: string;
  /** The path of the value being compared, as segments. */
  private readonly path: Segment[] = [];
  /** Pairs being compared further up the stack (a cycle is compared once): the nearest ones... */
  private readonly activeOld: object[] = [];
  private readonly activeNew: object[] = [];
  /** ...and those deeper than `SCANNED_DEPTH`. */
  private readonly activeDeep = new WeakMap<object, WeakSet<object>>();

  constructor(options: CompareObjectsOptions) {
    this.ignorePatterns = (options.ignorePaths ?? []).map(parsePattern);
    this.ignoreKeys = new Set(options.ignoreKeys ?? []);
    this.tolerance = options.tolerance ?? 0;
    if (!(this.tolerance >= 0))
      throw new RangeError(
        `compareObjects: tolerance must be a number >= 0; got ${String(options.tolerance)}.`,
      );
    const unordered = options.unorderedArrays ?? false;
    this.unordered = typeof unordered === 'boolean' ? unordered : unordered.map(parsePattern);
    this.ignoreExtraKeys = options.ignoreExtraKeys ?? false;
    this.rootPath = options.rootPath ?? '';
  }

  /** Compares `a` and `b` found at `this.path`; leaves the path as it found it. */
  walk(a: unknown, b: unknown, out: Difference[]): void {
    // The same value (or the same object) has no differences, whatever the options say.
    if (a === b) return;
    if (this.isIgnored()) return;
    const kindA = kindOf(a);
    const kindB = kindOf(b);
    if (kindA !== kindB) {
      out.push(
        this.difference(
          'type',
          a,
          b,
          `type changed from ${typeLabel(a)} (${describeValue(a)}) to ${typeLabel(b)} (${describeValue(b)})`,
        ),
      );
      return;
    }
    switch (kindA) {
      case 'number':
        return this.compareNumbers(a as number, b as number, out);
      case 'date':
        return this.compareDates(a as Date, b as Date, out);
      case 'bytes':
        return this.compareBytes(a as ArrayBufferView, b as ArrayBufferView, out);
      case 'regexp':
        return this.compareLeaf(String(a) === String(b), a, b, out);
      case 'array':
      case 'set':
      case 'map':
      case 'object': {
        if (!this.enter(a as object, b as object)) return;
        try {
          if (kindA === 'array') this.compareArrays(a as unknown[], b as unknown[], out);
          else if (kindA === 'set')
            this.compareUnordered([...(a as Set<unknown>)], [...(b as Set<unknown>)], out);
          else if (kindA === 'map')
            this.compareEntries(
              mapEntries(a as Map<unknown, unknown>),
              mapEntries(b as Map<unknown, unknown>),
              out,
            );
          else
            this.compareProperties(a as Record<string, unknown>, b as Record<string, unknown>, out);
        } finally {
          this.leave();
        }
        return;
      }
      default:
        // strings, booleans, bigints, symbols, functions, null, undefined: identity is equality.
        return this.compareLeaf(false, a, b, out);
    }
  }

  /** Walks into `segment`: `walk` there, then back. */
  private walkAt(segment: Segment, a: unknown, b: unknown, out: Difference[]): void {
    this.path.push(segment);
    this.walk(a, b, out);
    this.path.pop();
  }

  private compareNumbers(a: number, b: number, out: Difference[]): void {
    // `===` treats -0 and 0 as equal, deliberately; NaN is the one value `===` gets wrong for us.
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return;
    if (this.tolerance > 0 && Number.isFinite(a) && Number.isFinite(b)) {
      const off = Math.abs(a - b);
      if (off <= this.tolerance) return;
      out.push(
        this.difference(
          'changed',
          a,
          b,
          `${describeValue(a)} changed to ${describeValue(b)} (off by ${off}, tolerance ${this.tolerance})`,
        ),
      );
      return;
    }
    out.push(
      this.difference('changed', a, b, `${describeValue(a)} changed to ${describeValue(b)}`),
    );
  }

  private compareDates(a: Date, b: Date, out: Difference[]): void {
    const ta = a.getTime();
    const tb = b.getTime();
    this.compareLeaf(ta === tb || (Number.isNaN(ta) && Number.isNaN(tb)), a, b, out);
  }

  private compareBytes(a: ArrayBufferView, b: ArrayBufferView, out: Difference[]): void {
    const bytesA = asBytes(a);
    const bytesB = asBytes(b);
    if (Buffer.compare(bytesA, bytesB) === 0) return;
    let first = 0;
    while (first < bytesA.length && first < bytesB.length && bytesA[first] === bytesB[first])
      first += 1;
    out.push(
      this.difference(
        'changed',
        a,
        b,
        `${describeValue(a)} changed to ${describeValue(b)} (first difference at byte ${first})`,
      ),
    );
  }

  private compareLeaf(equal: boolean, a: unknown, b: unknown, out: Difference[]): void {
    if (!equal)
      out.push(
        this.difference('changed', a, b, `${describeValue(a)} changed to ${describeValue(b)}`),
      );
  }

  private compareArrays(a: unknown[], b: unknown[], out: Difference[]): void {
    if (this.isUnordered()) {
      this.compareUnordered(a, b, out);
      return;
    }
    const shared = Math.min(a.length, b.length);
    for (let index = 0; index < shared; index += 1) this.walkAt(index, a[index], b[index], out);
    if (a.length === b.length) return;
    const lengths = `old list has ${a.length} item${a.length === 1 ? '' : 's'}, new has ${b.length}`;
    for (let index = shared; index < a.length; index += 1) {
      this.path.push(index);
      if (!this.isIgnored())
        out.push(
          this.difference(
            'missing',
            a[index],
            undefined,
            `missing in the new list (${lengths}; old item: ${describeValue(a[index])})`,
          ),
        );
      this.path.pop();
    }
    for (let index = shared; index < b.length; index += 1) {
      this.path.push(index);
      if (!this.isIgnored())
        out.push(
          this.difference(
            'extra',
            undefined,
            b[index],
            `only in the new list (${lengths}; new item: ${describeValue(b[index])})`,
          ),
        );
      this.path.pop();
    }
  }

  /** Multiset comparison: each old item takes the first unused new item equal to it. */
  private compareUnordered(a: unknown[], b: unknown[], out: Difference[]): void {
    const unusedNew = new Set(b.keys());
    const unmatchedOld: number[] = [];
    for (const [index, item] of a.entries()) {
      let match: number | undefined;
      // Items are compared at the old item's path, so ignored sub-paths apply to them too.
      this.path.push(index);
      for (const candidate of unusedNew) {
        const probe: Difference[] = [];
        this.walk(item, b[candidate], probe);
        if (probe.length === 0) {
          match = candidate;
          break;
        }
      }
      this.path.pop();
      if (match === undefined) unmatchedOld.push(index);
      else unusedNew.delete(match);
    }
    for (const index of unmatchedOld) {
      this.path.push(index);
      out.push(
        this.difference(
          'missing',
          a[index],
          undefined,
          `no equal item in the new list, in any position (old item: ${describeValue(a[index])})`,
        ),
      );
      this.path.pop();
    }
    for (const index of unusedNew) {
      this.path.push(index);
      out.push(
        this.difference(
          'extra',
          undefined,
          b[index],
          `no equal item in the old list, in any position (new item: ${describeValue(b[index])})`,
        ),
      );
      this.path.pop();
    }
  }

  /**
   * Plain objects, compared in place: the same order and rules as `compareEntries` (old keys
   * first, then keys only on the new side; an `undefined` value is an absent key) without
   * copying each object into a Map.
   */
  private compareProperties(
    a: Record<string, unknown>,
    b: Record<string, unknown>,
    out: Difference[],
  ): void {
    const ignoreKeys = this.ignoreKeys.size > 0 ? this.ignoreKeys : undefined;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (sameKeys(keysA, keysB)) {
      // The usual case (both made the same way): no lookups by key at all. Keys whose value is
      // `undefined` on the old side only are extras, reported after the old side's keys.
      let extras = false;
      for (const key of keysA) {
        const value = a[key];
        const other = b[key];
        if (value === undefined) extras ||= other !== undefined;
        else if (ignoreKeys?.has(key)) continue;
        else if (other !== undefined) this.walkAt(key, value, other, out);
        else this.missingKey(key, value, out);
      }
      if (!extras || this.ignoreExtraKeys) return;
      for (const key of keysB) {
        const value = b[key];
        if (a[key] === undefined && value !== undefined && !ignoreKeys?.has(key))
          this.extraKey(key, value, out);
      }
      return;
    }
    for (const key of keysA) {
      const value = a[key];
      if (value === undefined || ignoreKeys?.has(key)) continue;
      const other = isEnumerableOwn(b, key) ? b[key] : undefined;
      if (other !== undefined) {
        this.walkAt(key, value, other, out);
        continue;
      }
      this.missingKey(key, value, out);
    }
    if (this.ignoreExtraKeys) return;
    for (const key of keysB) {
      const value = b[key];
      if (value === undefined || ignoreKeys?.has(key)) continue;
      if (isEnumerableOwn(a, key) && a[key] !== undefined) continue;
      this.extraKey(key, value, out);
    }
  }

  private missingKey(key: string, value: unknown, out: Difference[]): void {
    this.path.push(key);
    if (!this.isIgnored())
      out.push(
        this.difference(
          'missing',
          value,
          undefined,
          `missing in the new value (old: ${describeValue(value)})`,
        ),
      );
    this.path.pop();
  }

  private extraKey(key: string, value: unknown, out: Difference[]): void {
    this.path.push(key);
    if (!this.isIgnored())
      out.push(
        this.difference(
          'extra',
          undefined,
          value,
          `only in the new value (new: ${describeValue(value)})`,
        ),
      );
    this.path.pop();
  }

  private compareEntries(
    a: Map<string, unknown>,
    b: Map<string, unknown>,
    out: Difference[],
  ): void {
    for (const [key, value] of a) {
      if (this.ignoreKeys.has(key)) continue;
      if (b.has(key)) this.walkAt(key, value, b.get(key), out);
      else this.missingKey(key, value, out);
    }
    if (this.ignoreExtraKeys) return;
    for (const [key, value] of b) {
      if (a.has(key) || this.ignoreKeys.has(key)) continue;
      this.extraKey(key, value, out);
    }
  }

  /** Marks the pair as being compared; false when it already is (a cycle): compare it once. */
  private enter(a: object, b: object): boolean {
    const depth = this.activeOld.length;
    const scanned = Math.min(depth, SCANNED_DEPTH);
    for (let i = 0; i < scanned; i += 1)
      if (this.activeOld[i] === a && this.activeNew[i] === b) return false;
    if (depth > SCANNED_DEPTH && this.activeDeep.get(a)?.has(b)) return false;
    if (depth >= SCANNED_DEPTH) {
      let partners = this.activeDeep.get(a);
      if (partners === undefined) this.activeDeep.set(a, (partners = new WeakSet()));
      partners.add(b);
    }
    this.activeOld.push(a);
    this.activeNew.push(b);
    return true;
  }

  private leave(): void {
    const a = this.activeOld.pop()!;
    const b = this.activeNew.pop()!;
    if (this.activeOld.length >= SCANNED_DEPTH) this.activeDeep.get(a)?.delete(b);
  }

  private isIgnored(): boolean {
    if (this.ignorePatterns.length === 0) return false;
    return this.ignorePatterns.some((tokens) => matchTokens(this.path, 0, tokens, 0));
  }

  private isUnordered(): boolean {
    if (typeof this.unordered === 'boolean') return this.unordered;
    return this.unordered.some((tokens) => matchTokens(this.path, 0, tokens, 0));
  }

  private difference(
    kind: Difference['kind'],
    a: unknown,
    b: unknown,
    sentence: string,
  ): Difference {
    const formatted = formatPath(this.path, this.rootPath);
    const difference: Difference = {
      path: formatted,
      kind,
      message: `${formatted === '' ? '(root)' : formatted}: ${sentence}`,
    };
    if (kind !== 'extra') difference.old = a;
    if (kind !== 'missing') difference.new = b;
    return difference;
  }
}

type ValueKind =
  | 'undefined'
  | 'null'
  | 'boolean'
  | 'number'
  | 'bigint'
  | 'string'
  | 'symbol'
  | 'function'
  | 'array'
  | 'date'
  | 'bytes'
  | 'map'
  | 'set'
  | 'regexp'
  | 'object';

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  const type = typeof value;
  if (type !== 'object') return type as ValueKind;
  if (Array.isArray(value)) return 'array';
  // Plain objects are most of what is compared: skip the instanceof checks for them.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Object.prototype || prototype === null) return 'object';
  if (value instanceof Date) return 'date';
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return 'bytes';
  if (value instanceof Map) return 'map';
  if (value instanceof Set) return 'set';
  if (value instanceof RegExp) return 'regexp';
  return 'object';
}

function typeLabel(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'bytes')
    return Buffer.isBuffer(value) ? 'Buffer' : (value as object).constructor.name;
  if (kind === 'date') return 'Date';
  return kind;
}

function asBytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function mapEntries(value: Map<unknown, unknown>): Map<string, unknown> {
  return new Map([...value].map(([key, item]) => [String(key), item]));
}

const MAX_DESCRIBED = 80;

/** A short, unambiguous rendering of a value for a message (strings quoted, -0 and NaN visible). */
export function describeValue(value: unknown): string {
  switch (kindOf(value)) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return String(value);
    case 'function':
      return `[Function ${(value as () => unknown).name || 'anonymous'}]`;
    case 'date': {
      const date = value as Date;
      return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
    }
    case 'bytes': {
      const bytes = asBytes(value as ArrayBufferView);
      const hex = bytes
        .subarray(0, 16)
        .toString('hex')
        .replace(/(..)(?!$)/g, '$1 ');
      return `<${typeLabel(value)} ${bytes.length} bytes: ${hex}${bytes.length > 16 ? ' ...' : ''}>`;
    }
    case 'regexp':
      return String(value);
    default:
      return truncate(safeJson(value));
  }
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'bigint' ? `${item}n` : item,
    );
    return text ?? String(value);
  } catch {
    // Cycles and other unserialisable values: fall back to something short rather than throwing.
    return Object.prototype.toString.call(value);
  }
}

function truncate(text: string): string {
  return text.length <= MAX_DESCRIBED ? text : `${text.slice(0, MAX_DESCRIBED - 3)}...`;
}

function parsePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const re = /\[(\*|\d+|"(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while (consumed < pattern.length && (match = re.exec(pattern)) !== null) {
    consumed = re.lastIndex;
    const [, bracket, bare] = match;
    if (bracket === '*') tokens.push({ anyIndex: true });
    else if (bracket !== undefined && bracket.startsWith('"'))
      tokens.push({ key: JSON.parse(bracket) as string });
    else if (bracket !== undefined) tokens.push({ index: Number(bracket) });
    else if (bare === '**') tokens.push({ anyRun: true });
    else if (bare === '*') tokens.push({ anyOne: true });
    else tokens.push({ key: bare! });
  }
  // A sticky regex stops at the first character it cannot read: anything left over is an error.
  if (consumed !== pattern.length) {
    throw new SyntaxError(
      `Cannot read the path pattern '${pattern}' (expected e.g. items[*].id or **.createdAt).`,
    );
  }
  return tokens;
}

function matchTokens(
  path: readonly Segment[],
  at: number,
  tokens: readonly PatternToken[],
  index: number,
): boolean {
  if (index === tokens.length) return at === path.length;
  const token = tokens[index]!;
  if ('anyRun' in token) {
    for (let skip = at; skip <= path.length; skip += 1)
      if (matchTokens(path, skip, tokens, index + 1)) return true;
    return false;
  }
  if (at === path.length) return false;
  const segment = path[at]!;
  const ok =
    'anyOne' in token ||
    ('anyIndex' in token && typeof segment === 'number') ||
    ('index' in token && segment === token.index) ||
    // A numeric key in a pattern (`rows.0`) is accepted for an index too: people write both.
    ('key' in token &&
      (segment === token.key || (typeof segment === 'number' && String(segment) === token.key)));
  return ok && matchTokens(path, at + 1, tokens, index + 1);
}
