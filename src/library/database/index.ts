/** The library's database side: throwaway databases and the table comparator. */
export type { DatabaseKind, ThrowawayDatabase, ThrowawayDatabaseOptions } from './types.js';
export { DATABASE_URL_ENV } from '../../common/child-environment.js';
export {
  THROWAWAY_NAME_PATTERN,
  ThrowawayDatabaseError,
  createThrowawayDatabase,
  databaseUrlFromEnv,
  makeThrowawayName,
  sweepStaleThrowawayDatabases,
  sweepStaleOnce,
  staleAfterSeconds,
  STALE_AFTER_ENV,
  DEFAULT_STALE_AFTER_SECONDS,
  type SweepResult,
} from './throwaway.js';
export { DatabaseUrlError } from './admin.js';
