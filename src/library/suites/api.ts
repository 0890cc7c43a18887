/**
 * `describeApiMigration`: the old and the new API side by side, each on its own loopback port,
 * with a JSON client for each.
 */
import { createThrowawayDatabase, databaseUrlFromEnv, sweepStaleOnce } from '../database/index.js';
import type { ThrowawayDatabase } from '../database/types.js';
import { createApiClient, type ApiClient } from '../http/client.js';
import { startApp, type AppHandle, type AppLike, type StartedApp } from '../http/server.js';
import { DifferencesError } from '../assert.js';
import { acceptedNote, applyBaseline } from '../baseline.js';
import { describeStep, Replayer, type ReplayRole, type ReplayStep } from '../replay/replay.js';
import {
  loadTraffic,
  type LoadTrafficOptions,
  type RecordedRequest,
  type TrafficSource,
} from '../replay/traffic.js';
import { maskCredentials } from '../../common/secrets.js';
import { newVersion, oldVersion } from '../versions.js';
import { CleanupStack } from './resources.js';
import {
  ContextSlots,
  defineMigrationDescribe,
  type MigrationDescribe,
  type SuiteBody,
  type SuiteLifecycle,
  type SuiteScope,
} from './define.js';

/** Options of `describeApiMigration`. Each side needs `createApp` or its base URL. */
export interface ApiMigrationOptions {
  /**
   * Makes the app of a version: an `http.Server` (started if not listening), a request listener
   * (a plain function, or an express/connect app), an object with `listen` or `callback`, or
   * `{ app, close }` when the app holds resources to release after its server closes (a database).
   */
  createApp?: (
    version: string,
    instance?: ApiAppInstance,
  ) => AppLike | AppHandle | RunningApp | Promise<AppLike | AppHandle | RunningApp>;
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

const describeApiPair: MigrationDescribe<ApiMigrationOptions, ApiMigrationContext> =
  defineMigrationDescribe('describeApiMigration', 'api_migration', (options, title) => {
    if (options.traffic !== undefined) return replayLifecycle(options, title);
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
      { oldVersion: versions.old, newVersion: versions.new, replayed: [] },
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
          const started = await startMade(await options.createApp!(versions[side]));
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

const REPLAY_STATE = Symbol('verify-migration replay state');

interface ReplayState {
  requests: RecordedRequest[];
  replayer?: Replayer;
  replayed: ReplayStep[];
}

/** The suite of a recording: three apps for the whole suite, each on its own throwaway database. */
function replayLifecycle(
  options: ApiMigrationOptions,
  title: string,
): SuiteLifecycle<ApiMigrationContext> {
  if (options.createApp === undefined)
    throw new TypeError(
      `describeApiMigration('${title}'): traffic needs createApp(version, { role, database }): each of the three instances is started fresh on its own database.`,
    );
  if (options.oldBaseUrl !== undefined || options.newBaseUrl !== undefined)
    throw new TypeError(
      `describeApiMigration('${title}'): traffic cannot be replayed against oldBaseUrl/newBaseUrl (writes need fresh instances); give createApp only.`,
    );
  if (options.scope === 'each')
    throw new TypeError(
      `describeApiMigration('${title}'): traffic replays one request per test against the same instances, so scope must be 'all' (the default with traffic), not 'each'.`,
    );
  const createApp = options.createApp;
  // Read and checked while the spec loads: a bad recording is a load error naming its line.
  const requests = loadTraffic(options.traffic!, { appOrigin: options.appOrigin });
  const versions = { old: oldVersion(), new: newVersion() };
  const state: ReplayState = { requests, replayed: [] };
  const slots = new ContextSlots<ApiMigrationContext>(
    'describeApiMigration',
    'all',
    { oldVersion: versions.old, newVersion: versions.new, replayed: state.replayed },
    ['oldClient', 'newClient', 'oldBaseUrl', 'newBaseUrl'],
  );
  Object.defineProperty(slots.ctx, REPLAY_STATE, { value: state, enumerable: false });
  const cleanup = new CleanupStack();
  return {
    ctx: slots.ctx,
    scope: 'all',
    async setUp(mochaContext) {
      const url = options.databaseUrl ?? databaseUrlFromEnv();
      await sweepStaleOnce(url);
      const urls: Partial<Record<ReplayRole, string>> = {};
      const clocks: Partial<Record<ReplayRole, (time: Date) => unknown>> = {};
      const roles: [ReplayRole, string][] = [
        ['old', versions.old],
        ['old-twin', versions.old],
        ['new', versions.new],
      ];
      // One after the other: three apps migrating three databases at once only adds contention.
      for (const [role, version] of roles) {
        const database = await createThrowawayDatabase({ url, label: role.replace('-', '') });
        cleanup.add(`drop the ${role} database ${database.name}`, () => database.drop());
        const made = await createApp(version, { role, database });
        const started = await startMade(made);
        cleanup.add(`close the ${role} app at ${started.baseUrl}`, () => started.close());
        urls[role] = started.baseUrl;
        if (isRunning(made) && made.setClock) clocks[role] = (time) => made.setClock!(time);
      }
      // A clock only some instances can set would make them disagree on every timestamp.
      const settable = Object.keys(clocks).length;
      if (settable > 0 && settable < roles.length)
        throw new TypeError(
          `describeApiMigration('${title}'): createApp gave setClock for ${Object.keys(clocks).join(', ')} but not for every instance (old, old-twin, new); give it for all or none.`,
        );
      state.replayer = new Replayer(urls as Record<ReplayRole, string>, { clocks });
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
      state.replayer = undefined;
      await cleanup.run();
    },
  };
}

async function startMade(
  app: AppLike | AppHandle | RunningApp,
): Promise<Pick<StartedApp, 'baseUrl' | 'close'>> {
  if (isRunning(app)) {
    const { hostname } = new URL(app.baseUrl);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
      await app.close?.();
      throw new TypeError(
        `createApp returned an app at ${app.baseUrl}: a running app must listen on loopback (127.0.0.1, localhost or [::1]).`,
      );
    }
    return {
      baseUrl: app.baseUrl.replace(/\/$/, ''),
      close: async () => void (await app.close?.()),
    };
  }
  return startApp(app).catch(async (error: unknown) => {
    // The app was made but never listened: still release what it holds.
    if (typeof app === 'object' && app !== null && 'app' in app && app.close) await app.close();
    throw error;
  });
}

function isRunning(app: AppLike | AppHandle | RunningApp): app is RunningApp {
  return (
    typeof app === 'object' &&
    app !== null &&
    typeof (app as { baseUrl?: unknown }).baseUrl === 'string' &&
    !('listen' in app) &&
    !('app' in app)
  );
}

/** A request as a test title shows it: method, path (credentials in the query masked), index. */
function titleOf(request: RecordedRequest, total: number): string {
  return `#${request.index + 1}/${total} ${request.method} ${maskQuery(request.path)}`;
}

function maskQuery(path: string): string {
  return maskCredentials(path).replace(
    /([?&](?:access_token|token|api_key|apikey|key|password|secret)=)[^&]*/gi,
    '$1***',
  );
}

/** Registers one test per request (or per run of requests sharing a `group`). */
function registerReplayTests(ctx: ApiMigrationContext): void {
  const state = (ctx as unknown as Record<symbol, ReplayState | undefined>)[REPLAY_STATE];
  if (!state) return;
  const { requests } = state;
  const units: { title: string; requests: RecordedRequest[] }[] = [];
  for (const request of requests) {
    const last = units.at(-1);
    if (request.group !== undefined && last && last.requests[0]!.group === request.group)
      last.requests.push(request);
    else
      units.push({
        title:
          request.group !== undefined
            ? `${request.group} (from #${request.index + 1})`
            : titleOf(request, requests.length),
        requests: [request],
      });
  }
  const it = (globalThis as unknown as { it: Mocha.TestFunction }).it;
  for (const unit of units) {
    it(unit.title, async function () {
      const replayer = state.replayer;
      if (!replayer)
        throw new Error('The replay instances were not started (see the set-up hook).');
      const failing: ReplayStep[] = [];
      let accepted = 0;
      for (const request of unit.requests) {
        const step = await replayer.step(request);
        state.replayed.push(step);
        // Differences the baseline accepts for this test are recorded, not failures.
        const split = applyBaseline(step.differences);
        accepted += split.accepted.length;
        if (split.fresh.length > 0) failing.push({ ...step, differences: split.fresh });
      }
      if (failing.length === 0) return;
      const differences = failing.flatMap((step) =>
        step.differences.map((difference) => ({
          ...difference,
          message: `${step.request.method} ${maskQuery(step.request.path)} #${step.request.index + 1}: ${difference.message}`,
        })),
      );
      const error = new DifferencesError(differences, unit.title);
      error.message = [
        ...failing.map((step) => describeStep(step, requests.length, maskQuery)),
        ...acceptedNote(accepted),
      ].join('\n');
      throw error;
    });
  }
}

function withReplayTests(body: SuiteBody<ApiMigrationContext>): SuiteBody<ApiMigrationContext> {
  return function (this: Mocha.Suite, ctx: ApiMigrationContext) {
    registerReplayTests(ctx);
    body.call(this, ctx);
  };
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
export const describeApiMigration: MigrationDescribe<ApiMigrationOptions, ApiMigrationContext> =
  Object.assign(
    (title: string, options: ApiMigrationOptions, body: SuiteBody<ApiMigrationContext>) =>
      describeApiPair(title, options, withReplayTests(body)),
    {
      only: (title: string, options: ApiMigrationOptions, body: SuiteBody<ApiMigrationContext>) =>
        describeApiPair.only(title, options, withReplayTests(body)),
      skip: (title: string, options: ApiMigrationOptions, body: SuiteBody<ApiMigrationContext>) =>
        describeApiPair.skip(title, options, withReplayTests(body)),
    },
  );
