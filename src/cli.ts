import { runCli } from './cli/main.js';

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  console.error(`verify-migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
