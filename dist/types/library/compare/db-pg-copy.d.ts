/**
 * Reading PostgreSQL rows through `COPY ... TO STDOUT` on the connection of a `server-hash`
 * session, for when most key ranges differ and bisecting further would cost more than reading.
 * COPY sends each row as one line of text with no per-row protocol framing to parse into
 * values, so two equal lines are skipped as bytes, and only the lines that differ are decoded,
 * with the connection's own type parsers, into the values its driver would have given.
 *
 * The protocol is spoken through node-postgres' `Submittable` (what `client.query` accepts):
 * one CopyData message per row (PostgreSQL sends exactly that for COPY TO), the socket paused
 * while lines wait to be read, so memory stays flat whatever the table's size.
 */
/** The part of a node-postgres client that COPY needs. */
export interface PgCopyClient {
    /** Runs a submittable (a query object with `submit`), or a text query returning a result. */
    query(query: unknown): unknown;
    /** The parser the client applies to a column of type `oid` in text format. */
    getTypeParser(oid: number, format?: string): (text: string) => unknown;
}
/** Whether `value` is a node-postgres client that can COPY (a TypeORM PostgreSQL query runner's `databaseConnection`). */
export declare function isPgCopyClient(value: unknown): value is PgCopyClient;
/**
 * Starts `COPY (select) TO STDOUT` on `client` now, and returns its lines, one row each, in
 * batches. Stopping early reads the rest (unparsed), so that the connection can be used again.
 */
export declare function copyLines(client: PgCopyClient, select: string): AsyncGenerator<Buffer[]>;
/** Reads a stream of line batches one line at a time, awaiting only when a batch runs out. */
export declare class LineCursor {
    private readonly batches;
    private batch;
    private index;
    constructor(batches: AsyncGenerator<Buffer[]>);
    /** The current line, or undefined at the end (call `ready` first). */
    get line(): Buffer | undefined;
    /** Makes the next line current (or the end). */
    advance(): void;
    /** Waits until there is a current line or the end; false at the end. */
    ready(): Promise<boolean>;
    /** Stops reading (the rest is drained). */
    close(): Promise<void>;
}
/** The type parser of each column `select` returns, in order (from a query that returns no rows). */
export declare function columnParsers(client: PgCopyClient, select: string): Promise<((text: string) => unknown)[]>;
/**
 * A COPY line as the row the driver would have returned: `\N` as NULL, every other field
 * unescaped and parsed by its column's type parser.
 */
export declare function decodeLine(line: Buffer, names: string[], parsers: ((text: string) => unknown)[]): Record<string, unknown>;
/** The integer key at the start of a COPY line (the key is selected first): a number while exact, else a bigint. */
export declare function lineKey(line: Buffer): number | bigint;
