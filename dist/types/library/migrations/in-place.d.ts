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
import { type CompareDatabasesOptions } from '../compare/databases.js';
import { type EntityList, type MigrationList, type PerVersion } from '../suites/database.js';
import type { ThrowawayDatabase } from '../database/types.js';
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
    afterMigrate?(migrated: DataSource, reference: DataSource): Difference[] | void | Promise<Difference[] | void>;
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
    dataSourceOptions?: Partial<Omit<DataSourceOptions, 'type' | 'database' | 'entities' | 'migrations'>>;
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
export declare function checkInPlaceMigration(options: InPlaceMigrationOptions): Promise<InPlaceMigrationResult>;
/**
 * Runs the in-place migration check and throws a `DifferencesError` (an `AssertionError`) that
 * lists every difference, forward and after rollback, and any down() that failed.
 * Returns the result when everything held.
 */
export declare function verifyInPlaceMigration(options: InPlaceMigrationOptions): Promise<InPlaceMigrationResult>;
