import assert from 'node:assert/strict';
import { AssertionError } from 'node:assert';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { TableColumn, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { DifferencesError } from '../src/library/assert.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { forEachDatabase } from './support/databases.js';
import { skipOrFail } from './support/requirements.js';
import { installServiceFixtures, SERVICES_DIR } from './support/service-fixtures.js';
import {
  checkInPlaceMigration,
  verifyInPlaceMigration,
  type InPlaceMigrationOptions,
} from '../src/library/migrations/in-place.js';

// Real TypeORM migrations on real SQLite files. Version 1.0.0 makes the table; each test picks
// the 2.0.0 migration under test.

class CreateTool1700000000000 implements MigrationInterface {
  name = 'CreateTool1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE tool (id integer PRIMARY KEY, name varchar(100) NOT NULL, url varchar(300) NOT NULL)`,
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE tool');
  }
}

/** Renames url and backfills a slug; its down restores 1.0.0 exactly. */
class SlugAndEndpoint1700000000001 implements MigrationInterface {
  name = 'SlugAndEndpoint1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'tool',
      new TableColumn({ name: 'slug', type: 'varchar', isNullable: true }),
    );
    await runner.query(`UPDATE tool SET slug = LOWER(REPLACE(name, ' ', '-'))`);
    await runner.renameColumn('tool', 'url', 'endpoint_url');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.renameColumn('tool', 'endpoint_url', 'url');
    await runner.dropColumn('tool', 'slug');
  }
}

/** Its down brings the url column back empty: the schema is restored, the data is not. */
class LossyDown1700000000001 implements MigrationInterface {
  name = 'LossyDown1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.renameColumn('tool', 'url', 'endpoint_url');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('tool', 'endpoint_url');
    await runner.addColumn(
      'tool',
      new TableColumn({ name: 'url', type: 'varchar', isNullable: true }),
    );
  }
}

/** Its up fails in the database: the failure must name it, not only the SQL. */
class BrokenUp1700000000001 implements MigrationInterface {
  name = 'BrokenUp1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE no_such_table ADD COLUMN note varchar(10)');
  }
  async down(): Promise<void> {}
}

/** No down at all (plain JavaScript services can ship one like this). */
class NoDown1700000000001 {
  name = 'NoDown1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE audit (id integer PRIMARY KEY)');
  }
}

/** A down that does nothing: the new table and column stay. */
class EmptyDown1700000000001 implements MigrationInterface {
  name = 'EmptyDown1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE audit (id integer PRIMARY KEY)');
    await runner.addColumn(
      'tool',
      new TableColumn({ name: 'note', type: 'varchar', isNullable: true }),
    );
  }
  async down(): Promise<void> {}
}

async function seed(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO tool (id, name, url) VALUES (1, 'Code Search', 'https://a.example'), (2, 'linter', 'https://b.example')`,
  );
}

function baseOptions(
  migration: new () => unknown,
  extra: Partial<InPlaceMigrationOptions> = {},
): InPlaceMigrationOptions {
  return {
    oldVersion: '1.0.0',
    newVersion: '2.0.0',
    migrations: (version) =>
      version === '1.0.0'
        ? [CreateTool1700000000000]
        : [CreateTool1700000000000, migration as new () => MigrationInterface],
    seed,
    ...extra,
  };
}

/** Our SQLite throwaway folders are named vm_tmp_<seconds>_<pid>_...: count this process's. */
function ourTempFolders(): string[] {
  return readdirSync(tmpdir()).filter(
    (name) => name.startsWith('vm_tmp_') && name.includes(`_${process.pid}_`),
  );
}

describe('checkInPlaceMigration', function () {
  this.timeout(60_000);

  forEachDatabase((db) => {
    // The same checks on every enabled engine: each test's databases are made on db's server.
    const optionsWith: typeof baseOptions = (migration, extra = {}) =>
      baseOptions(migration, { url: db.url, ...extra });

    it('passes a reversible migration with the rename and the added column declared', async () => {
      // Arrange
      const options = optionsWith(SlugAndEndpoint1700000000001, {
        forward: { tool: { renamedColumns: { url: 'endpoint_url' }, addedColumns: ['slug'] } },
      });

      // Act
      const result = await checkInPlaceMigration(options);

      // Assert
      assert.deepEqual(
        {
          passed: result.passed,
          applied: result.applied,
          reverted: result.reverted,
          tables: result.tables,
          forward: result.forward,
          forwardTotal: result.forwardTotal,
          rollback: result.rollback,
          rollbackTotal: result.rollbackTotal,
        },
        {
          passed: true,
          applied: ['SlugAndEndpoint1700000000001'],
          reverted: ['SlugAndEndpoint1700000000001'],
          tables: ['tool'],
          forward: [],
          forwardTotal: 0,
          rollback: [],
          rollbackTotal: 0,
        },
      );
    });

    it('reports an undeclared rename after the forward migration', async () => {
      const result = await checkInPlaceMigration(
        optionsWith(SlugAndEndpoint1700000000001, {
          forward: { tool: { addedColumns: ['slug'] } },
        }),
      );

      assert.equal(result.passed, false);
      assert.deepEqual(
        result.forward.map((difference) => [difference.path, difference.kind, difference.message]),
        [
          [
            'tool[*].url',
            'missing',
            'after migrating to 2.0.0: column url of table tool is missing from the new database',
          ],
          [
            'tool[*].endpoint_url',
            'extra',
            'after migrating to 2.0.0: column endpoint_url of table tool is only in the new database',
          ],
        ],
      );
      assert.deepEqual(result.rollback, []);
    });

    it('checks transformed data through afterMigrate', async () => {
      const result = await checkInPlaceMigration(
        optionsWith(SlugAndEndpoint1700000000001, {
          forward: { tool: { renamedColumns: { url: 'endpoint_url' }, addedColumns: ['slug'] } },
          async afterMigrate(migrated) {
            const rows: Array<{ slug: string }> = await migrated.query(
              'SELECT slug FROM tool ORDER BY id',
            );
            // A deliberately wrong expectation, to see it reported.
            return rows[0]?.slug === 'Code-Search'
              ? []
              : [
                  {
                    path: 'tool[id=1].slug',
                    kind: 'changed',
                    old: 'Code-Search',
                    new: rows[0]?.slug,
                    message: `slug is ${rows[0]?.slug}`,
                  },
                ];
          },
        }),
      );

      assert.deepEqual(
        result.forward.map((difference) => difference.message),
        ['after migrating to 2.0.0: slug is code-search'],
      );
    });

    it('names the rows and columns a down did not restore', async () => {
      const result = await checkInPlaceMigration(
        optionsWith(LossyDown1700000000001, {
          forward: { tool: { renamedColumns: { url: 'endpoint_url' } } },
        }),
      );

      assert.equal(result.passed, false);
      assert.deepEqual(result.forward, []);
      assert.deepEqual(
        result.rollback.map((difference) => [
          difference.path,
          difference.kind,
          difference.old,
          difference.new,
        ]),
        [
          ['tool[id=1].url', 'changed', 'https://a.example', null],
          ['tool[id=2].url', 'changed', 'https://b.example', null],
        ],
      );
      assert.match(
        result.rollback[0]!.message,
        /^after rolling back to 1\.0\.0: row tool\[id=1\]: column url /,
      );
    });

    it('reports a migration without a down as such, and does not compare a rollback that did not happen', async () => {
      const result = await checkInPlaceMigration(optionsWith(NoDown1700000000001));

      assert.equal(result.passed, false);
      assert.equal(result.failedDown?.migration, 'NoDown1700000000001');
      assert.match(result.failedDown!.message, /^TypeError: .*down/);
      assert.deepEqual([result.reverted, result.rollback], [[], []]);
    });

    it('reports the table and column a do-nothing down left behind', async () => {
      const result = await checkInPlaceMigration(
        optionsWith(EmptyDown1700000000001, { forward: { tool: { addedColumns: ['note'] } } }),
      );

      assert.deepEqual(
        result.rollback.map((difference) => [difference.path, difference.kind]),
        [
          ['audit', 'extra'],
          ['tool[*].note', 'extra'],
        ],
      );
      assert.match(result.rollback[0]!.message, /table audit is still there/);
    });

    // Server databases are checked by the throwaway-database tests; here the files are ours to count.
    if (db.kind === 'sqlite')
      it('leaves no SQLite files behind, whether the check passes or fails', async () => {
        const before = ourTempFolders();

        await checkInPlaceMigration(optionsWith(LossyDown1700000000001));
        await checkInPlaceMigration(optionsWith(SlugAndEndpoint1700000000001));
        await assert.rejects(
          checkInPlaceMigration({
            ...optionsWith(SlugAndEndpoint1700000000001),
            seed: () => Promise.reject(new Error('seed broke')),
          }),
          /seed broke/,
        );

        assert.deepEqual(ourTempFolders(), before);
      });
  });
});

describe('verifyInPlaceMigration', function () {
  this.timeout(60_000);

  it('throws an AssertionError that lists the rows and carries the differences', async () => {
    const attempt = verifyInPlaceMigration(
      baseOptions(LossyDown1700000000001, {
        forward: { tool: { renamedColumns: { url: 'endpoint_url' } } },
      }),
    );

    await assert.rejects(attempt, (error: unknown) => {
      assert.ok(error instanceof AssertionError && error instanceof DifferencesError);
      assert.match(
        error.message,
        /^In-place migration 1\.0\.0 -> 2\.0\.0 and back: 2 differences\n/,
      );
      assert.match(error.message, /row tool\[id=1\]: column url/);
      assert.match(error.message, /row tool\[id=2\]: column url/);
      assert.equal(error.differences.length, 2);
      return true;
    });
  });

  it('counts every difference, also those a capped comparison did not keep', async () => {
    const attempt = verifyInPlaceMigration(
      baseOptions(LossyDown1700000000001, {
        forward: { tool: { renamedColumns: { url: 'endpoint_url' } } },
        rollback: { tool: { maxDifferences: 1 } },
      }),
    );

    await assert.rejects(attempt, (error: unknown) => {
      assert.ok(error instanceof DifferencesError);
      assert.equal(error.differences.length, 1);
      assert.equal(error.total, 2);
      assert.match(
        error.message,
        /^In-place migration 1\.0\.0 -> 2\.0\.0 and back: 2 differences \(the first 1 kept: raise maxDifferences to see more\)\n {2}- .*row tool\[id=1\]: column url .*\n {2}\.\.\. and 1 more$/,
      );
      return true;
    });
  });

  it('says which migration has no working down', async () => {
    await assert.rejects(
      verifyInPlaceMigration(baseOptions(NoDown1700000000001)),
      (error: unknown) => {
        assert.ok(error instanceof DifferencesError);
        assert.match(
          error.message,
          /migration NoDown1700000000001 has no working down\(\): TypeError/,
        );
        return true;
      },
    );
  });

  it('returns the result when the migration is reversible', async () => {
    const result = await verifyInPlaceMigration(
      baseOptions(SlugAndEndpoint1700000000001, {
        forward: { tool: { renamedColumns: { url: 'endpoint_url' }, addedColumns: ['slug'] } },
      }),
    );

    assert.equal(result.passed, true);
  });

  it('names the migration whose up failed, for the new version and for a version made from scratch', async () => {
    // Arrange
    const fromScratch = {
      ...baseOptions(BrokenUp1700000000001),
      // The old version itself cannot be made: its own last migration fails.
      migrations: () => [CreateTool1700000000000, BrokenUp1700000000001],
    };

    // Act and Assert
    await assert.rejects(
      verifyInPlaceMigration(baseOptions(BrokenUp1700000000001)),
      /migration BrokenUp1700000000001 failed: .*no_such_table/,
    );
    await assert.rejects(
      verifyInPlaceMigration(fromScratch),
      /Cannot make the schema of version 1\.0\.0 on .*: migration BrokenUp1700000000001 failed: .*no_such_table/,
    );
  });
});

describe("checkInPlaceMigration with the service's own DataSource (TypeORM 0.3 + sqlite3)", function () {
  this.timeout(120_000);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let TypeOrm03: any;
  before(async function () {
    const missing = installServiceFixtures();
    if (missing) skipOrFail(this, missing);
    const entry = createRequire(join(SERVICES_DIR, 'package.json')).resolve('typeorm');
    TypeOrm03 = await import(pathToFileURL(entry).href);
  });

  /** The service's factory: its own TypeORM 0.3 and sqlite3, the migrations of each version. */
  const factory =
    (newer: new () => MigrationInterface) => (database: ThrowawayDatabase, version: string) =>
      new TypeOrm03.DataSource({
        type: 'sqlite',
        database: (database.options as { database: string }).database,
        migrations:
          version === '1.0.0' ? [CreateTool1700000000000] : [CreateTool1700000000000, newer],
      });
  const seed = async (dataSource: DataSource) => {
    await dataSource.query(
      `INSERT INTO tool (id, name, url) VALUES (1, 'Hammer', 'http://a'), (2, 'Saw', 'http://b')`,
    );
  };

  it("runs the new migration on the service's stack and finds what its down() does not restore", async function () {
    const result = await checkInPlaceMigration({
      createDataSource: factory(LossyDown1700000000001),
      seed,
      forward: { tool: { renamedColumns: { url: 'endpoint_url' } } },
    });
    assert.deepEqual(result.applied, ['LossyDown1700000000001']);
    assert.deepEqual(result.reverted, ['LossyDown1700000000001']);
    assert.equal(result.forwardTotal, 0);
    assert.equal(result.rollbackTotal, 2, JSON.stringify(result.rollback));
    assert.ok(result.rollback.every((difference) => /column url/.test(difference.message)));
    assert.equal(result.passed, false);
  });

  it('passes a reversible migration', async function () {
    const result = await checkInPlaceMigration({
      createDataSource: factory(SlugAndEndpoint1700000000001),
      seed,
      forward: { tool: { renamedColumns: { url: 'endpoint_url' }, addedColumns: ['slug'] } },
    });
    assert.equal(result.passed, true, JSON.stringify([...result.forward, ...result.rollback]));
  });
});
