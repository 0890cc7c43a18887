import { relative } from 'node:path';
import { InputError, ReportWriteError } from '../core/errors.js';
import { consoleLogger } from '../core/logger.js';
import { mergeVerification, readShardReport } from '../core/merge.js';
import { redactor, secretsFromEnv, secretsInText } from '../core/secrets.js';
import { verify } from '../core/verify.js';
import { initCommand } from '../init/init.js';
import { renderText } from '../report/text.js';
import { parseCommandLine, USAGE } from './options.js';

/** Exit codes of the CLI. */
export const EXIT = { passed: 0, failed: 1, badInput: 2 } as const;

/**
 * Runs the CLI: the same core as the action, with the summary printed at the end. Returns the
 * exit code: 0 when the gate passed, 1 when it failed or could not run, 2 for bad options.
 * Never throws: every message it prints is redacted first.
 */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<number> {
  if (argv[0] === 'init') return initCommand(argv.slice(1), cwd);
  // The arguments have no runner to mask them: a URL's password given on the command line is
  // kept out of the report files and of every message, as one in the environment is.
  const argumentSecrets = secretsInText(argv.join('\n'));
  const redact = redactor([...secretsFromEnv(process.env), ...argumentSecrets]);
  try {
    return await runCommandLine(argv, cwd, argumentSecrets);
  } catch (error) {
    if (error instanceof ReportWriteError && error.report) {
      // The suites ran but the report cannot be written: the summary still goes to the terminal.
      console.log(`\n${renderText(error.report)}`);
      console.error(`verify-migration: ${redact(error.message)}`);
      return EXIT.failed;
    }
    // Bad options, and inputs found bad only once read (a previous report that is not one).
    if (error instanceof InputError) {
      console.error(`verify-migration: ${redact(error.message)}\n\n${USAGE}`);
      return EXIT.badInput;
    }
    console.error(
      `verify-migration: ${redact(error instanceof Error ? error.message : String(error))}`,
    );
    return EXIT.failed;
  }
}

async function runCommandLine(argv: string[], cwd: string, secrets: string[]): Promise<number> {
  const command = parseCommandLine(argv, cwd);
  if (command.help) {
    console.log(USAGE);
    return EXIT.passed;
  }
  const { report, files } =
    command.mode === 'merge'
      ? await mergeVerification(
          command.settings,
          await Promise.all(
            command.shardReports.map((path) =>
              readShardReport(relative(command.settings.workspace, path), path),
            ),
          ),
          { logger: consoleLogger },
        )
      : await verify(command.settings, { logger: consoleLogger, secrets });
  // Plain text for a terminal; the Markdown file is the job summary's.
  console.log(`\n${renderText(report)}`);
  console.log(
    `Report: ${files.json}\nJUnit: ${files.junit}\nSummary: ${files.markdown}\nLog: ${files.log}`,
  );
  return report.overall.status === 'passed' ? EXIT.passed : EXIT.failed;
}
