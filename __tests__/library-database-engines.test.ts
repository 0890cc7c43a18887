/**
 * compareDatabases across engines (issue 16): a service that moves from SQLite or MariaDB to
 * PostgreSQL, or from PostgreSQL to MariaDB, compared with the default options finds exactly the
 * planted differences, with no `normalize` written by hand; a decimal cut to fewer places and a
 * time-zone shift are still found. The tables use the types each engine's TypeORM schema would
 * have (SQLite booleans, DATETIME text and DECIMAL as floats; MariaDB's tinyint(1) and JSON;
 * PostgreSQL's boolean, numeric, timestamptz and jsonb).
 */
import assert from 'node:assert/strict';
import { DataSource } from 'typeorm';
import { DifferencesError, expectSameDatabase } from '../src/library/assert.js';
import { bridgeColumn, type BridgeKind } from '../src/library/compare/db-bridge.js';
import { pairForm, POSTGRES_HASH } from '../src/library/compare/db-hash-engines.js';
import { classify } from '../src/library/compare/db-dialect.js';
import {
  compareDatabasesDetailed,
  type CompareDatabasesOptions,
} from '../src/library/compare/databases.js';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { DatabaseKind, ThrowawayDatabase } from '../src/library/database/types.js';
import { enabledDatabases, DATABASE_URL_VARIABLES, forEachDatabase } from './support/databases.js';
import { makeTable } from './support/tables.js';

const TABLE = 'accounts';
const ROWS = 6000;

/** Each engine's column types, as its TypeORM schema declares them. */
const DDL: Record<DatabaseKind, string> = {
  sqlite: `id integer PRIMARY KEY, name varchar(100) NOT NULL, active boolean NOT NULL,
    visits integer NOT NULL, total bigint NOT NULL, amount decimal(12,4) NOT NULL,
    score double NOT NULL, ratio real NOT NULL, created_at datetime NOT NULL, born date,
    payload blob NOT NULL, meta text NOT NULL, note text`,
  postgres: `id integer PRIMARY KEY, name varchar(100) NOT NULL, active boolean NOT NULL,
    visits smallint NOT NULL, total bigint NOT NULL, amount numeric(12,4) NOT NULL,
    score double precision NOT NULL, ratio real NOT NULL, created_at timestamptz NOT NULL,
    born date, payload bytea NOT NULL, meta jsonb NOT NULL, note text`,
  mysql: `id int PRIMARY KEY, name varchar(100) NOT NULL, active tinyint(1) NOT NULL,
    visits int NOT NULL, total bigint NOT NULL, amount decimal(12,4) NOT NULL,
    score double NOT NULL, ratio float NOT NULL, created_at datetime(3) NOT NULL, born date,
    payload blob NOT NULL, meta json NOT NULL, note text`,
};

/** One row's logical values. */
interface Account {
  id: number;
  name: string;
  active: boolean;
  visits: number;
  total: bigint;
  /** Exact text with 4 decimals. */
  amount: string;
  score: number;
  ratio: number;
  /** Milliseconds since the epoch (UTC). */
  created: number;
  /** YYYY-MM-DD or null. */
  born: string | null;
  payload: Buffer;
  meta: Record<string, unknown>;
  note: string | null;
}

function account(id: number): Account {
  const h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return {
    id,
    name: `name ${h % 10007}`,
    active: (h & 1) === 1,
    visits: h % 30000,
    total: BigInt(h) * 1024n + BigInt(id),
    amount: `${(h % 10_000_000) - 5_000_000}.${String(h % 10000).padStart(4, '0')}`,
    score: (h % 1_000_000) / 1000 + 0.25,
    ratio: ((h % 100_000) + 0.5) / 7,
    created: Date.UTC(2021, 0, 1) + (h % 100_000_000) * 1000 + (h % 1000),
    born:
      h % 9 === 0
        ? null
        : new Date(Date.UTC(1950, 0, 1) + (h % 20000) * 86_400_000).toISOString().slice(0, 10),
    payload: Buffer.from([h & 255, (h >> 8) & 255, (h >> 16) & 255, id & 255]),
    meta: { tags: [`t${h % 5}`, 'x'], level: h % 4, ok: true, price: 2.5 },
    note: h % 5 === 0 ? null : `note ${h % 7919}`,
  };
}

/** The row's values as `kind` stores them (SQLite and MariaDB take dates as text without zone, as TypeORM writes them). */
function encode(kind: DatabaseKind, a: Account): unknown[] {
  const wall = new Date(a.created).toISOString().replace('T', ' ').replace('Z', '');
  const json = JSON.stringify(a.meta);
  if (kind === 'sqlite')
    return [
      a.id,
      a.name,
      a.active ? 1 : 0,
      a.visits,
      Number(a.total),
      Number(a.amount),
      a.score,
      a.ratio,
      wall,
      a.born,
      a.payload,
      json,
      a.note,
    ];
  if (kind === 'postgres')
    return [
      a.id,
      a.name,
      a.active,
      a.visits,
      String(a.total),
      a.amount,
      a.score,
      a.ratio,
      new Date(a.created).toISOString(),
      a.born,
      a.payload,
      json,
      a.note,
    ];
  return [
    a.id,
    a.name,
    a.active ? 1 : 0,
    a.visits,
    String(a.total),
    a.amount,
    a.score,
    a.ratio,
    wall,
    a.born,
    a.payload,
    json,
    a.note,
  ];
}

/** The planted differences: 0.1% of the rows, each a kind the bridge must not explain away. */
const PLANTED = {
  missing: 1234,
  extra: ROWS + 1,
  name: 2001,
  active: 3002,
  /** A DECIMAL(12,4) value cut to 2 places (stored at scale 4: ...5678 became ...5700). */
  amount: 4003,
  /** The date and time shifted by 2 hours: a time zone applied on one side only. */
  created: 5004,
  /** The JSON's keys written in the opposite order: the same value, not a difference. */
  jsonOrder: 2500,
  /** A value inside the JSON's array changed: a difference. */
  jsonNested: 2600,
  /** The next row's JSON number changed: a second difference, next to the first. */
  jsonNext: 2601,
};

const EXPECTED = [
  `${TABLE}[id=${PLANTED.missing}]|missing`,
  `${TABLE}[id=${PLANTED.name}].name|changed`,
  `${TABLE}[id=${PLANTED.active}].active|changed`,
  `${TABLE}[id=${PLANTED.amount}].amount|changed`,
  `${TABLE}[id=${PLANTED.created}].created_at|changed`,
  `${TABLE}[id=${PLANTED.jsonNested}].meta|changed`,
  `${TABLE}[id=${PLANTED.jsonNext}].meta|changed`,
  `${TABLE}[id=${PLANTED.extra}]|extra`,
];

/** The old side's rows, and the new side's with the planted differences. */
function rowsOf(side: 'old' | 'new'): Account[] {
  const rows: Account[] = [];
  for (let id = 1; id <= ROWS + 1; id++) {
    const a = account(id);
    if (side === 'old' && id === PLANTED.extra) continue;
    if (side === 'new') {
      if (id === PLANTED.missing) continue;
      if (id === PLANTED.name) a.name += ' (edited)';
      if (id === PLANTED.active) a.active = !a.active;
      if (id === PLANTED.amount) a.amount = `${a.amount.slice(0, -2)}00`;
      if (id === PLANTED.created) a.created += 2 * 3_600_000;
      if (id === PLANTED.jsonOrder)
        a.meta = Object.fromEntries(Object.entries(a.meta).reverse()) as Account['meta'];
      if (id === PLANTED.jsonNext) a.meta = { ...a.meta, price: 2.75 };
      if (id === PLANTED.jsonNested)
        a.meta = { ...a.meta, tags: [(a.meta.tags as string[])[0], 'y'] };
    }
    rows.push(a);
  }
  return rows;
}

const PAIRS: [DatabaseKind, DatabaseKind][] = [
  ['sqlite', 'postgres'],
  ['mysql', 'postgres'],
  ['postgres', 'mysql'],
];

describe('library database: compareDatabases across engines', function () {
  describe('bridges (no database)', function () {
    const col = (name: string, type: string) => ({ name, type, class: classify(type) });

    it('bridges only columns whose two sides differ in engine or type, and only between like families', function () {
      // Act
      const sameType = bridgeColumn(
        'postgres',
        col('a', 'integer'),
        'postgres',
        col('a', 'integer'),
        undefined,
      );
      const widened = bridgeColumn(
        'postgres',
        col('a', 'integer'),
        'postgres',
        col('a', 'bigint'),
        undefined,
      );
      const toText = bridgeColumn(
        'sqlite',
        col('a', 'integer'),
        'sqlite',
        col('a', 'text'),
        undefined,
      );
      const textAcross = bridgeColumn(
        'sqlite',
        col('a', 'text'),
        'postgres',
        col('a', 'text'),
        undefined,
      );
      // Assert
      assert.equal(sameType, undefined);
      assert.equal(widened?.bridge.as, 'integer');
      assert.equal(widened?.compare(7, '7'), 'equal');
      assert.equal(widened?.compare(7, '8'), 'changed');
      assert.equal(toText, undefined, 'an integer turned into text is a change of type');
      assert.equal(textAcross, undefined, 'text is compared exactly');
    });

    it('reads each side by its declared type and still finds what the types cannot explain', function () {
      // Arrange
      const boolean = bridgeColumn(
        'mysql',
        col('b', 'tinyint(1)'),
        'postgres',
        col('b', 'boolean'),
        undefined,
      )!;
      const decimal = bridgeColumn(
        'sqlite',
        col('d', 'decimal(12,4)'),
        'postgres',
        col('d', 'numeric(12,4)'),
        undefined,
      )!;
      const float4 = bridgeColumn(
        'postgres',
        col('f', 'real'),
        'mysql',
        col('f', 'float'),
        undefined,
      )!;
      const stamp = bridgeColumn(
        'mysql',
        col('t', 'datetime'),
        'postgres',
        col('t', 'timestamp(3) with time zone'),
        undefined,
      )!;
      const json = bridgeColumn(
        'sqlite',
        col('j', 'text'),
        'postgres',
        col('j', 'jsonb'),
        undefined,
      )!;
      // Act, Assert
      assert.deepEqual(
        [boolean.compare(1, true), boolean.compare(0, true), boolean.compare(2, true)],
        ['equal', 'changed', 'type'],
      );
      assert.deepEqual(
        [decimal.compare(0.1 + 0.2, '0.3000'), decimal.compare(1234.5678, '1234.5700')],
        ['equal', 'changed'],
      );
      const intToDecimal = bridgeColumn(
        'sqlite',
        col('n', 'integer'),
        'postgres',
        col('n', 'numeric(10,2)'),
        undefined,
      )!;
      const tolerant = bridgeColumn(
        'mysql',
        col('d', 'decimal(12,4)'),
        'postgres',
        col('d', 'numeric(12,2)'),
        0.01,
      )!;
      assert.deepEqual(
        [tolerant.compare('1.2345', '1.23'), tolerant.compare('1.2345', '1.25')],
        ['equal', 'changed'],
      );
      assert.deepEqual(
        [intToDecimal.compare(3, '3.00'), intToDecimal.compare(2.5, '3.00')],
        ['equal', 'type'],
      );
      assert.deepEqual(
        [float4.compare(Math.fround(Math.PI), 3.14159), float4.compare(3.1416, 3.14159)],
        ['equal', 'changed'],
      );
      // DATETIME keeps whole seconds: .678 was cut off or rounded on the way, either is explained.
      assert.deepEqual(
        [
          stamp.compare('2021-01-01 10:00:05', new Date('2021-01-01T10:00:05.678Z')),
          stamp.compare('2021-01-01 10:00:06', new Date('2021-01-01T10:00:05.678Z')),
          stamp.compare('2021-01-01 10:00:05', new Date('2021-01-01T12:00:05.000Z')),
        ],
        ['equal', 'equal', 'changed'],
      );
      assert.match(
        stamp.explain('2021-01-01 10:00:05', new Date('2021-01-01T12:00:05.000Z')),
        /moved by \+2 h/,
      );
      assert.deepEqual(
        [json.compare('{"b":1,"a":[1]}', { a: [1], b: 1 }), json.compare('{"a":[1]}', { a: [2] })],
        ['equal', 'changed'],
      );
    });
  });

  describe('hash forms across engines (no database)', function () {
    const col = (name: string, type: string) => ({ name, type, class: classify(type) });
    const form = (oldType: string, newType: string, bridge?: BridgeKind) =>
      pairForm(
        { dialect: 'postgres', column: col('c', oldType) },
        { dialect: 'mysql', column: col('c', newType) },
        bridge,
      );

    it('writes a column alike on both servers only where its text can be the same, and says why not', function () {
      // Act, Assert
      assert.deepEqual(form('numeric(12,4)', 'decimal(12,2)', 'decimal'), { as: 'decimal' });
      assert.deepEqual(form('timestamp(3) with time zone', 'datetime', 'timestamp'), {
        as: 'micros',
        unit: 1_000_000,
      });
      assert.deepEqual(form('real', 'float', 'float'), { as: 'float6' });
      assert.match(
        String(form('double precision', 'float', 'float')),
        /floats of different widths/,
      );
      assert.match(String(form('jsonb', 'json', 'json')), /JSON by value/);
      assert.match(String(form('integer', 'varchar(10)')), /compared strictly across engines/);
      assert.deepEqual(form('text', 'varchar(10)'), { as: 'text' });
      // character(n) pads with blanks that its text drops and its driver keeps.
      assert.equal(POSTGRES_HASH.field(col('c', 'character(5)'), 't.c', { as: 'text' }), undefined);
    });
  });

  describe('one engine, a column whose type the migration changed', function () {
    forEachDatabase((db) => {
      const made: ThrowawayDatabase[] = [];
      let oldDs: DataSource;
      let newDs: DataSource;

      before('create the old and the new database', async function () {
        for (const label of ['typeold', 'typenew'])
          made.push(await createThrowawayDatabase({ url: db.url, label }));
        oldDs = new DataSource({ ...made[0]!.options });
        newDs = new DataSource({ ...made[1]!.options });
        await Promise.all([oldDs.initialize(), newDs.initialize()]);
      });

      after('drop both', async function () {
        await Promise.all([oldDs?.destroy(), newDs?.destroy()].filter(Boolean));
        await Promise.all(made.map((m) => m.drop()));
      });

      it('compares the widened column by value and keeps the column of unchanged type strict', async function () {
        // Arrange: visits int -> bigint (PostgreSQL and MySQL read a bigint as a string);
        // code stays text, where '7' and '07' differ.
        const text = db.kind === 'sqlite' ? 'text' : 'varchar(20)';
        const rows = [
          [1, 7, '7'],
          [2, 8, '8'],
          [3, 9, '9'],
        ];
        await makeTable(
          oldDs,
          db.kind,
          'counters',
          `id int PRIMARY KEY, visits int, code ${text}`,
          rows,
        );
        await makeTable(
          newDs,
          db.kind,
          'counters',
          `id int PRIMARY KEY, visits bigint, code ${text}`,
          rows.map(([id, n, c]) => [id, id === 3 ? 10 : n, id === 2 ? `0${String(c)}` : c]),
        );
        // Act
        const result = await compareDatabasesDetailed(oldDs, newDs, 'counters', {
          onProgress: false,
        });
        // Assert
        assert.deepEqual(
          result.differences.map((d) => `${d.path}|${d.kind}`),
          ['counters[id=2].code|changed', 'counters[id=3].visits|changed'],
        );
        assert.deepEqual(
          result.bridges.map((b) => [b.column, b.as]),
          [['visits', 'integer']],
        );
      });
    });
  });

  const enabled = enabledDatabases();
  for (const [from, to] of PAIRS) {
    describe(`${from} -> ${to}`, function () {
      const servers = [from, to].filter((kind) => kind !== 'sqlite') as ('postgres' | 'mysql')[];
      const absent = servers.filter((kind) => !enabled.some((db) => db.kind === kind));
      if (absent.length > 0) {
        it(
          `skipped: set ${absent.map((kind) => DATABASE_URL_VARIABLES[kind]).join(' and ')} to run these tests`,
        );
        return;
      }
      const urlOf = (kind: DatabaseKind) => enabled.find((db) => db.kind === kind)?.url;
      const made: ThrowawayDatabase[] = [];
      let oldDs: DataSource;
      let newDs: DataSource;

      before(`fill ${ROWS} rows on each side`, async function () {
        this.timeout(120_000);
        const oldDb = await createThrowawayDatabase({ url: urlOf(from), label: 'engold' });
        made.push(oldDb);
        const newDb = await createThrowawayDatabase({ url: urlOf(to), label: 'engnew' });
        made.push(newDb);
        oldDs = new DataSource({ ...oldDb.options });
        newDs = new DataSource({ ...newDb.options });
        await Promise.all([oldDs.initialize(), newDs.initialize()]);
        await makeTable(
          oldDs,
          from,
          TABLE,
          DDL[from],
          rowsOf('old').map((a) => encode(from, a)),
        );
        await makeTable(
          newDs,
          to,
          TABLE,
          DDL[to],
          rowsOf('new').map((a) => encode(to, a)),
        );
      });

      after('drop both', async function () {
        await Promise.all([oldDs?.destroy(), newDs?.destroy()].filter(Boolean));
        await Promise.all(made.map((db) => db.drop()));
      });

      it('finds exactly the planted differences with the default options, and says which columns it bridged', async function () {
        this.timeout(60_000);
        // Act
        const result = await compareDatabasesDetailed(oldDs, newDs, TABLE, { onProgress: false });
        // Assert
        assert.deepEqual(
          result.differences.map((d) => `${d.path}|${d.kind}`).sort(),
          [...EXPECTED].sort(),
        );
        assert.equal(result.rowsCompared, ROWS - 1);
        const bridged = Object.fromEntries(result.bridges.map((b) => [b.column, b.as]));
        assert.deepEqual(bridged, {
          active: 'boolean',
          visits: 'integer',
          total: 'integer',
          amount: 'decimal',
          score: 'float',
          ratio: 'float',
          created_at: 'timestamp',
          born: 'date',
          meta: 'json',
        });
        const amount = result.differences.find((d) => d.path.endsWith('.amount'));
        assert.match(
          amount!.message,
          /\[id=4003\]: column amount changed from \S+ to '-?\d+\.0600' \(compared as -?\d+\.0654 and -?\d+\.06\)/,
        );
        const created = result.differences.find((d) => d.path.endsWith('.created_at'));
        assert.match(created!.message, /moved by \+2 h/);
      });

      if (servers.length === 2) {
        it('hashes on both servers (server-hash) when every column has a text both write alike, and finds the same as merge', async function () {
          this.timeout(60_000);
          // Arrange: JSON by value has no such text (below); every other column has.
          const options: CompareDatabasesOptions = { onProgress: false, ignoreColumns: ['meta'] };
          // Act
          const hashed = await compareDatabasesDetailed(oldDs, newDs, TABLE, options);
          const merged = await compareDatabasesDetailed(oldDs, newDs, TABLE, {
            ...options,
            strategy: 'merge',
          });
          // Assert
          assert.equal(hashed.strategy, 'server-hash', hashed.strategyReason);
          assert.match(hashed.strategyReason, /hashed as the value it is compared as/);
          assert.deepEqual(
            hashed.differences.map((d) => `${d.path}|${d.kind}`).sort(),
            EXPECTED.filter((e) => !e.includes('.meta')).sort(),
          );
          assert.deepEqual(hashed.differences, merged.differences);
          assert.equal(hashed.rowsCompared, merged.rowsCompared);
          assert.deepEqual(hashed.bridges, merged.bridges);
          assert.ok(
            hashed.rowsFetched < (2 * ROWS) / 10,
            `read ${hashed.rowsFetched} of ${2 * ROWS} rows`,
          );
          const amount = hashed.differences.find((d) => d.path.endsWith('.amount'));
          assert.match(amount!.message, /compared as -?\d+\.0654 and -?\d+\.06/);
          const created = hashed.differences.find((d) => d.path.endsWith('.created_at'));
          assert.match(created!.message, /moved by \+2 h/);
        });

        it('hashes floats as the text each driver reads: a change in the last bit of a double or the 6th digit of a float is found as merge finds it', async function () {
          this.timeout(60_000);
          // Arrange: doubles and 4-byte floats of every magnitude, the same on both sides but for
          // the planted changes.
          const next = (x: number) => {
            const view = new DataView(new ArrayBuffer(8));
            view.setFloat64(0, x);
            view.setBigUint64(0, view.getBigUint64(0) + 1n);
            return view.getFloat64(0);
          };
          let seed = 7;
          const random = () => (seed = (Math.imul(seed, 48271) + 11) >>> 0) / 2 ** 32;
          const rows = Array.from({ length: 1500 }, (_, i) => {
            const magnitude = 10 ** Math.floor(random() * 24 - 12);
            const d = (random() - 0.5) * magnitude;
            return [i + 1, i % 50 === 0 ? 0 : d, Number(Math.fround(d * 3).toPrecision(6))];
          });
          const changed = rows.map(([id, d, r]) => [
            id,
            id % 97 === 0 ? next(d) : d,
            id % 89 === 0 ? Number((r * 1.00001).toPrecision(6)) : r,
          ]);
          const ddl = (kind: DatabaseKind) =>
            kind === 'postgres'
              ? 'id integer PRIMARY KEY, d double precision, r real'
              : 'id int PRIMARY KEY, d double, r float';
          await makeTable(oldDs, from, 'floats', ddl(from), rows);
          await makeTable(newDs, to, 'floats', ddl(to), changed);
          // Act
          const options: CompareDatabasesOptions = { onProgress: false };
          const hashed = await compareDatabasesDetailed(oldDs, newDs, 'floats', options);
          const merged = await compareDatabasesDetailed(oldDs, newDs, 'floats', {
            ...options,
            strategy: 'merge',
          });
          // Assert
          assert.equal(hashed.strategy, 'server-hash', hashed.strategyReason);
          // Each planted last-bit change of a double, and nothing else: the two servers' texts
          // are exact. merge also reports a few doubles that are the same on both servers,
          // because mysql2 parses MariaDB's exact text of them into a neighbouring double (its own
          // digit loop, not parseFloat): those are the only differences it has more.
          const idOf = (path: string) => Number(/\[id=(\d+)\]/.exec(path)![1]);
          const ids = (result: typeof hashed, column: string) =>
            result.differences
              .filter((d) => d.path.endsWith(`.${column}`))
              .map((d) => idOf(d.path));
          const planted = rows.flatMap(([id]) => (id % 97 === 0 && id % 50 !== 1 ? [id] : []));
          assert.deepEqual(ids(hashed, 'd'), planted);
          assert.deepEqual(ids(hashed, 'r'), ids(merged, 'r'));
          assert.ok(ids(hashed, 'r').length > 0);
          const extra = merged.differences.filter(
            (d) => !hashed.differences.some((h) => h.path === d.path),
          );
          assert.ok(extra.every((d) => d.path.endsWith('.d') && !planted.includes(idOf(d.path))));
          assert.deepEqual(
            hashed.differences,
            merged.differences.filter((d) => !extra.includes(d)),
          );
        });

        it('hashes every other column and compares JSON from a narrow key-order read: the same differences as merge', async function () {
          this.timeout(60_000);
          // Act
          const auto = await compareDatabasesDetailed(oldDs, newDs, TABLE, { onProgress: false });
          const merged = await compareDatabasesDetailed(oldDs, newDs, TABLE, {
            onProgress: false,
            strategy: 'merge',
          });
          const forced = await compareDatabasesDetailed(oldDs, newDs, TABLE, {
            onProgress: false,
            strategy: 'server-hash',
            batchSize: 7,
          });
          const strict = await compareDatabasesDetailed(oldDs, newDs, TABLE, {
            onProgress: false,
            ignoreColumns: ['meta'],
            bridgeTypes: false,
            maxDifferences: 0,
          });
          // Assert
          assert.equal(auto.strategy, 'server-hash', auto.strategyReason);
          assert.match(auto.strategyReason, /but JSON \(meta\).*read with the key alone/);
          assert.match(
            auto.strategyReason,
            new RegExp(`meta compared by value .*\\(${2 * ROWS} rows, 2 differing\\)`),
          );
          assert.deepEqual(
            auto.differences.map((d) => `${d.path}|${d.kind}`).sort(),
            [...EXPECTED].sort(),
          );
          assert.ok(!auto.differences.some((d) => d.path.includes(`id=${PLANTED.jsonOrder}]`)));
          assert.deepEqual(auto.differences, merged.differences);
          assert.equal(auto.rowsCompared, merged.rowsCompared);
          assert.deepEqual(auto.bridges, merged.bridges);
          assert.deepEqual(forced.differences, merged.differences, 'small pages give the same');
          assert.equal(forced.strategyReason.startsWith('asked for'), true);
          assert.equal(
            strict.strategy,
            'merge',
            'compared strictly, only text and bytes hash alike',
          );
          assert.match(strict.strategyReason, /compared strictly across engines/);
        });
      }

      it('compares strictly when told not to bridge (every row differs then)', async function () {
        this.timeout(60_000);
        // Act
        const strict = await compareDatabasesDetailed(oldDs, newDs, TABLE, {
          bridgeTypes: false,
          maxDifferences: 0,
          onProgress: false,
        });
        // Assert
        assert.deepEqual(strict.bridges, []);
        assert.ok(strict.total > ROWS, `only ${strict.total} differences`);
      });

      it('names the bridged columns in the failure message of expectSameDatabase', async function () {
        this.timeout(60_000);
        // Act
        const error = await expectSameDatabase(oldDs, newDs, TABLE, { onProgress: false }).then(
          () => undefined,
          (e: unknown) => e,
        );
        // Assert
        assert.ok(error instanceof DifferencesError);
        assert.equal(error.total, EXPECTED.length);
        const lines = error.message.split('\n');
        assert.match(
          lines[0],
          new RegExp(`Old and new accounts differ: ${EXPECTED.length} differences`),
        );
        assert.match(lines[1], /compared by logical value across types: active as boolean \(/);
        assert.match(
          lines[1],
          /created_at as timestamp \(.*timestamp with time zone as an instant/,
        );
      });
    });
  }
});
