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

/** The part of node-postgres' connection that a submitted query uses. */
interface PgConnection {
  query(text: string): void;
  stream: { pause(): void; resume(): void };
}

/** The part of a node-postgres client that COPY needs. */
export interface PgCopyClient {
  /** Runs a submittable (a query object with `submit`), or a text query returning a result. */
  query(query: unknown): unknown;
  /** The parser the client applies to a column of type `oid` in text format. */
  getTypeParser(oid: number, format?: string): (text: string) => unknown;
}

/** Whether `value` is a node-postgres client that can COPY (a TypeORM PostgreSQL query runner's `databaseConnection`). */
export function isPgCopyClient(value: unknown): value is PgCopyClient {
  const client = value as Partial<PgCopyClient> | null;
  return (
    typeof client === 'object' &&
    client !== null &&
    typeof client.query === 'function' &&
    typeof client.getTypeParser === 'function'
  );
}

/** Lines waiting to be read before the socket is paused. */
const HIGH_WATER = 2000;

/** A COPY TO STDOUT in progress: its lines queue here until read. */
class CopyOut {
  private lines: Buffer[] = [];
  private finished = false;
  private failure: Error | undefined;
  private paused = false;
  private wake: (() => void) | undefined;
  private connection: PgConnection | undefined;

  constructor(private readonly sql: string) {}

  /** Called by the client when the query's turn comes. */
  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.sql);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    // A copy: the chunk is a view of the parser's buffer, which the next socket read may reuse.
    this.lines.push(Buffer.from(message.chunk));
    if (!this.paused && this.lines.length >= HIGH_WATER) {
      this.paused = true;
      this.connection?.stream.pause();
    }
    this.notify();
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    this.finished = true;
    this.notify();
  }

  handleError(error: Error): void {
    this.failure ??= error;
    // The server sends ReadyForQuery after an error; a broken connection does not, so end here.
    this.finished = true;
    this.notify();
  }

  /** Never sent for COPY; a query object must still accept them. */
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** The lines, one row each (with its trailing newline), in batches of what has arrived. */
  async *read(): AsyncGenerator<Buffer[]> {
    for (;;) {
      if (this.lines.length > 0) {
        const batch = this.lines;
        this.lines = [];
        if (this.paused) {
          this.paused = false;
          this.connection?.stream.resume();
        }
        yield batch;
        continue;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.finished) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Reads what is left (the connection is free again only once the COPY has ended). */
  async drain(): Promise<void> {
    try {
      for await (const batch of this.read()) void batch;
    } catch {
      // The reader stopped first; its own error, if any, is what the caller sees.
    }
  }
}

/**
 * Starts `COPY (select) TO STDOUT` on `client` now, and returns its lines, one row each, in
 * batches. Stopping early reads the rest (unparsed), so that the connection can be used again.
 */
export function copyLines(client: PgCopyClient, select: string): AsyncGenerator<Buffer[]> {
  const copy = new CopyOut(`COPY (${select}) TO STDOUT`);
  client.query(copy);
  return (async function* () {
    let ended = false;
    try {
      yield* copy.read();
      ended = true;
    } finally {
      if (!ended) await copy.drain();
    }
  })();
}

/** Reads a stream of line batches one line at a time, awaiting only when a batch runs out. */
export class LineCursor {
  private batch: Buffer[] = [];
  private index = 0;

  constructor(private readonly batches: AsyncGenerator<Buffer[]>) {}

  /** The current line, or undefined at the end (call `ready` first). */
  get line(): Buffer | undefined {
    return this.batch[this.index];
  }

  /** Makes the next line current (or the end). */
  advance(): void {
    this.index++;
  }

  /** Waits until there is a current line or the end; false at the end. */
  async ready(): Promise<boolean> {
    while (this.index >= this.batch.length) {
      const next = await this.batches.next();
      if (next.done) return false;
      this.batch = next.value;
      this.index = 0;
    }
    return true;
  }

  /** Stops reading (the rest is drained). */
  async close(): Promise<void> {
    await this.batches.return(undefined);
  }
}

/** The type parser of each column `select` returns, in order (from a query that returns no rows). */
export async function columnParsers(
  client: PgCopyClient,
  select: string,
): Promise<((text: string) => unknown)[]> {
  const result = (await client.query(`SELECT * FROM (${select}) vm_q LIMIT 0`)) as {
    fields: { dataTypeID: number }[];
  };
  return result.fields.map((field) => client.getTypeParser(field.dataTypeID, 'text'));
}

const ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** One field of COPY's text format without its backslash escapes. */
function unescapeField(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, code: string) => {
    if (code[0] === 'x') return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? code;
  });
}

/**
 * A COPY line as the row the driver would have returned: `\N` as NULL, every other field
 * unescaped and parsed by its column's type parser.
 */
export function decodeLine(
  line: Buffer,
  names: string[],
  parsers: ((text: string) => unknown)[],
): Record<string, unknown> {
  const text = line.toString(
    'utf8',
    0,
    line[line.length - 1] === 0x0a ? line.length - 1 : line.length,
  );
  const fields = text.split('\t');
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const field = fields[i];
    row[names[i]] =
      field === '\\N' || field === undefined ? null : parsers[i](unescapeField(field));
  }
  return row;
}

/** The integer key at the start of a COPY line (the key is selected first): a number while exact, else a bigint. */
export function lineKey(line: Buffer): number | bigint {
  let value = 0;
  let i = line[0] === 0x2d ? 1 : 0;
  const start = i;
  for (; i < line.length; i++) {
    const digit = line[i]! - 0x30;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (i - start > 15) {
    const text = line.toString('latin1', 0, i);
    return BigInt(text);
  }
  return start === 1 ? -value : value;
}
