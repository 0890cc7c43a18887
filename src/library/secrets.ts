/**
 * Keeping passwords out of messages. Connection URLs end up in errors, logs and reports (which
 * are uploaded as artifacts), so every URL we print goes through `maskUrl` first, and every
 * message from a driver goes through `redactSecret` before we pass it on. The patterns are the
 * ones the action and the CLI mask everything they write with (`maskCredentials`): one mechanism.
 */

import { MASK, maskCredentials } from '../common/secrets.js';

export { MASK };

/** Query parameters that carry a password in some drivers' URLs (`?password=...`). */
const SECRET_PARAMS = /^(password|pass|passwd|pwd|secret|sslpassword|token)$/i;

/**
 * The URL with its password (and any password-like query parameter) replaced by `***`; the
 * password is hidden wherever else it occurs in the URL too.
 * A string that is not a valid URL is still masked in the `scheme://user:password@` part, so
 * that a malformed URL in an error message does not leak what it carries.
 */
export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return maskCredentials(url);
  }
  const password = passwordOf(url);
  if (parsed.password !== '') parsed.password = MASK;
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) parsed.searchParams.set(key, MASK);
  }
  // The password may also appear elsewhere (say, as the database name): hide it there too.
  return redactSecret(parsed.toString(), password);
}

/** The password a URL carries (decoded), or undefined. */
export function passwordOf(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

/**
 * The text with every occurrence of the secret (raw and URL-encoded) replaced by `***`, and any
 * URL in it masked. Used on driver messages, which we do not control.
 */
export function redactSecret(text: string, secret: string | undefined): string {
  let out = maskCredentials(text);
  if (secret !== undefined && secret !== '') {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(MASK);
    }
  }
  return out;
}
