import assert from 'node:assert/strict';
import { Column, DataSource, Entity, EntitySchema, PrimaryColumn } from 'typeorm';
import { compareDatabases, compareDatabasesDetailed } from '../src/library/compare/databases.js';
import { compareValues } from '../src/library/compare/db-values.js';
import { DifferencesError, expectSameDatabase } from '../src/library/assert.js';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { forEachDatabase } from './support/databases.js';
import { makeTable, TYPES } from './support/tables.js';

/** An EntitySchema with types every engine knows. */
const Tool = new EntitySchema<{ id: number; name: string; status: string; note: string | null }>({
  name: 'Tool',
  tableName: 'tools',
  columns: {
    id: { type: 'int', primary: true },
    name: { type: 'varchar', length: 200 },
    status: { type: 'varchar', length: 20 },
    note: { type: 'varchar', length: 200, nullable: true },
  },
});

/** A decorated class (explicit column types: tsx emits no decorator metadata). */
@Entity('gadgets')
class Gadget {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  label!: string;
}

const TOOLS = [
  { id: 1, name: 'hammer', status: 'active', note: null },
  {
    id: 2,
    name: 'a screwdriver with a very long name that a lossy copy would cut',
    status: 'active',
    note: 'x',
  },
  { id: 3, name: 'wrench', status: 'active', note: '' },
  { id: 4, name: 'saw', status: 'retired', note: null },
  { id: 5, name: 'café', status: 'active', note: 'ok' },
];

describe('library database: compareDatabases', function () {
  describe('value rules (no database)', function () {
    it('is strict by default and forgives only the engine differences it is told to', function () {
      // Arrange
      const all = { booleans: true, dates: true, numericStrings: true };
      // Act
      const strict = [
        compareValues(true, 1, {}),
        compareValues(1, '1', {}),
        compareValues(null, '', {}),
        compareValues(new Date(0), '1970-01-01T00:00:00Z', {}),
      ];
      const relaxed = [
        compareValues(true, 1, all),
        compareValues(false, 0, all),
        compareValues(1, '1', all),
        compareValues('12.50', 12.5, all),
        compareValues(10n, '10', all),
        compareValues(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), '2024-01-02 03:04:05', all),
      ];
      const stillDifferent = [
        compareValues(true, 2, all),
        compareValues(null, '', all),
        compareValues(1, '1.01', all),
        compareValues('é'.normalize('NFC'), 'é'.normalize('NFD'), all),
      ];
      // Assert
      assert.deepEqual(strict, ['type', 'type', 'changed', 'type']);
      assert.deepEqual(relaxed, ['equal', 'equal', 'equal', 'equal', 'equal', 'equal']);
      assert.deepEqual(stillDifferent, ['type', 'changed', 'changed', 'changed']);
    });
  });

  forEachDatabase((db) => {
    let oldDb: ThrowawayDatabase;
    let newDb: ThrowawayDatabase;
    let oldDs: DataSource;
    let newDs: DataSource;
    const t = TYPES[db.kind];

    before('create the old and the new database', async function () {
      oldDb = await createThrowawayDatabase({ url: db.url, label: 'old' });
      newDb = await createThrowawayDatabase({ url: db.url, label: 'new' });
      oldDs = new DataSource({ ...oldDb.options, entities: [Tool, Gadget], synchronize: true });
      newDs = new DataSource({ ...newDb.options, entities: [Tool, Gadget], synchronize: true });
      await Promise.all([oldDs.initialize(), newDs.initialize()]);
    });

    after('drop both', async function () {
      await Promise.all([oldDs?.destroy(), newDs?.destroy()].filter(Boolean));
      await Promise.all([oldDb?.drop(), newDb?.drop()].filter(Boolean));
    });

    beforeEach('fill tools on both sides alike', async function () {
      for (const ds of [oldDs, newDs]) {
        await ds.getRepository(Tool).clear();
        await ds.getRepository(Tool).insert(TOOLS);
      }
    });

    it('finds nothing when the data is identical (entity schema, entity name and table name alike)', async function () {
      // Arrange: beforeEach wrote the same rows on both sides; gadgets too.
      for (const ds of [oldDs, newDs]) {
        await ds.getRepository(Gadget).clear();
        await ds.getRepository(Gadget).insert([
          { id: 1, label: 'a' },
          { id: 2, label: 'b' },
        ]);
      }
      // Act
      const bySchema = await compareDatabasesDetailed(oldDs, newDs, Tool);
      const byName = await compareDatabases(oldDs, newDs, 'Tool');
      const byTable = await compareDatabases(oldDs, newDs, 'tools');
      const byClass = await compareDatabases(oldDs, newDs, Gadget);
      // Assert
      assert.deepEqual(bySchema.differences, []);
      assert.equal(bySchema.rowsCompared, TOOLS.length);
      assert.deepEqual(bySchema.columns, [
        ['name', 'name'],
        ['status', 'status'],
        ['note', 'note'],
      ]);
      assert.deepEqual(byName, []);
      assert.deepEqual(byTable, []);
      assert.deepEqual(byClass, []);
    });

    it('catches a lossy copy that cut a string', async function () {
      // Arrange
      await newDs.getRepository(Tool).update({ id: 2 }, { name: TOOLS[1].name.slice(0, 20) });
      // Act
      const differences = await compareDatabases(oldDs, newDs, Tool);
      // Assert
      assert.equal(differences.length, 1);
      assert.equal(differences[0].path, 'tools[id=2].name');
      assert.equal(differences[0].kind, 'changed');
      assert.equal(differences[0].new, 'a screwdriver with a');
      assert.match(
        differences[0].message,
        /^row tools\[id=2\]: column name changed from 'a screwdriver .* \(63 characters\) to 'a screwdriver with a' \(cut off: 20 of 63 characters kept\)$/,
      );
    });

    it('catches dropped rows and extra rows', async function () {
      // Arrange
      await newDs.getRepository(Tool).delete([2, 4]);
      await newDs
        .getRepository(Tool)
        .insert({ id: 6, name: 'drill', status: 'active', note: null });
      // Act
      const differences = await compareDatabases(oldDs, newDs, Tool);
      // Assert
      assert.deepEqual(
        differences.map((d) => [d.kind, d.path]),
        [
          ['missing', 'tools[id=2]'],
          ['missing', 'tools[id=4]'],
          ['extra', 'tools[id=6]'],
        ],
      );
      assert.equal(differences[0].message, 'row tools[id=2] is missing from the new database');
      assert.deepEqual(differences[1].old, { id: 4, name: 'saw', status: 'retired', note: null });
      assert.equal(differences[2].message, 'row tools[id=6] is only in the new database (extra)');
    });

    it('tells NULL from the empty string, both ways', async function () {
      // Arrange: row 1 has NULL, row 3 has ''.
      await newDs.getRepository(Tool).update({ id: 1 }, { note: '' });
      await newDs.getRepository(Tool).update({ id: 3 }, { note: null });
      // Act
      const differences = await compareDatabases(oldDs, newDs, Tool, { normalize: true });
      // Assert
      assert.deepEqual(
        differences.map((d) => d.message),
        [
          "row tools[id=1]: column note changed from NULL to ''",
          "row tools[id=3]: column note changed from '' to NULL",
        ],
      );
    });

    it('tells a string from the same string in another Unicode normalization', async function () {
      // Arrange
      await newDs.getRepository(Tool).update({ id: 5 }, { name: 'café'.normalize('NFD') });
      // Act
      const differences = await compareDatabases(oldDs, newDs, Tool, { normalize: true });
      // Assert
      assert.equal(differences.length, 1);
      assert.equal(differences[0].path, 'tools[id=5].name');
      assert.match(differences[0].message, /another Unicode normalization: old is NFC, new is NFD/);
    });

    it('reports a changed column type per row, and forgives it only when asked', async function () {
      // Arrange: the migration turned an integer column into text.
      const rows = [
        [1, 10],
        [2, 20],
        [3, 30],
      ];
      await makeTable(oldDs, db.kind, 'counters', `id ${t.int} PRIMARY KEY, amount ${t.int}`, rows);
      await makeTable(
        newDs,
        db.kind,
        'counters',
        `id ${t.int} PRIMARY KEY, amount ${t.text}`,
        rows.map(([id, n]) => [id, String(n)]),
      );
      // Act
      const strict = await compareDatabases(oldDs, newDs, 'counters');
      const relaxed = await compareDatabases(oldDs, newDs, 'counters', {
        normalize: { numericStrings: true },
      });
      // Assert
      assert.deepEqual(
        strict.map((d) => [d.kind, d.path]),
        [
          ['type', 'counters[id=1].amount'],
          ['type', 'counters[id=2].amount'],
          ['type', 'counters[id=3].amount'],
        ],
      );
      assert.equal(
        strict[0].message,
        "row counters[id=1]: column amount changed type from number 10 to string '10'",
      );
      assert.deepEqual(relaxed, []);
    });

    it('compares floats exactly, or within a tolerance', async function () {
      // Arrange: the new side went through single precision for one value.
      const pi = Math.PI;
      await makeTable(oldDs, db.kind, 'readings', `id ${t.int} PRIMARY KEY, value ${t.double}`, [
        [1, 0.1 + 0.2],
        [2, pi],
        [3, 0.5],
      ]);
      await makeTable(newDs, db.kind, 'readings', `id ${t.int} PRIMARY KEY, value ${t.double}`, [
        [1, 0.1 + 0.2],
        [2, Math.fround(pi)],
        [3, 0.5],
      ]);
      // Act
      const exact = await compareDatabases(oldDs, newDs, 'readings');
      const tolerant = await compareDatabases(oldDs, newDs, 'readings', { tolerance: 1e-6 });
      // Assert
      assert.equal(exact.length, 1);
      assert.equal(exact[0].path, 'readings[id=2].value');
      assert.equal(exact[0].old, pi);
      assert.equal(exact[0].new, Math.fround(pi));
      assert.deepEqual(tolerant, []);
    });

    it('compares blobs byte by byte', async function () {
      // Arrange
      const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const changed = Buffer.from(bytes);
      changed[100] ^= 0x01;
      await makeTable(oldDs, db.kind, 'files', `id ${t.int} PRIMARY KEY, data ${t.blob}`, [
        [1, bytes],
        [2, bytes],
      ]);
      await makeTable(newDs, db.kind, 'files', `id ${t.int} PRIMARY KEY, data ${t.blob}`, [
        [1, bytes],
        [2, changed],
      ]);
      // Act
      const differences = await compareDatabases(oldDs, newDs, 'files');
      // Assert
      assert.equal(differences.length, 1);
      assert.equal(differences[0].path, 'files[id=2].data');
      assert.match(differences[0].message, /first difference at byte 100: 0x64 became 0x65/);
    });

    it('matches rows of a composite key table on every key column', async function () {
      // Arrange: one changed, one dropped, one extra row; (1,2) and (2,1) must not be confused.
      const ddl = `order_id ${t.int} NOT NULL, line ${t.int} NOT NULL, sku ${t.text}, qty ${t.int}, PRIMARY KEY (order_id, line)`;
      const rows = [
        [1, 1, 'a', 1],
        [1, 2, 'b', 2],
        [1, 3, 'c', 3],
        [2, 1, 'a', 4],
        [2, 2, 'd', 5],
      ];
      await makeTable(oldDs, db.kind, 'order_lines', ddl, rows);
      await makeTable(newDs, db.kind, 'order_lines', ddl, [
        [1, 1, 'a', 1],
        [1, 2, 'b', 2],
        [2, 1, 'a', 40],
        [2, 2, 'd', 5],
        [3, 1, 'e', 1],
      ]);
      // Act
      const differences = await compareDatabases(oldDs, newDs, 'order_lines');
      // Assert
      assert.deepEqual(
        differences.map((d) => [d.kind, d.path]),
        [
          ['missing', 'order_lines[order_id=1,line=3]'],
          ['changed', 'order_lines[order_id=2,line=1].qty'],
          ['extra', 'order_lines[order_id=3,line=1]'],
        ],
      );
      assert.equal(
        differences[1].message,
        'row order_lines[order_id=2,line=1]: column qty changed from 4 to 40',
      );
    });

    it('orders text keys the same way on both sides (case, accents, digits)', async function () {
      // Arrange: keys that natural-language collations sort differently from code points.
      const keys = ['B', 'a', 'b', 'Á', '10', '9', 'a b', 'ab', 'Z', 'é'];
      const text = db.kind === 'mysql' ? 'VARCHAR(20) COLLATE utf8mb4_bin' : t.text; // MySQL's default collation calls 'a' and 'Á' equal
      const ddl = `code ${text} NOT NULL PRIMARY KEY, n ${t.int}`;
      await makeTable(
        oldDs,
        db.kind,
        'codes',
        ddl,
        keys.map((k, i) => [k, i]),
      );
      await makeTable(
        newDs,
        db.kind,
        'codes',
        ddl,
        keys.filter((k) => k !== 'a').map((k) => [k, k === 'Z' ? 99 : keys.indexOf(k)]),
      );
      // Act
      const differences = await compareDatabases(oldDs, newDs, 'codes', { batchSize: 3 });
      // Assert
      assert.deepEqual(
        differences.map((d) => d.path),
        ["codes[code='Z'].n", "codes[code='a']"],
      );
    });

    it('follows renamed columns and skips ignored ones', async function () {
      // Arrange: `state` became `status`; `synced_at` differs on every row and does not matter.
      await makeTable(
        oldDs,
        db.kind,
        'items',
        `id ${t.int} PRIMARY KEY, state ${t.text}, synced_at ${t.int}`,
        [
          [1, 'on', 1],
          [2, 'off', 2],
        ],
      );
      await makeTable(
        newDs,
        db.kind,
        'items',
        `id ${t.int} PRIMARY KEY, status ${t.text}, synced_at ${t.int}`,
        [
          [1, 'on', 10],
          [2, 'enabled', 20],
        ],
      );
      // Act
      const unaware = await compareDatabases(oldDs, newDs, 'items', {
        ignoreColumns: ['synced_at'],
      });
      const renamed = await compareDatabases(oldDs, newDs, 'items', {
        renamedColumns: { state: 'status' },
        ignoreColumns: ['synced_at'],
      });
      const onlySynced = await compareDatabases(oldDs, newDs, 'items', { columns: ['synced_at'] });
      // Assert
      assert.deepEqual(
        unaware.map((d) => [d.kind, d.path]),
        [
          ['missing', 'items[*].state'],
          ['extra', 'items[*].status'],
        ],
      );
      assert.equal(renamed.length, 1);
      assert.equal(renamed[0].path, 'items[id=2].status');
      assert.equal(
        renamed[0].message,
        "row items[id=2]: column status (was state) changed from 'off' to 'enabled'",
      );
      assert.deepEqual(
        onlySynced.map((d) => d.path),
        ['items[id=1].synced_at', 'items[id=2].synced_at'],
      );
    });

    it('rejects options that name columns the tables do not have', async function () {
      // Arrange: tools is filled alike on both sides.
      // Act / Assert
      await assert.rejects(
        compareDatabases(oldDs, newDs, Tool, { ignoreColumns: ['stauts'] }),
        /column stauts .* is in neither table tools/,
      );
      await assert.rejects(
        compareDatabases(oldDs, newDs, Tool, { renamedColumns: { state: 'status' } }),
        /renamedColumns names state/,
      );
    });

    describe('a table bigger than a page', function () {
      const size = 2500;
      before('fill 2500 rows on each side', async function () {
        const rows = Array.from({ length: size }, (_, i) => [i + 1, `row ${i + 1}`, i % 7]);
        const ddl = `id ${t.int} PRIMARY KEY, label ${t.text}, bucket ${t.int}`;
        await makeTable(oldDs, db.kind, 'big', ddl, rows);
        // Differences at page edges (500, 501), the last row, and every 10th row's bucket.
        const changed = rows
          .filter(([id]) => id !== 500 && id !== 2500)
          .map(([id, label, bucket]) => [
            id,
            id === 501 ? 'changed' : label,
            (id as number) % 10 === 0 ? -1 : bucket,
          ]);
        await makeTable(newDs, db.kind, 'big', ddl, changed);
      });

      it('reads it in pages and finds every planted difference, with exact counts', async function () {
        // Arrange: the tables above. Act
        const result = await compareDatabasesDetailed(oldDs, newDs, 'big', {
          batchSize: 500,
          columns: ['label'],
        });
        // Assert
        assert.deepEqual(
          result.differences.map((d) => d.path),
          ['big[id=500]', 'big[id=501].label', 'big[id=2500]'],
        );
        assert.equal(result.total, 3);
        assert.equal(result.oldRows, size);
        assert.equal(result.newRows, size - 2);
        assert.equal(result.rowsCompared, size - 2);
      });

      it('keeps at most maxDifferences but counts them all', async function () {
        // Arrange: every 10th row's bucket changed (248 rows still there), plus 2 rows dropped.
        // Act
        const result = await compareDatabasesDetailed(oldDs, newDs, 'big', {
          batchSize: 500,
          columns: ['bucket'],
          maxDifferences: 20,
        });
        // Assert
        assert.equal(result.differences.length, 20);
        assert.equal(result.total, 248 + 2);
        assert.equal(result.truncated, true);
        assert.equal(result.differences[0].path, 'big[id=10].bucket');
      });

      it('expectSameDatabase says the whole count when it keeps only maxDifferences', async function () {
        await assert.rejects(
          expectSameDatabase(oldDs, newDs, 'big', { columns: ['bucket'], maxDifferences: 20 }),
          (error: unknown) => {
            assert.ok(error instanceof DifferencesError);
            assert.equal(error.differences.length, 20);
            assert.equal(error.total, 250);
            assert.match(
              error.message,
              /^Old and new big differ: 250 differences \(the first 20 kept: raise maxDifferences to see more\)\n/,
            );
            assert.match(error.message, /\n {2}\.\.\. and 230 more$/);
            return true;
          },
        );
      });
    });
  });
});
