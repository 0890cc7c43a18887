/** What the action hands the replay suite in its child process: shared by both sides. */

/** The environment variable that hands the replay's settings to the suite in the child. */
export const REPLAY_CONFIG_ENV = 'VERIFY_MIGRATION_REPLAY_CONFIG';

/** What the suite in the child reads from `REPLAY_CONFIG_ENV` (no secrets: the URL goes in its own variable). */
export interface ReplaySuiteConfig {
  /** Absolute path of the recording. */
  traffic: string;
  /** Absolute path of the module exporting `createApp`. */
  app: string;
  /** The suite's title: the recording's file name. */
  title: string;
}
