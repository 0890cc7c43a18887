import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { durationsByFile, findSpecFiles, planShard, shardFiles } from '../src/plan/spec-files.js';
import { makeTempDir } from './support/paths.js';

const FILES = Array.from(
  { length: 11 },
  (_, index) => `test/migration/part-${String(index).padStart(2, '0')}.spec.ts`,
);

/** A deterministic shuffle (a fixed linear congruential sequence), to list files in another order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

describe('spec files', () => {
  describe('findSpecFiles', () => {
    it('lists matching files relative, sorted and unique, without node_modules or escapes', async () => {
      const root = makeTempDir('spec-files');
      for (const file of [
        'test/migration/b.spec.ts',
        'test/migration/a.spec.mjs',
        'test/migration/notes.md',
        'node_modules/x/test/migration/c.spec.ts',
      ]) {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), '');
      }
      symlinkSync('/tmp', join(root, 'test', 'outside'));

      const files = await findSpecFiles(root, [
        'test/migration/**/*.spec.{ts,mjs}',
        'test/migration/*.spec.ts',
        '**/c.spec.ts',
      ]);

      assert.deepEqual(files, ['test/migration/a.spec.mjs', 'test/migration/b.spec.ts']);
    });
  });

  describe('shardFiles', () => {
    for (const total of [1, 2, 3, 4, 11, 13]) {
      it(`covers every file exactly once over ${total} shard(s), whatever the listing order`, () => {
        const shards = Array.from({ length: total }, (_, index) =>
          shardFiles(FILES, { index: index + 1, total }),
        );
        const reordered = Array.from({ length: total }, (_, index) =>
          shardFiles(shuffled(FILES, 7 + total), { index: index + 1, total }),
        );

        assert.deepEqual(shards.flat().sort(), [...FILES].sort());
        assert.deepEqual(reordered, shards);
        const sizes = shards.map((files) => files.length);
        assert.ok(
          Math.max(...sizes) - Math.min(...sizes) <= 1,
          `balanced by count: ${sizes.join(', ')}`,
        );
      });
    }

    it('balances by the previous run’s durations, deterministically', () => {
      const durations = new Map(FILES.map((file, index) => [file, index === 0 ? 30 : 3]));

      const shards = [1, 2, 3].map((index) =>
        shardFiles(shuffled(FILES, index), { index, total: 3 }, durations),
      );

      assert.deepEqual(shards.flat().sort(), [...FILES].sort());
      assert.deepEqual(shards[0], [FILES[0]], 'the long file gets a shard to itself');
      const loads = shards.map((files) =>
        files.reduce((sum, file) => sum + (durations.get(file) ?? 0), 0),
      );
      assert.ok(Math.max(...loads) <= 30, `loads: ${loads.join(', ')}`);
      assert.deepEqual(
        [1, 2, 3].map((index) => shardFiles(FILES, { index, total: 3 }, durations)),
        shards,
      );
    });
  });

  describe('planShard and durationsByFile', () => {
    it('gives every shard the same plan from the same files, whatever the listing order', () => {
      const plans = [1, 2, 3].map(
        (index) => planShard(shuffled(FILES, index + 7), { index, total: 3 }).plan,
      );

      assert.equal(new Set(plans.map((plan) => plan.digest)).size, 1);
      assert.deepEqual(plans[0], {
        files: FILES.length,
        balanced_by: 'files',
        digest: plans[0].digest,
      });
      assert.match(plans[0].digest, /^[0-9a-f]{64}$/);
    });

    it('changes the plan when the files or the durations differ, but not for durations of files gone', () => {
      const durations = new Map([[FILES[0], 30]]);
      const byFiles = planShard(FILES, { index: 1, total: 2 });
      const byDurations = planShard(FILES, { index: 1, total: 2 }, durations);
      const oneFileLess = planShard(FILES.slice(1), { index: 1, total: 2 });
      const goneFileTimed = planShard(
        FILES,
        { index: 1, total: 2 },
        new Map([...durations, ['test/gone.spec.ts', 5]]),
      );

      assert.equal(byDurations.plan.balanced_by, 'durations');
      assert.equal(
        new Set([byFiles, byDurations, oneFileLess].map(({ plan }) => plan.digest)).size,
        3,
      );
      assert.equal(goneFileTimed.plan.digest, byDurations.plan.digest);
      assert.deepEqual(byDurations.files, shardFiles(FILES, { index: 1, total: 2 }, durations));
    });

    it('sums a previous run’s seconds per spec file and leaves out tests without one', () => {
      const durations = durationsByFile([
        { file: 'a.spec.ts', duration: 1.5 },
        { file: 'b.spec.ts', duration: 2 },
        { file: 'a.spec.ts', duration: 0.25 },
        { file: null, duration: 9 },
      ]);

      assert.deepEqual(
        [...durations],
        [
          ['a.spec.ts', 1.75],
          ['b.spec.ts', 2],
        ],
      );
    });
  });
});
