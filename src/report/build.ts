import type { VerifySettings } from '../inputs/settings.js';
import { countOutcome } from '../results/counting.js';
import type {
  Difference,
  HookFailure,
  RunOutcome,
  SourceLocation,
  TestRecord,
} from '../common/records.js';
import { jsonSafe } from '../common/json-safe.js';
import { migrationsSection } from './migrations.js';
import {
  GITHUB_RUN_FIELDS,
  REPORT_SCHEMA_VERSION,
  type RunInfo,
  type VerificationReport,
} from '../common/report.js';

/** The settings a report needs; a full `VerifySettings` fits, and so does a merge's. */
export type ReportSettings = Pick<
  VerifySettings,
  'service' | 'oldVersion' | 'newVersion' | 'allowEmpty'
>;

/**
 * What the caller knows of the run. `exit_code`, `completed`, `problems` and `duration` come from the
 * outcome instead, so the two can never disagree; `runner` defaults to `mocha`.
 */
export type RunInput = Omit<
  RunInfo,
  'exit_code' | 'completed' | 'duration' | 'problems' | 'runner'
> & { runner?: string };

/** Input of `buildReport`. */
export interface BuildReportInput {
  settings: ReportSettings;
  outcome: RunOutcome;
  run: RunInput;
  /** When the report is made; default now. Tests pass a fixed time. */
  now?: Date;
  /** mode: migrations: the check's result as its suite wrote it. */
  migrations?: unknown;
}

function copyLocation(location: SourceLocation | undefined): SourceLocation | undefined {
  if (!location) return undefined;
  const copy: SourceLocation = { file: location.file, line: location.line };
  if (location.column !== undefined) copy.column = location.column;
  return copy;
}

function copyDifference(difference: Difference): Difference {
  const copy: Difference = {
    path: difference.path,
    kind: difference.kind,
    message: difference.message,
  };
  if (difference.old !== undefined) copy.old = jsonSafe(difference.old);
  if (difference.new !== undefined) copy.new = jsonSafe(difference.new);
  return copy;
}

/** A copy with only the record's own fields, so nothing else a caller attached reaches the file. */
function copyTest(test: TestRecord): TestRecord {
  const copy: TestRecord = {
    title_path: [...test.title_path],
    full_title: test.full_title,
    file: test.file,
    category: test.category,
    state: test.state,
    duration: test.duration,
  };
  if (test.message !== undefined) copy.message = test.message;
  if (test.stack !== undefined) copy.stack = test.stack;
  const location = copyLocation(test.location);
  if (location) copy.location = location;
  if (test.differences) copy.differences = test.differences.map(copyDifference);
  return copy;
}

function copyHookFailure(hook: HookFailure): HookFailure {
  const copy: HookFailure = {
    title: hook.title,
    full_title: hook.full_title,
    file: hook.file,
    category: hook.category,
    message: hook.message,
  };
  if (hook.stack !== undefined) copy.stack = hook.stack;
  const location = copyLocation(hook.location);
  if (location) copy.location = location;
  return copy;
}

/**
 * The `run` section: only the listed fields are copied, one by one, never the caller's object
 * as a whole, so an environment spread into `run` by mistake cannot carry a secret into an
 * uploaded artifact. Absent GitHub fields are left out rather than written as empty strings.
 */
function buildRunInfo(run: RunInput, outcome: RunOutcome): RunInfo {
  const info: RunInfo = {
    spec_files: [...run.spec_files],
    runner: run.runner ?? 'mocha',
    exit_code: outcome.exit_code,
    completed: outcome.completed,
    problems: [...outcome.problems],
    duration: Math.round(outcome.duration * 1000) / 1000,
  };
  for (const field of Object.keys(GITHUB_RUN_FIELDS) as Array<keyof typeof GITHUB_RUN_FIELDS>) {
    const value = run[field];
    if (typeof value === 'string' && value !== '') info[field] = value;
  }
  if (run.shard) info.shard = { index: run.shard.index, total: run.shard.total };
  if (run.shard_plan) {
    const { files, balanced_by, digest } = run.shard_plan;
    info.shard_plan = { files, balanced_by, digest };
  }
  if (run.grep !== undefined) info.grep = run.grep;
  return info;
}

/**
 * Builds the verification report of one run: real counts per category and overall, one
 * record per test, the failing after-hooks and what produced it. `overall.status` is the
 * fail-closed gate (see `gate` in `results/counting.ts`) and `overall.reasons` says why it
 * failed. Pure: it writes nothing and reads no environment.
 */
export function buildReport(input: BuildReportInput): VerificationReport {
  const { settings, outcome } = input;
  const { results, overall } = countOutcome(outcome, { allowEmpty: settings.allowEmpty });
  const report: VerificationReport = {
    schema_version: REPORT_SCHEMA_VERSION,
    timestamp: (input.now ?? new Date()).toISOString(),
    service: settings.service,
    old_version: settings.oldVersion,
    new_version: settings.newVersion,
    results,
    overall,
    tests: outcome.tests.map(copyTest),
    hook_failures: outcome.hook_failures.map(copyHookFailure),
    run: buildRunInfo(input.run, outcome),
  };
  const migrations = migrationsSection(input.migrations);
  if (migrations) report.migrations = migrations;
  return report;
}
