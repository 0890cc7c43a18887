/**
 * `describeApiMigration`: the old and the new API side by side, each on its own loopback port,
 * with a JSON client for each.
 */
import { type ApiClient } from '../http/client.js';
import { type AppHandle, type AppLike } from '../http/server.js';
import { type MigrationDescribe, type SuiteScope } from './define.js';
/** Options of `describeApiMigration`. Each side needs `createApp` or its base URL. */
export interface ApiMigrationOptions {
    /**
     * Makes the app of a version: an `http.Server` (started if not listening), a request listener
     * (a plain function, or an express/connect app), an object with `listen` or `callback`, or
     * `{ app, close }` when the app holds resources to release after its server closes (a database).
     */
    createApp?: (version: string) => AppLike | AppHandle | Promise<AppLike | AppHandle>;
    /** An old API already running elsewhere (then `createApp` is not called for the old side). */
    oldBaseUrl?: string;
    /** A new API already running elsewhere. */
    newBaseUrl?: string;
    /** `each` (default): fresh apps for each test; `all`: one pair for the whole suite. */
    scope?: SuiteScope;
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
}
/**
 * A mocha suite (category `api_migration`) with `ctx.oldClient` and `ctx.newClient` (also
 * `this.oldClient`/`this.newClient`). Apps from `createApp(version)` are started on 127.0.0.1 and
 * an ephemeral port before each test (or once, with `scope: 'all'`) and closed afterwards, with
 * their open connections, even when a test fails.
 */
export declare const describeApiMigration: MigrationDescribe<ApiMigrationOptions, ApiMigrationContext>;
