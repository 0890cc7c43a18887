import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { InputError } from '../common/errors.js';
import type { Shard } from '../inputs/settings.js';
import type { TestRecord } from '../common/records.js';
import type { ShardPlan } from '../common/report.js';

/**
 * The spec files matching `globs` in the working directory: relative POSIX paths, sorted and
 * unique, never inside node_modules, never outside the working directory. A spec file that is a
 * symbolic link runs when its target is inside the working directory; one that leads outside it
 * or nowhere, or a name that is not valid UTF-8 (so it cannot be opened by the name read back),
 * is refused with an {@link InputError} for `input` before anything runs.
 */
export async function findSpecFiles(
  workingDirectory: string,
  globs: string[],
  input = 'spec',
): Promise<string[]> {
  const files = await glob(globs, {
    cwd: workingDirectory,
    onlyFiles: true,
    dot: false,
    // Following linked folders could walk out of the workspace, or over the whole disk.
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  for (const file of files) {
    // Node reads a name that is not UTF-8 with U+FFFD in place of its bytes: that name opens nothing.
    if (file.includes('\uFFFD') && !existsSync(join(workingDirectory, file))) {
      throw new InputError(
        input,
        file,
        'spec files whose names are valid UTF-8 (this name holds bytes that are not, so it cannot be opened); rename the file',
      );
    }
  }
  const found = [...new Set([...files, ...(await linkedSpecFiles(workingDirectory, globs))])];
  // The glob does enter a linked folder named in a pattern's fixed part (`test/linked/*.spec.js`).
  const root = await realpath(workingDirectory);
  for (const file of found) {
    const target = await realpath(join(workingDirectory, file)).catch(() => undefined);
    const fromRoot = target === undefined ? undefined : relative(root, target);
    if (
      fromRoot === undefined ||
      fromRoot === '' ||
      fromRoot === '..' ||
      fromRoot.startsWith(`..${sep}`) ||
      isAbsolute(fromRoot)
    ) {
      throw new InputError(
        input,
        file,
        `spec files inside the working directory; ${file} leads through a symbolic link to ${target ?? 'nothing (its target does not exist)'}, ` +
          'and code outside the working directory is never run',
      );
    }
  }
  return found.filter((file) => !file.startsWith('../')).sort(compareText);
}

/**
 * The spec files that are symbolic links, which the glob above skips with every link. Dropping
 * them silently would shrink the verification, so they are found by a walk that never enters a
 * linked folder (the caller checks where each leads).
 */
async function linkedSpecFiles(workingDirectory: string, globs: string[]): Promise<string[]> {
  const matches = picomatch(
    globs.map((pattern) => pattern.replace(/^\.\//, '')),
    { dot: false },
  );
  const links: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(join(workingDirectory, folder), { withFileTypes: true })) {
      // Dot folders and node_modules hold no spec files (dot: false, and the glob's ignore).
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink() && matches(path)) links.push(path);
    }
  };
  await walk('');
  return links;
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files of shard `index` of `total`: a split that depends only on the set of files (not the
 * order they were listed in), so every runner of a matrix computes the same one, and that puts
 * every file in exactly one shard. Without durations, files are dealt round-robin in sorted
 * order (shard sizes differ by at most one). With the previous run's seconds per file, the
 * longest file goes to the least loaded shard first (ties: fewer files, then lower index);
 * files the previous run did not know count as the average known duration.
 */
export function shardFiles(
  files: readonly string[],
  shard: Shard,
  previousDurations?: ReadonlyMap<string, number>,
): string[] {
  const sorted = [...new Set(files)].sort(compareText);
  if (!previousDurations || previousDurations.size === 0) {
    return sorted.filter((_, position) => position % shard.total === shard.index - 1);
  }
  const known = sorted
    .map((file) => previousDurations.get(file))
    .filter((seconds): seconds is number => seconds !== undefined);
  const fallback =
    known.length > 0 ? known.reduce((sum, seconds) => sum + seconds, 0) / known.length : 1;
  const weighted = sorted
    .map((file) => ({ file, seconds: previousDurations.get(file) ?? fallback }))
    .sort((a, b) => b.seconds - a.seconds || compareText(a.file, b.file));
  const loads = Array.from({ length: shard.total }, () => ({ seconds: 0, files: [] as string[] }));
  for (const { file, seconds } of weighted) {
    let target = 0;
    for (let candidate = 1; candidate < loads.length; candidate++) {
      const [a, b] = [loads[candidate], loads[target]];
      if (a.seconds < b.seconds || (a.seconds === b.seconds && a.files.length < b.files.length))
        target = candidate;
    }
    loads[target].seconds += seconds;
    loads[target].files.push(file);
  }
  return loads[shard.index - 1].files.sort(compareText);
}

/** Seconds per spec file in a previous run's test records (tests without a file are left out). */
export function durationsByFile(
  tests: readonly Pick<TestRecord, 'file' | 'duration'>[],
): Map<string, number> {
  const durations = new Map<string, number>();
  for (const test of tests) {
    if (test.file === null || !(test.duration >= 0)) continue;
    durations.set(test.file, (durations.get(test.file) ?? 0) + test.duration);
  }
  return durations;
}

/** Shard `shard`'s files, with the plan that says what the split was computed from. */
export function planShard(
  files: readonly string[],
  shard: Shard,
  previousDurations?: ReadonlyMap<string, number>,
): { files: string[]; plan: ShardPlan } {
  const sorted = [...new Set(files)].sort(compareText);
  const durations = previousDurations && previousDurations.size > 0 ? previousDurations : undefined;
  // Only the durations of files that exist now weigh the split, so only they enter the digest.
  const used = durations
    ? sorted.flatMap((file) => (durations.has(file) ? [[file, durations.get(file)]] : []))
    : [];
  const digest = createHash('sha256')
    .update(JSON.stringify({ files: sorted, durations: used }))
    .digest('hex');
  return {
    files: shardFiles(sorted, shard, durations),
    plan: { files: sorted.length, balanced_by: durations ? 'durations' : 'files', digest },
  };
}
