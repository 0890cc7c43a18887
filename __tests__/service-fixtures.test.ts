/**
 * The real services kept as fixtures for the migrations mode are real and runnable: each one's
 * data-source module, loaded through tsx with its own TypeORM 0.3 and driver from the shared
 * install, runs all its migrations up and down on a throwaway database; the no-false-alarm window
 * we suggest rolls back exactly; each planted bug does the damage its PLANTED.md says. The
 * fixtures are copied into git repositories with `createServiceRepo`, which these tests check too.
 */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { DATABASE_URL_VARIABLES } from './support/databases.js';
import { skipOrFail } from './support/requirements.js';
import {
  installServiceFixtures,
  plantedMigrations,
  SERVICE_FIXTURES,
  SERVICES_NODE_MODULES,
  serviceMigrations,
  type ServiceName,
} from './support/service-fixtures.js';
import {
  createServiceRepo,
  createShallowServiceRepo,
  git,
  type ServiceRepo,
} from './support/service-repo.js';

/** What these tests use of a TypeORM 0.3 DataSource (the fixtures' own, not ours). */
interface ServiceDataSource {
  options: { type: string; database?: unknown; migrations?: unknown };
  initialize(): Promise<unknown>;
  destroy(): Promise<void>;
  runMigrations(): Promise<{ name: string }[]>;
  undoLastMigration(): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string): Promise<any[]>;
}

const ENV = 'VERIFY_MIGRATION_FIXTURE_DATABASE';

/** The value the fixture's data source reads from VERIFY_MIGRATION_FIXTURE_DATABASE. */
function fixtureDatabase(db: ThrowawayDatabase): string {
  if (db.kind === 'sqlite') return db.name;
  const options = db.options as unknown as {
    host: string;
    port: number;
    username: string;
    password: string;
  };
  const url = new URL(`postgres://${options.host}:${options.port}/${db.name}`);
  url.username = options.username;
  url.password = options.password;
  return url.href;
}

/**
 * Imports a data-source module (through tsx: mocha's loader) with the database in the environment,
 * as the migrations mode will; returns its DataSource, not yet initialised.
 */
async function loadDataSource(path: string, db: ThrowawayDatabase): Promise<ServiceDataSource> {
  process.env[ENV] = fixtureDatabase(db);
  try {
    const module = (await import(pathToFileURL(path).href)) as {
      default: { default?: ServiceDataSource } & ServiceDataSource;
    };
    return module.default.default ?? module.default;
  } finally {
    delete process.env[ENV];
  }
}

/** The same data source with another list of migrations (absolute paths), from its own TypeORM. */
function withMigrations(ds: ServiceDataSource, migrations: string[]): ServiceDataSource {
  const DataSource = ds.constructor as new (options: object) => ServiceDataSource;
  return new DataSource({ ...ds.options, migrations });
}

/** Runs `body` in `dir`: Jellyseerr's migrations glob is relative to the service's root. */
async function inDir<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await body();
  } finally {
    process.chdir(previous);
  }
}

async function executedMigrations(ds: ServiceDataSource): Promise<string[]> {
  const rows = await ds.query(`SELECT "name" FROM "migrations" ORDER BY "id"`);
  return rows.map((row: { name: string }) => row.name);
}

/** Tables, columns (type, NULL-ability, default), indexes and constraints, from the catalog. */
async function schemaOf(ds: ServiceDataSource): Promise<unknown> {
  if (ds.options.type === 'postgres') {
    return {
      columns: await ds.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations'
         ORDER BY table_name, column_name`,
      ),
      indexes: await ds.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
      ),
      constraints: await ds.query(
        `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
      ),
    };
  }
  return ds.query(
    `SELECT type, name, tbl_name, sql FROM sqlite_master
     WHERE name NOT IN ('migrations', 'sqlite_sequence') ORDER BY type, name`,
  );
}

async function sqliteColumnType(ds: ServiceDataSource, table: string, column: string) {
  const columns = await ds.query(`PRAGMA table_info("${table}")`);
  return (
    columns.find((c: { name: string }) => c.name === column)?.type as string | undefined
  )?.toLowerCase();
}

async function sqliteIndexes(ds: ServiceDataSource, table: string): Promise<string[]> {
  const rows = await ds.query(`PRAGMA index_list("${table}")`);
  return rows.map((row: { name: string }) => row.name).sort();
}

async function count(ds: ServiceDataSource, sql: string): Promise<number> {
  return Number((await ds.query(sql))[0].n);
}

async function counts(ds: ServiceDataSource, tables: string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables)
    result[table] = await count(ds, `SELECT COUNT(*) AS n FROM "${table}"`);
  return result;
}

async function pgColumn(ds: ServiceDataSource, table: string, column: string) {
  const rows = await ds.query(
    `SELECT data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = '${table}' AND column_name = '${column}'`,
  );
  return rows[0]?.data_type as string | undefined;
}

async function pgIndexes(ds: ServiceDataSource, table: string): Promise<string[]> {
  const rows = await ds.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = '${table}'`,
  );
  return rows.map((row: { indexname: string }) => row.indexname).sort();
}

/** One planted bug: rows to seed before it, and what its up() and down() must have done. */
interface PlantedCase {
  seed: string[];
  afterUp(ds: ServiceDataSource): Promise<void>;
  afterDown(ds: ServiceDataSource): Promise<void>;
}

const MEDIA_CHILDREN = ['season', 'media_request', 'season_request', 'issue', 'issue_comment'];

/** The planted bugs, by service and file: each check is what PLANTED.md says the tool must find. */
const PLANTED: Record<ServiceName, Record<string, PlantedCase>> = {
  jellyseerr: {
    '1750000000001-PlantedDownKeepsDataAsText.ts': {
      seed: [
        `INSERT INTO "discover_slider" ("type", "order", "title", "data") VALUES (1, 1, 'Trending', '{"k":1}')`,
      ],
      async afterUp(ds) {
        assert.equal(await sqliteColumnType(ds, 'discover_slider', 'data'), 'text');
      },
      async afterDown(ds) {
        assert.equal(await sqliteColumnType(ds, 'discover_slider', 'data'), 'text');
        assert.deepEqual(await ds.query(`SELECT "data" FROM "discover_slider"`), [
          { data: '{"k":1}' },
        ]);
      },
    },
    '1750000000002-PlantedReplaceDiscoverRegion.ts': {
      seed: [
        `INSERT INTO "user" ("email", "avatar") VALUES ('a@example.com', '/a.png'), ('b@example.com', '/b.png')`,
        `INSERT INTO "user_settings" ("userId", "discoverRegion") VALUES (1, 'US'), (2, 'FR')`,
      ],
      async afterUp(ds) {
        assert.equal(await sqliteColumnType(ds, 'user_settings', 'discoverRegion'), undefined);
        assert.equal(
          await count(ds, `SELECT COUNT("discoverRegions") AS n FROM "user_settings"`),
          0,
        );
      },
      async afterDown(ds) {
        assert.equal(await count(ds, `SELECT COUNT(*) AS n FROM "user_settings"`), 2);
        assert.equal(
          await count(ds, `SELECT COUNT("discoverRegion") AS n FROM "user_settings"`),
          0,
        );
      },
    },
    '1750000000003-PlantedWatchlistIndexNotRestored.ts': {
      seed: [],
      async afterUp(ds) {
        assert.deepEqual(await sqliteIndexes(ds, 'watchlist'), [
          'IDX_planted_watchlist_tmdb_type',
          'sqlite_autoindex_watchlist_1',
        ]);
      },
      async afterDown(ds) {
        assert.deepEqual(await sqliteIndexes(ds, 'watchlist'), ['sqlite_autoindex_watchlist_1']);
      },
    },
    '1750000000004-PlantedMediaRebuildCascades.ts': {
      seed: [
        `INSERT INTO "user" ("email", "avatar") VALUES ('a@example.com', '/a.png')`,
        `INSERT INTO "media" ("mediaType", "tmdbId") VALUES ('movie', 11), ('tv', 22)`,
        `INSERT INTO "season" ("seasonNumber", "mediaId") VALUES (1, 2), (2, 2), (1, NULL)`,
        `INSERT INTO "media_request" ("status", "type", "mediaId", "requestedById") VALUES (1, 'movie', 1, 1), (1, 'tv', 2, 1)`,
        `INSERT INTO "season_request" ("seasonNumber", "requestId") VALUES (1, 2)`,
        `INSERT INTO "issue" ("issueType", "mediaId", "createdById") VALUES (1, 1, 1)`,
        `INSERT INTO "issue_comment" ("message", "issueId", "userId") VALUES ('hi', 1, 1)`,
      ],
      async afterUp(ds) {
        assert.equal(await count(ds, `SELECT COUNT(*) AS n FROM "media"`), 2);
        // Only the season whose mediaId is NULL survives the cascade.
        assert.deepEqual(await counts(ds, MEDIA_CHILDREN), {
          season: 1,
          media_request: 0,
          season_request: 0,
          issue: 0,
          issue_comment: 0,
        });
      },
      async afterDown(ds) {
        assert.equal(await count(ds, `SELECT COUNT(*) AS n FROM "media"`), 2);
        assert.equal(await sqliteColumnType(ds, 'media', 'contentRating'), undefined);
        assert.deepEqual(Object.values(await counts(ds, MEDIA_CHILDREN)), [1, 0, 0, 0, 0]);
      },
    },
  },
  flowise: {
    '1750000000001-PlantedDownKeepsChatflowIdVarchar.ts': {
      seed: [
        `INSERT INTO "chat_message" ("role", "chatflowid", "content", "chatId") VALUES ('userMessage', '6f1b4c3e-2c1a-4c1e-9d7e-1a2b3c4d5e6f', 'hi', 'c1')`,
      ],
      async afterUp(ds) {
        assert.equal(await pgColumn(ds, 'chat_message', 'chatflowid'), 'character varying');
      },
      async afterDown(ds) {
        assert.equal(await pgColumn(ds, 'chat_message', 'chatflowid'), 'character varying');
        assert.equal(await count(ds, `SELECT COUNT(*) AS n FROM "chat_message"`), 1);
      },
    },
    '1750000000002-PlantedReplaceChatflowCategory.ts': {
      seed: [
        `INSERT INTO "chat_flow" ("name", "flowData", "category") VALUES ('a', '{}', 'support;sales'), ('b', '{}', NULL)`,
      ],
      async afterUp(ds) {
        assert.equal(await pgColumn(ds, 'chat_flow', 'category'), undefined);
        assert.equal(await count(ds, `SELECT COUNT("categories") AS n FROM "chat_flow"`), 0);
      },
      async afterDown(ds) {
        assert.equal(await pgColumn(ds, 'chat_flow', 'category'), 'text');
        assert.equal(await count(ds, `SELECT COUNT(*) AS n FROM "chat_flow"`), 2);
        assert.equal(await count(ds, `SELECT COUNT("category") AS n FROM "chat_flow"`), 0);
      },
    },
    '1750000000003-PlantedChatMessageIndexNotRestored.ts': {
      seed: [],
      async afterUp(ds) {
        assert.deepEqual(await pgIndexes(ds, 'chat_message'), [
          'IDX_f56c36fe42894d57e5c664d229',
          'IDX_planted_chat_message_flow_chat',
          'PK_3cc0d85193aade457d3077dd06b',
        ]);
      },
      async afterDown(ds) {
        assert.deepEqual(await pgIndexes(ds, 'chat_message'), [
          'IDX_f56c36fe42894d57e5c664d229',
          'PK_3cc0d85193aade457d3077dd06b',
        ]);
      },
    },
  },
};

describe('service fixtures: real TypeORM services for the migrations mode', function () {
  this.timeout(540_000);

  before('install the services’ shared stack (once)', function () {
    const problem = installServiceFixtures();
    if (problem !== undefined)
      skipOrFail(this, `the service fixtures cannot be installed: ${problem}`);
  });

  for (const fixture of Object.values(SERVICE_FIXTURES)) {
    describe(`${fixture.name} (${fixture.engine})`, function () {
      const repos: ServiceRepo[] = [];
      const databases: ThrowawayDatabase[] = [];
      const opened: ServiceDataSource[] = [];
      const migrations = serviceMigrations(fixture.name);

      before(function () {
        if (fixture.engine === 'postgres' && !process.env[DATABASE_URL_VARIABLES.postgres]) {
          skipOrFail(
            this,
            `set ${DATABASE_URL_VARIABLES.postgres} to run ${fixture.name}'s migrations`,
          );
        }
      });

      afterEach('close and remove everything', async function () {
        await Promise.all(opened.splice(0).map((ds) => ds.destroy().catch(() => undefined)));
        await Promise.all(databases.splice(0).map((db) => db.drop()));
        for (const repo of repos.splice(0)) repo.cleanup();
      });

      /** A repository of the fixture, its data source loaded on a new throwaway database. */
      async function open(options: Parameters<typeof createServiceRepo>[0]) {
        const repo = createServiceRepo(options);
        repos.push(repo);
        const db = await createThrowawayDatabase({
          url:
            fixture.engine === 'postgres'
              ? process.env[DATABASE_URL_VARIABLES.postgres]
              : undefined,
          label: fixture.name,
        });
        databases.push(db);
        const ds = await loadDataSource(repo.dataSourcePath, db);
        return { repo, db, ds };
      }

      async function initialize(
        repo: ServiceRepo,
        ds: ServiceDataSource,
      ): Promise<ServiceDataSource> {
        await inDir(repo.dir, () => ds.initialize());
        opened.push(ds);
        return ds;
      }

      it('keeps its licence, its SOURCE.md and its migrations', function () {
        const licence = ['LICENSE', 'LICENSE.md'].find((file) =>
          existsSync(join(fixture.dir, file)),
        );
        assert.ok(licence, `${fixture.dir} has no LICENSE`);
        assert.match(
          readFileSync(join(fixture.dir, licence), 'utf8'),
          /MIT License|Apache License/,
        );
        assert.match(readFileSync(join(fixture.dir, 'SOURCE.md'), 'utf8'), /commit [0-9a-f]{40}/);
        assert.ok(migrations.length >= 20, `${fixture.name} has ${migrations.length} migrations`);
      });

      it('runs every migration up with its own TypeORM 0.3 and driver, then its downs', async function () {
        // Arrange
        const {
          repo,
          db,
          ds: loaded,
        } = await open({
          service: fixture.name,
          old: migrations.length,
          window: 0,
        });
        // Act
        const ds = await initialize(repo, loaded);
        const ran = await ds.runMigrations();
        const downs: string[] = [];
        let failure: { migration: string; error: Error } | undefined;
        for (const name of [...(await executedMigrations(ds))].reverse()) {
          try {
            await ds.undoLastMigration();
            downs.push(name);
          } catch (error) {
            failure = { migration: name, error: error as Error };
            break;
          }
        }
        // Assert
        // The database came from VERIFY_MIGRATION_FIXTURE_DATABASE; TypeORM from the shared install.
        assert.equal(ds.options.database, db.name);
        const typeorm = realpathSync(
          createRequire(join(repo.dir, 'package.json')).resolve('typeorm'),
        );
        assert.ok(typeorm.startsWith(realpathSync(SERVICES_NODE_MODULES)), typeorm);
        assert.equal(ran.length, migrations.length);
        const lastBroken = Object.keys(fixture.brokenDowns).at(-1);
        if (lastBroken === undefined) {
          assert.equal(failure, undefined, failure?.error.message);
          assert.deepEqual(await executedMigrations(ds), []);
          assert.equal(downs.length, migrations.length);
        } else {
          // The service's own broken down() stops the way back: name it and its error.
          const index = migrations.indexOf(lastBroken);
          assert.equal(downs.length, migrations.length - 1 - index);
          assert.ok(failure, 'every down ran');
          assert.match(failure.error.message, fixture.brokenDowns[lastBroken]!);
          assert.equal((await executedMigrations(ds)).length, index + 1);
        }
      });

      for (const [file, error] of Object.entries(SERVICE_FIXTURES[fixture.name].brokenDowns)) {
        it(`fails ${file}'s down() on its own (a real bug, kept)`, async function () {
          // Arrange
          const { repo, ds: loaded } = await open({
            service: fixture.name,
            old: migrations.indexOf(file) + 1,
            window: 0,
          });
          const ds = await initialize(repo, loaded);
          await ds.runMigrations();
          // Act / Assert
          await assert.rejects(ds.undoLastMigration(), error);
        });
      }

      it(`rolls the suggested window back exactly (${fixture.window.old} old, ${fixture.window.window} new)`, async function () {
        // Arrange
        const { repo, ds: loaded } = await open({ service: fixture.name });
        const oldOnly = await initialize(
          repo,
          withMigrations(
            loaded,
            repo.migrations.old.map((file) => join(repo.dir, file)),
          ),
        );
        await oldOnly.runMigrations();
        const before = await schemaOf(oldOnly);
        const oldNames = await executedMigrations(oldOnly);
        await oldOnly.destroy();
        opened.splice(opened.indexOf(oldOnly), 1);
        const ds = await initialize(repo, loaded);
        // Act
        const ran = await ds.runMigrations();
        for (let i = 0; i < ran.length; i++) await ds.undoLastMigration();
        // Assert
        assert.equal(ran.length, fixture.window.window);
        assert.deepEqual(await executedMigrations(ds), oldNames);
        assert.deepEqual(await schemaOf(ds), before);
      });

      for (const file of plantedMigrations(fixture.name)) {
        it(`runs the planted ${file} and does the damage PLANTED.md names`, async function () {
          const planted = PLANTED[fixture.name][file];
          assert.ok(planted, `${file} has no case in this test`);
          // Arrange: the service at its last real migration, seeded
          const { repo, ds: loaded } = await open({
            service: fixture.name,
            old: migrations.length,
            window: 0,
            planted: [file],
          });
          const real = await initialize(
            repo,
            withMigrations(
              loaded,
              repo.migrations.old.map((path) => join(repo.dir, path)),
            ),
          );
          await real.runMigrations();
          for (const sql of planted.seed) await real.query(sql);
          await real.destroy();
          opened.splice(opened.indexOf(real), 1);
          const ds = await initialize(repo, loaded);
          // Act / Assert
          const ran = await ds.runMigrations();
          assert.deepEqual(
            ran.map((migration) => migration.name),
            [file.replace(/^(\d+)-(.+)\.ts$/, '$2$1')],
          );
          await planted.afterUp(ds);
          await ds.undoLastMigration();
          await planted.afterDown(ds);
          assert.equal((await executedMigrations(ds)).length, migrations.length);
        });
      }
    });
  }

  describe('createServiceRepo', function () {
    const repos: ServiceRepo[] = [];
    afterEach(() => {
      for (const repo of repos.splice(0)) repo.cleanup();
    });

    it('commits the old version first and the window and planted files second', function () {
      // Arrange
      const all = serviceMigrations('jellyseerr');
      // Act
      const repo = createServiceRepo({
        service: 'jellyseerr',
        old: 10,
        window: 3,
        planted: ['1750000000003-PlantedWatchlistIndexNotRestored.ts'],
        extraFiles: { 'notes/extra.txt': 'extra\n' },
      });
      repos.push(repo);
      // Assert
      const dir = 'server/migration/sqlite';
      assert.deepEqual(
        repo.migrations.old,
        all.slice(0, 10).map((file) => `${dir}/${file}`),
      );
      assert.deepEqual(repo.migrations.new, [
        ...all.slice(10, 13).map((file) => `${dir}/${file}`),
        `${dir}/1750000000003-PlantedWatchlistIndexNotRestored.ts`,
      ]);
      const atBase = git(repo.dir, ['ls-tree', '-r', '--name-only', repo.baseRef]).split('\n');
      assert.deepEqual(
        atBase.filter((path) => path.startsWith(dir)),
        repo.migrations.old,
      );
      assert.ok(atBase.includes('server/datasource.ts') && atBase.includes('LICENSE'));
      assert.ok(!atBase.includes('node_modules'));
      const added = git(repo.dir, ['diff', '--name-only', repo.baseRef, repo.headRef!]).split('\n');
      assert.deepEqual(added.sort(), [...repo.migrations.new, 'notes/extra.txt'].sort());
      assert.equal(git(repo.dir, ['status', '--porcelain']), '');
      assert.ok(lstatSync(join(repo.dir, 'node_modules')).isSymbolicLink());
    });

    it('can leave the new version uncommitted in the working tree', function () {
      // Act
      const repo = createServiceRepo({ service: 'flowise', uncommitted: true });
      repos.push(repo);
      // Assert
      assert.equal(repo.headRef, undefined);
      assert.equal(git(repo.dir, ['rev-parse', 'HEAD']), repo.baseRef);
      const untracked = git(repo.dir, ['status', '--porcelain', '--untracked-files=all'])
        .split('\n')
        .map((line) => line.slice(3))
        .sort();
      assert.deepEqual(untracked, [...repo.migrations.new].sort());
      assert.equal(repo.migrations.new.length, SERVICE_FIXTURES.flowise.window.window);
    });

    it('makes a shallow clone that lacks the base ref', function () {
      // Act
      const repo = createShallowServiceRepo({ service: 'jellyseerr' });
      repos.push(repo);
      // Assert
      assert.equal(git(repo.dir, ['rev-parse', '--is-shallow-repository']), 'true');
      assert.equal(git(repo.dir, ['rev-parse', 'HEAD']), repo.headRef);
      assert.throws(() => git(repo.dir, ['cat-file', '-e', `${repo.baseRef}^{commit}`]));
      assert.ok(existsSync(repo.dataSourcePath));
      assert.ok(existsSync(join(repo.dir, 'node_modules', 'typeorm', 'package.json')));
    });

    it('refuses more migrations than the fixture has', function () {
      assert.throws(
        () => createServiceRepo({ service: 'flowise', old: 30, window: 1 }),
        /old \(30\) \+ window \(1\) must be within the 30 migrations of flowise/,
      );
    });
  });
});
