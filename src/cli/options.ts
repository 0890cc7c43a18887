import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { MODES, type VerifySettings } from '../inputs/settings.js';
import { defaultBaseRef } from '../common/git.js';
import {
  optionalPathInside,
  parseBaselinePath,
  parseChoice,
  checkCombinations,
  parseCommandRunner,
  parseMigrationsFor,
  parseReplayFor,
  parseGrep,
  parseShardFor,
  parseTimeoutMinutes,
  parseSpecGlobs,
  requireText,
  resolveDirectoryInside,
  resolveInside,
  resolveReportPath,
} from '../inputs/validate.js';

/**
 * Defaults of the options the CLI shares with the action. They equal action.yml's defaults
 * (a test holds them together), so a laptop run is the CI run.
 */
export const CLI_DEFAULTS = {
  'old-version': '1.0.0',
  'new-version': '2.0.0',
  'working-directory': '.',
  spec: 'test/migration/**/*.spec.{js,mjs,cjs,ts,mts,cts}',
  'report-path': 'verification-report.json',
  'rows-per-table': '200',
  seed: '1',
  baseline: 'verification-baseline.json',
} as const;

/** The CLI's usage text. */
export const USAGE = `Usage: verify-migration --service NAME [options]

Runs the migration verification suites with mocha, writes the report (JSON, JUnit XML,
Markdown, log) and exits 0 when the gate passed, 1 when it failed, 2 on bad options.

Options (the same as the action's inputs):
  --service NAME             service name, written into the report (required)
  --old-version V            exported to the suites as OLD_VERSION (default ${CLI_DEFAULTS['old-version']})
  --new-version V            exported to the suites as NEW_VERSION (default ${CLI_DEFAULTS['new-version']})
  --working-directory DIR    where the suites run (default ${CLI_DEFAULTS['working-directory']})
  --spec GLOB                spec glob relative to the working directory; repeat or separate
                             with commas (default ${CLI_DEFAULTS.spec})
  --grep REGEXP              only tests whose full title matches
  --report-path FILE.json    relative to the working directory (default ${CLI_DEFAULTS['report-path']})
  --allow-empty              an empty run (no tests) passes
  --shard I/N                run the I-th of N deterministic slices of the spec files
  --timeout-minutes M        overall time limit of the suites; when reached, the test process
                             and everything it started are killed and the gate fails
  --previous-report FILE     with --shard: balance the slices by this earlier report's durations
  --baseline FILE.json       accepted differences: only differences not listed there fail;
                             used when it exists (default ${CLI_DEFAULTS.baseline})
  --update-baseline          write the baseline from this run's differences (the run's gate
                             is unchanged; the next run accepts them)
  --command 'CMD ARGS'       run this test command instead of mocha and read its JUnit XML
                             (split into words without a shell)
  --junit-path GLOB          with --command: the JUnit XML files it writes; repeatable
  --category-mapping RE=CAT  with --command: a name pattern and its category; repeatable
  --mode run|merge|migrations|replay
                             run the suites (default), merge shard reports into one, verify
                             the service's own migrations on a seeded copy (also: verify-migration
                             migrations --data-source FILE [...]), or replay a recording against
                             the old and the new app (also: verify-migration replay --traffic ...)
  --data-source FILE         migrations: the module exporting the TypeORM DataSource or its options
  --base-ref REF             migrations: git ref whose migration files are the old version's
                             (default: origin/$GITHUB_BASE_REF in a pull request, else HEAD~1)
  --old-migration NAME       migrations: an old version's migration by name, instead of --base-ref;
                             repeatable
  --rows-per-table N         migrations: generated rows per table (default ${CLI_DEFAULTS['rows-per-table']})
  --seed N                   migrations: seed number of the generated rows (default ${CLI_DEFAULTS.seed})
  --seed-file FILE           migrations: the service's own seed (module or .sql) instead
  --intent FILE              migrations: the intent file (default: verify-migration.intent.yml
                             beside the migrations)
  --traffic FILE             replay: the recording, HAR 1.2 (.har) or JSON Lines (.jsonl)
  --traffic-app FILE         replay: the module exporting createApp(version, { role, database })
  --database-url URL         migrations, replay: server for the throwaway databases (default:
                             SQLite files, or VERIFY_MIGRATION_DATABASE_URL)
  --shard-report FILE.json   with --mode merge: a shard's report; repeat for every shard
  --workspace DIR            the folder every path must stay inside (default: the current folder)
  -h, --help                 show this text
`;

/** What the command line asked for. */
export type CliCommand =
  | { help: true }
  | { help: false; mode: 'run' | 'migrations' | 'replay'; settings: VerifySettings }
  | { help: false; mode: 'merge'; settings: VerifySettings; shardReports: string[] };

/**
 * Parses and validates the command line into the core's settings, with the same validators
 * and messages as the action's inputs. Throws `InputError` naming the option.
 */
export function parseCommandLine(argv: string[], cwd: string): CliCommand {
  // `verify-migration migrations ...` is `--mode migrations ...`; likewise `replay`.
  const args =
    argv[0] === 'migrations' || argv[0] === 'replay' ? ['--mode', argv[0], ...argv.slice(1)] : argv;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        service: { type: 'string' },
        'old-version': { type: 'string', default: CLI_DEFAULTS['old-version'] },
        'new-version': { type: 'string', default: CLI_DEFAULTS['new-version'] },
        'working-directory': { type: 'string', default: CLI_DEFAULTS['working-directory'] },
        spec: { type: 'string', multiple: true },
        grep: { type: 'string', default: '' },
        'report-path': { type: 'string', default: CLI_DEFAULTS['report-path'] },
        'allow-empty': { type: 'boolean', default: false },
        shard: { type: 'string' },
        'timeout-minutes': { type: 'string', default: '' },
        'previous-report': { type: 'string' },
        baseline: { type: 'string', default: CLI_DEFAULTS.baseline },
        'update-baseline': { type: 'boolean', default: false },
        mode: { type: 'string', default: 'run' },
        command: { type: 'string', default: '' },
        'junit-path': { type: 'string', multiple: true },
        'category-mapping': { type: 'string', multiple: true },
        'shard-report': { type: 'string', multiple: true },
        'data-source': { type: 'string', default: '' },
        'base-ref': { type: 'string', default: '' },
        'old-migration': { type: 'string', multiple: true },
        'rows-per-table': { type: 'string', default: CLI_DEFAULTS['rows-per-table'] },
        seed: { type: 'string', default: CLI_DEFAULTS.seed },
        'seed-file': { type: 'string', default: '' },
        intent: { type: 'string', default: '' },
        'database-url': { type: 'string', default: '' },
        traffic: { type: 'string', default: '' },
        'traffic-app': { type: 'string', default: '' },
        workspace: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new InputError(
      'command line',
      argv.join(' '),
      `the options listed by --help (${(error as Error).message})`,
    );
  }
  const { values } = parsed;
  if (values.help) return { help: true };

  const workspace = resolve(cwd, values.workspace);
  const workingDirectory = resolveDirectoryInside(
    '--working-directory',
    values['working-directory'],
    workspace,
  );
  const mode = parseChoice('--mode', values.mode, MODES);
  const settings: VerifySettings = {
    service: requireText('--service', values.service),
    oldVersion: requireText('--old-version', values['old-version']),
    newVersion: requireText('--new-version', values['new-version']),
    workspace,
    workingDirectory,
    spec: parseSpecGlobs('--spec', values.spec ?? [CLI_DEFAULTS.spec]),
    grep: parseGrep('--grep', values.grep),
    reportPath: resolveReportPath(
      '--report-path',
      values['report-path'],
      workingDirectory,
      workspace,
    ),
    allowEmpty: values['allow-empty'],
    shard: parseShardFor(mode, '--shard', values.shard),
    previousReport: optionalPathInside(
      '--previous-report',
      values['previous-report'] ?? '',
      workingDirectory,
      workspace,
    ),
    timeoutMinutes: parseTimeoutMinutes('--timeout-minutes', values['timeout-minutes']),
    commandRunner: parseCommandRunner(
      { command: '--command', junitPath: '--junit-path', categoryMapping: '--category-mapping' },
      values.command,
      values['junit-path'] ?? [],
      values['category-mapping'] ?? [],
    ),
    baseline: parseBaselinePath('--baseline', values.baseline, workingDirectory, workspace),
    updateBaseline: values['update-baseline'],
    migrations: parseMigrationsFor(
      mode,
      {
        dataSource: '--data-source',
        baseRef: '--base-ref',
        oldMigrations: '--old-migration',
        rowsPerTable: '--rows-per-table',
        seed: '--seed',
        seedFile: '--seed-file',
        intent: '--intent',
        databaseUrl: '--database-url',
      },
      {
        dataSource: values['data-source'],
        baseRef: values['base-ref'],
        oldMigrations: values['old-migration'] ?? [],
        rowsPerTable: values['rows-per-table'],
        seed: values.seed,
        seedFile: values['seed-file'],
        intent: values.intent,
        databaseUrl: values['database-url'],
      },
      workingDirectory,
      workspace,
      defaultBaseRef(process.env),
    ),
    replay: parseReplayFor(
      mode,
      { traffic: '--traffic', trafficApp: '--traffic-app', databaseUrl: '--database-url' },
      {
        traffic: values.traffic,
        trafficApp: values['traffic-app'],
        databaseUrl: values['database-url'],
      },
      workingDirectory,
      workspace,
    ),
  };
  checkCombinations(settings, {
    command: '--command',
    shard: '--shard',
    updateBaseline: '--update-baseline',
  });
  if (mode !== 'merge') return { help: false, mode, settings };
  const shardReports = (values['shard-report'] ?? []).map((file) =>
    resolveInside('--shard-report', file, cwd, workspace),
  );
  if (shardReports.length === 0)
    throw new InputError(
      '--shard-report',
      '',
      'one --shard-report FILE.json per shard with --mode merge',
    );
  return { help: false, mode, settings, shardReports };
}
