import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, EntitySchema } from 'typeorm';
import { openAdminConnection, parseServerUrl } from '../src/library/database/admin.js';
import type { AdminConnection } from '../src/library/database/types.js';
import {
  THROWAWAY_NAME_PATTERN,
  ThrowawayDatabaseError,
  createThrowawayDatabase,
  databaseUrlFromEnv,
  sweepStaleThrowawayDatabases,
} from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { forEachDatabase, type DatabaseUnderTest } from './support/databases.js';
import { makeTempDir } from './support/paths.js';

const Tool = new EntitySchema<{ id: number; name: string }>({
  name: 'Tool',
  tableName: 'tools',
  columns: { id: { type: Number, primary: true }, name: { type: String, length: 100 } },
});

/** Database names on the server (or folder names in the temp folder for SQLite). */
async function listNames(
  admin: AdminConnection,
  kind: DatabaseUnderTest['kind'],
): Promise<string[]> {
  const rows =
    kind === 'postgres'
      ? await admin.query('SELECT datname AS name FROM pg_database')
      : await admin.query('SELECT schema_name AS name FROM information_schema.schemata');
  return rows.map((row) => String(row.name));
}

/** Opens an admin connection for the duration of `body`. */
async function withAdmin<T>(url: string, body: (admin: AdminConnection) => Promise<T>): Promise<T> {
  const admin = await openAdminConnection(parseServerUrl(url));
  try {
    return await body(admin);
  } finally {
    await admin.close();
  }
}

/** Creates the `tools` table in the throwaway database, writes rows, reads them back. */
async function useDatabase(db: ThrowawayDatabase, rows: number): Promise<number> {
  const ds = new DataSource({ ...db.options, entities: [Tool], synchronize: true, logging: false });
  await ds.initialize();
  try {
    const repo = ds.getRepository(Tool);
    for (let id = 1; id <= rows; id++) await repo.insert({ id, name: `tool ${id}` });
    return await repo.count();
  } finally {
    await ds.destroy();
  }
}

describe('library database: throwaway databases', function () {
  describe('databaseUrlFromEnv', function () {
    it('reads VERIFY_MIGRATION_DATABASE_URL and treats blank as absent', function () {
      // Arrange
      const set = { VERIFY_MIGRATION_DATABASE_URL: ' postgres://postgres@127.0.0.1/postgres ' };
      // Act
      const url = databaseUrlFromEnv(set);
      const blank = databaseUrlFromEnv({ VERIFY_MIGRATION_DATABASE_URL: '  ' });
      const unset = databaseUrlFromEnv({});
      // Assert
      assert.equal(url, 'postgres://postgres@127.0.0.1/postgres');
      assert.equal(blank, undefined);
      assert.equal(unset, undefined);
    });
  });

  it('rejects an unsupported scheme naming the allowed ones, without the password', async function () {
    // Arrange
    const url = 'mongodb://admin:Sup3rSecret@127.0.0.1/db';
    // Act / Assert
    await assert.rejects(createThrowawayDatabase({ url }), (error: Error) => {
      assert.match(error.message, /postgres:\/\/, postgresql:\/\/, mysql:\/\/ or mariadb:\/\//);
      assert.doesNotMatch(error.message, /Sup3rSecret/);
      assert.match(error.message, /admin:\*\*\*@/);
      return true;
    });
  });

  forEachDatabase((db) => {
    const created: ThrowawayDatabase[] = [];
    afterEach(async function () {
      // Whatever a failing test left behind is still removed.
      await Promise.all(created.splice(0).map((t) => t.drop()));
    });

    it('creates a usable database named as ours, with the label, and two never share a name', async function () {
      // Arrange / Act
      const first = await createThrowawayDatabase({ url: db.url, label: 'old' });
      const second = await createThrowawayDatabase({ url: db.url, label: 'old' });
      created.push(first, second);
      const count = await useDatabase(first, 3);
      // Assert
      assert.equal(first.kind, db.kind);
      assert.equal(count, 3);
      assert.notEqual(first.name, second.name);
      const base = db.kind === 'sqlite' ? first.name.split(/[\\/]/).at(-2)! : first.name;
      assert.match(base, THROWAWAY_NAME_PATTERN);
      assert.match(base, new RegExp(`^vm_tmp_\\d{10}_${process.pid}_[0-9a-f]{8}_old$`));
      const made = Number(THROWAWAY_NAME_PATTERN.exec(base)![1]);
      assert.ok(Math.abs(made - Date.now() / 1000) < 120, `creation time ${made} should be now`);
    });

    it('drop removes it, and dropping twice (or disposing after) is safe', async function () {
      // Arrange
      const throwaway = await createThrowawayDatabase({ url: db.url, label: 'drop' });
      created.push(throwaway);
      await useDatabase(throwaway, 1);
      // Act
      await throwaway.drop();
      await throwaway.drop();
      await throwaway[Symbol.asyncDispose]();
      // Assert
      if (db.url === undefined) {
        assert.equal(existsSync(throwaway.name), false);
        assert.equal(
          existsSync(join(throwaway.name, '..')),
          false,
          'the temporary folder is removed too',
        );
      } else {
        const names = await withAdmin(db.url, (admin) => listNames(admin, db.kind));
        assert.equal(names.includes(throwaway.name), false, `${throwaway.name} should be gone`);
      }
    });

    it('sweeps a stale leftover of ours and leaves fresh ones and other names alone', async function () {
      // Arrange: a leftover from two hours ago, a fresh one, and names that only look like ours.
      const stale = `vm_tmp_${Math.floor(Date.now() / 1000) - 7200}_99999_${randomBytes(4).toString('hex')}`;
      const lookalikes = [
        `vm_tmp_keep_${randomBytes(3).toString('hex')}`,
        `vm_tmpx_${Math.floor(Date.now() / 1000) - 7200}_1_abcdef12`,
      ];
      const fresh = await createThrowawayDatabase({ url: db.url });
      created.push(fresh);
      const makeAll = [stale, ...lookalikes];
      if (db.url === undefined) {
        for (const name of makeAll) mkdirSync(join(tmpdir(), name));
      } else {
        await withAdmin(db.url, async (admin) => {
          for (const name of makeAll) await admin.query(`CREATE DATABASE ${admin.quote(name)}`);
        });
      }
      try {
        // Act
        const result = await sweepStaleThrowawayDatabases(db.url, 3600);
        // Assert
        assert.ok(result.dropped.includes(stale), `the stale ${stale} is dropped`);
        for (const name of result.dropped) {
          const match = THROWAWAY_NAME_PATTERN.exec(name);
          assert.ok(
            match !== null && Number(match[1]) < Date.now() / 1000 - 3600,
            `only stale names of ours: ${name}`,
          );
        }
        const remaining =
          db.url === undefined
            ? [...lookalikes, stale, fresh.name.split(/[\\/]/).at(-2)!].filter((name) =>
                existsSync(join(tmpdir(), name)),
              )
            : await withAdmin(db.url, (admin) => listNames(admin, db.kind));
        for (const name of lookalikes) assert.ok(remaining.includes(name), `${name} is left alone`);
        assert.ok(
          remaining.includes(db.url === undefined ? fresh.name.split(/[\\/]/).at(-2)! : fresh.name),
          'the fresh one stays',
        );
        assert.equal(remaining.includes(stale), false);
      } finally {
        if (db.url === undefined) {
          for (const name of makeAll)
            rmSync(join(tmpdir(), name), { recursive: true, force: true });
        } else {
          await withAdmin(db.url, async (admin) => {
            for (const name of makeAll)
              await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)}`);
          });
        }
      }
    });

    describe('a database that was there before', function () {
      const keep = `vm_keep_${randomBytes(4).toString('hex')}`;
      let keepFile: string | undefined;

      /** Everything about the kept database that throwaway work must not change: schema and rows. */
      async function snapshot(): Promise<string> {
        if (db.url === undefined)
          return createHash('sha256').update(readFileSync(keepFile!)).digest('hex');
        // Connect to the kept database itself: PostgreSQL cannot read another database's tables.
        const admin = await openAdminConnection({ ...parseServerUrl(db.url), database: keep });
        try {
          const schema = await admin.query(
            `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
             WHERE table_name = 'precious' AND table_schema = ${db.kind === 'postgres' ? 'current_schema()' : 'DATABASE()'}
             ORDER BY column_name`,
          );
          const rows = await admin.query('SELECT id, name, note FROM precious ORDER BY id');
          return JSON.stringify({ schema, rows });
        } finally {
          await admin.close();
        }
      }

      let original: string;

      before(`create ${keep} with rows`, async function () {
        if (db.url === undefined) {
          keepFile = join(makeTempDir('keep'), `${keep}.sqlite`);
          const ds = new DataSource({ type: 'better-sqlite3', database: keepFile });
          await ds.initialize();
          await ds.query(
            'CREATE TABLE precious (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)',
          );
          await ds.query(`INSERT INTO precious VALUES (1, 'alpha', NULL), (2, 'beta', 'x')`);
          await ds.destroy();
        } else {
          await withAdmin(db.url, async (admin) => {
            await admin.query(`CREATE DATABASE ${admin.quote(keep)}`);
          });
          const target = { ...parseServerUrl(db.url), database: keep };
          const admin = await openAdminConnection(target);
          try {
            await admin.query(
              'CREATE TABLE precious (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, note TEXT)',
            );
            await admin.query(`INSERT INTO precious VALUES (1, 'alpha', NULL), (2, 'beta', 'x')`);
          } finally {
            await admin.close();
          }
        }
        original = await snapshot();
        assert.match(original, db.url === undefined ? /^[0-9a-f]{64}$/ : /alpha.*beta/s);
      });

      after(`drop ${keep}`, async function () {
        if (db.url === undefined) rmSync(join(keepFile!, '..'), { recursive: true, force: true });
        else
          await withAdmin(db.url, (admin) =>
            admin.query(`DROP DATABASE IF EXISTS ${admin.quote(keep)}`),
          );
      });

      it('is untouched (schema and rows) after throwaway databases are made, used, swept and dropped', async function () {
        // Arrange
        const throwaways = [
          await createThrowawayDatabase({ url: db.url, label: 'old' }),
          await createThrowawayDatabase({ url: db.url, label: 'new' }),
        ];
        created.push(...throwaways);
        // Act
        for (const throwaway of throwaways) await useDatabase(throwaway, 2);
        await sweepStaleThrowawayDatabases(db.url, 3600);
        for (const throwaway of throwaways) await throwaway.drop();
        // Assert
        assert.equal(await snapshot(), original);
        if (db.url !== undefined) {
          const names = await withAdmin(db.url, (admin) => listNames(admin, db.kind));
          assert.ok(names.includes(keep), `${keep} still exists`);
        }
      });
    });

    if (db.url !== undefined) {
      const url = db.url;
      it('never puts the password into an error message', async function () {
        // Arrange: the password is also the (missing) database name, so the server's own message
        // carries it; a wrong password is refused by MySQL, a missing database by PostgreSQL.
        const secret = `vmSecret${randomBytes(3).toString('hex')}`;
        const parsed = new URL(url);
        parsed.username = parsed.username || (db.kind === 'postgres' ? 'postgres' : 'root');
        parsed.password = secret;
        parsed.pathname = `/${secret}`;
        // Act / Assert
        await assert.rejects(
          createThrowawayDatabase({ url: parsed.toString() }),
          (error: Error) => {
            assert.ok(
              error instanceof ThrowawayDatabaseError,
              `a ThrowawayDatabaseError, got ${error.name}`,
            );
            assert.equal(
              error.message.includes(secret),
              false,
              `the message leaks the password: ${error.message}`,
            );
            assert.equal(
              String(error.stack).includes(secret),
              false,
              'the stack leaks the password',
            );
            assert.match(error.message, /:\*\*\*@/);
            return true;
          },
        );
      });
    }
  });
});
