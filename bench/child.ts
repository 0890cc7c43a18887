/**
 * One measurement, alone in its own process so that runs do not disturb each other: the parent
 * (bench/run.ts) starts this file (bundled by esbuild) with the task as JSON on stdin and reads one JSON
 * line from stdout. Wall time is taken around the measured work only (not around loading modules);
 * peak memory is this process's maxRSS; bytes read are counted on every TCP socket it opens.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** What the parent asks for. */
export type ChildTask =
  | {
      kind: 'compare';
      /** A `strategy` option value, or `seed` for the seed's one-query-per-row algorithm. */
      strategy: string;
      /** TypeORM DataSource options of both sides. */
      old: Record<string, unknown>;
      new: Record<string, unknown>;
      /** The table to compare; default the benchmark's `bench_rows`. */
      table?: string;
      /** Columns left out of the comparison (`ignoreColumns`). */
      ignoreColumns?: string[];
    }
  | {
      kind: 'read-whole';
      /** pg connection settings of both sides. */
      old: Record<string, unknown>;
      new: Record<string, unknown>;
    };

/** What the child answers. */
export interface ChildResult {
  /** Milliseconds around the measured work. */
  wallMs: number;
  /** Peak resident memory of the whole process, bytes. */
  maxRssBytes: number;
  /** Bytes received on TCP sockets during the measured work (0 for SQLite). */
  socketBytesRead: number;
  /** `path|kind` of each difference found (compare only). */
  found?: string[];
  /** The strategy the library says it used (`undefined` when it does not say). */
  strategyUsed?: string;
  /** Rows the library says it fetched to the client, when it says. */
  rowsFetched?: number;
  /** Why the library chose that strategy and how it went (`strategyReason`). */
  strategyReason?: string;
  /** Rows read (read-whole only). */
  rows?: number;
  /** The error, when the task failed. */
  error?: string;
}

// Every TCP socket this process opens, so that bytes read can be summed before and after. Patched
// before pg is loaded (the imports below are dynamic for that reason).
const sockets = new Set<net.Socket>();
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  sockets.add(this);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
const bytesRead = (): number => [...sockets].reduce((sum, socket) => sum + socket.bytesRead, 0);

async function compare(task: Extract<ChildTask, { kind: 'compare' }>): Promise<ChildResult> {
  const { DataSource } = await import('typeorm');
  const { compareDatabasesDetailed } = await import('../src/library/compare/databases.js');
  const { seedCompareDatabases } = await import('./seed-algorithm.js');
  const { COLUMNS, TABLE, differenceKey } = await import('./data.js');
  const oldDs = new DataSource(task.old as never);
  const newDs = new DataSource(task.new as never);
  await Promise.all([oldDs.initialize(), newDs.initialize()]);
  try {
    const before = bytesRead();
    const start = performance.now();
    let found: string[];
    let strategyUsed: string | undefined;
    let rowsFetched: number | undefined;
    let strategyReason: string | undefined;
    if (task.strategy === 'seed') {
      found = (await seedCompareDatabases(oldDs, newDs, TABLE, 'id', COLUMNS)).map(differenceKey);
    } else {
      const options = {
        maxDifferences: Number.MAX_SAFE_INTEGER,
        strategy: task.strategy,
        ignoreColumns: task.ignoreColumns,
      };
      const result = await compareDatabasesDetailed(
        oldDs,
        newDs,
        task.table ?? TABLE,
        options as never,
      );
      found = result.differences.map(differenceKey);
      const detail = result as unknown as {
        strategy?: string;
        rowsFetched?: number;
        strategyReason?: string;
      };
      strategyUsed = detail.strategy;
      rowsFetched = detail.rowsFetched;
      strategyReason = detail.strategyReason;
    }
    const wallMs = performance.now() - start;
    return {
      wallMs,
      socketBytesRead: bytesRead() - before,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      found,
      strategyUsed,
      rowsFetched,
      strategyReason,
    };
  } finally {
    await Promise.allSettled([oldDs.destroy(), newDs.destroy()]);
  }
}

/**
 * The PostgreSQL baseline: both tables read whole, at the same time, through server-side cursors
 * (so memory stays flat), the fastest plain way a client can read them.
 */
async function readWhole(task: Extract<ChildTask, { kind: 'read-whole' }>): Promise<ChildResult> {
  const pg = (await import('pg')).default;
  const { TABLE } = await import('./data.js');
  const clients = [new pg.Client(task.old), new pg.Client(task.new)];
  await Promise.all(clients.map((client) => client.connect()));
  try {
    const before = bytesRead();
    const start = performance.now();
    const counts = await Promise.all(
      clients.map(async (client) => {
        let rows = 0;
        await client.query('BEGIN');
        await client.query(`DECLARE whole NO SCROLL CURSOR FOR SELECT * FROM ${TABLE}`);
        for (;;) {
          const page = await client.query({ text: 'FETCH 10000 FROM whole', rowMode: 'array' });
          rows += page.rowCount ?? 0;
          if ((page.rowCount ?? 0) < 10000) break;
        }
        await client.query('COMMIT');
        return rows;
      }),
    );
    return {
      wallMs: performance.now() - start,
      socketBytesRead: bytesRead() - before,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      rows: counts[0]! + counts[1]!,
    };
  } finally {
    await Promise.allSettled(clients.map((client) => client.end()));
  }
}

// The task comes on stdin, not argv: it may hold a database password.
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const task = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChildTask;
try {
  const result = task.kind === 'compare' ? await compare(task) : await readWhole(task);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(
    `${JSON.stringify({ wallMs: 0, maxRssBytes: 0, socketBytesRead: 0, error: message })}\n`,
  );
}
