/**
 * The schema snapshot and diff that the migrations check stands on: `readSchema` over real SQLite,
 * PostgreSQL and MariaDB databases (hand-written DDL and the DDL TypeORM 1.x itself writes), and
 * `diffSchemas` finding each kind of change, including what a faulty `down()` leaves behind, while a
 * table rebuild and its reverse leave no drift at all.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DataSource,
  Table,
  TableForeignKey,
  TableIndex,
  TableColumn,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { sqlConnectionOf } from '../src/library/schema/connection.js';
import { diffSchemas, narrowing } from '../src/library/schema/diff.js';
import { familyOfType, readSchema } from '../src/library/schema/read.js';
import type {
  ColumnSchema,
  Dialect,
  SchemaChange,
  SchemaChangeKind,
  SchemaSnapshot,
  SqlConnection,
  TableSchema,
} from '../src/library/schema/types.js';
import { forEachDatabase } from './support/databases.js';
import { makeTempDir } from './support/paths.js';
import { skipOrFail } from './support/requirements.js';
import { installServiceFixtures, SERVICES_DIR } from './support/service-fixtures.js';

const TYPEORM_TABLES = ['migrations', 'typeorm_metadata'];

/** A column with the usual fields filled: NULL-able, no default, not generated. */
function column(
  fields: Partial<ColumnSchema> & Pick<ColumnSchema, 'name' | 'type' | 'family'>,
): ColumnSchema {
  return { nullable: true, default: null, generated: null, ...fields };
}

function tableOf(snapshot: SchemaSnapshot, name: string): TableSchema {
  const table = snapshot.tables.find((candidate) => candidate.name === name);
  assert.ok(
    table,
    `table ${name} missing from the snapshot (has ${snapshot.tables.map((t) => t.name).join(', ')})`,
  );
  return table;
}

function columnOf(table: TableSchema, name: string): ColumnSchema {
  const found = table.columns.find((candidate) => candidate.name === name);
  assert.ok(
    found,
    `column ${table.name}.${name} missing (has ${table.columns.map((c) => c.name).join(', ')})`,
  );
  return found;
}

function messages(changes: SchemaChange[]): string[] {
  return changes.map((change) => change.message);
}

// -----------------------------------------------------------------------------------------------
// The shop: tables made by TypeORM's own createTable, with every kind of part it writes.

function shopOwner(dialect: Dialect): Table {
  return new Table({
    name: 'shop_owner',
    columns: [
      {
        name: 'id',
        type: 'integer',
        isPrimary: true,
        isGenerated: true,
        generationStrategy: 'increment',
      },
      { name: 'name', type: 'varchar', length: '100' },
      {
        name: 'status',
        type: dialect === 'sqlite' ? 'simple-enum' : 'enum',
        enum: ['active', 'closed'],
        default: "'active'",
      },
    ],
  });
}

function shopItem(dialect: Dialect): Table {
  return new Table({
    name: 'shop_item',
    columns: [
      {
        name: 'id',
        type: 'integer',
        isPrimary: true,
        isGenerated: true,
        generationStrategy: 'increment',
      },
      { name: 'owner_id', type: 'integer' },
      { name: 'sku', type: 'varchar', length: '32' },
      { name: 'price', type: 'decimal', precision: 10, scale: 2, isNullable: true },
      {
        name: 'created',
        type: dialect === 'postgres' ? 'timestamp' : 'datetime',
        default: 'CURRENT_TIMESTAMP',
      },
    ],
    indices: [{ name: 'IDX_item_sku_price', columnNames: ['sku', 'price'] }],
    uniques: [{ name: 'UQ_item_owner_sku', columnNames: ['owner_id', 'sku'] }],
    foreignKeys: [
      {
        name: 'FK_item_owner',
        columnNames: ['owner_id'],
        referencedTableName: 'shop_owner',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
        onUpdate: 'NO ACTION',
      },
    ],
    // TypeORM writes no CHECK on MySQL ("MySql does not support check constraints").
    checks: dialect === 'mysql' ? [] : [{ name: 'CHK_item_price', expression: '"price" >= 0' }],
  });
}

/** The migration that makes the shop, through TypeORM's own createTable. */
function createShopMigration(dialect: Dialect) {
  return class CreateShop1700000000001 implements MigrationInterface {
    async up(runner: QueryRunner): Promise<void> {
      await runner.createTable(shopOwner(dialect));
      await runner.createTable(shopItem(dialect));
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.dropTable('shop_item');
      await runner.dropTable('shop_owner');
    }
  };
}

/** SQL that sets a column's type in place (TypeORM's changeColumn drops and re-adds it on servers). */
function setTypeSql(dialect: Dialect, table: string, name: string, type: string): string {
  if (dialect === 'postgres') return `ALTER TABLE "${table}" ALTER COLUMN "${name}" TYPE ${type}`;
  return `ALTER TABLE \`${table}\` MODIFY \`${name}\` ${type} NOT NULL`;
}

/**
 * Widens shop_item.sku, drops the sku/price index and turns the owner key's ON DELETE CASCADE into
 * SET NULL. Its `down` is complete, or leaves the three things named in `faults` undone (the
 * foreign key then comes back as NO ACTION instead of CASCADE).
 */
function reshapeMigration(dialect: Dialect, faults: boolean) {
  const fk = (onDelete: string) =>
    new TableForeignKey({
      name: 'FK_item_owner',
      columnNames: ['owner_id'],
      referencedTableName: 'shop_owner',
      referencedColumnNames: ['id'],
      onDelete,
      onUpdate: 'NO ACTION',
    });
  const setSku = async (runner: QueryRunner, to: number) => {
    if (dialect === 'sqlite') {
      await runner.changeColumn(
        'shop_item',
        'sku',
        new TableColumn({ name: 'sku', type: 'varchar', length: String(to) }),
      );
    } else {
      await runner.query(setTypeSql(dialect, 'shop_item', 'sku', `varchar(${to})`));
    }
  };
  const setOwnerNullable = async (runner: QueryRunner, nullable: boolean) => {
    if (dialect === 'sqlite') {
      await runner.changeColumn(
        'shop_item',
        'owner_id',
        new TableColumn({ name: 'owner_id', type: 'integer', isNullable: nullable }),
      );
    } else if (dialect === 'postgres') {
      await runner.query(
        `ALTER TABLE "shop_item" ALTER COLUMN "owner_id" ${nullable ? 'DROP' : 'SET'} NOT NULL`,
      );
    } else {
      await runner.query(
        `ALTER TABLE \`shop_item\` MODIFY \`owner_id\` int ${nullable ? 'NULL' : 'NOT NULL'}`,
      );
    }
  };
  return class ReshapeShop1700000000002 implements MigrationInterface {
    async up(runner: QueryRunner): Promise<void> {
      await setSku(runner, 64);
      await runner.dropIndex('shop_item', 'IDX_item_sku_price');
      await runner.dropForeignKey('shop_item', 'FK_item_owner');
      await setOwnerNullable(runner, true);
      await runner.createForeignKey('shop_item', fk('SET NULL'));
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.dropForeignKey('shop_item', 'FK_item_owner');
      await setOwnerNullable(runner, false);
      await runner.createForeignKey('shop_item', fk(faults ? 'NO ACTION' : 'CASCADE'));
      if (faults) return;
      await runner.createIndex(
        'shop_item',
        new TableIndex({ name: 'IDX_item_sku_price', columnNames: ['sku', 'price'] }),
      );
      await setSku(runner, 32);
    }
  };
}

// -----------------------------------------------------------------------------------------------

describe('library schema: readSchema and diffSchemas on real databases', function () {
  forEachDatabase((db) => {
    let database: ThrowawayDatabase;
    let dataSource: DataSource | undefined;
    let connection: SqlConnection;
    let dialect: Dialect;

    /** An initialised data source on the throwaway database, with these migrations. */
    async function open(migrations: (new () => MigrationInterface)[] = []): Promise<DataSource> {
      if (dataSource?.isInitialized) await dataSource.destroy();
      dataSource = new DataSource({ ...database.options, migrations, logging: false });
      await dataSource.initialize();
      connection = sqlConnectionOf(dataSource);
      return dataSource;
    }

    const read = () => readSchema(connection, { excludeTables: TYPEORM_TABLES });

    beforeEach(async function () {
      database = await createThrowawayDatabase({ url: db.url, label: 'schema' });
      dialect = db.kind;
      await open();
    });

    afterEach(async function () {
      if (dataSource?.isInitialized) await dataSource.destroy();
      dataSource = undefined;
      await database.drop();
    });

    it('sqlConnectionOf takes the dialect from a DataSource and from a QueryRunner', async function () {
      // Arrange
      const runner = dataSource!.createQueryRunner();
      await runner.connect();
      try {
        // Act
        const fromDataSource = sqlConnectionOf(dataSource!);
        const fromRunner = sqlConnectionOf(runner);
        const rows = await fromRunner.query('SELECT 1 AS one');

        // Assert
        assert.equal(fromDataSource.dialect, db.kind);
        assert.equal(fromRunner.dialect, db.kind);
        assert.equal(Number(rows[0].one), 1, 'the QueryRunner connection does not run SQL');
      } finally {
        await runner.release();
      }
    });

    it('reads tables made by hand-written DDL, field by field', async function () {
      // Arrange
      for (const sql of HAND_DDL[dialect]) await connection.query(sql);

      // Act
      const snapshot = await read();

      // Assert
      const expected = HAND_EXPECTED[dialect];
      assert.equal(snapshot.dialect, dialect);
      assert.deepEqual(
        snapshot.tables.map((table) => table.name),
        ['legacy', 'posts', 'users'],
        'tables (sorted by name)',
      );
      for (const table of snapshot.tables) {
        const want = expected.tables.find((candidate) => candidate.name === table.name)!;
        for (const [i, got] of table.columns.entries()) {
          assert.deepStrictEqual(got, want.columns[i], `column ${table.name}.${got.name}`);
        }
        assert.equal(table.columns.length, want.columns.length, `${table.name}: column count`);
        for (const part of ['primaryKey', 'uniques', 'indexes', 'foreignKeys', 'checks'] as const) {
          assert.deepStrictEqual(table[part], want[part], `${table.name}.${part}`);
        }
      }
      assert.deepStrictEqual(snapshot.views, expected.views, 'views');
      assert.deepStrictEqual(snapshot.enums, expected.enums, 'enum types');
    });

    it('reads the tables a TypeORM createTable migration makes: columns, indices, uniques, foreign keys, checks', async function () {
      // Arrange
      const ds = await open([createShopMigration(dialect)]);
      await ds.runMigrations();

      // Act
      const snapshot = await read();
      const everything = await readSchema(connection);

      // Assert
      assert.deepEqual(
        snapshot.tables.map((table) => table.name),
        ['shop_item', 'shop_owner'],
        'excludeTables leaves out TypeORM migrations table',
      );
      assert.ok(
        everything.tables.some((table) => table.name === 'migrations'),
        'without excludeTables, the migrations table is read',
      );
      const owner = tableOf(snapshot, 'shop_owner');
      const item = tableOf(snapshot, 'shop_item');
      assert.deepStrictEqual(owner.primaryKey, ['id'], 'shop_owner primary key');
      assert.deepStrictEqual(item.primaryKey, ['id'], 'shop_item primary key');

      const id = columnOf(owner, 'id');
      assert.equal(id.family, 'integer', 'shop_owner.id family');
      assert.equal(id.generated, 'identity', 'shop_owner.id is filled by the database');
      assert.equal(id.nullable, false, 'shop_owner.id NOT NULL');

      const status = columnOf(owner, 'status');
      assert.equal(status.family, 'enum', 'shop_owner.status family');
      assert.deepStrictEqual(status.enumValues, ['active', 'closed'], 'shop_owner.status values');
      assert.equal(status.nullable, false, 'shop_owner.status NOT NULL');
      assert.equal(
        status.default,
        { sqlite: "'active'", postgres: "'active'::shop_owner_status_enum", mysql: "'active'" }[
          dialect
        ],
        'shop_owner.status default',
      );
      assert.deepStrictEqual(
        snapshot.enums,
        dialect === 'postgres'
          ? [{ name: 'shop_owner_status_enum', values: ['active', 'closed'] }]
          : [],
        'enum types',
      );

      assert.deepStrictEqual(
        columnOf(owner, 'name'),
        column({
          name: 'name',
          type: dialect === 'postgres' ? 'character varying(100)' : 'varchar(100)',
          family: 'text',
          length: 100,
          nullable: false,
        }),
        'shop_owner.name',
      );
      const price = columnOf(item, 'price');
      assert.equal(price.family, 'decimal', 'shop_item.price family');
      assert.equal(price.precision, 10, 'shop_item.price precision');
      assert.equal(price.scale, 2, 'shop_item.price scale');
      assert.equal(price.nullable, true, 'shop_item.price NULL');
      const created = columnOf(item, 'created');
      assert.equal(created.family, 'timestamp', 'shop_item.created family');
      assert.match(
        created.default ?? '',
        /current_timestamp|now\(\)/i,
        'shop_item.created default',
      );

      assert.deepStrictEqual(
        item.uniques,
        [{ name: 'UQ_item_owner_sku', columns: ['owner_id', 'sku'] }],
        'shop_item uniques',
      );
      assert.deepStrictEqual(
        item.indexes,
        [{ name: 'IDX_item_sku_price', columns: ['sku', 'price'], unique: false }],
        'shop_item indexes',
      );
      assert.deepStrictEqual(
        item.foreignKeys,
        [
          {
            name: dialect === 'sqlite' ? 'shop_item_owner_id_fkey' : 'FK_item_owner',
            columns: ['owner_id'],
            referencedTable: 'shop_owner',
            referencedColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
        'shop_item foreign keys',
      );
      assert.deepStrictEqual(
        item.checks,
        {
          sqlite: [{ name: 'CHK_item_price', expression: '"price" >= 0' }],
          postgres: [{ name: 'CHK_item_price', expression: 'price >= 0::numeric' }],
          mysql: [],
        }[dialect],
        'shop_item checks',
      );
    });

    it('reads the same schema twice as deeply equal snapshots', async function () {
      // Arrange
      for (const sql of HAND_DDL[dialect]) await connection.query(sql);

      // Act
      const first = await read();
      const second = await read();

      // Assert
      assert.deepStrictEqual(second, first);
      assert.deepEqual(diffSchemas(first, second), [], 'diff of a schema with itself');
    });

    it('finds each kind of change that real DDL makes, in a fixed order', async function () {
      // Arrange
      for (const sql of HAND_DDL[dialect]) await connection.query(sql);
      const before = await read();
      for (const sql of CHANGE_DDL[dialect]) await connection.query(sql);

      // Act
      const after = await read();
      const changes = diffSchemas(before, after);

      // Assert
      assert.deepEqual(messages(changes), CHANGE_MESSAGES[dialect]);
      const type = changes.find((change) => change.kind === 'column-type-changed')!;
      assert.equal(type.table, 'users', 'the type change names its table');
      assert.equal(type.name, 'email', 'the type change names its column');
      assert.equal((type.before as ColumnSchema).length, 255, 'before holds the old column');
      assert.equal((type.after as ColumnSchema).length, 100, 'after holds the new column');
      assert.deepEqual(
        diffSchemas(after, before).length,
        changes.length,
        'the reverse diff is as long',
      );
    });

    it('finds what a faulty down() leaves: a type changed, an index not restored, a foreign key action changed', async function () {
      // Arrange
      await (await open([createShopMigration(dialect)])).runMigrations();
      const beforeUp = await read();
      const ds = await open([createShopMigration(dialect), reshapeMigration(dialect, true)]);
      await ds.runMigrations({ transaction: 'each' });
      await ds.undoLastMigration({ transaction: 'each' });

      // Act
      const changes = diffSchemas(beforeUp, await read());

      // Assert
      const fkName = dialect === 'sqlite' ? 'shop_item_owner_id_fkey' : 'FK_item_owner';
      const sku = dialect === 'postgres' ? 'character varying' : 'varchar';
      assert.deepEqual(messages(changes), [
        `column shop_item.sku: type ${sku}(32) -> ${sku}(64)`,
        'index shop_item.IDX_item_sku_price: dropped (sku, price)',
        `foreign key shop_item.${fkName}: on delete CASCADE -> NO ACTION`,
      ]);
      assert.deepEqual(
        changes.map((change) => change.kind),
        ['column-type-changed', 'index-dropped', 'foreign-key-changed'],
      );
    });

    it("finds no drift after a complete down(), and the up's own changes before it", async function () {
      // Arrange
      await (await open([createShopMigration(dialect)])).runMigrations();
      const beforeUp = await read();
      const ds = await open([createShopMigration(dialect), reshapeMigration(dialect, false)]);
      await ds.runMigrations({ transaction: 'each' });
      const afterUp = await read();
      await ds.undoLastMigration({ transaction: 'each' });

      // Act
      const forward = diffSchemas(beforeUp, afterUp);
      const rollback = diffSchemas(beforeUp, await read());

      // Assert
      assert.deepEqual(messages(rollback), [], 'drift after up and down');
      const fkName = dialect === 'sqlite' ? 'shop_item_owner_id_fkey' : 'FK_item_owner';
      assert.deepEqual(
        forward.map((change) => `${change.kind} ${change.table}.${change.name}`),
        [
          'column-nullability-changed shop_item.owner_id',
          'column-type-changed shop_item.sku',
          'index-dropped shop_item.IDX_item_sku_price',
          `foreign-key-changed shop_item.${fkName}`,
        ],
        `forward: ${messages(forward).join('; ')}`,
      );
    });

    it('reads 40 tables with keys, indexes and checks in well under a second', async function () {
      // Arrange
      const statements = manyTables(dialect, 40);
      for (const sql of statements) await connection.query(sql);

      // Act
      const started = performance.now();
      const snapshot = await read();
      const elapsed = performance.now() - started;

      // Assert
      assert.equal(snapshot.tables.length, 40, 'tables read');
      const last = tableOf(snapshot, 't39');
      assert.equal(last.foreignKeys.length, 1, 't39 foreign keys');
      assert.equal(last.indexes.length, 1, 't39 indexes');
      assert.equal(last.columns.length, 6, 't39 columns');
      assert.ok(elapsed < 1000, `readSchema of 40 tables took ${elapsed.toFixed(0)} ms`);
      console.log(`      (${db.kind}: 40 tables read in ${elapsed.toFixed(0)} ms)`);
    });
  });
});

// -----------------------------------------------------------------------------------------------
// A SQLite table rebuild (TypeORM's changeColumn) and its reverse.

describe('library schema: a SQLite table rebuild and its reverse leave no drift', function () {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;

  beforeEach(async function () {
    database = await createThrowawayDatabase({ label: 'rebuild' });
    dataSource = new DataSource({
      ...database.options,
      migrations: [createShopMigration('sqlite')],
      logging: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterEach(async function () {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  });

  it('changeColumn then the reverse changeColumn: one type change, then an empty diff', async function () {
    // Arrange
    const connection = sqlConnectionOf(dataSource);
    const read = () => readSchema(connection, { excludeTables: TYPEORM_TABLES });
    const original = await read();
    const runner = dataSource.createQueryRunner();
    const sku = (length: string) => new TableColumn({ name: 'sku', type: 'varchar', length });

    try {
      // Act
      await runner.changeColumn('shop_item', 'sku', sku('64'));
      const changed = await read();
      await runner.changeColumn('shop_item', 'sku', sku('32'));
      const restored = await read();

      // Assert
      assert.deepEqual(messages(diffSchemas(original, changed)), [
        'column shop_item.sku: type varchar(32) -> varchar(64)',
      ]);
      assert.deepEqual(messages(diffSchemas(original, restored)), [], 'drift after the reverse');
      assert.deepStrictEqual(restored, original, 'the snapshots themselves');
    } finally {
      await runner.release();
    }
  });
});

describe("library schema: what only SQLite's CREATE TABLE text holds", function () {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;

  beforeEach(async function () {
    database = await createThrowawayDatabase({ label: 'sqlitetext' });
    dataSource = new DataSource({ ...database.options, logging: false });
    await dataSource.initialize();
  });

  afterEach(async function () {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  });

  it('keeps AUTOINCREMENT apart from a plain rowid key, and names an inline named UNIQUE', async function () {
    // Arrange
    const connection = sqlConnectionOf(dataSource);
    await connection.query(
      `CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, code text CONSTRAINT uq_a_code UNIQUE)`,
    );
    const before = await readSchema(connection);
    // A rebuild that forgets AUTOINCREMENT (ids of deleted rows may then come back).
    await connection.query(
      `CREATE TABLE a_new (id INTEGER PRIMARY KEY, code text CONSTRAINT uq_a_code UNIQUE)`,
    );
    await connection.query(`DROP TABLE a`);
    await connection.query(`ALTER TABLE a_new RENAME TO a`);

    // Act
    const after = await readSchema(connection);
    const changes = diffSchemas(before, after);

    // Assert
    assert.equal(columnOf(tableOf(before, 'a'), 'id').autoincrement, true, 'AUTOINCREMENT read');
    assert.equal(columnOf(tableOf(after, 'a'), 'id').autoincrement, undefined, 'no AUTOINCREMENT');
    assert.equal(columnOf(tableOf(after, 'a'), 'id').generated, 'identity', 'still the rowid');
    assert.deepStrictEqual(tableOf(before, 'a').uniques, [
      { name: 'uq_a_code', columns: ['code'] },
    ]);
    assert.deepEqual(messages(changes), [
      'column a.id: generated identity (AUTOINCREMENT) -> identity',
    ]);
  });
});

// -----------------------------------------------------------------------------------------------
// A service's own TypeORM 0.3 with the sqlite3 driver, and what sqlConnectionOf refuses.

// The service's packages come from the one install every service fixture shares.
const SERVICE_03 = join(SERVICES_DIR, 'typeorm03-service');

describe('library schema: a TypeORM 0.3 + sqlite3 data source reads the same snapshot', function () {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const opened: any[] = [];

  before('install the TypeORM 0.3 service (npm ci, once)', function () {
    this.timeout(600_000);
    const problem = installServiceFixtures();
    if (problem !== undefined)
      skipOrFail(this, `the TypeORM 0.3 service cannot be installed: ${problem}`);
  });

  after('close the data sources', async function () {
    await Promise.all(opened.splice(0).map((ds) => ds.destroy()));
  });

  it('readSchema through its DataSource and its QueryRunner equals the read through better-sqlite3', async function () {
    // Arrange: the schema written through our TypeORM 1.x, the same file opened by the service's.
    const file = join(makeTempDir('schema03'), 'service.sqlite');
    const ours = new DataSource({ type: 'better-sqlite3', database: file, logging: false });
    await ours.initialize();
    opened.push(ours);
    for (const sql of HAND_DDL.sqlite) await ours.query(sql);
    const service = (await import(
      pathToFileURL(join(SERVICE_03, 'src', 'data-source.js')).href
    )) as { createDataSource(file: string): DataSource };
    const theirs = service.createDataSource(file);
    await theirs.initialize();
    opened.push(theirs);
    const runner = theirs.createQueryRunner();
    await runner.connect();

    try {
      // Act
      const expected = await readSchema(sqlConnectionOf(ours));
      const fromDataSource = await readSchema(sqlConnectionOf(theirs));
      const fromRunner = await readSchema(sqlConnectionOf(runner));

      // Assert
      assert.equal(theirs.options.type, 'sqlite', 'the service uses the sqlite3 driver');
      assert.deepStrictEqual(fromDataSource, expected, 'through the 0.3 DataSource');
      assert.deepStrictEqual(fromRunner, expected, 'through the 0.3 QueryRunner');
      assert.deepEqual(
        expected.tables.map((table) => table.name),
        ['legacy', 'posts', 'tools', 'users'],
        "the hand-made tables and the service's own",
      );
      assert.deepStrictEqual(tableOf(fromDataSource, 'users'), HAND_EXPECTED.sqlite.tables[2]);
    } finally {
      await runner.release();
    }
  });
});

describe('library schema: sqlConnectionOf refuses what it cannot read', function () {
  const query = async () => [];

  it('names an unsupported driver type and the supported ones', function () {
    assert.throws(
      () => sqlConnectionOf({ options: { type: 'mssql' }, query }),
      /driver type 'mssql': supported are SQLite .*PostgreSQL .*MySQL\/MariaDB/,
    );
  });

  it('asks for initialize() on a DataSource that is not initialized', function () {
    assert.throws(
      () => sqlConnectionOf({ options: { type: 'postgres' }, isInitialized: false, query }),
      /postgres DataSource that is not initialized: call initialize\(\) first/,
    );
  });

  it('asks for the driver type when the object does not know it', function () {
    assert.throws(() => sqlConnectionOf({ query }), /pass the driver type as the second argument/);
    assert.equal(sqlConnectionOf({ query }, 'mariadb').dialect, 'mysql');
  });

  it('refuses something without query()', function () {
    assert.throws(
      () => sqlConnectionOf({ options: { type: 'sqlite' } } as never),
      /needs a TypeORM DataSource or QueryRunner \(an object with query\(\)\); got an object without query\(\) \(options\)/,
    );
  });
});

// -----------------------------------------------------------------------------------------------
// diffSchemas over hand-made snapshots: every kind, in order; and narrowing.

describe('library schema: diffSchemas covers every kind of change', function () {
  const id = column({
    name: 'id',
    type: 'integer',
    family: 'integer',
    nullable: false,
    generated: 'identity',
  });
  const email = column({ name: 'email', type: 'varchar(255)', family: 'text', length: 255 });
  const role = column({ name: 'role', type: 'varchar', family: 'enum', enumValues: ['a', 'b'] });
  const base: SchemaSnapshot = {
    dialect: 'postgres',
    tables: [
      {
        name: 'gone',
        columns: [id],
        primaryKey: ['id'],
        uniques: [],
        indexes: [],
        foreignKeys: [],
        checks: [],
      },
      {
        name: 'users',
        columns: [id, email, role, column({ name: 'old', type: 'text', family: 'text' })],
        primaryKey: ['id'],
        uniques: [{ name: 'uq_email', columns: ['email'] }],
        indexes: [
          { name: 'idx_changed', columns: ['email'], unique: false },
          { name: 'idx_gone', columns: ['role'], unique: false },
        ],
        foreignKeys: [
          {
            name: 'fk_changed',
            columns: ['id'],
            referencedTable: 'gone',
            referencedColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
          {
            name: 'fk_gone',
            columns: ['id'],
            referencedTable: 'gone',
            referencedColumns: ['id'],
            onDelete: 'NO ACTION',
            onUpdate: 'NO ACTION',
          },
        ],
        checks: [{ name: 'chk_gone', expression: 'id > 0' }],
      },
    ],
    views: [
      { name: 'v_changed', definition: 'SELECT 1' },
      { name: 'v_gone', definition: 'SELECT 2' },
    ],
    enums: [
      { name: 'e_changed', values: ['a'] },
      { name: 'e_gone', values: ['x'] },
    ],
  };
  const changed: SchemaSnapshot = {
    dialect: 'postgres',
    tables: [
      {
        name: 'added',
        columns: [id],
        primaryKey: [],
        uniques: [],
        indexes: [],
        foreignKeys: [],
        checks: [],
      },
      {
        name: 'users',
        columns: [
          { ...email, type: 'varchar(100)', length: 100, nullable: false, default: "'x'" },
          { ...id, generated: null },
          { ...role, enumValues: ['a'] },
          column({ name: 'new', type: 'text', family: 'text' }),
        ],
        primaryKey: ['id', 'email'],
        uniques: [{ name: 'uq_new', columns: ['role'] }],
        indexes: [
          { name: 'idx_added', columns: ['role'], unique: true, where: 'role IS NOT NULL' },
          { name: 'idx_changed', columns: ['email', 'role'], unique: false },
        ],
        foreignKeys: [
          {
            name: 'fk_added',
            columns: ['email'],
            referencedTable: 'added',
            referencedColumns: ['id'],
            onDelete: 'SET NULL',
            onUpdate: 'NO ACTION',
          },
          {
            name: 'fk_changed',
            columns: ['id'],
            referencedTable: 'gone',
            referencedColumns: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'CASCADE',
          },
        ],
        checks: [{ name: 'chk_added', expression: 'length(email) > 0' }],
      },
    ],
    views: [
      { name: 'v_added', definition: 'SELECT 3' },
      { name: 'v_changed', definition: 'SELECT 10' },
    ],
    enums: [
      { name: 'e_added', values: ['y'] },
      { name: 'e_changed', values: ['a', 'b'] },
    ],
  };

  it('gives one change per difference, in a fixed order, with a readable message each', function () {
    // Act
    const changes = diffSchemas(base, changed);

    // Assert
    assert.deepEqual(messages(changes), [
      'table added: added (id)',
      'table gone: dropped (id)',
      'column users.id: generated identity -> none',
      'column users.email: type varchar(255) -> varchar(100) (narrowing: varchar(255) -> varchar(100): length 255 -> 100 characters)',
      'column users.email: NULL -> NOT NULL',
      "column users.email: default none -> 'x'",
      "column users.role: enum values ('a', 'b') -> ('a')",
      'column users.old: dropped (was text NULL)',
      'column users.new: added (text NULL)',
      'table users: column order (id, email, role) -> (email, id, role)',
      'table users: primary key (id) -> (id, email)',
      'unique users.uq_email: dropped (email)',
      'unique users.uq_new: added (role)',
      'index users.idx_added: added unique (role) where role IS NOT NULL',
      'index users.idx_changed: (email) -> (email, role)',
      'index users.idx_gone: dropped (role)',
      'foreign key users.fk_added: added (email) -> added(id) on delete SET NULL on update NO ACTION',
      'foreign key users.fk_changed: on delete CASCADE -> RESTRICT, on update NO ACTION -> CASCADE',
      'foreign key users.fk_gone: dropped (id) -> gone(id) on delete NO ACTION on update NO ACTION',
      'check users.chk_added: added (length(email) > 0)',
      'check users.chk_gone: dropped (id > 0)',
      'view v_added: added',
      'view v_changed: definition SELECT 1 -> SELECT 10',
      'view v_gone: dropped',
      "enum type e_added: added ('y')",
      "enum type e_changed: values ('a') -> ('a', 'b')",
      "enum type e_gone: dropped ('x')",
    ]);
    const every: SchemaChangeKind[] = [
      'table-added',
      'table-dropped',
      'column-added',
      'column-dropped',
      'column-type-changed',
      'column-nullability-changed',
      'column-default-changed',
      'column-generated-changed',
      'column-enum-changed',
      'column-order-changed',
      'primary-key-changed',
      'unique-added',
      'unique-dropped',
      'index-added',
      'index-dropped',
      'index-changed',
      'foreign-key-added',
      'foreign-key-dropped',
      'foreign-key-changed',
      'check-added',
      'check-dropped',
      'view-added',
      'view-dropped',
      'view-changed',
      'enum-added',
      'enum-dropped',
      'enum-changed',
    ];
    const found = new Set(changes.map((change) => change.kind));
    assert.deepEqual(
      every.filter((kind) => !found.has(kind)),
      [],
      'kinds the diff never produced',
    );
    assert.equal(changes.length, every.length, 'exactly one change per difference');
  });

  it('names the table and part of each change and keeps what was and what is', function () {
    // Act
    const changes = diffSchemas(base, changed);

    // Assert
    const dropped = changes.find((change) => change.kind === 'column-dropped')!;
    assert.deepEqual(
      { table: dropped.table, name: dropped.name, after: dropped.after },
      { table: 'users', name: 'old', after: undefined },
    );
    assert.equal((dropped.before as ColumnSchema).type, 'text');
    const fk = changes.find((change) => change.kind === 'foreign-key-changed')!;
    assert.equal(fk.name, 'fk_changed');
    assert.equal((fk.before as { onDelete: string }).onDelete, 'CASCADE');
    assert.equal((fk.after as { onDelete: string }).onDelete, 'RESTRICT');
  });

  it('gives an empty list for equal snapshots, and the same list every time', function () {
    // Act
    const same = diffSchemas(base, structuredClone(base));
    const first = diffSchemas(base, changed);
    const second = diffSchemas(structuredClone(base), structuredClone(changed));

    // Assert
    assert.deepEqual(same, []);
    assert.deepStrictEqual(second, first);
  });

  it('refuses to compare snapshots of two engines, naming both', function () {
    assert.throws(
      () => diffSchemas(base, { ...base, dialect: 'sqlite' }),
      /one engine; got postgres \(before\) and sqlite \(after\)/,
    );
  });

  it("reports a MySQL enum's new values once, as an enum change, not also as a type change", function () {
    // Arrange
    const before = column({
      name: 's',
      type: "enum('a','b')",
      family: 'enum',
      enumValues: ['a', 'b'],
    });
    const after = { ...before, type: "enum('a')", enumValues: ['a'] };
    const snapshot = (c: ColumnSchema): SchemaSnapshot => ({
      dialect: 'mysql',
      tables: [
        {
          name: 't',
          columns: [c],
          primaryKey: [],
          uniques: [],
          indexes: [],
          foreignKeys: [],
          checks: [],
        },
      ],
      views: [],
      enums: [],
    });

    // Act
    const changes = diffSchemas(snapshot(before), snapshot(after));

    // Assert
    assert.deepEqual(messages(changes), ["column t.s: enum values ('a', 'b') -> ('a')"]);
  });
});

describe('library schema: narrowing', function () {
  const col = (type: string, extra: Partial<ColumnSchema> = {}): ColumnSchema => {
    const family = familyOfType(type);
    const numbers = /\((\d+)(?:,(\d+))?\)/.exec(type);
    const sized: Partial<ColumnSchema> = {};
    if (numbers && (family === 'text' || family === 'binary')) sized.length = Number(numbers[1]);
    if (numbers && family === 'decimal') {
      sized.precision = Number(numbers[1]);
      sized.scale = Number(numbers[2] ?? 0);
    }
    if (numbers && (family === 'timestamp' || family === 'time'))
      sized.precision = Number(numbers[1]);
    return column({ name: 'c', type, family, ...sized, ...extra });
  };

  const narrowings: [string, ColumnSchema, ColumnSchema, RegExp][] = [
    ['a shorter varchar', col('varchar(255)'), col('varchar(100)'), /length 255 -> 100/],
    ['unbounded text to varchar', col('text'), col('varchar(20)'), /length unbounded -> 20/],
    ['mediumtext to text (MySQL)', col('mediumtext'), col('text'), /16777215 -> 65535/],
    ['a smaller precision', col('decimal(10,2)'), col('decimal(8,2)'), /10 -> 8|8 -> 6 digits/],
    ['a smaller scale', col('numeric(10,4)'), col('numeric(10,2)'), /scale 4 -> 2/],
    ['bigint to integer', col('bigint'), col('integer'), /64-bit -> 32-bit/],
    ['int to smallint', col('int(11)'), col('smallint(6)'), /32-bit -> 16-bit/],
    [
      'signed to unsigned',
      col('int(11)'),
      col('int(10) unsigned', { unsigned: true }),
      /signed -> unsigned/,
    ],
    [
      'unsigned to signed',
      col('int(10) unsigned', { unsigned: true }),
      col('int(11)'),
      /upper half/,
    ],
    ['text to integer', col('text'), col('integer'), /family text -> integer/],
    [
      'timestamp to date',
      col('timestamp without time zone'),
      col('date'),
      /family timestamp -> date/,
    ],
    ['fewer fractional seconds', col('datetime(6)'), col('datetime'), /6 -> 0 digits/],
    ['double to real', col('double precision'), col('real'), /double -> single/],
    [
      'fewer enum values',
      col('varchar', { family: 'enum', enumValues: ['a', 'b', 'c'] }),
      col('varchar', { family: 'enum', enumValues: ['a', 'c'] }),
      /enum values removed: \('b'\)/,
    ],
    ['text to uuid', col('character varying'), col('uuid'), /family text -> uuid/],
    ['integer to varchar(5)', col('integer'), col('varchar(5)'), /longer than 5 characters/],
    ['bigint to decimal(10,0)', col('bigint'), col('decimal(10,0)'), /more than 10 digits/],
  ];
  for (const [title, before, after, reason] of narrowings) {
    it(`narrows: ${title}`, function () {
      // Act
      const found = narrowing(before, after);

      // Assert
      assert.ok(
        found !== undefined,
        `${before.type} -> ${after.type} is not reported as narrowing`,
      );
      assert.match(found, reason);
    });
  }

  const widenings: [string, ColumnSchema, ColumnSchema][] = [
    ['a longer varchar', col('varchar(100)'), col('varchar(255)')],
    ['varchar to text', col('varchar(100)'), col('text')],
    ['integer to bigint', col('integer'), col('bigint')],
    ['a larger decimal', col('decimal(8,2)'), col('decimal(12,4)')],
    ['integer to text', col('integer'), col('text')],
    ['date to timestamp', col('date'), col('timestamp with time zone')],
    ['uuid to varchar(36)', col('uuid'), col('varchar(36)')],
    ['boolean to integer', col('boolean'), col('integer')],
    ['integer to double', col('integer'), col('double precision')],
    ['unsigned to a wider signed', col('int(10) unsigned', { unsigned: true }), col('bigint(20)')],
    [
      'more enum values',
      col('varchar', { family: 'enum', enumValues: ['a'] }),
      col('varchar', { family: 'enum', enumValues: ['a', 'b'] }),
    ],
    ['the same type', col('numeric(10,2)'), col('numeric(10,2)')],
  ];
  for (const [title, before, after] of widenings) {
    it(`does not narrow: ${title}`, function () {
      // Act
      const found = narrowing(before, after);

      // Assert
      assert.equal(found, undefined, `${before.type} -> ${after.type}`);
    });
  }

  it('maps declared types to families', function () {
    // Arrange
    const cases: Record<string, string> = {
      'character varying(20)': 'text',
      'varchar(255)': 'text',
      text: 'text',
      'int(11)': 'integer',
      'bigint unsigned': 'integer',
      integer: 'integer',
      'numeric(10,2)': 'decimal',
      'double precision': 'float',
      'tinyint(1)': 'boolean',
      boolean: 'boolean',
      uuid: 'uuid',
      jsonb: 'json',
      date: 'date',
      'time without time zone': 'time',
      'timestamp(3) with time zone': 'timestamp',
      datetime: 'timestamp',
      bytea: 'binary',
      longblob: 'binary',
      "enum('a','b')": 'enum',
      'integer[]': 'other',
      interval: 'other',
    };

    // Act
    const found = Object.fromEntries(Object.keys(cases).map((type) => [type, familyOfType(type)]));

    // Assert
    assert.deepEqual(found, cases);
  });
});

// -----------------------------------------------------------------------------------------------
// Fixtures: hand-written DDL and what each engine's catalogue says of it.

const HAND_DDL: Record<Dialect, string[]> = {
  sqlite: [
    `CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(255) NOT NULL UNIQUE,
       role varchar CHECK( "role" IN ('a','b') ) NOT NULL DEFAULT ('a'),
       price decimal(10,2) CONSTRAINT chk_price CHECK (price > 0),
       doubled decimal AS (price * 2) STORED, created datetime DEFAULT (datetime('now')),
       CHECK (length(email) > 3))`,
    `CREATE TABLE posts (id integer NOT NULL, tenant integer NOT NULL,
       author_id integer REFERENCES users(id) ON DELETE CASCADE, title text,
       PRIMARY KEY (id, tenant), CONSTRAINT "UQ_title" UNIQUE (tenant, title))`,
    `CREATE INDEX idx_posts_title ON posts (lower(title), tenant) WHERE title IS NOT NULL`,
    `CREATE TABLE legacy (id integer)`,
    `CREATE VIEW v AS SELECT   id FROM users`,
  ],
  postgres: [
    `CREATE TYPE role_enum AS ENUM ('a', 'b')`,
    `CREATE TABLE users (id serial PRIMARY KEY, ident bigint GENERATED ALWAYS AS IDENTITY,
       email varchar(255) NOT NULL UNIQUE, role role_enum NOT NULL DEFAULT 'a',
       price numeric(10,2) CONSTRAINT chk_price CHECK (price > 0),
       doubled numeric GENERATED ALWAYS AS (price * 2) STORED, created timestamptz(3) DEFAULT now(),
       uid uuid, data jsonb, "camelCase" text)`,
    `CREATE TABLE posts (id integer NOT NULL, tenant integer NOT NULL,
       author_id integer REFERENCES users(id) ON DELETE CASCADE ON UPDATE SET NULL, title text,
       PRIMARY KEY (id, tenant), CONSTRAINT "UQ_title" UNIQUE (tenant, title))`,
    `CREATE INDEX idx_posts_title ON posts (lower(title), tenant) WHERE title IS NOT NULL`,
    `CREATE UNIQUE INDEX idx_camel ON users ("camelCase")`,
    `CREATE TABLE legacy (id integer)`,
    `CREATE VIEW v AS SELECT   id FROM users`,
  ],
  mysql: [
    `CREATE TABLE users (id int unsigned AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL UNIQUE,
       role enum('a','b''c') NOT NULL DEFAULT 'a', price decimal(10,2),
       doubled decimal(12,2) AS (price * 2) STORED, created datetime(3) DEFAULT CURRENT_TIMESTAMP(3),
       data json, flag tinyint(1) NOT NULL DEFAULT 0, CONSTRAINT chk_price CHECK (price > 0))`,
    `CREATE TABLE posts (id integer NOT NULL, tenant integer NOT NULL, author_id int unsigned,
       title varchar(100), PRIMARY KEY (id, tenant), CONSTRAINT UQ_title UNIQUE (tenant, title),
       CONSTRAINT FK_author FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE CASCADE)`,
    `CREATE INDEX idx_posts_title ON posts (title(10), tenant)`,
    `CREATE TABLE legacy (id integer)`,
    `CREATE VIEW v AS SELECT   id FROM users`,
  ],
};

const NO_PARTS = { uniques: [], indexes: [], foreignKeys: [], checks: [] };

const HAND_EXPECTED: Record<Dialect, Omit<SchemaSnapshot, 'dialect'>> = {
  sqlite: {
    tables: [
      {
        name: 'legacy',
        columns: [column({ name: 'id', type: 'integer', family: 'integer' })],
        primaryKey: [],
        ...NO_PARTS,
      },
      {
        name: 'posts',
        columns: [
          column({ name: 'id', type: 'integer', family: 'integer', nullable: false }),
          column({ name: 'tenant', type: 'integer', family: 'integer', nullable: false }),
          column({ name: 'author_id', type: 'integer', family: 'integer' }),
          column({ name: 'title', type: 'text', family: 'text' }),
        ],
        primaryKey: ['id', 'tenant'],
        uniques: [{ name: 'UQ_title', columns: ['tenant', 'title'] }],
        indexes: [
          {
            name: 'idx_posts_title',
            columns: ['lower(title)', 'tenant'],
            unique: false,
            where: 'title IS NOT NULL',
          },
        ],
        foreignKeys: [
          {
            name: 'posts_author_id_fkey',
            columns: ['author_id'],
            referencedTable: 'users',
            referencedColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
        checks: [],
      },
      {
        name: 'users',
        columns: [
          column({
            name: 'id',
            type: 'integer',
            family: 'integer',
            nullable: false,
            generated: 'identity',
            autoincrement: true,
          }),
          column({
            name: 'email',
            type: 'varchar(255)',
            family: 'text',
            length: 255,
            nullable: false,
          }),
          column({
            name: 'role',
            type: 'varchar',
            family: 'enum',
            nullable: false,
            default: "'a'",
            enumValues: ['a', 'b'],
          }),
          column({
            name: 'price',
            type: 'decimal(10,2)',
            family: 'decimal',
            precision: 10,
            scale: 2,
          }),
          column({ name: 'doubled', type: 'decimal', family: 'decimal', generated: 'price * 2' }),
          column({
            name: 'created',
            type: 'datetime',
            family: 'timestamp',
            default: "datetime('now')",
          }),
        ],
        primaryKey: ['id'],
        uniques: [{ name: 'users_email_key', columns: ['email'] }],
        indexes: [],
        foreignKeys: [],
        checks: [
          { name: 'chk_price', expression: 'price > 0' },
          { name: 'length(email) > 3', expression: 'length(email) > 3' },
        ],
      },
    ],
    views: [{ name: 'v', definition: 'SELECT id FROM users' }],
    enums: [],
  },
  postgres: {
    tables: [
      {
        name: 'legacy',
        columns: [column({ name: 'id', type: 'integer', family: 'integer', precision: 32 })],
        primaryKey: [],
        ...NO_PARTS,
      },
      {
        name: 'posts',
        columns: [
          column({
            name: 'id',
            type: 'integer',
            family: 'integer',
            precision: 32,
            nullable: false,
          }),
          column({
            name: 'tenant',
            type: 'integer',
            family: 'integer',
            precision: 32,
            nullable: false,
          }),
          column({ name: 'author_id', type: 'integer', family: 'integer', precision: 32 }),
          column({ name: 'title', type: 'text', family: 'text' }),
        ],
        primaryKey: ['id', 'tenant'],
        uniques: [{ name: 'UQ_title', columns: ['tenant', 'title'] }],
        indexes: [
          {
            name: 'idx_posts_title',
            columns: ['lower(title)', 'tenant'],
            unique: false,
            where: 'title IS NOT NULL',
          },
        ],
        foreignKeys: [
          {
            name: 'posts_author_id_fkey',
            columns: ['author_id'],
            referencedTable: 'users',
            referencedColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'SET NULL',
          },
        ],
        checks: [],
      },
      {
        name: 'users',
        columns: [
          column({
            name: 'id',
            type: 'integer',
            family: 'integer',
            precision: 32,
            nullable: false,
            generated: 'identity',
          }),
          column({
            name: 'ident',
            type: 'bigint',
            family: 'integer',
            precision: 64,
            nullable: false,
            generated: 'identity',
          }),
          column({
            name: 'email',
            type: 'character varying(255)',
            family: 'text',
            length: 255,
            nullable: false,
          }),
          column({
            name: 'role',
            type: 'role_enum',
            family: 'enum',
            nullable: false,
            default: "'a'::role_enum",
            enumValues: ['a', 'b'],
          }),
          column({
            name: 'price',
            type: 'numeric(10,2)',
            family: 'decimal',
            precision: 10,
            scale: 2,
          }),
          column({
            name: 'doubled',
            type: 'numeric',
            family: 'decimal',
            generated: 'price * (2)::numeric',
          }),
          column({
            name: 'created',
            type: 'timestamp(3) with time zone',
            family: 'timestamp',
            precision: 3,
            default: 'now()',
          }),
          column({ name: 'uid', type: 'uuid', family: 'uuid' }),
          column({ name: 'data', type: 'jsonb', family: 'json' }),
          column({ name: 'camelCase', type: 'text', family: 'text' }),
        ],
        primaryKey: ['id'],
        uniques: [{ name: 'users_email_key', columns: ['email'] }],
        indexes: [{ name: 'idx_camel', columns: ['camelCase'], unique: true }],
        foreignKeys: [],
        checks: [{ name: 'chk_price', expression: 'price > 0::numeric' }],
      },
    ],
    views: [{ name: 'v', definition: 'SELECT users.id FROM users' }],
    enums: [{ name: 'role_enum', values: ['a', 'b'] }],
  },
  mysql: {
    tables: [
      {
        name: 'legacy',
        columns: [column({ name: 'id', type: 'int(11)', family: 'integer', precision: 10 })],
        primaryKey: [],
        ...NO_PARTS,
      },
      {
        name: 'posts',
        columns: [
          column({
            name: 'id',
            type: 'int(11)',
            family: 'integer',
            precision: 10,
            nullable: false,
          }),
          column({
            name: 'tenant',
            type: 'int(11)',
            family: 'integer',
            precision: 10,
            nullable: false,
          }),
          column({
            name: 'author_id',
            type: 'int(10) unsigned',
            family: 'integer',
            precision: 10,
            unsigned: true,
          }),
          column({ name: 'title', type: 'varchar(100)', family: 'text', length: 100 }),
        ],
        primaryKey: ['id', 'tenant'],
        uniques: [{ name: 'UQ_title', columns: ['tenant', 'title'] }],
        indexes: [{ name: 'idx_posts_title', columns: ['title(10)', 'tenant'], unique: false }],
        foreignKeys: [
          {
            name: 'FK_author',
            columns: ['author_id'],
            referencedTable: 'users',
            referencedColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'RESTRICT',
          },
        ],
        checks: [],
      },
      {
        name: 'users',
        columns: [
          column({
            name: 'id',
            type: 'int(10) unsigned',
            family: 'integer',
            precision: 10,
            unsigned: true,
            nullable: false,
            generated: 'identity',
          }),
          column({
            name: 'email',
            type: 'varchar(255)',
            family: 'text',
            length: 255,
            nullable: false,
          }),
          column({
            name: 'role',
            type: "enum('a','b''c')",
            family: 'enum',
            nullable: false,
            default: "'a'",
            enumValues: ['a', "b'c"],
          }),
          column({
            name: 'price',
            type: 'decimal(10,2)',
            family: 'decimal',
            precision: 10,
            scale: 2,
          }),
          column({
            name: 'doubled',
            type: 'decimal(12,2)',
            family: 'decimal',
            precision: 12,
            scale: 2,
            generated: '`price` * 2',
          }),
          column({
            name: 'created',
            type: 'datetime(3)',
            family: 'timestamp',
            precision: 3,
            default: 'current_timestamp(3)',
          }),
          // MariaDB's JSON: a longtext with a json_valid() check, which is not listed as a check.
          column({ name: 'data', type: 'longtext', family: 'json' }),
          column({
            name: 'flag',
            type: 'tinyint(1)',
            family: 'boolean',
            nullable: false,
            default: '0',
          }),
        ],
        primaryKey: ['id'],
        uniques: [{ name: 'email', columns: ['email'] }],
        indexes: [],
        foreignKeys: [],
        checks: [{ name: 'chk_price', expression: '`price` > 0' }],
      },
    ],
    views: [{ name: 'v', definition: 'select `users`.`id` AS `id` from `users`' }],
    enums: [],
  },
};

/** DDL that makes, on top of HAND_DDL, each kind of change the engine can make in place. */
const CHANGE_DDL: Record<Dialect, string[]> = {
  sqlite: [
    `DROP VIEW v`,
    `CREATE TABLE tags (id integer PRIMARY KEY, label text)`,
    `DROP TABLE legacy`,
    `ALTER TABLE posts ADD COLUMN body text DEFAULT 'x'`,
    `DROP INDEX idx_posts_title`,
    `CREATE INDEX idx_posts_title ON posts (title)`,
    `CREATE UNIQUE INDEX uq_posts_body ON posts (body)`,
    // A table rebuild, the SQLite way: type, NULL-ability, default, order, checks, unique.
    `CREATE TABLE users_new (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(100) NOT NULL,
       price decimal(10,2), role varchar CHECK( "role" IN ('a','b') ) DEFAULT ('a'),
       created datetime DEFAULT CURRENT_TIMESTAMP,
       CONSTRAINT chk_price_positive CHECK (price >= 0), CHECK (length(email) > 3))`,
    `INSERT INTO users_new (id, email, price, role, created) SELECT id, email, price, role, created FROM users`,
    `DROP TABLE users`,
    `ALTER TABLE users_new RENAME TO users`,
    `CREATE VIEW v AS SELECT id, email FROM users`,
    `CREATE VIEW v2 AS SELECT 1 AS one`,
  ],
  postgres: [
    `CREATE TABLE tags (id integer PRIMARY KEY, label text)`,
    `DROP TABLE legacy`,
    `ALTER TABLE posts ADD COLUMN body text DEFAULT 'x'`,
    `DROP INDEX idx_posts_title`,
    `CREATE INDEX idx_posts_title ON posts (title)`,
    `ALTER TABLE posts ADD CONSTRAINT uq_posts_body UNIQUE (body)`,
    `ALTER TABLE posts DROP CONSTRAINT posts_pkey, ADD PRIMARY KEY (id)`,
    `ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey,
       ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL`,
    `ALTER TABLE users ALTER COLUMN email TYPE varchar(100)`,
    `ALTER TABLE users ALTER COLUMN role DROP NOT NULL`,
    `ALTER TABLE users ALTER COLUMN created SET DEFAULT CURRENT_TIMESTAMP`,
    `ALTER TABLE users ALTER COLUMN ident DROP IDENTITY`,
    `ALTER TABLE users DROP COLUMN doubled`,
    `ALTER TABLE users DROP CONSTRAINT users_email_key`,
    `ALTER TABLE users DROP CONSTRAINT chk_price`,
    `ALTER TABLE users ADD CONSTRAINT chk_price_positive CHECK (price >= 0)`,
    `ALTER TYPE role_enum ADD VALUE 'c'`,
    `CREATE TYPE mood AS ENUM ('ok')`,
    `CREATE OR REPLACE VIEW v AS SELECT id, email FROM users`,
    `CREATE VIEW v2 AS SELECT 1 AS one`,
  ],
  mysql: [
    `CREATE TABLE tags (id int PRIMARY KEY, label text)`,
    `DROP TABLE legacy`,
    `ALTER TABLE posts ADD COLUMN body varchar(10) DEFAULT 'x'`,
    `DROP INDEX idx_posts_title ON posts`,
    `CREATE INDEX idx_posts_title ON posts (title)`,
    `CREATE UNIQUE INDEX uq_posts_body ON posts (body)`,
    `ALTER TABLE posts DROP PRIMARY KEY, ADD PRIMARY KEY (id)`,
    `ALTER TABLE posts MODIFY title varchar(100) AFTER id`,
    `ALTER TABLE posts DROP FOREIGN KEY FK_author`,
    `ALTER TABLE posts ADD CONSTRAINT FK_author FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL`,
    `ALTER TABLE users MODIFY email varchar(100) NOT NULL`,
    `ALTER TABLE users DROP INDEX email`,
    `ALTER TABLE users MODIFY role enum('a','b''c','d') NULL DEFAULT 'a'`,
    `ALTER TABLE users MODIFY created datetime(3) NULL DEFAULT NULL`,
    `ALTER TABLE users MODIFY id int unsigned NOT NULL`,
    `ALTER TABLE users DROP COLUMN doubled`,
    `ALTER TABLE users DROP CONSTRAINT chk_price`,
    `ALTER TABLE users ADD CONSTRAINT chk_price_positive CHECK (price >= 0)`,
    `CREATE OR REPLACE VIEW v AS SELECT id, email FROM users`,
    `CREATE VIEW v2 AS SELECT 1 AS one`,
  ],
};

const CHANGE_MESSAGES: Record<Dialect, string[]> = {
  sqlite: [
    'table legacy: dropped (id)',
    "column posts.body: added (text NULL default 'x')",
    'index posts.idx_posts_title: (lower(title), tenant) where title IS NOT NULL -> (title)',
    // SQLite: a unique index made by CREATE UNIQUE INDEX is an index, not a UNIQUE constraint.
    'index posts.uq_posts_body: added unique (body)',
    'table tags: added (id, label)',
    'column users.email: type varchar(255) -> varchar(100) (narrowing: varchar(255) -> varchar(100): length 255 -> 100 characters)',
    'column users.role: NOT NULL -> NULL',
    'column users.doubled: dropped (was decimal NULL generated price * 2)',
    "column users.created: default datetime('now') -> CURRENT_TIMESTAMP",
    'table users: column order (id, email, role, price, created) -> (id, email, price, role, created)',
    'unique users.users_email_key: dropped (email)',
    'check users.chk_price: dropped (price > 0)',
    'check users.chk_price_positive: added (price >= 0)',
    'view v: definition SELECT id FROM users -> SELECT id, email FROM users',
    'view v2: added',
  ],
  postgres: [
    'table legacy: dropped (id)',
    "column posts.body: added (text NULL default 'x'::text)",
    'table posts: primary key (id, tenant) -> (id)',
    'unique posts.uq_posts_body: added (body)',
    'index posts.idx_posts_title: (lower(title), tenant) where title IS NOT NULL -> (title)',
    'foreign key posts.posts_author_id_fkey: on delete CASCADE -> SET NULL, on update SET NULL -> NO ACTION',
    'table tags: added (id, label)',
    'column users.ident: generated identity -> none',
    'column users.email: type character varying(255) -> character varying(100) (narrowing: character varying(255) -> character varying(100): length 255 -> 100 characters)',
    'column users.role: NOT NULL -> NULL',
    "column users.role: enum values ('a', 'b') -> ('a', 'b', 'c')",
    'column users.doubled: dropped (was numeric NULL generated price * (2)::numeric)',
    'column users.created: default now() -> CURRENT_TIMESTAMP',
    'unique users.users_email_key: dropped (email)',
    'check users.chk_price: dropped (price > 0::numeric)',
    'check users.chk_price_positive: added (price >= 0::numeric)',
    'view v: definition SELECT users.id FROM users -> SELECT users.id, users.email FROM users',
    'view v2: added',
    "enum type mood: added ('ok')",
    "enum type role_enum: values ('a', 'b') -> ('a', 'b', 'c')",
  ],
  mysql: [
    'table legacy: dropped (id)',
    "column posts.body: added (varchar(10) NULL default 'x')",
    'table posts: column order (id, tenant, author_id, title) -> (id, title, tenant, author_id)',
    'table posts: primary key (id, tenant) -> (id)',
    'unique posts.uq_posts_body: added (body)',
    'index posts.idx_posts_title: (title(10), tenant) -> (title)',
    'foreign key posts.FK_author: on delete CASCADE -> SET NULL',
    'table tags: added (id, label)',
    'column users.id: generated identity -> none',
    'column users.email: type varchar(255) -> varchar(100) (narrowing: varchar(255) -> varchar(100): length 255 -> 100 characters)',
    'column users.role: NOT NULL -> NULL',
    "column users.role: enum values ('a', 'b''c') -> ('a', 'b''c', 'd')",
    'column users.doubled: dropped (was decimal(12,2) NULL generated `price` * 2)',
    'column users.created: default current_timestamp(3) -> none',
    'unique users.email: dropped (email)',
    'check users.chk_price: dropped (`price` > 0)',
    'check users.chk_price_positive: added (`price` >= 0)',
    'view v: definition select `users`.`id` AS `id` from `users` -> select `users`.`id` AS `id`,`users`.`email` AS `email` from `users`',
    'view v2: added',
  ],
};

/** `count` tables, each with a foreign key to the one before, an index and a check. */
function manyTables(dialect: Dialect, count: number): string[] {
  const statements: string[] = [];
  const time = dialect === 'mysql' ? 'datetime' : 'timestamp';
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? 0 : i - 1;
    statements.push(
      `CREATE TABLE t${i} (id integer PRIMARY KEY, parent_id integer, name varchar(50) NOT NULL,
         amount decimal(10,2) DEFAULT 0, created ${time} NULL, note text,
         CONSTRAINT fk_t${i} FOREIGN KEY (parent_id) REFERENCES t${parent}(id) ON DELETE CASCADE,
         CONSTRAINT chk_t${i} CHECK (amount >= 0))`,
      `CREATE INDEX idx_t${i}_name ON t${i} (name)`,
    );
  }
  return statements;
}
