/**
 * The replay proof on a real service (issue 14): fastify/demo, the Fastify team's demo (MIT,
 * __tests__/__fixtures__/fastify-demo/SOURCE.md), on throwaway MariaDB databases, replaying a
 * recorded session of 213 requests (104 writes; scripts/record-fastify-demo-traffic.ts). Two
 * identical versions give no failure with nothing ignored by hand; each planted behaviour
 * change fails, naming the request and the path.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createThrowawayDatabase,
  loadTraffic,
  Replayer,
  type RecordedRequest,
  type ReplayRole,
  type ReplayStep,
  type ThrowawayDatabase,
} from '../src/library/index.js';
import { FIXTURES, REPO_ROOT } from './support/paths.js';
import {
  installFastifyDemo,
  startFastifyDemo,
  type DemoChange,
  type DemoInstance,
} from './support/fastify-demo.js';
import { runFixture } from './support/suite-fixture.js';

const TRAFFIC = join(FIXTURES, 'fastify-demo-traffic.jsonl');
const MYSQL_URL = process.env.VERIFY_MIGRATION_MYSQL_URL;

async function replay(change: DemoChange, requests: RecordedRequest[]): Promise<ReplayStep[]> {
  const databases: ThrowawayDatabase[] = [];
  const apps: DemoInstance[] = [];
  try {
    const urls = {} as Record<ReplayRole, string>;
    const clocks = {} as Record<ReplayRole, (time: Date) => Promise<void>>;
    for (const role of ['old', 'old-twin', 'new'] as const) {
      const database = await createThrowawayDatabase({ url: MYSQL_URL, label: 'demo' });
      databases.push(database);
      const app = await startFastifyDemo(database, role === 'new' ? change : 'none');
      apps.push(app);
      urls[role] = app.baseUrl;
      clocks[role] = app.setClock;
    }
    const replayer = new Replayer(urls, { clocks });
    const steps: ReplayStep[] = [];
    for (const request of requests) steps.push(await replayer.step(request));
    return steps;
  } finally {
    for (const app of apps) await app.close();
    for (const database of databases) await database.drop();
  }
}

// The service stamps tasks with MariaDB's CURRENT_TIMESTAMP (one-second resolution) and sorts
// lists by it: the replay sets the three instances' database clocks alike before each request
// (DemoInstance.setClock), so tasks tie identically everywhere and a changed order is a change.
describe('replay on a real service: fastify/demo on MariaDB', function () {
  this.timeout(240_000);
  let requests: RecordedRequest[];

  before(function () {
    if (!MYSQL_URL) {
      // The proof needs the database the service is written for; say so instead of passing.
      this.skip();
    }
    const problem = installFastifyDemo();
    if (problem) throw new Error(problem);
    requests = loadTraffic(TRAFFIC);
  });

  it('the recording has at least 200 requests, writes among them', () => {
    assert.ok(requests.length >= 200, `${requests.length}`);
    assert.ok(requests.filter((r) => r.method !== 'GET').length >= 100);
  });

  it('two identical versions: 0 differences, with the noise learned (no ignore list)', async () => {
    const steps = await replay('none', requests);
    const failing = steps.filter((s) => s.differences.length > 0);
    assert.deepEqual(
      failing.map(
        (s) =>
          `#${s.request.index + 1} ${s.request.method} ${s.request.path}: ${s.differences.map((d) => d.message).join('; ')}`,
      ),
      [],
    );
    // Every request reached the service as a logged-in user would: the sessions were followed.
    assert.equal(steps.filter((s) => s.responses.new.status === 401).length, 2);
    const noise = new Set(steps.flatMap((s) => s.noise.map((d) => d.path)));
    assert.ok(noise.has('headers["set-cookie"]'), [...noise].join(', '));
  });

  const planted: [DemoChange, RegExp, RegExp][] = [
    ['sort', /^GET \/api\/tasks/, /^body\.tasks\[\d+\]\./],
    ['renamed-field', /^POST \/api\/auth\/login$/, /^body\.(success|ok)$/],
    ['status', /^POST \/api\/tasks$/, /^status$/],
    ['dropped-item', /^GET \/api\/tasks/, /^body\.(tasks\[\d+\]|total)/],
    ['default', /^GET \/api\/tasks(\?page=2)?$/, /^body\.tasks\[\d+\]/],
  ];
  for (const [change, request, path] of planted) {
    it(`a planted change (${change}) fails, naming ${request.source} and ${path.source}`, async () => {
      const steps = await replay(change, requests);
      const failing = steps.filter((s) => s.differences.length > 0);
      assert.ok(failing.length > 0, `${change}: no failure`);
      const first = failing[0]!;
      assert.match(`${first.request.method} ${first.request.path}`, request);
      assert.ok(
        first.differences.some((d) => path.test(d.path)),
        first.differences.map((d) => d.path).join(', '),
      );
      // Noise never turns into a failure.
      for (const step of failing)
        assert.ok(!step.differences.some((d) => /set-cookie|^headers\["date"\]/.test(d.path)));
    });
  }
});

describe('replay on a real service: describeApiMigration({ traffic }) in mocha', function () {
  this.timeout(120_000);
  const SUPPORT = pathToFileURL(join(REPO_ROOT, '__tests__/support/fastify-demo.ts')).href;
  const spec = (change: DemoChange) => `
import { startFastifyDemo } from '${SUPPORT}';
lib.describeApiMigration('fastify/demo replay', {
  traffic: ${JSON.stringify(TRAFFIC)},
  databaseUrl: ${JSON.stringify(MYSQL_URL ?? '')},
  createApp: (version, { database }) =>
    startFastifyDemo(database, version === '2.0.0' ? ${JSON.stringify(change)} : 'none'),
}, () => {});
`;

  before(function () {
    if (!MYSQL_URL) this.skip();
    const problem = installFastifyDemo();
    if (problem) throw new Error(problem);
  });

  it('identical versions: one passing test per request of the recording', async () => {
    const run = await runFixture(spec('none'));
    assert.equal(
      run.report.stats.failures,
      0,
      JSON.stringify(run.report.failures.slice(0, 3)) + run.stderr,
    );
    assert.equal(run.report.stats.passes, loadTraffic(TRAFFIC).length);
  });

  it('a changed status: every POST /api/tasks fails, by index, with the difference', async () => {
    const run = await runFixture(spec('status'));
    const posts = loadTraffic(TRAFFIC).filter(
      (r) => r.method === 'POST' && r.path === '/api/tasks',
    );
    const failed = run.report.failures.map((f) => f.title);
    for (const post of posts) assert.ok(failed.includes(`#${post.index + 1}/213 POST /api/tasks`));
    // And nothing else: with the three clocks set alike, tasks created in one second tie the
    // same way on every instance, so no list read fails on its tie order.
    assert.deepEqual(
      failed.filter((title) => !/ POST \/api\/tasks$/.test(title)),
      [],
    );
    assert.match(
      run.report.failures[0]!.err.message!,
      /^POST \/api\/tasks \(request 6 of 213, line 6\): 1 difference\n {2}- status: 201 changed to 200/,
    );
    assert.doesNotMatch(JSON.stringify(run.report), /sessionId=[^*"]{8}/);
  });
});
