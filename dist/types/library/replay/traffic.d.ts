/**
 * Recorded traffic for `describeApiMigration({ traffic })`: the parsing lives in common/, where
 * the action's input checks read the same recording before anything starts.
 */
export * from '../../common/traffic.js';
