import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPreviousDurations } from '../plan/previous-report.js';
import type { ShardPlan } from '../common/report.js';
import { findSpecFiles, planShard } from '../plan/spec-files.js';
import { buildReport } from '../report/build.js';
import { GITHUB_RUN_FIELDS, type RunInfo, type VerificationReport } from '../common/report.js';
import { withReportLock } from '../report/lock.js';
import {
  checkReportFolder,
  reportFilePaths,
  writeReportFiles,
  type ReportFiles,
} from '../report/write.js';
import type { RunOutcome } from '../common/records.js';
import { runCommandSuites } from '../junit/run.js';
import { runMigrationsCheck } from '../run/migrations.js';
import { runMochaSuites } from '../run/mocha.js';
import { runReplay } from '../run/replay.js';
import { ReportWriteError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import {
  redactDeep,
  redactingLogger,
  redactor,
  secretsFromEnv,
  secretsInText,
} from '../common/secrets.js';
import type { VerifySettings } from '../inputs/settings.js';
import { BASELINE_ENV } from '../common/baseline.js';
import { loadBaseline, writeUpdatedBaseline, type LoadedBaseline } from './baseline.js';

/** What the core needs from its surroundings; tests hand in their own. */
export interface VerifyDependencies {
  logger: Logger;
  /** Folder holding `reporter.cjs` and `mocha-runner.js`; default: the folder of this bundle. */
  distDirectory?: string;
  /** Environment the suites run with, before OLD_VERSION/NEW_VERSION are added; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where temporary files go; default RUNNER_TEMP or the OS temp folder. */
  tempDirectory?: string;
  /**
   * Values never to write into the report files, besides the passwords of URLs in `env` (and
   * every URL's password and `password=` pair, found by pattern).
   */
  secrets?: string[];
}

/** The report and the files it was written to. */
export interface VerificationResult {
  report: VerificationReport;
  files: ReportFiles;
}

/** GitHub run metadata, when running in GitHub Actions. */
export function runMetadata(env: NodeJS.ProcessEnv): Partial<RunInfo> {
  const entries = Object.entries(GITHUB_RUN_FIELDS).map(([field, variable]) => [
    field,
    env[variable as string],
  ]);
  return Object.fromEntries(entries) as Partial<RunInfo>;
}

/** The `timeout-minutes` limit in seconds, for the run stage. */
function timeLimitSeconds(settings: VerifySettings): number | undefined {
  return settings.timeoutMinutes === undefined ? undefined : settings.timeoutMinutes * 60;
}

/** An outcome for a run that never started, with the reason. */
function notRunOutcome(problem: string | undefined): RunOutcome {
  return {
    completed: true,
    exit_code: 0,
    tests: [],
    hook_failures: [],
    problems: problem ? [problem] : [],
    duration: 0,
  };
}

/**
 * Runs one verification: finds the spec files, runs them with mocha in a child process, builds
 * the report with real counts and writes the report files. Never throws for a failing suite:
 * failures, crashes and load errors all end in a report whose gate says `failed` and why.
 *
 * Holds the report path's lock throughout (see `lockReportPath`): throws `ReportPathBusyError`
 * when another run is writing the same report, and `ReportWriteError` (carrying the report when
 * it was built) when the report's files cannot be written.
 */
export async function verify(
  settings: VerifySettings,
  deps: VerifyDependencies,
): Promise<VerificationResult> {
  return withReportLock(settings.reportPath, () => verifyLocked(settings, deps), {
    onTakeOver: (message) => deps.logger.warning(message),
  });
}

async function verifyLocked(
  settings: VerifySettings,
  deps: VerifyDependencies,
): Promise<VerificationResult> {
  const env = deps.env ?? process.env;
  const distDirectory = deps.distDirectory ?? dirname(fileURLToPath(import.meta.url));
  const files = reportFilePaths(settings.reportPath);
  const redact = redactor([
    ...secretsFromEnv(env),
    // A command may name a database URL itself: its password is as secret as one in a variable.
    ...secretsInText(
      [settings.commandRunner?.command ?? '', ...(settings.commandRunner?.args ?? [])].join(' '),
    ),
    ...(deps.secrets ?? []),
  ]);
  // The suites' output is printed line by line through the logger: redacted before it is shown.
  const logger = redactingLogger(deps.logger, redact);

  /** Builds and writes the report, with every secret redacted from it and from the log. */
  const report = async (
    outcome: RunOutcome,
    specFiles: string[],
    runner: string,
    shardPlan?: ShardPlan,
    migrations?: unknown,
    baseline?: LoadedBaseline,
  ): Promise<VerificationResult> => {
    const redacted = redactDeep(outcome, redact);
    // No grep and no shard: a baseline entry whose test is not in the run names a test that is gone.
    const complete = settings.grep === undefined && settings.shard === undefined;
    let baselineWritten: number | undefined;
    if (baseline && settings.updateBaseline) {
      try {
        const entries = await writeUpdatedBaseline(
          baseline,
          redacted.tests,
          complete,
          settings.workspace,
        );
        baselineWritten = entries.length;
        logger.info(
          `Baseline written to ${baseline.file}: ${baselineWritten} accepted difference(s)`,
        );
      } catch (error) {
        // Asked for and not done: the gate says so rather than a later run trusting an old file.
        const problem = `the baseline ${baseline.file} could not be written: ${(error as Error).message}`;
        logger.error(problem);
        redacted.problems.push(problem);
      }
    }
    // Redacted whole, after it is built: an input or a file name can carry a credential too.
    const built = redactDeep(
      buildReport({
        settings,
        outcome: redacted,
        run: {
          ...runMetadata(env),
          shard: settings.shard,
          shard_plan: shardPlan,
          spec_files: specFiles,
          grep: settings.grep,
          runner,
        },
        migrations,
        baseline: baseline && {
          file: baseline.file,
          entries: baseline.entries,
          complete,
          written: baselineWritten,
        },
      }),
      redact,
    );
    // The report's folder may have been swapped for a link while the suites ran: no report file
    // is written before it is checked again. (The log needs no second pass: the run stage
    // redacted every line before writing it.)
    try {
      await checkReportFolder(settings.reportPath, settings.workspace);
    } catch (error) {
      if (error instanceof ReportWriteError)
        throw new ReportWriteError(error.file, error.reason, built);
      throw error;
    }
    const written = await writeReportFiles(built, settings.reportPath, settings.workspace);
    logger.info(`Report written to ${relative(settings.workspace, written.json)}`);
    return { report: built, files: written };
  };

  /** Runs `fn` with a temporary folder of this run's, removed afterwards (a warning if it cannot be). */
  const withTemp = async <T>(fn: (temp: string) => Promise<T>): Promise<T> => {
    const temp = await mkdtemp(
      join(deps.tempDirectory ?? env.RUNNER_TEMP ?? tmpdir(), 'verify-migration-'),
    );
    try {
      return await fn(temp);
    } finally {
      await rm(temp, { recursive: true, force: true }).catch((error: Error) =>
        logger.warning(`Could not remove ${temp}: ${error.message}`),
      );
    }
  };

  if (settings.migrations) {
    const migrations = settings.migrations;
    return withTemp(async (temp) => {
      const { outcome, result } = await logger.group(
        `Verifying the migrations of ${relative(settings.workingDirectory, migrations.dataSource)} on a seeded copy`,
        () =>
          runMigrationsCheck({
            workingDirectory: settings.workingDirectory,
            settings: migrations,
            env: { ...env, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
            reporterPath: join(distDirectory, 'reporter.cjs'),
            bundledRunnerPath: join(distDirectory, 'mocha-runner.js'),
            suitePath: join(distDirectory, 'migrations-suite.mjs'),
            temp,
            logPath: files.log,
            logger,
            timeLimitSeconds: timeLimitSeconds(settings),
            redact,
          }),
      );
      return await report(
        outcome,
        [relative(settings.workingDirectory, migrations.dataSource)],
        'migrations',
        undefined,
        result,
      );
    });
  }

  if (settings.replay) {
    const replay = settings.replay;
    const traffic = relative(settings.workingDirectory, replay.traffic);
    return withTemp(async (temp) => {
      const outcome = await logger.group(
        `Replaying ${replay.requests} recorded request(s) of ${traffic} against old, a second old and new`,
        () =>
          runReplay({
            workingDirectory: settings.workingDirectory,
            settings: replay,
            env: { ...env, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
            reporterPath: join(distDirectory, 'reporter.cjs'),
            bundledRunnerPath: join(distDirectory, 'mocha-runner.js'),
            suitePath: join(distDirectory, 'replay-suite.mjs'),
            temp,
            logPath: files.log,
            logger,
            timeLimitSeconds: timeLimitSeconds(settings),
            redact,
          }),
      );
      return report(outcome, [traffic], 'replay');
    });
  }

  if (settings.commandRunner) {
    const runner = settings.commandRunner;
    const outcome = await logger.group(`Running ${runner.command} and reading its JUnit XML`, () =>
      runCommandSuites({
        workingDirectory: settings.workingDirectory,
        workspace: settings.workspace,
        command: runner.command,
        args: runner.args,
        junitGlobs: runner.junitGlobs,
        baseEnv: env,
        env: { OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
        logPath: files.log,
        logger,
        categoryMapping: runner.categoryMapping,
        timeLimitSeconds: timeLimitSeconds(settings),
        redact,
      }),
    );
    const specFiles = [
      ...new Set(
        outcome.tests.map((test) => test.file).filter((file): file is string => file !== null),
      ),
    ].sort();
    return report(outcome, specFiles, runner.command);
  }

  // Read and checked before anything runs: a malformed baseline is bad input, not a failed run.
  const baseline =
    settings.baseline === undefined
      ? undefined
      : await loadBaseline('baseline', settings.baseline, settings.workingDirectory);
  const usedBaseline =
    baseline && (baseline.exists || settings.updateBaseline) ? baseline : undefined;
  if (usedBaseline)
    logger.info(
      baseline?.exists
        ? `Baseline ${usedBaseline.file}: ${usedBaseline.entries.length} accepted difference(s)`
        : `Baseline ${usedBaseline.file} is not there yet: it will be written from this run`,
    );
  // The suites accept what this run's baseline lists, and nothing an outer environment names.
  const suiteEnv: NodeJS.ProcessEnv = { ...env };
  delete suiteEnv[BASELINE_ENV];
  if (usedBaseline?.exists) suiteEnv[BASELINE_ENV] = usedBaseline.path;

  const allFiles = await findSpecFiles(settings.workingDirectory, settings.spec);
  if (settings.previousReport && !settings.shard)
    logger.warning('previous-report is used only with shard; ignoring it');
  const planned =
    settings.shard &&
    planShard(
      allFiles,
      settings.shard,
      settings.previousReport
        ? await loadPreviousDurations(
            'previous-report',
            settings.previousReport,
            settings.workspace,
            logger,
          )
        : undefined,
    );
  const specFiles = planned ? planned.files : allFiles;
  const where = relative(settings.workspace, settings.workingDirectory) || '.';
  logger.info(
    `Found ${allFiles.length} spec file(s) in ${where} for ${settings.spec.join(', ')}` +
      (settings.shard
        ? `; shard ${settings.shard.index}/${settings.shard.total} runs ${specFiles.length}`
        : ''),
  );

  let outcome: RunOutcome;
  if (specFiles.length === 0) {
    // A slice can be empty only when there are more shards than files: say how many to use.
    const noFiles =
      settings.shard && allFiles.length > 0
        ? `shard ${settings.shard.index}/${settings.shard.total} has no spec files: there are ${allFiles.length} in all, so use at most ${allFiles.length} shards`
        : `no spec files match ${settings.spec.map((glob) => JSON.stringify(glob)).join(', ')} in ${where}`;
    outcome = notRunOutcome(settings.allowEmpty ? undefined : noFiles);
    if (!settings.allowEmpty) logger.error(noFiles);
  } else {
    const temp = await mkdtemp(
      join(deps.tempDirectory ?? env.RUNNER_TEMP ?? tmpdir(), 'verify-migration-'),
    );
    try {
      outcome = await logger.group(`Running ${specFiles.length} spec file(s) with mocha`, () =>
        runMochaSuites({
          workingDirectory: settings.workingDirectory,
          files: specFiles,
          grep: settings.grep,
          env: { ...suiteEnv, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
          reporterPath: join(distDirectory, 'reporter.cjs'),
          bundledRunnerPath: join(distDirectory, 'mocha-runner.js'),
          recordsPath: join(temp, 'records.jsonl'),
          logPath: files.log,
          logger,
          timeLimitSeconds: timeLimitSeconds(settings),
          redact,
        }),
      );
    } finally {
      await rm(temp, { recursive: true, force: true }).catch((error: Error) =>
        logger.warning(`Could not remove ${temp}: ${error.message}`),
      );
    }
  }

  return report(
    outcome,
    specFiles,
    'mocha',
    planned ? planned.plan : undefined,
    undefined,
    usedBaseline,
  );
}
