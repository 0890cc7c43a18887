/** What the action hands the test process through its environment: shared by both sides. */
/** The environment variable that points the library at a server instead of SQLite. */
export declare const DATABASE_URL_ENV = "VERIFY_MIGRATION_DATABASE_URL";
/** The environment variable that hands the check's settings to the suite in the child. */
export declare const MIGRATIONS_CONFIG_ENV = "VERIFY_MIGRATION_MIGRATIONS_CONFIG";
/** What the suite in the child reads from `MIGRATIONS_CONFIG_ENV` (no secrets: the URL goes in its own variable). */
export interface MigrationsSuiteConfig {
    dataSource: string;
    baseRef?: string;
    oldMigrations?: string[];
    rowsPerTable: number;
    seed: number;
    seedFile?: string;
    intent?: string;
    /** Where the suite writes the check's whole result. */
    resultPath: string;
}
/** The environment variable that hands the replay's settings to its suite in the child. */
export declare const REPLAY_CONFIG_ENV = "VERIFY_MIGRATION_REPLAY_CONFIG";
/** What the replay suite in the child reads from `REPLAY_CONFIG_ENV` (no secrets: the URL goes in its own variable). */
export interface ReplaySuiteConfig {
    /** Absolute path of the recording. */
    traffic: string;
    /** Absolute path of the module exporting `createApp`. */
    app: string;
    /** The suite's title: the recording's file name. */
    title: string;
}
