/**
 * Recorded traffic for `describeApiMigration({ traffic })`: HAR 1.2 (as browsers and proxies
 * export it) or JSON Lines (one request per line, schema/traffic.schema.json). Parsing checks
 * everything before a single request is sent, so a bad recording is an error naming its line,
 * and a request to any host but the recorded app's is refused rather than replayed elsewhere.
 */
import { readFileSync } from 'node:fs';
import { MASK } from './secrets.js';

/** One recorded request, in recording order. */
export interface RecordedRequest {
  /** 0-based position in the recording. */
  index: number;
  /** 1-based line of the recording it came from (JSON Lines: its line; HAR: the entry's `request` line). */
  line: number;
  /** Upper-case method. */
  method: string;
  /** Path and query, e.g. `/items?limit=5`, relative to the app. */
  path: string;
  /** Request headers as recorded (names in lower case). */
  headers: Record<string, string>;
  /** The body as text, or undefined. */
  body?: string;
  /** What the recorded app answered, when the recording has it (used to follow ids). */
  response?: RecordedResponse;
  /** The test this request belongs to, when the user groups requests (`group` in JSON Lines). */
  group?: string;
  /**
   * When it was recorded (HAR `startedDateTime`, JSON Lines `time`), in ms since the epoch: the
   * clock every instance is set to for this request when the apps let the replay set their clock.
   */
  time?: number;
}

/** A recorded response. */
export interface RecordedResponse {
  /** The status code. */
  status: number;
  /** Headers, names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON when the content type says JSON, else the text; undefined when not recorded. */
  body?: unknown;
}

/** A recording that cannot be replayed; the message names the line (and the file, when known). */
export class TrafficError extends Error {
  /** The 1-based line at fault, when there is one. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'TrafficError';
    this.line = line;
  }
}

/** Headers whose values are secrets: masked in every message, report and test title. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
]);

/** A copy of `headers` with the values of secret headers (`Authorization`, cookies...) as `***`. */
export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? MASK : value;
  return out;
}

/** Where a recording comes from: a file path (`.har`, `.json`, `.jsonl`, `.ndjson`), or its text. */
export type TrafficSource =
  | string
  | { text: string; format: 'har' | 'jsonl'; name?: string }
  | readonly Omit<RecordedRequest, 'index' | 'line'>[];

/** Options of `loadTraffic`. */
export interface LoadTrafficOptions {
  /**
   * The recorded app's origin (`http://localhost:3000`). Absolute URLs must have it; default: the
   * origin of the first absolute URL in the recording.
   */
  appOrigin?: string;
}

/**
 * Reads and checks a recording. Throws a `TrafficError` naming the line for a line that is not
 * JSON, a request without method or path, or a URL on another host than the app's.
 */
export function loadTraffic(
  source: TrafficSource,
  options: LoadTrafficOptions = {},
): RecordedRequest[] {
  if (Array.isArray(source)) {
    const given = source as readonly Omit<RecordedRequest, 'index' | 'line'>[];
    return checkHosts(
      given.map((request, index) =>
        normalise(request as unknown as Record<string, unknown>, index, index + 1, 'traffic'),
      ),
      options,
      'traffic',
    );
  }
  let text: string;
  let format: 'har' | 'jsonl';
  let name: string;
  if (typeof source === 'string') {
    name = source;
    try {
      text = readFileSync(source, 'utf8');
    } catch (error) {
      throw new TrafficError(`Cannot read the traffic file ${source}: ${(error as Error).message}`);
    }
    format = /\.(jsonl|ndjson)$/i.test(source) ? 'jsonl' : 'har';
  } else {
    ({ text, format } = source as { text: string; format: 'har' | 'jsonl' });
    name = (source as { name?: string }).name ?? `${format} traffic`;
  }
  const requests = format === 'har' ? parseHar(text, name) : parseJsonLines(text, name);
  return checkHosts(requests, options, name);
}

function parseJsonLines(text: string, name: string): RecordedRequest[] {
  const out: RecordedRequest[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new TrafficError(
        `${name}:${i + 1}: not JSON (${(error as Error).message}); each line must be one request object {"method","path","headers","body"}.`,
        i + 1,
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TrafficError(
        `${name}:${i + 1}: a line must be a JSON object {"method","path",...}, not ${Array.isArray(value) ? 'an array' : typeof value}.`,
        i + 1,
      );
    }
    out.push(normalise(value as Record<string, unknown>, out.length, i + 1, name));
  }
  if (out.length === 0) throw new TrafficError(`${name}: holds no request.`);
  return out;
}

const METHOD = /^[A-Za-z]+$/;

function normalise(
  raw: Record<string, unknown>,
  index: number,
  line: number,
  name: string,
): RecordedRequest {
  const where = `${name}:${line}`;
  const method = raw.method;
  if (typeof method !== 'string' || !METHOD.test(method))
    throw new TrafficError(
      `${where}: "method" must be an HTTP method such as "GET", got ${JSON.stringify(method)}.`,
      line,
    );
  const path = raw.path ?? raw.url;
  if (typeof path !== 'string' || path === '')
    throw new TrafficError(
      `${where}: "path" must be a non-empty string such as "/items?limit=5", got ${JSON.stringify(path)}.`,
      line,
    );
  const headers = headersOf(raw.headers, where, line);
  let body: string | undefined;
  if (raw.body !== undefined && raw.body !== null) {
    body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
    if (typeof raw.body !== 'string' && !('content-type' in headers))
      headers['content-type'] = 'application/json';
  }
  let response: RecordedResponse | undefined;
  if (raw.response !== undefined) {
    const r = raw.response as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || typeof r.status !== 'number')
      throw new TrafficError(
        `${where}: "response" must be an object with a numeric "status".`,
        line,
      );
    response = { status: r.status, headers: headersOf(r.headers, where, line), body: r.body };
  }
  if (raw.group !== undefined && typeof raw.group !== 'string')
    throw new TrafficError(`${where}: "group" must be a string.`, line);
  let time: number | undefined;
  if (raw.time !== undefined) {
    time = typeof raw.time === 'string' ? Date.parse(raw.time) : Number.NaN;
    if (!Number.isFinite(time))
      throw new TrafficError(
        `${where}: "time" must be an ISO 8601 date-time such as "2026-12-04T22:52:54.120Z", got ${JSON.stringify(raw.time)}.`,
        line,
      );
  }
  return {
    index,
    line,
    method: method.toUpperCase(),
    path,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(response ? { response } : {}),
    ...(typeof raw.group === 'string' ? { group: raw.group } : {}),
    ...(time === undefined ? {} : { time }),
  };
}

function headersOf(raw: unknown, where: string, line: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === undefined || raw === null) return out;
  // HAR lists headers as [{name, value}]; JSON Lines as an object. Both are accepted in both.
  const entries: [unknown, unknown][] = Array.isArray(raw)
    ? raw.map((h: { name?: unknown; value?: unknown }) => [h?.name, h?.value])
    : typeof raw === 'object'
      ? Object.entries(raw)
      : [];
  if (!Array.isArray(raw) && typeof raw !== 'object')
    throw new TrafficError(
      `${where}: "headers" must be an object or a list of {name, value}.`,
      line,
    );
  for (const [key, value] of entries) {
    if (typeof key !== 'string' || (typeof value !== 'string' && typeof value !== 'number'))
      throw new TrafficError(
        `${where}: each header needs a string name and a string value, got ${JSON.stringify(key)}.`,
        line,
      );
    const lower = key.toLowerCase();
    // HTTP/2 pseudo-headers (":authority") and hop-by-hop headers are not the app's business.
    if (lower.startsWith(':') || HOP_BY_HOP.has(lower)) continue;
    out[lower] = out[lower] === undefined ? String(value) : `${out[lower]}, ${String(value)}`;
  }
  return out;
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'accept-encoding',
  'upgrade',
  'te',
]);

function parseHar(text: string, name: string): RecordedRequest[] {
  let har: unknown;
  try {
    har = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Node 20's message has no position: find it ourselves, so the message can name the line.
    const line = lineAt(text, jsonErrorOffset(text));
    throw new TrafficError(
      `${name}${line ? `:${line}` : ''}: not a valid HAR file (${message}).`,
      line,
    );
  }
  const entries = (har as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries))
    throw new TrafficError(
      `${name}: not HAR 1.2: "log.entries" must be a list of {request, response} (a JSON Lines file should end in .jsonl).`,
      1,
    );
  // Each entry's line is found by walking the text for its "request" key, in order, so that an
  // error (and every test title) can point at the line in the file the user has open.
  const requestLines = linesOfKey(text, '"request"');
  return entries.map((entry: unknown, index) => {
    const line = requestLines[index] ?? 1;
    const where = `${name}:${line} (log.entries[${index}])`;
    const request = (entry as { request?: Record<string, unknown> } | null)?.request;
    if (typeof request !== 'object' || request === null)
      throw new TrafficError(`${where}: an entry needs a "request" object.`, line);
    if (typeof request.url !== 'string')
      throw new TrafficError(`${where}: "request.url" must be a string.`, line);
    const postData = request.postData as { text?: unknown; mimeType?: unknown } | undefined;
    const headers = headersOf(request.headers, where, line);
    if (postData && typeof postData.mimeType === 'string' && !('content-type' in headers))
      headers['content-type'] = postData.mimeType;
    const response = (entry as { response?: Record<string, unknown> }).response;
    let recorded: RecordedResponse | undefined;
    if (response && typeof response.status === 'number' && response.status > 0) {
      const responseHeaders = headersOf(response.headers, where, line);
      const content = response.content as
        { text?: unknown; mimeType?: unknown; encoding?: unknown } | undefined;
      let body: unknown;
      if (content && typeof content.text === 'string' && content.encoding !== 'base64') {
        const type = String(content.mimeType ?? responseHeaders['content-type'] ?? '');
        body = content.text;
        if (/[/+]json\b/i.test(type)) {
          try {
            body = JSON.parse(content.text);
          } catch {
            body = content.text;
          }
        }
      }
      recorded = { status: response.status, headers: responseHeaders, body };
    }
    const normalised = normalise(
      {
        method: request.method,
        path: request.url,
        headers,
        ...(postData && typeof postData.text === 'string' ? { body: postData.text } : {}),
        ...((entry as { startedDateTime?: unknown }).startedDateTime === undefined
          ? {}
          : { time: (entry as { startedDateTime?: unknown }).startedDateTime }),
      },
      index,
      line,
      name,
    );
    return recorded ? { ...normalised, response: recorded } : normalised;
  });
}

/** The offset of the first syntax error in `text` (a small JSON scanner; only called on bad JSON). */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else {
      const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!match) fail();
      i += match![0].length;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function linesOfKey(text: string, key: string): number[] {
  const out: number[] = [];
  let line = 1;
  let from = 0;
  for (;;) {
    const at = text.indexOf(key, from);
    if (at < 0) return out;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    out.push(line);
    from = at + key.length;
  }
}

function checkHosts(
  requests: RecordedRequest[],
  options: LoadTrafficOptions,
  name: string,
): RecordedRequest[] {
  let origin = options.appOrigin ? new URL(options.appOrigin).origin : undefined;
  for (const request of requests) {
    if (request.path.startsWith('/') && !request.path.startsWith('//')) continue;
    let url: URL;
    try {
      url = new URL(request.path);
    } catch {
      throw new TrafficError(
        `${name}:${request.line}: "${request.path}" is neither a path starting with "/" nor an absolute http(s) URL.`,
        request.line,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new TrafficError(
        `${name}:${request.line}: only http and https requests can be replayed, not ${url.protocol}.`,
        request.line,
      );
    origin ??= url.origin;
    if (url.origin !== origin)
      throw new TrafficError(
        `${name}:${request.line}: ${request.method} ${url.origin}${url.pathname} is on another host than the recorded app (${origin}); only the app's own requests are replayed (give appOrigin, or remove it from the recording).`,
        request.line,
      );
    request.path = `${url.pathname}${url.search}`;
  }
  return requests;
}
