/**
 * The versions under test. The action and the CLI export them to the suites as `OLD_VERSION` and
 * `NEW_VERSION`; a suite run by hand (plain `npx mocha`) gets the documented defaults, so the same
 * spec works in both places.
 */

/** The version used when `OLD_VERSION` is unset or blank. */
export const DEFAULT_OLD_VERSION = '1.0.0';

/** The version used when `NEW_VERSION` is unset or blank. */
export const DEFAULT_NEW_VERSION = '2.0.0';

/** The version in production: `OLD_VERSION`, default `"1.0.0"`. Read on each call, so tests may change the variable. */
export function oldVersion(): string {
  return fromEnv('OLD_VERSION', DEFAULT_OLD_VERSION);
}

/** The version about to be deployed: `NEW_VERSION`, default `"2.0.0"`. Read on each call. */
export function newVersion(): string {
  return fromEnv('NEW_VERSION', DEFAULT_NEW_VERSION);
}

function fromEnv(name: string, fallback: string): string {
  // A blank variable (e.g. `OLD_VERSION=` from a workflow with an empty input) means "not given".
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}
