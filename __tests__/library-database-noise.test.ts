/**
 * Noise learned from a second run of the old version (`noiseFrom`, `learnNoise`): real databases
 * (SQLite files, and the servers when their URLs are set), and a real child mocha for the suite.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntitySchema } from 'typeorm';
import { compareDatabases, compareDatabasesDetailed } from '../src/library/compare/databases.js';
import { DifferencesError, expectSameDatabase } from '../src/library/assert.js';
import { openAdminConnection, parseServerUrl } from '../src/library/database/admin.js';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { forEachDatabase } from './support/databases.js';
import { recordsOf, runFixture } from './support/suite-fixture.js';

interface Order {
  id: number;
  item: string;
  qty: number;
  created_at: string;
  token: string;
}

/** Orders as a service stores them: a creation time and a random token written by the service. */
const OrderSchema = new EntitySchema<Order>({
  name: 'Order',
  tableName: 'orders',
  columns: {
    id: { type: 'int', primary: true },
    item: { type: 'varchar', length: 50 },
    qty: { type: 'int' },
    created_at: { type: 'varchar', length: 40 },
    token: { type: 'varchar', length: 40 },
  },
});

const ITEMS = [
  { id: 1, item: 'hammer', qty: 2 },
  { id: 2, item: 'saw', qty: 1 },
  { id: 3, item: 'wrench', qty: 5 },
];

/**
 * One run of a version's code: the same orders, each stamped with the time it was written and a
 * fresh uuid, as the service does. `change` plants a behaviour change on the rows it returns.
 */
async function placeOrders(
  ds: DataSource,
  items = ITEMS,
  change: (order: Order) => Order = (order) => order,
): Promise<void> {
  for (const item of items) {
    const order = { ...item, created_at: new Date().toISOString(), token: randomUUID() };
    await ds.getRepository(OrderSchema).insert(change(order));
  }
  // The next run starts in a later millisecond, as a second run of a service does.
  await sleep(3);
}

describe('library database: noise learned from a second old run (noiseFrom)', function () {
  forEachDatabase((db) => {
    const databases: ThrowawayDatabase[] = [];
    const sources: DataSource[] = [];
    let oldDs: DataSource;
    let twinDs: DataSource;
    let newDs: DataSource;

    before('create the old, the second old and the new database', async function () {
      for (const label of ['h14n_old', 'h14n_twin', 'h14n_new']) {
        const database = await createThrowawayDatabase({ url: db.url, label });
        databases.push(database);
        const ds = new DataSource({
          ...database.options,
          entities: [OrderSchema],
          synchronize: true,
        });
        await ds.initialize();
        sources.push(ds);
      }
      [oldDs, twinDs, newDs] = sources;
    });

    after('drop all three', async function () {
      await Promise.all(sources.map((ds) => ds.destroy()));
      await Promise.all(databases.map((database) => database.drop()));
    });

    beforeEach('empty the three tables', async function () {
      for (const ds of sources) await ds.getRepository(OrderSchema).clear();
    });

    it('without noiseFrom, two runs of the same code differ in created_at and token', async function () {
      // Arrange
      await placeOrders(oldDs);
      await placeOrders(newDs);
      // Act
      const differences = await compareDatabases(oldDs, newDs, OrderSchema);
      // Assert: every row differs in both stamped columns, and in nothing else.
      assert.deepEqual(
        differences.map((d) => d.path),
        [1, 2, 3].flatMap((id) => [`orders[id=${id}].created_at`, `orders[id=${id}].token`]),
      );
    });

    it('with noiseFrom, identical old and new pass and the learned columns are named', async function () {
      // Arrange
      for (const ds of [oldDs, twinDs, newDs]) await placeOrders(ds);
      // Act
      const result = await compareDatabasesDetailed(oldDs, newDs, OrderSchema, {
        noiseFrom: twinDs,
        maxDifferences: 1,
      });
      // Assert
      assert.deepEqual(result.differences, []);
      assert.equal(result.total, 0);
      assert.equal(result.rowsCompared, 3);
      assert.deepEqual(result.columns, [
        ['item', 'item'],
        ['qty', 'qty'],
      ]);
      assert.equal(result.noise?.rowsCompared, 3);
      assert.equal(result.noise?.problems, 0);
      assert.deepEqual(
        result.noise?.columns.map((c) => [c.column, c.rows, c.examples.length]),
        [
          // Counted in every row, also past maxDifferences.
          ['created_at', 3, 2],
          ['token', 3, 2],
        ],
      );
      assert.equal(result.noise?.columns[1]?.examples[0]?.path, 'orders[id=1].token');
      await expectSameDatabase(oldDs, newDs, OrderSchema, { noiseFrom: twinDs });
    });

    it('still fails on a change in a column that does not differ between the two old runs, naming the noise', async function () {
      // Arrange: the new version doubles the quantity of saws.
      await placeOrders(oldDs);
      await placeOrders(twinDs);
      await placeOrders(newDs, ITEMS, (o) => (o.id === 2 ? { ...o, qty: o.qty * 2 } : o));
      // Act
      const failure = await expectSameDatabase(oldDs, newDs, OrderSchema, {
        noiseFrom: twinDs,
      }).then(
        () => undefined,
        (error: unknown) => error,
      );
      // Assert
      assert.ok(failure instanceof DifferencesError, String(failure));
      assert.deepEqual(
        failure.differences.map((d) => [d.path, d.old, d.new]),
        [['orders[id=2].qty', 1, 2]],
      );
      assert.match(
        failure.message,
        /not compared, noise learned from a second old run: created_at in 3 of 3 rows, e\.g\. row orders\[id=1\]: column created_at changed from '[^']+' to '[^']+'.*; token in 3 of 3 rows/,
      );
    });

    it('hides a change in a learned column, by design', async function () {
      // Arrange: the new version writes a constant token, a change the noise covers.
      await placeOrders(oldDs);
      await placeOrders(twinDs);
      await placeOrders(newDs, ITEMS, (o) => ({ ...o, token: 'constant' }));
      // Act
      const result = await compareDatabasesDetailed(oldDs, newDs, OrderSchema, {
        noiseFrom: twinDs,
      });
      // Assert
      assert.deepEqual(result.differences, []);
      assert.deepEqual(
        result.noise?.columns.map((c) => c.column),
        ['created_at', 'token'],
      );
    });

    it('reports rows one old run has and the other lacks instead of learning from them', async function () {
      // Arrange: the old version is not deterministic about which rows it writes.
      await placeOrders(oldDs, ITEMS.slice(0, 2));
      await placeOrders(twinDs, [ITEMS[1], ITEMS[2]]);
      await placeOrders(newDs, ITEMS.slice(0, 2));
      // Act
      const result = await compareDatabasesDetailed(oldDs, newDs, OrderSchema, {
        noiseFrom: twinDs,
      });
      // Assert
      assert.deepEqual(
        result.differences.map((d) => [d.path, d.kind]),
        [
          ['noiseFrom:orders[id=1]', 'missing'],
          ['noiseFrom:orders[id=3]', 'extra'],
        ],
      );
      assert.equal(result.total, 2);
      assert.match(
        result.differences[1]!.message,
        /the second old run \(noiseFrom\) has row orders\[id=3\] and the old run does not: the old version does not write the same rows on each run/,
      );
      assert.equal(result.noise?.problems, 2);
      // The one row both old runs wrote still teaches the noise.
      assert.deepEqual(
        result.noise?.columns.map((c) => [c.column, c.rows]),
        [
          ['created_at', 1],
          ['token', 1],
        ],
      );
      await assert.rejects(
        expectSameDatabase(oldDs, newDs, OrderSchema, { noiseFrom: twinDs }),
        DifferencesError,
      );
    });

    it('still reports a learned column that the new version dropped', async function () {
      // Arrange
      for (const ds of [oldDs, twinDs, newDs]) await placeOrders(ds);
      await newDs.query('ALTER TABLE orders DROP COLUMN token');
      try {
        // Act
        const differences = await compareDatabases(oldDs, newDs, OrderSchema, {
          noiseFrom: twinDs,
        });
        // Assert
        assert.deepEqual(
          differences.map((d) => [d.path, d.kind]),
          [['orders[*].token', 'missing']],
        );
      } finally {
        // The column comes back NOT NULL: only on an empty table.
        await newDs.query('DELETE FROM orders');
        await newDs.synchronize();
      }
    });

    it('learns with the options of a migration that renamed a learned column and added one', async function () {
      // Arrange: the new version renames token to ref and adds note.
      for (const ds of [oldDs, twinDs, newDs]) await placeOrders(ds);
      await newDs.query('ALTER TABLE orders RENAME COLUMN token TO ref');
      await newDs.query('ALTER TABLE orders ADD COLUMN note VARCHAR(10)');
      try {
        // Act: options name new columns the two old runs do not have.
        const result = await compareDatabasesDetailed(oldDs, newDs, OrderSchema, {
          noiseFrom: twinDs,
          renamedColumns: { token: 'ref' },
          ignoreColumns: ['note'],
        });
        // Assert
        assert.deepEqual(result.differences, []);
        assert.deepEqual(
          result.noise?.columns.map((c) => c.column),
          ['created_at', 'token'],
        );
      } finally {
        await newDs.query('DELETE FROM orders');
        await newDs.query('ALTER TABLE orders DROP COLUMN note');
        await newDs.query('ALTER TABLE orders RENAME COLUMN ref TO token');
      }
    });

    it('still reports a table only the new version has (nothing to learn from the old runs)', async function () {
      // Arrange
      await newDs.query('CREATE TABLE h14n_added (id INT PRIMARY KEY)');
      try {
        // Act
        const differences = await compareDatabases(oldDs, newDs, 'h14n_added', {
          noiseFrom: twinDs,
        });
        // Assert
        assert.deepEqual(
          differences.map((d) => [d.path, d.kind]),
          [['h14n_added', 'extra']],
        );
      } finally {
        await newDs.query('DROP TABLE h14n_added');
      }
    });

    it('refuses a noiseFrom that is not a second data source', async function () {
      await assert.rejects(
        compareDatabases(oldDs, newDs, OrderSchema, { noiseFrom: oldDs }),
        /noiseFrom is the old data source itself; give a second run of the old version on its own database/,
      );
      await assert.rejects(
        compareDatabases(oldDs, newDs, OrderSchema, {
          noiseFrom: 'postgres://app:hunter2@db/twin' as unknown as DataSource,
        }),
        (error: Error) =>
          /noiseFrom must be the TypeORM DataSource of a second run of the old version, got a string\./.test(
            error.message,
          ) && !error.message.includes('hunter2'),
      );
    });
  });
});

describe('describeDatabaseMigration with learnNoise in a real mocha', function () {
  this.timeout(120_000);

  it('makes ctx.oldTwin as ctx.old, learns the noise through it, and drops it after a failing test', async () => {
    // Arrange: version 2.0.0 adds a column; old, twin and new each stamp their rows.
    const source = `
import { randomUUID } from 'node:crypto';
import { EntitySchema } from 'typeorm';
const columns = { id: { type: 'integer', primary: true }, qty: { type: 'integer' }, created_at: { type: 'varchar' }, token: { type: 'varchar' } };
const V1 = new EntitySchema({ name: 'Order', tableName: 'orders', columns });
const V2 = new EntitySchema({ name: 'Order', tableName: 'orders', columns: { ...columns, note: { type: 'varchar', nullable: true } } });
const place = async (ds, qty) => {
  for (const id of [1, 2]) await ds.getRepository('Order').insert({ id, qty: id === 2 ? qty : 1, created_at: new Date().toISOString(), token: randomUUID() });
};
const sources = [];
after(() => record({ kind: 'after', initialized: sources.map((ds) => ds.isInitialized) }));
lib.describeDatabaseMigration('orders', { entities: (v) => (v === '1.0.0' ? [V1] : [V2]), learnNoise: true }, (ctx) => {
  const seen = async () => {
    sources.push(ctx.old, ctx.oldTwin, ctx.new);
    const names = async (ds) => (await ds.query('PRAGMA table_info(orders)')).map((c) => c.name);
    record({ kind: 'test', files: [ctx.oldDatabase.name, ctx.oldTwinDatabase.name, ctx.newDatabase.name], twin: await names(ctx.oldTwin), old: await names(ctx.old), new: await names(ctx.new) });
  };
  it('same orders', async () => {
    await seen();
    for (const ds of [ctx.old, ctx.oldTwin, ctx.new]) await place(ds, 3);
    await lib.expectSameDatabase(ctx.old, ctx.new, 'orders', { noiseFrom: ctx.oldTwin, ignoreColumns: ['note'] });
  });
  it('changed quantity', async () => {
    await seen();
    await place(ctx.old, 3);
    await place(ctx.oldTwin, 3);
    await place(ctx.new, 4);
    await lib.expectSameDatabase(ctx.old, ctx.new, 'orders', { noiseFrom: ctx.oldTwin, ignoreColumns: ['note'] });
  });
});
lib.describeDatabaseMigration('no twin', { entities: [V1] }, (ctx) => {
  it('has no oldTwin', () => {
    assert.throws(() => ctx.oldTwin, /ctx\\.oldTwin exists only with learnNoise: true in the options of describeDatabaseMigration\\('no twin'\\)/);
  });
});`;

    // Act
    const run = await runFixture(source);

    // Assert
    assert.deepEqual(
      [run.report.stats.passes, run.report.stats.failures],
      [2, 1],
      JSON.stringify(run.report.failures) + run.stderr,
    );
    const failure = run.report.failures[0]!;
    assert.equal(failure.title, 'changed quantity');
    assert.match(failure.err.message ?? '', /Old and new orders differ: 1 difference/);
    assert.match(
      failure.err.message ?? '',
      /not compared, noise learned from a second old run: created_at in 2 of 2 rows.*; token in 2 of 2 rows/,
    );
    assert.match(failure.err.message ?? '', /row orders\[id=2\]: column qty changed from 3 to 4/);
    const tests = recordsOf(run, 'test');
    assert.equal(tests.length, 2);
    for (const test of tests) {
      assert.deepEqual(test.twin, test.old, 'the twin has the old schema');
      assert.deepEqual(test.new, ['id', 'qty', 'created_at', 'token', 'note']);
    }
    const files = tests.flatMap((test) => test.files as string[]);
    assert.equal(new Set(files).size, 6, 'six distinct SQLite files');
    for (const file of files) assert.equal(existsSync(file), false, `${file} was removed`);
    assert.deepEqual(recordsOf(run, 'after')[0]?.initialized, Array(6).fill(false));
  });

  const postgresUrl = process.env.VERIFY_MIGRATION_POSTGRES_URL?.trim();
  (postgresUrl ? it : it.skip)(
    `on PostgreSQL, drops the twin's database with the others after a failing test${postgresUrl ? '' : ' (skipped: set VERIFY_MIGRATION_POSTGRES_URL)'}`,
    async () => {
      // Arrange
      const source = `
import { EntitySchema } from 'typeorm';
const Order = new EntitySchema({ name: 'Order', tableName: 'orders', columns: { id: { type: 'int', primary: true }, stamp: { type: 'varchar' } } });
lib.describeDatabaseMigration('orders', { entities: [Order], learnNoise: true }, (ctx) => {
  it('fails after writing', async () => {
    for (const ds of [ctx.old, ctx.oldTwin, ctx.new]) await ds.getRepository('Order').insert({ id: 1, stamp: String(Math.random()) });
    const result = await lib.compareDatabasesDetailed(ctx.old, ctx.new, 'orders', { noiseFrom: ctx.oldTwin });
    record({ kind: 'names', names: [ctx.oldDatabase.name, ctx.oldTwinDatabase.name, ctx.newDatabase.name], noise: result.noise.columns.map((c) => c.column), differences: result.total });
    assert.fail('deliberate failure');
  });
});`;

      // Act
      const run = await runFixture(source, { VERIFY_MIGRATION_DATABASE_URL: postgresUrl! });

      // Assert
      assert.equal(run.report.stats.failures, 1, run.stderr);
      assert.equal(run.report.failures[0]?.err.message, 'deliberate failure');
      const seen = recordsOf(run, 'names')[0]!;
      assert.deepEqual([seen.noise, seen.differences], [['stamp'], 0]);
      const names = seen.names as string[];
      assert.equal(new Set(names).size, 3);
      const admin = await openAdminConnection(parseServerUrl(postgresUrl!));
      try {
        const rows = await admin.query('SELECT datname AS name FROM pg_database');
        const left = rows.map((row) => String(row.name)).filter((name) => names.includes(name));
        assert.deepEqual(left, [], 'every database of the test was dropped');
      } finally {
        await admin.close();
      }
    },
  );
});
