/**
 * The versions under test. The action and the CLI export them to the suites as `OLD_VERSION` and
 * `NEW_VERSION`; a suite run by hand (plain `npx mocha`) gets the documented defaults, so the same
 * spec works in both places.
 */
/** The version used when `OLD_VERSION` is unset or blank. */
export declare const DEFAULT_OLD_VERSION = "1.0.0";
/** The version used when `NEW_VERSION` is unset or blank. */
export declare const DEFAULT_NEW_VERSION = "2.0.0";
/** The version in production: `OLD_VERSION`, default `"1.0.0"`. Read on each call, so tests may change the variable. */
export declare function oldVersion(): string;
/** The version about to be deployed: `NEW_VERSION`, default `"2.0.0"`. Read on each call. */
export declare function newVersion(): string;
