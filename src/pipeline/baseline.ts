/**
 * Reading and writing the baseline of accepted differences for a run: the file is read and
 * checked before anything runs (a fault names the file and the line), and `update-baseline`
 * writes it back from the run's differences.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import {
  BaselineSyntaxError,
  canonicalJson,
  formatBaseline,
  parseBaseline,
  updatedBaseline,
  type BaselineEntry,
} from '../common/baseline.js';
import type { TestRecord } from '../common/records.js';
import { BaselineError } from '../common/errors.js';
import { MASK } from '../common/secrets.js';
import { realPathOutside } from '../common/paths.js';

/** The baseline a run uses. */
export interface LoadedBaseline {
  /** Absolute path. */
  path: string;
  /** The path as the report shows it: relative to the working directory. */
  file: string;
  /** False when the file is not there: it accepts nothing (and `update-baseline` creates it). */
  exists: boolean;
  entries: BaselineEntry[];
}

/**
 * Reads and checks the baseline at `path`. A missing file accepts nothing, which can only fail
 * more tests, never fewer; a file that is there but unreadable or malformed is a `BaselineError`.
 */
export async function loadBaseline(
  input: string,
  path: string,
  workingDirectory: string,
): Promise<LoadedBaseline> {
  const file = relative(workingDirectory, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { path, file, exists: false, entries: [] };
    throw new BaselineError(input, file, 0, (error as Error).message);
  }
  try {
    return { path, file, exists: true, entries: parseBaseline(text) };
  } catch (error) {
    if (error instanceof BaselineSyntaxError)
      throw new BaselineError(input, file, error.line, error.reason);
    throw error;
  }
}

/**
 * Writes the baseline after a run (`update-baseline`) from its tests, already redacted: a value
 * that holds a hidden secret is left out of its entry. Written beside and renamed over, so an
 * interrupted write never leaves half a file; the folder is checked again first (the suites ran
 * in it and may have swapped it for a link out of the workspace), and the file beside is created
 * anew, never opened through a link. Returns the entries written.
 */
export async function writeUpdatedBaseline(
  baseline: LoadedBaseline,
  tests: readonly TestRecord[],
  complete: boolean,
  workspace: string,
): Promise<BaselineEntry[]> {
  const entries = updatedBaseline(baseline.entries, tests, complete, (value) =>
    canonicalJson(value).includes(MASK),
  );
  const outside = realPathOutside(dirname(baseline.path), workspace);
  if (outside !== undefined)
    throw new Error(`its folder now leads out of the workspace, to ${outside}`);
  const beside = `${baseline.path}.writing`;
  await rm(beside, { force: true });
  await writeFile(beside, formatBaseline(entries), { flag: 'wx' });
  await rename(beside, baseline.path);
  return entries;
}
