import type { AdminConnection, ServerTarget } from './types.js';
/** A server URL that cannot be used. The message masks the password. */
export declare class DatabaseUrlError extends Error {
    /** The URL with its password masked. */
    readonly maskedUrl: string;
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
    constructor(
    /** The URL with its password masked. */
    maskedUrl: string, reason: string);
}
/** Parses a postgres://, postgresql://, mysql:// or mariadb:// URL. */
export declare function parseServerUrl(url: string): ServerTarget;
/** Opens an admin connection. Errors are rethrown with the password removed from their message. */
export declare function openAdminConnection(target: ServerTarget): Promise<AdminConnection>;
/** An error's message, whatever was thrown. */
export declare function messageOf(error: unknown): string;
