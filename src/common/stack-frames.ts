import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SourceLocation } from './records.js';

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

/**
 * A stack frame's file, line and column: `(file:///abs/a.mjs:3:5)`, `(/abs/a.ts:3:5)`, `at
 * /abs/a.js:3:5`, or a path relative to the test process's directory, `(test/a.spec.ts:3:5)`:
 * mocha strips its working directory from frames in parentheses, which under tsx are the `.ts`
 * files themselves with their source-mapped lines. Built-ins (`node:internal/…:3:5`), `<anonymous>`
 * and `(index 0)` are no file.
 */
const FRAME = /(?:\(|at |^)((?:file:\/\/)?\/[^()]*?|[^()\s:/<][^():]*?):(\d+):(\d+)\)?\s*$/;

/**
 * The first stack frame in a file under the working directory outside node_modules: where a
 * failure points in the suites. Relative frames are resolved against the working directory,
 * which is the test process's own (mocha shortens frames relative to it).
 */
export function locate(
  stack: string | undefined,
  workingDirectory: string,
): SourceLocation | undefined {
  for (const line of (stack ?? '').split('\n')) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    let file = match[1];
    if (file.startsWith('file://')) file = decodeURIComponent(new URL(file).pathname);
    const path = relative(workingDirectory, resolve(workingDirectory, file));
    if (path === '' || path.startsWith('..') || isAbsolute(path) || isForeign(line.trim()))
      continue;
    return { file: path.split(sep).join('/'), line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
