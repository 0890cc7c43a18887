import type { DatabaseKind } from './types.js';
/** A parsed server URL: what the admin connection and TypeORM need. */
export interface ServerTarget {
    kind: Exclude<DatabaseKind, 'sqlite'>;
    /** `postgres`, `mysql` or `mariadb`: the TypeORM `type` for this URL. */
    typeormType: 'postgres' | 'mysql' | 'mariadb';
    host: string;
    port: number;
    username: string;
    password: string | undefined;
    /** The database named in the URL (the admin connection's), or undefined. */
    database: string | undefined;
    /** The URL as given (secret: never print it). */
    url: string;
    /** The URL with its password masked. */
    maskedUrl: string;
}
/** A server URL that cannot be used. The message masks the password. */
export declare class DatabaseUrlError extends Error {
    /** The URL with its password masked. */
    readonly maskedUrl: string;
    name: string;
    constructor(
    /** The URL with its password masked. */
    maskedUrl: string, reason: string);
}
/** Parses a postgres://, postgresql://, mysql:// or mariadb:// URL. */
export declare function parseServerUrl(url: string): ServerTarget;
/** One admin connection to a server, to the URL's own database. */
export interface AdminConnection {
    /** Runs one statement; returns the rows. */
    query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
    /** Quotes an identifier for this server. */
    quote(name: string): string;
    close(): Promise<void>;
}
/** Opens an admin connection. Errors are rethrown with the password removed from their message. */
export declare function openAdminConnection(target: ServerTarget): Promise<AdminConnection>;
/** An error's message, whatever was thrown. */
export declare function messageOf(error: unknown): string;
