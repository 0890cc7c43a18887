import type { Category, HookFailure, TestRecord } from './records.js';

/** Version of the report's JSON shape; `schema/verification-report.schema.json` describes it. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

/** `passed` or `failed`: the values of every status in the report and of the `status` output. */
export type Status = 'passed' | 'failed';

/** Counts of one category, or of everything (`overall`). Keys are the seed's. */
export interface CategoryResult {
  status: Status;
  /** Every collected test: tests = passed + failures + errors + skipped. */
  tests: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Failing after/afterEach hooks; any of them fails the category. */
  hook_failures: number;
  /** Seconds, summed over the category's tests. */
  time: number;
}

/** The overall result, with the gate's reasons when it failed. */
export interface OverallResult extends CategoryResult {
  /** Why the gate failed, one sentence each; empty when it passed. */
  reasons: string[];
}

/**
 * The GitHub run metadata a report may hold, and the runner variable each comes from: the only
 * environment values a report ever holds.
 */
export const GITHUB_RUN_FIELDS = {
  github_run_id: 'GITHUB_RUN_ID',
  github_run_attempt: 'GITHUB_RUN_ATTEMPT',
  github_sha: 'GITHUB_SHA',
  github_ref: 'GITHUB_REF',
  github_repository: 'GITHUB_REPOSITORY',
  github_workflow: 'GITHUB_WORKFLOW',
  github_job: 'GITHUB_JOB',
} as const;

/**
 * What produced a report, as far as it is known. The GitHub fields are the only values taken
 * from the environment: a report never holds any other environment value (secrets live there).
 */
export interface RunInfo {
  /** `GITHUB_RUN_ID`: the workflow run. */
  github_run_id?: string;
  /** `GITHUB_RUN_ATTEMPT`: the run's attempt, from 1. */
  github_run_attempt?: string;
  /** `GITHUB_SHA`: the commit verified. */
  github_sha?: string;
  /** `GITHUB_REF`: the branch or tag ref. */
  github_ref?: string;
  /** `GITHUB_REPOSITORY`: owner/name. */
  github_repository?: string;
  /** `GITHUB_WORKFLOW`: the workflow's name. */
  github_workflow?: string;
  /** `GITHUB_JOB`: the job's id. */
  github_job?: string;
  /** `i/n` when the report is one shard's. */
  shard?: { index: number; total: number };
  /** For a shard: what its split was computed from; the merge checks that every shard agrees. */
  shard_plan?: ShardPlan;
  /** Spec files that were run, relative to the working directory. */
  spec_files: string[];
  /** The `grep` filter, when one was given. */
  grep?: string;
  /** How the tests were run: `mocha` (project's or bundled). */
  runner: string;
  /** Exit code of the test process (null when killed by a signal). */
  exit_code: number | null;
  /** True when the test process reported the end of the run. */
  completed: boolean;
  /**
   * The run's problems (crash, early exit, load error, unreadable stream...), as the outcome
   * gave them; empty when none. Kept so that merging shard reports, which recounts from the
   * records, still fails the gate for a shard whose run could not be trusted.
   */
  problems: string[];
  /** Wall-clock seconds of the test process (the categories' `time` sums the tests' own time). */
  duration?: number;
}

/** The verification report (`verification-report.json`). */
export interface VerificationReport {
  schema_version: string;
  /** ISO 8601 time the report was made. */
  timestamp: string;
  service: string;
  old_version: string;
  new_version: string;
  /** The three categories always; `other` only when it has tests. */
  results: Partial<Record<Category, CategoryResult>> &
    Record<'database_migration' | 'api_migration' | 'functional_migration', CategoryResult>;
  overall: OverallResult;
  tests: TestRecord[];
  hook_failures: HookFailure[];
  run: RunInfo;
  /** mode: migrations: per migration, its schema changes, findings, time and locks. */
  migrations?: MigrationsSection;
}

/**
 * What a shard's split was computed from. Every shard of a matrix must compute the same split;
 * the merge compares the digests, so shards that saw other files or other durations (say, a
 * previous report present on one runner only) fail the merged gate instead of silently running
 * some files twice and others never.
 */
export interface ShardPlan {
  /** Spec files found before the split, over all shards. */
  files: number;
  /** `durations` when the previous run's durations weighted the split, else `files`. */
  balanced_by: 'files' | 'durations';
  /** SHA-256 of the files and durations the split was computed from. */
  digest: string;
}

/** One schema change of a migration. */
export interface MigrationChangeEntry {
  kind: string;
  /** additive, destructive, narrowing, constraint, renamed or other. */
  class: string;
  table: string;
  name?: string;
  message: string;
}

/** One finding about a migration. */
export interface MigrationFindingEntry {
  kind: string;
  /** `fail`, `declared` or `info`. */
  verdict: string;
  table?: string;
  column?: string;
  count?: number;
  examples?: string[];
  message: string;
  /** The intent line that declared it, or the line to add when it fails. */
  intent?: string;
}

/** One new migration. */
export interface MigrationEntry {
  name: string;
  file?: string;
  /** Seconds of its `up()` on the seeded copy. */
  seconds: number;
  error?: string;
  /** restored, declared (a declared lossy down), drift, failed, missing or not-run. */
  down: string;
  down_seconds?: number;
  down_error?: string;
  passed: boolean;
  changes: MigrationChangeEntry[];
  findings: MigrationFindingEntry[];
  /** PostgreSQL: table locks its `up()` held. */
  locks?: Array<{ table: string; mode: string; milliseconds: number }>;
  /** PostgreSQL: tables its `up()` rewrote. */
  rewritten?: string[];
}

/** The `migrations` section of the report. */
export interface MigrationsSection {
  /** sqlite, postgres or mysql. */
  dialect: string;
  /** The throwaway database (password masked). */
  database: string;
  /** The old version's migrations, run to set up the copy. */
  old_migrations: string[];
  old_seconds: number;
  /** Generated rows per table and the tables seeded, or the service's own seed file. */
  seed: {
    file?: string;
    tables?: number;
    rows?: number;
    skipped?: Array<{ table: string; reason: string }>;
    seconds?: number;
  };
  /** Tables without a primary key, compared as multisets. */
  keyless_tables: string[];
  /** Intent entries naming no new migration. */
  stale_intent: string[];
  /** Old version's migration files changed since the base ref (production ran the ref's text). */
  changed_old_migrations?: string[];
  /** Every new migration's down() newest first, back to the old version's schema. */
  rollback: {
    reverted: string[];
    failed?: { migration: string; error: string };
    /** Schema differences from the old version's schema, one sentence each. */
    drift: string[];
    passed: boolean;
  };
  passed: boolean;
  migrations: MigrationEntry[];
}
