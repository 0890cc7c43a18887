import type { DatabaseKind } from './types.js';
/** A parsed server URL: what the admin connection and TypeORM need. */
export interface ServerTarget {
    /** The engine family: `postgres` (postgres://, postgresql://) or `mysql` (mysql://, mariadb://). */
    kind: Exclude<DatabaseKind, 'sqlite'>;
    /** `postgres`, `mysql` or `mariadb`: the TypeORM `type` for this URL. */
    typeormType: 'postgres' | 'mysql' | 'mariadb';
    /** The server's host name or address (brackets removed from IPv6); `127.0.0.1` when the URL has none. */
    host: string;
    /** The URL's port, else 5432 (PostgreSQL) or 3306 (MySQL/MariaDB). */
    port: number;
    /** The URL's user name (decoded), else `postgres` (PostgreSQL) or `root` (MySQL/MariaDB). */
    username: string;
    /** The URL's password (decoded), or undefined (secret: never print it). */
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
    /** Shown before the message in stacks and logs, instead of `Error`. */
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
    /** Ends the connection. */
    close(): Promise<void>;
}
/** Opens an admin connection. Errors are rethrown with the password removed from their message. */
export declare function openAdminConnection(target: ServerTarget): Promise<AdminConnection>;
/** An error's message, whatever was thrown. */
export declare function messageOf(error: unknown): string;
