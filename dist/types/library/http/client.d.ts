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
    post(path: string, body?: unknown, options?: Omit<ApiRequestOptions, 'body'>): Promise<ApiResponse>;
    /** PUT with a JSON body. */
    put(path: string, body?: unknown, options?: Omit<ApiRequestOptions, 'body'>): Promise<ApiResponse>;
    /** PATCH with a JSON body. */
    patch(path: string, body?: unknown, options?: Omit<ApiRequestOptions, 'body'>): Promise<ApiResponse>;
    /** DELETE. */
    delete(path: string, options?: ApiRequestOptions): Promise<ApiResponse>;
}
/** A client for `baseUrl`. It never throws for an HTTP status: the status is part of what is compared. */
export declare function createApiClient(baseUrl: string): ApiClient;
