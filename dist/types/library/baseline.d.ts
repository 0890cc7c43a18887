import { type BaselineSplit } from '../common/baseline.js';
import type { Difference } from '../common/records.js';
/**
 * Splits one comparison's differences by the baseline, for the test now running, and records the
 * accepted ones for the report. With no baseline, or outside a test the reporter named, every
 * difference is new: nothing is accepted by guess.
 */
export declare function applyBaseline(differences: readonly Difference[]): BaselineSplit;
/** The failure message's line on what the baseline accepted, when it accepted anything. */
export declare function acceptedNote(accepted: number): string[];
