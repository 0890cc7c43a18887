/**
 * Records the fastify/demo session the replay proof replays
 * (`__tests__/__fixtures__/fastify-demo-traffic.jsonl`): 3 logins, ~60 tasks created by three
 * users, reads, lists with every query parameter, renames, assignments, deletions, and the
 * refusals (401, 403, 404) in between, each with what the service answered. Run it again after
 * changing the session:
 *
 *   VERIFY_MIGRATION_MYSQL_URL=mysql://root@127.0.0.1:3306/ node --import tsx scripts/record-fastify-demo-traffic.ts
 */
import { join } from 'node:path';
import { createThrowawayDatabase } from '../src/library/index.js';
import { FIXTURES } from '../__tests__/support/paths.js';
import { installFastifyDemo, startFastifyDemo } from '../__tests__/support/fastify-demo.js';
import {
  recordTraffic,
  writeJsonLines,
  type RecordedAnswer,
  type ScriptStep,
} from '../__tests__/support/record-traffic.js';

/** The output file. */
export const FASTIFY_DEMO_TRAFFIC = join(FIXTURES, 'fastify-demo-traffic.jsonl');

type User = 'basic' | 'moderator' | 'admin';

/** The session, deterministic: the same steps every time. */
export function demoSession(): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const loginAt: Partial<Record<User, number>> = {};
  const as = (user: User) => (answers: RecordedAnswer[]) => {
    const cookie = answers[loginAt[user]!]!.headers['set-cookie'] ?? '';
    return { cookie: cookie.split(';')[0]! };
  };
  const push = (step: ScriptStep): number => steps.push(step) - 1;
  push({ method: 'GET', path: '/api/tasks' }); // 401: not logged in
  push({
    method: 'POST',
    path: '/api/auth/login',
    body: { email: 'basic@example.com', password: 'wrong-Password1$' },
  });
  for (const user of ['basic', 'moderator', 'admin'] as const)
    loginAt[user] = push({
      method: 'POST',
      path: '/api/auth/login',
      body: { email: `${user}@example.com`, password: 'Password123$' },
    });
  const users: User[] = ['basic', 'moderator', 'admin'];
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
  let created = 0;
  const lists = [
    '/api/tasks',
    '/api/tasks?page=2',
    '/api/tasks?limit=5&page=3',
    '/api/tasks?order=asc&limit=20',
    '/api/tasks?status=new&limit=50',
    '/api/tasks?author_id=2&limit=50',
    '/api/tasks?assigned_user_id=1',
    '/api/tasks?limit=100',
  ];
  for (let round = 0; round < 12; round++) {
    for (let i = 0; i < 5; i++) {
      created++;
      const user = users[(round + i) % 3]!;
      const name = `${words[(created * 5) % words.length]}-${String(created).padStart(3, '0')}`;
      push({
        method: 'POST',
        path: '/api/tasks',
        headers: as(user),
        body: created % 4 === 0 ? { name, assigned_user_id: (created % 3) + 1 } : { name },
      });
    }
    for (let i = 0; i < 4; i++) {
      const id = created - i * 2;
      if (id >= 1) push({ method: 'GET', path: `/api/tasks/${id}`, headers: as(users[i % 3]!) });
    }
    for (let i = 0; i < 4; i++)
      push({
        method: 'GET',
        path: lists[(round * 4 + i) % lists.length]!,
        headers: as(users[i % 3]!),
      });
    if (round % 2 === 1) {
      const id = created - 3;
      push({
        method: 'PATCH',
        path: `/api/tasks/${id}`,
        headers: as('basic'),
        body: { name: `renamed-${id}` },
      });
      push({
        method: 'PATCH',
        path: `/api/tasks/${id + 1}`,
        headers: as('moderator'),
        body: { assigned_user_id: 2 },
      });
      push({
        method: 'POST',
        path: `/api/tasks/${id}/assign`,
        headers: as('moderator'),
        body: { userId: 3 },
      });
      push({
        method: 'POST',
        path: `/api/tasks/${id}/assign`,
        headers: as('basic'),
        body: { userId: 1 },
      }); // 403
    }
    if (round % 3 === 2) {
      const id = created - 7;
      push({ method: 'DELETE', path: `/api/tasks/${id}`, headers: as('basic') }); // 403
      push({ method: 'DELETE', path: `/api/tasks/${id}`, headers: as('admin') });
      push({ method: 'DELETE', path: `/api/tasks/${id}`, headers: as('admin') }); // 404
      push({ method: 'GET', path: `/api/tasks/${id}`, headers: as('basic') }); // 404
      push({
        method: 'PATCH',
        path: `/api/tasks/${id}`,
        headers: as('basic'),
        body: { name: 'gone' },
      }); // 404
    }
  }
  for (const list of lists) push({ method: 'GET', path: list, headers: as('admin') });
  push({ method: 'GET', path: '/api/tasks/999999', headers: as('admin') });
  return steps;
}

async function main(): Promise<void> {
  const url = process.env.VERIFY_MIGRATION_MYSQL_URL;
  if (!url)
    throw new Error('Set VERIFY_MIGRATION_MYSQL_URL (mysql://root@127.0.0.1:3306/) to record.');
  const problem = installFastifyDemo();
  if (problem) throw new Error(problem);
  await using database = await createThrowawayDatabase({ url, label: 'record' });
  const app = await startFastifyDemo(database);
  let exchanges;
  try {
    exchanges = await recordTraffic(app.baseUrl, demoSession());
  } finally {
    await app.close();
  }
  writeJsonLines(FASTIFY_DEMO_TRAFFIC, exchanges);
  const writes = exchanges.filter((e) => e.method !== 'GET').length;
  console.log(
    `${exchanges.length} requests (${writes} writes) recorded to ${FASTIFY_DEMO_TRAFFIC}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
