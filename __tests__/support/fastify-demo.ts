/**
 * fastify/demo (the Fastify team's official demo, MIT; see
 * `__tests__/__fixtures__/fastify-demo/SOURCE.md`) as a real service for the replay tests: its
 * own source, its own SQL migrations and its own seed users, on a throwaway MariaDB/MySQL
 * database, each instance in a child process of its own. Its dependencies install once from the npm registry into the
 * fixture's own `node_modules` (pure JavaScript, a few seconds), like service-fixtures.ts does.
 *
 * Planted behaviour changes are made the way a migration makes them: the source is copied to
 * `planted-<change>/src` inside the fixture (so its packages still resolve) and one line changed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';
import type { ThrowawayDatabase } from '../../src/library/index.js';
import { FIXTURES } from './paths.js';

/** The fixture's folder. */
export const FASTIFY_DEMO_DIR = join(FIXTURES, 'fastify-demo');

/** The behaviour changes the tests plant in the new version. */
export type DemoChange = 'none' | 'renamed-field' | 'status' | 'sort' | 'dropped-item' | 'default';

/** Each planted change: the file, the exact text, and what it becomes (one edit each). */
export const DEMO_CHANGES: Record<Exclude<DemoChange, 'none'>, [string, string, string][]> = {
  // POST /api/auth/login answers { ok } instead of { success }.
  'renamed-field': [
    ['routes/api/auth/index.ts', 'success: Type.Boolean(),', 'ok: Type.Boolean(),'],
    ['routes/api/auth/index.ts', 'return { success: true }', 'return { ok: true }'],
  ],
  // POST /api/tasks answers 200 instead of 201.
  status: [['routes/api/tasks/index.ts', 'reply.code(201)', 'reply.code(200)']],
  // GET /api/tasks sorts by name instead of creation time.
  sort: [
    [
      'plugins/app/tasks/tasks-repository.ts',
      ".orderBy('created_at', q.order)",
      ".orderBy('name', q.order)",
    ],
  ],
  // GET /api/tasks returns one task fewer than asked for.
  'dropped-item': [
    ['plugins/app/tasks/tasks-repository.ts', '.limit(q.limit)', '.limit(q.limit - 1)'],
  ],
  // GET /api/tasks pages by 20 instead of 10 when no limit is given.
  default: [['schemas/tasks.ts', 'maximum: 100, default: 10', 'maximum: 100, default: 20']],
};

/** The seed users (as the fixture's scripts/seed-database.ts makes them), password `Password123$`. */
export const DEMO_USERS = ['basic', 'moderator', 'admin'] as const;

/**
 * Installs the fixture's dependencies (`npm ci` in its folder) when they are missing; returns why
 * it cannot, or undefined when they are there.
 */
export function installFastifyDemo(): string | undefined {
  const installed = (): boolean =>
    ['fastify', 'knex', 'mysql2', '@fastify/session'].every((name) =>
      existsSync(join(FASTIFY_DEMO_DIR, 'node_modules', name, 'package.json')),
    );
  if (installed()) return undefined;
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: FASTIFY_DEMO_DIR,
      stdio: 'pipe',
      timeout: 300_000,
    });
  } catch (error) {
    return `'npm ci' in ${FASTIFY_DEMO_DIR} failed (${(error as Error).message.split('\n')[0]}); install it there by hand to run these tests`;
  }
  return installed() ? undefined : `'npm ci' in ${FASTIFY_DEMO_DIR} did not install fastify`;
}

/** The source folder of a version: the fixture's own, or a copy with one change planted. */
export function demoSource(change: DemoChange): string {
  if (change === 'none') return join(FASTIFY_DEMO_DIR, 'src');
  const target = join(FASTIFY_DEMO_DIR, `planted-${change}`, 'src');
  rmSync(join(FASTIFY_DEMO_DIR, `planted-${change}`), { recursive: true, force: true });
  cpSync(join(FASTIFY_DEMO_DIR, 'src'), target, { recursive: true });
  for (const [file, from, to] of DEMO_CHANGES[change]) {
    const path = join(target, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`planting ${change}: ${from} is not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  // tsx caches what it compiled by content, and app.ts finds its plugins through
  // import.meta.dirname: a copy with the same text would load the first copy's plugins.
  const app = join(target, 'app.ts');
  writeFileSync(app, `${readFileSync(app, 'utf8')}\n// planted: ${change}\n`);
  return target;
}

/** Runs the fixture's migrations (in file order, as postgrator does) and its seed, on `database`. */
export async function migrateAndSeed(database: ThrowawayDatabase): Promise<void> {
  const connection = await mysql.createConnection({
    ...connectionOf(database),
    multipleStatements: true,
  });
  try {
    const dir = join(FASTIFY_DEMO_DIR, 'migrations');
    for (const file of readdirSync(dir)
      .filter((f) => /^\d+\.do\./.test(f))
      .sort())
      await connection.query(readFileSync(join(dir, file), 'utf8'));
    const { scryptHash } = (await import(
      pathToFileURL(join(FASTIFY_DEMO_DIR, 'src/plugins/app/password-manager.ts')).href
    )) as { scryptHash(value: string): Promise<string> };
    const hash = await scryptHash('Password123$');
    const roles: number[] = [];
    for (const username of DEMO_USERS) {
      const [user] = await connection.execute(
        'INSERT INTO users (username, email, password) VALUES (?, ?, ?)',
        [username, `${username}@example.com`, hash],
      );
      const [role] = await connection.execute('INSERT INTO roles (name) VALUES (?)', [username]);
      roles.push((role as { insertId: number }).insertId);
      for (const roleId of roles)
        await connection.execute('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)', [
          (user as { insertId: number }).insertId,
          roleId,
        ]);
    }
  } finally {
    await connection.end();
  }
}

function connectionOf(database: ThrowawayDatabase): {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
} {
  const options = database.options as unknown as {
    host?: string;
    port?: number;
    username?: string;
    password?: string;
    database: string;
  };
  return {
    host: options.host ?? '127.0.0.1',
    port: Number(options.port ?? 3306),
    user: options.username ?? 'root',
    password: options.password ?? '',
    database: options.database,
  };
}

/** A running instance of the service in a child process of its own. */
export interface DemoInstance {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** Stops the child (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  close(): Promise<void>;
  /** Sets the clock of the service's database sessions to `time` (see fastify-demo-child.ts). */
  setClock(time: Date): Promise<void>;
}

/**
 * Starts the service (as its src/server.ts does) on `database`, migrated and seeded here, in a
 * child process of its own: each instance has its own heap (the service's under-pressure plugin
 * answers 503 past 100 MB of heap) and its own module graph (three versions side by side).
 */
export async function startFastifyDemo(
  database: ThrowawayDatabase,
  change: DemoChange = 'none',
): Promise<DemoInstance> {
  await migrateAndSeed(database);
  const source = demoSource(change);
  const connection = connectionOf(database);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fastify-demo-child.ts')],
    {
      cwd: FASTIFY_DEMO_DIR,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        DEMO_SOURCE: source,
        MYSQL_HOST: connection.host,
        MYSQL_PORT: String(connection.port),
        MYSQL_USER: connection.user,
        MYSQL_PASSWORD: connection.password,
        MYSQL_DATABASE: connection.database,
        COOKIE_SECRET: 'a-cookie-secret-of-at-least-32-characters',
        COOKIE_NAME: 'sessionId',
        COOKIE_SECURED: 'false',
        RATE_LIMIT_MAX: '100000',
        UPLOAD_DIRNAME: 'uploads',
        // @fastify/autoload loads .ts plugins only when it knows a TypeScript loader is there.
        FASTIFY_AUTOLOAD_TYPESCRIPT: '1',
      },
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`fastify/demo did not start in 60 s: ${stderr}`)),
      60_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /LISTENING (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`fastify/demo exited with ${code} before listening: ${stderr.slice(-2000)}`),
      );
    });
  });
  let closing: Promise<void> | undefined;
  return {
    baseUrl,
    setClock: (time) =>
      new Promise<void>((resolve, reject) => {
        const wanted = time.getTime();
        const onMessage = (message: { clockSet?: unknown }): void => {
          if (message?.clockSet !== wanted) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve();
        };
        const onExit = (): void => {
          child.off('message', onMessage);
          reject(new Error(`fastify/demo exited before its clock was set: ${stderr.slice(-2000)}`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ clock: wanted });
      }),
    close: () =>
      (closing ??= (async () => {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
      })()),
  };
}
