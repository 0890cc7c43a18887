import type { DataSourceOptions } from 'typeorm';

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

/** One admin connection to a server, to the URL's own database. */
export interface AdminConnection {
  /** Runs one statement; returns the rows. */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Quotes an identifier for this server. */
  quote(name: string): string;
  /** Ends the connection. */
  close(): Promise<void>;
}
