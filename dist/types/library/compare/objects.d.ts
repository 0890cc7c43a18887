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
export declare function compareObjects(oldValue: unknown, newValue: unknown, options?: CompareObjectsOptions): Difference[];
/** Formats path segments the way differences report them: `a.b[2]["odd key"]`. */
export declare function formatPath(segments: readonly Segment[], rootPath?: string): string;
/** Whether a path (as segments) matches a pattern such as `items[*].id`. Exported for the other comparators. */
export declare function pathMatches(segments: readonly Segment[], pattern: string): boolean;
/** A short, unambiguous rendering of a value for a message (strings quoted, -0 and NaN visible). */
export declare function describeValue(value: unknown): string;
export {};
