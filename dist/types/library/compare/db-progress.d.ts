/**
 * Progress of a long comparison: a listener called at most every couple of seconds, and the
 * default listener, which writes one plain line per update to stderr (never `\r`, so mocha's
 * output stays readable in a terminal and in a CI log) once a comparison is big enough to wait for.
 */
import type { ComparisonStrategy, ReportProgress } from './db-strategy.js';
/** One progress update of `compareDatabases`. */
export interface ComparisonProgress {
    /** The old table's name. */
    table: string;
    /** The strategy that is running. */
    strategy: ComparisonStrategy;
    /** Rows of both tables dealt with so far (old and new rows together). */
    rowsCompared: number;
    /** Rows of both tables together. */
    rowsTotal: number;
    /** True on the last update, when the comparison is complete. */
    done: boolean;
}
/** Receives progress updates. */
export type ProgressListener = (progress: ComparisonProgress) => void;
/** Below this many rows (both tables together) the default listener stays quiet. */
export declare const PROGRESS_LOG_MIN_ROWS = 100000;
/** The default time between two updates. */
export declare const PROGRESS_INTERVAL_MS = 2000;
/**
 * The default listener: one line per update on stderr (or `write`) when the comparison covers at
 * least `minRows` rows, e.g. `compareDatabases tools (merge): 250000 of 2000000 rows (12%)`.
 */
export declare function progressLogger(write?: (line: string) => void, minRows?: number): ProgressListener;
/**
 * Wraps a listener so that it hears the first update, then at most one every `intervalMs`, and
 * always the final one. Cheap enough to call once per row: the clock is read every 256 calls.
 */
export declare function throttleProgress(listener: ProgressListener | undefined, table: string, strategy: ComparisonStrategy, intervalMs: number): ReportProgress;
