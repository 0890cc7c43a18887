import assert from 'node:assert/strict';
import {
  mergeShards,
  shardArtifactName,
  shardFromArtifactName,
  type FoundShard,
} from '../src/merge/shards.js';
import { buildReport } from '../src/report/build.js';
import type { ShardPlan } from '../src/common/report.js';
import { planShard } from '../src/plan/spec-files.js';
import type { RunOutcome } from '../src/common/records.js';
import { outcome, record } from './__fixtures__/outcomes/index.js';

const EXPECTED = { service: 'tools', oldVersion: '1.0.0', newVersion: '2.0.0' };

/** A shard's report as the built action writes it. */
function shardReport(
  index: number,
  total: number,
  runOutcome: RunOutcome,
  versions = EXPECTED,
  run: { spec_files?: string[]; shard_plan?: ShardPlan } = {},
): FoundShard {
  const report = buildReport({
    settings: { ...versions, allowEmpty: false },
    outcome: runOutcome,
    run: { shard: { index, total }, spec_files: [`test/part-${index}.spec.ts`], ...run },
  });
  return {
    source: shardArtifactName('tools-report', { index, total }),
    shard: { index, total },
    report,
  };
}

describe('merging shard reports', () => {
  it('names shard artifacts and reads them back, and nothing else', () => {
    assert.equal(
      shardArtifactName('tools-report', { index: 2, total: 3 }),
      'tools-report-shard-2-of-3',
    );
    assert.deepEqual(shardFromArtifactName('tools-report', 'tools-report-shard-2-of-3'), {
      index: 2,
      total: 3,
    });
    assert.equal(shardFromArtifactName('tools-report', 'tools-report'), undefined);
    assert.equal(shardFromArtifactName('tools-report', 'tools-report-shard-2-of-3-old'), undefined);
    assert.equal(shardFromArtifactName('tools', 'tools-report-shard-1-of-2'), undefined);
  });

  it('joins every shard’s tests in shard order, with their spec files, and no problem', () => {
    const found = [
      shardReport(2, 2, outcome([record('api_migration', 'failed', 'b')])),
      shardReport(1, 2, outcome([record('database_migration', 'passed', 'a')])),
    ];

    const { outcome: merged, specFiles } = mergeShards(found, EXPECTED);

    assert.deepEqual(merged.problems, []);
    assert.deepEqual(
      merged.tests.map((test) => [test.full_title, test.state]),
      [
        ['database_migration suite a', 'passed'],
        ['api_migration suite b', 'failed'],
      ],
    );
    assert.deepEqual(specFiles, ['test/part-1.spec.ts', 'test/part-2.spec.ts']);
    assert.equal(merged.completed, true);
  });

  it("keeps real figures of the shards' processes: the first non-zero exit code, the slowest wall time", () => {
    // Arrange: shard 2's mocha exited 3 after 40 s, shard 1's exited 0 after 25 s, shard 3's 0 after 30 s.
    const ran = (exitCode: number, duration: number, state: 'passed' | 'failed') => ({
      ...outcome([record('api_migration', state, `t${duration}`)]),
      exit_code: exitCode,
      duration,
    });
    const found = [
      shardReport(1, 3, ran(0, 25, 'passed')),
      shardReport(2, 3, ran(3, 40, 'failed')),
      shardReport(3, 3, ran(0, 30, 'passed')),
    ];

    // Act
    const { outcome: merged } = mergeShards(found, EXPECTED);
    const allPassed = mergeShards(
      [shardReport(1, 2, ran(0, 25, 'passed')), shardReport(2, 2, ran(0, 30, 'passed'))],
      EXPECTED,
    );

    // Assert
    assert.equal(merged.exit_code, 3);
    assert.equal(merged.duration, 40);
    assert.equal(allPassed.outcome.exit_code, 0);
    assert.equal(allPassed.outcome.duration, 30);
  });

  it('names a missing shard, a duplicate, other versions, an unreadable one and disagreeing totals', () => {
    const passing = () => outcome([record('database_migration', 'passed', 'a')]);

    const missing = mergeShards(
      [shardReport(1, 3, passing()), shardReport(3, 3, passing())],
      EXPECTED,
    );
    const duplicate = mergeShards(
      [shardReport(1, 2, passing()), shardReport(2, 2, passing()), shardReport(2, 2, passing())],
      EXPECTED,
    );
    const otherVersions = mergeShards(
      [
        shardReport(1, 2, passing()),
        shardReport(2, 2, passing(), { ...EXPECTED, newVersion: '3.0.0' }),
      ],
      EXPECTED,
    );
    const unreadable = mergeShards(
      [
        shardReport(1, 2, passing()),
        {
          source: 'tools-report-shard-2-of-2',
          shard: { index: 2, total: 2 },
          unreadable: 'not JSON',
        },
      ],
      EXPECTED,
    );
    const totals = mergeShards(
      [shardReport(1, 2, passing()), shardReport(2, 3, passing())],
      EXPECTED,
    );
    const none = mergeShards([], EXPECTED);

    assert.deepEqual(missing.outcome.problems, ['shard 2/3 is missing']);
    assert.deepEqual(duplicate.outcome.problems, [
      'shard 2/2 was found 2 times: tools-report-shard-2-of-2, tools-report-shard-2-of-2',
    ]);
    assert.match(
      otherVersions.outcome.problems.join(),
      /shard 2\/2 \(tools-report-shard-2-of-2\) verified "tools" 1\.0\.0 -> 3\.0\.0, but this merge is for "tools" 1\.0\.0 -> 2\.0\.0/,
    );
    assert.deepEqual(unreadable.outcome.problems, [
      'shard 2/2 (tools-report-shard-2-of-2) cannot be read: not JSON',
    ]);
    assert.match(totals.outcome.problems.join(), /disagree on how many shards there are: 2, 3/);
    assert.deepEqual(none.outcome.problems, ['no shard reports were found']);
  });

  it('carries a shard’s own run problems into the merged gate', () => {
    const crashed = outcome([record('database_migration', 'error', 'a')], {
      completed: false,
      problems: ['the test process exited before the run finished'],
    });

    const { outcome: merged } = mergeShards(
      [
        shardReport(1, 2, crashed),
        shardReport(2, 2, outcome([record('api_migration', 'passed', 'b')])),
      ],
      EXPECTED,
    );

    assert.equal(merged.completed, false);
    assert.deepEqual(merged.problems, [
      'shard 1/2: the test process exited before the run finished',
      'shard 1/2: its run did not complete',
    ]);
  });

  describe('shard plans', () => {
    const FILES = ['test/a.spec.ts', 'test/b.spec.ts', 'test/c.spec.ts', 'test/d.spec.ts'];
    const passing = () => outcome([record('database_migration', 'passed', 'a')]);
    /** Shard `index` of 2 as its runner planned it, from the files and durations it saw. */
    const planned = (index: number, files = FILES, durations?: Map<string, number>) => {
      const { files: ran, plan } = planShard(files, { index, total: 2 }, durations);
      return shardReport(index, 2, passing(), EXPECTED, { spec_files: ran, shard_plan: plan });
    };

    it('accepts shards that planned the same split and ran every file once', () => {
      const { outcome: merged, specFiles } = mergeShards([planned(1), planned(2)], EXPECTED);

      assert.deepEqual(merged.problems, []);
      assert.deepEqual([...specFiles].sort(), FILES);
    });

    it('fails when one shard balanced by durations the others did not see, naming both plans', () => {
      const { outcome: merged } = mergeShards(
        [planned(1, FILES, new Map([['test/a.spec.ts', 60]])), planned(2)],
        EXPECTED,
      );

      assert.match(
        merged.problems.join('\n'),
        /the shards split different spec files or durations.*shard 1\/2: 4 file\(s\) by durations.*shard 2\/2: 4 file\(s\) by files/,
      );
    });

    it('names a file run by two shards and files run by none', () => {
      const twice = mergeShards(
        [
          shardReport(1, 2, passing(), EXPECTED, { spec_files: ['test/a.spec.ts'] }),
          shardReport(2, 2, passing(), EXPECTED, { spec_files: ['test/a.spec.ts'] }),
        ],
        EXPECTED,
      );
      const plan = planShard(FILES, { index: 1, total: 2 }).plan;
      const short = mergeShards(
        [
          shardReport(1, 2, passing(), EXPECTED, {
            spec_files: ['test/a.spec.ts'],
            shard_plan: plan,
          }),
          shardReport(2, 2, passing(), EXPECTED, {
            spec_files: ['test/b.spec.ts'],
            shard_plan: plan,
          }),
        ],
        EXPECTED,
      );

      assert.deepEqual(twice.outcome.problems, [
        'test/a.spec.ts was run by shard 1/2 and shard 2/2',
      ]);
      assert.deepEqual(short.outcome.problems, [
        'the shards ran 2 of the 4 spec file(s) their plan had',
      ]);
    });
  });
});
