/**
 * Scale on one engine (issue 16): two PostgreSQL tables of 1M or 10M rows, generated on the server
 * (generate_series, no rows through Node), with 0.1% planted differences spread over the key range
 * (a third missing, a third extra, a third changed), or with `--dense` 10% of the rows changed, so
 * that most key ranges differ. Each round measures, in fresh processes: `psql \copy` of both
 * tables at once (the floor for reading them), `compareDatabases` with its default options
 * (server-hash), and with `--reladiff=<python>` reladiff 0.6.0 (4 threads). Time, peak memory,
 * bytes read from the servers, and found against planted.
 *
 * `node --import tsx bench/scale.ts [--dense] [--repeats=3] [--reladiff=<python>] 1M 10M`, with
 * VERIFY_MIGRATION_POSTGRES_URL set. Both databases are dropped at the end.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { createThrowawayDatabase } from '../src/library/database/throwaway.js';
import type { ThrowawayDatabase } from '../src/library/database/types.js';
import { keyPicker, seededRandom } from './data.js';
import { checkFound, formatSize, runChild } from './databases.js';
import { pgConfig } from './engines.js';

const TABLE = 'scale_rows';

const DDL = `CREATE TABLE ${TABLE} (id integer NOT NULL, name text NOT NULL,
  email varchar(255) NOT NULL, age integer NOT NULL, score double precision NOT NULL,
  active boolean NOT NULL, created_at timestamptz NOT NULL, payload bytea NOT NULL, note text)`;

/** The changed columns, in turn, and the SQL that changes each. */
const CHANGES: [string, string][] = [
  ['name', `name = name || ' (edited)'`],
  ['score', 'score = score + 0.25'],
  ['active', 'active = NOT active'],
  ['created_at', `created_at = created_at + interval '2 hours'`],
  ['payload', `payload = payload || '\\x00'::bytea`],
  ['note', `note = CASE WHEN note IS NULL THEN 'now set' ELSE NULL END`],
];

/** What was planted. */
interface Planted {
  rows: number;
  missing: number[];
  extra: number[];
  /** Per column of CHANGES, the ids changed there. */
  changed: number[][];
}

function plant(rows: number, dense: boolean): Planted {
  const random = seededRandom(20261205 ^ rows);
  const share = dense ? 0.1 : 0.001;
  const total = Math.max(6, Math.round(rows * share));
  // Dense: changes only (every row stays), so that most ranges differ but keys all match.
  const extraCount = dense ? 0 : Math.floor(total / 3);
  const missingCount = dense ? 0 : Math.floor(total / 3);
  const changedCount = total - extraCount - missingCount;
  const universe = rows + extraCount;
  const pick = keyPicker(random, universe);
  const extra = pick(extraCount);
  const missing = pick(missingCount);
  const changed: number[][] = CHANGES.map(() => []);
  pick(changedCount).forEach((id, i) => changed[i % CHANGES.length]!.push(id));
  return { rows, missing, extra, changed };
}

function expectedKeys(p: Planted): string[] {
  return [
    ...p.missing.map((id) => `${TABLE}[id=${id}]|missing`),
    ...p.extra.map((id) => `${TABLE}[id=${id}]|extra`),
    ...p.changed.flatMap((ids, i) =>
      ids.map((id) => `${TABLE}[id=${id}].${CHANGES[i]![0]}|changed`),
    ),
  ].sort();
}

/** Fills one side on the server: the universe of keys but `left out`, then the side's changes. */
async function fill(client: pg.Client, universe: number, leftOut: number[], changed: number[][]) {
  await client.query(DDL);
  await client.query(
    `INSERT INTO ${TABLE}
     SELECT i, 'name ' || (h % 100003), 'user' || i || '@example.com', h % 97,
            (h % 1000000) / 1000.0 + 0.5, (h & 1) = 1,
            timestamptz '2020-01-01 00:00:00+00' + (h % 100000000) * interval '1 second',
            decode(md5(i::text), 'hex'),
            CASE WHEN h % 5 = 0 THEN NULL ELSE 'note ' || (h % 7919) END
       FROM (SELECT i, abs(hashint4(i)::bigint) AS h FROM generate_series(1, $1::integer) i) s
       LEFT JOIN unnest($2::integer[]) AS out(id) ON out.id = s.i
      WHERE out.id IS NULL`,
    [universe, leftOut],
  );
  await client.query(`ALTER TABLE ${TABLE} ADD PRIMARY KEY (id)`);
  for (const [i, ids] of changed.entries())
    if (ids.length > 0)
      await client.query(`UPDATE ${TABLE} SET ${CHANGES[i]![1]} WHERE id = ANY($1::integer[])`, [
        ids,
      ]);
  await client.query(`VACUUM ANALYZE ${TABLE}`);
}

/** pg settings of a throwaway database. */
function config(db: ThrowawayDatabase): pg.ClientConfig {
  return pgConfig(db.options as unknown as Record<string, unknown>);
}

/** `psql \copy` of both tables at once, output counted and thrown away: wall ms and bytes. */
async function copyBoth(dbs: ThrowawayDatabase[]): Promise<{ wallMs: number; bytes: number }> {
  const started = performance.now();
  const bytes = await Promise.all(
    dbs.map(async (db) => {
      const c = config(db);
      const child = spawn(
        'psql',
        [
          '-X',
          '-q',
          '-h',
          String(c.host),
          '-p',
          String(c.port),
          '-U',
          String(c.user),
          '-d',
          String(c.database),
          '-c',
          `\\copy ${TABLE} TO STDOUT`,
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, ...(c.password ? { PGPASSWORD: String(c.password) } : {}) },
        },
      );
      let n = 0;
      child.stdout.on('data', (chunk: Buffer) => (n += chunk.length));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      if (code !== 0) throw new Error(`psql exited with ${code}`);
      return n;
    }),
  );
  return { wallMs: performance.now() - started, bytes: bytes[0]! + bytes[1]! };
}

/** reladiff 0.6.0 on both tables, 4 threads, under /usr/bin/time: wall ms, peak bytes, rows reported. */
async function reladiff(python: string, dbs: ThrowawayDatabase[], folder: string) {
  const uri = (db: ThrowawayDatabase) => {
    const c = config(db);
    return `postgresql://${encodeURIComponent(String(c.user))}${c.password ? `:${encodeURIComponent(String(c.password))}` : ''}@${c.host}:${c.port}/${c.database}`;
  };
  const conf = join(folder, 'reladiff.toml');
  writeFileSync(
    conf,
    `[run.bench]\n1.database = ${JSON.stringify(uri(dbs[0]!))}\n1.table = "${TABLE}"\n2.database = ${JSON.stringify(uri(dbs[1]!))}\n2.table = "${TABLE}"\n`,
    { mode: 0o600 },
  );
  const timeFile = join(folder, 'reladiff.time');
  const columns = ['name', 'email', 'age', 'score', 'active', 'created_at', 'note'].flatMap((c) => [
    '-c',
    c,
  ]);
  const started = performance.now();
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      '-o',
      timeFile,
      python,
      '-m',
      'reladiff',
      '--conf',
      conf,
      '--run',
      'bench',
      '-k',
      'id',
      ...columns,
      '--skip-sort-results',
      '-j',
      '4',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, COLUMNS: '100000', TERM: 'dumb' },
    },
  );
  const keys = new Set<string>();
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^[-+] (\d+),/.exec(line);
    if (match !== null) keys.add(match[1]!);
  }
  const code = await new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('close', resolve);
  });
  const wallMs = performance.now() - started;
  const peak = existsSync(timeFile)
    ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) * 1024
    : 0;
  return { wallMs, peak, rows: keys.size, code };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dense = args.includes('--dense');
  const repeats = Number(args.find((a) => a.startsWith('--repeats='))?.slice(10) ?? 3);
  const python = args.find((a) => a.startsWith('--reladiff='))?.slice(11);
  const sizes = args
    .filter((a) => !a.startsWith('--'))
    .map((a) => Number(a.replace(/k$/i, '000').replace(/M$/, '000000')));
  const url = process.env.VERIFY_MIGRATION_POSTGRES_URL;
  if (url === undefined || sizes.some((n) => !(n > 0)))
    throw new Error(
      'usage: VERIFY_MIGRATION_POSTGRES_URL=... bench/scale.ts [--dense] [--repeats=n] [--reladiff=<python>] <rows>...',
    );
  const folder = mkdtempSync(join(tmpdir(), 'scale-'));
  console.log(
    `scale bench ${new Date().toISOString()}${dense ? ' (dense: 10% of rows changed)' : ' (0.1% planted)'}`,
  );
  for (const rows of sizes) {
    const planted = plant(rows, dense);
    const expected = expectedKeys(planted);
    const dbs: ThrowawayDatabase[] = [];
    try {
      for (const label of ['scaleold', 'scalenew'])
        dbs.push(await createThrowawayDatabase({ url, label }));
      const clients = dbs.map((db) => new pg.Client(config(db)));
      await Promise.all(clients.map((c) => c.connect()));
      const started = performance.now();
      const universe = rows + planted.extra.length;
      await Promise.all([
        fill(
          clients[0]!,
          universe,
          planted.extra,
          CHANGES.map(() => []),
        ),
        fill(clients[1]!, universe, planted.missing, planted.changed),
      ]);
      let tableBytes = 0;
      for (const c of clients)
        tableBytes += Number(
          (await c.query(`SELECT pg_total_relation_size('${TABLE}') AS b`)).rows[0].b,
        );
      await Promise.all(clients.map((c) => c.end()));
      console.log(
        `${formatSize(rows)}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s, tables ${(tableBytes / 2 ** 20).toFixed(0)} MB, ${expected.length} planted`,
      );
      const copies: number[] = [];
      const ours: {
        wallMs: number;
        peak: number;
        read: number;
        found: number;
        correct: boolean;
        note: string;
      }[] = [];
      const peers: { wallMs: number; peak: number; rows: number }[] = [];
      for (let round = 1; round <= repeats; round++) {
        const copy = await copyBoth(dbs);
        copies.push(copy.wallMs);
        console.log(
          `  psql \\copy both: ${(copy.wallMs / 1000).toFixed(2)} s, ${(copy.bytes / 2 ** 20).toFixed(0)} MB of text [round ${round}]`,
        );
        const result = await runChild(
          {
            kind: 'compare',
            strategy: 'auto',
            old: dbs[0]!.options as never,
            new: dbs[1]!.options as never,
            table: TABLE,
          },
          3_600_000,
        );
        const verdict = checkFound(result.found ?? [], expected);
        const m = {
          wallMs: result.wallMs,
          peak: result.maxRssBytes,
          read: result.socketBytesRead,
          found: result.found?.length ?? 0,
          correct: result.error === undefined && verdict.correct,
          note:
            result.error ??
            `${result.strategyUsed}: ${result.strategyReason}; ${result.rowsFetched} rows fetched${verdict.note ? `; ${verdict.note}` : ''}`,
        };
        ours.push(m);
        console.log(
          `  compareDatabases: ${(m.wallMs / 1000).toFixed(2)} s, ${(m.peak / 2 ** 20).toFixed(0)} MB peak, ${(m.read / 2 ** 20).toFixed(1)} MB read (${((100 * m.read) / tableBytes).toFixed(2)}% of the tables), ${m.found} / ${expected.length} found, ${m.correct ? 'exact' : 'WRONG'} (${m.note}) [round ${round}]`,
        );
        if (python !== undefined) {
          const peer = await reladiff(python, dbs, folder);
          peers.push(peer);
          console.log(
            `  reladiff: ${(peer.wallMs / 1000).toFixed(2)} s, ${(peer.peak / 2 ** 20).toFixed(0)} MB peak, ${peer.rows} rows reported, exit ${peer.code} [round ${round}]`,
          );
        }
      }
      const copyMs = median(copies);
      const oursMs = median(ours.map((m) => m.wallMs));
      console.log(
        `SUMMARY ${formatSize(rows)}${dense ? ' dense' : ''}: psql \\copy ${(copyMs / 1000).toFixed(2)} s; compareDatabases ${(oursMs / 1000).toFixed(2)} s = ${(oursMs / copyMs).toFixed(2)}x copy` +
          `${peers.length > 0 ? `, ${(oursMs / median(peers.map((p) => p.wallMs))).toFixed(2)}x reladiff (${(median(peers.map((p) => p.wallMs)) / 1000).toFixed(2)} s, ${(Math.max(...peers.map((p) => p.peak)) / 2 ** 20).toFixed(0)} MB)` : ''}` +
          `; peak ${(Math.max(...ours.map((m) => m.peak)) / 2 ** 20).toFixed(0)} MB; read ${((100 * median(ours.map((m) => m.read))) / tableBytes).toFixed(2)}% of the tables; ${ours.every((m) => m.correct) ? 'exact every round' : 'NOT EXACT'}; medians of ${repeats}`,
      );
    } finally {
      for (const db of dbs.reverse()) await db.drop();
    }
  }
  rmSync(folder, { recursive: true, force: true });
}

await main();
