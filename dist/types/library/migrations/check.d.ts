import type { SchemaChange } from '../schema/types.js';
import { type SeedResult } from '../seed/index.js';
import { type ChangeClass } from './classify.js';
import { type Finding } from './findings.js';
import { type Intent } from './intent.js';
import { type HeldLock } from './locks.js';
import { type LoadedService, type ServiceMigration } from './service.js';
/** Rows per table when nothing else is asked. */
export declare const DEFAULT_ROWS_PER_TABLE = 200;
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
    seed: SeedResult | {
        file: string;
        seconds: number;
    };
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
    stopped?: {
        migration: string;
        reason: string;
    };
    /** True when every new migration passed and the whole rollback did. */
    passed: boolean;
}
/** The whole rollback: every new migration's `down()` newest first, back to the old version. */
export interface FullRollback {
    /** The migrations reverted, in the order they were. */
    reverted: string[];
    /** The down() that failed, with its error. */
    failed?: {
        migration: string;
        error: string;
    };
    /**
     * Schema changes between the old version's schema and the one the rollback ends with. Rows
     * are judged migration by migration (each down() from its own up()'s state), not here.
     */
    drift: SchemaChange[];
    passed: boolean;
}
/** A test of each migration from `oldMigrations`: the test itself, or membership of the names. */
export declare function oldMigrationTest(oldMigrations: MigrationsCheckOptions['oldMigrations']): (migration: ServiceMigration) => boolean;
/** The check could not be set up (old migrations fail, the seed fails, ...). */
export declare class MigrationsSetupError extends Error {
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
}
/**
 * Runs the check and returns what it found; never throws for a finding. Throws
 * `MigrationsSetupError` when the copy cannot be set up (naming the migration and its SQL error),
 * and `DataSourceModuleError` or `IntentFileError` for bad input. The throwaway database is
 * always dropped; nothing else is touched.
 */
export declare function checkMigrations(options: MigrationsCheckOptions): Promise<MigrationsCheckResult>;
