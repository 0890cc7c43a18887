import type { ShardPlan } from '../plan/spec-files.js';
import type { BaselineSection } from './baseline.js';
import type { MigrationsSection } from './migrations.js';
import type { Category, HookFailure, TestRecord } from '../results/types.js';

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
  /** When a baseline of accepted differences was used: accepted and new differences apart, and stale entries. */
  baseline?: BaselineSection;
}
