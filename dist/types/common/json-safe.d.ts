/**
 * A JSON-safe copy of a comparator value: `JSON.stringify` throws on a bigint or a cycle and
 * silently drops functions and symbols, and a report that fails to write is worse than one
 * that shows `"12n"`.
 */
export declare function jsonSafe(value: unknown, seen?: WeakSet<object>): unknown;
