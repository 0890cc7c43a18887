/** Paths that must stay inside the workspace: the check every stage shares, symlinks followed. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The real path of `path`, or of its nearest existing ancestor joined with the rest, so symlinks cannot hide an escape. */
function realPathOf(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return resolve(realpathSync(existing), relative(existing, path));
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return (
    fromRoot === '' ||
    (!fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot))
  );
}

/**
 * Where `path` really leads when that is outside `workspace` (a symlinked folder or file on the
 * way, followed), else undefined. The check behind {@link resolveInside}, for paths found by a
 * glob rather than given as an input.
 */
export function realPathOutside(path: string, workspace: string): string | undefined {
  const real = realPathOf(path);
  return isInside(workspace, path) && isInside(realPathOf(workspace), real) ? undefined : real;
}
