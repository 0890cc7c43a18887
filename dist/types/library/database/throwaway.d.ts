import type { ThrowawayDatabase, ThrowawayDatabaseOptions } from './types.js';
/**
 * Our names, exactly: `vm_tmp_`, creation time in unix seconds, process id, 8 hex digits, and an
 * optional label. Sweeping matches this pattern and nothing looser.
 */
export declare const THROWAWAY_NAME_PATTERN: RegExp;
/** A throwaway database that could not be created or dropped. Its message never holds a password. */
export declare class ThrowawayDatabaseError extends Error {
    /** The server URL with its password masked (or the SQLite file). */
    readonly maskedUrl: string;
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
    constructor(message: string, 
    /** The server URL with its password masked (or the SQLite file). */
    maskedUrl: string);
}
/** The server URL from `VERIFY_MIGRATION_DATABASE_URL`, or undefined (then SQLite is used). */
export declare function databaseUrlFromEnv(env?: NodeJS.ProcessEnv): string | undefined;
/** A new name matching `THROWAWAY_NAME_PATTERN`, made now by this process. */
export declare function makeThrowawayName(label?: string, now?: Date): string;
/**
 * Creates a database for one test. Without a URL: a SQLite file in a new temporary folder (TypeORM
 * `better-sqlite3`). With a postgres://, postgresql://, mysql:// or mariadb:// URL: a new database on
 * that server, reached through the URL's own database. Drop it with `drop()` or `await using`.
 */
export declare function createThrowawayDatabase(options?: ThrowawayDatabaseOptions): Promise<ThrowawayDatabase>;
/** What a sweep did. */
export interface SweepResult {
    /** The names dropped (databases, or SQLite folders). */
    dropped: string[];
    /** Leftovers that matched but could not be dropped, with why (password-free). */
    failed: {
        name: string;
        reason: string;
    }[];
}
/**
 * Drops leftovers of earlier runs (a killed process cannot drop its own): only databases whose
 * name matches `THROWAWAY_NAME_PATTERN` exactly and whose embedded creation time is older than
 * `olderThanSeconds`. Without a URL, sweeps the SQLite folders in the system's temporary folder.
 * Nothing else is touched; a leftover that cannot be dropped is reported, not thrown.
 */
export declare function sweepStaleThrowawayDatabases(url: string | undefined, olderThanSeconds: number): Promise<SweepResult>;
/** The environment variable that sets after how many seconds a throwaway database counts as a leftover. */
export declare const STALE_AFTER_ENV = "VERIFY_MIGRATION_STALE_AFTER_SECONDS";
/**
 * Six hours, the longest a GitHub Actions job runs: a throwaway database younger than that may
 * belong to a run still going on another runner that shares the server, so it is never swept.
 */
export declare const DEFAULT_STALE_AFTER_SECONDS: number;
/** The age limit from `VERIFY_MIGRATION_STALE_AFTER_SECONDS` (whole seconds, at least 1), else the default. */
export declare function staleAfterSeconds(env?: NodeJS.ProcessEnv): number;
/**
 * Sweeps the leftovers of killed runs (see {@link sweepStaleThrowawayDatabases}) once per process
 * and server, before this process makes its first throwaway database there: a run that was
 * killed cannot drop its own, so the next run does, once they are older than
 * {@link staleAfterSeconds}. A sweep that fails is a warning on stderr, never a failed test.
 */
export declare function sweepStaleOnce(url: string | undefined, env?: NodeJS.ProcessEnv): Promise<SweepResult | undefined>;
