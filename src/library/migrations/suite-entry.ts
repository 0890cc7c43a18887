/**
 * The spec file of `mode: migrations` (bundled to dist/migrations-suite.mjs): loaded by mocha in
 * the service's working directory, it defines the migrations check as a suite from the settings
 * the action put in `VERIFY_MIGRATION_MIGRATIONS_CONFIG`. Top-level await: mocha knows every test
 * (two per new migration) before the run starts.
 */
import { describeMigrations } from './describe.js';
import {
  MIGRATIONS_CONFIG_ENV,
  type MigrationsSuiteConfig,
} from '../../common/child-environment.js';

const text = process.env[MIGRATIONS_CONFIG_ENV];
if (!text)
  throw new Error(
    `${MIGRATIONS_CONFIG_ENV} is not set: this file is the migrations mode's suite, run by verify-migration (mode: migrations), not a spec file to run by hand`,
  );
const config = JSON.parse(text) as MigrationsSuiteConfig;
await describeMigrations('migrations', {
  dataSource: config.dataSource,
  cwd: process.cwd(),
  ...(config.baseRef !== undefined ? { baseRef: config.baseRef } : {}),
  ...(config.oldMigrations ? { oldMigrations: config.oldMigrations } : {}),
  rowsPerTable: config.rowsPerTable,
  seed: config.seed,
  ...(config.seedFile ? { seedFile: config.seedFile } : {}),
  ...(config.intent ? { intent: config.intent } : {}),
  resultPath: config.resultPath,
});
