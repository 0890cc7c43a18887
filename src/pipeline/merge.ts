import { relative } from 'node:path';
import { mergeShards, type FoundShard } from '../merge/shards.js';
import { buildReport } from '../report/build.js';
import { withReportLock } from '../report/lock.js';
import { readReport } from '../common/report-read.js';
import { writeReportFiles } from '../report/write.js';
import type { Logger } from '../common/logger.js';
import { redactDeep, redactingLogger, redactor, secretsFromEnv } from '../common/secrets.js';
import type { VerifySettings } from '../inputs/settings.js';
import { runMetadata, type VerificationResult } from './verify.js';

/** The settings a merge uses: the merge job's service, versions, report path and allow-empty. */
export type MergeSettings = Pick<
  VerifySettings,
  'service' | 'oldVersion' | 'newVersion' | 'reportPath' | 'allowEmpty' | 'workspace'
>;

/** Reads one shard report file; an unreadable one is kept with its reason, so the merge can name it. */
export async function readShardReport(
  source: string,
  path: string,
  shard?: FoundShard['shard'],
): Promise<FoundShard> {
  try {
    return { source, shard, report: await readReport(path) };
  } catch (error) {
    return { source, shard, unreadable: (error as Error).message };
  }
}

/**
 * Merges shard reports into one report and one gate: checks that all shards are there, each
 * once and of the same versions, then counts the joined test records with the same rules as a
 * single run. Writes the report files like `verify`, holding the report path's lock (throws
 * `ReportPathBusyError` or `ReportWriteError` as `verify` does).
 */
export async function mergeVerification(
  settings: MergeSettings,
  found: FoundShard[],
  deps: { logger: Logger; env?: NodeJS.ProcessEnv },
): Promise<VerificationResult> {
  // A shard report is data from another job: what it carries is masked like the suites' output.
  const redact = redactor(secretsFromEnv(deps.env ?? process.env));
  const logger = redactingLogger(deps.logger, redact);
  const { outcome, specFiles } = mergeShards(found, {
    service: settings.service,
    oldVersion: settings.oldVersion,
    newVersion: settings.newVersion,
  });
  logger.info(
    `Merging ${found.length} shard report(s): ${found.map((item) => item.source).join(', ') || 'none'}`,
  );
  for (const problem of outcome.problems) logger.error(problem);
  const report = redactDeep(
    buildReport({
      settings,
      outcome,
      run: { ...runMetadata(deps.env ?? process.env), spec_files: specFiles, runner: 'merge' },
    }),
    redact,
  );
  // Like a run, a merge holds its report path: two merges into one path would mix their files.
  const files = await withReportLock(
    settings.reportPath,
    () => writeReportFiles(report, settings.reportPath, settings.workspace),
    { onTakeOver: (message) => deps.logger.warning(message) },
  );
  logger.info(`Merged report written to ${relative(settings.workspace, files.json)}`);
  return { report, files };
}
