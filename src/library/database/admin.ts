/**
 * The few server statements the throwaway databases need (create, drop, list), behind one small
 * interface so that the rest of the code knows nothing of `pg` or `mysql2`. The drivers are
 * imported only when a server URL is used: SQLite users need neither installed.
 */
import { maskUrl, passwordOf, redactSecret } from '../secrets.js';
import type { AdminConnection, ServerTarget } from './types.js';

/** A server URL that cannot be used. The message masks the password. */
export class DatabaseUrlError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'DatabaseUrlError';
  constructor(
    /** The URL with its password masked. */
    readonly maskedUrl: string,
    reason: string,
  ) {
    super(`Cannot use the database URL ${maskedUrl}: ${reason}`);
  }
}

/** Parses a postgres://, postgresql://, mysql:// or mariadb:// URL. */
export function parseServerUrl(url: string): ServerTarget {
  const maskedUrl = maskUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(
      maskedUrl,
      'it is not a valid URL (expected e.g. postgres://user@127.0.0.1:5432/postgres).',
    );
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const kinds: Record<
    string,
    { kind: ServerTarget['kind']; typeormType: ServerTarget['typeormType']; port: number }
  > = {
    postgres: { kind: 'postgres', typeormType: 'postgres', port: 5432 },
    postgresql: { kind: 'postgres', typeormType: 'postgres', port: 5432 },
    mysql: { kind: 'mysql', typeormType: 'mysql', port: 3306 },
    mariadb: { kind: 'mysql', typeormType: 'mariadb', port: 3306 },
  };
  const known = kinds[scheme];
  if (known === undefined) {
    throw new DatabaseUrlError(
      maskedUrl,
      `the scheme '${scheme}:' is not supported; use postgres://, postgresql://, mysql:// or mariadb://.`,
    );
  }
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    kind: known.kind,
    typeormType: known.typeormType,
    host: parsed.hostname === '' ? '127.0.0.1' : parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? known.port : Number(parsed.port),
    username:
      decodeURIComponent(parsed.username) || (known.kind === 'postgres' ? 'postgres' : 'root'),
    password: passwordOf(url),
    database: path === '' ? undefined : path,
    url,
    maskedUrl,
  };
}

/** Opens an admin connection. Errors are rethrown with the password removed from their message. */
export async function openAdminConnection(target: ServerTarget): Promise<AdminConnection> {
  try {
    return target.kind === 'postgres' ? await openPostgres(target) : await openMysql(target);
  } catch (error) {
    throw new Error(
      `Cannot connect to ${target.maskedUrl}: ${redactSecret(messageOf(error), target.password)}`,
    );
  }
}

async function openPostgres(target: ServerTarget): Promise<AdminConnection> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: target.username,
    password: target.password,
    // Without a database in the URL, pg would use the user's name; `postgres` always exists.
    database: target.database ?? 'postgres',
    connectionTimeoutMillis: 15_000,
  });
  // An idle client's network error would otherwise crash the process.
  client.on('error', () => undefined);
  await client.connect();
  return {
    async query(sql, params) {
      const result = await client.query(sql, params);
      return result.rows as Record<string, unknown>[];
    },
    quote: (name) => `"${name.replace(/"/g, '""')}"`,
    close: () => client.end(),
  };
}

async function openMysql(target: ServerTarget): Promise<AdminConnection> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.username,
    password: target.password ?? '',
    database: target.database,
    connectTimeout: 15_000,
  });
  connection.on('error', () => undefined);
  return {
    async query(sql, params) {
      const [rows] = await connection.query(sql, params);
      return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
    },
    quote: (name) => `\`${name.replace(/`/g, '``')}\``,
    close: () => connection.end(),
  };
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
