/**
 * `describeApiMigration`: the old and the new API side by side, each on its own loopback port,
 * with a JSON client for each.
 */
import { createApiClient, type ApiClient } from '../http/client.js';
import { startApp, type AppHandle, type AppLike } from '../http/server.js';
import { newVersion, oldVersion } from '../versions.js';
import { CleanupStack } from './resources.js';
import {
  ContextSlots,
  defineMigrationDescribe,
  type MigrationDescribe,
  type SuiteScope,
} from './define.js';

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
export const describeApiMigration: MigrationDescribe<ApiMigrationOptions, ApiMigrationContext> =
  defineMigrationDescribe('describeApiMigration', 'api_migration', (options, title) => {
    const scope = options.scope ?? 'each';
    const versions = { old: oldVersion(), new: newVersion() };
    const given = { old: options.oldBaseUrl, new: options.newBaseUrl };
    for (const side of ['old', 'new'] as const) {
      if (given[side] === undefined && options.createApp === undefined) {
        throw new TypeError(
          `describeApiMigration('${title}'): give createApp(version) or ${side}BaseUrl.`,
        );
      }
    }
    const slots = new ContextSlots<ApiMigrationContext>(
      'describeApiMigration',
      scope,
      { oldVersion: versions.old, newVersion: versions.new },
      ['oldClient', 'newClient', 'oldBaseUrl', 'newBaseUrl'],
    );
    const cleanup = new CleanupStack();
    return {
      ctx: slots.ctx,
      scope,
      async setUp(mochaContext) {
        const urls: Partial<Record<'old' | 'new', string>> = {};
        for (const side of ['old', 'new'] as const) {
          const url = given[side];
          if (url !== undefined) {
            urls[side] = url;
            continue;
          }
          const app = await options.createApp!(versions[side]);
          const started = await startApp(app).catch(async (error: unknown) => {
            // The app was made but never listened: still release what it holds.
            if (typeof app === 'object' && app !== null && 'app' in app && app.close)
              await app.close();
            throw error;
          });
          cleanup.add(`close the ${side} app at ${started.baseUrl}`, () => started.close());
          urls[side] = started.baseUrl;
        }
        slots.fill(
          {
            oldClient: createApiClient(urls.old!),
            newClient: createApiClient(urls.new!),
            oldBaseUrl: urls.old!,
            newBaseUrl: urls.new!,
          },
          mochaContext,
        );
      },
      async tearDown(mochaContext) {
        slots.clear(mochaContext);
        await cleanup.run();
      },
    };
  });
