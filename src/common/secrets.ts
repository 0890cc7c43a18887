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
export const MASK = '***';

/**
 * `scheme://user:password@` (the scheme may be missing: `//user:password@`). The user holds no
 * `/`, so `https://example.com/a:b@c` is a path, not credentials. The password runs to the last
 * `@` before a space or a quote (each part bounded, so a hostile megabyte-long title costs linear time): an `@` a person forgot to percent-encode (`p@ss`) stays inside
 * it, at the price of masking a little too much in a URL that has a port and an `@` in its path.
 */
const URL_CREDENTIALS =
  /((?:\b[a-z][a-z0-9+.-]{0,30}:)?\/\/[^\s:/?#@"'<>`\\]{0,256}:)([^\s"'<>`\\]{0,256})@/gi;

/**
 * Keys whose value is a credential: `password`, `Password`, `PGPASSWORD`, `db_password`,
 * `passwd`, `MYSQL_PWD`, `pwd`, `pass`, `client_secret`, `access_token`.
 */
const SECRET_KEY = String.raw`(?:[\w.-]{0,40}(?:password|passwd|pwd|secret|token)|pass)`;

/** `key=value` (a connection string's `Password=x;`, a query's `&pwd=x&`, `PGPASSWORD=x`), the value quoted or not. */
const KEY_EQUALS_VALUE = new RegExp(
  String.raw`\b(${SECRET_KEY}\s*=\s*)("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'|[^\s;&'",)}\]]+)`,
  'gi',
);

/** `"password": "x"` (JSON) and `password: 'x'` (a printed object): only a quoted value, so `password: too short` is prose. */
const KEY_COLON_QUOTED = new RegExp(
  String.raw`\b(${SECRET_KEY}["']?\s*:\s*)("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}')`,
  'gi',
);

/** A value with the secret inside its quotes (if any) replaced by the mask. */
function maskValue(value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const inner = quote ? value.slice(1, -1) : value;
  return inner === '' ? value : `${quote}${MASK}${quote}`;
}

/**
 * `text` with the password of every `scheme://user:password@host` URL and the value of every
 * `password=` pair (and the other forms above) replaced by `***`. Needs no list of secrets: a
 * credential is hidden wherever it comes from. Idempotent.
 */
export function maskCredentials(text: string): string {
  // Each pattern only where it can match: most text has neither an `@` nor a key.
  let masked = text;
  if (masked.includes('@'))
    masked = masked.replace(URL_CREDENTIALS, (whole, head: string, password: string) =>
      password === '' ? whole : `${head}${MASK}@`,
    );
  if (/pass|pwd|secret|token/i.test(masked))
    masked = masked
      .replace(KEY_EQUALS_VALUE, (_, head: string, value: string) => `${head}${maskValue(value)}`)
      .replace(KEY_COLON_QUOTED, (_, head: string, value: string) => `${head}${maskValue(value)}`);
  return masked;
}

/**
 * Names of variables that hold credentials by convention. `PWD` and `OLDPWD` are folders (so
 * `_PWD` needs its underscore: `MYSQL_PWD`), and `*_KEY` alone is too broad (cache keys, sort
 * keys), so neither is matched.
 */
const SECRET_NAME =
  /(TOKEN|SECRET|PASSWORD|PASSWD|_PASS|_PWD|CREDENTIALS?|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)$/i;

/** Values shorter than this are not treated as secrets: redacting `1` or `true` everywhere would garble every report. */
const MIN_SECRET_LENGTH = 8;

/**
 * Passwords of every `scheme://user:password@host` URL and `password=` pair in the environment's
 * values (raw and percent-decoded), and the values of variables named like `*_TOKEN`,
 * `*_SECRET`, `*_PASSWORD`, `*_PASS`, `*_PWD`.
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const secrets = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (SECRET_NAME.test(name) && value.trim().length >= MIN_SECRET_LENGTH)
      secrets.add(value.trim());
    for (const secret of secretsInText(value)) secrets.add(secret);
  }
  return [...secrets];
}

/**
 * `password=...` in a connection string or a query string (`Password=x;`, `?pwd=x&`): the keys
 * whose values are learned as secrets to hide wherever they reappear. Narrower than
 * {@link KEY_EQUALS_VALUE}, which masks in place: a `token=on` learned would garble every `on`.
 */
const PASSWORD_EQUALS_VALUE =
  /\b(?:password|passwd|pwd)=("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'|[^\s;&'"]+)/gi;

/** The value of a `key=value` match without its quotes. */
function unquoted(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

/**
 * The passwords written into `text`: of every `scheme://user:password@host` URL and every
 * `password=...` pair (raw and percent-decoded). For what reaches us other than through the
 * environment (the CLI's arguments, a `command` that names a database URL), so that the
 * password is also hidden where it reappears on its own, and registered with the runner.
 */
export function secretsInText(text: string): string[] {
  const secrets = new Set<string>();
  const found = [
    ...[...text.matchAll(URL_CREDENTIALS)].map((match) => match[2]),
    ...[...text.matchAll(PASSWORD_EQUALS_VALUE)].map((match) => unquoted(match[1])),
  ];
  for (const secret of found) {
    secrets.add(secret);
    try {
      secrets.add(decodeURIComponent(secret));
    } catch {
      // Not percent-encoded: the raw form is already listed.
    }
  }
  return [...secrets].filter((secret) => secret.length >= 3 && secret !== MASK);
}

/**
 * A function that hides credentials in any text: every occurrence of `secrets` (longest first, so
 * no part of one survives) and every credential {@link maskCredentials} finds by pattern. With no
 * secrets it still masks by pattern: there is no text we write that may keep a URL's password.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const sorted = [...new Set(secrets)]
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length);
  return (text) =>
    maskCredentials(sorted.reduce((result, secret) => result.split(secret).join(MASK), text));
}

/** `logger` with every message (and group name) redacted, for output that may carry what the suites printed. */
export function redactingLogger(logger: Logger, redact: (text: string) => string): Logger {
  return {
    info: (message) => logger.info(redact(message)),
    warning: (message) => logger.warning(redact(message)),
    error: (message) => logger.error(redact(message)),
    group: (name, fn) => logger.group(redact(name), fn),
  };
}

/** A deep copy of a JSON-like value with every string redacted (keys too). */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)]),
    ) as T;
  }
  return value;
}
