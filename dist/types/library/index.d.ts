/**
 * verify-migration's library for migration verification suites: the one public surface.
 * Suites import everything from `verify-migration`; nothing here knows about the action.
 */
export { DEFAULT_NEW_VERSION, DEFAULT_OLD_VERSION, newVersion, oldVersion } from './versions.js';
export { describeDatabaseMigration, openVersionDataSource, type DatabaseMigrationContext, type DatabaseMigrationDescribe, type DatabaseMigrationOptions, type EntityList, type MigrationList, type PerVersion, type ServiceDataSource, type VersionDataSourceOptions, } from './suites/database.js';
export { describeApiMigration, type ApiAppInstance, type RunningApp, type ApiMigrationContext, type ApiMigrationOptions, } from './suites/api.js';
export { describeFunctionalMigration, type FunctionalMigrationContext, type FunctionalMigrationOptions, } from './suites/functional.js';
export type { MigrationDescribe, SuiteBody, SuiteScope } from './suites/define.js';
export { disposeValue } from './suites/resources.js';
export { createApiClient, type ApiClient, type ApiRequestOptions, type ApiResponse, } from './http/client.js';
export { startApp, type AppHandle, type AppLike, type StartedApp } from './http/server.js';
export { loadTraffic, maskHeaders, SECRET_HEADERS, TrafficError, type LoadTrafficOptions, type RecordedRequest, type RecordedResponse, type TrafficSource, } from './replay/traffic.js';
export { Replayer, routeKey, type ReplayResponse, type ReplayRole, type ReplayStep, type ReplayerOptions, } from './replay/replay.js';
export { compareObjects, describeValue, formatPath, type CompareObjectsOptions, } from './compare/objects.js';
export { compareApiResponses, type ApiResponseLike, type CompareApiResponsesOptions, } from './compare/api.js';
export { compareDatabases, compareDatabasesDetailed, progressLogger, type BridgeKind, type ColumnBridge, type CompareDatabasesOptions, type ComparableDataSource, type ComparisonProgress, type ComparisonStrategy, type DatabaseComparison, type EntityOrTable, type LearnedNoise, type LearnedNoiseColumn, type NormalizeOptions, type ProgressListener, } from './compare/databases.js';
export { assertNoDifferences, DifferencesError, expectSameApiResponse, expectSameDatabase, expectSameObjects, formatDifferences, MAX_LISTED_DIFFERENCES, } from './assert.js';
export type { Difference } from '../common/records.js';
export { checkInPlaceMigration, verifyInPlaceMigration, type FailedDown, type ForwardTableOptions, type InPlaceMigrationOptions, type InPlaceMigrationResult, } from './migrations/in-place.js';
export { checkMigrations, DEFAULT_ROWS_PER_TABLE, MigrationsSetupError, type ClassifiedChange, type DownStatus, type FullRollback, type MigrationOutcome, type MigrationsCheckOptions, type MigrationsCheckResult, } from './migrations/check.js';
export { describeMigrations, type DescribeMigrationsOptions } from './migrations/describe.js';
export type { ChangeClass } from './migrations/classify.js';
export type { Finding, FindingKind } from './migrations/findings.js';
export { GitRefError } from '../common/git.js';
export { INTENT_FILE_NAME, IntentFileError, parseIntent, type Intent, } from './migrations/intent.js';
export type { HeldLock } from './migrations/locks.js';
export { DataSourceModuleError } from './migrations/service.js';
export { DATABASE_URL_ENV, DatabaseUrlError, ThrowawayDatabaseError, createThrowawayDatabase, databaseUrlFromEnv, sweepStaleThrowawayDatabases, type DatabaseKind, type SweepResult, type ThrowawayDatabase, type ThrowawayDatabaseOptions, } from './database/index.js';
export { maskUrl } from './secrets.js';
export { sqlConnectionOf, type QuerySource } from './schema/connection.js';
export { familyOfType, readSchema, type ReadSchemaOptions } from './schema/read.js';
export { diffSchemas, narrowing } from './schema/diff.js';
export type { CheckConstraint, ColumnFamily, ColumnSchema, Dialect, EnumType, ForeignKey, IndexSchema, ReferentialAction, SchemaChange, SchemaChangeKind, SchemaSnapshot, SqlConnection, TableSchema, UniqueConstraint, ViewSchema, } from './schema/types.js';
export { SeedOptionsError, seedDatabase, type SeedOptions, type SeedResult } from './seed/index.js';
export { CATEGORY_PROPERTY } from '../common/categories.js';
