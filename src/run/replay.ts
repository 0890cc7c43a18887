/**
 * `mode: replay` as a run stage: the recording is replayed by a mocha suite (dist's
 * replay-suite.mjs) in a child process in the service's working directory, against the old app,
 * a second old app and the new app that the service's own module makes, each on its own
 * throwaway database. Its tests (one per request, `api_migration`) go through the same outcome,
 * report and gate as any suite's.
 */
import { basename, join, relative } from 'node:path';
import {
  DATABASE_URL_ENV,
  REPLAY_CONFIG_ENV,
  type ReplaySuiteConfig,
} from '../common/child-environment.js';
import type { RunOutcome } from '../common/records.js';
import { loadTraffic } from '../common/traffic.js';
import type { ReplaySettings } from '../inputs/settings.js';
import { typeScriptLoader, type SuiteModeRunOptions } from './migrations.js';
import { runMochaSuites } from './mocha.js';

/** What `runReplay` needs. */
export type ReplayRunOptions = SuiteModeRunOptions<ReplaySettings>;

/** An app module that cannot load: one error record in `api_migration` saying why. */
function notRun(problem: string): RunOutcome {
  return {
    completed: true,
    exit_code: 0,
    tests: [
      {
        title_path: ['replay', 'set up'],
        full_title: 'replay set up',
        file: null,
        category: 'api_migration',
        state: 'error',
        duration: 0,
        message: problem,
      },
    ],
    hook_failures: [],
    problems: [],
    duration: 0,
  };
}

/** Runs the replay suite and returns its outcome. */
export async function runReplay(options: ReplayRunOptions): Promise<RunOutcome> {
  const { settings, logger, workingDirectory } = options;
  const loader = typeScriptLoader(workingDirectory, settings.app, 'traffic-app');
  if ('problem' in loader) {
    logger.error(loader.problem);
    return notRun(loader.problem);
  }
  const config: ReplaySuiteConfig = {
    traffic: settings.traffic,
    app: settings.app,
    title: `replay ${basename(settings.traffic)}`,
  };
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    [REPLAY_CONFIG_ENV]: JSON.stringify(config),
    ...(settings.databaseUrl ? { [DATABASE_URL_ENV]: settings.databaseUrl } : {}),
  };
  if (loader.nodeOptions.length > 0)
    env.NODE_OPTIONS = [env.NODE_OPTIONS ?? '', ...loader.nodeOptions].join(' ').trim();
  const outcome = await runMochaSuites({
    workingDirectory,
    files: [relative(workingDirectory, options.suitePath)],
    env,
    reporterPath: options.reporterPath,
    bundledRunnerPath: options.bundledRunnerPath,
    recordsPath: join(options.temp, 'records.jsonl'),
    logPath: options.logPath,
    logger,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact,
    processFactory: options.processFactory,
  });
  return locateInRecording(outcome, settings.traffic, workingDirectory);
}

/**
 * Each request's test pointed at the recording (its line, for a failure), instead of our suite
 * file: the place a reader opens to see the request.
 */
function locateInRecording(
  outcome: RunOutcome,
  traffic: string,
  workingDirectory: string,
): RunOutcome {
  const file = relative(workingDirectory, traffic);
  let lines: number[] = [];
  try {
    lines = loadTraffic(traffic).map((request) => request.line);
  } catch {
    // Checked when the inputs were read; changed since: the tests keep the file alone.
  }
  const tests = outcome.tests.map((test): RunOutcome['tests'][number] => {
    const title = test.title_path[test.title_path.length - 1] ?? '';
    const line = lines[Number(/^#(\d+)\//.exec(title)?.[1] ?? 0) - 1];
    return {
      ...test,
      file,
      ...(line !== undefined && (test.state === 'failed' || test.state === 'error')
        ? { location: { file, line } }
        : {}),
    };
  });
  return { ...outcome, tests };
}
