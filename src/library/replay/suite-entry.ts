/**
 * The spec file of `mode: replay` (bundled to dist/replay-suite.mjs): loaded by mocha in the
 * service's working directory, it replays the recording named in `VERIFY_MIGRATION_REPLAY_CONFIG`
 * with `describeApiMigration({ traffic, createApp })`, one test per request in `api_migration`.
 * The app module is the service's own, imported here so its packages and loader apply.
 */
import { pathToFileURL } from 'node:url';
import { describeApiMigration, type ApiMigrationOptions } from '../suites/api.js';
import { REPLAY_CONFIG_ENV, type ReplaySuiteConfig } from '../../common/child-environment.js';

const text = process.env[REPLAY_CONFIG_ENV];
if (!text)
  throw new Error(
    `${REPLAY_CONFIG_ENV} is not set: this file is the replay mode's suite, run by verify-migration (mode: replay), not a spec file to run by hand`,
  );
const config = JSON.parse(text) as ReplaySuiteConfig;
const loaded = (await import(pathToFileURL(config.app).href)) as {
  createApp?: unknown;
  default?: unknown;
};
// `export function createApp`, or a default export that is the function or holds it.
const fromDefault = loaded.default as { createApp?: unknown } | undefined;
const createApp =
  loaded.createApp ??
  (typeof loaded.default === 'function' ? loaded.default : fromDefault?.createApp);
if (typeof createApp !== 'function')
  throw new Error(
    `traffic-app ${config.app} exports no createApp function: export createApp(version, { role, database }) returning the app (an http.Server, a request listener, or { baseUrl, close } of an app already listening on loopback)`,
  );
describeApiMigration(
  config.title,
  { traffic: config.traffic, createApp: createApp as ApiMigrationOptions['createApp'] },
  () => {},
);
