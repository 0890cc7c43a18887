import assert from 'node:assert/strict';
import {
  StrategyTracker,
  benchPostgres,
  benchSqlite,
  checkFound,
  sqldiffKeys,
  type EngineState,
  type Measurement,
} from '../bench/databases.js';
import { expectedKeys, plan } from '../bench/data.js';
import {
  ENGINE_PAIRS,
  RELADIFF_NOTE,
  benchEnginePair,
  expectedEngineKeys,
  planEngines,
} from '../bench/engines.js';
import {
  compareObjectsKeys,
  jsondiffpatchKeys,
  makeDocumentPair,
  microdiffKeys,
} from '../bench/objects.js';
import { DATABASE_URL_VARIABLES } from './support/databases.js';

/**
 * The benchmark's smoke run (bench/, `npm run bench -- --smoke`): 10k rows, correctness only.
 * Every compareDatabases strategy, each in its own process as in the benchmark, must find exactly
 * the planted differences; compareObjects must report what microdiff and jsondiffpatch report.
 * Needs neither sqldiff nor 1M rows.
 */

const ROWS = 10_000;
const quiet = (): void => {};

/** The strategies that ran (were available on this engine), asserting each was exact. */
function assertAllExact(measurements: Measurement[], state: EngineState): string[] {
  const ran = measurements.filter((m) => m.correct !== undefined);
  for (const m of ran) assert.equal(m.correct, true, `${m.engine} ${m.name}: ${m.note ?? ''}`);
  // A strategy is left out only when it cannot run on this engine, never because it failed.
  for (const [strategy, reason] of state.strategies.dropped)
    assert.match(reason, /^needs /, `${strategy} was dropped: ${reason}`);
  return ran.map((m) => m.name).sort();
}

describe('bench smoke (10k rows, correctness only)', function () {
  this.timeout(60_000);

  describe('the checks themselves', function () {
    it('plants 0.1% of the rows, a third each changed, missing and extra, the same every time', function () {
      const planted = plan(ROWS, true);

      assert.equal(planted.changed.length + planted.missing.length + planted.extra.length, 10);
      assert.equal(planted.newRows, ROWS - planted.missing.length + planted.extra.length);
      assert.deepEqual(plan(ROWS, true), planted);
      assert.ok(planted.changed.some((change) => change.kind === 'type'));
      assert.ok(plan(ROWS, false).changed.every((change) => change.kind === 'changed'));
    });

    it('tells a strategy that missed, invented or repeated a difference from an exact one', function () {
      const expected = expectedKeys(plan(ROWS, true));

      assert.deepEqual(checkFound([...expected].reverse(), expected), { correct: true });
      assert.equal(checkFound(expected.slice(1), expected).correct, false);
      assert.equal(checkFound([...expected, 'bench_rows[id=1]|extra'], expected).correct, false);
      assert.equal(checkFound([...expected, expected[0]!], expected).correct, false);
    });

    it("reads sqldiff's statements into rows and columns, quoted commas and equals signs included", function () {
      assert.deepEqual(sqldiffKeys('DELETE FROM bench_rows WHERE id=42;'), ['delete 42']);
      assert.deepEqual(sqldiffKeys("INSERT INTO bench_rows(id,name) VALUES(7,'a, b=c');"), [
        'insert 7',
      ]);
      assert.deepEqual(
        sqldiffKeys("UPDATE bench_rows SET name='x, age=1', payload=x'00ff' WHERE id=9;"),
        ['update 9 name', 'update 9 payload'],
      );
    });
  });

  describe('sqlite', function () {
    it('every strategy finds exactly the planted differences', async function () {
      const state: EngineState = { strategies: new StrategyTracker() };

      const measurements = await benchSqlite(ROWS, state, {
        seed: false,
        sqldiff: false,
        parallel: true,
        log: quiet,
      });

      const ran = assertAllExact(measurements, state);
      assert.ok(ran.includes('merge'), `merge ran: ${ran.join(', ')}`);
      assert.ok(ran.includes('auto'), `auto ran: ${ran.join(', ')}`);
    });
  });

  describe('postgres', function () {
    const url = process.env[DATABASE_URL_VARIABLES.postgres]?.trim();
    if (!url) {
      it(`skipped: set ${DATABASE_URL_VARIABLES.postgres} to run the smoke test on postgres`);
      return;
    }

    it('every strategy finds exactly the planted differences and reading both tables whole reads every row', async function () {
      const state: EngineState = { strategies: new StrategyTracker() };

      const measurements = await benchPostgres(ROWS, url, state, {
        seed: false,
        sqldiff: false,
        parallel: true,
        log: quiet,
      });

      const ran = assertAllExact(measurements, state);
      assert.ok(ran.includes('merge') && ran.includes('read-whole'), ran.join(', '));
      const whole = measurements.find((m) => m.name === 'read-whole')!;
      assert.ok(whole.socketBytesRead! > 0, 'bytes read on the client socket are counted');
    });
  });

  describe('across engines', function () {
    it('plants decimals cut to 2 places and 2-hour shifts among 0.1% of the rows', function () {
      const planted = planEngines(ROWS);
      const keys = expectedEngineKeys(planted);

      assert.equal(keys.length, 10);
      assert.ok(keys.some((key) => key.endsWith('.amount|changed')));
      assert.ok(keys.some((key) => key.endsWith('.created_at|changed')));
      assert.deepEqual(planEngines(ROWS), planted);
    });

    const postgres = process.env[DATABASE_URL_VARIABLES.postgres]?.trim();
    const mysql = process.env[DATABASE_URL_VARIABLES.mysql]?.trim();
    if (!postgres || !mysql) {
      it(
        `skipped: set ${DATABASE_URL_VARIABLES.postgres} and ${DATABASE_URL_VARIABLES.mysql} to run it`,
      );
      return;
    }
    for (const pair of ENGINE_PAIRS)
      it(`${pair[0]} -> ${pair[1]}: the default options find exactly the planted differences`, async function () {
        const results = await benchEnginePair(
          pair,
          ROWS,
          { postgres, mysql },
          {
            repeats: 1,
            log: quiet,
          },
        );

        const ours = results.filter((m) => m.name.startsWith('compareDatabases'));
        assert.equal(ours.length, pair.includes('sqlite') ? 1 : 2);
        for (const m of ours) {
          assert.equal(m.correct, true, `${m.name}: ${m.note}`);
          assert.equal(m.found, m.planted);
        }
        if (!pair.includes('sqlite')) {
          // The two servers hash with the JSON column too: it alone is read with the key.
          assert.match(ours[0]!.note!, /chose server-hash/);
          assert.match(ours[1]!.note!, /chose server-hash/);
          assert.ok(results.some((m) => m.name.startsWith('copy both tables') && m.wallMs! > 0));
        }
        const peer = results.find((m) => m.name === 'reladiff');
        assert.equal(peer!.note, RELADIFF_NOTE, 'the missing peer is said plainly');
      });
  });

  describe('compareObjects against microdiff and jsondiffpatch', function () {
    it('all three report exactly the planted differences on a small document', function () {
      const pair = makeDocumentPair(200_000, 10);

      const found = {
        compareObjects: compareObjectsKeys(pair.old, pair.new).sort(),
        microdiff: microdiffKeys(pair.old, pair.new).sort(),
        jsondiffpatch: jsondiffpatchKeys(pair.old, pair.new).sort(),
      };

      assert.ok(pair.planted.length >= 13, 'every kind of planted change is there');
      assert.deepEqual(found.compareObjects, pair.planted);
      assert.deepEqual(found.microdiff, pair.planted);
      assert.deepEqual(found.jsondiffpatch, pair.planted);
    });
  });
});
