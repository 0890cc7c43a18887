import { relative } from 'node:path';
import { InputError, ReportWriteError } from '../common/errors.js';
import { consolePrinter, type ConsolePrinter } from '../common/logger.js';
import { mergeVerification, readShardReport } from '../pipeline/merge.js';
import { redactingLogger, redactor, secretsFromEnv, secretsInText } from '../common/secrets.js';
import { verify } from '../pipeline/verify.js';
import { initCommand } from '../init/init.js';
import { renderText } from '../report/text.js';
import { parseCommandLine, USAGE } from './options.js';

/** Exit codes of the CLI. */
export const EXIT = { passed: 0, failed: 1, badInput: 2 } as const;

/**
 * Runs the CLI: the same core as the action, with the summary printed at the end. Returns the
 * exit code: 0 when the gate passed, 1 when it failed or could not run, 2 for bad options.
 * Never throws: every message it prints is redacted first, and, when its output is not a
 * terminal (a workflow step may be reading it), none of it can be read as a workflow command.
 */
export async function runCli(
  argv: string[],
  cwd = process.cwd(),
  printer: ConsolePrinter = consolePrinter(!process.stdout.isTTY),
): Promise<number> {
  if (argv[0] === 'init') return initCommand(argv.slice(1), cwd);
  // The arguments have no runner to mask them: a URL's password given on the command line is
  // kept out of the report files and of every message, as one in the environment is.
  const argumentSecrets = secretsInText(argv.join('\n'));
  const redact = redactor([...secretsFromEnv(process.env), ...argumentSecrets]);
  const print = {
    out: (text: string) => printer.out(redact(text)),
    err: (text: string) => printer.err(redact(text)),
    logger: redactingLogger(printer.logger, redact),
  };
  try {
    return await runCommandLine(argv, cwd, argumentSecrets, print);
  } catch (error) {
    if (error instanceof ReportWriteError && error.report) {
      // The suites ran but the report cannot be written: the summary still goes to the terminal.
      print.out(`\n${renderText(error.report)}`);
      print.err(`verify-migration: ${error.message}`);
      return EXIT.failed;
    }
    // Bad options, and inputs found bad only once read (a previous report that is not one).
    if (error instanceof InputError) {
      print.err(`verify-migration: ${error.message}\n\n${USAGE}`);
      return EXIT.badInput;
    }
    print.err(`verify-migration: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  } finally {
    printer.close();
  }
}

async function runCommandLine(
  argv: string[],
  cwd: string,
  secrets: string[],
  print: Pick<ConsolePrinter, 'out' | 'logger'>,
): Promise<number> {
  const command = parseCommandLine(argv, cwd);
  if (command.help) {
    print.out(USAGE);
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
          { logger: print.logger },
        )
      : await verify(command.settings, { logger: print.logger, secrets });
  // Plain text for a terminal; the Markdown file is the job summary's.
  print.out(`\n${renderText(report)}`);
  print.out(
    `Report: ${files.json}\nJUnit: ${files.junit}\nSummary: ${files.markdown}\nLog: ${files.log}`,
  );
  return report.overall.status === 'passed' ? EXIT.passed : EXIT.failed;
}
