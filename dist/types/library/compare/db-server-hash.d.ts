import { type ComparisonPlan, type ReportProgress, type RowEvent, type StrategyCounts } from './db-strategy.js';
/** The `server-hash` strategy. */
export declare function serverHashStrategy(plan: ComparisonPlan, counts: StrategyCounts, progress: ReportProgress): AsyncGenerator<RowEvent[]>;
