import type { AdminConnection, ServerTarget } from '../database/types.js';
import type { ThrowawayDatabase } from '../database/types.js';
/** A migration class, as TypeORM takes it: `new` gives an object with `up` and (usually) `down`. */
export type MigrationClass = new () => {
    name?: string;
    up(queryRunner: unknown): Promise<unknown>;
    down?(queryRunner: unknown): Promise<unknown>;
};
/** The part of a TypeORM 0.3 or 1.x DataSource that the migrations check uses. */
export interface ServiceDataSource {
    readonly options: Readonly<Record<string, unknown> & {
        type: string;
    }>;
    readonly isInitialized: boolean;
    initialize(): Promise<unknown>;
    destroy(): Promise<void>;
    query(sql: string, parameters?: unknown[]): Promise<any>;
    runMigrations(options?: {
        transaction?: 'all' | 'none' | 'each';
    }): Promise<{
        name: string;
    }[]>;
    undoLastMigration(options?: {
        transaction?: 'all' | 'none' | 'each';
    }): Promise<void>;
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
    options: Readonly<Record<string, unknown> & {
        type: string;
    }>;
    /** The module file, absolute. */
    file: string;
}
/** The service's data source module could not be used. */
export declare class DataSourceModuleError extends Error {
    /** The module, as given. */
    readonly modulePath: string;
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
    constructor(
    /** The module, as given. */
    modulePath: string, message: string);
}
/**
 * Loads the service's data source module (TypeScript through whatever loader the process runs
 * with, e.g. tsx) and finds what it exports: a DataSource (default export first, then a single
 * named one), or DataSource options, made into data sources with the service's own TypeORM.
 */
export declare function loadServiceDataSource(modulePath: string, cwd?: string): Promise<LoadedService>;
/** TypeORM's timestamp of a migration name: its last 13 digits. */
export declare function migrationTimestamp(name: string): number;
/**
 * The service's migrations in the order TypeORM runs them (by timestamp), each with its file
 * when the options name them by glob. Globs resolve against `cwd`, as TypeORM resolves them
 * against the process's working directory.
 */
export declare function loadServiceMigrations(options: LoadedService['options'], cwd: string): Promise<ServiceMigration[]>;
/**
 * TypeORM options that point the service's options at a throwaway database, with these
 * migrations. The service's entities stay (their metadata is part of its set-up: TypeORM creates
 * the uuid-ossp extension for them on PostgreSQL, for one) unless `withoutEntities`.
 */
export declare function optionsFor(service: LoadedService, database: ThrowawayDatabase, migrations: MigrationClass[], withoutEntities?: boolean): Record<string, unknown>;
/**
 * The admin connection for throwaway databases on a server, made with the service's own TypeORM
 * and driver (a data source on the URL's own database).
 */
export declare function serviceAdmin(service: LoadedService): (target: ServerTarget) => Promise<AdminConnection>;
