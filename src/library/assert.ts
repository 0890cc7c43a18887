/**
 * Turning differences into test failures. The error is node:assert's `AssertionError` (so mocha
 * and our reporter count it as a failure, not an error) and carries the structured differences,
 * which the reporter copies into the report.
 */
import { AssertionError } from 'node:assert';
import type { Difference } from '../results/types.js';
import {
  compareApiResponses,
  type ApiResponseLike,
  type CompareApiResponsesOptions,
} from './compare/api.js';
import {
  compareDatabases,
  type ComparableDataSource,
  type CompareDatabasesOptions,
  type EntityOrTable,
} from './compare/databases.js';
import { compareObjects, type CompareObjectsOptions } from './compare/objects.js';

/** How many differences a failure message lists before it summarises the rest. */
export const MAX_LISTED_DIFFERENCES = 50;

/** An assertion that found differences. `differences` holds all of them, also those the message leaves out. */
export class DifferencesError extends AssertionError {
  /** Every difference found, for the report. */
  readonly differences: Difference[];

  constructor(differences: Difference[], context?: string) {
    super({ message: formatDifferences(differences, context), operator: 'noDifferences' });
    // Keep node's `name` ('AssertionError') and `code` ('ERR_ASSERTION'): consumers classify by them.
    this.differences = differences;
  }
}

/**
 * A readable, multi-line message: a headline with the count, then one line per difference
 * (at most `MAX_LISTED_DIFFERENCES`, then how many more).
 */
export function formatDifferences(differences: readonly Difference[], context?: string): string {
  const count = differences.length;
  const headline = `${context ?? 'Old and new differ'}: ${count} difference${count === 1 ? '' : 's'}`;
  const listed = differences
    .slice(0, MAX_LISTED_DIFFERENCES)
    .map((difference) => `  - ${difference.message}`);
  if (count > MAX_LISTED_DIFFERENCES)
    listed.push(`  ... and ${count - MAX_LISTED_DIFFERENCES} more`);
  return [headline, ...listed].join('\n');
}

/**
 * Throws a `DifferencesError` (an `AssertionError`) when there are differences; returns quietly
 * when there are none. `context` names what was compared, e.g. `"GET /tools"`.
 */
export function assertNoDifferences(differences: readonly Difference[], context?: string): void {
  if (differences.length > 0) throw new DifferencesError([...differences], context);
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

/** `compareDatabases` then `assertNoDifferences`, naming the table in the message. */
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
  assertNoDifferences(
    await compareDatabases(oldDs, newDs, entityOrTable, options),
    `Old and new ${name} differ`,
  );
}
