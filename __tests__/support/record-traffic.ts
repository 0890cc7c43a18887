/**
 * Recording traffic the way a proxy would: each request is sent to a running app and written,
 * with what the app answered, as one JSON Lines record or one HAR entry. Later requests may use
 * earlier answers (an id a POST returned), as a real client's session does.
 */
import { writeFileSync } from 'node:fs';

/** One request to record; `path`/`body` may be computed from the answers so far. */
export interface ScriptStep {
  method: string;
  path: string | ((answers: RecordedAnswer[]) => string);
  headers?: Record<string, string> | ((answers: RecordedAnswer[]) => Record<string, string>);
  body?: unknown;
}

/** What the recorded app answered. */
export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A recorded exchange. */
export interface RecordedExchange {
  method: string;
  path: string;
  /** When the request was sent (ISO 8601): the replay sets the apps' clocks to it. */
  time: string;
  headers: Record<string, string>;
  body?: unknown;
  response: RecordedAnswer;
}

/** Sends `steps` to `baseUrl` in order and returns the exchanges. */
export async function recordTraffic(
  baseUrl: string,
  steps: readonly ScriptStep[],
): Promise<RecordedExchange[]> {
  const answers: RecordedAnswer[] = [];
  const out: RecordedExchange[] = [];
  for (const step of steps) {
    const path = typeof step.path === 'function' ? step.path(answers) : step.path;
    const body =
      typeof step.body === 'function'
        ? (step.body as (a: RecordedAnswer[]) => unknown)(answers)
        : step.body;
    const given = typeof step.headers === 'function' ? step.headers(answers) : step.headers;
    const headers: Record<string, string> = { accept: 'application/json', ...given };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const time = new Date().toISOString();
    const response = await fetch(new URL(path, baseUrl), {
      method: step.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const responseHeaders = Object.fromEntries(response.headers);
    let parsed: unknown = text === '' ? null : text;
    if (/json/.test(responseHeaders['content-type'] ?? '') && text !== '')
      parsed = JSON.parse(text);
    const answer = { status: response.status, headers: responseHeaders, body: parsed };
    answers.push(answer);
    out.push({
      method: step.method,
      path,
      time,
      headers,
      ...(body === undefined ? {} : { body }),
      response: answer,
    });
  }
  return out;
}

/** Writes exchanges as JSON Lines (schema/traffic.schema.json). */
export function writeJsonLines(file: string, exchanges: readonly RecordedExchange[]): void {
  writeFileSync(file, exchanges.map((exchange) => JSON.stringify(exchange)).join('\n') + '\n');
}

/** Writes exchanges as a HAR 1.2 file, as a browser would export it (absolute URLs on `origin`). */
export function writeHar(
  file: string,
  origin: string,
  exchanges: readonly RecordedExchange[],
): void {
  const pairs = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => ({ name, value }));
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'verify-migration tests', version: '1' },
      entries: exchanges.map((exchange) => ({
        startedDateTime: exchange.time,
        time: 1,
        request: {
          method: exchange.method,
          url: new URL(exchange.path, origin).toString(),
          httpVersion: 'HTTP/1.1',
          headers: pairs(exchange.headers),
          queryString: [],
          cookies: [],
          headersSize: -1,
          bodySize: -1,
          ...(exchange.body === undefined
            ? {}
            : { postData: { mimeType: 'application/json', text: JSON.stringify(exchange.body) } }),
        },
        response: {
          status: exchange.response.status,
          statusText: '',
          httpVersion: 'HTTP/1.1',
          headers: pairs(exchange.response.headers),
          cookies: [],
          content: {
            size: -1,
            mimeType: exchange.response.headers['content-type'] ?? 'text/plain',
            text:
              exchange.response.body === null
                ? ''
                : typeof exchange.response.body === 'string'
                  ? exchange.response.body
                  : JSON.stringify(exchange.response.body),
          },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 1, receive: 0 },
      })),
    },
  };
  writeFileSync(file, JSON.stringify(har, null, 2));
}
