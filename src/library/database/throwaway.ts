/**
 * Throwaway databases: one per test, created fresh and removed afterwards. On a server they get a
 * name that says they are ours and when they were made (`vm_tmp_<unix-seconds>_<pid>_<random>`),
 * and only that exact name is ever dropped: the library never touches a database it did not make.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { redactSecret } from '../secrets.js';
import { messageOf, openAdminConnection, parseServerUrl } from './admin.js';
import type {
  AdminConnection,
  ServerTarget,
  ThrowawayDatabase,
  ThrowawayDatabaseOptions,
} from './types.js';
import { DATABASE_URL_ENV } from '../../common/child-environment.js';

/**
 * Our names, exactly: `vm_tmp_`, creation time in unix seconds, process id, 8 hex digits, and an
 * optional label. Sweeping matches this pattern and nothing looser.
 */
export const THROWAWAY_NAME_PATTERN =
  /^vm_tmp_(\d{10})_(\d{1,10})_([0-9a-f]{8})(?:_([a-z0-9]{1,16}))?$/;

/** A throwaway database that could not be created or dropped. Its message never holds a password. */
export class ThrowawayDatabaseError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'ThrowawayDatabaseError';
  constructor(
    message: string,
    /** The server URL with its password masked (or the SQLite file). */
    readonly maskedUrl: string,
  ) {
    super(message);
  }
}

/** The server URL from `VERIFY_MIGRATION_DATABASE_URL`, or undefined (then SQLite is used). */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[DATABASE_URL_ENV]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A new name matching `THROWAWAY_NAME_PATTERN`, made now by this process. */
export function makeThrowawayName(label?: string, now: Date = new Date()): string {
  const seconds = Math.floor(now.getTime() / 1000);
  const word = (label ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 16);
  const name = `vm_tmp_${seconds}_${process.pid}_${randomBytes(4).toString('hex')}${word === '' ? '' : `_${word}`}`;
  return name;
}

/**
 * Creates a database for one test. Without a URL: a SQLite file in a new temporary folder (TypeORM
 * `better-sqlite3`). With a postgres://, postgresql://, mysql:// or mariadb:// URL: a new database on
 * that server, reached through the URL's own database. Drop it with `drop()` or `await using`.
 */
export async function createThrowawayDatabase(
  options: ThrowawayDatabaseOptions = {},
): Promise<ThrowawayDatabase> {
  return options.url === undefined
    ? createSqlite(options.label)
    : createOnServer(parseServerUrl(options.url), options.label, options.openAdmin);
}

function createSqlite(label: string | undefined): ThrowawayDatabase {
  const folder = join(tmpdir(), makeThrowawayName(label));
  // Not recursive: if the folder exists (a name collision), fail rather than share it.
  mkdirSync(folder, { mode: 0o700 });
  const file = join(folder, 'db.sqlite');
  const maskedUrl = `sqlite:${file}`;
  const drop = once(async () => {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      throw new ThrowawayDatabaseError(
        `Cannot remove the throwaway SQLite folder ${folder}: ${messageOf(error)}`,
        maskedUrl,
      );
    }
  });
  return {
    kind: 'sqlite',
    name: file,
    options: { type: 'better-sqlite3', database: file } as DataSourceOptions,
    maskedUrl,
    drop,
    [Symbol.asyncDispose]: drop,
  };
}

async function createOnServer(
  target: ServerTarget,
  label: string | undefined,
  openAdmin: OpenAdmin = openAdminConnection,
): Promise<ThrowawayDatabase> {
  const name = makeThrowawayName(label);
  await withAdmin(target, `create the throwaway database ${name}`, openAdmin, async (admin) => {
    // CREATE fails if the name exists, so we never adopt a database someone else made.
    // MySQL's server default may still be latin1: make room for any Unicode text.
    const charset = target.kind === 'mysql' ? ' CHARACTER SET utf8mb4' : '';
    await admin.query(`CREATE DATABASE ${admin.quote(name)}${charset}`);
  });
  const drop = once(() =>
    withAdmin(target, `drop the throwaway database ${name}`, openAdmin, (admin) =>
      dropExactly(admin, target, name, true),
    ),
  );
  return {
    kind: target.kind,
    name,
    options: {
      type: target.typeormType,
      host: target.host,
      port: target.port,
      username: target.username,
      password: target.password ?? '',
      database: name,
    } as DataSourceOptions,
    maskedUrl: target.maskedUrl,
    drop,
    [Symbol.asyncDispose]: drop,
  };
}

/**
 * Drops one database by its exact name, which must be one of ours. `force` (PostgreSQL 13+)
 * closes connections still open to it, such as a DataSource a test forgot to destroy; it only
 * ever applies to our own database.
 */
async function dropExactly(
  admin: AdminConnection,
  target: ServerTarget,
  name: string,
  force: boolean,
): Promise<void> {
  if (!THROWAWAY_NAME_PATTERN.test(name)) {
    throw new Error(`refusing to drop ${name}: it is not a throwaway database name`);
  }
  if (target.kind === 'postgres' && force) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      // PostgreSQL before 13 does not know WITH (FORCE): fall back to a plain drop.
      if ((error as { code?: string }).code !== '42601') throw error;
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)}`);
}

type OpenAdmin = (target: ServerTarget) => Promise<AdminConnection>;

async function withAdmin<T>(
  target: ServerTarget,
  what: string,
  openAdmin: OpenAdmin,
  body: (admin: AdminConnection) => Promise<T>,
): Promise<T> {
  let admin: AdminConnection;
  try {
    admin = await openAdmin(target);
  } catch (error) {
    throw new ThrowawayDatabaseError(`Cannot ${what}: ${messageOf(error)}`, target.maskedUrl);
  }
  try {
    return await body(admin);
  } catch (error) {
    throw new ThrowawayDatabaseError(
      `Cannot ${what} on ${target.maskedUrl}: ${redactSecret(messageOf(error), target.password)}`,
      target.maskedUrl,
    );
  } finally {
    await admin.close().catch(() => undefined);
  }
}

/** Runs `fn` the first time only; later calls get the first call's promise. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

/** What a sweep did. */
export interface SweepResult {
  /** The names dropped (databases, or SQLite folders). */
  dropped: string[];
  /** Leftovers that matched but could not be dropped, with why (password-free). */
  failed: { name: string; reason: string }[];
}

/**
 * Drops leftovers of earlier runs (a killed process cannot drop its own): only databases whose
 * name matches `THROWAWAY_NAME_PATTERN` exactly and whose embedded creation time is older than
 * `olderThanSeconds`. Without a URL, sweeps the SQLite folders in the system's temporary folder.
 * Nothing else is touched; a leftover that cannot be dropped is reported, not thrown.
 */
export async function sweepStaleThrowawayDatabases(
  url: string | undefined,
  olderThanSeconds: number,
): Promise<SweepResult> {
  if (!Number.isFinite(olderThanSeconds) || olderThanSeconds < 0) {
    throw new RangeError(
      `olderThanSeconds must be a number of seconds >= 0, got ${olderThanSeconds}`,
    );
  }
  const limit = Math.floor(Date.now() / 1000) - olderThanSeconds;
  const isStale = (name: string): boolean => {
    const match = THROWAWAY_NAME_PATTERN.exec(name);
    return match !== null && Number(match[1]) < limit;
  };
  const result: SweepResult = { dropped: [], failed: [] };
  if (url === undefined) {
    for (const name of readdirSync(tmpdir()).filter(isStale)) {
      const folder = join(tmpdir(), name);
      try {
        if (!statSync(folder).isDirectory()) continue;
        rmSync(folder, { recursive: true, force: true });
        result.dropped.push(name);
      } catch (error) {
        result.failed.push({ name, reason: messageOf(error) });
      }
    }
    return result;
  }
  const target = parseServerUrl(url);
  await withAdmin(target, 'sweep stale throwaway databases', openAdminConnection, async (admin) => {
    const rows =
      target.kind === 'postgres'
        ? await admin.query(
            `SELECT datname AS name FROM pg_database WHERE datname LIKE 'vm\\_tmp\\_%'`,
          )
        : await admin.query(
            `SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE 'vm\\_tmp\\_%'`,
          );
    const names = rows
      .map((row) => String(row.name ?? row.NAME ?? row.SCHEMA_NAME))
      .filter(isStale);
    for (const name of names) {
      try {
        await dropExactly(admin, target, name, false);
        result.dropped.push(name);
      } catch (error) {
        result.failed.push({ name, reason: redactSecret(messageOf(error), target.password) });
      }
    }
  });
  return result;
}

/** The environment variable that sets after how many seconds a throwaway database counts as a leftover. */
export const STALE_AFTER_ENV = 'VERIFY_MIGRATION_STALE_AFTER_SECONDS';

/**
 * Six hours, the longest a GitHub Actions job runs: a throwaway database younger than that may
 * belong to a run still going on another runner that shares the server, so it is never swept.
 */
export const DEFAULT_STALE_AFTER_SECONDS = 6 * 60 * 60;

/** The age limit from `VERIFY_MIGRATION_STALE_AFTER_SECONDS` (whole seconds, at least 1), else the default. */
export function staleAfterSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[STALE_AFTER_ENV]?.trim();
  if (text === undefined || text === '') return DEFAULT_STALE_AFTER_SECONDS;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new RangeError(
      `${STALE_AFTER_ENV} must be a whole number of seconds, at least 1 (default ${DEFAULT_STALE_AFTER_SECONDS}); got ${JSON.stringify(text)}`,
    );
  }
  return Number(text);
}

/** Sweeps already started in this process, by server URL (`sqlite` for the temporary folder). */
const sweeps = new Map<string, Promise<SweepResult | undefined>>();

/**
 * Sweeps the leftovers of killed runs (see {@link sweepStaleThrowawayDatabases}) once per process
 * and server, before this process makes its first throwaway database there: a run that was
 * killed cannot drop its own, so the next run does, once they are older than
 * {@link staleAfterSeconds}. A sweep that fails is a warning on stderr, never a failed test.
 */
export function sweepStaleOnce(
  url: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SweepResult | undefined> {
  const key = url ?? 'sqlite';
  let sweep = sweeps.get(key);
  if (sweep === undefined) {
    const seconds = staleAfterSeconds(env);
    const where = url === undefined ? 'the temporary folder' : parseServerUrl(url).maskedUrl;
    sweep = sweepStaleThrowawayDatabases(url, seconds).then(
      (result) => {
        if (result.dropped.length > 0) {
          console.error(
            `verify-migration: dropped ${result.dropped.length} throwaway database(s) older than ${seconds} s left on ${where} by killed runs: ${result.dropped.join(', ')}`,
          );
        }
        for (const { name, reason } of result.failed) {
          console.error(
            `verify-migration: warning: could not drop the stale ${name} on ${where}: ${reason}`,
          );
        }
        return result;
      },
      (error: unknown) => {
        console.error(
          `verify-migration: warning: could not sweep stale throwaway databases on ${where}: ${messageOf(error)}`,
        );
        return undefined;
      },
    );
    sweeps.set(key, sweep);
  }
  return sweep;
}
