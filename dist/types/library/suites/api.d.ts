import type { ThrowawayDatabase } from '../database/types.js';
import { type ApiClient } from '../http/client.js';
import { type AppHandle, type AppLike } from '../http/server.js';
import { type ReplayRole, type ReplayStep } from '../replay/replay.js';
import { type LoadTrafficOptions, type TrafficSource } from '../replay/traffic.js';
import { type MigrationDescribe, type SuiteScope } from './define.js';
/** Options of `describeApiMigration`. Each side needs `createApp` or its base URL. */
export interface ApiMigrationOptions {
    /**
     * Makes the app of a version: an `http.Server` (started if not listening), a request listener
     * (a plain function, or an express/connect app), an object with `listen` or `callback`, or
     * `{ app, close }` when the app holds resources to release after its server closes (a database).
     */
    createApp?: (version: string, instance?: ApiAppInstance) => AppLike | AppHandle | RunningApp | Promise<AppLike | AppHandle | RunningApp>;
    /** An old API already running elsewhere (then `createApp` is not called for the old side). */
    oldBaseUrl?: string;
    /** A new API already running elsewhere. */
    newBaseUrl?: string;
    /** `each` (default): fresh apps for each test; `all`: one pair for the whole suite. */
    scope?: SuiteScope;
    /**
     * A recording to replay (a `.har` file, a `.jsonl` file, or the requests): one test per request
     * (or per `group`), in order, against the old app, a second old app (to learn noise) and the
     * new app, each made by `createApp(version, { role, database })` once for the suite on its own
     * throwaway database. Needs `createApp`.
     */
    traffic?: TrafficSource;
    /** The recorded app's origin; absolute URLs in the recording on another origin are refused. */
    appOrigin?: LoadTrafficOptions['appOrigin'];
    /** With `traffic`: where the throwaway databases are made (default `VERIFY_MIGRATION_DATABASE_URL`, else SQLite). */
    databaseUrl?: string;
}
/**
 * An app already listening, e.g. a service started as a child process: used at `baseUrl` (on
 * loopback) and released with `close` after the suite or test.
 */
export interface RunningApp {
    /** Where it listens, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** Stops it. */
    close?(): unknown;
    /**
     * Sets the app's clock (what its database's `CURRENT_TIMESTAMP` and its own timestamps read) to
     * `time` until the next call. With `traffic`, called on every instance with the same instant
     * before each request (its recorded time when the recording has one), as Keploy freezes time:
     * timestamps, and the order of rows tied on them, are then the same on every instance.
     */
    setClock?(time: Date): unknown;
}
/** What `createApp` receives as its second argument when a recording is replayed. */
export interface ApiAppInstance {
    /** `old`, `old-twin` (the second old instance, for learning noise) or `new`. */
    role: ReplayRole;
    /** A fresh throwaway database for this instance alone (dropped after the suite). */
    database: ThrowawayDatabase;
}
/** What the body of a `describeApiMigration` suite receives. */
export interface ApiMigrationContext {
    /** A JSON client for the old API. */
    readonly oldClient: ApiClient;
    /** A JSON client for the new API. */
    readonly newClient: ApiClient;
    /** The old API's base URL, e.g. `http://127.0.0.1:40123`. */
    readonly oldBaseUrl: string;
    /** The new API's base URL. */
    readonly newBaseUrl: string;
    /** `oldVersion()` when the suite was defined. */
    readonly oldVersion: string;
    /** `newVersion()` when the suite was defined. */
    readonly newVersion: string;
    /** With `traffic`: every replayed request's outcome so far, in order (noise and matched values too). */
    readonly replayed: readonly ReplayStep[];
}
/**
 * A mocha suite (category `api_migration`) with `ctx.oldClient` and `ctx.newClient` (also
 * `this.oldClient`/`this.newClient`). Apps from `createApp(version)` are started on 127.0.0.1 and
 * an ephemeral port before each test (or once, with `scope: 'all'`) and closed afterwards, with
 * their open connections, even when a test fails.
 *
 * With `traffic`, the recording is replayed: one test per request (named `#index/total METHOD
 * path`), against the old app, a second old app and the new app, made once for the suite on
 * throwaway databases of their own. What the two old apps disagree on is noise, shown in a
 * failure but never one; generated values that correspond are followed and matched.
 */
export declare const describeApiMigration: MigrationDescribe<ApiMigrationOptions, ApiMigrationContext>;
