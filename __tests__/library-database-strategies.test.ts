/**
 * The comparison strategies of `compareDatabases`: each one that applies to a driver must give
 * exactly what `merge` gives (same differences, order, messages and counts) on the same planted
 * tables; the automatic choice, forced strategies that cannot apply, the cap, progress, and that
 * `sqlite-attach` never writes to either file.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  compareDatabasesDetailed,
  progressLogger,
  type CompareDatabasesOptions,
  type ComparisonProgress,
  type ComparisonStrategy,
  type DatabaseComparison,
} from '../src/library/compare/databases.js';
import Database from 'better-sqlite3';
import {
  chunkedCandidates,
  keyChunks,
  keyNeverNull,
  matchMarker,
  mergeCandidates,
  PARALLEL_MIN_BYTES,
  rowidKey,
  spawnWorker,
  UNREAD_ROWS,
} from '../src/library/compare/db-sqlite-attach.js';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { DatabaseKind, ThrowawayDatabase } from '../src/library/database/types.js';
import { forEachDatabase } from './support/databases.js';
import { makeTable, TYPES } from './support/tables.js';

/** The fast strategy each driver has (merge is the reference). */
const FAST: Record<DatabaseKind, ComparisonStrategy> = {
  sqlite: 'sqlite-attach',
  postgres: 'server-hash',
  mysql: 'server-hash',
};

const ROWS = 3000;
const TEXTS = ['plain', 'café', '', null, '😀 emoji', '中文', 'a,b|c', '"quoted" \\ back'];
const FAR_ID = 1_500_000_000;

/** One row of the `kitchen` table, old side: awkward values of every kind. */
function oldRow(kind: DatabaseKind, i: number): unknown[] {
  const date = new Date(Date.UTC(2024, 0, 1, 0, i, 0, 123));
  return [
    3 * i + 1, // sparse keys
    TEXTS[i % TEXTS.length],
    i / 7,
    i % 11 === 0 ? null : Buffer.from(Array.from({ length: (i % 5) + 1 }, (_, j) => (i + j) % 256)),
    kind === 'sqlite' ? date.toISOString() : date,
    i,
    i % 2 === 0 ? 'on' : 'off', // `state`, renamed to `status`
    i, // `synced`, different on every row and ignored
  ];
}

/** The same row after the planted migration faults, or undefined when the row was dropped. */
function newRow(kind: DatabaseKind, i: number): unknown[] | undefined {
  if ((i >= 1000 && i < 1010) || i % 211 === 0) return undefined;
  const row = oldRow(kind, i);
  if (i % 97 === 0 && typeof row[1] === 'string') row[1] = `${row[1]}x`;
  if (i === 9) row[1] = 'café'.normalize('NFD');
  if (i === 3) row[1] = ''; // NULL became ''
  if (i === 2) row[1] = null; // '' became NULL
  if (i % 113 === 0) row[2] = Math.fround(row[2] as number);
  if (i === 0) row[2] = -0; // equal to 0 in JavaScript: must not be reported
  if (i % 131 === 0 && row[3] !== null) (row[3] as Buffer)[0] ^= 1;
  if (i % 151 === 0) {
    const shifted = new Date(Date.UTC(2024, 0, 1, 0, i, 0, 124));
    row[4] = kind === 'sqlite' ? shifted.toISOString() : shifted;
  }
  if (i % 173 === 0) row[5] = (row[5] as number) + 1;
  if (i >= 2500 && i < 2600) row[6] = 'changed'; // a dense run of differences
  row[7] = i + 1;
  return row;
}

/** Fills `kitchen` on both sides: the old rows, and the new ones with faults and extra rows. */
async function plantKitchen(kind: DatabaseKind, oldDs: DataSource, newDs: DataSource) {
  const t = TYPES[kind];
  const ddl = (state: string) =>
    `id ${t.int} PRIMARY KEY, txt ${t.text}, num ${t.double}, data ${t.blob}, at ${t.timestamp}, n ${t.int}, ${state} ${t.text}, synced ${t.int}`;
  const oldRows = Array.from({ length: ROWS }, (_, i) => oldRow(kind, i));
  oldRows.push([FAR_ID, 'far', 1.5, null, oldRows[0][4], 1, 'on', 1]);
  const newRows = Array.from({ length: ROWS }, (_, i) => newRow(kind, i)).filter(
    (row) => row !== undefined,
  );
  // Extra rows between existing keys, and one far past them.
  for (let i = 2000; i < 2005; i++) newRows.push([3 * i + 2, 'new', 0.25, null, null, i, 'on', 0]);
  newRows.push([FAR_ID, 'far!', 1.5, null, oldRows[0][4], 1, 'on', 1]);
  newRows.push([FAR_ID + 1, 'extra far', 1.5, null, null, 1, 'on', 1]);
  await makeTable(oldDs, kind, 'kitchen', ddl('state'), oldRows);
  await makeTable(newDs, kind, 'kitchen', ddl('status'), newRows);
}

/** The comparison without the fields that say how it ran (they differ by design). */
function outcome(result: DatabaseComparison) {
  const { strategy: _s, strategyReason: _r, rowsFetched: _f, ...rest } = result;
  return rest;
}

const RENAMED: CompareDatabasesOptions = {
  renamedColumns: { state: 'status' },
  ignoreColumns: ['synced'],
  batchSize: 100,
  onProgress: false,
};

/** The option sets every strategy must honour alike. */
const OPTION_SETS: [string, CompareDatabasesOptions][] = [
  ['renamed and ignored columns', RENAMED],
  ['normalize and tolerance', { ...RENAMED, normalize: true, tolerance: 1e-6 }],
  ['a cap of 7 differences', { ...RENAMED, maxDifferences: 7 }],
  ['no renames (column differences, every row differs)', { batchSize: 100, onProgress: false }],
];

/** SHA-256 of a file's bytes. */
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('library database: compareDatabases strategies', function () {
  this.timeout(120_000);

  forEachDatabase((db) => {
    let oldDb: ThrowawayDatabase;
    let newDb: ThrowawayDatabase;
    let oldDs: DataSource;
    let newDs: DataSource;
    const t = TYPES[db.kind];
    const fast = FAST[db.kind];

    before('create the old and the new database and plant the tables', async function () {
      oldDb = await createThrowawayDatabase({ url: db.url, label: 'old' });
      newDb = await createThrowawayDatabase({ url: db.url, label: 'new' });
      oldDs = new DataSource(oldDb.options);
      newDs = new DataSource(newDb.options);
      await Promise.all([oldDs.initialize(), newDs.initialize()]);
      await plantKitchen(db.kind, oldDs, newDs);
    });

    after('drop both', async function () {
      await Promise.all([oldDs?.destroy(), newDs?.destroy()].filter(Boolean));
      await Promise.all([oldDb?.drop(), newDb?.drop()].filter(Boolean));
    });

    for (const [title, options] of OPTION_SETS) {
      it(`${fast} gives exactly what merge gives (${title})`, async function () {
        // Arrange: the planted kitchen tables. Act
        const merged = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
          ...options,
          strategy: 'merge',
        });
        const other = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
          ...options,
          strategy: fast,
        });
        // Assert: the reference found the planted faults, and the other strategy the very same.
        assert.equal(merged.strategy, 'merge');
        assert.ok(merged.total > 100, `${db.kind} merge found only ${merged.total}`);
        assert.equal(other.strategy, fast, `${db.kind} ${fast}: ran ${other.strategy}`);
        assert.deepEqual(outcome(other), outcome(merged), `${db.kind} ${fast} differs from merge`);
      });
    }

    it(`auto picks ${fast}, which reads only the rows that may differ`, async function () {
      // Arrange: the planted tables (about 3000 rows a side, a few hundred differing). Act
      const result = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', RENAMED);
      // Assert
      assert.equal(result.strategy, fast, result.strategyReason);
      assert.equal(result.oldRows, ROWS + 1);
      assert.ok(
        result.rowsFetched < (result.oldRows + result.newRows) / 2,
        `${db.kind} ${fast} read ${result.rowsFetched} of ${result.oldRows + result.newRows} rows`,
      );
      const planted = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
        ...RENAMED,
        strategy: 'merge',
      });
      assert.equal(planted.rowsFetched, planted.oldRows + planted.newRows);
    });

    if (db.kind !== 'sqlite') {
      it('reads text with tabs, newlines and backslashes, bytes, NULLs and arrays alike whether whole (COPY on PostgreSQL) or by merge', async function () {
        // Arrange: every row differs in `n`, so that the rest is read whole; the other columns
        // hold what COPY's text format escapes, and one in 7 rows differs there too.
        const awkward = ['a\tb', 'line\nnext\r', 'back\\slash \\t', '', null, '\\N', 'é 😀'];
        const arrays = db.kind === 'postgres';
        const ddl = `id ${t.int} PRIMARY KEY, n ${t.int}, txt ${t.text}, bin ${t.blob}${arrays ? ', tags text[]' : ''}`;
        const row = (i: number, side: 'old' | 'new') => [
          i,
          side === 'old' ? i : i + 1,
          side === 'new' && i % 7 === 0
            ? `${awkward[i % awkward.length] ?? ''}!`
            : awkward[i % awkward.length],
          i % 5 === 0
            ? null
            : Buffer.from([i % 256, 9, 10, 92, side === 'new' && i % 11 === 0 ? 1 : 0]),
          ...(arrays
            ? [
                [
                  `x\t${i}`,
                  'y"z',
                  i % 3 === 0 ? null : '\\',
                  side === 'new' && i % 13 === 0 ? 'new' : '',
                ],
              ]
            : []),
        ];
        const ids = Array.from({ length: 600 }, (_, i) => i + 1);
        await makeTable(
          oldDs,
          db.kind,
          'escapes',
          ddl,
          ids.map((i) => row(i, 'old')),
        );
        await makeTable(
          newDs,
          db.kind,
          'escapes',
          ddl,
          ids.map((i) => row(i, 'new')),
        );
        const options: CompareDatabasesOptions = { onProgress: false, maxDifferences: 10_000 };
        // Act
        const whole = await compareDatabasesDetailed(oldDs, newDs, 'escapes', options);
        const merged = await compareDatabasesDetailed(oldDs, newDs, 'escapes', {
          ...options,
          strategy: 'merge',
        });
        // Assert
        assert.match(
          whole.strategyReason,
          db.kind === 'postgres' ? /read whole by COPY/ : /read whole$/,
        );
        assert.equal(merged.differences.filter((d) => d.path.endsWith('.txt')).length, 85);
        const changedBytes = ids.filter((i) => i % 11 === 0 && i % 5 !== 0).length;
        const changedTags = arrays ? ids.filter((i) => i % 13 === 0).length : 0;
        assert.equal(merged.total, 600 + 85 + changedBytes + changedTags);
        assert.ok(merged.differences.some((d) => d.path.endsWith('.txt')));
        assert.deepEqual(outcome(whole), outcome(merged));
      });

      it('reads the rest whole once most key ranges differ (by COPY on PostgreSQL), says so, and finds what merge finds', async function () {
        // Arrange: without renames every row differs; with them, a few hundred of 3000.
        const everyRow: CompareDatabasesOptions = { batchSize: 100, onProgress: false };
        // Act
        const dense = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', everyRow);
        const merged = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
          ...everyRow,
          strategy: 'merge',
        });
        const sparse = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', RENAMED);
        // Assert
        assert.equal(dense.strategy, 'server-hash');
        assert.match(
          dense.strategyReason,
          db.kind === 'postgres'
            ? /most ranges differed, so the rest was read whole by COPY, equal lines skipped unparsed/
            : /most ranges differed, so the rest was read whole$/,
        );
        assert.deepEqual(outcome(dense), outcome(merged));
        assert.match(sparse.strategyReason, /; \d+ levels? of hashes, \d+ key ranges? read$/);
        assert.ok(sparse.rowsFetched < dense.rowsFetched / 2);
      });
    }

    it('counts every difference exactly beyond the cap, whatever the strategy', async function () {
      // Arrange: without renames, every row differs in `synced` and in the renamed column.
      const options = { batchSize: 100, onProgress: false as const, maxDifferences: 10 };
      // Act
      const merged = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
        ...options,
        strategy: 'merge',
      });
      const other = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
        ...options,
        strategy: fast,
      });
      // Assert
      for (const result of [merged, other]) {
        assert.equal(result.differences.length, 10, `${db.kind} ${result.strategy}`);
        assert.equal(result.truncated, true, `${db.kind} ${result.strategy}`);
      }
      assert.ok(merged.total > ROWS, `${db.kind}: total ${merged.total}`);
      assert.equal(other.total, merged.total, `${db.kind} ${fast}: total`);
    });

    it('matches composite and text keys alike in every strategy that takes them', async function () {
      // Arrange: a composite key with text, and NOCASE/accents that only a binary order keeps apart.
      const text = db.kind === 'mysql' ? 'VARCHAR(20) COLLATE utf8mb4_bin' : t.text;
      const ddl = `code ${text} NOT NULL, line ${t.int} NOT NULL, qty ${t.double}, PRIMARY KEY (code, line)`;
      const codes = ['B', 'a', 'b', 'Á', '10', '9', 'a b', 'Z', 'é', '😀'];
      const rows = codes.flatMap((code, i) => [1, 2, 3].map((line) => [code, line, i + line / 10]));
      await makeTable(oldDs, db.kind, 'order_codes', ddl, rows);
      await makeTable(
        newDs,
        db.kind,
        'order_codes',
        ddl,
        [
          ...rows.filter(([code, line]) => !(code === 'a' && line === 2)),
          ['a', 4, 1],
          ['Á', 9, 2],
        ].map((row) => (row[0] === 'Z' && row[1] === 1 ? ['Z', 1, 99] : row)),
      );
      const strategies: ComparisonStrategy[] = db.kind === 'sqlite' ? ['sqlite-attach'] : [];
      // Act
      const merged = await compareDatabasesDetailed(oldDs, newDs, 'order_codes', {
        strategy: 'merge',
      });
      const auto = await compareDatabasesDetailed(oldDs, newDs, 'order_codes');
      const others = await Promise.all(
        strategies.map((strategy) =>
          compareDatabasesDetailed(oldDs, newDs, 'order_codes', { strategy }),
        ),
      );
      // Assert
      assert.deepEqual(
        merged.differences.map((d) => d.path),
        [
          "order_codes[code='a',line=2]",
          "order_codes[code='a',line=4]",
          "order_codes[code='Z',line=1].qty",
          "order_codes[code='Á',line=9]",
        ].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))),
      );
      assert.equal(auto.strategy, db.kind === 'sqlite' ? 'sqlite-attach' : 'merge');
      if (db.kind !== 'sqlite') assert.match(auto.strategyReason, /single-column key/);
      for (const result of [auto, ...others])
        assert.deepEqual(outcome(result), outcome(merged), `${db.kind} ${result.strategy}`);
    });

    it(`${fast} agrees with merge on an empty side and on a renamed key`, async function () {
      // Arrange: `id` became `tool_id`; then the new table is emptied.
      const rows = Array.from({ length: 300 }, (_, i) => [i * 5, `tool ${i}`]);
      await makeTable(
        oldDs,
        db.kind,
        'renamed_key',
        `id ${t.int} PRIMARY KEY, name ${t.text}`,
        rows,
      );
      await makeTable(
        newDs,
        db.kind,
        'renamed_key',
        `tool_id ${t.int} PRIMARY KEY, name ${t.text}`,
        rows.map(([id, name]) => [id, id === 250 ? 'changed' : name]),
      );
      const options = { renamedColumns: { id: 'tool_id' }, onProgress: false as const };
      const run = (strategy: ComparisonStrategy) =>
        compareDatabasesDetailed(oldDs, newDs, 'renamed_key', { ...options, strategy });
      // Act
      const [mergedRenamed, fastRenamed] = [await run('merge'), await run(fast)];
      await newDs.query('DELETE FROM renamed_key');
      const [mergedEmpty, fastEmpty] = [await run('merge'), await run(fast)];
      // Assert
      assert.deepEqual(
        mergedRenamed.differences.map((d) => d.message),
        ["row renamed_key[id=250]: column name changed from 'tool 50' to 'changed'"],
      );
      assert.deepEqual(outcome(fastRenamed), outcome(mergedRenamed), `${db.kind} ${fast} renamed`);
      assert.equal(mergedEmpty.total, 300);
      assert.deepEqual(outcome(fastEmpty), outcome(mergedEmpty), `${db.kind} ${fast} empty`);
      assert.deepEqual([fastRenamed.strategy, fastEmpty.strategy], [fast, fast]);
    });

    it('refuses a strategy forced on the wrong engines, naming it, the drivers and what is allowed', async function () {
      // Arrange
      const wrong: ComparisonStrategy = db.kind === 'sqlite' ? 'server-hash' : 'sqlite-attach';
      // Act / Assert
      await assert.rejects(
        compareDatabasesDetailed(oldDs, newDs, 'kitchen', { strategy: wrong }),
        (error: Error) => {
          assert.match(
            error.message,
            new RegExp(`strategy '${wrong}' cannot compare table kitchen`),
          );
          assert.match(
            error.message,
            new RegExp(`old: ${oldDs.options.type}, new: ${newDs.options.type}`),
          );
          assert.match(error.message, /Allowed here: auto, merge/);
          return true;
        },
      );
      await assert.rejects(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        compareDatabasesDetailed(oldDs, newDs, 'kitchen', { strategy: 'fast' as any }),
        /strategy must be one of auto, merge, sqlite-attach, server-hash, got 'fast'/,
      );
    });

    if (db.kind !== 'sqlite') {
      it('falls back to merge when a column changed type, and says which', async function () {
        // Arrange: an integer column that became text gives equal text for different values.
        const ddl = (type: string) => `id ${t.int} PRIMARY KEY, amount ${type}`;
        await makeTable(oldDs, db.kind, 'amounts', ddl(t.int), [
          [1, 10],
          [2, 20],
        ]);
        await makeTable(newDs, db.kind, 'amounts', ddl(t.text), [
          [1, '10'],
          [2, '20'],
        ]);
        // Act
        const auto = await compareDatabasesDetailed(oldDs, newDs, 'amounts');
        const forced = compareDatabasesDetailed(oldDs, newDs, 'amounts', {
          strategy: 'server-hash',
        });
        // Assert
        assert.equal(auto.strategy, 'merge');
        assert.match(
          auto.strategyReason,
          /column amount changed type from int\S* to (varchar|character varying)\(300\)/,
        );
        assert.deepEqual(
          auto.differences.map((d) => d.kind),
          ['type', 'type'],
        );
        await assert.rejects(forced, /strategy 'server-hash' .*column amount changed type/);
      });
    }

    if (db.kind === 'sqlite') {
      it('sqlite-attach never writes to either file', async function () {
        // Arrange
        const files = [oldDb.name, newDb.name];
        const before = files.map(digest);
        // Act
        const result = await compareDatabasesDetailed(oldDs, newDs, 'kitchen', RENAMED);
        // Assert
        assert.equal(result.strategy, 'sqlite-attach');
        assert.deepEqual(files.map(digest), before);
      });

      for (const [how, key] of [
        ['splits a rowid key range with', 'id INTEGER PRIMARY KEY'],
        ['looks for new-only rows in', 'id INT NOT NULL PRIMARY KEY'],
      ]) {
        it(`${how} a worker thread for files over ${PARALLEL_MIN_BYTES / 2 ** 20} MB (${key}), with the same result`, async function () {
          // Arrange: 1 MB blobs make big files from few rows; differences on both sides of the
          // middle key (20), so in both threads' halves when the key range is split.
          const blob = (i: number) => Buffer.alloc(2 ** 20, i);
          const ddl = `${key}, data BLOB, label TEXT`;
          const rows = Array.from({ length: 20 }, (_, i) => [i * 2, blob(i), `row ${i}`]);
          await makeTable(oldDs, 'sqlite', 'blobs', ddl, rows);
          await makeTable(newDs, 'sqlite', 'blobs', ddl, [
            ...rows
              .filter(([id]) => id !== 10)
              .map(([id, data, label]) => [id, data, id === 4 ? 'x' : label]),
            [5, blob(99), 'new'],
            [41, null, 'new at the end'],
          ]);
          assert.ok(
            statSync(oldDb.name).size + statSync(newDb.name).size >= PARALLEL_MIN_BYTES,
            'the files are big enough for the worker',
          );
          // Act
          const merged = await compareDatabasesDetailed(oldDs, newDs, 'blobs', {
            strategy: 'merge',
          });
          const attached = await compareDatabasesDetailed(oldDs, newDs, 'blobs', {
            strategy: 'sqlite-attach',
            maxDifferences: 3,
          });
          const mergedCapped = await compareDatabasesDetailed(oldDs, newDs, 'blobs', {
            strategy: 'merge',
            maxDifferences: 3,
          });
          // Assert
          assert.deepEqual(
            merged.differences.map((d) => [d.kind, d.path]),
            [
              ['changed', 'blobs[id=4].label'],
              ['extra', 'blobs[id=5]'],
              ['missing', 'blobs[id=10]'],
              ['extra', 'blobs[id=41]'],
            ],
          );
          assert.ok(Buffer.isBuffer((merged.differences[1].new as { data: unknown }).data));
          assert.equal(attached.strategy, 'sqlite-attach');
          assert.deepEqual(outcome(attached), outcome(mergedCapped));
          assert.equal(attached.total, 4);
          assert.deepEqual(
            [attached.oldRows, attached.newRows, attached.rowsCompared],
            [20, 21, 19],
          );
        });
      }

      it('agrees with merge on WITHOUT ROWID tables (no rowid to tell a missing partner by)', async function () {
        // Arrange: keys only on one side at the start, the middle and the end, and a changed row.
        const rows = (ids: readonly number[]) =>
          ids.map((id) => [`k${String(id).padStart(3, '0')}`, id]);
        const ids = Array.from({ length: 50 }, (_, i) => i + 1);
        for (const [ds, side] of [
          [oldDs, [0, ...ids.filter((id) => id !== 25)]],
          [newDs, [...ids.filter((id) => id !== 10), 99]],
        ] as const) {
          await ds.query('DROP TABLE IF EXISTS keyed');
          await ds.query('CREATE TABLE keyed (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID');
          for (const [k, v] of rows(side))
            await ds.query('INSERT INTO keyed VALUES (?, ?)', [
              k,
              ds === newDs && v === 7 ? 70 : v,
            ]);
        }
        // Act
        const merged = await compareDatabasesDetailed(oldDs, newDs, 'keyed', { strategy: 'merge' });
        const attached = await compareDatabasesDetailed(oldDs, newDs, 'keyed', {
          strategy: 'sqlite-attach',
        });
        // Assert
        assert.deepEqual(
          merged.differences.map((d) => [d.kind, d.path]),
          [
            ['missing', "keyed[k='k000']"],
            ['changed', "keyed[k='k007'].v"],
            ['missing', "keyed[k='k010']"],
            ['extra', "keyed[k='k025']"],
            ['extra', "keyed[k='k099']"],
          ],
        );
        assert.equal(attached.strategy, 'sqlite-attach');
        assert.deepEqual(outcome(attached), outcome(merged));
      });

      it('counts the new rows exactly when a nullable primary key holds NULL more than once', async function () {
        // Arrange: a rowid table's TEXT PRIMARY KEY accepts any number of NULLs, so the new
        // table's rows cannot be told from the old count, the missing and the extra rows.
        const ddl = 'k TEXT PRIMARY KEY, v TEXT';
        await makeTable(oldDs, 'sqlite', 'nullkeys', ddl, [
          [null, 'x'],
          [null, 'x'],
          ['a', '1'],
        ]);
        await makeTable(newDs, 'sqlite', 'nullkeys', ddl, [
          [null, 'x'],
          ['a', '1'],
          ['b', '2'],
        ]);
        // Act
        const result = await compareDatabasesDetailed(oldDs, newDs, 'nullkeys', {
          strategy: 'sqlite-attach',
          onProgress: false,
        });
        // Assert
        assert.deepEqual(
          result.differences.map((d) => [d.kind, d.path]),
          [['extra', "nullkeys[k='b']"]],
        );
        assert.deepEqual([result.oldRows, result.newRows], [3, 3]);
      });

      it('agrees with merge on a table with a column of its own named rowid, holding NULLs', async function () {
        // Arrange: `rowid` here names the column, not the row id; it is NULL in matched rows.
        const ddl = 'k TEXT PRIMARY KEY, rowid INTEGER, v TEXT';
        await makeTable(oldDs, 'sqlite', 'shadowed', ddl, [
          ['a', null, '1'],
          ['b', null, '2'],
          ['c', 3, '3'],
        ]);
        await makeTable(newDs, 'sqlite', 'shadowed', ddl, [
          ['a', null, '1'],
          ['b', null, 'two'],
          ['d', null, '4'],
        ]);
        // Act
        const merged = await compareDatabasesDetailed(oldDs, newDs, 'shadowed', {
          strategy: 'merge',
          onProgress: false,
        });
        const attached = await compareDatabasesDetailed(oldDs, newDs, 'shadowed', {
          strategy: 'sqlite-attach',
          onProgress: false,
        });
        // Assert
        assert.deepEqual(
          merged.differences.map((d) => [d.kind, d.path]),
          [
            ['changed', "shadowed[k='b'].v"],
            ['missing', "shadowed[k='c']"],
            ['extra', "shadowed[k='d']"],
          ],
        );
        assert.equal(attached.strategy, 'sqlite-attach');
        assert.deepEqual(outcome(attached), outcome(merged));
      });

      it('gives way to merge when sqlite-attach fails before its first row (a TEMP table only the data source sees)', async function () {
        // Arrange: TEMP tables live in the data source's own connection, not in the file.
        for (const [ds, label] of [
          [oldDs, 'old'],
          [newDs, 'new'],
        ] as const) {
          await ds.query('DROP TABLE IF EXISTS temp.scratch');
          await ds.query('CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY, label TEXT)');
          await ds.query(`INSERT INTO temp.scratch VALUES (1, 'same'), (2, '${label}')`);
        }
        try {
          // Act
          const auto = await compareDatabasesDetailed(oldDs, newDs, 'scratch');
          const forced = compareDatabasesDetailed(oldDs, newDs, 'scratch', {
            strategy: 'sqlite-attach',
          });
          // Assert
          assert.equal(auto.strategy, 'merge');
          assert.match(
            auto.strategyReason,
            /sqlite-attach fell back: it failed before its first row \(no such table/,
          );
          assert.deepEqual(
            auto.differences.map((d) => d.message),
            ["row scratch[id=2]: column label changed from 'old' to 'new'"],
          );
          await assert.rejects(forced, /no such table/);
        } finally {
          await Promise.all([oldDs, newDs].map((ds) => ds.query('DROP TABLE temp.scratch')));
        }
      });

      it('falls back to merge for an in-memory database', async function () {
        // Arrange
        const memory = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
        await memory.initialize();
        try {
          await memory.query('CREATE TABLE kitchen (id INTEGER PRIMARY KEY, txt TEXT)');
          // Act
          const result = await compareDatabasesDetailed(memory, newDs, 'kitchen', {
            columns: ['txt'],
          });
          const forced = compareDatabasesDetailed(memory, newDs, 'kitchen', {
            strategy: 'sqlite-attach',
            columns: ['txt'],
          });
          // Assert
          assert.equal(result.strategy, 'merge');
          assert.match(
            result.strategyReason,
            /old data source has no file to attach: it is an in-memory database/,
          );
          assert.equal(result.total, newDs ? result.newRows : 0);
          await assert.rejects(forced, /strategy 'sqlite-attach' .*in-memory/);
        } finally {
          await memory.destroy();
        }
      });
    }

    it('reports progress: first, throttled, and done with every row', async function () {
      // Arrange
      const updates: Record<ComparisonStrategy, ComparisonProgress[]> = {
        merge: [],
        'sqlite-attach': [],
        'server-hash': [],
      };
      // Act
      for (const strategy of ['merge', fast] as const) {
        await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
          ...RENAMED,
          strategy,
          progressIntervalMs: 0,
          onProgress: (p) => updates[strategy].push(p),
        });
      }
      const quiet: ComparisonProgress[] = [];
      await compareDatabasesDetailed(oldDs, newDs, 'kitchen', {
        ...RENAMED,
        strategy: 'merge',
        progressIntervalMs: 60_000,
        onProgress: (p) => quiet.push(p),
      });
      // Assert
      for (const strategy of ['merge', fast] as const) {
        const list = updates[strategy];
        const last = list[list.length - 1];
        const total = list[0].rowsTotal;
        assert.ok(list.length >= 2, `${db.kind} ${strategy}: ${list.length} updates`);
        assert.deepEqual(
          [list[0].rowsCompared, list[0].table, list[0].strategy],
          [0, 'kitchen', strategy],
        );
        assert.deepEqual([last.rowsCompared, last.rowsTotal, last.done], [total, total, true]);
        assert.ok(list.every((p, i) => i === 0 || p.rowsCompared >= list[i - 1].rowsCompared));
        assert.equal(list.filter((p) => p.done).length, 1);
      }
      assert.ok(updates.merge.length > 10, `${db.kind} merge: ${updates.merge.length} updates`);
      // A long interval leaves only the first and the last update.
      assert.deepEqual(
        quiet.map((p) => p.done),
        [false, true],
      );
    });
  });

  describe('sqlite-attach internals', function () {
    /** A worker that has sent `messages` (then `finished`), sharing `shared` with this thread. */
    const fakeWorker = (shared: Int32Array, messages: object[]) => ({
      next: async () => (messages.shift() ?? { finished: true as const }) as never,
      shared,
      start: () => {},
      stop: () => {},
    });
    /**
     * A connection whose chunk query gives `rowsOf(low)` and whose count gives 1, each call
     * recorded in `steps` with its parameters (`chunk low high low high`, `count low high`).
     */
    const fakeChunkConnection = (steps: string[], rowsOf: (low: unknown) => unknown[][]) => ({
      prepare: () => ({
        raw: () => ({
          iterate: (...params: unknown[]) => {
            steps.push(`chunk ${params.join(' ')}`);
            return rowsOf(params[0]).values();
          },
          get: () => assert.fail('not used'),
        }),
        pluck: () => ({
          get: (...params: unknown[]) => {
            steps.push(`count ${params.join(' ')}`);
            return 1;
          },
        }),
        run: () => assert.fail('nothing is run'),
      }),
    });

    it('knows which primary keys can never hold NULL', function () {
      // Arrange
      const db = new Database(':memory:');
      const tables: [string, string, string[], boolean][] = [
        ['ipk', '(id INTEGER PRIMARY KEY, v TEXT)', ['id'], true],
        ['ipk_desc', '(id INTEGER PRIMARY KEY DESC, v TEXT)', ['id'], false],
        ['text_pk', '(k TEXT PRIMARY KEY, v TEXT)', ['k'], false],
        ['text_pk_not_null', '(k TEXT NOT NULL PRIMARY KEY, v TEXT)', ['k'], true],
        ['without_rowid', '(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID', ['k'], true],
        [
          'pair_not_null',
          '(a INT NOT NULL, b TEXT NOT NULL, v, PRIMARY KEY (a, b))',
          ['a', 'b'],
          true,
        ],
        ['pair_half', '(a INT NOT NULL, b TEXT, v, PRIMARY KEY (a, b))', ['a', 'b'], false],
      ];
      try {
        for (const [name, ddl] of tables) db.exec(`CREATE TABLE ${name} ${ddl}`);
        db.exec('CREATE VIEW a_view AS SELECT * FROM ipk');
        // Act
        const seen = tables.map(([name, , key]) =>
          keyNeverNull(
            db,
            'main',
            name,
            key.map((k) => ({ name: k })),
          ),
        );
        // Assert
        assert.deepEqual(
          seen,
          tables.map(([, , , expected]) => expected),
        );
        assert.equal(keyNeverNull(db, 'main', 'a_view', [{ name: 'id' }]), false);
      } finally {
        db.close();
      }
    });

    it('tells a missing partner by a rowid name no column has taken, else by a key that cannot be NULL', function () {
      // Arrange
      const db = new Database(':memory:');
      try {
        db.exec('CREATE TABLE plain (k TEXT PRIMARY KEY, v)');
        db.exec('CREATE TABLE one_taken (k TEXT PRIMARY KEY, rowid INT, v)');
        db.exec('CREATE TABLE two_taken (k TEXT PRIMARY KEY, ROWID INT, _rowid_ INT)');
        db.exec('CREATE TABLE all_taken (k TEXT NOT NULL PRIMARY KEY, rowid, _rowid_, oid)');
        db.exec('CREATE TABLE all_taken_nullable (k TEXT PRIMARY KEY, rowid, _rowid_, oid)');
        db.exec('CREATE TABLE no_rowid (k TEXT PRIMARY KEY, rowid INT) WITHOUT ROWID');
        const marker = (table: string) => matchMarker(db, 'main', table, [{ name: 'k' }]);
        // Act and assert
        assert.deepEqual(['plain', 'one_taken', 'two_taken', 'all_taken', 'no_rowid'].map(marker), [
          'rowid',
          '_rowid_',
          'oid',
          '"k"',
          '"k"',
        ]);
        assert.throws(
          () => marker('all_taken_nullable'),
          /table all_taken_nullable has columns named rowid, _rowid_, oid and a primary key that can hold NULL.*use strategy: 'merge'/,
        );
        assert.throws(() => marker('not_there'), /no such table: main\.not_there/);
      } finally {
        db.close();
      }
    });

    it("cuts only rowid keys, both tables' key range in chunks of equal width", function () {
      // Arrange
      const db = new Database(':memory:');
      try {
        db.exec("ATTACH ':memory:' AS vm_new");
        db.exec('CREATE TABLE main.t (id INTEGER PRIMARY KEY, v)');
        db.exec('CREATE TABLE vm_new.t (id INTEGER PRIMARY KEY, v)');
        db.exec('CREATE TABLE main.i (id INT PRIMARY KEY NOT NULL, v)');
        const chunks = (count: number) =>
          keyChunks(db, 'A.id', 'main.t', 'B.id', 'vm_new.t', count);
        // Act and assert
        assert.equal(rowidKey(db, 'main', 't', [{ name: 'id' }]), true);
        assert.equal(rowidKey(db, 'main', 'i', [{ name: 'id' }]), false);
        assert.equal(keyNeverNull(db, 'main', 'i', [{ name: 'id' }]), true);
        assert.equal(chunks(4), undefined);
        db.exec('INSERT INTO main.t VALUES (10, 1), (20, 1)');
        db.exec('INSERT INTO vm_new.t VALUES (3, 1), (12, 1)');
        // 3..20 in 4: width 5, the last one cut at the greatest key.
        assert.deepEqual(chunks(4), [
          [3n, 7n],
          [8n, 12n],
          [13n, 17n],
          [18n, 20n],
        ]);
        // Fewer keys than chunks: one key each.
        assert.equal(chunks(100)?.length, 18);
        db.exec('INSERT INTO vm_new.t VALUES (9007199254740993, 1), (-9223372036854775808, 1)');
        db.exec('INSERT INTO main.t VALUES (9223372036854775807, 1)');
        // Rowids are 64-bit: exact beyond 2^53, and the whole range without overflow.
        assert.deepEqual(chunks(2), [
          [-9223372036854775808n, -1n],
          [0n, 9223372036854775807n],
        ]);
      } finally {
        db.close();
      }
    });

    it('the worker opens its connection before its job, and says why when it cannot', async function () {
      // Arrange: a file that is not there; the worker tries to open it as soon as it starts.
      const folder = mkdtempSync(join(tmpdir(), 'vm-chunks-'));
      const missing = join(folder, 'not-there.db');
      const worker = spawnWorker({ old: missing, new: missing });
      try {
        // Act: the job comes later, as it does once this thread has planned the queries.
        await new Promise((resolve) => setTimeout(resolve, 20));
        worker.start({
          chunks: [[0n, 1n]],
          sql: 'SELECT 1',
          countSql: 'SELECT 1',
          limit: 1,
          batch: 1,
        });
        // Assert
        await assert.rejects(
          worker.next(),
          /^Error: compareDatabases \(sqlite-attach\): unable to open database file$/,
        );
      } finally {
        worker.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('takes chunks from the bottom while the worker takes them from the top, and counts them', async function () {
      // Arrange: ten chunks of one key each; a fake worker has taken the top three (in the
      // shared counter too), as a worker quicker than this thread would have, and sent them
      // from the top down (5 rows: UNREAD says so), each chunk's count with its last rows.
      const shared = new Int32Array(new SharedArrayBuffer(12));
      const chunks = Array.from({ length: 10 }, (_, i) => [BigInt(i), BigInt(i)] as const);
      shared[1] = 3;
      shared[2] = 5;
      const messages: object[] = [
        { chunk: 9, rows: [[3, 9n, new Uint8Array([9])]], count: 100 },
        { chunk: 8, rows: [[1, 8n, null]] },
        { chunk: 8, rows: [[2, 8.5, null]], count: 200 },
        { chunk: 7, rows: [[2, 7n, new Uint8Array([7])]] },
        { chunk: 7, rows: [[3, 7.5, null]], count: 400 },
        { finished: true as const },
      ];
      const worker = fakeWorker(shared, messages);
      const steps: string[] = [];
      const db = fakeChunkConnection(steps, (low) => [[3, low, null]]);
      // Act
      const rows: unknown[][] = [];
      let counted: number[] | undefined;
      const setCounts = (counts: number[]) => (counted = counts);
      const candidates = chunkedCandidates(db, worker, 'sql', 'count', chunks, setCounts);
      let stepsBeforeFirstRows: number | undefined;
      for await (const batch of candidates) {
        stepsBeforeFirstRows ??= steps.length;
        rows.push(...batch);
      }
      // Assert: chunks 0 to 6 here, each with its bounds twice (both arms), then counted.
      assert.deepEqual(
        steps,
        Array.from({ length: 7 }, (_, i) => [
          `chunk ${i} ${i} ${i} ${i}`,
          `count ${i} ${i}`,
        ]).flat(),
      );
      // This thread's rows wait until it has read its last chunk (its JavaScript would take the
      // CPU from the worker): the first come after all 14 queries.
      assert.equal(stepsBeforeFirstRows, 14);
      assert.deepEqual(counted, [7 + 100 + 200 + 400]);
      assert.deepEqual(
        rows.map((row) => row[1]),
        [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 7.5, 8n, 8.5, 9n],
      );
      // The worker's blobs come back as Buffers, as the driver gives them.
      assert.ok(Buffer.isBuffer(rows[7][2]) && Buffer.isBuffer(rows[11][2]));
      assert.equal(messages.length, 0);
      assert.equal(Atomics.load(shared, 2), 0, 'every row read is taken off UNREAD');
    });

    it('holds at most UNREAD_ROWS of its own rows before passing them on', async function () {
      // Arrange: two chunks, both this thread's (the worker takes none); the first yields one
      // row more than UNREAD_ROWS, the second one row.
      const shared = new Int32Array(new SharedArrayBuffer(12));
      const chunks = [[0n, 0n] as const, [1n, 1n] as const];
      const worker = fakeWorker(shared, []);
      const steps: string[] = [];
      const db = fakeChunkConnection(steps, (low) =>
        Array.from({ length: low === 0n ? UNREAD_ROWS + 1 : 1 }, (_, i) => [3, low, i]),
      );
      // Act
      const batches: { size: number; stepsBefore: string[] }[] = [];
      for await (const batch of chunkedCandidates(db, worker, 'sql', 'count', chunks, () => {}))
        batches.push({ size: batch.length, stepsBefore: [...steps] });
      // Assert: the first UNREAD_ROWS rows pass while the first chunk is still being read; the
      // rest wait for the last chunk.
      assert.deepEqual(batches, [
        { size: UNREAD_ROWS, stepsBefore: ['chunk 0 0 0 0'] },
        {
          size: 2,
          stepsBefore: ['chunk 0 0 0 0', 'count 0 0', 'chunk 1 1 1 1', 'count 1 1'],
        },
      ]);
    });

    it('the worker takes chunks from the top down, and waits while too many rows are unread', async function () {
      // Arrange: keys 0..9 on both sides, one chunk per key, at most 3 rows unread.
      const folder = mkdtempSync(join(tmpdir(), 'vm-chunks-'));
      const files = { old: join(folder, 'old.db'), new: join(folder, 'new.db') };
      for (const file of [files.old, files.new]) {
        const db = new Database(file);
        db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)');
        for (let id = 0; id < 10; id++)
          db.prepare('INSERT INTO t VALUES (?, ?)').run(id, Buffer.from([id]));
        db.close();
      }
      const chunks = Array.from({ length: 10 }, (_, i) => [BigInt(i), BigInt(i)] as const);
      const sql =
        'SELECT id, v FROM main.t WHERE id BETWEEN ? AND ? UNION ALL SELECT id, v FROM vm_new.t WHERE id BETWEEN ? AND ? ORDER BY 1';
      const countSql = 'SELECT COUNT(*) FROM main.t WHERE id BETWEEN ? AND ?';
      const worker = spawnWorker(files);
      worker.start({ chunks, sql, countSql, limit: 3, batch: 3 });
      const row = (id: number) => [id, new Uint8Array([id])];
      try {
        // Act: two chunks sent (4 rows unread), then the worker waits with chunk 7 taken.
        const first = [await worker.next(), await worker.next()];
        for (let i = 0; i < 200 && Atomics.load(worker.shared, 1) < 3; i++)
          await new Promise((resolve) => setTimeout(resolve, 5));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const claimedWhileWaiting = Atomics.load(worker.shared, 1);
        const unreadWhileWaiting = Atomics.load(worker.shared, 2);
        // This thread takes the other chunks and reads the four rows.
        Atomics.store(worker.shared, 1, 10);
        Atomics.sub(worker.shared, 2, 4);
        Atomics.notify(worker.shared, 2);
        const rest = [await worker.next(), await worker.next()];
        // Assert
        assert.deepEqual(first, [
          { chunk: 9, rows: [row(9), row(9)], count: 1 },
          { chunk: 8, rows: [row(8), row(8)], count: 1 },
        ]);
        assert.equal(claimedWhileWaiting, 3, 'chunk 7 taken, nothing more');
        assert.equal(unreadWhileWaiting, 4);
        assert.deepEqual(rest, [
          { chunk: 7, rows: [row(7), row(7)], count: 1 },
          { finished: true },
        ]);
      } finally {
        worker.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('reads joined rows ahead while waiting for the worker, and merges in key order', async function () {
      // Arrange: rows are [tag, key]; the join has keys 1..10, the worker 0, 4.5 and 11.
      let joinedRead = 0;
      const joinedKeys = Array.from({ length: 10 }, (_, i) => i + 1);
      const joined = (function* () {
        for (const key of joinedKeys) {
          joinedRead++;
          yield [3, key];
        }
      })();
      const readBeforeWorker: number[] = [];
      const onlyNew = (async function* () {
        for (const key of [0, 4.5, 11]) {
          readBeforeWorker.push(joinedRead);
          await new Promise((resolve) => setTimeout(resolve, 1));
          yield [2, key];
        }
      })();
      // Act
      const merged: unknown[][] = [];
      const byKey = (a: unknown[], b: unknown[]) => (a[0] as number) - (b[0] as number);
      for await (const batch of mergeCandidates(joined, onlyNew, 1, byKey, 4))
        merged.push(...batch);
      // Assert
      assert.deepEqual(
        merged.map((row) => row[1]),
        [0, 1, 2, 3, 4, 4.5, 5, 6, 7, 8, 9, 10, 11],
      );
      // Four joined rows were read before the first wait for the worker, not one.
      assert.equal(readBeforeWorker[0], 4);
      assert.ok(readBeforeWorker.every((n) => n >= 4));
    });
  });

  describe('progressLogger (the default listener)', function () {
    it('writes one plain line per update, only for big comparisons', function () {
      // Arrange
      const lines: string[] = [];
      const log = progressLogger((line) => lines.push(line), 1000);
      const update = { table: 'tools', strategy: 'merge' as const, done: false };
      // Act
      log({ ...update, rowsCompared: 0, rowsTotal: 999 });
      log({ ...update, rowsCompared: 250, rowsTotal: 2000 });
      log({ ...update, rowsCompared: 2000, rowsTotal: 2000, done: true });
      // Assert
      assert.deepEqual(lines, [
        'compareDatabases tools (merge): 250 of 2000 rows (12%)\n',
        'compareDatabases tools (merge): 2000 of 2000 rows (100%), done\n',
      ]);
    });
  });
});
