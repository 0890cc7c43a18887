import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { readReport } from '../common/report-read.js';
import { durationsByFile } from './spec-files.js';

/**
 * The seconds per spec file of a previous run's report, to balance shards by time. A report that
 * is not there yet (the first run, or an expired artifact) balances by file count with a warning;
 * one that is there but unreadable is refused, since the user meant it to be used.
 */
export async function loadPreviousDurations(
  input: string,
  path: string,
  workspace: string,
  logger: Logger,
): Promise<Map<string, number> | undefined> {
  const shown = relative(workspace, path) || path;
  if (!existsSync(path)) {
    logger.warning(`${input}: ${shown} does not exist; balancing shards by file count instead`);
    return undefined;
  }
  try {
    const report = await readReport(path);
    const durations = durationsByFile(report.tests);
    logger.info(`Balancing shards by the durations of ${durations.size} spec file(s) in ${shown}`);
    return durations;
  } catch (error) {
    throw new InputError(
      input,
      shown,
      `a verification-report.json written by verify-migration (${(error as Error).message})`,
    );
  }
}
