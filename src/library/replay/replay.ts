/**
 * Replaying a recording against the old app, a second instance of the old app (the twin) and the
 * new app, in the manner of Twitter's diffy: what the two old instances disagree on is noise
 * (timestamps, generated ids, `Date`), learned from the run instead of listed by hand, and is
 * never a failure. Values that differ but correspond (an id one instance generated and a later
 * request uses) are followed: requests to each instance carry that instance's own value, and a
 * difference between two corresponding values is matched, not reported.
 */
import type { Difference } from '../../results/types.js';
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
  // For each instance, the value it holds for a reference value (the recorded one, or old's).
  private readonly valueOf: Record<ReplayRole, Map<string, unknown>> = {
    old: new Map(),
    'old-twin': new Map(),
    new: new Map(),
  };
  private readonly timeoutMs: number;

  constructor(
    private readonly baseUrls: Record<ReplayRole, string>,
    options: ReplayerOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Sends `request` to the three instances at once, learns from the answers and compares them. */
  async step(request: RecordedRequest): Promise<ReplayStep> {
    const roles: ReplayRole[] = ['old', 'old-twin', 'new'];
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
    const twinDiffs = this.compare(responses.old, responses['old-twin']);
    const noisePaths = new Set<string>();
    for (const difference of twinDiffs) {
      if (this.corresponds(difference, 'old-twin')) continue;
      noisePaths.add(difference.path);
    }
    // Corresponding values are learned where the reference and an instance differ at a path that
    // is noise (or, against a recorded response, at an id-like key): never where the two old
    // instances agree and only the new one differs, which is the very thing to report.
    for (const role of roles) {
      if (role === 'old' && !request.response) continue;
      this.learnValues(reference.body, responses[role].body, 'body', role, (path, key) =>
        request.response
          ? isIdLike(key) || this.isNoise(route, path, noisePaths)
          : this.isNoise(route, path, noisePaths),
      );
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
    for (const difference of this.compare(responses.old, responses.new)) {
      if (this.isNoise(route, difference.path, noisePaths)) step.noise.push(difference);
      else if (this.corresponds(difference, 'new')) step.matched.push(difference);
      else step.differences.push(difference);
    }
    return step;
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
  private translate(role: ReplayRole, request: RecordedRequest): { path: string; body?: string } {
    const map = this.valueOf[role];
    if (map.size === 0) return { path: request.path, body: request.body };
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
    return { path, body };
  }

  private async send(role: ReplayRole, request: RecordedRequest): Promise<ReplayResponse> {
    const { path, body } = this.translate(role, request);
    const url = new URL(path, this.baseUrls[role]);
    const response = await fetch(url, {
      method: request.method,
      headers: request.headers,
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
 * (numbers, uuids, long hex or mixed tokens) as `:id`, without the query.
 */
export function routeKey(request: Pick<RecordedRequest, 'method' | 'path'>): string {
  const [pathname] = splitOnce(request.path, '?');
  const segments = pathname
    .split('/')
    .map((segment) =>
      /^\d+$/.test(segment) || (segment.length >= 8 && /\d/.test(segment)) ? ':id' : segment,
    );
  return `${request.method} ${segments.join('/')}`;
}

/** `items[3].id` → `items[*].id`: noise in one item of a list is noise in every item. */
function generalise(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]');
}

function isIdLike(key: string | number): boolean {
  return typeof key === 'string' && /(^id$|^uuid$|^_id$|Id$|_id$|^key$|^slug$|^token$)/.test(key);
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
