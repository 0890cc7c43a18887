/**
 * Secrets the verification must never write: passwords inside connection URLs in the
 * environment (the suites' database URLs), the values of variables whose names say they are
 * secrets (the runner's own `ACTIONS_RUNTIME_TOKEN`, a suite's `API_TOKEN`), and values the
 * caller registers. The action also registers them with the runner so its log is masked; these
 * functions keep them out of the files we write ourselves (report, JUnit, summary, log) and out
 * of the suites' output we print (the CLI has no runner to mask it).
 */

import type { Logger } from './logger.js';

const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;

/** `password=...` in a key-value connection string or a query string (`Password=x;`, `?pwd=x&`). */
const KEY_VALUE_PASSWORD = /\b(?:password|passwd|pwd)=([^\s;&'"]+)/gi;

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
 * The passwords written into `text`: of every `scheme://user:password@host` URL and every
 * `password=...` pair (raw and percent-decoded). For what reaches us other than through the
 * environment: the CLI's arguments, a `command` that names a database URL.
 */
export function secretsInText(text: string): string[] {
  const secrets = new Set<string>();
  for (const pattern of [URL_WITH_PASSWORD, KEY_VALUE_PASSWORD]) {
    for (const match of text.matchAll(pattern)) {
      secrets.add(match[1]);
      try {
        secrets.add(decodeURIComponent(match[1]));
      } catch {
        // Not percent-encoded: the raw form is already listed.
      }
    }
  }
  return [...secrets].filter((secret) => secret.length >= 3);
}

/** A function that replaces every occurrence of the secrets with `***`. Longest first, so no part of one survives. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const sorted = [...new Set(secrets)]
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  return (text) => sorted.reduce((result, secret) => result.split(secret).join('***'), text);
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
