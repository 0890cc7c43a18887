/**
 * Secrets the verification must never write, in one place for the action, the CLI and the suite
 * library. Two kinds:
 *
 * - by pattern, whatever the text and wherever it came from (a suite's own error message, a test
 *   title, a driver's message): the password of every `scheme://user:password@host` URL and the
 *   value of every `password=...` pair (also `Pwd=...;`, `?token=...`, `"password": "..."`), see
 *   {@link maskCredentials};
 * - by value, what the environment names: passwords inside connection URLs in the environment,
 *   the values of variables whose names say they are secrets (the runner's own
 *   `ACTIONS_RUNTIME_TOKEN`, a suite's `API_TOKEN`), and values the caller registers, wherever
 *   they reappear (a password printed on its own), see {@link redactor}.
 *
 * The action also registers the second kind with the runner so its log is masked; these
 * functions keep both out of the files we write ourselves (report, JUnit, summary, log) and out
 * of everything we print (the CLI has no runner to mask it).
 */
import type { Logger } from './logger.js';
/** What a hidden secret is shown as. */
export declare const MASK = "***";
/**
 * `text` with the password of every `scheme://user:password@host` URL and the value of every
 * `password=` pair (and the other forms above) replaced by `***`. Needs no list of secrets: a
 * credential is hidden wherever it comes from. Idempotent.
 */
export declare function maskCredentials(text: string): string;
/**
 * Passwords of every `scheme://user:password@host` URL and `password=` pair in the environment's
 * values (raw and percent-decoded), and the values of variables named like `*_TOKEN`,
 * `*_SECRET`, `*_PASSWORD`, `*_PASS`, `*_PWD`.
 */
export declare function secretsFromEnv(env: NodeJS.ProcessEnv): string[];
/**
 * The passwords written into `text`: of every `scheme://user:password@host` URL and every
 * `password=...` pair (raw and percent-decoded). For what reaches us other than through the
 * environment (the CLI's arguments, a `command` that names a database URL), so that the
 * password is also hidden where it reappears on its own, and registered with the runner.
 */
export declare function secretsInText(text: string): string[];
/**
 * A function that hides credentials in any text: every occurrence of `secrets` (longest first, so
 * no part of one survives) and every credential {@link maskCredentials} finds by pattern. With no
 * secrets it still masks by pattern: there is no text we write that may keep a URL's password.
 */
export declare function redactor(secrets: readonly string[]): (text: string) => string;
/** `logger` with every message (and group name) redacted, for output that may carry what the suites printed. */
export declare function redactingLogger(logger: Logger, redact: (text: string) => string): Logger;
/** A deep copy of a JSON-like value with every string redacted (keys too). */
export declare function redactDeep<T>(value: T, redact: (text: string) => string): T;
