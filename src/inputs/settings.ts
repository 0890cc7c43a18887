import type { Category } from '../common/records.js';
import type { MigrationsCheck } from '../common/child-environment.js';

/** The values `mode` allows. */
export const MODES = ['run', 'merge', 'migrations', 'replay'] as const;
export type Mode = (typeof MODES)[number];

/** Another test runner's command and the JUnit XML it writes, used instead of mocha. */
export interface CommandRunner {
  /** The program, split from the `command` input without a shell. */
  command: string;
  args: string[];
  /** Globs of the JUnit XML files the command writes, relative to the working directory. */
  junitGlobs: string[];
  /** Pattern-to-category rules tried before the names. */
  categoryMapping: CategoryRule[];
}

/**
 * `mode: migrations`: the service's own migrations, checked on a seeded throwaway copy: what the
 * check in the child is told (its paths absolute), and the server URL, which travels apart.
 */
export interface MigrationsSettings extends MigrationsCheck {
  /** Server URL for the throwaway database (secret); absent: a SQLite file, or VERIFY_MIGRATION_DATABASE_URL. */
  databaseUrl?: string;
}

/** `mode: replay`: a recording replayed against the old app, a second old app and the new app. */
export interface ReplaySettings {
  /** Absolute path of the recording (HAR 1.2, or JSON Lines as schema/traffic.schema.json). */
  traffic: string;
  /** Absolute path of the module exporting `createApp(version, { role, database })`. */
  app: string;
  /** How many requests the recording holds (checked when the inputs were read). */
  requests: number;
  /** Server URL for the three throwaway databases (secret); absent: SQLite files, or VERIFY_MIGRATION_DATABASE_URL. */
  databaseUrl?: string;
}

/** A slice `index` of `total` (1-based), from the `shard` input `i/n`. */
export interface Shard {
  index: number;
  total: number;
}

/**
 * Everything the core needs to run a verification: already parsed and validated (by the
 * action's input helper or by the CLI), paths absolute.
 */
export interface VerifySettings {
  service: string;
  oldVersion: string;
  newVersion: string;
  /** Absolute root that every path must stay inside (GITHUB_WORKSPACE, or the CLI's cwd). */
  workspace: string;
  /** Absolute directory where the suites run. */
  workingDirectory: string;
  /** Spec globs, relative to the working directory. */
  spec: string[];
  /** Only tests whose full title matches this (mocha's `--grep`). */
  grep?: string;
  /** Absolute path of the JSON report; the JUnit, Markdown and log files go beside it. */
  reportPath: string;
  /** An empty run (no tests) passes only when this is true. */
  allowEmpty: boolean;
  shard?: Shard;
  /**
   * Absolute path of a previous run's report (usually the merged one): with `shard`, files are
   * balanced by its per-file durations instead of by count.
   */
  previousReport?: string;
  /** When set, this command runs the suites and its JUnit XML is read, instead of mocha on `spec`. */
  commandRunner?: CommandRunner;
  /**
   * The overall time limit of the suites, in minutes (`timeout-minutes`): when reached, the test
   * process and every process it started are killed and the gate fails. Absent: no limit.
   */
  timeoutMinutes?: number;
  /**
   * Absolute path of the baseline of accepted differences (`verification-baseline.json`): the
   * differences it lists do not fail the gate. A file that is not there accepts nothing.
   */
  baseline?: string;
  /** Write the baseline from this run's differences (`update-baseline`). */
  updateBaseline?: boolean;
  /** Set in `mode: migrations`: the migrations check runs instead of the spec files. */
  migrations?: MigrationsSettings;
  /** Set in `mode: replay`: the recording is replayed instead of running the spec files. */
  replay?: ReplaySettings;
}

/** One line of the category mapping: tests whose name matches `pattern` belong to `category`. */
export interface CategoryRule {
  /** The pattern as the user wrote it. */
  source: string;
  /** The compiled pattern. */
  pattern: RegExp;
  category: Category;
}
