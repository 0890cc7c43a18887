/**
 * Services that still use TypeORM 0.3 with the `sqlite3` driver hand their own data sources to
 * `compareDatabases` and to `describeDatabaseMigration` (`createDataSource`). The fixture service
 * uses the service fixtures' shared install of its real dependencies (`installServiceFixtures`,
 * once); when that install is impossible the tests skip and say why (and fail in CI).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataSource, EntitySchema } from 'typeorm';
import { compareDatabases, compareDatabasesDetailed } from '../src/library/compare/databases.js';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { makeTempDir } from './support/paths.js';
import { skipOrFail } from './support/requirements.js';
import {
  installServiceFixtures,
  SERVICES_DIR,
  SERVICES_NODE_MODULES,
} from './support/service-fixtures.js';
import { recordsOf, runFixture } from './support/suite-fixture.js';

const SERVICE = join(SERVICES_DIR, 'typeorm03-service');

interface ServiceModule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createDataSource(file: string): any;
}

type ToolRow = { id: number; name: string; price: number; blob: Buffer | null };

const ROWS: ToolRow[] = [
  { id: 1, name: 'hammer', price: 9.99, blob: Buffer.from([1, 2, 3]) },
  { id: 2, name: 'saw', price: 0.1 + 0.2, blob: null },
  { id: 3, name: 'café', price: Math.PI, blob: Buffer.from('abc') },
];

/** TypeORM 1.x's view of the same table, for a comparison across TypeORM versions. */
const Tool1x = new EntitySchema<ToolRow>({
  name: 'Tool',
  tableName: 'tools',
  columns: {
    id: { type: 'integer', primary: true },
    name: { type: 'varchar', length: 100 },
    price: { type: 'real' },
    blob: { type: 'blob', nullable: true },
  },
});

describe('library database: compareDatabases with a TypeORM 0.3 + sqlite3 service', function () {
  let service: ServiceModule;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const opened: any[] = [];
  const throwaways: ThrowawayDatabase[] = [];

  /** An initialized data source made by the service's own TypeORM 0.3, with `rows` written. */
  async function serviceDataSource(rows: ToolRow[]) {
    const ds = service.createDataSource(join(makeTempDir('typeorm03'), 'service.sqlite'));
    await ds.initialize();
    opened.push(ds);
    await ds.getRepository('Tool').insert(rows);
    return ds;
  }

  before('install the service fixtures (npm ci, once)', async function () {
    this.timeout(600_000);
    const problem = installServiceFixtures();
    if (problem !== undefined)
      skipOrFail(this, `the TypeORM 0.3 service cannot be installed: ${problem}`);
    service = (await import(
      pathToFileURL(join(SERVICE, 'src', 'data-source.js')).href
    )) as ServiceModule;
  });

  after('close and remove everything', async function () {
    await Promise.all(opened.splice(0).map((ds) => ds.destroy()));
    await Promise.all(throwaways.splice(0).map((db) => db.drop()));
  });

  it('really is TypeORM 0.3 on the sqlite3 driver', async function () {
    // Arrange / Act
    const ds = await serviceDataSource([]);
    const version = JSON.parse(
      readFileSync(join(SERVICES_NODE_MODULES, 'typeorm', 'package.json'), 'utf8'),
    ).version as string;
    // Assert
    assert.match(version, /^0\.3\./);
    assert.equal(ds.options.type, 'sqlite');
    assert.equal(
      ds.driver.sqlite,
      (
        await import(
          pathToFileURL(join(SERVICES_NODE_MODULES, 'sqlite3', 'lib', 'sqlite3.js')).href
        )
      ).default,
    );
  });

  it('finds nothing between two identical service databases', async function () {
    // Arrange
    const oldDs = await serviceDataSource(ROWS);
    const newDs = await serviceDataSource(ROWS);
    // Act
    const byName = await compareDatabases(oldDs, newDs, 'Tool');
    const byTable = await compareDatabases(oldDs, newDs, 'tools');
    // Assert
    assert.deepEqual(byName, []);
    assert.deepEqual(byTable, []);
  });

  it('finds exactly the planted differences between two service databases', async function () {
    // Arrange: a cut name, a float through single precision, one byte changed, a dropped and an extra row.
    const oldDs = await serviceDataSource(ROWS);
    const newDs = await serviceDataSource([
      { id: 1, name: 'hamm', price: 9.99, blob: Buffer.from([1, 2, 4]) },
      { id: 3, name: 'café', price: Math.fround(Math.PI), blob: Buffer.from('abc') },
      { id: 4, name: 'drill', price: 1, blob: null },
    ]);
    // Act
    const differences = await compareDatabases(oldDs, newDs, 'Tool');
    // Assert
    assert.deepEqual(
      differences.map((d) => [d.kind, d.path]),
      [
        ['changed', 'tools[id=1].name'],
        ['changed', 'tools[id=1].blob'],
        ['missing', 'tools[id=2]'],
        ['changed', 'tools[id=3].price'],
        ['extra', 'tools[id=4]'],
      ],
    );
    assert.equal(
      differences[0].message,
      "row tools[id=1]: column name changed from 'hammer' to 'hamm' (cut off: 4 of 6 characters kept)",
    );
  });

  it('lets SQLite compare two service files (sqlite-attach), with what merge finds', async function () {
    // Arrange: the same planted differences as above, in two files of the service's own sqlite3 driver.
    const oldDs = await serviceDataSource(ROWS);
    const newDs = await serviceDataSource([
      { id: 1, name: 'hamm', price: 9.99, blob: Buffer.from([1, 2, 4]) },
      { id: 3, name: 'café', price: Math.fround(Math.PI), blob: Buffer.from('abc') },
      { id: 4, name: 'drill', price: 1, blob: null },
    ]);
    // Act
    const auto = await compareDatabasesDetailed(oldDs, newDs, 'Tool');
    const merged = await compareDatabasesDetailed(oldDs, newDs, 'Tool', { strategy: 'merge' });
    // Assert
    assert.equal(auto.strategy, 'sqlite-attach', auto.strategyReason);
    assert.equal(auto.total, 5);
    assert.deepEqual(auto.differences, merged.differences);
    assert.deepEqual(
      [auto.oldRows, auto.newRows, auto.rowsCompared],
      [merged.oldRows, merged.newRows, merged.rowsCompared],
    );
  });

  it('compares a TypeORM 0.3 sqlite3 database with a TypeORM 1.x better-sqlite3 one', async function () {
    // Arrange: the old version's data through the service's TypeORM 0.3, the new through ours.
    const oldDs = await serviceDataSource(ROWS);
    const db = await createThrowawayDatabase({ label: 'new' });
    throwaways.push(db);
    const newDs = new DataSource({ ...db.options, entities: [Tool1x], synchronize: true });
    await newDs.initialize();
    opened.push(newDs);
    await newDs
      .getRepository(Tool1x)
      .insert(ROWS.map((row) => (row.id === 2 ? { ...row, name: 'Saw' } : row)));
    // Act
    const differences = await compareDatabases(oldDs, newDs, 'Tool');
    // Assert
    assert.deepEqual(
      differences.map((d) => d.message),
      ["row tools[id=2]: column name changed from 'saw' to 'Saw'"],
    );
  });

  it("runs a describeDatabaseMigration suite on the service's own TypeORM 0.3 data sources", async function () {
    // Arrange: a suite whose data sources the service makes (sqlite3 driver), one passing test
    // and one that plants a lossy copy.
    const serviceModule = pathToFileURL(join(SERVICE, 'src', 'data-source.js')).href;
    const sqlite3 = pathToFileURL(join(SERVICES_NODE_MODULES, 'sqlite3', 'lib', 'sqlite3.js')).href;
    const source = `
import { createDataSource } from '${serviceModule}';
import sqlite3 from '${sqlite3}';
const made = [];
lib.describeDatabaseMigration(
  'tools @database',
  { createDataSource: (database) => { const ds = createDataSource(database.options.database); made.push(ds); return ds; } },
  (ctx) => {
    it('copies the tools', async () => {
      const rows = [{ id: 1, name: 'hammer', price: 9.99, blob: null }];
      await ctx.old.getRepository('Tool').insert(rows);
      await ctx.new.getRepository('Tool').insert(rows);
      record({
        kind: 'sides',
        types: [ctx.old.options.type, ctx.new.options.type],
        sqlite3: ctx.old.driver.sqlite === sqlite3 && ctx.new.driver.sqlite === sqlite3,
        initialized: [ctx.old.isInitialized, ctx.new.isInitialized],
        files: [ctx.oldDatabase.options.database, ctx.newDatabase.options.database],
      });
      await lib.expectSameDatabase(ctx.old, ctx.new, 'Tool');
    });
    it('catches a lossy copy', async () => {
      await ctx.old.getRepository('Tool').insert({ id: 1, name: 'hammer', price: 9.99, blob: null });
      await ctx.new.getRepository('Tool').insert({ id: 1, name: 'hamm', price: 9.99, blob: null });
      await lib.expectSameDatabase(ctx.old, ctx.new, 'Tool');
    });
  },
);
after(() => record({ kind: 'after', initialized: made.map((ds) => ds.isInitialized) }));
`;

    // Act
    const run = await runFixture(source);

    // Assert
    assert.equal(run.report.stats.tests, 2, run.stderr);
    assert.equal(run.report.stats.passes, 1, run.stderr);
    assert.deepEqual(
      run.report.failures.map((failure) => [failure.title, failure.err.message?.split('\n')]),
      [
        [
          'catches a lossy copy',
          [
            'Old and new Tool differ: 1 difference',
            "  - row tools[id=1]: column name changed from 'hammer' to 'hamm' (cut off: 4 of 6 characters kept)",
          ],
        ],
      ],
    );
    const [sides] = recordsOf(run, 'sides') as Array<{
      types: string[];
      sqlite3: boolean;
      initialized: boolean[];
      files: string[];
    }>;
    assert.deepEqual(
      { types: sides.types, sqlite3: sides.sqlite3, initialized: sides.initialized },
      { types: ['sqlite', 'sqlite'], sqlite3: true, initialized: [true, true] },
    );
    const [after] = recordsOf(run, 'after') as Array<{ initialized: boolean[] }>;
    assert.deepEqual(after.initialized, [false, false, false, false], 'every DataSource destroyed');
    for (const file of sides.files) assert.equal(existsSync(file), false, `${file} is removed`);
  });
});
