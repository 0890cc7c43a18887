/**
 * A JSON-safe copy of a comparator value: `JSON.stringify` throws on a bigint or a cycle and
 * silently drops functions and symbols, and a report that fails to write is worse than one
 * that shows `"12n"`.
 */
export function jsonSafe(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (value === undefined || value === null) return value;
  switch (typeof value) {
    case 'bigint':
      return `${value}n`;
    case 'number':
      // JSON has no NaN or Infinity; they would turn into null without a word.
      return Number.isFinite(value) ? value : String(value);
    case 'function':
    case 'symbol':
      return String(value);
    case 'object':
      break;
    default:
      return value;
  }
  const object = value as object;
  if (object instanceof Date)
    return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (seen.has(object)) return '[Circular]';
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => jsonSafe(item, seen) ?? null);
    if (ArrayBuffer.isView(object))
      return Array.from(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(object)) {
      const safe = jsonSafe(item, seen);
      if (safe !== undefined) copy[key] = safe;
    }
    return copy;
  } finally {
    seen.delete(object);
  }
}
