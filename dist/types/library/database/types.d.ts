import type { DataSourceOptions } from 'typeorm';
import type { AdminConnection, ServerTarget } from './admin.js';
/** The engines the suite library can make throwaway databases on. */
export type DatabaseKind = 'sqlite' | 'postgres' | 'mysql';
/**
 * A database that the library created for one test and will remove: a temporary SQLite file,
 * or a database on a PostgreSQL/MySQL server with a name that says it is ours and when it was
 * made. Dropping it is safe to call twice; nothing else on the server is ever touched.
 */
export interface ThrowawayDatabase extends AsyncDisposable {
    /** The engine it is on: `sqlite` without a URL, else the server's kind. */
    kind: DatabaseKind;
    /** The file path (SQLite) or the database name (servers). */
    name: string;
    /** TypeORM options that point at this database; add `entities`/`migrations` and create a DataSource. */
    options: DataSourceOptions;
    /** The connection URL with its password replaced by `***`: safe for messages and logs. */
    maskedUrl: string;
    /** Removes the database (and its files). Safe to call more than once. */
    drop(): Promise<void>;
}
/** Where throwaway databases are made. */
export interface ThrowawayDatabaseOptions {
    /**
     * A server URL (`postgres://user:pass@host:5432/anydb`, `mysql://root@127.0.0.1:3306/`); the
     * database part is only used to connect. Absent: an embedded SQLite file.
     */
    url?: string;
    /** A short word put into the name, to tell where it came from (`old`, `new`). */
    label?: string;
    /**
     * Opens the admin connection that creates and drops the database on a server. Default: the
     * library's own, through `pg` or `mysql2`. The migrations check hands in one made with the
     * service's own TypeORM and driver, so that a service needs no driver of ours.
     */
    openAdmin?: (target: ServerTarget) => Promise<AdminConnection>;
}
