/**
 * The migrations check: the service's own migrations, proven on a seeded throwaway copy with
 * nothing to write. The copy is brought to the old version with the service's own TypeORM and
 * driver, every table is filled with generated rows, then each new migration runs alone, and the
 * schema and every row are read before and after it; then each `down()` runs in reverse and must
 * give back exactly the schema and rows from before its `up()`.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createThrowawayDatabase, databaseUrlFromEnv } from '../database/index.js';
import { dialectOfType } from '../compare/db-dialect.js';
import { parseServerUrl } from '../database/admin.js';
import type { ThrowawayDatabase } from '../database/types.js';
import { maskUrl } from '../secrets.js';
import { sqlConnectionOf } from '../schema/connection.js';
import { diffSchemas } from '../schema/diff.js';
import { readSchema } from '../schema/read.js';
import type { SchemaChange, SqlConnection } from '../schema/types.js';
import { seedDatabase, type SeedResult } from '../seed/index.js';
import { classifyChange, type ChangeClass } from './classify.js';
import { readData } from './data.js';
import {
  applyIntent,
  forwardFindings,
  rollbackFindings,
  unusedIntent,
  violationHint,
  type Finding,
  type StepState,
} from './findings.js';
import { readIntent, type Intent } from './intent.js';
import {
  locksAtCommit,
  mergeLocks,
  rewrittenTables,
  sampleLocks,
  tableFiles,
  type HeldLock,
} from './locks.js';
import {
  loadServiceDataSource,
  loadServiceMigrations,
  optionsFor,
  serviceAdmin,
  type LoadedService,
  type ServiceDataSource,
  type ServiceMigration,
} from './service.js';

/** Rows per table when nothing else is asked. */
export const DEFAULT_ROWS_PER_TABLE = 200;

/** What `checkMigrations` needs. */
export interface MigrationsCheckOptions {
  /**
   * The service's data source: the path of its module (exporting a TypeORM DataSource or its
   * options; relative to `cwd`), or an already loaded `{ DataSource, options }`.
   */
  dataSource: string | Pick<LoadedService, 'DataSource' | 'options'>;
  /** Where the module's migration globs resolve (as TypeORM resolves them). Default: process.cwd(). */
  cwd?: string;
  /**
   * Which of the service's migrations the old version has: names, or a test of each migration.
   * The rest are the new version's. Default: none are old (every migration is checked).
   */
  oldMigrations?: readonly string[] | ((migration: ServiceMigration) => boolean);
  /** Server URL for the throwaway database. Default: `VERIFY_MIGRATION_DATABASE_URL`, else a SQLite file. */
  url?: string;
  /** Generated rows per table (default 200). */
  rowsPerTable?: number;
  /** The seed number of the generated rows (default 1): the same number, the same rows. */
  seed?: number;
  /**
   * The service's own seed instead of generated rows: a module whose default export is
   * `(dataSource) => Promise<void>`, or an `.sql` file of statements (one per `;` at a line end).
   */
  seedFile?: string;
  /** The intent file (or its parsed content). Default: none (nothing declared). */
  intent?: string | Intent;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** A schema change of one migration, classified. */
export interface ClassifiedChange extends SchemaChange {
  class: ChangeClass;
}

/** How a migration's `down()` went. */
export type DownStatus = 'restored' | 'declared' | 'drift' | 'failed' | 'missing' | 'not-run';

/** Everything found about one new migration. */
export interface MigrationOutcome {
  /** TypeORM's name of the migration. */
  name: string;
  /** Its file, relative to `cwd`, when known. */
  file?: string;
  /** Seconds its `up()` took on the seeded copy. */
  seconds: number;
  /** The `up()` error, when it threw. */
  error?: string;
  /** The schema changes of its `up()`, classified. */
  changes: ClassifiedChange[];
  /** Findings of the forward step and of the rollback, each with its verdict. */
  findings: Finding[];
  /** PostgreSQL: the table locks its `up()` held. */
  locks?: HeldLock[];
  /** PostgreSQL: the tables its `up()` rewrote. */
  rewritten?: string[];
  /** How its `down()` went. */
  down: DownStatus;
  /** Seconds its `down()` took. */
  downSeconds?: number;
  /** The `down()` error, when it threw. */
  downError?: string;
  /** False when any finding fails. */
  passed: boolean;
}

/** What `checkMigrations` found. */
export interface MigrationsCheckResult {
  /** The engine family of the throwaway copy. */
  dialect: string;
  /** The throwaway database, with any password masked. */
  database: string;
  /** The old version's migrations (run to set up the copy). */
  oldMigrations: string[];
  /** Seconds the old version's migrations took. */
  oldSeconds: number;
  /** What the seeding did. */
  seed: SeedResult | { file: string; seconds: number };
  /** Tables without a primary key: their rows are compared as a multiset. */
  keylessTables: string[];
  /** The new migrations, in the order they ran. */
  migrations: MigrationOutcome[];
  /**
   * Intent entries that declare nothing here: migrations that are not among the new ones, and
   * declarations that match no finding of their migration (a typo, or a change undone).
   */
  staleIntent: string[];
  /** Every new migration's down(), newest first, back to the old version. */
  rollback: FullRollback;
  /**
   * Old version's migration files changed since the base ref (set by `describeMigrations` with a
   * `baseRef`): production ran the base ref's text, this check ran the working tree's.
   */
  changedOldMigrations?: string[];
  /** Where the check stopped before the last new migration, and why. */
  stopped?: { migration: string; reason: string };
  /** True when every new migration passed and the whole rollback did. */
  passed: boolean;
}

/** The whole rollback: every new migration's `down()` newest first, back to the old version. */
export interface FullRollback {
  /** The migrations reverted, in the order they were. */
  reverted: string[];
  /** The down() that failed, with its error. */
  failed?: { migration: string; error: string };
  /**
   * Schema changes between the old version's schema and the one the rollback ends with. Rows
   * are judged migration by migration (each down() from its own up()'s state), not here.
   */
  drift: SchemaChange[];
  passed: boolean;
}

/** A test of each migration from `oldMigrations`: the test itself, or membership of the names. */
export function oldMigrationTest(
  oldMigrations: MigrationsCheckOptions['oldMigrations'],
): (migration: ServiceMigration) => boolean {
  if (typeof oldMigrations === 'function') return oldMigrations;
  const names = new Set(oldMigrations ?? []);
  return (migration) => names.has(migration.name);
}

/** The check could not be set up (old migrations fail, the seed fails, ...). */
export class MigrationsSetupError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'MigrationsSetupError';
}

/** TypeORM's errors about building entity metadata (not about the database). */
function isEntityMetadataError(error: unknown): boolean {
  const name = (error as Error | undefined)?.name ?? '';
  const message = (error as Error | undefined)?.message ?? '';
  return (
    /ColumnTypeUndefined|DataTypeNotSupported|EntityMetadata|MissingPrimaryColumn|MetadataAlreadyExists|TypeORMError/.test(
      name,
    ) && !/connect|ECONNREFUSED|password|database .* does not exist/i.test(message)
  );
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const query = (error as { query?: unknown }).query;
  return `${error.name}: ${error.message}${typeof query === 'string' ? ` (SQL: ${query.slice(0, 500)})` : ''}`;
}

/** The data source options' own table names, left out of snapshots. */
function bookkeepingTables(options: LoadedService['options']): string[] {
  return [
    String(options.migrationsTableName ?? 'migrations'),
    String(options.metadataTableName ?? 'typeorm_metadata'),
  ];
}

function transactionMode(options: LoadedService['options']): 'all' | 'none' | 'each' {
  const mode = options.migrationsTransactionMode;
  return mode === 'none' || mode === 'each' ? mode : 'all';
}

/**
 * Runs the check and returns what it found; never throws for a finding. Throws
 * `MigrationsSetupError` when the copy cannot be set up (naming the migration and its SQL error),
 * and `DataSourceModuleError` or `IntentFileError` for bad input. The throwaway database is
 * always dropped; nothing else is touched.
 */
export async function checkMigrations(
  options: MigrationsCheckOptions,
): Promise<MigrationsCheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => undefined);
  const service =
    typeof options.dataSource === 'string'
      ? await loadServiceDataSource(options.dataSource, cwd)
      : { ...options.dataSource, file: '' };
  const intent =
    typeof options.intent === 'string'
      ? await readIntent(isAbsolute(options.intent) ? options.intent : resolve(cwd, options.intent))
      : (options.intent ?? { migrations: new Map() });
  const all = await loadServiceMigrations(service.options, cwd);
  const isOld = oldMigrationTest(options.oldMigrations);
  const old = all.filter((migration) => isOld(migration));
  const fresh = all.filter((migration) => !isOld(migration));
  log(
    `${all.length} migrations: ${old.length} of the old version, ${fresh.length} new (${fresh.map((m) => m.name).join(', ') || 'none'})`,
  );

  const url = options.url ?? databaseUrlFromEnv();
  const type = service.options.type;
  const dialect = dialectOfType(type);
  if (dialect === undefined)
    throw new MigrationsSetupError(
      `the data source's type is '${type}': the migrations check runs on SQLite (sqlite, better-sqlite3, sqljs), PostgreSQL and MySQL/MariaDB`,
    );
  if (url === undefined && dialect !== 'sqlite')
    throw new MigrationsSetupError(
      `the data source is ${type}: give a server URL (database-url, or VERIFY_MIGRATION_DATABASE_URL) where a throwaway database can be created, e.g. postgres://postgres@127.0.0.1:5432/postgres`,
    );
  if (url !== undefined) {
    const target = parseServerUrl(url);
    if (dialect !== target.kind)
      throw new MigrationsSetupError(
        `the data source is ${type} but the database URL ${maskUrl(url)} is ${target.kind}: give a server of the service's own engine`,
      );
  }

  const database = await createThrowawayDatabase({
    url,
    label: 'migrations',
    openAdmin: serviceAdmin(service),
  });
  const open: ServiceDataSource[] = [];
  try {
    return await runCheck({
      service,
      database,
      old,
      fresh,
      intent,
      options,
      cwd,
      log,
      open,
    });
  } finally {
    for (const dataSource of open)
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await database.drop();
  }
}

interface CheckContext {
  service: LoadedService;
  database: ThrowawayDatabase;
  old: ServiceMigration[];
  fresh: ServiceMigration[];
  intent: Intent;
  options: MigrationsCheckOptions;
  cwd: string;
  log: (line: string) => void;
  open: ServiceDataSource[];
}

async function runCheck(context: CheckContext): Promise<MigrationsCheckResult> {
  const { service, database, old, fresh, intent, options, log } = context;
  const mode = transactionMode(service.options);
  const exclude = bookkeepingTables(service.options);

  /** A data source of the service's own TypeORM on the copy, knowing these migrations. */
  let withoutEntities = false;
  const connect = async (migrations: ServiceMigration[]): Promise<ServiceDataSource> => {
    const classes = migrations.map((migration) => migration.migration);
    let dataSource = new service.DataSource(
      optionsFor(service, database, classes, withoutEntities),
    );
    context.open.push(dataSource);
    try {
      await dataSource.initialize();
    } catch (error) {
      // Entities that cannot be built here (decorators without emitted metadata under tsx) do
      // not matter to migrations: go on without them, once, and say so.
      if (withoutEntities || !isEntityMetadataError(error)) throw error;
      withoutEntities = true;
      log(
        `the service's entities cannot be built here (${errorText(error)}): the migrations run without them`,
      );
      dataSource = new service.DataSource(optionsFor(service, database, classes, true));
      context.open.push(dataSource);
      await dataSource.initialize();
    }
    return dataSource;
  };
  const close = async (dataSource: ServiceDataSource) => {
    if (dataSource.isInitialized) await dataSource.destroy();
    context.open.splice(context.open.indexOf(dataSource), 1);
  };

  // The old version, one migration at a time so that a failure names its migration.
  const oldStart = performance.now();
  for (let index = 0; index < old.length; index++) {
    const dataSource = await connect(old.slice(0, index + 1));
    try {
      await dataSource.runMigrations({ transaction: mode });
    } catch (error) {
      throw new MigrationsSetupError(
        `old version: migration ${old[index].name} fails on a fresh ${database.kind} database: ${errorText(error)}`,
      );
    } finally {
      await close(dataSource);
    }
  }
  const oldSeconds = (performance.now() - oldStart) / 1000;
  log(`old version: ${old.length} migrations ran in ${oldSeconds.toFixed(2)} s`);

  // Seed.
  let dataSource = await connect(old);
  let connection: SqlConnection = sqlConnectionOf(dataSource);
  const schema = await readSchema(connection, { excludeTables: exclude });
  let seed: MigrationsCheckResult['seed'];
  try {
    seed = options.seedFile
      ? await runSeedFile(options.seedFile, context.cwd, dataSource, connection)
      : await seedDatabase(connection, schema, {
          rowsPerTable: options.rowsPerTable ?? DEFAULT_ROWS_PER_TABLE,
          seed: options.seed ?? 1,
          onProgress: (line) => log(`${line}`),
        });
  } catch (error) {
    throw new MigrationsSetupError(`seeding the old version's tables failed: ${errorText(error)}`);
  }
  if ('skipped' in seed)
    for (const skipped of seed.skipped)
      log(`seed: table ${skipped.table} left empty: ${skipped.reason}`);
  const data = await readData(connection, schema);
  const keylessTables = schema.tables
    .filter((table) => table.primaryKey.length === 0)
    .map((table) => table.name);
  for (const table of keylessTables)
    log(`table ${table} has no primary key: its rows are compared as a multiset`);
  await close(dataSource);

  // Each new migration in turn: up() on the state the ones before left, then down() from exactly
  // that state (so each down is judged on its own), then up() again to go on.
  const states: StepState[] = [{ schema, data }];
  const outcomes: MigrationOutcome[] = [];
  // How many of the new migrations the copy has applied right now (what the rollback reverts).
  let applied = 0;
  let stopped: MigrationsCheckResult['stopped'];
  const read = async (): Promise<StepState> => {
    const now = await readSchema(connection, { excludeTables: exclude });
    return { schema: now, data: await readData(connection, now) };
  };
  for (let index = 0; index < fresh.length; index++) {
    const migration = fresh[index];
    const before = states[states.length - 1];
    const outcome: MigrationOutcome = {
      name: migration.name,
      ...(migration.file ? { file: relativeTo(context.cwd, migration.file) } : {}),
      seconds: 0,
      changes: [],
      findings: [],
      down: 'not-run',
      passed: false,
    };
    outcomes.push(outcome);
    dataSource = await connect([...old, ...fresh.slice(0, index + 1)]);
    connection = sqlConnectionOf(dataSource);
    const up = await timedUp(
      dataSource,
      database.kind === 'postgres' ? connect : undefined,
      mode,
      exclude,
    );
    outcome.seconds = up.seconds;
    if (up.locks) outcome.locks = up.locks;
    if (up.rewritten) outcome.rewritten = up.rewritten;
    if (up.error !== undefined) {
      outcome.error = up.error;
      const hint = violationHint(up.error, before);
      outcome.findings.push({
        migration: migration.name,
        kind: 'up-failed',
        verdict: 'fail',
        message: `up() failed on the seeded copy: ${up.error}${hint ? ` (${hint})` : ''}`,
      });
      log(`${migration.name}: up() FAILED after ${up.seconds.toFixed(2)} s: ${up.error}`);
      stopped = { migration: migration.name, reason: 'its up() failed' };
      await close(dataSource);
      break;
    }
    applied = index + 1;
    const after = await read();
    const changes = diffSchemas(before.schema, after.schema);
    const findings = forwardFindings(migration.name, before, after, changes);
    outcome.changes = changes.map((change) => ({
      ...change,
      class: classifyChange(change, findings),
    }));
    outcome.findings.push(...findings);
    log(
      `${migration.name}: up() ${up.seconds.toFixed(2)} s, ${changes.length} schema changes, ${findings.filter((f) => f.verdict !== 'info').length} findings`,
    );

    if (typeof migration.migration.prototype.down !== 'function') {
      outcome.down = 'missing';
      outcome.findings.push({
        migration: migration.name,
        kind: 'down-missing',
        verdict: 'fail',
        message: 'has no down(): it cannot be rolled back',
      });
      states.push(after);
      await close(dataSource);
      continue;
    }
    const downStart = performance.now();
    try {
      await dataSource.undoLastMigration({ transaction: mode });
      applied = index;
      outcome.downSeconds = (performance.now() - downStart) / 1000;
      const back = await read();
      const drift = rollbackFindings(
        migration.name,
        before,
        back,
        diffSchemas(before.schema, back.schema),
      );
      outcome.findings.push(...drift);
      outcome.down = drift.some((finding) => finding.verdict === 'fail') ? 'drift' : 'restored';
      log(`${migration.name}: down() ${outcome.downSeconds.toFixed(2)} s, ${outcome.down}`);
    } catch (thrown) {
      outcome.down = 'failed';
      outcome.downError = errorText(thrown);
      outcome.findings.push({
        migration: migration.name,
        kind: 'down-failed',
        verdict: 'fail',
        message: `down() failed: ${outcome.downError}`,
      });
      log(`${migration.name}: down() FAILED: ${outcome.downError}`);
    }
    // Up again (a down that failed inside its transaction left the migration applied: then
    // nothing is pending and this runs nothing).
    try {
      await dataSource.runMigrations({ transaction: mode });
      applied = index + 1;
    } catch (thrown) {
      outcome.findings.push({
        migration: migration.name,
        kind: 'down-failed',
        verdict: 'fail',
        message: `up() fails when run again after its own down(): ${errorText(thrown)} (the down() did not give back a state up() can run on)`,
      });
      stopped = {
        migration: migration.name,
        reason: 'its down() left a state its up() cannot run on again',
      };
      await close(dataSource);
      break;
    }
    states.push(await read());
    await close(dataSource);
  }

  // The whole way back: every new migration's down() newest first, to the old version's schema.
  const rollback = await rollbackAll(context, connect, close, applied, states[0], exclude, mode);

  const unusedDeclarations: string[] = [];
  for (const outcome of outcomes) {
    const declared = intent.migrations.get(outcome.name);
    for (const line of unusedIntent(outcome.findings, declared))
      unusedDeclarations.push(
        `${outcome.name}: ${line.text} (line ${line.line}): nothing it declares happened`,
      );
    outcome.findings = applyIntent(outcome.findings, declared);
    outcome.passed = !outcome.findings.some((finding) => finding.verdict === 'fail');
    // A drift the intent file declares (a lossy down) is not a failing down.
    if (
      outcome.down === 'drift' &&
      !outcome.findings.some(
        (finding) => finding.verdict === 'fail' && finding.kind.startsWith('rollback'),
      )
    )
      outcome.down = 'declared';
  }
  const names = new Set(fresh.map((migration) => migration.name));
  return {
    dialect: database.kind,
    database:
      database.kind === 'sqlite' ? database.maskedUrl : `${database.name} on ${database.maskedUrl}`,
    oldMigrations: old.map((migration) => migration.name),
    oldSeconds,
    seed,
    keylessTables,
    migrations: outcomes,
    staleIntent: [
      ...[...intent.migrations.keys()].filter((name) => !names.has(name)),
      ...unusedDeclarations,
    ],
    rollback,
    ...(stopped ? { stopped } : {}),
    passed:
      outcomes.every((outcome) => outcome.passed) &&
      outcomes.length === fresh.length &&
      rollback.passed,
  };
}

/** A file inside `cwd` relative to it; one outside it stays absolute. */
function relativeTo(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** The service's own seed: a module's default export, or an SQL file. */
async function runSeedFile(
  file: string,
  cwd: string,
  dataSource: ServiceDataSource,
  connection: SqlConnection,
): Promise<{ file: string; seconds: number }> {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  const start = performance.now();
  if (/\.sql$/i.test(path)) {
    const text = await readFile(path, 'utf8');
    for (const statement of text.split(/;\s*$/m).map((part) => part.trim()))
      if (statement !== '' && !/^--[^\n]*$/.test(statement)) await connection.query(statement);
  } else {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    if (typeof module.default !== 'function')
      throw new Error(
        `seed file ${file} has no default export function (dataSource) => Promise<void>`,
      );
    await (module.default as (dataSource: ServiceDataSource) => Promise<void>)(dataSource);
  }
  return { file, seconds: (performance.now() - start) / 1000 };
}

/** What one timed `up()` gave. */
interface TimedUp {
  seconds: number;
  error?: string;
  locks?: HeldLock[];
  rewritten?: string[];
}

/**
 * Runs the pending migration, timed; on PostgreSQL with a second connection that samples its
 * table locks and compares each table's storage file before and after (a rewrite).
 */
async function timedUp(
  dataSource: ServiceDataSource,
  observe: ((migrations: ServiceMigration[]) => Promise<ServiceDataSource>) | undefined,
  mode: 'all' | 'none' | 'each',
  exclude: string[],
): Promise<TimedUp> {
  const observer = observe ? await observe([]) : undefined;
  try {
    const watch = observer ? sqlConnectionOf(observer) : undefined;
    const filesBefore = watch ? await tableFiles(watch) : undefined;
    const sampler = watch ? sampleLocks(watch) : undefined;
    const start = performance.now();
    const committed = watch
      ? locksAtCommit(dataSource as unknown as { createQueryRunner(): unknown }, () => start)
      : undefined;
    let error: string | undefined;
    try {
      await dataSource.runMigrations({ transaction: mode });
    } catch (thrown) {
      error = errorText(thrown);
    }
    const seconds = (performance.now() - start) / 1000;
    const locks =
      sampler && committed
        ? mergeLocks(await sampler.stop(), committed()).filter(
            (lock) => !exclude.includes(lock.table),
          )
        : undefined;
    const rewritten =
      watch && filesBefore && error === undefined
        ? rewrittenTables(filesBefore, await tableFiles(watch))
        : undefined;
    return {
      seconds,
      ...(error !== undefined ? { error } : {}),
      ...(locks ? { locks } : {}),
      ...(rewritten ? { rewritten } : {}),
    };
  } finally {
    if (observer?.isInitialized) await observer.destroy();
  }
}

/** Reverts every applied new migration, newest first, and compares the schema with the old version's. */
async function rollbackAll(
  context: CheckContext,
  connect: (migrations: ServiceMigration[]) => Promise<ServiceDataSource>,
  close: (dataSource: ServiceDataSource) => Promise<void>,
  applied: number,
  start: StepState,
  exclude: string[],
  mode: 'all' | 'none' | 'each',
): Promise<FullRollback> {
  const reverted: string[] = [];
  for (let index = applied - 1; index >= 0; index--) {
    const migration = context.fresh[index];
    if (typeof migration.migration.prototype.down !== 'function')
      return {
        reverted,
        failed: { migration: migration.name, error: 'it has no down()' },
        drift: [],
        passed: false,
      };
    const dataSource = await connect([...context.old, ...context.fresh.slice(0, index + 1)]);
    try {
      await dataSource.undoLastMigration({ transaction: mode });
      reverted.push(migration.name);
    } catch (error) {
      return {
        reverted,
        failed: { migration: migration.name, error: errorText(error) },
        drift: [],
        passed: false,
      };
    } finally {
      await close(dataSource);
    }
  }
  const dataSource = await connect(context.old);
  try {
    const schema = await readSchema(sqlConnectionOf(dataSource), { excludeTables: exclude });
    const drift = diffSchemas(start.schema, schema).filter(
      (change) => change.kind !== 'column-order-changed',
    );
    context.log(
      `rollback to the old version: ${reverted.length} down()s, ${drift.length === 0 ? 'schema restored' : `${drift.length} schema differences`}`,
    );
    return { reverted, drift, passed: drift.length === 0 };
  } finally {
    await close(dataSource);
  }
}
