/**
 * The baseline of accepted differences (`verification-baseline.json`): differences a team has
 * looked at and accepted, so that the gate fails only on new ones. Shared by the parent (which
 * reads the file before anything runs, lists stale entries and writes updates), the suite
 * library (which matches each comparison's differences in the child) and the reporter (which
 * carries the accepted differences of each test to the parent). Pure: no file access here.
 */
import { jsonSafe } from './json-safe.js';
import type { Difference, TestRecord } from './records.js';

/** The file's name when none is given; used only when it exists. */
export const DEFAULT_BASELINE_FILE = 'verification-baseline.json';

/** The version of the file's shape, written as its `version` field. */
export const BASELINE_VERSION = 1;

/** Names the baseline file for the suites' process; unset, the suites accept no difference. */
export const BASELINE_ENV = 'VERIFY_MIGRATION_BASELINE';

const KINDS: readonly Difference['kind'][] = ['missing', 'extra', 'changed', 'type'];
const ENTRY_FIELDS = ['test', 'path', 'kind', 'old', 'new', 'reason'];

/** One accepted difference. Without `old`/`new`, any values at that path and kind are accepted. */
export interface BaselineEntry {
  /** The test's full title, as the report's `full_title`. */
  test: string;
  /** The difference's path, e.g. `body.items[2].name` or `tools[id=3].status`. */
  path: string;
  kind: Difference['kind'];
  /** When present, only this old value is accepted. */
  old?: unknown;
  /** When present, only this new value is accepted. */
  new?: unknown;
  /** Why it was accepted, for the reader; kept when the file is updated. */
  reason?: string;
  /** The line of the file the entry starts on (not written back). */
  line?: number;
}

/** The baseline file is not what it must be; `line` is where (1-based). */
export class BaselineSyntaxError extends Error {
  override name = 'BaselineSyntaxError';
  constructor(
    /** The line of the file the fault is on. */
    readonly line: number,
    /** What is wrong there and what is allowed. */
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** A JSON number, matched where the reader stands. */
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A JSON reader that remembers the line each object and each object key starts on, so that a
 * fault found after parsing (a missing field, a wrong kind) still names its line; JSON.parse
 * knows no lines, and its position wording differs between Node versions.
 */
class LineJsonReader {
  private position = 0;
  private line = 1;
  /** The line each parsed object starts on. */
  readonly objectLines = new Map<object, number>();
  /** The line each key of each parsed object is on. */
  readonly keyLines = new Map<object, Map<string, number>>();

  constructor(private readonly text: string) {}

  read(): unknown {
    const value = this.value();
    this.space();
    if (this.position < this.text.length) this.fail(`unexpected ${this.shown()} after the end`);
    return value;
  }

  private fail(reason: string, line = this.line): never {
    throw new BaselineSyntaxError(line, reason);
  }

  private shown(): string {
    return this.position >= this.text.length
      ? 'end of file'
      : JSON.stringify(this.text.slice(this.position, this.position + 12));
  }

  private space(): void {
    for (; this.position < this.text.length; this.position++) {
      const char = this.text[this.position];
      if (char === '\n') this.line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    }
  }

  private value(): unknown {
    this.space();
    const char = this.text[this.position];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    JSON_NUMBER.lastIndex = this.position;
    const match = JSON_NUMBER.exec(this.text);
    if (match) {
      this.position += match[0].length;
      return Number(match[0]);
    }
    return this.fail(`expected a JSON value, found ${this.shown()}`);
  }

  private string(): string {
    const start = this.position;
    let escaped = false;
    for (this.position++; this.position < this.text.length; this.position++) {
      const code = this.text.charCodeAt(this.position);
      if (code === 0x5c) {
        escaped = true;
        this.position++;
      } else if (code === 0x22) break;
      else if (code === 0x0a) this.fail('a string is not closed on its line');
      else if (code < 0x20) this.fail('a string holds a control character: write it as an escape');
    }
    if (this.position >= this.text.length) this.fail('a string is not closed');
    this.position++;
    // Most strings hold no escape: their text is their value.
    if (!escaped) return this.text.slice(start + 1, this.position - 1);
    try {
      return JSON.parse(this.text.slice(start, this.position)) as string;
    } catch (error) {
      return this.fail(`a string is not valid JSON (${(error as Error).message})`);
    }
  }

  private object(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const keys = new Map<string, number>();
    this.objectLines.set(object, this.line);
    this.keyLines.set(object, keys);
    this.position++;
    this.space();
    if (this.text[this.position] === '}') {
      this.position++;
      return object;
    }
    for (;;) {
      this.space();
      if (this.text[this.position] !== '"')
        this.fail(`expected a quoted field name, found ${this.shown()}`);
      const keyLine = this.line;
      const key = this.string();
      if (keys.has(key)) this.fail(`the field "${key}" is given twice`, keyLine);
      keys.set(key, keyLine);
      this.space();
      if (this.text[this.position] !== ':') this.fail(`expected ":" after "${key}"`);
      this.position++;
      object[key] = this.value();
      this.space();
      const next = this.text[this.position++];
      if (next === '}') return object;
      if (next !== ',') {
        this.position--;
        this.fail(`expected "," or "}" in an object, found ${this.shown()}`);
      }
    }
  }

  private array(): unknown[] {
    const array: unknown[] = [];
    this.position++;
    this.space();
    if (this.text[this.position] === ']') {
      this.position++;
      return array;
    }
    for (;;) {
      array.push(this.value());
      this.space();
      const next = this.text[this.position++];
      if (next === ']') return array;
      if (next !== ',') {
        this.position--;
        this.fail(`expected "," or "]" in a list, found ${this.shown()}`);
      }
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as JSON with object keys sorted, so that two equal values compare equal as text. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null)
    return JSON.stringify(value);
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (isPlainObject(item))
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, sorted(item[key])]),
      );
    return item;
  };
  return JSON.stringify(sorted(jsonSafe(value))) ?? 'undefined';
}

/** What makes two entries the same accepted difference. */
function entryKey(entry: BaselineEntry): string {
  return JSON.stringify([
    entry.test,
    entry.path,
    entry.kind,
    'old' in entry ? canonicalJson(entry.old) : null,
    'new' in entry ? canonicalJson(entry.new) : null,
  ]);
}

/**
 * Reads a baseline file's text: `{ "version": 1, "accepted": [ {test, path, kind, old?, new?,
 * reason?}, ... ] }`. Throws `BaselineSyntaxError` naming the line of the first fault (bad JSON, a
 * missing or unknown field, a kind that is not one of the four, the same entry twice).
 */
export function parseBaseline(text: string): BaselineEntry[] {
  const reader = new LineJsonReader(text);
  const root = reader.read();
  if (!isPlainObject(root))
    throw new BaselineSyntaxError(
      1,
      'the file must hold one JSON object: { "version": 1, "accepted": [ ... ] }',
    );
  const rootLine = reader.objectLines.get(root) ?? 1;
  const rootKeys = reader.keyLines.get(root) ?? new Map<string, number>();
  for (const [key, line] of rootKeys) {
    if (key !== 'version' && key !== 'accepted')
      throw new BaselineSyntaxError(line, `unknown field "${key}": use "version" and "accepted"`);
  }
  if (root.version !== BASELINE_VERSION)
    throw new BaselineSyntaxError(
      rootKeys.get('version') ?? rootLine,
      `"version" is ${JSON.stringify(root.version) ?? 'missing'}: use ${BASELINE_VERSION}`,
    );
  if (!Array.isArray(root.accepted))
    throw new BaselineSyntaxError(
      rootKeys.get('accepted') ?? rootLine,
      '"accepted" must be a list of accepted differences',
    );

  const seen = new Map<string, number>();
  return root.accepted.map((item, index) => {
    const where = `accepted difference ${index + 1}`;
    if (!isPlainObject(item))
      throw new BaselineSyntaxError(
        rootKeys.get('accepted') ?? rootLine,
        `${where} is not an object with "test", "path" and "kind"`,
      );
    const line = reader.objectLines.get(item) ?? rootLine;
    const keys = reader.keyLines.get(item) ?? new Map<string, number>();
    const lineOf = (key: string) => keys.get(key) ?? line;
    for (const key of keys.keys()) {
      if (!ENTRY_FIELDS.includes(key))
        throw new BaselineSyntaxError(
          lineOf(key),
          `${where} has an unknown field "${key}": use ${ENTRY_FIELDS.map((field) => `"${field}"`).join(', ')}`,
        );
    }
    for (const key of ['test', 'path'] as const) {
      if (typeof item[key] !== 'string' || (key === 'test' && item[key] === ''))
        throw new BaselineSyntaxError(
          lineOf(key),
          `${where} needs "${key}": ${key === 'test' ? "the test's full title" : "the difference's path"}, a string`,
        );
    }
    if (!KINDS.includes(item.kind as Difference['kind']))
      throw new BaselineSyntaxError(
        lineOf('kind'),
        `${where} has the kind ${JSON.stringify(item.kind) ?? 'missing'}: use one of ${KINDS.join(', ')}`,
      );
    if (item.reason !== undefined && typeof item.reason !== 'string')
      throw new BaselineSyntaxError(lineOf('reason'), `${where} has a "reason" that is not text`);
    const entry: BaselineEntry = {
      test: item.test as string,
      path: item.path as string,
      kind: item.kind as Difference['kind'],
      line,
    };
    if ('old' in item) entry.old = item.old;
    if ('new' in item) entry.new = item.new;
    if (typeof item.reason === 'string') entry.reason = item.reason;
    const key = entryKey(entry);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new BaselineSyntaxError(line, `${where} repeats the entry on line ${earlier}`);
    seen.set(key, line);
    return entry;
  });
}

/** A value JSON writes as it is, so that `===` compares it as its JSON would. */
function isPlainScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Whether two values are the same as the report holds them (JSON, object keys in any order). */
function sameValue(a: unknown, b: unknown): boolean {
  // Most values are scalars: compared directly, without making their JSON.
  if (isPlainScalar(a) && isPlainScalar(b)) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

/** Whether `entry` accepts `difference` of the test titled `test`. */
export function entryAccepts(entry: BaselineEntry, test: string, difference: Difference): boolean {
  return (
    entry.test === test &&
    entry.path === difference.path &&
    entry.kind === difference.kind &&
    (!('old' in entry) || sameValue(entry.old, difference.old)) &&
    (!('new' in entry) || sameValue(entry.new, difference.new))
  );
}

/** A comparison's differences split into those the baseline accepts and the new ones. */
export interface BaselineSplit {
  accepted: Difference[];
  fresh: Difference[];
}

/**
 * Splits the differences one comparison of the test titled `test` found. Entries are looked up by
 * path and kind, so a table with thousands of accepted rows costs one lookup a difference.
 */
export function matchDifferences(
  test: string,
  differences: readonly Difference[],
  entries: readonly BaselineEntry[],
): BaselineSplit {
  const byPlace = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    if (entry.test !== test) continue;
    const place = `${entry.kind}\0${entry.path}`;
    const same = byPlace.get(place);
    if (same) same.push(entry);
    else byPlace.set(place, [entry]);
  }
  const split: BaselineSplit = { accepted: [], fresh: [] };
  for (const difference of differences) {
    const candidates = byPlace.get(`${difference.kind}\0${difference.path}`) ?? [];
    const accepted = candidates.some((entry) => entryAccepts(entry, test, difference));
    (accepted ? split.accepted : split.fresh).push(difference);
  }
  return split;
}

/** The entry that accepts exactly `difference` (with its values) in the test titled `test`. */
export function entryFor(test: string, difference: Difference): BaselineEntry {
  const entry: BaselineEntry = { test, path: difference.path, kind: difference.kind };
  if (difference.old !== undefined) entry.old = jsonSafe(difference.old);
  if (difference.new !== undefined) entry.new = jsonSafe(difference.new);
  return entry;
}

/**
 * Whether the test made every comparison it has. Only a passed test did: one that failed stopped
 * at the failing comparison, and an error or a skip says nothing of the differences.
 */
function ranToTheEnd(test: TestRecord): boolean {
  return test.state === 'passed';
}

/**
 * Entries no difference of this run matched, whose test passed (or, when `complete`,
 * i.e. no grep and no shard narrowed the run, whose test no longer exists): accepted differences
 * that no longer occur.
 */
export function staleEntries(
  entries: readonly BaselineEntry[],
  tests: readonly TestRecord[],
  complete: boolean,
): BaselineEntry[] {
  const byTitle = new Map<string, TestRecord[]>();
  for (const test of tests)
    byTitle.set(test.full_title, [...(byTitle.get(test.full_title) ?? []), test]);
  // The accepted differences by test, kind and path: one lookup an entry.
  const acceptedAt = new Map<string, Difference[]>();
  for (const test of tests)
    for (const difference of test.accepted_differences ?? []) {
      const place = JSON.stringify([test.full_title, difference.kind, difference.path]);
      const same = acceptedAt.get(place);
      if (same) same.push(difference);
      else acceptedAt.set(place, [difference]);
    }
  return entries.filter((entry) => {
    const ran = byTitle.get(entry.test);
    if (!ran) return complete;
    if (!ran.every(ranToTheEnd)) return false;
    const place = JSON.stringify([entry.test, entry.kind, entry.path]);
    return !(acceptedAt.get(place) ?? []).some((difference) =>
      entryAccepts(entry, entry.test, difference),
    );
  });
}

/**
 * The baseline after a run, for `update-baseline`: the entries that still matched (as written,
 * with their reasons), an entry with values for each new difference of a failed test, and the
 * entries of tests this run could not judge (not run, failed, or ended by an error); stale entries go.
 * `masked` says whether a value holds a hidden secret: such values are left out, so the entry
 * accepts any value at its path rather than never matching.
 */
export function updatedBaseline(
  entries: readonly BaselineEntry[],
  tests: readonly TestRecord[],
  complete: boolean,
  masked: (value: unknown) => boolean,
): BaselineEntry[] {
  const stale = new Set(staleEntries(entries, tests, complete));
  const kept = entries.filter((entry) => !stale.has(entry));
  const added: BaselineEntry[] = [];
  for (const test of tests) {
    if (test.state !== 'failed') continue;
    for (const difference of test.differences ?? []) {
      const entry = entryFor(test.full_title, difference);
      if ('old' in entry && masked(entry.old)) delete entry.old;
      if ('new' in entry && masked(entry.new)) delete entry.new;
      added.push(entry);
    }
  }
  const unique = new Map<string, BaselineEntry>();
  for (const entry of [...kept, ...added]) {
    const { line: _line, ...written } = entry;
    if (!unique.has(entryKey(written))) unique.set(entryKey(written), written);
  }
  return [...unique.values()].sort(
    (a, b) =>
      a.test.localeCompare(b.test) || a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind),
  );
}

/**
 * The file's text: one entry per line, so that a pull request shows each accepted difference as
 * one added or removed line, and a fault found later names a line a person can find.
 */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = entries.map((entry) => {
    const { line: _line, ...written } = entry;
    return `    ${JSON.stringify(jsonSafe(written))}`;
  });
  return `{\n  "version": ${BASELINE_VERSION},\n  "accepted": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** An accepted or new difference as the report lists it: the entry that accepts it, and its message. */
export type BaselineDifference = Pick<BaselineEntry, 'test' | 'path' | 'kind' | 'old' | 'new'> & {
  message: string;
};

/** An entry of the baseline no difference of this run matched, with its line in the file. */
export type StaleBaselineEntry = BaselineEntry;

/**
 * The report's `baseline` section: the accepted differences of this run apart from the new ones,
 * and the stale entries (accepted differences that did not occur in a test that passed, or whose
 * test is gone from a run that grep and shard did not narrow).
 */
export interface BaselineSection {
  /** The baseline file, relative to the working directory. */
  file: string;
  /** Entries the file held when the run began. */
  entries: number;
  /** Differences the baseline accepted in this run. */
  accepted: number;
  /** Differences it did not accept (those of the failed tests). */
  new: number;
  /** Entries no difference matched. */
  stale: number;
  /** With `update-baseline`: how many entries the file holds now. */
  written?: number;
  /** Full titles of the tests that passed with accepted differences (they had no other). */
  passed_with_accepted: string[];
  accepted_differences: BaselineDifference[];
  new_differences: BaselineDifference[];
  stale_entries: StaleBaselineEntry[];
}

/**
 * How the suites' process tells the reporter which test runs and hears back what the baseline
 * accepted: the reporter and the suite library are separate bundles in the same process, so they
 * meet on one global object under a registered symbol.
 */
export interface BaselineChannel {
  /** The full title of the test now running; unset outside a test. */
  test?: string;
  /** The differences accepted so far in that test. */
  accepted: Difference[];
}

const CHANNEL = Symbol.for('verify-migration.baseline');

/** The process's channel, made on first use. */
export function baselineChannel(): BaselineChannel {
  const holder = globalThis as unknown as Record<symbol, BaselineChannel | undefined>;
  return (holder[CHANNEL] ??= { accepted: [] });
}
