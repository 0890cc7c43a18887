/**
 * `npm run bench:migrations [-- --rows=200] [--repeats=3]`
 *
 * The whole migrations check (issue 11) on a real service's 40 migrations on SQLite: Jellyseerr
 * (TypeORM 0.3 + sqlite3, kept in __tests__/__fixtures__/services/), its first migration as the
 * old version and the other 39 new, `--rows` generated rows per table. Each run is a fresh
 * process, as a user runs it:
 *
 * - `reference`: the service's own TypeORM runs the same 40 migrations up, then each new one's
 *   down() and up() again, on a fresh SQLite file, with no seed, no snapshot and no check (the
 *   floor: what the migrations themselves cost);
 * - `check`: `dist/cli.js migrations` on the same repository (seed, schema and rows read before and
 *   after each step, findings, report).
 *
 * Target (issue 11): the check under 30 s here. Not a timed test: the numbers go to RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../__tests__/support/paths.js';
import { installServiceFixtures } from '../__tests__/support/service-fixtures.js';
import { createServiceRepo } from '../__tests__/support/service-repo.js';

function readArguments(argv: readonly string[]): { rows: number; repeats: number } {
  let rows = 200;
  let repeats = 3;
  for (const arg of argv) {
    const [name, value] = arg.split('=');
    const number = Number(value);
    if (name === '--rows' && Number.isInteger(number) && number > 0) rows = number;
    else if (name === '--repeats' && Number.isInteger(number) && number > 0 && number <= 10)
      repeats = number;
    else
      throw new Error(
        `bench:migrations: unknown or bad option '${arg}' (use --rows=N, --repeats=1..10)`,
      );
  }
  return { rows, repeats };
}

/** Runs a command to its end; resolves with its wall time, or rejects with its output. */
function timed(command: string, args: string[], cwd: string, allowExit = [0]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      allowExit.includes(code ?? -1)
        ? resolve((performance.now() - start) / 1000)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

/** The floor: the same migrations through the service's own TypeORM, nothing else. */
const REFERENCE = `
const { DataSource } = require('typeorm');
const { mkdtempSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const folder = mkdtempSync(join(require('node:os').tmpdir(), 'vm-bench-ref-'));
(async () => {
  const source = require('./server/datasource.ts').default;
  const base = { ...source.options, database: join(folder, 'db.sqlite'), logging: false };
  const all = new DataSource(base);
  await all.initialize();
  // In TypeORM's order: by the timestamp that ends each name.
  const stamp = (migration) => { const digits = /(\\d{13})(?!.*\\d)/.exec(migration.name || migration.constructor.name); return digits ? Number(digits[1]) : 0; };
  const migrations = [...all.migrations].sort((a, b) => stamp(a) - stamp(b)).map((migration) => migration.constructor);
  await all.destroy();
  for (let index = 0; index < migrations.length; index++) {
    const step = new DataSource({ ...base, migrations: migrations.slice(0, index + 1) });
    await step.initialize();
    await step.runMigrations();
    if (index > 0) {
      await step.undoLastMigration().catch(() => undefined);
      await step.runMigrations();
    }
    await step.destroy();
  }
  rmSync(folder, { recursive: true, force: true });
})().catch((error) => { console.error(error); process.exit(1); });
`;

async function main(): Promise<void> {
  const { rows, repeats } = readArguments(process.argv.slice(2));
  const missing = installServiceFixtures();
  if (missing) throw new Error(`bench:migrations: ${missing}`);
  const repo = createServiceRepo({ service: 'jellyseerr', old: 1, window: 39 });
  try {
    writeFileSync(join(repo.dir, 'reference.cjs'), REFERENCE);
    const node = process.execPath;
    const times = { reference: [] as number[], check: [] as number[] };
    console.log(
      `bench:migrations: Jellyseerr, 1 old + 39 new migrations, ${rows} rows per table, ${repeats} rounds (load ${os.loadavg()[0].toFixed(2)})`,
    );
    for (let round = 1; round <= repeats; round++) {
      times.reference.push(await timed(node, ['--import', 'tsx', 'reference.cjs'], repo.dir));
      // The check exits 1: Jellyseerr's own downs have real findings (see README).
      times.check.push(
        await timed(
          node,
          [
            join(REPO_ROOT, 'dist', 'cli.js'),
            'migrations',
            '--service',
            'jellyseerr',
            '--data-source',
            'server/datasource.ts',
            '--base-ref',
            repo.baseRef,
            '--rows-per-table',
            String(rows),
          ],
          repo.dir,
          [0, 1],
        ),
      );
      console.log(
        `  round ${round}: reference ${times.reference.at(-1)!.toFixed(2)} s, check ${times.check.at(-1)!.toFixed(2)} s`,
      );
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const reference = median(times.reference);
    const check = median(times.check);
    console.log(
      `median: reference ${reference.toFixed(2)} s, check ${check.toFixed(2)} s (${(check / reference).toFixed(1)}x the bare migrations); target: check under 30 s: ${check < 30 ? 'met' : 'MISSED'}`,
    );
  } finally {
    repo.cleanup();
  }
}

await main();
