/**
 * `describeDatabaseMigration`: an old and a new TypeORM DataSource, each on its own throwaway
 * database, fresh for every test and dropped after it (also when the test fails).
 */
import { DataSource, MigrationExecutor, type DataSourceOptions } from 'typeorm';
import type { ComparableDataSource } from '../compare/db-dialect.js';
import { createThrowawayDatabase, databaseUrlFromEnv, sweepStaleOnce } from '../database/index.js';
import type { ThrowawayDatabase } from '../database/types.js';
import { newVersion, oldVersion } from '../versions.js';
import { CleanupStack } from './resources.js';
import { ContextSlots, defineMigrationDescribe, type SuiteBody } from './define.js';

/** Entities as TypeORM takes them: classes with decorators, `EntitySchema`s, or glob strings. */
export type EntityList = NonNullable<DataSourceOptions['entities']>;
/** Migrations as TypeORM takes them: classes or glob strings. */
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;
/** A value, or a function of the version that gives it (e.g. `(v) => v === '1.0.0' ? v1 : v2`). */
export type PerVersion<T> = T | ((version: string) => T | Promise<T>);

/**
 * A DataSource the service makes with its own TypeORM (0.3 or 1.x, any driver): what the
 * comparators read, and the life cycle the suite drives. TypeORM's `DataSource` is one.
 */
export interface ServiceDataSource extends ComparableDataSource {
  /** Whether `initialize()` has run; the suite calls it when the service did not. */
  readonly isInitialized: boolean;
  /** Connects (and, with the service's `synchronize` or `migrationsRun`, makes the schema). */
  initialize(): Promise<unknown>;
  /** Closes the connection; the suite calls it after each test. */
  destroy(): Promise<unknown>;
}

/**
 * Options of `describeDatabaseMigration`. Each side needs entities or migrations (or both), or
 * `createDataSource` makes both sides' data sources instead.
 */
export interface DatabaseMigrationOptions<D extends ServiceDataSource = DataSource> {
  /**
   * Makes each side's DataSource with the service's own TypeORM (0.3 or 1.x, any driver), on the
   * throwaway database the suite made for it: `database.options` holds its connection (for
   * SQLite the file, `database.options.database`; TypeORM 0.3 with sqlite3 takes it as
   * `{ type: 'sqlite', database: database.options.database }`). The suite initialises it when
   * the factory did not, hands it out as `ctx.old`/`ctx.new`, destroys it after each test and
   * drops the database. The factory makes the schema (`synchronize` or `migrationsRun` in its
   * options): `entities`, `migrations`, `synchronize` and `dataSourceOptions` are not used with it.
   */
  createDataSource?: (database: ThrowawayDatabase, version: string) => D | Promise<D>;
  /** Entities of both versions (or a function of the version). */
  entities?: PerVersion<EntityList>;
  /** Entities of the old version; overrides `entities` for `ctx.old`. */
  oldEntities?: PerVersion<EntityList>;
  /** Entities of the new version; overrides `entities` for `ctx.new`. */
  newEntities?: PerVersion<EntityList>;
  /** The service's migrations (or a function of the version): the schema is made by running them. */
  migrations?: PerVersion<MigrationList>;
  /** Migrations of the old version; overrides `migrations` for `ctx.old`. */
  oldMigrations?: PerVersion<MigrationList>;
  /** Migrations of the new version; overrides `migrations` for `ctx.new`. */
  newMigrations?: PerVersion<MigrationList>;
  /**
   * Make the schema from the entities (TypeORM `synchronize`). Default: true when the side has no
   * migrations, false when it has (then the migrations alone make the schema, as in production).
   */
  synchronize?: boolean;
  /**
   * A PostgreSQL or MySQL/MariaDB server URL; each test gets new databases there, which are
   * dropped afterwards. Default: `VERIFY_MIGRATION_DATABASE_URL`, else a temporary SQLite file.
   */
  url?: string;
  /**
   * Make a third database for each test, `ctx.oldTwin`, exactly as `ctx.old` (the old version's
   * schema, made the same way), for a second run of the old version: do the same writes on it as
   * on `ctx.old` and give it as `noiseFrom` to `expectSameDatabase`/`compareDatabases`, which
   * then leave out the columns that differ between the two old runs on their own. Default false.
   */
  learnNoise?: boolean;
  /** More TypeORM options for both data sources (`logging`, `namingStrategy`, ...). Connection fields are ours. */
  dataSourceOptions?: Partial<
    Omit<DataSourceOptions, 'type' | 'database' | 'entities' | 'migrations'>
  >;
}

/** What the body of a `describeDatabaseMigration` suite receives. */
export interface DatabaseMigrationContext<D extends ServiceDataSource = DataSource> {
  /** The old version's DataSource (initialised, schema made). Fresh for each test. */
  readonly old: D;
  /** The new version's DataSource (initialised, schema made). Fresh for each test. */
  readonly new: D;
  /** The throwaway database under `old` (its kind, name, masked URL). */
  readonly oldDatabase: ThrowawayDatabase;
  /** The throwaway database under `new`. */
  readonly newDatabase: ThrowawayDatabase;
  /**
   * With `learnNoise: true`: a second DataSource of the old version, made exactly as `old`, on its
   * own throwaway database, fresh for each test (pass it as `noiseFrom`). Reading it without
   * `learnNoise` throws.
   */
  readonly oldTwin: D;
  /** With `learnNoise: true`: the throwaway database under `oldTwin`. */
  readonly oldTwinDatabase: ThrowawayDatabase;
  /** `oldVersion()` when the suite was defined. */
  readonly oldVersion: string;
  /** `newVersion()` when the suite was defined. */
  readonly newVersion: string;
}

/**
 * A mocha suite (category `database_migration`) whose tests each get a fresh old and new
 * DataSource: `ctx.old`/`ctx.new` in the body's tests and hooks (also `this.old`/`this.new` in
 * `function` tests). Before each test: two throwaway databases (SQLite files by default; on the
 * server of `options.url` or `VERIFY_MIGRATION_DATABASE_URL` when given), the schema of each
 * version made by its migrations or from its entities, or both data sources made by the
 * service's own TypeORM (`createDataSource`); with `learnNoise`, a third, `ctx.oldTwin`, made as
 * the old one. After each test, even a failing one: every data source destroyed and every
 * database dropped. `ctx.old`/`ctx.new` are TypeORM 1.x DataSources,
 * or of the type `createDataSource` returns.
 *
 * @example
 * describeDatabaseMigration('tools', { migrations: migrationsFor }, (ctx) => {
 *   it('keeps every tool', async () => {
 *     await ctx.old.getRepository('tool').save({ name: 'hammer' });
 *   });
 * });
 */
export const describeDatabaseMigration = defineMigrationDescribe<
  DatabaseMigrationOptions<ServiceDataSource>,
  DatabaseMigrationContext<ServiceDataSource>
>('describeDatabaseMigration', 'database_migration', (options, title) => {
  const versions = { old: oldVersion(), new: newVersion() };
  const sides = {
    old: {
      entities: options.oldEntities ?? options.entities,
      migrations: options.oldMigrations ?? options.migrations,
    },
    new: {
      entities: options.newEntities ?? options.entities,
      migrations: options.newMigrations ?? options.migrations,
    },
  };
  for (const side of ['old', 'new'] as const) {
    if (options.createDataSource) {
      if (sides[side].entities !== undefined || sides[side].migrations !== undefined)
        throw new TypeError(
          `describeDatabaseMigration('${title}'): createDataSource makes the ${side} DataSource and its schema; leave entities and migrations out (give them to the service's own DataSource).`,
        );
      continue;
    }
    if (sides[side].entities === undefined && sides[side].migrations === undefined) {
      throw new TypeError(
        `describeDatabaseMigration('${title}'): the ${side} side has neither entities nor migrations; give entities, ${side}Entities, migrations or ${side}Migrations.`,
      );
    }
  }
  if (options.learnNoise !== undefined && typeof options.learnNoise !== 'boolean')
    throw new TypeError(
      `describeDatabaseMigration('${title}'): learnNoise must be true or false, got ${JSON.stringify(options.learnNoise)}.`,
    );
  const learnNoise = options.learnNoise === true;
  const twinSlots = ['oldTwin', 'oldTwinDatabase'] as const;
  const slots = new ContextSlots<DatabaseMigrationContext<ServiceDataSource>>(
    'describeDatabaseMigration',
    'each',
    { oldVersion: versions.old, newVersion: versions.new },
    ['old', 'new', 'oldDatabase', 'newDatabase', ...(learnNoise ? twinSlots : [])],
  );
  if (!learnNoise)
    for (const slot of twinSlots)
      Object.defineProperty(slots.ctx, slot, {
        enumerable: false,
        get: () => {
          throw new Error(
            `ctx.${slot} exists only with learnNoise: true in the options of describeDatabaseMigration('${title}').`,
          );
        },
      });
  const cleanup = new CleanupStack();
  return {
    ctx: slots.ctx,
    scope: 'each',
    async setUp(mochaContext) {
      const url = options.url ?? databaseUrlFromEnv();
      // Leftovers of a killed earlier run go first (only ours, only past the age limit).
      await sweepStaleOnce(url);
      const made: Partial<
        Record<
          'old' | 'new' | 'oldTwin',
          { database: ThrowawayDatabase; dataSource: ServiceDataSource }
        >
      > = {};
      // The twin is made exactly as the old side: the same version, entities and migrations.
      const madeAs = { old: 'old', new: 'new', oldTwin: 'old' } as const;
      for (const slot of learnNoise
        ? (['old', 'oldTwin', 'new'] as const)
        : (['old', 'new'] as const)) {
        const side = madeAs[slot];
        const database = await createThrowawayDatabase({ url, label: slot });
        cleanup.add(`drop the ${slot} database ${database.name}`, () => database.drop());
        const dataSource = options.createDataSource
          ? await openServiceDataSource(options.createDataSource, database, versions[side])
          : await openVersionDataSource({
              database,
              version: versions[side],
              entities: sides[side].entities,
              migrations: sides[side].migrations,
              synchronize: options.synchronize,
              extra: options.dataSourceOptions,
            });
        cleanup.add(`destroy the ${slot} DataSource`, () =>
          dataSource.isInitialized ? dataSource.destroy() : undefined,
        );
        made[slot] = { database, dataSource };
      }
      slots.fill(
        {
          old: made.old!.dataSource,
          new: made.new!.dataSource,
          oldDatabase: made.old!.database,
          newDatabase: made.new!.database,
          ...(made.oldTwin === undefined
            ? {}
            : { oldTwin: made.oldTwin.dataSource, oldTwinDatabase: made.oldTwin.database }),
        },
        mochaContext,
      );
    },
    async tearDown(mochaContext) {
      slots.clear(mochaContext);
      await cleanup.run();
    },
  };
}) as DatabaseMigrationDescribe;

/**
 * `describeDatabaseMigration`, generic in the DataSource type: TypeORM 1.x's by default, the
 * service's own with `createDataSource`.
 */
export interface DatabaseMigrationDescribe {
  /** Like `describe`: defines the suite, tagged `database_migration`, and returns mocha's `Suite`. */
  <D extends ServiceDataSource = DataSource>(
    title: string,
    options: DatabaseMigrationOptions<D>,
    body: SuiteBody<DatabaseMigrationContext<D>>,
  ): Mocha.Suite;
  /** Like `describe.only`. */
  only<D extends ServiceDataSource = DataSource>(
    title: string,
    options: DatabaseMigrationOptions<D>,
    body: SuiteBody<DatabaseMigrationContext<D>>,
  ): Mocha.Suite;
  /** Like `describe.skip`: the tests are collected as pending; nothing is set up. */
  skip<D extends ServiceDataSource = DataSource>(
    title: string,
    options: DatabaseMigrationOptions<D>,
    body: SuiteBody<DatabaseMigrationContext<D>>,
  ): Mocha.Suite | void;
}

/** The service's DataSource from `create`, initialised; destroyed again when that fails. */
async function openServiceDataSource(
  create: (
    database: ThrowawayDatabase,
    version: string,
  ) => ServiceDataSource | Promise<ServiceDataSource>,
  database: ThrowawayDatabase,
  version: string,
): Promise<ServiceDataSource> {
  const dataSource = await create(database, version);
  if (dataSource.isInitialized) return dataSource;
  try {
    await dataSource.initialize();
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new Error(
      `Cannot open the service's DataSource of version ${version} on ${database.maskedUrl}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return dataSource;
}

/** What `openVersionDataSource` needs. */
export interface VersionDataSourceOptions {
  /** The throwaway database to connect to; its `options` point the DataSource at it. */
  database: ThrowawayDatabase;
  /** The version whose schema is made; per-version `entities` and `migrations` are called with it. */
  version: string;
  /** The version's entities (or a function of the version); none when absent. */
  entities?: PerVersion<EntityList>;
  /** The version's migrations (or a function of the version), run each in its own transaction. */
  migrations?: PerVersion<MigrationList>;
  /** Run TypeORM `synchronize` (after the migrations, if any). Default: only when there are no migrations. */
  synchronize?: boolean;
  /** More TypeORM options (`logging`, ...); the connection, entities, migrations and `synchronize` are the library's. */
  extra?: Partial<DataSourceOptions>;
}

/**
 * An initialised DataSource on `database` with one version's schema: its migrations run (each in
 * its own transaction), then `synchronize` when asked (default: only when there are no migrations).
 * Destroyed again if making the schema fails.
 */
export async function openVersionDataSource(
  options: VersionDataSourceOptions,
): Promise<DataSource> {
  const entities = await resolvePerVersion(options.entities, options.version);
  const migrations = await resolvePerVersion(options.migrations, options.version);
  const hasMigrations =
    migrations !== undefined &&
    (Array.isArray(migrations) ? migrations.length > 0 : Object.keys(migrations).length > 0);
  const dataSource = new DataSource({
    ...options.extra,
    ...options.database.options,
    entities: entities ?? [],
    migrations: migrations ?? [],
    // We run them ourselves, below, so that a failure is ours to report and clean up.
    synchronize: false,
    migrationsRun: false,
  } as DataSourceOptions);
  await dataSource.initialize();
  try {
    if (hasMigrations) await runMigrationsNamingFailure(dataSource);
    if (options.synchronize ?? !hasMigrations) await dataSource.synchronize();
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new Error(
      `Cannot make the schema of version ${options.version} on ${options.database.maskedUrl}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return dataSource;
}

/**
 * `runMigrations`, each in its own transaction, with the failing migration's name put in front of
 * the driver's message (`migration AddTotal1700000000001 failed: SQLITE_ERROR: ...`): the
 * driver's own says what SQL failed, not which migration. The migrations before it are recorded
 * as run, so the failing one is the first still pending. Returns the names of those that ran.
 */
export async function runMigrationsNamingFailure(dataSource: DataSource): Promise<string[]> {
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map(
      (migration) => migration.name,
    );
  } catch (error) {
    const pending = await new MigrationExecutor(dataSource).getPendingMigrations().catch(() => []);
    if (pending.length === 0) throw error;
    throw new Error(`migration ${pending[0]!.name} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The value for `version` when `value` is a function of the version, else `value`. */
export async function resolvePerVersion<T>(
  value: PerVersion<T> | undefined,
  version: string,
): Promise<T | undefined> {
  // Entity classes are functions too: only a function that is not a class is a per-version choice.
  if (typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) {
    return (value as (version: string) => T | Promise<T>)(version);
  }
  return value as T | undefined;
}
