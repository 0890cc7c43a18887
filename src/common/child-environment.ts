/** What the action hands the test process through its environment: shared by both sides. */

/** The environment variable that points the library at a server instead of SQLite. */
export const DATABASE_URL_ENV = 'VERIFY_MIGRATION_DATABASE_URL';

/** The environment variable that hands the check's settings to the suite in the child. */
export const MIGRATIONS_CONFIG_ENV = 'VERIFY_MIGRATION_MIGRATIONS_CONFIG';

/** The migrations check's settings, as the action read them (paths absolute). */
export interface MigrationsCheck {
  /** The module exporting the service's TypeORM DataSource or its options. */
  dataSource: string;
  /** The git ref whose migration files are the old version's; absent when `oldMigrations` is given. */
  baseRef?: string;
  /** The old version's migrations by name, instead of a base ref (services that tag releases). */
  oldMigrations?: string[];
  /** Generated rows per table. */
  rowsPerTable: number;
  /** The seed number of the generated rows. */
  seed: number;
  /** The service's own seed (a module or an .sql file), instead of generated rows. */
  seedFile?: string;
  /** The intent file; absent: `verify-migration.intent.yml` beside the migrations. */
  intent?: string;
}

/** What the suite in the child reads from `MIGRATIONS_CONFIG_ENV` (no secrets: the URL goes in its own variable). */
export interface MigrationsSuiteConfig extends MigrationsCheck {
  /** Where the suite writes the check's whole result. */
  resultPath: string;
}

/** The environment variable that hands the replay's settings to its suite in the child. */
export const REPLAY_CONFIG_ENV = 'VERIFY_MIGRATION_REPLAY_CONFIG';

/** What the replay suite in the child reads from `REPLAY_CONFIG_ENV` (no secrets: the URL goes in its own variable). */
export interface ReplaySuiteConfig {
  /** Absolute path of the recording. */
  traffic: string;
  /** Absolute path of the module exporting `createApp`. */
  app: string;
  /** The suite's title: the recording's file name. */
  title: string;
}
