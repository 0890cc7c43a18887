/**
 * `mode: migrations` as a run stage: the migrations check runs as a mocha suite (dist's
 * migrations-suite.mjs) in a child process in the service's working directory, so the service's
 * own TypeORM, driver and TypeScript loader apply, and a crash, an exit or a hang is caught as it
 * is for any suite. Its test records go through the same outcome and report; the check's whole
 * result comes back in a JSON file for the report's `migrations` section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Logger } from '../common/logger.js';
import type { MigrationsSettings } from '../inputs/settings.js';
import { filesAtRef, GitRefError } from '../common/git.js';
import type { RunOutcome } from '../common/records.js';
import {
  DATABASE_URL_ENV,
  MIGRATIONS_CONFIG_ENV,
  type MigrationsSuiteConfig,
} from '../common/child-environment.js';
import { runMochaSuites } from './mocha.js';
import type { CommandProcessFactory } from './spawn.js';

/**
 * What a mode that runs our own suite in the child needs (migrations, replay): the mode's
 * settings, where the built pieces are, and the run's log, limit and redaction.
 */
export interface SuiteModeRunOptions<Settings> {
  workingDirectory: string;
  settings: Settings;
  env: NodeJS.ProcessEnv;
  /** dist/reporter.cjs */
  reporterPath: string;
  /** dist/mocha-runner.js */
  bundledRunnerPath: string;
  /** The mode's suite: dist/migrations-suite.mjs or dist/replay-suite.mjs. */
  suitePath: string;
  /** A temporary folder of this run's. */
  temp: string;
  logPath: string;
  logger: Logger;
  timeLimitSeconds?: number;
  redact?: (text: string) => string;
  processFactory?: CommandProcessFactory;
}

/** What `runMigrationsCheck` needs. */
export type MigrationsRunOptions = SuiteModeRunOptions<MigrationsSettings>;

/** The run's outcome, and the check's whole result when the suite wrote one. */
export interface MigrationsRun {
  outcome: RunOutcome;
  /** The check's result (`MigrationsCheckResult` as JSON), or undefined when it never finished. */
  result?: unknown;
}

/**
 * A check that could not start: one error record, so the report counts an error that says why
 * (not an empty run), in the category the check's tests would have had.
 */
function notRun(problem: string): RunOutcome {
  return {
    completed: true,
    exit_code: 0,
    tests: [
      {
        title_path: ['migrations', 'set up'],
        full_title: 'migrations set up',
        file: null,
        category: 'database_migration',
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

/**
 * `--import tsx` for a TypeScript module the suite imports (the data source, the replay's app),
 * unless the project's mocha already loads a TypeScript loader through its configuration.
 * Returns the node options, or why it cannot load.
 */
export function typeScriptLoader(
  workingDirectory: string,
  dataSource: string,
  input = 'data-source',
): { nodeOptions: string[] } | { problem: string } {
  if (!/\.[mc]?ts$/.test(dataSource)) return { nodeOptions: [] };
  const configs = [
    '.mocharc.json',
    '.mocharc.jsonc',
    '.mocharc.yml',
    '.mocharc.yaml',
    '.mocharc.js',
    '.mocharc.cjs',
    '.mocharc.mjs',
    'package.json',
  ];
  for (const name of configs) {
    const path = join(workingDirectory, name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const mochaPart = name === 'package.json' ? JSON.stringify(JSON.parse(text).mocha ?? '') : text;
    if (/tsx|ts-node|@swc-node|esbuild-register/.test(mochaPart)) return { nodeOptions: [] };
  }
  try {
    createRequire(join(workingDirectory, 'package.json')).resolve('tsx');
    return { nodeOptions: ['--import', 'tsx'] };
  } catch {
    return {
      problem: `${input} ${dataSource} is TypeScript, and the working directory has no tsx to load it: install it in the service (npm install --save-dev tsx), or point ${input} at the compiled .js module`,
    };
  }
}

/**
 * Checks the base ref (a failed gate naming the fix when it is unknown or the clone is shallow),
 * then runs the migrations suite and reads back the check's result.
 */
export async function runMigrationsCheck(options: MigrationsRunOptions): Promise<MigrationsRun> {
  const { settings, logger, workingDirectory } = options;
  if (settings.baseRef !== undefined) {
    try {
      const at = await filesAtRef(settings.baseRef, workingDirectory);
      logger.info(
        `Old version: the migration files at ${settings.baseRef} (${at.commit.slice(0, 12)})`,
      );
    } catch (error) {
      if (error instanceof GitRefError) {
        logger.error(error.message);
        return { outcome: notRun(error.message) };
      }
      throw error;
    }
  } else {
    logger.info(
      `Old version: the ${settings.oldMigrations?.length ?? 0} migrations named in old-migrations`,
    );
  }
  const loader = typeScriptLoader(workingDirectory, settings.dataSource);
  if ('problem' in loader) {
    logger.error(loader.problem);
    return { outcome: notRun(loader.problem) };
  }

  const resultPath = join(options.temp, 'migrations-result.json');
  await rm(resultPath, { force: true });
  const config: MigrationsSuiteConfig = {
    dataSource: settings.dataSource,
    ...(settings.baseRef !== undefined ? { baseRef: settings.baseRef } : {}),
    ...(settings.oldMigrations ? { oldMigrations: settings.oldMigrations } : {}),
    rowsPerTable: settings.rowsPerTable,
    seed: settings.seed,
    ...(settings.seedFile ? { seedFile: settings.seedFile } : {}),
    ...(settings.intent ? { intent: settings.intent } : {}),
    resultPath,
  };
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    [MIGRATIONS_CONFIG_ENV]: JSON.stringify(config),
    ...(settings.databaseUrl ? { [DATABASE_URL_ENV]: settings.databaseUrl } : {}),
  };
  if (loader.nodeOptions.length > 0)
    env.NODE_OPTIONS = [env.NODE_OPTIONS ?? '', ...loader.nodeOptions].join(' ').trim();
  const suiteFile = relative(workingDirectory, options.suitePath);
  const outcome = await runMochaSuites({
    workingDirectory,
    files: [suiteFile],
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
  let result: unknown;
  try {
    result = JSON.parse(await readFile(resultPath, 'utf8'));
  } catch {
    // The check never finished (its tests say why); the report has no migrations section.
  }
  return {
    outcome: locateInMigrations(outcome, result, workingDirectory, settings.dataSource),
    result,
  };
}

/** A method's declaration line (`up(`, `public async down(`), not a call or a comment. */
function declarationLine(text: string, method: 'up' | 'down'): number {
  const declaration = new RegExp(
    `^\\s*(?:(?:public|private|protected|static|async|override)\\s+)*${method}\\s*\\(`,
  );
  return text.split('\n').findIndex((line) => declaration.test(line)) + 1 || 1;
}

/**
 * Each migration's tests pointed at the migration's own file (the line of its `up(` or `down(`
 * declaration) and timed with its `up()` or `down()`, instead of our suite file and the zero
 * time of a test that only reads the check's result; the other tests at the data source module.
 */
function locateInMigrations(
  outcome: RunOutcome,
  result: unknown,
  workingDirectory: string,
  dataSource: string,
): RunOutcome {
  const migrations = (
    result as
      | {
          migrations?: Array<{
            name?: unknown;
            file?: unknown;
            seconds?: unknown;
            downSeconds?: unknown;
          }>;
        }
      | undefined
  )?.migrations;
  const byName = new Map(
    (Array.isArray(migrations) ? migrations : [])
      .filter((migration) => typeof migration.name === 'string')
      .map((migration) => [migration.name as string, migration]),
  );
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(resolve(workingDirectory, file), 'utf8'));
      } catch {
        texts.set(file, '');
      }
    }
    return texts.get(file)!;
  };
  const dataSourceFile = relative(workingDirectory, dataSource);
  const tests = outcome.tests.map((test) => {
    const title = test.title_path[test.title_path.length - 1] ?? '';
    const migration = byName.get(title.split(':')[0]);
    const file = typeof migration?.file === 'string' ? migration.file : undefined;
    if (!migration || !file) return { ...test, file: dataSourceFile };
    const down = /: down\(\)/.test(title);
    const seconds = down ? migration.downSeconds : migration.seconds;
    return {
      ...test,
      file,
      ...(typeof seconds === 'number' ? { duration: Math.round(seconds * 1000) / 1000 } : {}),
      ...(test.state === 'failed' || test.state === 'error'
        ? { location: { file, line: declarationLine(textOf(file), down ? 'down' : 'up') } }
        : {}),
    };
  });
  return { ...outcome, tests };
}
