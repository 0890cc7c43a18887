/**
 * Replaying a recording against the old app, a second instance of the old app (the twin) and the
 * new app, in the manner of Twitter's diffy: what the two old instances disagree on is noise
 * (timestamps, generated ids, `Date`), learned from the run instead of listed by hand, and is
 * never a failure. Values that differ but correspond (an id one instance generated and a later
 * request uses) are followed: requests to each instance carry that instance's own value, and a
 * difference between two corresponding values is matched, not reported.
 */
import type { Difference } from '../../common/records.js';
import { compareObjects, describeValue } from '../compare/objects.js';
import { MASK } from '../secrets.js';
import { SECRET_HEADERS, type RecordedRequest } from './traffic.js';

/** The three instances a recording is replayed against. */
export type ReplayRole = 'old' | 'old-twin' | 'new';

/** What one instance answered. */
export interface ReplayResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The outcome of one replayed request. */
export interface ReplayStep {
  /** The request, as recorded. */
  request: RecordedRequest;
  /** Differences between old and new that are neither noise nor corresponding values: failures. */
  differences: Difference[];
  /** Differences between old and new at paths the two old instances disagree on (not failures). */
  noise: Difference[];
  /** Differences between old and new whose values correspond (the same generated id). */
  matched: Difference[];
  /** What each instance answered. */
  responses: Record<ReplayRole, ReplayResponse>;
}

/** Options of a `Replayer`. */
export interface ReplayerOptions {
  /** Milliseconds before one request is abandoned (default 30000). */
  timeoutMs?: number;
  /**
   * How to set each instance's clock (its app's `setClock`). Before each request every instance
   * that has one is set to the same instant: the request's recorded `time`, else the moment the
   * replay reached it. Rows written in one second then carry the same timestamp on every
   * instance and tie the same way in a sorted list, so a tie is never read as a changed sort.
   */
  clocks?: Partial<Record<ReplayRole, (time: Date) => unknown>>;
}

// Headers that say how the bytes travelled, not what the app answered.
const TRANSPORT_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding']);
// Headers computed from the body: compared only when the bodies are equal, since a learned-noise
// field of another length (a timestamp, a generated id) changes them too.
const BODY_DERIVED_HEADERS = new Set(['content-length', 'etag']);

/**
 * Replays requests one at a time, in order, against the three base URLs, and keeps what it has
 * learned (noise paths by route, corresponding values by instance) between requests.
 */
export class Replayer {
  private readonly noiseByRoute = new Map<string, Set<string>>();
  private readonly noiseHeaders = new Set<string>();
  // For each route and list path, the fields every list the old version returned there was
  // sorted by (either way), each with the requests whose lists it ordered with different values.
  private readonly sortKeys = new Map<string, SortKeyCandidates>();
  // For each instance, the value it holds for a reference value (the recorded one, or old's).
  private readonly valueOf: Record<ReplayRole, Map<string, unknown>> = {
    old: new Map(),
    'old-twin': new Map(),
    new: new Map(),
  };
  private readonly timeoutMs: number;
  private readonly clocks: Partial<Record<ReplayRole, (time: Date) => unknown>>;

  constructor(
    private readonly baseUrls: Record<ReplayRole, string>,
    options: ReplayerOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.clocks = options.clocks ?? {};
  }

  /** Sends `request` to the three instances at once, learns from the answers and compares them. */
  async step(request: RecordedRequest): Promise<ReplayStep> {
    const roles: ReplayRole[] = ['old', 'old-twin', 'new'];
    const now = new Date(request.time ?? Date.now());
    await Promise.all(roles.map((role) => this.clocks[role]?.(now)));
    const answers = await Promise.all(roles.map((role) => this.send(role, request)));
    const responses = { old: answers[0]!, 'old-twin': answers[1]!, new: answers[2]! };
    const route = routeKey(request);
    // Reference values: the recording's when it has the response, else what old answered.
    const reference = request.response
      ? {
          status: request.response.status,
          headers: request.response.headers,
          body: request.response.body,
        }
      : responses.old;
    // Lists sorted on a key with ties (rows written in the same second) come back with the tied
    // items in any order, and cut by a page boundary inside a tie, on any instance, even on the
    // old version twice. What a list's order leaves open is learned from the old instances: the
    // fields every list at this place was sorted by. Another instance's list is lined up with
    // old's only when it has, position by position, the same values of such a field, and the
    // same items in every tie but those at the list's two ends (cut by the page).
    this.learnSortKeys(request, route, responses.old.body, 'body');
    this.learnSortKeys(request, route, responses['old-twin'].body, 'body');
    if (request.response) this.learnSortKeys(request, route, request.response.body, 'body');
    const tiesOf = (role: ReplayRole) => {
      const ties = new TieAlignment(route, this.sortKeys, (a, b) => this.sameValue(a, b, role));
      return { ties, body: ties.align(responses.old.body, responses[role].body, 'body') };
    };
    let [twinTies, newTies] = [tiesOf('old-twin'), tiesOf('new')];
    // A list in an order no candidate key explains may be one whose candidates are still too
    // many: in a short list a field can be sorted by chance in every old answer so far, and then
    // stand for the key. A read is safe to ask again (RFC 9110): the old instances' answers to it
    // again are more samples of the old version's order, which rule such fields out; the real
    // key is sorted in every answer and stays.
    for (
      let again = 0;
      again < REASKS && twinTies.ties.unexplained + newTies.ties.unexplained > 0 && isSafe(request);
      again++
    ) {
      const more = await Promise.all(
        (['old', 'old-twin'] as const).map((role) => this.send(role, request)),
      );
      for (const answer of more) this.learnSortKeys(request, route, answer.body, 'body');
      [twinTies, newTies] = [tiesOf('old-twin'), tiesOf('new')];
    }
    const twin = { ...responses['old-twin'], body: twinTies.body };
    const twinDiffs = this.compare(responses.old, twin);
    const noisePaths = new Set<string>();
    for (const difference of twinDiffs) {
      if (this.corresponds(difference, 'old-twin') || twinTies.ties.covers(difference.path))
        continue;
      noisePaths.add(difference.path);
    }
    // Corresponding values are learned only where values are generated: the `id` (or uuid,
    // token, slug) in the answer to a write, where the reference and the instance differ and
    // either the recording says what it was, or the two old instances disagree (noise). Never
    // from reads: a list in another order would pair unrelated ids.
    const writes = request.method !== 'GET' && request.method !== 'HEAD';
    if (writes) {
      for (const role of roles) {
        if (role === 'old' && !request.response) continue;
        this.learnValues(
          reference.body,
          responses[role].body,
          'body',
          role,
          (path, key) =>
            isGeneratedKey(key) &&
            (request.response !== undefined || this.isNoise(route, path, noisePaths)),
        );
      }
    }
    // A recording is a third sample of the old version, made at another time: a header it
    // disagrees with old on (a rate-limit countdown, `Date`, `Expires`) is noise too. Headers
    // only: a body field the recording disagrees on may be what the old version changed.
    if (request.response) {
      const recorded = request.response.headers;
      for (const name of Object.keys(recorded)) {
        const value = responses.old.headers[name];
        if (value !== undefined && value !== recorded[name]) noisePaths.add(`headers["${name}"]`);
      }
    }
    // Session cookies a response sets are followed like ids: each instance gets its own back.
    for (const role of roles) {
      if (role === 'old' && !request.response) continue;
      if (!request.response && !noisePaths.has('headers["set-cookie"]')) continue;
      const given = cookiePairs(reference.headers['set-cookie']);
      const got = cookiePairs(responses[role].headers['set-cookie']);
      for (const [name, value] of given) {
        const mine = got.get(name);
        if (mine !== undefined && mine !== value && !this.valueOf[role].has(keyOf(value)))
          this.valueOf[role].set(keyOf(value), mine);
      }
    }
    for (const path of noisePaths) {
      if (path.startsWith('headers.') || path.startsWith('headers[')) this.noiseHeaders.add(path);
      else {
        let set = this.noiseByRoute.get(route);
        if (!set) this.noiseByRoute.set(route, (set = new Set()));
        set.add(generalise(path));
      }
    }
    const step: ReplayStep = { request, differences: [], noise: [], matched: [], responses };
    const aligned = { ...responses.new, body: newTies.body };
    step.noise.push(...newTies.ties.reorders);
    for (const difference of this.compare(responses.old, aligned)) {
      if (
        newTies.ties.covers(difference.path) ||
        this.isNoise(route, difference.path, noisePaths) ||
        isClockSkew(difference)
      )
        step.noise.push(difference);
      else if (this.corresponds(difference, 'new')) step.matched.push(difference);
      else step.differences.push(difference);
    }
    return step;
  }

  /** Whether old's `a` and `role`'s `b` are the same value, or correspond (generated ids). */
  private sameValue(a: unknown, b: unknown, role: ReplayRole): boolean {
    return (
      sameScalar(a, b) ||
      this.corresponds({ path: '', kind: 'changed', old: a, new: b, message: '' }, role)
    );
  }

  private learnSortKeys(
    request: RecordedRequest,
    route: string,
    value: unknown,
    path: string,
  ): void {
    if (Array.isArray(value)) {
      if (value.length >= 2 && value.every(isPlainObject)) {
        const key = `${route} ${generalise(path)}`;
        const sorted = sortedFields(value);
        let known = this.sortKeys.get(key);
        if (!known)
          this.sortKeys.set(key, (known = new Map([...sorted].map((f) => [f, new Set()]))));
        for (const [field, ordered] of known) {
          if (!sorted.has(field)) known.delete(field);
          else if (new Set(value.map((item) => item[field])).size >= DISTINCT_TO_ORDER)
            ordered.add(request.index);
        }
      }
      value.forEach((item, i) => this.learnSortKeys(request, route, item, `${path}[${i}]`));
    } else if (isPlainObject(value))
      for (const [k, v] of Object.entries(value))
        this.learnSortKeys(request, route, v, joinKey(path, k));
  }

  private compare(a: ReplayResponse, b: ReplayResponse): Difference[] {
    const out: Difference[] = [];
    if (a.status !== b.status)
      out.push({
        path: 'status',
        kind: 'changed',
        old: a.status,
        new: b.status,
        message: `status: ${a.status} changed to ${b.status}`,
      });
    const bodies = compareObjects(a.body, b.body, { rootPath: 'body' });
    const names = new Set([...Object.keys(a.headers), ...Object.keys(b.headers)]);
    for (const name of [...names].sort()) {
      if (TRANSPORT_HEADERS.has(name)) continue;
      if (BODY_DERIVED_HEADERS.has(name) && bodies.length > 0) continue;
      const [x, y] = [a.headers[name], b.headers[name]];
      if (x === y) continue;
      const secret = SECRET_HEADERS.has(name);
      const shown = (value: string | undefined): string | undefined =>
        value === undefined ? undefined : secret ? MASK : value;
      const path = `headers["${name}"]`;
      out.push({
        path,
        kind: x === undefined ? 'extra' : y === undefined ? 'missing' : 'changed',
        ...(x === undefined ? {} : { old: shown(x) }),
        ...(y === undefined ? {} : { new: shown(y) }),
        message:
          x === undefined
            ? `${path}: only in new (${describeValue(shown(y))})`
            : y === undefined
              ? `${path}: only in old (${describeValue(shown(x))})`
              : `${path}: ${describeValue(shown(x))} changed to ${describeValue(shown(y))}`,
      });
    }
    out.push(...bodies);
    return out;
  }

  private isNoise(route: string, path: string, current: ReadonlySet<string>): boolean {
    if (path.startsWith('headers[')) return current.has(path) || this.noiseHeaders.has(path);
    const general = generalise(path);
    const learned = this.noiseByRoute.get(route);
    for (const noise of [...current].map(generalise).concat(learned ? [...learned] : [])) {
      // Everything under a noisy path is noise too (an array of another length, say).
      if (general === noise || general.startsWith(`${noise}.`) || general.startsWith(`${noise}[`))
        return true;
    }
    return false;
  }

  /** Whether old's value and `role`'s value at this difference stand for the same reference value. */
  private corresponds(difference: Difference, role: ReplayRole): boolean {
    if (difference.kind !== 'changed' && difference.kind !== 'type') return false;
    const oldMap = this.valueOf.old;
    const roleMap = this.valueOf[role];
    for (const [reference, mapped] of roleMap) {
      if (!sameScalar(mapped, difference.new)) continue;
      const oldValue = oldMap.has(reference) ? oldMap.get(reference) : parseKey(reference);
      if (sameScalar(oldValue, difference.old)) return true;
    }
    return false;
  }

  private learnValues(
    reference: unknown,
    actual: unknown,
    path: string,
    role: ReplayRole,
    allowed: (path: string, key: string | number) => boolean,
    key: string | number = '',
  ): void {
    if (Array.isArray(reference) && Array.isArray(actual)) {
      const n = Math.min(reference.length, actual.length);
      for (let i = 0; i < n; i++)
        this.learnValues(reference[i], actual[i], `${path}[${i}]`, role, allowed, key);
      return;
    }
    if (isPlainObject(reference) && isPlainObject(actual)) {
      for (const [k, value] of Object.entries(reference)) {
        if (k in actual) this.learnValues(value, actual[k], joinKey(path, k), role, allowed, k);
      }
      return;
    }
    if (!isToken(reference) || !isToken(actual) || reference === actual) return;
    const map = this.valueOf[role];
    const referenceKey = keyOf(reference);
    if (map.has(referenceKey) || !allowed(path, key)) return;
    map.set(referenceKey, actual);
  }

  /** The request as `role` must receive it: reference values replaced by that instance's own. */
  private translate(
    role: ReplayRole,
    request: RecordedRequest,
  ): { path: string; body?: string; headers: Record<string, string> } {
    const map = this.valueOf[role];
    if (map.size === 0) return { path: request.path, body: request.body, headers: request.headers };
    const swap = (text: string): string => {
      const exact = map.get(keyOf(text)) ?? map.get(keyOf(Number(text)));
      if (exact !== undefined && (typeof text !== 'string' || text !== '')) return String(exact);
      let out = text;
      // Long tokens (uuids, slugs) are also replaced inside a string: `/items/<uuid>/tags`.
      for (const [reference, value] of map) {
        const raw = parseKey(reference);
        if (typeof raw === 'string' && raw.length >= 8 && out.includes(raw))
          out = out.split(raw).join(String(value));
      }
      return out;
    };
    const [pathname, query] = splitOnce(request.path, '?');
    let path = pathname
      .split('/')
      .map((segment) =>
        segment === '' ? segment : encodeURIComponent(swap(decodeURIComponent(segment))),
      )
      .join('/');
    if (query !== undefined) {
      const params = new URLSearchParams(query);
      const next = new URLSearchParams();
      for (const [name, value] of params) next.append(name, swap(value));
      path += `?${next.toString()}`;
    }
    let body = request.body;
    if (body !== undefined && /json/i.test(request.headers['content-type'] ?? '')) {
      try {
        body = JSON.stringify(
          mapTokens(JSON.parse(body), (value) => {
            const mapped = map.get(keyOf(value));
            return mapped === undefined
              ? typeof value === 'string'
                ? swap(value)
                : value
              : mapped;
          }),
        );
      } catch {
        // Not JSON after all: sent as recorded.
      }
    }
    const headers = { ...request.headers };
    if (headers.cookie !== undefined)
      headers.cookie = headers.cookie
        .split(/;\s*/)
        .map((pair) => {
          const at = pair.indexOf('=');
          if (at < 0) return pair;
          const mapped = map.get(keyOf(pair.slice(at + 1)));
          return mapped === undefined ? pair : `${pair.slice(0, at)}=${String(mapped)}`;
        })
        .join('; ');
    if (headers.authorization !== undefined) {
      const [scheme, token] = splitOnce(headers.authorization, ' ');
      const mapped = token === undefined ? undefined : map.get(keyOf(token));
      if (mapped !== undefined) headers.authorization = `${scheme} ${String(mapped)}`;
    }
    return { path, body, headers };
  }

  private async send(role: ReplayRole, request: RecordedRequest): Promise<ReplayResponse> {
    const sent = this.translate(role, request);
    const { path, body } = sent;
    const url = new URL(path, this.baseUrls[role]);
    const response = await fetch(url, {
      method: request.method,
      headers: sent.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    const headers: Record<string, string> = {};
    for (const [name, value] of response.headers) headers[name] = value;
    let parsed: unknown = text === '' ? null : text;
    if (text !== '' && /[/+]json\b/i.test(headers['content-type'] ?? '')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        // Claims JSON but is not: compared as text, which a difference will then show.
      }
    }
    return { status: response.status, headers, body: parsed };
  }
}

/**
 * The route of a request for learning noise: the method and the path with id-like segments
 * (numbers, uuids, long hex or mixed tokens) as `:id`, without the query (`GET /items/:id`).
 */
export function routeKey(request: Pick<RecordedRequest, 'method' | 'path'>): string {
  // Without the query: a page boundary's noise (`?page=2`, rows tied in the sort key landing on
  // either page) is noise of the same list read another way.
  const [pathname] = splitOnce(request.path, '?');
  const segments = pathname
    .split('/')
    .map((segment) =>
      /^\d+$/.test(segment) || (segment.length >= 8 && /\d/.test(segment)) ? ':id' : segment,
    );
  return `${request.method} ${segments.join('/')}`;
}

/**
 * Lines up another instance's lists with old's where they differ only in what the list's sort
 * key leaves open: the order of tied items, and which tied items a page boundary cuts off.
 */
class TieAlignment {
  /** One noise entry per list lined up: its path and the key its ties are on. */
  readonly reorders: Difference[] = [];
  /** Lists of the same length whose items differ in order, that no candidate key explained. */
  unexplained = 0;
  // Items a page boundary put on this page in one instance and not the other (tied on the key).
  private readonly cut = new Set<string>();

  constructor(
    private readonly route: string,
    private readonly sortKeys: ReadonlyMap<string, SortKeyCandidates>,
    private readonly sameId: (a: unknown, b: unknown) => boolean,
  ) {}

  /** Whether a difference at `path` lies in an item a page boundary cut differently. */
  covers(path: string): boolean {
    for (const item of this.cut) if (path === item || path.startsWith(`${item}.`)) return true;
    return false;
  }

  /** `b` with its lists put in `a`'s order where only ties tell them apart. */
  align(a: unknown, b: unknown, path: string): unknown {
    if (Array.isArray(a) && Array.isArray(b)) {
      const items = this.alignList(a, b, path) ?? b;
      return items.map((item, i) => this.align(a[i], item, `${path}[${i}]`));
    }
    if (isPlainObject(a) && isPlainObject(b))
      return Object.fromEntries(
        Object.entries(b).map(([k, v]) => [k, this.align(a[k], v, joinKey(path, k))]),
      );
    return b;
  }

  private alignList(a: unknown[], b: unknown[], path: string): unknown[] | undefined {
    if (a.length !== b.length || a.length < 2) return undefined;
    if (!a.every(hasTokenId) || !b.every(hasTokenId)) return undefined;
    if (a.every((item, i) => this.sameId(item.id, b[i]!.id))) return undefined;
    const known = this.sortKeys.get(`${this.route} ${generalise(path)}`) ?? new Map();
    // A field that has never ordered a list of several values here (a status every item
    // shares) is trivially sorted and would let any order through; it stays a candidate only
    // until another field has ordered such lists in two requests.
    const proven = [...known].some(([, ordered]) => ordered.size >= PROVEN_AFTER);
    const candidates = [...known]
      .filter(([, ordered]) => !proven || ordered.size > 0)
      .map(([field]) => field);
    for (const field of candidates.sort()) {
      const aligned = this.alignOn(field, a, b);
      if (!aligned) continue;
      this.reorders.push({
        path,
        kind: 'changed',
        message: a.some((item) => item[field] !== a[0]![field])
          ? `${path}: the same ${field} values in the same order, items tied on ${field} in another order (the order the old version leaves open)`
          : `${path}: the same items in another order, all tied on ${field} (the order the old version leaves open)`,
      });
      aligned.forEach((item, i) => {
        if (!this.sameId(a[i]!.id, item.id)) this.cut.add(`${path}[${i}]`);
      });
      return aligned;
    }
    this.unexplained++;
    return undefined;
  }

  private alignOn(
    field: string,
    a: Record<string, unknown>[],
    b: Record<string, unknown>[],
  ): Record<string, unknown>[] | undefined {
    // Position by position the same key values: both sorted alike, ties of the same sizes.
    if (!a.every((item, i) => isToken(item[field]) && sameScalar(item[field], b[i]![field])))
      return undefined;
    const out: Record<string, unknown>[] = [];
    for (let start = 0; start < a.length;) {
      let end = start + 1;
      while (end < a.length && sameScalar(a[end]![field], a[start]![field])) end++;
      const [groupA, groupB] = [a.slice(start, end), b.slice(start, end)];
      const placed = groupA.map((itemA) => groupB.find((itemB) => this.sameId(itemA.id, itemB.id)));
      // A tie inside the list has all its items here on both sides; only a tie at either end
      // can run on to the next or the previous page.
      const atEnd = start === 0 || end === a.length;
      if (!atEnd && placed.some((item) => item === undefined)) return undefined;
      const rest = groupB.filter((item) => !placed.includes(item));
      out.push(...placed.map((item) => item ?? rest.shift()!));
      start = end;
    }
    return out;
  }
}

/** How many more times a read is asked of the old instances to narrow its list's sort key. */
const REASKS = 3;

/** Requests whose lists a field must order (with different values) to be taken as the key. */
const PROVEN_AFTER = 2;

/**
 * Different values a field must have in a list sorted by it for that list to count as ordered
 * by it: a field of two values (a user id, unassigned or not) is sorted by chance too often in
 * a short list whose tie order the database repeats on every instance and every query.
 */
const DISTINCT_TO_ORDER = 3;

/** For one route and list path: each field every list there was sorted by, with the requests
 * whose lists it ordered with different values. */
type SortKeyCandidates = Map<string, Set<number>>;

/** Methods that change nothing on the server (RFC 9110 safe methods): asked again freely. */
function isSafe(request: RecordedRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
}

/** The fields (scalar in every item) a list is sorted by, ascending or descending. */
function sortedFields(items: Record<string, unknown>[]): Set<string> {
  const out = new Set<string>();
  for (const field of Object.keys(items[0]!)) {
    const values = items.map((item) => item[field]);
    if (!values.every(isToken)) continue;
    const same = values.every((v) => typeof v === typeof values[0]);
    if (!same) continue;
    const order = (x: string | number, y: string | number): number =>
      x === y ? 0 : x > y ? 1 : -1;
    const steps = values.slice(1).map((v, i) => order(values[i]!, v));
    if (steps.every((d) => d >= 0) || steps.every((d) => d <= 0)) out.add(field);
  }
  return out;
}

function hasTokenId(item: unknown): item is Record<string, unknown> & { id: string | number } {
  return isPlainObject(item) && isToken(item.id);
}

/** `name=value` of each cookie in a `set-cookie` header (Node joins several with `, `). */
function cookiePairs(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (header === undefined) return out;
  // A cookie starts the header or follows ", "; an Expires date's ", " is followed by a day, not name=.
  for (const match of header.matchAll(/(?:^|,\s*)([^=;,\s]+)=([^;,]*)/g))
    out.set(match[1]!, match[2]!);
  return out;
}

const CLOCK_SKEW_MS = 2000;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} /;

/**
 * Two timestamps of the replay moment itself (a `created_at`, a `Date` header) that the old and
 * the new instance wrote a few milliseconds apart, across a second boundary: noise even before
 * the two old instances have shown it, since they may have written the same second.
 */
function isClockSkew(difference: Difference): boolean {
  if (difference.kind !== 'changed') return false;
  const [a, b] = [difference.old, difference.new];
  // Countdown headers (rate-limit reset, retry-after, age) tick with the clock as well.
  if (
    /^headers\["[^"]*(reset|retry-after|age)"\]$/.test(difference.path) &&
    typeof a === 'string' &&
    typeof b === 'string' &&
    /^\d+$/.test(a) &&
    /^\d+$/.test(b)
  )
    return Math.abs(Number(a) - Number(b)) <= CLOCK_SKEW_MS / 1000;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (!DATE_LIKE.test(a) || !DATE_LIKE.test(b)) return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= CLOCK_SKEW_MS;
}

/** `items[3].id` → `items[*].id`: noise in one item of a list is noise in every item. */
function generalise(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]');
}

/** Keys whose value a write generates (not foreign keys such as `author_id`, which refer to one). */
function isGeneratedKey(key: string | number): boolean {
  return (
    typeof key === 'string' &&
    /^(id|_id|uuid|guid|key|slug|token|accessToken|access_token|sessionId)$/i.test(key)
  );
}

function isToken(value: unknown): value is string | number {
  return (
    (typeof value === 'string' && value !== '') ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function keyOf(value: unknown): string {
  return typeof value === 'number' ? `n:${value}` : `s:${String(value)}`;
}

function parseKey(key: string): string | number {
  return key.startsWith('n:') ? Number(key.slice(2)) : key.slice(2);
}

function sameScalar(a: unknown, b: unknown): boolean {
  return a === b || (isToken(a) && isToken(b) && String(a) === String(b) && typeof a === typeof b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinKey(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function mapTokens(value: unknown, fn: (token: string | number) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapTokens(item, fn));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTokens(v, fn)]));
  return isToken(value) ? fn(value) : value;
}

/** The failure message of a step: the request, its differences, then the noise and matched values. */
export function describeStep(
  step: ReplayStep,
  total: number,
  showPath: (path: string) => string = (path) => path,
): string {
  const { request } = step;
  const lines = [
    `${request.method} ${showPath(request.path)} (request ${request.index + 1} of ${total}, line ${request.line}): ${step.differences.length} difference${step.differences.length === 1 ? '' : 's'}`,
  ];
  for (const difference of step.differences.slice(0, 50)) lines.push(`  - ${difference.message}`);
  if (step.differences.length > 50) lines.push(`  ... and ${step.differences.length - 50} more`);
  if (step.noise.length > 0)
    lines.push(
      `  noise (the two old instances disagree here too; not a failure): ${[...new Set(step.noise.map((d) => d.path))].join(', ')}`,
    );
  if (step.matched.length > 0)
    lines.push(
      `  matched (corresponding generated values): ${[...new Set(step.matched.map((d) => d.path))].join(', ')}`,
    );
  return lines.join('\n');
}
