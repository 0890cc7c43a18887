/**
 * Keeping passwords out of messages. Connection URLs end up in errors, logs and reports (which
 * are uploaded as artifacts), so every URL we print goes through `maskUrl` first, and every
 * message from a driver goes through `redactSecret` before we pass it on. The patterns are the
 * ones the action and the CLI mask everything they write with (`maskCredentials`): one mechanism.
 */
import { MASK } from '../common/secrets.js';
export { MASK };
/**
 * The URL with its password (and any password-like query parameter) replaced by `***`; the
 * password is hidden wherever else it occurs in the URL too.
 * A string that is not a valid URL is still masked in the `scheme://user:password@` part, so
 * that a malformed URL in an error message does not leak what it carries.
 */
export declare function maskUrl(url: string): string;
/** The password a URL carries (decoded), or undefined. */
export declare function passwordOf(url: string): string | undefined;
/**
 * The text with every occurrence of the secret (raw and URL-encoded) replaced by `***`, and any
 * URL in it masked. Used on driver messages, which we do not control.
 */
export declare function redactSecret(text: string, secret: string | undefined): string;
