/**
 * The baseline of accepted differences (issue 14): what matching costs next to the comparison
 * that found the differences, in the same run. A table of `rows` rows where every row changed
 * (one difference a row, all of them accepted): `compareObjects` finding them is the reference;
 * then the baseline's steps on those differences with one entry each: reading the file, matching
 * (in the suites' process, per comparison), and the report's stale entries (in the parent).
 *
 *   node --import tsx bench/baseline.ts [rows=20000] [rounds=3]
 */
import { performance } from 'node:perf_hooks';
import {
  entryFor,
  formatBaseline,
  matchDifferences,
  parseBaseline,
  staleEntries,
} from '../src/common/baseline.js';
import type { TestRecord } from '../src/common/records.js';
import { compareObjects } from '../src/library/index.js';

const rows = Number(process.argv[2] ?? 20000);
const rounds = Number(process.argv[3] ?? 3);
const TEST = 'accounts table keeps every account';

const oldRows = Array.from({ length: rows }, (_, id) => ({
  id,
  email: `user${id}@Example.com`,
  plan: 'free',
}));
const newRows = oldRows.map((row) => ({ ...row, email: row.email.toLowerCase() }));

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const results: Array<Record<string, number>> = [];
for (let round = 1; round <= rounds; round++) {
  const compared = timed(() => compareObjects(oldRows, newRows));
  const differences = compared.value;
  const text = formatBaseline(differences.map((difference) => entryFor(TEST, difference)));
  const parsed = timed(() => parseBaseline(text));
  const matched = timed(() => matchDifferences(TEST, differences, parsed.value));
  if (matched.value.fresh.length !== 0 || matched.value.accepted.length !== rows)
    throw new Error(`expected ${rows} accepted, got ${matched.value.accepted.length}`);
  const test: TestRecord = {
    title_path: [TEST],
    full_title: TEST,
    file: 'a.spec.ts',
    category: 'database_migration',
    state: 'passed',
    duration: 0,
    accepted_differences: matched.value.accepted,
  };
  const stale = timed(() => staleEntries(parsed.value, [test], true));
  if (stale.value.length !== 0)
    throw new Error(`expected no stale entry, got ${stale.value.length}`);
  results.push({
    round,
    compare: compared.ms,
    parse: parsed.ms,
    match: matched.ms,
    stale: stale.ms,
  });
}

const ms = (value: number) => value.toFixed(1);
const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
console.log(`${rows} rows, one accepted difference each; ${rounds} rounds`);
console.log(
  '| round | compareObjects (ms) | read file (ms) | match (ms) | stale entries (ms) | match / compare | all baseline steps / compare |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const median = (key: string) => {
  const sorted = results.map((r) => r[key]!).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const medians = Object.fromEntries(
  ['compare', 'parse', 'match', 'stale'].map((key) => [key, median(key)]),
);
for (const r of [...results, { ...medians, round: Number.NaN }])
  console.log(
    `| ${Number.isNaN(r.round!) ? 'median' : r.round} | ${ms(r.compare!)} | ${ms(r.parse!)} | ${ms(r.match!)} | ${ms(r.stale!)} | ${pct(r.match!, r.compare!)} | ${pct(r.parse! + r.match! + r.stale!, r.compare!)} |`,
  );
