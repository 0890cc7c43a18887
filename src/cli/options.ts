import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { VerifySettings } from '../core/settings.js';
import { MODES } from '../action/constants.js';
import {
  optionalPathInside,
  parseChoice,
  parseCommandRunner,
  parseGrep,
  parseShardFor,
  parseTimeoutMinutes,
  parseSpecGlobs,
  requireText,
  resolveDirectoryInside,
  resolveInside,
  resolveReportPath,
} from '../core/validate.js';

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
  --command 'CMD ARGS'       run this test command instead of mocha and read its JUnit XML
                             (split into words without a shell)
  --junit-path GLOB          with --command: the JUnit XML files it writes; repeatable
  --category-mapping RE=CAT  with --command: a name pattern and its category; repeatable
  --mode run|merge           run the suites (default), or merge shard reports into one
  --shard-report FILE.json   with --mode merge: a shard's report; repeat for every shard
  --workspace DIR            the folder every path must stay inside (default: the current folder)
  -h, --help                 show this text
`;

/** What the command line asked for. */
export type CliCommand =
  | { help: true }
  | { help: false; mode: 'run'; settings: VerifySettings }
  | { help: false; mode: 'merge'; settings: VerifySettings; shardReports: string[] };

/**
 * Parses and validates the command line into the core's settings, with the same validators
 * and messages as the action's inputs. Throws `InputError` naming the option.
 */
export function parseCommandLine(argv: string[], cwd: string): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
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
        mode: { type: 'string', default: 'run' },
        command: { type: 'string', default: '' },
        'junit-path': { type: 'string', multiple: true },
        'category-mapping': { type: 'string', multiple: true },
        'shard-report': { type: 'string', multiple: true },
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
  };
  if (mode === 'run') return { help: false, mode, settings };
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
