import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBaseline, writeUpdatedBaseline } from '../src/pipeline/baseline.js';
import { BaselineError, InputError } from '../src/common/errors.js';
import { mergeShards } from '../src/merge/shards.js';
import { baselineSection, mergedBaselineSection } from '../src/report/baseline.js';
import { buildReport } from '../src/report/build.js';
import {
  BaselineSyntaxError,
  formatBaseline,
  matchDifferences,
  parseBaseline,
  staleEntries,
  updatedBaseline,
  type BaselineEntry,
} from '../src/common/baseline.js';
import type { Difference, TestRecord } from '../src/common/records.js';

const TEST = 'users api GET /users/1';

function difference(
  path: string,
  kind: Difference['kind'],
  old?: unknown,
  now?: unknown,
): Difference {
  const made: Difference = { path, kind, message: `${path} ${kind}` };
  if (old !== undefined) made.old = old;
  if (now !== undefined) made.new = now;
  return made;
}

function test(
  full_title: string,
  state: TestRecord['state'],
  extra: Partial<TestRecord> = {},
): TestRecord {
  return {
    title_path: [full_title],
    full_title,
    file: 'a.spec.ts',
    category: 'api_migration',
    state,
    duration: 0,
    ...extra,
  };
}

/** The fault `parseBaseline` reports for `text`. */
function faultOf(text: string): BaselineSyntaxError {
  try {
    parseBaseline(text);
  } catch (error) {
    assert.ok(error instanceof BaselineSyntaxError, String(error));
    return error;
  }
  assert.fail(`no fault found in ${text}`);
}

describe('results/baseline: the file of accepted differences', () => {
  describe('parseBaseline', () => {
    it('reads entries with and without values, remembering the line each starts on', () => {
      // Arrange
      const text = [
        '{',
        '  "version": 1,',
        '  "accepted": [',
        `    {"test": "${TEST}", "path": "body.name", "kind": "changed", "old": "Ann", "new": "ann"},`,
        '    {',
        `      "test": "${TEST}", "path": "body.created", "kind": "extra",`,
        '      "reason": "2.0 adds it"',
        '    }',
        '  ]',
        '}',
      ].join('\n');

      // Act
      const entries = parseBaseline(text);

      // Assert
      assert.deepEqual(entries, [
        { test: TEST, path: 'body.name', kind: 'changed', old: 'Ann', new: 'ann', line: 4 },
        { test: TEST, path: 'body.created', kind: 'extra', reason: '2.0 adds it', line: 5 },
      ]);
    });

    it('reads back what formatBaseline writes, one entry a line', () => {
      // Arrange
      const entries: BaselineEntry[] = [
        { test: TEST, path: 'a', kind: 'missing', old: { deep: [1, null] } },
        { test: 'other', path: 'rows[id=2].x', kind: 'type', old: 1, new: '1' },
      ];

      // Act
      const text = formatBaseline(entries);

      // Assert
      assert.deepEqual(
        parseBaseline(text),
        entries.map((entry, index) => ({ ...entry, line: 4 + index })),
      );
      assert.equal(text.split('\n').length, 3 + entries.length + 3, 'one line per entry');
      assert.deepEqual(parseBaseline(formatBaseline([])), []);
    });

    const faults: Array<[string, string, number, RegExp]> = [
      [
        'bad JSON',
        '{\n  "version": 1,\n  "accepted": [\n    {"test": "t",, }\n  ]\n}',
        4,
        /expected a quoted field name/,
      ],
      [
        'an unclosed string',
        '{\n  "version": 1,\n  "accepted": [\n    {"test": "t\n  ]\n}',
        4,
        /not closed/,
      ],
      [
        'a missing kind',
        '{"version": 1, "accepted": [\n{"test": "t", "path": "p"}\n]}',
        2,
        /has the kind missing: use one of missing, extra, changed, type/,
      ],
      [
        'an unknown kind',
        '{"version": 1, "accepted": [\n{"test": "t", "path": "p",\n "kind": "renamed"}]}',
        3,
        /"renamed": use one of/,
      ],
      [
        'a misspelt field',
        '{"version": 1, "accepted": [\n{"test": "t", "path": "p", "kind": "extra",\n "resaon": "x"}]}',
        3,
        /unknown field "resaon"/,
      ],
      [
        'a missing test',
        '{"version": 1, "accepted": [\n{"path": "p", "kind": "extra"}]}',
        2,
        /needs "test"/,
      ],
      [
        'an entry that is not an object',
        '{"version": 1,\n "accepted": [\n"t"]}',
        2,
        /difference 1 is not an object/,
      ],
      ['the wrong version', '{\n"version": 2, "accepted": []}', 2, /"version" is 2: use 1/],
      ['no accepted list', '{"version": 1}', 1, /"accepted" must be a list/],
      ['a list at the top', '[]', 1, /one JSON object/],
      [
        'a field given twice',
        '{"version": 1, "accepted": [\n{"test": "t", "path": "p",\n"path": "q", "kind": "extra"}]}',
        3,
        /"path" is given twice/,
      ],
      [
        'the same entry twice',
        '{"version": 1, "accepted": [\n{"test": "t", "path": "p", "kind": "extra"},\n{"kind": "extra", "path": "p", "test": "t"}]}',
        3,
        /repeats the entry on line 2/,
      ],
      ['text after the end', '{"version": 1, "accepted": []}\n\nx', 3, /after the end/],
    ];
    for (const [what, text, line, reason] of faults) {
      it(`names the line of ${what}`, () => {
        // Act
        const fault = faultOf(text);

        // Assert
        assert.equal(fault.line, line, fault.message);
        assert.match(fault.reason, reason);
      });
    }
  });

  describe('matchDifferences', () => {
    const entries = parseBaseline(
      formatBaseline([
        { test: TEST, path: 'body.name', kind: 'changed', old: 'Ann', new: 'ann' },
        { test: TEST, path: 'headers.date', kind: 'changed' },
        { test: TEST, path: 'body.when', kind: 'changed', new: { at: 1, zone: 'UTC' } },
      ]),
    );

    it('accepts a difference of the same test, path, kind and values; any values when the entry has none', () => {
      // Arrange
      const found = [
        difference('body.name', 'changed', 'Ann', 'ann'),
        difference('headers.date', 'changed', 'Mon', 'Tue'),
        difference('body.when', 'changed', 0, { zone: 'UTC', at: 1 }),
      ];

      // Act
      const split = matchDifferences(TEST, found, entries);

      // Assert
      assert.deepEqual(split.accepted, found);
      assert.deepEqual(split.fresh, []);
    });

    it('keeps as new a difference with another value, kind, path or test', () => {
      // Arrange
      const found = [
        difference('body.name', 'changed', 'Ann', 'ANN'),
        difference('body.name', 'type', 'Ann', 1),
        difference('body.email', 'changed', 'a', 'b'),
      ];

      // Act
      const same = matchDifferences(TEST, found, entries);
      const otherTest = matchDifferences(
        'users api GET /users/2',
        [difference('headers.date', 'changed', 1, 2)],
        entries,
      );

      // Assert
      assert.deepEqual(same.fresh, found);
      assert.deepEqual(same.accepted, []);
      assert.equal(otherTest.fresh.length, 1);
    });

    it('compares values as JSON, as the report holds them (a Date as its ISO text, a bigint as 12n)', () => {
      // Arrange
      const typed = parseBaseline(
        formatBaseline([
          { test: TEST, path: 'at', kind: 'changed', new: '2026-01-02T00:00:00.000Z' },
          { test: TEST, path: 'n', kind: 'changed', old: '12n' },
        ]),
      );

      // Act
      const split = matchDifferences(
        TEST,
        [
          difference('at', 'changed', 'x', new Date('2026-01-02T00:00:00Z')),
          difference('n', 'changed', 12n, 13n),
        ],
        typed,
      );

      // Assert
      assert.equal(split.accepted.length, 2);
    });
  });

  describe('stale entries and updates', () => {
    const entries: BaselineEntry[] = [
      { test: 'passes', path: 'a', kind: 'changed', old: 1, new: 2, line: 4 },
      { test: 'passes', path: 'gone', kind: 'extra', line: 5 },
      { test: 'fails', path: 'later', kind: 'missing', line: 6 },
      { test: 'renamed away', path: 'x', kind: 'extra', line: 7 },
      { test: 'errors', path: 'y', kind: 'extra', line: 8 },
    ];
    const tests = [
      test('passes', 'passed', { accepted_differences: [difference('a', 'changed', 1, 2)] }),
      test('fails', 'failed', { differences: [difference('b', 'changed', 'x', 'y')] }),
      test('errors', 'error'),
    ];

    it('are entries of a passed test that matched nothing, and of a test gone from an unnarrowed run', () => {
      // Act
      const complete = staleEntries(entries, tests, true).map((entry) => entry.line);
      const narrowed = staleEntries(entries, tests, false).map((entry) => entry.line);

      // Assert: a failed test stopped at its failure and an error says nothing, so theirs stay
      assert.deepEqual(complete, [5, 7]);
      assert.deepEqual(narrowed, [5]);
    });

    it('update keeps what matched or could not be judged, adds each new difference with its values and drops the stale', () => {
      // Act
      const updated = updatedBaseline(entries, tests, true, () => false);

      // Assert
      assert.deepEqual(updated, [
        { test: 'errors', path: 'y', kind: 'extra' },
        { test: 'fails', path: 'b', kind: 'changed', old: 'x', new: 'y' },
        { test: 'fails', path: 'later', kind: 'missing' },
        { test: 'passes', path: 'a', kind: 'changed', old: 1, new: 2 },
      ]);
    });

    it('update leaves out a value that holds a hidden secret, so the entry accepts the path whatever its value', () => {
      // Arrange
      const failed = [
        test('fails', 'failed', {
          differences: [difference('dsn', 'changed', 'pg://u:***@h', 'pg://u:***@k')],
        }),
      ];

      // Act
      const updated = updatedBaseline([], failed, true, (value) =>
        JSON.stringify(value).includes('***'),
      );

      // Assert
      assert.deepEqual(updated, [{ test: 'fails', path: 'dsn', kind: 'changed' }]);
    });

    it('the report section lists accepted, new and stale apart, with counts that agree', () => {
      // Act
      const section = baselineSection(
        { file: 'verification-baseline.json', entries, complete: true },
        tests,
      );

      // Assert
      assert.equal(section.entries, 5);
      assert.deepEqual([section.accepted, section.new, section.stale], [1, 1, 2]);
      assert.deepEqual(section.accepted_differences[0], {
        test: 'passes',
        path: 'a',
        kind: 'changed',
        old: 1,
        new: 2,
        message: 'a changed',
      });
      assert.equal(section.new_differences[0]!.path, 'b');
      assert.deepEqual(
        section.stale_entries.map((entry) => [entry.test, entry.line]),
        [
          ['passes', 5],
          ['renamed away', 7],
        ],
      );
    });
  });

  describe('merging shard reports', () => {
    it("joins the shards' accepted and new differences and their stale entries; each shard judged only its own tests", () => {
      // Arrange: one baseline for two shards; each shard ran one of its tests
      const entries: BaselineEntry[] = [
        { test: 'a', path: 'x', kind: 'changed', line: 4 },
        { test: 'b', path: 'y', kind: 'extra', line: 5 },
        { test: 'b', path: 'gone', kind: 'extra', line: 6 },
        { test: 'a', path: 'w', kind: 'extra', line: 7 },
      ];
      const shard = (index: number, tests: TestRecord[]) => {
        const report = buildReport({
          settings: { service: 's', oldVersion: '1', newVersion: '2', allowEmpty: false },
          outcome: {
            completed: true,
            exit_code: 0,
            tests,
            hook_failures: [],
            problems: [],
            duration: 1,
          },
          run: { shard: { index, total: 2 }, spec_files: [`${index}.spec.ts`] },
          baseline: { file: 'verification-baseline.json', entries, complete: false },
        });
        return { source: `shard-${index}`, shard: { index, total: 2 }, report };
      };
      const found = [
        shard(1, [
          test('a', 'passed', { accepted_differences: [difference('x', 'changed', 1, 2)] }),
        ]),
        shard(2, [
          test('b', 'failed', {
            differences: [difference('z', 'missing', 1)],
            accepted_differences: [difference('y', 'extra', undefined, 3)],
          }),
        ]),
      ];

      // Act
      const { outcome, baselines } = mergeShards(found, {
        service: 's',
        oldVersion: '1',
        newVersion: '2',
      });
      const merged = mergedBaselineSection(baselines, outcome.tests);

      // Assert: a passed, so its unmatched entry is stale (in shard 1 only); b failed, so its
      // unmatched entry is not judged
      assert.deepEqual(
        baselines.map((section) => section.stale),
        [1, 0],
      );
      assert.deepEqual(
        [merged?.entries, merged?.accepted, merged?.new, merged?.stale],
        [4, 2, 1, 1],
      );
      assert.deepEqual(
        merged?.stale_entries.map((entry) => [entry.test, entry.path, entry.line]),
        [['a', 'w', 7]],
      );
      assert.deepEqual(
        merged?.new_differences.map((item) => [item.test, item.path]),
        [['b', 'z']],
      );
      assert.equal(mergedBaselineSection([], outcome.tests), undefined);
    });
  });

  describe('core/baseline: reading the file before the run, writing it after', () => {
    let folder: string;
    beforeEach(async () => {
      folder = await mkdtemp(join(tmpdir(), 'h14b-baseline-'));
    });
    afterEach(async () => {
      await rm(folder, { recursive: true, force: true });
    });

    it('a malformed file is a BaselineError (an input error) naming the input, the file and the line', async () => {
      // Arrange
      const path = join(folder, 'verification-baseline.json');
      await writeFile(
        path,
        '{\n  "version": 1,\n  "accepted": [\n    {"test": "t", "path": "p", "kind": "gone"}\n  ]\n}\n',
      );

      // Act
      const error = await loadBaseline('baseline', path, folder).then(
        () => assert.fail('no error'),
        (thrown: unknown) => thrown,
      );

      // Assert
      assert.ok(error instanceof BaselineError && error instanceof InputError);
      assert.equal(error.line, 4);
      assert.match(
        error.message,
        /^Input 'baseline': the baseline verification-baseline\.json, line 4, cannot be used: accepted difference 1 has the kind "gone": use one of missing, extra, changed, type\.$/,
      );
    });

    it('an update never writes through a link out of the workspace', async () => {
      // Arrange: the suites swapped the baseline's folder for a link out, or planted a link beside
      const outside = await mkdtemp(join(tmpdir(), 'h14b-outside-'));
      try {
        const target = join(outside, 'target.txt');
        await writeFile(target, 'untouched');
        const inside = join(folder, 'svc');
        await mkdir(inside);
        const loaded = await loadBaseline('baseline', join(inside, 'b.json'), inside);
        await symlink(target, join(inside, 'b.json.writing'));
        const failed = [
          test('t', 'failed', { differences: [difference('p', 'extra', undefined, 1)] }),
        ];

        // Act
        await writeUpdatedBaseline(loaded, failed, true, folder);
        const writtenInside = parseBaseline(await readFile(join(inside, 'b.json'), 'utf8'));
        await rm(inside, { recursive: true });
        await symlink(outside, inside);
        const swapped = await writeUpdatedBaseline(loaded, failed, true, folder).then(
          () => 'written',
          (error: Error) => error.message,
        );

        // Assert
        assert.equal(writtenInside.length, 1);
        assert.equal(await readFile(target, 'utf8'), 'untouched');
        assert.match(swapped, /its folder now leads out of the workspace/);
        assert.deepEqual(await readdir(outside), ['target.txt']);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });

    it('a missing file accepts nothing; an update creates it', async () => {
      // Arrange
      const path = join(folder, 'accepted.json');

      // Act
      const loaded = await loadBaseline('--baseline', path, folder);
      const written = await writeUpdatedBaseline(
        loaded,
        [test('t', 'failed', { differences: [difference('p', 'extra', undefined, 3)] })],
        true,
        folder,
      );

      // Assert
      assert.deepEqual(
        { exists: loaded.exists, entries: loaded.entries, file: loaded.file },
        { exists: false, entries: [], file: 'accepted.json' },
      );
      assert.equal(written.length, 1);
      assert.deepEqual(parseBaseline(await readFile(path, 'utf8')), [
        { test: 't', path: 'p', kind: 'extra', new: 3, line: 4 },
      ]);
    });
  });
});
