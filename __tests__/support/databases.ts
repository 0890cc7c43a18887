/**
 * The driver matrix for tests: the same tests once per enabled database, each in its own
 * `describe(kind)` so that every failure names its driver. SQLite always runs; PostgreSQL and
 * MySQL/MariaDB run when their URL is in the environment; otherwise their tests are registered as
 * pending under a title that says which variable to set (each counted as skipped, a skip that
 * explains itself, never a silent pass), or fail when `VERIFY_MIGRATION_REQUIRE_ALL` is set (CI).
 */
import assert from 'node:assert/strict';
import { openAdminConnection, parseServerUrl } from '../../src/library/database/admin.js';
import type { DatabaseKind } from '../../src/library/database/types.js';

/** One database of the matrix. */
export interface DatabaseUnderTest {
  kind: DatabaseKind;
  /** The server URL; undefined for SQLite (a temporary file). */
  url?: string;
  /** A readable name for messages: the kind and, for servers, the masked URL. */
  label: string;
}

/** The environment variables that enable the servers, by kind. */
export const DATABASE_URL_VARIABLES = {
  postgres: 'VERIFY_MIGRATION_POSTGRES_URL',
  mysql: 'VERIFY_MIGRATION_MYSQL_URL',
} as const;

/** The enabled databases, SQLite first. Never empty. */
export function enabledDatabases(env: NodeJS.ProcessEnv = process.env): DatabaseUnderTest[] {
  const list: DatabaseUnderTest[] = [{ kind: 'sqlite', label: 'sqlite' }];
  for (const kind of ['postgres', 'mysql'] as const) {
    const url = env[DATABASE_URL_VARIABLES[kind]]?.trim();
    if (url) list.push({ kind, url, label: `${kind} (${parseServerUrl(url).maskedUrl})` });
  }
  return list;
}

/**
 * Registers `body` once per database: `describe(kind, ...)` for each enabled one, with a `before`
 * that checks the server answers (so an unreachable server fails that driver's tests loudly),
 * and a skipped `describe` holding the same tests, all pending, for each one that is not enabled.
 */
export function forEachDatabase(body: (db: DatabaseUnderTest) => void): void {
  const enabled = enabledDatabases();
  for (const kind of ['sqlite', 'postgres', 'mysql'] as const) {
    const db = enabled.find((candidate) => candidate.kind === kind);
    if (db === undefined) {
      const variable = DATABASE_URL_VARIABLES[kind as keyof typeof DATABASE_URL_VARIABLES];
      if (process.env.VERIFY_MIGRATION_REQUIRE_ALL) {
        describe(kind, () => {
          it(`needs ${variable}`, () =>
            assert.fail(`${variable} is required here (VERIFY_MIGRATION_REQUIRE_ALL)`));
        });
        continue;
      }
      // The same tests, registered but pending, so that mocha's pending total counts each one
      // that did not run; hooks and tests of a skipped describe never run, so no URL is needed.
      describe.skip(`${kind} (skipped: set ${variable} to run these tests on ${kind})`, () => {
        body({ kind, label: `${kind} (not enabled: ${variable} is unset)` });
      });
      continue;
    }
    describe(kind, function () {
      if (db.url !== undefined) {
        const url = db.url;
        before(`connect to ${db.label}`, async function () {
          const admin = await openAdminConnection(parseServerUrl(url));
          try {
            await admin.query('SELECT 1');
          } finally {
            await admin.close();
          }
        });
      }
      body(db);
    });
  }
}
