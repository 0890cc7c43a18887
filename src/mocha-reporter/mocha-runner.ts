/**
 * The mocha bundled with the action, for working directories that have no mocha of their own
 * (bundled to dist/mocha-runner.js). Usage:
 *   node mocha-runner.js --reporter /abs/reporter.cjs [--grep REGEXP] -- FILE...
 * It behaves like mocha's CLI where it matters to the gate: `.only` is forbidden, and the exit
 * code is the number of failures (at most 255).
 */
import Mocha from 'mocha';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

function parse(argv: string[]): { reporter: string; grep?: string; files: string[] } {
  const separator = argv.indexOf('--');
  const options = separator === -1 ? argv : argv.slice(0, separator);
  const files = separator === -1 ? [] : argv.slice(separator + 1);
  const value = (name: string) => {
    const index = options.indexOf(name);
    return index === -1 ? undefined : options[index + 1];
  };
  const reporter = value('--reporter');
  if (!reporter) throw new Error('mocha-runner: --reporter PATH is required');
  return { reporter, grep: value('--grep'), files };
}

const { reporter, grep, files } = parse(process.argv.slice(2));
const load = createRequire(import.meta.url);
const mocha = new Mocha({
  reporter: load(resolve(reporter)),
  forbidOnly: true,
  ...(grep ? { grep } : {}),
});
for (const file of files) mocha.addFile(resolve(file));
// mocha announces each file before importing it: the last one announced is the one that failed.
let loading: string | undefined;
mocha.suite.on('pre-require', (_context: unknown, file: string) => {
  loading = file;
});
try {
  await mocha.loadFilesAsync();
} catch (error) {
  // Named first, so the run stage finds the file before any other the error mentions.
  const which =
    loading === undefined ? 'a spec file' : `the spec file ${relative(process.cwd(), loading)}`;
  console.error(
    `Error: ${which} failed to load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
}
mocha.run((failures) => {
  process.exitCode = Math.min(failures, 255);
});
