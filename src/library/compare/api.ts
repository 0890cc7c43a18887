/**
 * Comparing what the old and the new API answered to the same request: the status, the headers
 * the suite cares about, and the JSON body through `compareObjects`.
 */
import type { Difference } from '../../common/records.js';
import { compareObjects, describeValue, type CompareObjectsOptions } from './objects.js';

/** A response as `ApiClient` returns it (other shapes with these fields work too). */
export interface ApiResponseLike {
  /** The HTTP status code, compared unless `ignoreStatus`. */
  status: number;
  /** Plain object (any case) or a fetch `Headers`. */
  headers?: Record<string, string | string[] | number | undefined> | Headers;
  /** The body (parsed JSON or text), compared with `compareObjects` unless `ignoreBody`. */
  body?: unknown;
}

/** What `compareApiResponses` may be told. Body options use paths relative to the body. */
export interface CompareApiResponsesOptions extends Omit<CompareObjectsOptions, 'rootPath'> {
  /**
   * Header names to compare (any case). Default: none, since `date`, `etag`, `content-length`
   * and server banners differ for reasons unrelated to a migration.
   */
  headers?: readonly string[];
  /** Do not compare the status. */
  ignoreStatus?: boolean;
  /** Do not compare the body. */
  ignoreBody?: boolean;
}

/**
 * The differences between two responses. Paths: `status`, `headers["content-type"]`, and
 * `body...` for the body (e.g. `body.items[0].name`); `ignorePaths` and `unorderedArrays`
 * patterns are relative to the body (`items[*].id`).
 */
export function compareApiResponses(
  oldResponse: ApiResponseLike,
  newResponse: ApiResponseLike,
  options: CompareApiResponsesOptions = {},
): Difference[] {
  const differences: Difference[] = [];
  if (!options.ignoreStatus && oldResponse.status !== newResponse.status) {
    differences.push({
      path: 'status',
      kind: 'changed',
      old: oldResponse.status,
      new: newResponse.status,
      message: `status: ${describeValue(oldResponse.status)} changed to ${describeValue(newResponse.status)}`,
    });
  }
  if (options.headers && options.headers.length > 0) {
    const oldHeaders = normaliseHeaders(oldResponse.headers);
    const newHeaders = normaliseHeaders(newResponse.headers);
    const pick = (all: Record<string, string>): Record<string, string> =>
      Object.fromEntries(
        options.headers!.map((name) => [name.toLowerCase(), all[name.toLowerCase()]]),
      );
    differences.push(
      ...compareObjects(pick(oldHeaders), pick(newHeaders), { rootPath: 'headers' }),
    );
  }
  if (!options.ignoreBody) {
    const { headers: _headers, ignoreStatus: _status, ignoreBody: _body, ...bodyOptions } = options;
    differences.push(
      ...compareObjects(oldResponse.body, newResponse.body, { ...bodyOptions, rootPath: 'body' }),
    );
  }
  return differences;
}

function normaliseHeaders(headers: ApiResponseLike['headers']): Record<string, string> {
  if (headers === undefined) return {};
  const entries = headers instanceof Headers ? [...headers] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
