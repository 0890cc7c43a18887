/**
 * The service's own stack: its DataSource module, its TypeORM (0.3 or 1.x) and its driver. The
 * migrations check never imports TypeORM or a driver of its own: it makes every data source with
 * the class the service's module used, so migrations run exactly as the service runs them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdminConnection, ServerTarget } from '../database/types.js';
import { messageOf } from '../database/admin.js';
import type { ThrowawayDatabase } from '../database/types.js';
import { globFiles } from './glob.js';

/** A migration class, as TypeORM takes it: `new` gives an object with `up` and (usually) `down`. */
export type MigrationClass = new () => {
  name?: string;
  up(queryRunner: unknown): Promise<unknown>;
  down?(queryRunner: unknown): Promise<unknown>;
};

/** The part of a TypeORM 0.3 or 1.x DataSource that the migrations check uses. */
export interface ServiceDataSource {
  readonly options: Readonly<Record<string, unknown> & { type: string }>;
  readonly isInitialized: boolean;
  initialize(): Promise<unknown>;
  destroy(): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
  runMigrations(options?: { transaction?: 'all' | 'none' | 'each' }): Promise<{ name: string }[]>;
  undoLastMigration(options?: { transaction?: 'all' | 'none' | 'each' }): Promise<void>;
}

/** The service's DataSource class (its own TypeORM's). */
export type ServiceDataSourceClass = new (options: Record<string, unknown>) => ServiceDataSource;

/** One migration of the service, with where it came from. */
export interface ServiceMigration {
  /** TypeORM's name for it: the instance's `name`, else the class name. */
  name: string;
  /** The timestamp TypeORM orders by (the name's last 13 digits), or NaN when it has none. */
  timestamp: number;
  /** The file it was loaded from (absolute), when it came from a glob. */
  file?: string;
  migration: MigrationClass;
}

/** The service's data source as its module exports it. */
export interface LoadedService {
  /** The class to make data sources with (from the service's own TypeORM). */
  DataSource: ServiceDataSourceClass;
  /** The module's options (the exported DataSource's, or the exported options object). */
  options: Readonly<Record<string, unknown> & { type: string }>;
  /** The module file, absolute. */
  file: string;
}

/** The service's data source module could not be used. */
export class DataSourceModuleError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'DataSourceModuleError';
  constructor(
    /** The module, as given. */
    readonly modulePath: string,
    message: string,
  ) {
    super(message);
  }
}

function isDataSource(value: unknown): value is ServiceDataSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ServiceDataSource).initialize === 'function' &&
    typeof (value as ServiceDataSource).runMigrations === 'function' &&
    typeof (value as { options?: { type?: unknown } }).options?.type === 'string'
  );
}

function isOptions(value: unknown): value is LoadedService['options'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    !isDataSource(value) &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Loads the service's data source module (TypeScript through whatever loader the process runs
 * with, e.g. tsx) and finds what it exports: a DataSource (default export first, then a single
 * named one), or DataSource options, made into data sources with the service's own TypeORM.
 */
export async function loadServiceDataSource(
  modulePath: string,
  cwd: string = process.cwd(),
): Promise<LoadedService> {
  const file = isAbsolute(modulePath) ? modulePath : resolve(cwd, modulePath);
  if (!existsSync(file))
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath}: no such file (looked for ${file}). Give the module that exports the service's TypeORM DataSource or its options, relative to the working directory.`,
    );
  let exported: Record<string, unknown>;
  try {
    exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const hint = /\.[mc]?ts$/.test(file)
      ? ' A TypeScript module needs a loader: install tsx in the service (npm install --save-dev tsx).'
      : '';
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} does not load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${hint}`,
    );
  }
  // A CommonJS module imported from ESM puts module.exports on `default`.
  const candidates: Array<[string, unknown]> = [];
  for (const [name, value] of Object.entries(exported)) {
    candidates.push([name, value]);
    if (name === 'default' && typeof value === 'object' && value !== null && !isDataSource(value))
      for (const [inner, innerValue] of Object.entries(value)) candidates.push([inner, innerValue]);
  }
  const dataSources = candidates.filter(([, value]) => isDataSource(value));
  const chosen =
    dataSources.find(([name]) => name === 'default') ??
    (dataSources.length === 1 ? dataSources[0] : undefined);
  if (chosen) {
    const dataSource = chosen[1] as ServiceDataSource;
    return {
      DataSource: dataSource.constructor as ServiceDataSourceClass,
      options: dataSource.options,
      file,
    };
  }
  if (dataSources.length > 1)
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} exports ${dataSources.length} DataSources (${dataSources.map(([name]) => name).join(', ')}): export the one whose migrations to verify as the default export.`,
    );
  const options = candidates.filter(([, value]) => isOptions(value));
  const chosenOptions =
    options.find(([name]) => name === 'default') ?? (options.length === 1 ? options[0] : undefined);
  if (!chosenOptions)
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} exports no TypeORM DataSource and no DataSource options (exports: ${candidates.map(([name]) => name).join(', ') || 'none'}). Export \`new DataSource({...})\` or its options, as the default export or as the only one.`,
    );
  return {
    DataSource: await serviceTypeormClass(file),
    options: chosenOptions[1] as LoadedService['options'],
    file,
  };
}

/** The DataSource class of the TypeORM that the service's module resolves. */
async function serviceTypeormClass(file: string): Promise<ServiceDataSourceClass> {
  let typeorm: { DataSource?: ServiceDataSourceClass; default?: { DataSource?: unknown } };
  try {
    const entry = createRequire(file).resolve('typeorm');
    typeorm = (await import(pathToFileURL(entry).href)) as typeof typeorm;
  } catch (error) {
    throw new DataSourceModuleError(
      file,
      `the data source module exports options, but typeorm cannot be loaded from ${dirname(file)}: ${messageOf(error)}. Install typeorm in the service.`,
    );
  }
  const DataSource = typeorm.DataSource ?? typeorm.default?.DataSource;
  if (typeof DataSource !== 'function')
    throw new DataSourceModuleError(
      file,
      'the service resolves a typeorm without a DataSource class: TypeORM 0.3 or newer is needed.',
    );
  return DataSource as ServiceDataSourceClass;
}

/** TypeORM's timestamp of a migration name: its last 13 digits. */
export function migrationTimestamp(name: string): number {
  const digits = /(\d{13})(?!.*\d)/.exec(name);
  return digits ? Number(digits[1]) : Number.NaN;
}

function isMigrationClass(value: unknown): value is MigrationClass {
  return (
    typeof value === 'function' &&
    typeof (value as { prototype?: { up?: unknown } }).prototype?.up === 'function'
  );
}

function migrationOf(migration: MigrationClass, file?: string): ServiceMigration {
  let name = migration.name;
  try {
    name = new migration().name ?? migration.name;
  } catch {
    // A constructor that needs arguments: TypeORM would fail on it too, when it runs.
  }
  return { name, timestamp: migrationTimestamp(name), file, migration };
}

/**
 * The service's migrations in the order TypeORM runs them (by timestamp), each with its file
 * when the options name them by glob. Globs resolve against `cwd`, as TypeORM resolves them
 * against the process's working directory.
 */
export async function loadServiceMigrations(
  options: LoadedService['options'],
  cwd: string,
): Promise<ServiceMigration[]> {
  const given = options.migrations;
  const list: unknown[] = Array.isArray(given)
    ? given
    : given && typeof given === 'object'
      ? Object.values(given)
      : [];
  const migrations: ServiceMigration[] = [];
  for (const entry of list) {
    if (isMigrationClass(entry)) {
      migrations.push(migrationOf(entry));
      continue;
    }
    if (typeof entry !== 'string')
      throw new DataSourceModuleError(
        'migrations',
        `the data source's migrations hold ${typeof entry}: only migration classes and file globs can be run.`,
      );
    const files = (await globFiles(entry, cwd)).filter((file) => !/\.d\.[mc]?ts$/.test(file));
    for (const file of files) {
      const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const classes = new Set<MigrationClass>();
      for (const value of Object.values(exported)) {
        if (isMigrationClass(value)) classes.add(value);
        else if (value && typeof value === 'object')
          for (const inner of Object.values(value)) if (isMigrationClass(inner)) classes.add(inner);
      }
      for (const migration of classes) migrations.push(migrationOf(migration, file));
    }
  }
  const seen = new Map<string, ServiceMigration>();
  for (const migration of migrations) {
    const twin = seen.get(migration.name);
    if (twin && twin.migration !== migration.migration)
      throw new DataSourceModuleError(
        'migrations',
        `two migrations are named ${migration.name} (${twin.file ?? 'a class'} and ${migration.file ?? 'a class'}): TypeORM would refuse them.`,
      );
    seen.set(migration.name, migration);
  }
  // TypeORM sorts by timestamp; equal or missing timestamps keep the given order.
  return [...seen.values()]
    .map((migration, index) => ({ migration, index }))
    .sort(
      (a, b) =>
        (Number.isNaN(a.migration.timestamp) ? 0 : a.migration.timestamp) -
          (Number.isNaN(b.migration.timestamp) ? 0 : b.migration.timestamp) || a.index - b.index,
    )
    .map(({ migration }) => migration);
}

/**
 * TypeORM options that point the service's options at a throwaway database, with these
 * migrations. The service's entities stay (their metadata is part of its set-up: TypeORM creates
 * the uuid-ossp extension for them on PostgreSQL, for one) unless `withoutEntities`.
 */
export function optionsFor(
  service: LoadedService,
  database: ThrowawayDatabase,
  migrations: MigrationClass[],
  withoutEntities = false,
): Record<string, unknown> {
  const target = database.options as unknown as Record<string, unknown>;
  const server =
    database.kind === 'sqlite'
      ? { database: target.database }
      : {
          url: undefined,
          host: target.host,
          port: target.port,
          username: target.username,
          password: target.password,
          database: target.database,
          // Replication and a schema of the service's own would point elsewhere than our database.
          replication: undefined,
          schema: undefined,
        };
  return {
    ...service.options,
    ...server,
    ...(withoutEntities ? { entities: [], subscribers: [] } : {}),
    migrations,
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
    logging: false,
  };
}

/**
 * The admin connection for throwaway databases on a server, made with the service's own TypeORM
 * and driver (a data source on the URL's own database).
 */
export function serviceAdmin(
  service: LoadedService,
): (target: ServerTarget) => Promise<AdminConnection> {
  return async (target) => {
    const admin = new service.DataSource({
      type: service.options.type,
      host: target.host,
      port: target.port,
      username: target.username,
      password: target.password ?? '',
      database: target.database ?? (target.kind === 'postgres' ? 'postgres' : undefined),
      logging: false,
    });
    await admin.initialize();
    const quoteChar = target.kind === 'mysql' ? '`' : '"';
    return {
      query: async (sql, params) => {
        const rows = await admin.query(sql, params);
        return Array.isArray(rows) ? rows : [];
      },
      quote: (name) =>
        `${quoteChar}${name.split(quoteChar).join(quoteChar + quoteChar)}${quoteChar}`,
      close: () => admin.destroy(),
    };
  };
}
