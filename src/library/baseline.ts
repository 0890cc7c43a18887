/**
 * The suite library's side of the baseline of accepted differences: the run names the baseline
 * file in `VERIFY_MIGRATION_BASELINE` (after checking it), the reporter names the running test,
 * and each comparison's differences are split here into accepted and new. Only new differences
 * fail a test, so a comparison whose differences are all accepted lets the test go on to its
 * next check instead of ending it.
 */
import { readFileSync } from 'node:fs';
import {
  BASELINE_ENV,
  baselineChannel,
  matchDifferences,
  parseBaseline,
  type BaselineEntry,
  type BaselineSplit,
} from '../common/baseline.js';
import { jsonSafe } from '../common/json-safe.js';
import type { Difference } from '../common/records.js';

let loaded: { path: string; entries: BaselineEntry[] } | undefined;

function baselineEntries(): BaselineEntry[] {
  const path = process.env[BASELINE_ENV];
  if (!path) return [];
  if (loaded?.path !== path) {
    // The run checked the file before the suites started; a fault here means it changed since.
    try {
      loaded = { path, entries: parseBaseline(readFileSync(path, 'utf8')) };
    } catch (error) {
      throw new Error(`The baseline ${path} cannot be used: ${(error as Error).message}`);
    }
  }
  return loaded.entries;
}

/**
 * Splits one comparison's differences by the baseline, for the test now running, and records the
 * accepted ones for the report. With no baseline, or outside a test the reporter named, every
 * difference is new: nothing is accepted by guess.
 */
export function applyBaseline(differences: readonly Difference[]): BaselineSplit {
  const entries = differences.length === 0 ? [] : baselineEntries();
  const test = baselineChannel().test;
  if (entries.length === 0 || test === undefined) return { accepted: [], fresh: [...differences] };
  const split = matchDifferences(test, differences, entries);
  baselineChannel().accepted.push(
    ...split.accepted.map((difference) => jsonSafe(difference) as Difference),
  );
  return split;
}

/** The failure message's line on what the baseline accepted, when it accepted anything. */
export function acceptedNote(accepted: number): string[] {
  if (accepted === 0) return [];
  const count = `${accepted} other difference${accepted === 1 ? ' was' : 's were'}`;
  return [`  (${count} accepted by the baseline ${process.env[BASELINE_ENV] ?? ''})`];
}
