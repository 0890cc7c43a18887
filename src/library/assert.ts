/**
 * Turning differences into test failures. The error is node:assert's `AssertionError` (so mocha
 * and our reporter count it as a failure, not an error) and carries the structured differences,
 * which the reporter copies into the report.
 */
import { AssertionError } from 'node:assert';
import type { Difference } from '../common/records.js';
import { acceptedNote, applyBaseline } from './baseline.js';
import {
  compareApiResponses,
  type ApiResponseLike,
  type CompareApiResponsesOptions,
} from './compare/api.js';
import {
  compareDatabasesDetailed,
  type ComparableDataSource,
  type ColumnBridge,
  type CompareDatabasesOptions,
  type EntityOrTable,
  type LearnedNoise,
} from './compare/databases.js';
import { compareObjects, type CompareObjectsOptions } from './compare/objects.js';

/** How many differences a failure message lists before it summarises the rest. */
export const MAX_LISTED_DIFFERENCES = 50;

/**
 * An assertion that found differences. `differences` holds every difference the comparison kept
 * (all of them, also those the message leaves out); `total` counts them all, also those a
 * comparison's `maxDifferences` did not keep.
 */
export class DifferencesError extends AssertionError {
  /** The differences found (as many as the comparison kept), for the report. */
  readonly differences: Difference[];
  /** How many differences there are in all: at least `differences.length`. */
  readonly total: number;

  constructor(
    differences: Difference[],
    context?: string,
    total = differences.length,
    notes: readonly string[] = [],
  ) {
    super({
      message: formatDifferences(differences, context, total, notes),
      operator: 'noDifferences',
    });
    // Keep node's `name` ('AssertionError') and `code` ('ERR_ASSERTION'): consumers classify by them.
    this.differences = differences;
    this.total = Math.max(total, differences.length);
  }
}

/**
 * A readable, multi-line message: a headline with the count (`total`, when a comparison kept
 * fewer than it found), then `notes` (how the comparison was made, one line each), then one line
 * per difference (at most `MAX_LISTED_DIFFERENCES`, then how many more).
 */
export function formatDifferences(
  differences: readonly Difference[],
  context?: string,
  total = differences.length,
  notes: readonly string[] = [],
): string {
  const count = Math.max(total, differences.length);
  const kept =
    count > differences.length
      ? ` (the first ${differences.length} kept: raise maxDifferences to see more)`
      : '';
  const headline = `${context ?? 'Old and new differ'}: ${count} difference${count === 1 ? '' : 's'}${kept}`;
  const listed = differences
    .slice(0, MAX_LISTED_DIFFERENCES)
    .map((difference) => `  - ${difference.message}`);
  if (count > listed.length) listed.push(`  ... and ${count - listed.length} more`);
  return [headline, ...notes, ...listed].join('\n');
}

/**
 * Throws a `DifferencesError` (an `AssertionError`) when there are differences; returns quietly
 * when there are none. `context` names what was compared, e.g. `"GET /tools"`; `total` is the
 * count of a comparison that kept only some of its differences; `notes` are lines the message
 * shows under its headline (how the comparison was made).
 *
 * When the run has a baseline of accepted differences, those of the running test it accepts are
 * recorded for the report and do not fail: the error names only the new ones. Differences a
 * comparison did not keep (past `maxDifferences`) cannot be matched, so they still fail.
 */
export function assertNoDifferences(
  differences: readonly Difference[],
  context?: string,
  total = differences.length,
  notes: readonly string[] = [],
): void {
  const { accepted, fresh } = applyBaseline(differences);
  const unkept = Math.max(total - differences.length, 0);
  if (fresh.length > 0 || unkept > 0)
    throw new DifferencesError(fresh, context, fresh.length + unkept, [
      ...notes,
      ...acceptedNote(accepted.length),
    ]);
}

/** `compareObjects` then `assertNoDifferences`: fails the test with every difference listed. */
export function expectSameObjects(
  oldValue: unknown,
  newValue: unknown,
  options?: CompareObjectsOptions,
  context?: string,
): void {
  assertNoDifferences(
    compareObjects(oldValue, newValue, options),
    context ?? 'Old and new values differ',
  );
}

/** `compareApiResponses` then `assertNoDifferences`. `context` names the request, e.g. `"GET /tools"`. */
export function expectSameApiResponse(
  oldResponse: ApiResponseLike,
  newResponse: ApiResponseLike,
  options?: CompareApiResponsesOptions,
  context?: string,
): void {
  assertNoDifferences(
    compareApiResponses(oldResponse, newResponse, options),
    context ?? 'Old and new responses differ',
  );
}

/**
 * `compareDatabases` then `assertNoDifferences`, naming the table in the message; the count in
 * the message is exact also past `maxDifferences`, and lines under the headline name the columns
 * compared by logical value across types (`bridges`) and how, and, with `noiseFrom`, the columns
 * learned as noise and left out.
 */
export async function expectSameDatabase(
  oldDs: ComparableDataSource,
  newDs: ComparableDataSource,
  entityOrTable: EntityOrTable,
  options?: CompareDatabasesOptions,
): Promise<void> {
  const name =
    typeof entityOrTable === 'string'
      ? entityOrTable
      : ((entityOrTable as { name?: string; options?: { name?: string } }).options?.name ??
        (entityOrTable as { name?: string }).name ??
        'table');
  const { differences, total, bridges, noise } = await compareDatabasesDetailed(
    oldDs,
    newDs,
    entityOrTable,
    options,
  );
  assertNoDifferences(differences, `Old and new ${name} differ`, total, [
    ...bridgeNotes(bridges),
    ...noiseNotes(noise),
  ]);
}

/**
 * The failure message's line on learned noise: `(not compared, noise learned from a second old
 * run: created_at in 3 of 3 rows, e.g. ...; ...)`. A reader must see what the gate left out.
 */
export function noiseNotes(noise: LearnedNoise | undefined): string[] {
  if (noise === undefined || noise.columns.length === 0) return [];
  const each = noise.columns.map(
    (c) =>
      `${c.column} in ${c.rows} of ${noise.rowsCompared} rows${c.examples.length > 0 ? `, e.g. ${c.examples[0]!.message}` : ''}`,
  );
  return [`  (not compared, noise learned from a second old run: ${each.join('; ')})`];
}

/** The failure message's line on bridged columns: `(compared by logical value: a as boolean (...); ...)`. */
export function bridgeNotes(bridges: readonly ColumnBridge[]): string[] {
  if (bridges.length === 0) return [];
  const each = bridges.map((b) => {
    const name = b.column === b.oldColumn ? b.column : `${b.column} (was ${b.oldColumn})`;
    return `${name} as ${b.as} (${b.oldType || 'untyped'} -> ${b.newType || 'untyped'}: ${b.rule})`;
  });
  return [`  (compared by logical value across types: ${each.join('; ')})`];
}
