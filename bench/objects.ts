/**
 * compareObjects against microdiff and jsondiffpatch on a generated JSON document (10 MB for the
 * benchmark, small for the smoke test) with planted differences: changed values, added and removed
 * keys, items appended to, removed from and changed in arrays, and type changes. Each library's
 * output is mapped to `path|kind` (compareObjects' own paths and kinds) and the three sets must be
 * the same as the planted one.
 *
 * Where the semantics differ, and how the mapping bridges it (the planted changes stay within
 * what all three mean the same way):
 * - arrays: compareObjects and microdiff compare by index; jsondiffpatch aligns items with a
 *   longest common subsequence and reports a changed primitive item as removed + added at the same
 *   index, which is mapped to one change at that index. A removal in the middle of an array would
 *   read as one removal to jsondiffpatch but as changes to every later index for the other two, and
 *   jsondiffpatch can report moves (not planted, not mapped).
 * - kinds: microdiff says CHANGE for both; a CHANGE between values of different JSON types is a
 *   `type` difference, as compareObjects classifies it.
 * - jsondiffpatch is run with `matchByPosition: true`: its default decides that per array with an
 *   O(n^2) scan for shared references, which would measure that scan rather than the diff.
 */
import { performance } from 'node:perf_hooks';
import * as jsondiffpatch from 'jsondiffpatch';
import microdiff from 'microdiff';
import { compareObjects, formatPath } from '../src/library/compare/objects.js';
import { seededRandom } from './data.js';
import type { Log } from './databases.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** A generated pair and what was planted in it. */
export interface DocumentPair {
  old: Json;
  new: Json;
  /** The differences every library must find, as `path|kind`. */
  planted: string[];
  /** Size of the old document as JSON text, bytes. */
  bytes: number;
}

const CITIES = ['Lyon', 'Porto', 'Graz', 'Turku', 'Ghent', 'Brno', 'Cork', 'Bergen'];

function makeUser(id: number, random: () => number): { [key: string]: Json } {
  const tags = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, k) => `tag-${id}-${k}`);
  const orders = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
    id: id * 10 + k,
    total: Math.round(random() * 100_000) / 100,
    items: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, j) => ({
      sku: `SKU-${(id * 31 + j) % 9973}`,
      qty: 1 + Math.floor(random() * 9),
      price: Math.round(random() * 10_000) / 100,
    })),
  }));
  return {
    id,
    name: `User ${id}`,
    email: `user${id}@example.com`,
    age: 18 + Math.floor(random() * 70),
    score: Math.round(random() * 1e6) / 1e3,
    active: random() < 0.5,
    joined: new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3e11)).toISOString(),
    tags,
    address: {
      street: `${1 + Math.floor(random() * 300)} Main Street`,
      city: CITIES[Math.floor(random() * CITIES.length)]!,
      zip: String(10000 + Math.floor(random() * 89999)),
      geo: {
        lat: Math.round(random() * 18000) / 100 - 90,
        lng: Math.round(random() * 36000) / 100 - 180,
      },
    },
    orders,
    notes: random() < 0.3 ? null : `note about ${id}`,
  };
}

type Plant = (user: { [key: string]: Json }, at: Segment[]) => [Segment[], string];

/** Each plant changes one thing and returns where and what kind compareObjects must report. */
const PLANTS: Plant[] = [
  (u, at) => ((u.name = `${u.name as string} (renamed)`), [[...at, 'name'], 'changed']),
  (u, at) => ((u.score = (u.score as number) + 1), [[...at, 'score'], 'changed']),
  (u, at) => (
    ((u.address as { city: Json }).city = 'Elsewhere'),
    [[...at, 'address', 'city'], 'changed']
  ),
  (u, at) => ((u.nickname = 'nick'), [[...at, 'nickname'], 'extra']),
  (u, at) => (delete u.email, [[...at, 'email'], 'missing']),
  (u, at) => {
    const tags = u.tags as Json[];
    tags.push('tag-new');
    return [[...at, 'tags', tags.length - 1], 'extra'];
  },
  (u, at) => {
    const tags = u.tags as Json[];
    tags.pop();
    return [[...at, 'tags', tags.length], 'missing'];
  },
  (u, at) => (((u.tags as Json[])[0] = 'tag-changed'), [[...at, 'tags', 0], 'changed']),
  (u, at) => ((u.age = String(u.age)), [[...at, 'age'], 'type']),
  (u, at) => ((u.address = null), [[...at, 'address'], 'type']),
  (u, at) => ((u.tags = { ...(u.tags as Json[]) }), [[...at, 'tags'], 'type']),
  (u, at) => {
    const item = (u.orders as { items: { qty: number }[] }[])[0]!.items[0]!;
    item.qty += 100;
    return [[...at, 'orders', 0, 'items', 0, 'qty'], 'changed'];
  },
  (u, at) => ((u.notes = u.notes === null ? 'now noted' : null), [[...at, 'notes'], 'type']),
];

/**
 * A deterministic document of about `targetBytes` as JSON (a header and a list of users) and a
 * changed copy with one planted difference in one user of `every`, the kinds of change in turn.
 */
export function makeDocumentPair(targetBytes: number, every = 100, seed = 7): DocumentPair {
  const random = seededRandom(seed);
  const users: { [key: string]: Json }[] = [];
  const header = {
    version: 3,
    generatedBy: 'verify-migration bench',
    settings: { currency: 'EUR', locale: 'en' },
  };
  let bytes = JSON.stringify(header).length + 20;
  while (bytes < targetBytes) {
    const user = makeUser(users.length + 1, random);
    bytes += JSON.stringify(user).length + 1;
    users.push(user);
  }
  const old: Json = { ...header, users };
  const copy = JSON.parse(JSON.stringify(old)) as {
    users: { [key: string]: Json }[];
    settings: { [key: string]: Json };
  };
  const planted: string[] = [];
  copy.users.forEach((user, index) => {
    if (index % every !== every - 1) return;
    const plant = PLANTS[Math.floor(index / every) % PLANTS.length]!;
    const [path, kind] = plant(user, ['users', index]);
    planted.push(`${formatPath(path)}|${kind}`);
  });
  copy.settings.locale = 'fr';
  planted.push('settings.locale|changed');
  return {
    old,
    new: copy as unknown as Json,
    planted: planted.sort(),
    bytes: JSON.stringify(old).length,
  };
}

/** The JSON type of a value, as compareObjects tells `type` from `changed`. */
function jsonKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function changeKind(before: unknown, after: unknown): string {
  return jsonKind(before) === jsonKind(after) ? 'changed' : 'type';
}

/** microdiff's output as `path|kind`. */
export function microdiffKeys(a: Json, b: Json): string[] {
  return microdiff(a as object, b as object).map((d) => {
    const path = formatPath(d.path);
    if (d.type === 'CREATE') return `${path}|extra`;
    if (d.type === 'REMOVE') return `${path}|missing`;
    return `${path}|${changeKind(d.oldValue, d.value)}`;
  });
}

const patcher = jsondiffpatch.create({ matchByPosition: true, arrays: { detectMove: false } });

/** jsondiffpatch's delta as `path|kind` (see the module comment for how arrays are mapped). */
export function jsondiffpatchKeys(a: Json, b: Json): string[] {
  const out: string[] = [];
  const visit = (delta: unknown, path: Segment[]): void => {
    if (Array.isArray(delta)) {
      if (delta.length === 1) out.push(`${formatPath(path)}|extra`);
      else if (delta.length === 3 && delta[2] === 0) out.push(`${formatPath(path)}|missing`);
      else if (delta.length === 2)
        out.push(`${formatPath(path)}|${changeKind(delta[0], delta[1])}`);
      else out.push(`${formatPath(path)}|unmapped`);
      return;
    }
    const record = delta as Record<string, unknown>;
    if (record._t !== 'a') {
      for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
      return;
    }
    // Array delta: `N` is an item at new index N, `_N` one at old index N.
    const removed = new Map<number, unknown>();
    for (const [key, child] of Object.entries(record))
      if (key.startsWith('_') && key !== '_t')
        removed.set(Number(key.slice(1)), (child as unknown[])[0]);
    for (const [key, child] of Object.entries(record)) {
      if (key.startsWith('_')) continue;
      const index = Number(key);
      if (Array.isArray(child) && child.length === 1 && removed.has(index)) {
        out.push(`${formatPath([...path, index])}|${changeKind(removed.get(index), child[0])}`);
        removed.delete(index);
      } else visit(child, [...path, index]);
    }
    for (const index of removed.keys()) out.push(`${formatPath([...path, index])}|missing`);
  };
  const delta = patcher.diff(a, b);
  if (delta !== undefined) visit(delta, []);
  return out;
}

/** compareObjects' output as `path|kind`. */
export function compareObjectsKeys(a: Json, b: Json): string[] {
  return compareObjects(a, b).map((d) => `${d.path}|${d.kind}`);
}

/** One library's timing on the pair. */
export interface ObjectsMeasurement {
  library: string;
  medianMs: number;
  minMs: number;
  runs: number;
  /** How many differences it reported. */
  differences: number;
  /** Whether its differences, mapped, are exactly the planted ones. */
  same?: boolean;
  note?: string;
}

const LIBRARIES: [string, (a: Json, b: Json) => string[]][] = [
  ['compareObjects', compareObjectsKeys],
  ['microdiff', microdiffKeys],
  ['jsondiffpatch', jsondiffpatchKeys],
];

function sameSet(found: string[], planted: string[]): { same: boolean; note?: string } {
  const sorted = [...found].sort();
  if (sorted.length === planted.length && sorted.every((key, i) => key === planted[i]))
    return { same: true };
  const want = new Set(planted);
  const got = new Set(found);
  const extra = found.filter((key) => !want.has(key));
  const lacking = planted.filter((key) => !got.has(key));
  return {
    same: false,
    note: `${found.length} found, ${planted.length} planted; not planted: ${extra.slice(0, 3).join(', ')}; not found: ${lacking.slice(0, 3).join(', ')}`,
  };
}

/**
 * Times the three libraries on the pair (runs interleaved, so the machine's load falls on all of
 * them alike) and checks each one's differences. The times include the mapping to `path|kind`
 * for none of them: only the diff call is timed.
 */
export async function benchObjects(options: {
  smoke: boolean;
  log: Log;
  runs?: number;
}): Promise<ObjectsMeasurement[]> {
  const { log } = options;
  const pair = options.smoke ? makeDocumentPair(200_000, 10) : makeDocumentPair(10 * 2 ** 20);
  log(
    `objects: document of ${(pair.bytes / 2 ** 20).toFixed(1)} MB, ${pair.planted.length} planted differences`,
  );
  const runs = options.runs ?? (options.smoke ? 1 : 7);
  const timings = new Map<string, number[]>(LIBRARIES.map(([name]) => [name, []]));
  const diffOnly: Record<string, (a: Json, b: Json) => unknown> = {
    compareObjects: (a, b) => compareObjects(a, b),
    microdiff: (a, b) => microdiff(a as object, b as object),
    jsondiffpatch: (a, b) => patcher.diff(a, b),
  };
  // One untimed run each first: JIT warm-up.
  for (const [name] of LIBRARIES) diffOnly[name]!(pair.old, pair.new);
  for (let run = 0; run < runs; run++) {
    for (const [name] of LIBRARIES) {
      const started = performance.now();
      diffOnly[name]!(pair.old, pair.new);
      timings.get(name)!.push(performance.now() - started);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return LIBRARIES.map(([library, keys]) => {
    const found = keys(pair.old, pair.new);
    const times = [...timings.get(library)!].sort((x, y) => x - y);
    const measurement: ObjectsMeasurement = {
      library,
      medianMs: times[Math.floor(times.length / 2)]!,
      minMs: times[0]!,
      runs,
      differences: found.length,
      ...sameSet(found, pair.planted),
    };
    log(
      `  ${library}: median ${measurement.medianMs.toFixed(1)} ms, ${found.length} differences, ` +
        `${measurement.same ? 'same as planted' : `DIFFERENT: ${measurement.note}`}`,
    );
    return measurement;
  });
}
