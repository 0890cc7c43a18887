import { type HashField } from './db-hash-engines.js';
import { type ComparisonPlan, type ReportProgress, type RowEvent, type StrategyCounts } from './db-strategy.js';
/** How the two sides hash their rows, or why they cannot. */
export interface HashSetup {
    /** The two sides are different engines: the portable hash. */
    portable: boolean;
    /** The key's and the compared columns' SQL texts, key first, on each side. */
    oldFields: HashField[];
    newFields: HashField[];
    /** Every pair is compared strictly on one engine (so equal rows have equal text, and only those). */
    strict: boolean;
    /**
     * The pairs (indexes into `plan.pairs`) left out of the hash because the two engines write no
     * common text of them (JSON): they are read with the key alone, in key order, and compared by
     * their bridge; the rows where they differ are read whole with the differing ranges.
     */
    narrow: number[];
}
/**
 * The hash fields of both sides, from the pairs and how each is compared (`bridged`: the logical
 * kind per pair, undefined for strict), or why a pair has no text both sides write alike.
 */
export declare function hashSetup(plan: ComparisonPlan): HashSetup | string;
/** The `server-hash` strategy. */
export declare function serverHashStrategy(plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress): AsyncGenerator<RowEvent[]>;
