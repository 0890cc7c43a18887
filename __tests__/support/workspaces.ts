import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './paths.js';

/**
 * Registers an `after` hook in the calling `describe` and returns a function that copies a
 * fixture workspace (`__tests__/__fixtures__/workspaces/<name>`, or any fixture folder given as
 * `folder`; `null` for an empty one) into a fresh folder OUTSIDE this repository, so that no node_modules above it is
 * found and the mocha bundled in the action runs the specs. Every copy is removed afterwards.
 */
export function useFixtureWorkspaces(): (name: string, folder?: string | null) => string {
  const made: string[] = [];
  after(() => {
    for (const folder of made) rmSync(folder, { recursive: true, force: true });
  });
  return (name, folder = join(FIXTURES, 'workspaces', name)) => {
    const workspace = mkdtempSync(join(tmpdir(), `vm-${name}-`));
    if (folder !== null) cpSync(folder, workspace, { recursive: true });
    made.push(workspace);
    return workspace;
  };
}
