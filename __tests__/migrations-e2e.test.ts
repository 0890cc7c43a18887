/**
 * `mode: migrations` the way users meet it: the built action (dist/index.js under Node 24, inputs
 * as INPUT_* variables) and the built CLI, on real open-source services' own migration folders
 * kept as fixtures (Jellyseerr on SQLite with TypeORM 0.3 + sqlite3, Flowise on PostgreSQL), with
 * git history as a checkout has it; on MariaDB and on TypeORM 1.x + better-sqlite3 with a service
 * written here. Every planted bug must be named; nothing else may fail.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAdminConnection, parseServerUrl } from '../src/library/database/admin.js';
import type { VerificationReport } from '../src/common/report.js';
import { makeTempDir } from './support/paths.js';
import { assertPublishedAsReported, readReport } from './support/published.js';
import { skipOrFail } from './support/requirements.js';
import { runBuiltAction } from './support/run-action.js';
import { runBuiltCli } from './support/run-cli.js';
import { installServiceFixtures } from './support/service-fixtures.js';
import {
  createServiceRepo,
  createShallowServiceRepo,
  git,
  type ServiceRepo,
} from './support/service-repo.js';

const POSTGRES_URL = process.env.VERIFY_MIGRATION_POSTGRES_URL;
const MYSQL_URL = process.env.VERIFY_MIGRATION_MYSQL_URL;

/** The migrations section's entry of a migration, by name. */
function entry(report: VerificationReport, name: string) {
  const found = report.migrations?.migrations.find((migration) => migration.name === name);
  assert.ok(
    found,
    `${name} is not in the report's migrations: ${JSON.stringify(report.migrations?.migrations.map((m) => m.name))}`,
  );
  return found;
}

/** The failing findings of a migration as `kind table.column`. */
function failingFindings(report: VerificationReport, name: string): string[] {
  return entry(report, name)
    .findings.filter((finding) => finding.verdict === 'fail')
    .map(
      (finding) => `${finding.kind} ${[finding.table, finding.column].filter(Boolean).join('.')}`,
    );
}

/** The names of the failed or errored tests. */
function notPassed(report: VerificationReport): string[] {
  return report.tests
    .filter((test) => test.state !== 'passed')
    .map((test) => test.title_path[test.title_path.length - 1]);
}

/** Whether the throwaway database a report names is still on the server. */
async function stillThere(url: string, report: VerificationReport): Promise<string[]> {
  const name = /vm_tmp_\d+_\d+_[0-9a-f]{8}_migrations/.exec(report.migrations?.database ?? '')?.[0];
  assert.ok(name, `the report names its throwaway database: ${report.migrations?.database}`);
  return (await migrationDatabases(url)).filter((database) => database === name);
}

/** Throwaway databases of any process still on a server, made by the migrations mode. */
async function migrationDatabases(url: string): Promise<string[]> {
  const admin = await openAdminConnection(parseServerUrl(url));
  try {
    const rows = await admin.query(
      url.startsWith('postgres')
        ? `SELECT datname AS name FROM pg_database`
        : `SELECT schema_name AS name FROM information_schema.schemata`,
    );
    return rows
      .map((row) => String(Object.values(row)[0]))
      .filter((name) => /^vm_tmp_\d+_\d+_[0-9a-f]{8}_migrations$/.test(name));
  } finally {
    await admin.close();
  }
}

describe('migrations mode on real services (built action and CLI)', function () {
  this.timeout(300_000);
  const repos: ServiceRepo[] = [];
  before(function () {
    const missing = installServiceFixtures();
    if (missing) skipOrFail(this, missing);
  });
  after(() => repos.forEach((repo) => repo.cleanup()));
  const repo = (options: Parameters<typeof createServiceRepo>[0]) => {
    const made = createServiceRepo(options);
    repos.push(made);
    return made;
  };

  describe('Jellyseerr (SQLite, TypeORM 0.3 + sqlite3, 40 migrations)', function () {
    it('finds the real loss in its window, and passes once a reviewer declares it', async function () {
      // Migrations 26-32. The first replaces the per-user boolean enableNotifications by a new
      // notificationAgents column defaulting to 2: every user's choice is gone, and its down()
      // brings the column back with the default 1. A real loss the gate must stop.
      const service = repo({ service: 'jellyseerr' });
      const inputs = {
        service: 'jellyseerr',
        mode: 'migrations',
        'data-source': 'server/datasource.ts',
        'base-ref': service.baseRef,
        'upload-artifact': 'false',
      };
      const run = await runBuiltAction({ workspace: service.dir, inputs });
      assert.equal(run.exitCode, 1, run.stdout);
      const report = assertPublishedAsReported(run, service.dir);
      assert.equal(report.overall.status, 'failed');
      assert.equal(report.results.database_migration.tests, 1 + 2 * 7 + 1);
      const lossy = 'AddUserSettingsNotificationAgentsField1617730837489';
      assert.deepEqual(notPassed(report), [
        `${lossy}: up() keeps the data`,
        `${lossy}: down() restores the schema and data`,
      ]);
      assert.deepEqual(failingFindings(report, lossy), [
        'column-dropped-with-data user_settings.enableNotifications',
        'rollback-data-drift user_settings.enableNotifications',
      ]);
      const failure = report.tests.find((test) => test.state === 'failed')!;
      assert.match(
        failure.message ?? '',
        /add "- drop column user_settings\.enableNotifications" under "AddUserSettingsNotificationAgentsField1617730837489:" in server\/migration\/sqlite\/verify-migration\.intent\.yml/,
      );
      assert.deepEqual(failure.location, {
        file: 'server/migration/sqlite/1617730837489-AddUserSettingsNotificationAgentsField.ts',
        line: 8,
      });
      assert.ok(
        run.annotations.some(
          (line) =>
            line.startsWith('::error ') &&
            line.includes(
              'file=server/migration/sqlite/1617730837489-AddUserSettingsNotificationAgentsField.ts,line=8::',
            ),
        ),
        run.annotations.join('\n'),
      );
      assert.match(run.summary, /### Migrations/);
      assert.match(run.summary, /enableNotifications was dropped with \d+ non-NULL values/);

      // The reviewer declares it beside the migrations, and the gate passes.
      writeFileSync(
        join(service.dir, 'server/migration/sqlite/verify-migration.intent.yml'),
        `${lossy}:\n  - drop column user_settings.enableNotifications\n`,
      );
      const declared = await runBuiltAction({ workspace: service.dir, inputs });
      assert.equal(declared.exitCode, 0, declared.stdout);
      const passed = assertPublishedAsReported(declared, service.dir);
      assert.equal(passed.overall.status, 'passed');
      assert.equal(declared.outputs.passed, 'true');
      assert.equal(entry(passed, lossy).down, 'declared');
      assert.ok(entry(passed, lossy).findings.some((finding) => finding.verdict === 'declared'));
      for (const migration of passed.migrations!.migrations)
        assert.equal(migration.passed, true, `${migration.name} passes`);
      assert.equal(passed.migrations!.rollback.passed, true);
    });

    it('names each planted bug: a type left changed, values dropped by a rebuild, a cascade that empties child tables', async function () {
      const service = repo({
        service: 'jellyseerr',
        old: 40,
        window: 0,
        planted: [
          '1750000000001-PlantedDownKeepsDataAsText.ts',
          '1750000000002-PlantedReplaceDiscoverRegion.ts',
          '1750000000004-PlantedMediaRebuildCascades.ts',
        ],
      });
      const cli = await runBuiltCli(
        [
          'migrations',
          '--service',
          'jellyseerr',
          '--data-source',
          'server/datasource.ts',
          '--base-ref',
          service.baseRef,
        ],
        service.dir,
      );
      assert.equal(cli.code, 1, cli.stdout + cli.stderr);
      const report = readReport(service.dir);
      assert.deepEqual(failingFindings(report, 'PlantedDownKeepsDataAsText1750000000001'), [
        'rollback-schema-drift discover_slider.data',
      ]);
      assert.match(
        entry(report, 'PlantedDownKeepsDataAsText1750000000001').findings[0].message,
        /varchar -> text/,
      );
      assert.deepEqual(failingFindings(report, 'PlantedReplaceDiscoverRegion1750000000002'), [
        'column-dropped-with-data user_settings.discoverRegion',
        'rollback-data-drift user_settings.discoverRegion',
      ]);
      const cascade = failingFindings(report, 'PlantedMediaRebuildCascades1750000000004');
      for (const child of ['season', 'media_request', 'season_request', 'issue', 'issue_comment'])
        assert.ok(
          cascade.includes(`rows-lost ${child}`),
          `the cascade into ${child} is named: ${cascade.join('; ')}`,
        );
      assert.ok(!cascade.includes('rows-lost media'), 'media keeps its rows');
      assert.match(cli.stdout, /PlantedMediaRebuildCascades1750000000004/);
    });

    it('names an index a down() does not restore', async function () {
      const service = repo({
        service: 'jellyseerr',
        old: 40,
        window: 0,
        planted: ['1750000000003-PlantedWatchlistIndexNotRestored.ts'],
      });
      const cli = await runBuiltCli(
        [
          'migrations',
          '--service',
          'j',
          '--data-source',
          'server/datasource.ts',
          '--base-ref',
          service.baseRef,
        ],
        service.dir,
      );
      assert.equal(cli.code, 1);
      const findings = entry(
        readReport(service.dir),
        'PlantedWatchlistIndexNotRestored1750000000003',
      ).findings;
      assert.ok(
        findings.some(
          (finding) =>
            finding.kind === 'rollback-schema-drift' &&
            /IDX_939f205946256cc0d2a1ac51a8: dropped/.test(finding.message),
        ),
        JSON.stringify(findings),
      );
    });

    it('says which old migrations changed since the base ref (production ran their old text)', async function () {
      const service = repo({ service: 'jellyseerr', window: 1 });
      const edited = service.migrations.old[3];
      appendFileSync(join(service.dir, edited), '// edited after release\n');
      const cli = await runBuiltCli(
        [
          'migrations',
          '--service',
          'j',
          '--data-source',
          'server/datasource.ts',
          '--base-ref',
          service.baseRef,
        ],
        service.dir,
      );
      const report = readReport(service.dir);
      assert.deepEqual(report.migrations?.changed_old_migrations, [edited], cli.stdout);
      assert.match(cli.stdout, /migration files changed since /);
    });

    it('fails the gate on a shallow clone, saying to fetch the history', async function () {
      const shallow = createShallowServiceRepo({ service: 'jellyseerr' });
      repos.push(shallow);
      const run = await runBuiltAction({
        workspace: shallow.dir,
        inputs: {
          service: 'j',
          mode: 'migrations',
          'data-source': 'server/datasource.ts',
          'base-ref': shallow.baseRef,
          'upload-artifact': 'false',
        },
      });
      assert.equal(run.exitCode, 1);
      assert.equal(run.outputs.passed, 'false');
      const report = assertPublishedAsReported(run, shallow.dir);
      assert.equal(report.overall.errors, 1);
      assert.match(report.tests[0].message ?? '', /shallow.*fetch-depth: 0/);
    });

    it('fails the gate naming an unknown base ref, and a data source that does not load', async function () {
      const service = repo({ service: 'jellyseerr', window: 1 });
      const unknown = await runBuiltCli(
        [
          'migrations',
          '--service',
          'j',
          '--data-source',
          'server/datasource.ts',
          '--base-ref',
          'v9.9.9',
        ],
        service.dir,
      );
      assert.equal(unknown.code, 1);
      assert.match(
        readReport(service.dir).tests[0].message ?? '',
        /base-ref 'v9\.9\.9' names no commit/,
      );

      writeFileSync(join(service.dir, 'server/broken-source.ts'), 'export default oops(;\n');
      const broken = await runBuiltCli(
        [
          'migrations',
          '--service',
          'j',
          '--data-source',
          'server/broken-source.ts',
          '--base-ref',
          service.baseRef,
        ],
        service.dir,
      );
      assert.equal(broken.code, 1);
      const report = readReport(service.dir);
      assert.equal(report.overall.status, 'failed');
      assert.match(JSON.stringify(report), /broken-source\.ts/);
    });
  });

  describe('Flowise (PostgreSQL, TypeORM 0.3 + pg, 30 migrations)', function () {
    before(function () {
      if (!POSTGRES_URL) skipOrFail(this, 'VERIFY_MIGRATION_POSTGRES_URL is not set');
    });

    it('passes its window of 10 real migrations, with their locks, and drops its database', async function () {
      const service = repo({ service: 'flowise' });
      const run = await runBuiltAction({
        workspace: service.dir,
        inputs: {
          service: 'flowise',
          mode: 'migrations',
          'data-source': 'src/DataSource.ts',
          'base-ref': service.baseRef,
          'database-url': POSTGRES_URL!,
          'upload-artifact': 'false',
        },
      });
      assert.equal(run.exitCode, 0, run.stdout);
      const report = assertPublishedAsReported(run, service.dir);
      assert.equal(report.overall.tests, 1 + 2 * 10 + 1);
      assert.equal(report.migrations!.dialect, 'postgres');
      assert.equal(report.migrations!.old_migrations.length, 20);
      const store = entry(report, 'AddDocumentStore1711637331047');
      assert.ok(
        store.locks?.some(
          (lock) => lock.table === 'document_store' && lock.mode === 'AccessExclusiveLock',
        ),
        JSON.stringify(store.locks),
      );
      assert.match(run.summary, /AccessExclusiveLock on document\\?_store/);
      assert.deepEqual(await stillThere(POSTGRES_URL!, report), []);
    });

    it("names each planted bug: uuid left varchar by down(), a replaced column's values, an index not restored", async function () {
      const service = repo({
        service: 'flowise',
        old: 30,
        window: 0,
        planted: [
          '1750000000001-PlantedDownKeepsChatflowIdVarchar.ts',
          '1750000000002-PlantedReplaceChatflowCategory.ts',
          '1750000000003-PlantedChatMessageIndexNotRestored.ts',
        ],
      });
      const cli = await runBuiltCli(
        [
          'migrations',
          '--service',
          'flowise',
          '--data-source',
          'src/DataSource.ts',
          '--base-ref',
          service.baseRef,
          '--database-url',
          POSTGRES_URL!,
        ],
        service.dir,
      );
      assert.equal(cli.code, 1);
      const report = readReport(service.dir);
      assert.deepEqual(failingFindings(report, 'PlantedDownKeepsChatflowIdVarchar1750000000001'), [
        'rollback-schema-drift chat_message.chatflowid',
      ]);
      assert.match(
        entry(report, 'PlantedDownKeepsChatflowIdVarchar1750000000001').findings.find(
          (f) => f.verdict === 'fail',
        )!.message,
        /uuid -> character varying/,
      );
      assert.deepEqual(failingFindings(report, 'PlantedReplaceChatflowCategory1750000000002'), [
        'column-dropped-with-data chat_flow.category',
        'rollback-data-drift chat_flow.category',
      ]);
      assert.ok(
        entry(report, 'PlantedChatMessageIndexNotRestored1750000000003').findings.some(
          (finding) =>
            finding.kind === 'rollback-schema-drift' &&
            /IDX_e574527322272fd838f4f0f3d3: dropped/.test(finding.message),
        ),
      );
      assert.deepEqual(await stillThere(POSTGRES_URL!, report), []);
    });

    it('fails naming a server that does not answer, with its password masked', async function () {
      const service = repo({ service: 'flowise', window: 1 });
      const cli = await runBuiltCli(
        [
          'migrations',
          '--service',
          'flowise',
          '--data-source',
          'src/DataSource.ts',
          '--base-ref',
          service.baseRef,
          '--database-url',
          'postgres://postgres:S3cretPassw0rd@127.0.0.1:1/postgres',
        ],
        service.dir,
      );
      assert.equal(cli.code, 1);
      const report = readReport(service.dir);
      assert.equal(report.overall.status, 'failed');
      assert.ok(report.overall.errors > 0);
      assert.match(JSON.stringify(report), /127\.0\.0\.1:1/);
      assert.doesNotMatch(JSON.stringify(report) + cli.stdout + cli.stderr, /S3cretPassw0rd/);
    });
  });

  describe('a service of our own on TypeORM 1.x (better-sqlite3, MariaDB)', function () {
    /** A service whose data source is TypeORM 1.x options, with two old and two new migrations. */
    function ownService(type: 'better-sqlite3' | 'mariadb'): { dir: string; baseRef: string } {
      const dir = makeTempDir(`own-${type}`);
      mkdirSync(join(dir, 'migrations'));
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(
        join(dir, 'data-source.mjs'),
        `export default { type: '${type}', database: 'app.sqlite', migrations: ['migrations/*.mjs'] };\n`,
      );
      const migration = (name: string, up: string[], down: string[]) =>
        writeFileSync(
          join(dir, 'migrations', `${name.replace(/\D+/, '')}-${name.replace(/\d+$/, '')}.mjs`),
          `export class ${name} {\n  async up(q) {\n${up.map((sql) => `    await q.query(${JSON.stringify(sql)});`).join('\n')}\n  }\n  async down(q) {\n${down.map((sql) => `    await q.query(${JSON.stringify(sql)});`).join('\n')}\n  }\n}\n`,
        );
      migration(
        'Init1700000000001',
        [
          'CREATE TABLE users (id integer PRIMARY KEY, name varchar(100) NOT NULL, nick varchar(50) NULL)',
        ],
        ['DROP TABLE users'],
      );
      git(dir, ['init', '--quiet']);
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '--message', 'old']);
      const baseRef = git(dir, ['rev-parse', 'HEAD']);
      migration(
        'AddBio1700000000002',
        ['ALTER TABLE users ADD COLUMN bio varchar(200) NULL'],
        ['ALTER TABLE users DROP COLUMN bio'],
      );
      migration(
        'DropNick1700000000003',
        ['ALTER TABLE users DROP COLUMN nick'],
        ['ALTER TABLE users ADD COLUMN nick varchar(50) NULL'],
      );
      return { dir, baseRef };
    }

    for (const type of ['better-sqlite3', 'mariadb'] as const)
      it(`${type}: a clean migration passes and a dropped column is named (uncommitted, as in a pull request's working tree)`, async function () {
        if (type === 'mariadb' && !MYSQL_URL)
          skipOrFail(this, 'VERIFY_MIGRATION_MYSQL_URL is not set');
        const { dir, baseRef } = ownService(type);
        const cli = await runBuiltCli(
          [
            'migrations',
            '--service',
            'own',
            '--data-source',
            'data-source.mjs',
            '--base-ref',
            baseRef,
            ...(type === 'mariadb'
              ? ['--database-url', MYSQL_URL!.replace(/^mysql:/, 'mariadb:')]
              : []),
          ],
          dir,
        );
        assert.equal(cli.code, 1, cli.stdout + cli.stderr);
        const report = readReport(dir);
        assert.deepEqual(failingFindings(report, 'AddBio1700000000002'), []);
        assert.deepEqual(failingFindings(report, 'DropNick1700000000003'), [
          'column-dropped-with-data users.nick',
          'rollback-data-drift users.nick',
        ]);
        assert.equal(report.migrations!.dialect, type === 'mariadb' ? 'mysql' : 'sqlite');
        if (type === 'mariadb') assert.deepEqual(await stillThere(MYSQL_URL!, report), []);
      });
  });
});
