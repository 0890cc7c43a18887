/**
 * The stack frames a summary shows: the `at ...` lines (the lines before them repeat the message,
 * which the summary shows already), without the frames in node_modules or in Node itself, which
 * are not the suites' code (TypeORM's, source-mapped, can even look like the library's). When no
 * other frame is left, all of them are kept; a stack with no `at` frame (another language's) is
 * kept whole. The report keeps the whole stack.
 */
export interface ShownFrames {
  /** The frames to show, each trimmed. */
  frames: string[];
  /** How many frames were left out. */
  hidden: number;
}

/** A frame in a dependency or in Node: `(…/node_modules/…)`, `(node:internal/…)`, `at node:…`, `(native)`. */
function isForeign(frame: string): boolean {
  return /(^|[\\/(\s])node_modules[\\/]|\(node:|^at (async )?node:|\(native\)$/.test(frame);
}

/** The frames of `stack` worth showing; see {@link ShownFrames}. */
export function shownFrames(stack: string | undefined): ShownFrames {
  const lines = (stack ?? '').split(/\r\n|\r|\n/);
  const all = lines.map((line) => line.trim()).filter((line) => line.startsWith('at '));
  // Not a JavaScript stack (a pytest traceback from JUnit XML, say): shown as it is.
  if (all.length === 0) return { frames: (stack ?? '').trim() === '' ? [] : lines, hidden: 0 };
  const own = all.filter((frame) => !isForeign(frame));
  const frames = own.length > 0 ? own : all;
  return { frames, hidden: all.length - frames.length };
}
