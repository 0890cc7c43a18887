/**
 * The migrations check on real databases: real TypeORM migrations (the QueryRunner's own DDL, as
 * services write them) on a throwaway SQLite file, PostgreSQL database and MariaDB database.
 * Each planted bug must be found and named; a clean window must give no finding that fails.
 */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataSource,
  Table,
  TableColumn,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { openAdminConnection, parseServerUrl } from '../src/library/database/admin.js';
import {
  checkMigrations,
  MigrationsSetupError,
  type MigrationsCheckResult,
} from '../src/library/migrations/check.js';
import { parseIntent } from '../src/library/migrations/intent.js';
import { forEachDatabase, type DatabaseUnderTest } from './support/databases.js';
import { makeTempDir } from './support/paths.js';

/** The old version: users and their posts (a cascade), and a keyless audit table. */
class Init1700000000001 implements MigrationInterface {
  name = 'Init1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'email', type: 'varchar', length: '200', isNullable: true, isUnique: true },
          { name: 'nick', type: 'varchar', length: '50', isNullable: true },
          { name: 'score', type: 'integer', default: 0 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'posts',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'user_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_posts_title', columnNames: ['title'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit',
        columns: [
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'amount', type: 'integer', isNullable: true },
        ],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit');
    await q.dropTable('posts');
    await q.dropTable('users');
  }
}

/** Clean: a new nullable column, an index, and a rename whose values follow. */
class AddBio1700000000002 implements MigrationInterface {
  name = 'AddBio1700000000002';
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'users',
      new TableColumn({ name: 'bio', type: 'varchar', length: '300', isNullable: true }),
    );
    await q.createIndex('users', new TableIndex({ name: 'IDX_users_name', columnNames: ['name'] }));
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('users', 'IDX_users_name');
    // Not q.dropColumn: on SQLite TypeORM rebuilds the table for it (see RebuildUsers below).
    await q.query('ALTER TABLE users DROP COLUMN bio');
  }
}

class RenameNick1700000000003 implements MigrationInterface {
  name = 'RenameNick1700000000003';
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users RENAME COLUMN nick TO nickname');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users RENAME COLUMN nickname TO nick');
  }
}

/** Planted: down() leaves the column's type changed (varchar(300) -> 100 kept). */
class WidenBioKept1700000000004 implements MigrationInterface {
  name = 'WidenBioKept1700000000004';
  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'users',
      'bio',
      new TableColumn({ name: 'bio', type: 'text', isNullable: true }),
    );
  }
  async down(): Promise<void> {
    // Forgot to change it back.
  }
}

/** Planted: the per-user nick replaced by a new, empty column; down() does not bring it back. */
class ReplaceNick1700000000005 implements MigrationInterface {
  name = 'ReplaceNick1700000000005';
  async up(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'nickname');
    await q.addColumn(
      'users',
      new TableColumn({ name: 'handle', type: 'varchar', length: '50', isNullable: true }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'handle');
    await q.addColumn(
      'users',
      new TableColumn({ name: 'nickname', type: 'varchar', length: '50', isNullable: true }),
    );
  }
}

/** Planted: down() does not restore the index up() dropped. */
class DropPostsIndex1700000000006 implements MigrationInterface {
  name = 'DropPostsIndex1700000000006';
  async up(q: QueryRunner): Promise<void> {
    await q.dropIndex('posts', 'IDX_posts_title');
  }
  async down(): Promise<void> {
    // Forgot the index.
  }
}

/** Planted: deletes rows of a table that stays. */
class PurgeAudit1700000000007 implements MigrationInterface {
  name = 'PurgeAudit1700000000007';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit WHERE amount IS NULL OR amount < 0`);
  }
  async down(): Promise<void> {
    // The rows are gone for good.
  }
}

/**
 * Planted (SQLite): TypeORM rebuilds a table to change a column (create, copy, DROP TABLE,
 * rename), and DROP TABLE of the parent runs its ON DELETE CASCADE: every post is deleted.
 */
class RebuildUsers1700000000009 implements MigrationInterface {
  name = 'RebuildUsers1700000000009';
  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'users',
      'name',
      new TableColumn({ name: 'name', type: 'varchar', length: '150' }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'users',
      'name',
      new TableColumn({ name: 'name', type: 'varchar', length: '100' }),
    );
  }
}

/** integer -> bigint: PostgreSQL rewrites the table under an ACCESS EXCLUSIVE lock. */
class ScoreBigint1700000000010 implements MigrationInterface {
  name = 'ScoreBigint1700000000010';
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ALTER COLUMN score TYPE bigint');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ALTER COLUMN score TYPE integer');
  }
}

/** Fails where nick holds NULLs: NOT NULL with no backfill. */
class NickRequired1700000000012 implements MigrationInterface {
  name = 'NickRequired1700000000012';
  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'users',
      'nick',
      new TableColumn({ name: 'nick', type: 'varchar', length: '50' }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'users',
      'nick',
      new TableColumn({ name: 'nick', type: 'varchar', length: '50', isNullable: true }),
    );
  }
}

/** Fails where scores repeat (many rows keep the default 0): a unique key with no clean-up. */
class UniqueScore1700000000013 implements MigrationInterface {
  name = 'UniqueScore1700000000013';
  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'users',
      new TableIndex({ name: 'UQ_users_score', columnNames: ['score'], isUnique: true }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('users', 'UQ_users_score');
  }
}

/** Fails on every engine: the table does not exist. */
class Broken1700000000008 implements MigrationInterface {
  name = 'Broken1700000000008';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE no_such_table ADD COLUMN x integer`);
  }
  async down(): Promise<void> {}
}

// The server under test is MariaDB: TypeORM's `mysql` driver misreads its NULL defaults.
const TYPES = { sqlite: 'better-sqlite3', postgres: 'postgres', mysql: 'mariadb' } as const;

/** Runs the check with the old version = Init, the new = `fresh`. */
function check(
  db: DatabaseUnderTest,
  fresh: Array<new () => MigrationInterface>,
  extra: { intent?: string; old?: Array<new () => MigrationInterface> } = {},
): Promise<MigrationsCheckResult> {
  const old = extra.old ?? [Init1700000000001];
  return checkMigrations({
    dataSource: {
      DataSource: DataSource as never,
      options: { type: TYPES[db.kind], migrations: [...old, ...fresh] },
    },
    oldMigrations: old.map((migration) => migration.name),
    url: db.url,
    rowsPerTable: 60,
    seed: 7,
    ...(extra.intent ? { intent: parseIntent(extra.intent, 'verify-migration.intent.yml') } : {}),
  });
}

function failing(result: MigrationsCheckResult, name: string) {
  const outcome = result.migrations.find((candidate) => candidate.name === name);
  assert.ok(outcome, `no outcome for ${name}: ${result.migrations.map((m) => m.name).join(', ')}`);
  return outcome.findings.filter((finding) => finding.verdict === 'fail');
}

/** Our throwaway databases still on the server, made by this process. */
async function leftovers(db: DatabaseUnderTest): Promise<string[]> {
  if (!db.url) return [];
  const admin = await openAdminConnection(parseServerUrl(db.url));
  try {
    const sql =
      db.kind === 'postgres'
        ? `SELECT datname AS name FROM pg_database`
        : `SELECT schema_name AS name FROM information_schema.schemata`;
    const rows = await admin.query(sql);
    return rows
      .map((row) => String(Object.values(row)[0]))
      .filter((name) => name.includes(`_${process.pid}_`) && name.endsWith('_migrations'));
  } finally {
    await admin.close();
  }
}

describe("migrations check: the service's own migrations on a seeded copy", function () {
  forEachDatabase((db) => {
    it('passes a clean window: a column and an index added, a column renamed (followed by value)', async function () {
      const result = await check(db, [AddBio1700000000002, RenameNick1700000000003]);
      for (const outcome of result.migrations)
        assert.deepEqual(
          outcome.findings.filter((finding) => finding.verdict === 'fail').map((f) => f.message),
          [],
          `${db.label}: ${outcome.name} should have no failing finding`,
        );
      assert.equal(result.passed, true, `${db.label}: the clean window should pass`);
      const rename = result.migrations[1].findings.find(
        (finding) => finding.kind === 'column-renamed',
      );
      assert.ok(rename, `${db.label}: the rename should be followed by value`);
      assert.match(rename.message, /users\.nick .* nickname/);
      assert.deepEqual(
        result.migrations.map((outcome) => outcome.down),
        ['restored', 'restored'],
      );
      const seeded = 'tables' in result.seed ? result.seed.tables : [];
      assert.deepEqual(seeded.map((table) => [table.table, table.rows]).sort(), [
        ['audit', 60],
        ['posts', 60],
        ['users', 60],
      ]);
      assert.deepEqual(result.keylessTables, ['audit']);
      assert.deepEqual(await leftovers(db), [], `${db.label}: the throwaway database was dropped`);
    });

    it("names a down() that leaves a column's type changed, and one that leaves an index dropped", async function () {
      const result = await check(db, [
        AddBio1700000000002,
        WidenBioKept1700000000004,
        DropPostsIndex1700000000006,
      ]);
      assert.equal(result.passed, false);
      const type = failing(result, 'WidenBioKept1700000000004');
      assert.ok(
        type.some(
          (finding) =>
            finding.kind === 'rollback-schema-drift' &&
            finding.table === 'users' &&
            /bio/.test(finding.message) &&
            /type/.test(finding.message),
        ),
        `${db.label}: the bio type drift should be named: ${JSON.stringify(type)}`,
      );
      const index = failing(result, 'DropPostsIndex1700000000006');
      assert.ok(
        index.some(
          (finding) =>
            finding.kind === 'rollback-schema-drift' && /IDX_posts_title/.test(finding.message),
        ),
        `${db.label}: the missing index should be named: ${JSON.stringify(index)}`,
      );
      assert.equal(
        result.rollback.passed,
        false,
        'the whole rollback cannot give back the old schema',
      );
    });

    it('finds the values a replaced column lost, and passes it once the drop is declared', async function () {
      const fresh = [RenameNick1700000000003, ReplaceNick1700000000005];
      const result = await check(db, fresh);
      const lost = failing(result, 'ReplaceNick1700000000005');
      const dropped = lost.find((finding) => finding.kind === 'column-dropped-with-data');
      assert.ok(dropped, `${db.label}: ${JSON.stringify(lost)}`);
      assert.equal(dropped.table, 'users');
      assert.equal(dropped.column, 'nickname');
      assert.ok(
        dropped.count! > 0 && dropped.count! <= 60,
        `a count of lost values: ${dropped.count}`,
      );
      assert.equal(dropped.intent, 'drop column users.nickname');
      assert.ok(
        lost.some(
          (finding) => finding.kind === 'rollback-data-drift' && finding.column === 'nickname',
        ),
      );

      const declared = await check(db, fresh, {
        intent: 'ReplaceNick1700000000005:\n  - drop column users.nickname\n',
      });
      const outcome = declared.migrations.find((m) => m.name === 'ReplaceNick1700000000005')!;
      if (db.kind === 'sqlite') {
        // TypeORM 1.x runs these ALTERs on SQLite as table rebuilds, and its revert's rebuild
        // deletes the posts through ON DELETE CASCADE (see the cascade test): still a failure.
        assert.deepEqual(
          failing(declared, 'ReplaceNick1700000000005').map((f) => [f.kind, f.table]),
          [['rollback-data-drift', 'posts']],
        );
        return;
      }
      assert.deepEqual(failing(declared, 'ReplaceNick1700000000005'), []);
      assert.ok(
        outcome.findings.some(
          (finding) =>
            finding.verdict === 'declared' && finding.intent === 'drop column users.nickname',
        ),
      );
      assert.equal(outcome.down, 'declared');
      assert.equal(declared.passed, true);
    });

    it('counts rows deleted from a table that stays, keyless tables as multisets', async function () {
      const result = await check(db, [PurgeAudit1700000000007]);
      const lost = failing(result, 'PurgeAudit1700000000007').find((f) => f.kind === 'rows-lost');
      assert.ok(lost, `${db.label}: rows deleted from audit should be found`);
      assert.equal(lost.table, 'audit');
      assert.ok(lost.count! > 0);
    });

    it('names the migration whose up() fails, with the SQL error, and checks nothing after it', async function () {
      const result = await check(db, [
        AddBio1700000000002,
        Broken1700000000008,
        RenameNick1700000000003,
      ]);
      assert.equal(result.passed, false);
      // TypeORM's order: by timestamp.
      assert.deepEqual(
        result.migrations.map((m) => m.name),
        ['AddBio1700000000002', 'RenameNick1700000000003', 'Broken1700000000008'],
      );
      const broken = result.migrations[2];
      assert.match(broken.error ?? '', /no_such_table/);
      assert.equal(broken.findings[0].kind, 'up-failed');
      assert.deepEqual(await leftovers(db), []);
    });

    it('counts the rows that violate a NOT NULL or unique key an up() adds', async function () {
      if (db.kind !== 'mysql') {
        const nick = await check(db, [NickRequired1700000000012]);
        assert.match(
          nick.migrations[0].findings[0].message,
          /\(\d+ of the 60 rows of users have NULL in nick: backfill them before making it NOT NULL\)/,
          `${db.label}: ${nick.migrations[0].findings[0].message}`,
        );
      }
      const score = await check(db, [UniqueScore1700000000013]);
      assert.match(
        score.migrations[0].findings[0].message,
        /\(\d+ rows of users share \d+ values of \(score\): remove or merge the duplicates/,
        `${db.label}: ${score.migrations[0].findings[0].message}`,
      );
    });

    it('refuses to start when an old migration fails, naming it', async function () {
      await assert.rejects(
        check(db, [AddBio1700000000002], { old: [Init1700000000001, Broken1700000000008] }),
        (error: Error) =>
          error instanceof MigrationsSetupError &&
          /old version: migration Broken1700000000008 fails/.test(error.message) &&
          /no_such_table/.test(error.message),
      );
      assert.deepEqual(await leftovers(db), []);
    });

    if (db.kind === 'sqlite')
      it('finds the child rows a table rebuild deletes through ON DELETE CASCADE (SQLite)', async function () {
        const result = await check(db, [RebuildUsers1700000000009]);
        // TypeORM turns foreign keys off before a migration's transaction, but its revert turns
        // them off inside one, where SQLite ignores the PRAGMA: the down()'s rebuild of users
        // deletes every post. The up() keeps them.
        const findings = failing(result, 'RebuildUsers1700000000009');
        assert.ok(
          !findings.some((finding) => finding.kind === 'rows-lost'),
          `up() keeps the posts: ${JSON.stringify(findings)}`,
        );
        const lost = findings.find((finding) => finding.kind === 'rollback-data-drift');
        assert.ok(lost, `the cascade should be found: ${JSON.stringify(findings)}`);
        assert.equal(lost.table, 'posts');
        assert.equal(lost.count, 60);
        assert.match(lost.message, /posts has 60 rows missing/);
      });

    if (db.kind === 'postgres')
      it('records the locks a migration takes and the tables it rewrites (PostgreSQL)', async function () {
        const result = await check(db, [AddBio1700000000002, ScoreBigint1700000000010]);
        const widen = result.migrations.find((m) => m.name === 'ScoreBigint1700000000010')!;
        assert.ok(
          widen.locks?.some(
            (lock) => lock.table === 'users' && lock.mode === 'AccessExclusiveLock',
          ),
          `ALTER COLUMN TYPE takes ACCESS EXCLUSIVE on users: ${JSON.stringify(widen.locks)}`,
        );
        assert.deepEqual(widen.rewritten, ['users'], JSON.stringify(widen));
        const add = result.migrations.find((m) => m.name === 'AddBio1700000000002')!;
        assert.deepEqual(add.rewritten, [], 'adding a nullable column rewrites nothing');
        assert.equal(result.passed, true, 'a widening with an exact down passes');
      });
  });

  it("seeds with the service's own SQL file instead of generated rows", async function () {
    class DropNick1700000000011 implements MigrationInterface {
      name = 'DropNick1700000000011';
      async up(q: QueryRunner): Promise<void> {
        await q.query('ALTER TABLE users DROP COLUMN nick');
      }
      async down(q: QueryRunner): Promise<void> {
        await q.query('ALTER TABLE users ADD COLUMN nick varchar(50) NULL');
      }
    }
    const folder = makeTempDir('seed-file');
    const file = join(folder, 'seed.sql');
    writeFileSync(
      file,
      "-- two users, one with a nick\nINSERT INTO users (id, name, nick, score) VALUES (1, 'ada', 'a', 3);\nINSERT INTO users (id, name, nick, score) VALUES (2, 'bob', NULL, 0);\n",
    );
    const result = await checkMigrations({
      dataSource: {
        DataSource: DataSource as never,
        options: { type: 'better-sqlite3', migrations: [Init1700000000001, DropNick1700000000011] },
      },
      oldMigrations: ['Init1700000000001'],
      seedFile: file,
    });
    assert.equal((result.seed as { file?: string }).file, file);
    const dropped = result.migrations[0].findings.find(
      (f) => f.kind === 'column-dropped-with-data',
    );
    assert.ok(dropped, JSON.stringify(result.migrations[0].findings));
    // Only the seed file's rows: one user had a nick.
    assert.equal(dropped.count, 1);
    assert.deepEqual(dropped.examples, ["id=1: 'a'"]);
  });

  it('drops its SQLite file', async function () {
    const result = await check({ kind: 'sqlite', label: 'sqlite' }, [AddBio1700000000002]);
    assert.match(result.database, /^sqlite:/);
    assert.equal(existsSync(result.database.replace(/^sqlite:/, '')), false);
  });
});
