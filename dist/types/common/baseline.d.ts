import type { Difference, TestRecord } from './records.js';
/** The file's name when none is given; used only when it exists. */
export declare const DEFAULT_BASELINE_FILE = "verification-baseline.json";
/** The version of the file's shape, written as its `version` field. */
export declare const BASELINE_VERSION = 1;
/** Names the baseline file for the suites' process; unset, the suites accept no difference. */
export declare const BASELINE_ENV = "VERIFY_MIGRATION_BASELINE";
/** One accepted difference. Without `old`/`new`, any values at that path and kind are accepted. */
export interface BaselineEntry {
    /** The test's full title, as the report's `full_title`. */
    test: string;
    /** The difference's path, e.g. `body.items[2].name` or `tools[id=3].status`. */
    path: string;
    kind: Difference['kind'];
    /** When present, only this old value is accepted. */
    old?: unknown;
    /** When present, only this new value is accepted. */
    new?: unknown;
    /** Why it was accepted, for the reader; kept when the file is updated. */
    reason?: string;
    /** The line of the file the entry starts on (not written back). */
    line?: number;
}
/** The baseline file is not what it must be; `line` is where (1-based). */
export declare class BaselineSyntaxError extends Error {
    /** The line of the file the fault is on. */
    readonly line: number;
    /** What is wrong there and what is allowed. */
    readonly reason: string;
    name: string;
    constructor(
    /** The line of the file the fault is on. */
    line: number, 
    /** What is wrong there and what is allowed. */
    reason: string);
}
/** A value as JSON with object keys sorted, so that two equal values compare equal as text. */
export declare function canonicalJson(value: unknown): string;
/**
 * Reads a baseline file's text: `{ "version": 1, "accepted": [ {test, path, kind, old?, new?,
 * reason?}, ... ] }`. Throws `BaselineSyntaxError` naming the line of the first fault (bad JSON, a
 * missing or unknown field, a kind that is not one of the four, the same entry twice).
 */
export declare function parseBaseline(text: string): BaselineEntry[];
/** Whether `entry` accepts `difference` of the test titled `test`. */
export declare function entryAccepts(entry: BaselineEntry, test: string, difference: Difference): boolean;
/** A comparison's differences split into those the baseline accepts and the new ones. */
export interface BaselineSplit {
    accepted: Difference[];
    fresh: Difference[];
}
/**
 * Splits the differences one comparison of the test titled `test` found. Entries are looked up by
 * path and kind, so a table with thousands of accepted rows costs one lookup a difference.
 */
export declare function matchDifferences(test: string, differences: readonly Difference[], entries: readonly BaselineEntry[]): BaselineSplit;
/** The entry that accepts exactly `difference` (with its values) in the test titled `test`. */
export declare function entryFor(test: string, difference: Difference): BaselineEntry;
/**
 * Entries no difference of this run matched, whose test passed (or, when `complete`,
 * i.e. no grep and no shard narrowed the run, whose test no longer exists): accepted differences
 * that no longer occur.
 */
export declare function staleEntries(entries: readonly BaselineEntry[], tests: readonly TestRecord[], complete: boolean): BaselineEntry[];
/**
 * The baseline after a run, for `update-baseline`: the entries that still matched (as written,
 * with their reasons), an entry with values for each new difference of a failed test, and the
 * entries of tests this run could not judge (not run, failed, or ended by an error); stale entries go.
 * `masked` says whether a value holds a hidden secret: such values are left out, so the entry
 * accepts any value at its path rather than never matching.
 */
export declare function updatedBaseline(entries: readonly BaselineEntry[], tests: readonly TestRecord[], complete: boolean, masked: (value: unknown) => boolean): BaselineEntry[];
/**
 * The file's text: one entry per line, so that a pull request shows each accepted difference as
 * one added or removed line, and a fault found later names a line a person can find.
 */
export declare function formatBaseline(entries: readonly BaselineEntry[]): string;
/** An accepted or new difference as the report lists it: the entry that accepts it, and its message. */
export type BaselineDifference = Pick<BaselineEntry, 'test' | 'path' | 'kind' | 'old' | 'new'> & {
    message: string;
};
/** An entry of the baseline no difference of this run matched, with its line in the file. */
export type StaleBaselineEntry = BaselineEntry;
/**
 * The report's `baseline` section: the accepted differences of this run apart from the new ones,
 * and the stale entries (accepted differences that did not occur in a test that passed, or whose
 * test is gone from a run that grep and shard did not narrow).
 */
export interface BaselineSection {
    /** The baseline file, relative to the working directory. */
    file: string;
    /** Entries the file held when the run began. */
    entries: number;
    /** Differences the baseline accepted in this run. */
    accepted: number;
    /** Differences it did not accept (those of the failed tests). */
    new: number;
    /** Entries no difference matched. */
    stale: number;
    /** With `update-baseline`: how many entries the file holds now. */
    written?: number;
    /** Full titles of the tests that passed with accepted differences (they had no other). */
    passed_with_accepted: string[];
    accepted_differences: BaselineDifference[];
    new_differences: BaselineDifference[];
    stale_entries: StaleBaselineEntry[];
}
/**
 * How the suites' process tells the reporter which test runs and hears back what the baseline
 * accepted: the reporter and the suite library are separate bundles in the same process, so they
 * meet on one global object under a registered symbol.
 */
export interface BaselineChannel {
    /** The full title of the test now running; unset outside a test. */
    test?: string;
    /** The differences accepted so far in that test. */
    accepted: Difference[];
}
/** The process's channel, made on first use. */
export declare function baselineChannel(): BaselineChannel;
