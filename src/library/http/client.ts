/**
 * A small JSON client over global `fetch`, one per version, so a test can send the same request
 * to the old and the new API and compare what came back.
 */

/** What a request returned. `body` is parsed JSON when the response says JSON, else text; `null` when empty. */
export interface ApiResponse {
  /** The HTTP status code; any status is returned, never thrown. */
  status: number;
  /** Header names in lower case; repeated headers joined with `, ` (as `fetch` does). */
  headers: Record<string, string>;
  /** Parsed JSON when the content type says JSON, else the text; `null` when the body is empty. */
  body: unknown;
}

/** Extra parts of a request. */
export interface ApiRequestOptions {
  /** Request headers; `accept: application/json` is added unless given, and `content-type` for a JSON body. */
  headers?: Record<string, string>;
  /** Added to the URL's query string. */
  query?: Record<string, string | number | boolean>;
  /** Sent as JSON unless it is a string or bytes (then as-is). */
  body?: unknown;
  /** Milliseconds before the request is abandoned (default 30000): a hung server fails the test instead of stalling it. */
  timeoutMs?: number;
}

/** A client bound to one base URL. Paths are relative to it (`/tools`, `tools/3`). */
export interface ApiClient {
  /** The base URL every path is resolved against, e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** Any method. */
  request(method: string, path: string, options?: ApiRequestOptions): Promise<ApiResponse>;
  /** GET. */
  get(path: string, options?: Omit<ApiRequestOptions, 'body'>): Promise<ApiResponse>;
  /** POST with a JSON body. */
  post(
    path: string,
    body?: unknown,
    options?: Omit<ApiRequestOptions, 'body'>,
  ): Promise<ApiResponse>;
  /** PUT with a JSON body. */
  put(
    path: string,
    body?: unknown,
    options?: Omit<ApiRequestOptions, 'body'>,
  ): Promise<ApiResponse>;
  /** PATCH with a JSON body. */
  patch(
    path: string,
    body?: unknown,
    options?: Omit<ApiRequestOptions, 'body'>,
  ): Promise<ApiResponse>;
  /** DELETE. */
  delete(path: string, options?: ApiRequestOptions): Promise<ApiResponse>;
}

/** A client for `baseUrl`. It never throws for an HTTP status: the status is part of what is compared. */
export function createApiClient(baseUrl: string): ApiClient {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const request = async (
    method: string,
    path: string,
    options: ApiRequestOptions = {},
  ): Promise<ApiResponse> => {
    const url = new URL(path.replace(/^\//, ''), base);
    for (const [key, value] of Object.entries(options.query ?? {}))
      url.searchParams.set(key, String(value));
    const headers = new Headers(options.headers);
    let body: string | Uint8Array | undefined;
    if (typeof options.body === 'string' || options.body instanceof Uint8Array) {
      body = options.body;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    const response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: parseBody(
        text,
        response.headers.get('content-type'),
        `${method.toUpperCase()} ${url.pathname}${url.search}`,
      ),
    };
  };
  return {
    baseUrl,
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
}

function parseBody(text: string, contentType: string | null, what: string): unknown {
  if (text === '') return null;
  if (contentType === null || !/[/+]json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // A body that claims JSON and is not is a server bug worth a clear message, not a silent string.
    throw new Error(
      `${what} answered ${contentType} that is not JSON (${(error as Error).message}): ${text.slice(0, 200)}`,
    );
  }
}
