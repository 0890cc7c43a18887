/**
 * Turning differences into test failures. The error is node:assert's `AssertionError` (so mocha
 * and our reporter count it as a failure, not an error) and carries the structured differences,
 * which the reporter copies into the report.
 */
import { AssertionError } from 'node:assert';
import type { Difference } from '../common/records.js';
import { type ApiResponseLike, type CompareApiResponsesOptions } from './compare/api.js';
import { type ComparableDataSource, type ColumnBridge, type CompareDatabasesOptions, type EntityOrTable, type LearnedNoise } from './compare/databases.js';
import { type CompareObjectsOptions } from './compare/objects.js';
/** How many differences a failure message lists before it summarises the rest. */
export declare const MAX_LISTED_DIFFERENCES = 50;
/**
 * An assertion that found differences. `differences` holds every difference the comparison kept
 * (all of them, also those the message leaves out); `total` counts them all, also those a
 * comparison's `maxDifferences` did not keep.
 */
export declare class DifferencesError extends AssertionError {
    /** The differences found (as many as the comparison kept), for the report. */
    readonly differences: Difference[];
    /** How many differences there are in all: at least `differences.length`. */
    readonly total: number;
    constructor(differences: Difference[], context?: string, total?: number, notes?: readonly string[]);
}
/**
 * A readable, multi-line message: a headline with the count (`total`, when a comparison kept
 * fewer than it found), then `notes` (how the comparison was made, one line each), then one line
 * per difference (at most `MAX_LISTED_DIFFERENCES`, then how many more).
 */
export declare function formatDifferences(differences: readonly Difference[], context?: string, total?: number, notes?: readonly string[]): string;
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
export declare function assertNoDifferences(differences: readonly Difference[], context?: string, total?: number, notes?: readonly string[]): void;
/** `compareObjects` then `assertNoDifferences`: fails the test with every difference listed. */
export declare function expectSameObjects(oldValue: unknown, newValue: unknown, options?: CompareObjectsOptions, context?: string): void;
/** `compareApiResponses` then `assertNoDifferences`. `context` names the request, e.g. `"GET /tools"`. */
export declare function expectSameApiResponse(oldResponse: ApiResponseLike, newResponse: ApiResponseLike, options?: CompareApiResponsesOptions, context?: string): void;
/**
 * `compareDatabases` then `assertNoDifferences`, naming the table in the message; the count in
 * the message is exact also past `maxDifferences`, and lines under the headline name the columns
 * compared by logical value across types (`bridges`) and how, and, with `noiseFrom`, the columns
 * learned as noise and left out.
 */
export declare function expectSameDatabase(oldDs: ComparableDataSource, newDs: ComparableDataSource, entityOrTable: EntityOrTable, options?: CompareDatabasesOptions): Promise<void>;
/**
 * The failure message's line on learned noise: `(not compared, noise learned from a second old
 * run: created_at in 3 of 3 rows, e.g. ...; ...)`. A reader must see what the gate left out.
 */
export declare function noiseNotes(noise: LearnedNoise | undefined): string[];
/** The failure message's line on bridged columns: `(compared by logical value: a as boolean (...); ...)`. */
export declare function bridgeNotes(bridges: readonly ColumnBridge[]): string[];
