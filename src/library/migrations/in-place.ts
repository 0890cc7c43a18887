/**
 * The in-place migration check: what production does, on a throwaway copy. A database is brought
 * to the old version with the service's own TypeORM migrations and seeded; then the new version's
 * migrations run on it (`runMigrations`) and the data is compared with the state before; then
 * every new migration is reverted (`undoLastMigration`) and the data must be exactly as before.
 *
 * "The state before" is a second throwaway database made the same way (old migrations, same
 * seed) and left alone, so the comparison is a plain `compareDatabases` between two databases and
 * works on SQLite, PostgreSQL and MySQL alike, with no snapshot format of our own.
 */
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Difference } from '../../common/records.js';
import { DifferencesError } from '../assert.js';
import { compareDatabasesDetailed, type CompareDatabasesOptions } from '../compare/databases.js';
import { createThrowawayDatabase, databaseUrlFromEnv } from '../database/index.js';
import {
  openVersionDataSource,
  resolvePerVersion,
  runMigrationsNamingFailure,
  type EntityList,
  type MigrationList,
  type PerVersion,
} from '../suites/database.js';
import type { ThrowawayDatabase } from '../database/types.js';
import { CleanupStack } from '../suites/resources.js';
import { newVersion as envNewVersion, oldVersion as envOldVersion } from '../versions.js';

/** How one table is compared after the forward migration. */
export interface ForwardTableOptions extends CompareDatabasesOptions {
  /**
   * Columns the new version adds (old rows get them from the migration). They must exist in the
   * new table; their values are not compared with the old side (check them in `afterMigrate`).
   */
  addedColumns?: string[];
}

/** What `checkInPlaceMigration` needs. */
export interface InPlaceMigrationOptions {
  /** The service's migrations, as a function of the version (or one list, then old and new lists are given below). */
  migrations?: PerVersion<MigrationList>;
  /** The migrations of the old version (default: `migrations` for the old version). */
  oldMigrations?: PerVersion<MigrationList>;
  /** The migrations of the new version: the old ones plus those the new version adds. */
  newMigrations?: PerVersion<MigrationList>;
  /** Entities of both versions, so `seed` and `afterMigrate` can use repositories (optional). */
  entities?: PerVersion<EntityList>;
  /** Entities of the old version (for `seed`). */
  oldEntities?: PerVersion<EntityList>;
  /** Entities of the new version (for `afterMigrate`). */
  newEntities?: PerVersion<EntityList>;
  /** Fills the old-version database. Called twice (reference and subject): it must be deterministic. */
  seed(dataSource: DataSource, version: string): unknown;
  /** Tables to compare. Default: every table of the old version (except TypeORM's own). */
  tables?: string[];
  /** Per table: renamed, ignored and added columns of the forward migration. */
  forward?: Record<string, ForwardTableOptions>;
  /** Per table: options of the rollback comparison (default: exact). Only loosen it for a documented, lossy down. */
  rollback?: Record<string, CompareDatabasesOptions>;
  /**
   * Called after the forward migration with the migrated database and the untouched reference:
   * check transformed data here (a backfilled column). Differences returned count as failures.
   */
  afterMigrate?(
    migrated: DataSource,
    reference: DataSource,
  ): Difference[] | void | Promise<Difference[] | void>;
  /** Server URL for the throwaway databases. Default: `VERIFY_MIGRATION_DATABASE_URL`, else SQLite. */
  url?: string;
  /** Default: `oldVersion()`. */
  oldVersion?: string;
  /** Default: `newVersion()`. */
  newVersion?: string;
  /**
   * Makes each database's DataSource with the service's own TypeORM (0.3 or 1.x) and driver, on
   * the throwaway database made for it (`database.options` holds its connection), knowing the
   * migrations of `version`: the old version's for the reference and the seeding, the new
   * version's for the migrated copy. The check initialises it when the factory did not and runs
   * its migrations in its own `migrationsTransactionMode`. With it, `migrations`, `entities` and
   * `dataSourceOptions` are not used.
   */
  createDataSource?: (database: ThrowawayDatabase, version: string) => unknown;
  /** More TypeORM options for the data sources (`logging`, `namingStrategy`, ...). */
  dataSourceOptions?: Partial<
    Omit<DataSourceOptions, 'type' | 'database' | 'entities' | 'migrations'>
  >;
}

/** A down() that failed. */
export interface FailedDown {
  /** The migration's name. */
  migration: string;
  /** What it threw. */
  message: string;
}

/** What `checkInPlaceMigration` found. */
export interface InPlaceMigrationResult {
  /** The version the database was brought to and seeded at. */
  oldVersion: string;
  /** The version whose migrations ran on it. */
  newVersion: string;
  /** Names of the migrations the new version ran, in order. */
  applied: string[];
  /** Names of the migrations reverted, in the order they were reverted. */
  reverted: string[];
  /** Tables compared. */
  tables: string[];
  /**
   * Differences after the forward migration (renames, ignored and added columns accounted for);
   * at most `maxDifferences` of each table's comparison are kept.
   */
  forward: Difference[];
  /** How many differences the forward migration left in all, also those not kept in `forward`. */
  forwardTotal: number;
  /** Differences after the rollback: anything the downs did not restore exactly. */
  rollback: Difference[];
  /** How many differences the rollback left in all, also those not kept in `rollback`. */
  rollbackTotal: number;
  /** The first down() that failed, if any (the rollback comparison is then skipped). */
  failedDown?: FailedDown;
  /** True when there are no differences and every down() worked. */
  passed: boolean;
}

/** Runs the in-place migration check and returns what it found (never throws for differences). */
export async function checkInPlaceMigration(
  options: InPlaceMigrationOptions,
): Promise<InPlaceMigrationResult> {
  const oldVersion = options.oldVersion ?? envOldVersion();
  const newVersion = options.newVersion ?? envNewVersion();
  const oldMigrations = options.oldMigrations ?? options.migrations ?? [];
  const newMigrations = options.newMigrations ?? options.migrations ?? [];
  const given = options.createDataSource ?? options.oldMigrations ?? options.migrations;
  if (
    given === undefined ||
    (!options.createDataSource && (options.newMigrations ?? options.migrations) === undefined)
  ) {
    throw new TypeError(
      "checkInPlaceMigration: give createDataSource (the service's own DataSource per version), migrations (a function of the version), or oldMigrations and newMigrations.",
    );
  }
  const url = options.url ?? databaseUrlFromEnv();
  const cleanup = new CleanupStack();
  const open = async (
    label: string,
    version: string,
    migrations: PerVersion<MigrationList>,
    entities: PerVersion<EntityList> | undefined,
  ): Promise<{ dataSource: DataSource; database: ThrowawayDatabase }> => {
    const database = await createThrowawayDatabase({ url, label });
    cleanup.add(`drop the ${label} database ${database.name}`, () => database.drop());
    const dataSource = options.createDataSource
      ? await openServiceVersion(options.createDataSource, database, version, true)
      : await openVersionDataSource({
          database,
          version,
          migrations,
          entities,
          synchronize: false,
          extra: options.dataSourceOptions,
        });
    cleanup.add(`destroy the ${label} DataSource`, () =>
      dataSource.isInitialized ? dataSource.destroy() : undefined,
    );
    return { dataSource, database };
  };

  let outcome: Error | undefined;
  let result: InPlaceMigrationResult | undefined;
  try {
    result = await runCheck(options, {
      oldVersion,
      newVersion,
      oldMigrations,
      newMigrations,
      open,
    });
  } catch (error) {
    outcome = error as Error;
  }
  try {
    await cleanup.run();
  } catch (error) {
    // A check that failed says why first; a clean-up failure after a good check is still an error.
    if (outcome === undefined) throw error;
  }
  if (outcome !== undefined) throw outcome;
  return result!;
}

/**
 * Runs the in-place migration check and throws a `DifferencesError` (an `AssertionError`) that
 * lists every difference, forward and after rollback, and any down() that failed.
 * Returns the result when everything held.
 */
export async function verifyInPlaceMigration(
  options: InPlaceMigrationOptions,
): Promise<InPlaceMigrationResult> {
  const result = await checkInPlaceMigration(options);
  if (!result.passed) {
    const differences = [...result.forward, ...result.rollback];
    const total = result.forwardTotal + result.rollbackTotal + (result.failedDown ? 1 : 0);
    if (result.failedDown) {
      differences.push({
        path: `migrations.${result.failedDown.migration}`,
        kind: 'missing',
        old: 'down()',
        message: `migration ${result.failedDown.migration} has no working down(): ${result.failedDown.message} (the rollback to ${result.oldVersion} was not compared)`,
      });
    }
    throw new DifferencesError(
      differences,
      `In-place migration ${result.oldVersion} -> ${result.newVersion} and back`,
      total,
    );
  }
  return result;
}

interface CheckPlan {
  oldVersion: string;
  newVersion: string;
  oldMigrations: PerVersion<MigrationList>;
  newMigrations: PerVersion<MigrationList>;
  open(
    label: string,
    version: string,
    migrations: PerVersion<MigrationList>,
    entities: PerVersion<EntityList> | undefined,
  ): Promise<{ dataSource: DataSource; database: ThrowawayDatabase }>;
}

/** The transaction mode a data source's own options ask for its migrations. */
function transactionModeOf(dataSource: DataSource): 'all' | 'none' | 'each' {
  const mode = (dataSource.options as { migrationsTransactionMode?: unknown })
    .migrationsTransactionMode;
  return mode === 'none' || mode === 'each' ? mode : 'all';
}

/**
 * The service's own DataSource of `version` on `database`, initialised; with `migrate`, its
 * migrations run too, in its own transaction mode.
 */
async function openServiceVersion(
  create: NonNullable<InPlaceMigrationOptions['createDataSource']>,
  database: ThrowawayDatabase,
  version: string,
  migrate: boolean,
): Promise<DataSource> {
  // The service's own TypeORM's class: typed as ours, since both have what the check calls.
  const dataSource = (await create(database, version)) as DataSource;
  try {
    if (!dataSource.isInitialized) await dataSource.initialize();
    if (migrate) await dataSource.runMigrations({ transaction: transactionModeOf(dataSource) });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new Error(
      `Cannot make the schema of version ${version} on ${database.maskedUrl} with the service's DataSource: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return dataSource;
}

async function runCheck(
  options: InPlaceMigrationOptions,
  plan: CheckPlan,
): Promise<InPlaceMigrationResult> {
  const { oldVersion, newVersion } = plan;
  const oldEntities = options.oldEntities ?? options.entities;
  const newEntities = options.newEntities ?? options.entities;

  // The reference: old version, seeded, never migrated.
  const { dataSource: reference } = await plan.open(
    'reference',
    oldVersion,
    plan.oldMigrations,
    oldEntities,
  );
  await options.seed(reference, oldVersion);
  // The subject: the same, then migrated in place, as production will be.
  const { dataSource: seeding, database: subjectDatabase } = await plan.open(
    'subject',
    oldVersion,
    plan.oldMigrations,
    oldEntities,
  );
  await options.seed(seeding, oldVersion);
  const tables = options.tables ?? (await userTables(reference));
  // Same database, new version's migrations: close the old-version connection first (SQLite file locks).
  const subjectOptions = seeding.options;
  await seeding.destroy();
  let subject: DataSource;
  if (options.createDataSource) {
    subject = await openServiceVersion(
      options.createDataSource,
      subjectDatabase,
      newVersion,
      false,
    );
  } else {
    const newMigrationList = await resolvePerVersion(plan.newMigrations, newVersion);
    subject = new DataSource({
      ...subjectOptions,
      migrations: newMigrationList ?? [],
      entities: (await resolvePerVersion(newEntities, newVersion)) ?? [],
      synchronize: false,
      migrationsRun: false,
    } as DataSourceOptions);
    await subject.initialize();
  }
  const mode = options.createDataSource ? transactionModeOf(subject) : 'each';
  try {
    // The service's own TypeORM runs its own way; ours names the migration that fails.
    const applied = options.createDataSource
      ? (await subject.runMigrations({ transaction: mode })).map((migration) => migration.name)
      : await runMigrationsNamingFailure(subject);
    const forward: Difference[] = [];
    let forwardTotal = 0;
    for (const table of tables) {
      const compared = await compareForward(
        reference,
        subject,
        table,
        options.forward?.[table] ?? {},
        newVersion,
      );
      forward.push(...compared.differences);
      forwardTotal += compared.total;
    }
    if (options.afterMigrate) {
      const extra = await options.afterMigrate(subject, reference);
      if (extra) {
        forward.push(
          ...extra.map((difference) => phase(difference, `after migrating to ${newVersion}`)),
        );
        forwardTotal += extra.length;
      }
    }

    const reverted: string[] = [];
    let failedDown: FailedDown | undefined;
    for (const name of [...applied].reverse()) {
      try {
        await subject.undoLastMigration({ transaction: mode });
        reverted.push(name);
      } catch (error) {
        failedDown = {
          migration: name,
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
        break;
      }
    }

    const rollback: Difference[] = [];
    let rollbackTotal = 0;
    if (failedDown === undefined) {
      const back = `after rolling back to ${oldVersion}`;
      rollback.push(...(await compareTableLists(reference, subject, back)));
      rollbackTotal = rollback.length;
      for (const table of tables) {
        const { differences, total } = await compareDatabasesDetailed(
          reference,
          subject,
          table,
          options.rollback?.[table] ?? {},
        );
        rollback.push(...differences.map((difference) => phase(difference, back)));
        rollbackTotal += total;
      }
    }
    return {
      oldVersion,
      newVersion,
      applied,
      reverted,
      tables,
      forward,
      forwardTotal,
      rollback,
      rollbackTotal,
      ...(failedDown ? { failedDown } : {}),
      passed: forwardTotal === 0 && rollbackTotal === 0 && failedDown === undefined,
    };
  } finally {
    if (subject.isInitialized) await subject.destroy();
  }
}

async function compareForward(
  reference: DataSource,
  subject: DataSource,
  table: string,
  tableOptions: ForwardTableOptions,
  newVersion: string,
): Promise<{ differences: Difference[]; total: number }> {
  const { addedColumns = [], ...compareOptions } = tableOptions;
  const where = `after migrating to ${newVersion}`;
  const differences: Difference[] = [];
  const present = new Set((await columnsOf(subject, table)) ?? []);
  const added: string[] = [];
  for (const column of addedColumns) {
    if (present.has(column)) added.push(column);
    else
      differences.push({
        path: `${table}[*].${column}`,
        kind: 'missing',
        message: `${where}: column ${column}, declared as added, is not in table ${table}`,
      });
  }
  const compared = await compareDatabasesDetailed(reference, subject, table, {
    ...compareOptions,
    ignoreColumns: [...(compareOptions.ignoreColumns ?? []), ...added],
  });
  const total = differences.length + compared.total;
  differences.push(...compared.differences.map((difference) => phase(difference, where)));
  return { differences, total };
}

/** The difference with the phase in front of its message, so the two comparisons read apart. */
function phase(difference: Difference, where: string): Difference {
  return { ...difference, message: `${where}: ${difference.message}` };
}

/**
 * The tables of the database the data source points at (its current schema on PostgreSQL), other
 * than TypeORM's own bookkeeping. Asked of the catalogue directly: TypeORM's `getTables()` without
 * names also lists the server's system tables.
 */
async function userTables(dataSource: DataSource): Promise<string[]> {
  const type = String(dataSource.options.type);
  const sql =
    type === 'postgres'
      ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : type === 'mysql' || type === 'mariadb'
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;
  const skip = new Set([
    dataSource.options.migrationsTableName ?? 'migrations',
    dataSource.options.metadataTableName ?? 'typeorm_metadata',
  ]);
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql);
  // MySQL may return the alias in the catalogue's case: take the only column, whatever its name.
  return rows
    .map((row) => String(Object.values(row)[0]))
    .filter((name) => !skip.has(name))
    .sort();
}

async function columnsOf(dataSource: DataSource, table: string): Promise<string[] | undefined> {
  const runner = dataSource.createQueryRunner();
  try {
    return (await runner.getTable(table))?.columns.map((column) => column.name);
  } finally {
    await runner.release();
  }
}

/** Tables a down() left behind, or dropped. */
async function compareTableLists(
  reference: DataSource,
  subject: DataSource,
  where: string,
): Promise<Difference[]> {
  const before = new Set(await userTables(reference));
  const after = new Set(await userTables(subject));
  const differences: Difference[] = [];
  for (const table of before) {
    if (!after.has(table))
      differences.push({
        path: table,
        kind: 'missing',
        message: `${where}: table ${table} is gone (a down() dropped it and nothing restored it)`,
      });
  }
  for (const table of after) {
    if (!before.has(table))
      differences.push({
        path: table,
        kind: 'extra',
        message: `${where}: table ${table} is still there (the down() that should drop it did not)`,
      });
  }
  return differences;
}
