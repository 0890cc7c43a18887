/**
 * Replaying recorded traffic (issue 14): the recording formats and their errors, noise learned
 * from a second old instance, corresponding generated ids, and the suite in a real child mocha,
 * all against a real node:http app on real SQLite files.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  loadTraffic,
  Replayer,
  startApp,
  TrafficError,
  type ReplayRole,
  type StartedApp,
} from '../src/library/index.js';
import { itemsApp, type ItemsChange } from './__fixtures__/replay/items-app.js';
import { makeTempDir, REPO_ROOT } from './support/paths.js';
import {
  recordTraffic,
  writeHar,
  writeJsonLines,
  type RecordedAnswer,
  type ScriptStep,
} from './support/record-traffic.js';
import { runFixture } from './support/suite-fixture.js';

const idOf = (answers: RecordedAnswer[], at: number): string =>
  (answers[at]!.body as { id: string }).id;

/** A session: items created, read, listed, changed, deleted, with a secret header on every request. */
function session(): ScriptStep[] {
  const headers = { authorization: 'Bearer sekrit-token-42', cookie: 'sid=sekrit-cookie-42' };
  const steps: ScriptStep[] = [];
  for (const [i, name] of ['pear', 'apple', 'fig', 'kiwi'].entries()) {
    steps.push({
      method: 'POST',
      path: '/items',
      headers,
      body: { name, ...(i % 2 ? { priority: 3 } : {}) },
    });
  }
  steps.push({ method: 'GET', path: '/items', headers });
  steps.push({ method: 'GET', path: (a) => `/items/${idOf(a, 0)}`, headers });
  steps.push({
    method: 'PATCH',
    path: (a) => `/items/${idOf(a, 1)}`,
    headers,
    body: { priority: 5 },
  });
  steps.push({ method: 'POST', path: '/items', headers, body: {} });
  steps.push({ method: 'DELETE', path: (a) => `/items/${idOf(a, 2)}`, headers });
  steps.push({ method: 'GET', path: (a) => `/items/${idOf(a, 2)}`, headers });
  steps.push({ method: 'GET', path: '/items', headers });
  return steps;
}

async function withApps<T>(
  changes: Record<ReplayRole, ItemsChange>,
  fn: (urls: Record<ReplayRole, string>) => Promise<T>,
): Promise<T> {
  const folder = makeTempDir('replay-apps');
  const started: StartedApp[] = [];
  try {
    const urls = {} as Record<ReplayRole, string>;
    for (const role of ['old', 'old-twin', 'new'] as const) {
      const app = await startApp(itemsApp(join(folder, `${role}.sqlite`), changes[role]));
      started.push(app);
      urls[role] = app.baseUrl;
    }
    return await fn(urls);
  } finally {
    for (const app of started) await app.close();
  }
}

async function recordSession(folder: string): Promise<{ jsonl: string; har: string }> {
  const recorded = await startApp(itemsApp(join(folder, 'recorded.sqlite')));
  try {
    const exchanges = await recordTraffic(recorded.baseUrl, session());
    const jsonl = join(folder, 'session.jsonl');
    const har = join(folder, 'session.har');
    writeJsonLines(jsonl, exchanges);
    writeHar(har, 'http://shop.example:3000', exchanges);
    return { jsonl, har };
  } finally {
    await recorded.close();
  }
}

describe('replay: recordings', () => {
  it('reads JSON Lines and HAR into the same requests, headers lower-cased, hosts removed', async () => {
    const folder = makeTempDir('replay-formats');
    const { jsonl, har } = await recordSession(folder);
    const fromLines = loadTraffic(jsonl);
    const fromHar = loadTraffic(har);
    assert.equal(fromLines.length, 11);
    assert.deepEqual(
      fromHar.map((r) => [r.method, r.path, r.body, r.response?.status]),
      fromLines.map((r) => [r.method, r.path, r.body, r.response?.status]),
    );
    assert.equal(fromHar[0]!.headers.authorization, 'Bearer sekrit-token-42');
    // HAR lines point at each entry's "request" in the file the user has open.
    const harLines = readFileSync(har, 'utf8').split('\n');
    assert.match(harLines[fromHar[3]!.line - 1]!, /"request"/);
    assert.deepEqual(
      fromLines.map((r) => r.line),
      fromLines.map((_r, i) => i + 1),
    );
  });

  it('every line the recorder writes fits schema/traffic.schema.json, and a line without path does not', async () => {
    const folder = makeTempDir('replay-schema');
    const { jsonl } = await recordSession(folder);
    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schema/traffic.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n');
    assert.equal(lines.length, 11);
    for (const line of lines)
      assert.ok(validate(JSON.parse(line)), JSON.stringify(validate.errors));
    assert.equal(validate({ method: 'GET' }), false);
  });

  it('names the line of a JSON Lines record that is not JSON, or has no method', () => {
    const folder = makeTempDir('replay-bad');
    const file = join(folder, 'bad.jsonl');
    writeFileSync(file, '{"method":"GET","path":"/a"}\n\n{"method":"GET","path":"/b"\n');
    assert.throws(
      () => loadTraffic(file),
      (error: unknown) => {
        assert.ok(error instanceof TrafficError);
        assert.equal(error.line, 3);
        assert.match(error.message, /bad\.jsonl:3: not JSON/);
        return true;
      },
    );
    writeFileSync(file, '{"method":"GET","path":"/a"}\n{"path":"/b"}\n');
    assert.throws(() => loadTraffic(file), /bad\.jsonl:2: "method" must be an HTTP method/);
  });

  it('names the line of a HAR that is not JSON, and refuses one that is not HAR', () => {
    const folder = makeTempDir('replay-bad-har');
    const file = join(folder, 'bad.har');
    writeFileSync(file, '{\n  "log": {\n    "entries": [\n      {"request": }\n    ]\n  }\n}\n');
    assert.throws(
      () => loadTraffic(file),
      (error: unknown) => {
        assert.ok(error instanceof TrafficError);
        assert.equal(error.line, 4);
        return true;
      },
    );
    writeFileSync(file, '{"entries": []}');
    assert.throws(() => loadTraffic(file), /not HAR 1\.2: "log\.entries"/);
  });

  it('reads the recorded time (JSON Lines "time", HAR startedDateTime) and names a line whose time is not a date', () => {
    const jsonl = loadTraffic({
      text: '{"method":"GET","path":"/a","time":"2026-12-04T22:52:54.120Z"}\n{"method":"GET","path":"/b"}',
      format: 'jsonl',
    });
    assert.deepEqual(
      jsonl.map((r) => r.time),
      [Date.parse('2026-12-04T22:52:54.120Z'), undefined],
    );
    const har = loadTraffic({
      text: JSON.stringify({
        log: {
          entries: [
            {
              startedDateTime: '2026-12-04T22:52:55.000+01:00',
              request: { method: 'GET', url: 'http://shop.example/a', headers: [] },
            },
          ],
        },
      }),
      format: 'har',
    });
    assert.equal(har[0]!.time, Date.parse('2026-12-04T21:52:55.000Z'));
    assert.throws(
      () =>
        loadTraffic({
          text: '{"method":"GET","path":"/a"}\n{"method":"GET","path":"/b","time":"yesterday"}',
          format: 'jsonl',
          name: 't.jsonl',
        }),
      /t\.jsonl:2: "time" must be an ISO 8601 date-time .*got "yesterday"/,
    );
  });

  it('refuses a request to a host other than the recorded app', () => {
    const lines = [
      { method: 'GET', path: 'http://shop.example:3000/items' },
      { method: 'POST', path: 'https://tracker.example/collect', body: { a: 1 } },
    ];
    assert.throws(
      () =>
        loadTraffic({
          text: lines.map((l) => JSON.stringify(l)).join('\n'),
          format: 'jsonl',
          name: 't.jsonl',
        }),
      /t\.jsonl:2: POST https:\/\/tracker\.example\/collect is on another host than the recorded app \(http:\/\/shop\.example:3000\)/,
    );
    // An explicit origin refuses the first one too.
    assert.throws(
      () =>
        loadTraffic(
          { text: JSON.stringify(lines[0]), format: 'jsonl' },
          { appOrigin: 'http://127.0.0.1:8080' },
        ),
      /on another host than the recorded app \(http:\/\/127\.0\.0\.1:8080\)/,
    );
  });
});

describe('replay: noise and corresponding values', () => {
  async function replayAll(change: ItemsChange, recording: 'jsonl' | 'har') {
    const folder = makeTempDir('replay-run');
    const files = await recordSession(folder);
    const requests = loadTraffic(files[recording]);
    return withApps({ old: 'none', 'old-twin': 'none', new: change }, async (urls) => {
      const replayer = new Replayer(urls);
      const steps = [];
      for (const request of requests) steps.push(await replayer.step(request));
      return steps;
    });
  }

  it('two identical versions: no difference; uuids, timestamps and Date learned as noise or matched', async () => {
    const steps = await replayAll('none', 'jsonl');
    assert.deepEqual(
      steps.flatMap((s) => s.differences),
      [],
    );
    const noise = new Set(steps.flatMap((s) => s.noise.map((d) => d.path)));
    assert.ok(noise.has('body.createdAt'), [...noise].join(', '));
    assert.ok(noise.has('headers["x-request-id"]'), [...noise].join(', '));
    const matched = new Set(steps.flatMap((s) => s.matched.map((d) => d.path)));
    // The GET of a created item reaches each instance with its own uuid, and their ids match.
    assert.equal(steps[5]!.responses.new.status, 200);
    assert.equal(steps[5]!.responses['old-twin'].status, 200);
    assert.ok(matched.has('body.id'), [...matched].join(', '));
    assert.equal(steps[9]!.responses.old.status, 404);
  });

  const planted: [ItemsChange, number, RegExp][] = [
    ['renamed-field', 0, /^body\.(name|title)$/],
    ['status', 7, /^status$/],
    ['sort', 4, /^body\.items\[0\]\.name$/],
    ['dropped-item', 4, /^body\.count$/],
    ['default', 0, /^body\.priority$/],
  ];
  for (const [change, index, path] of planted) {
    it(`a planted change (${change}) fails request #${index + 1} at ${path.source}`, async () => {
      const steps = await replayAll(change, 'har');
      const first = steps.find((s) => s.differences.length > 0);
      assert.ok(first, `no difference found for ${change}`);
      assert.equal(first.request.index, index);
      assert.ok(
        first.differences.some((d) => path.test(d.path)),
        first.differences.map((d) => d.path).join(', '),
      );
      // Noise is never among the failures.
      assert.ok(
        !first.differences.some((d) => d.path === 'body.createdAt' || d.path.startsWith('headers')),
      );
    });
  }
});

describe('replay: one clock for the three instances', () => {
  it('sets every instance to the recorded time before its request, or to one instant when none was recorded', async () => {
    const requests = loadTraffic({
      text: [
        '{"method":"POST","path":"/items","body":{"name":"pear"},"time":"2026-12-04T22:52:54.120Z"}',
        '{"method":"GET","path":"/items"}',
      ].join('\n'),
      format: 'jsonl',
    });
    const calls: [ReplayRole, number][] = [];
    await withApps({ old: 'none', 'old-twin': 'none', new: 'none' }, async (urls) => {
      const clock = (role: ReplayRole) => (time: Date) => void calls.push([role, time.getTime()]);
      const replayer = new Replayer(urls, {
        clocks: { old: clock('old'), 'old-twin': clock('old-twin'), new: clock('new') },
      });
      const before = Date.now();
      for (const request of requests) await replayer.step(request);
      const [first, second] = [calls.slice(0, 3), calls.slice(3)];
      assert.deepEqual(
        first.map(([role]) => role),
        ['old', 'old-twin', 'new'],
      );
      assert.ok(first.every(([, at]) => at === Date.parse('2026-12-04T22:52:54.120Z')));
      assert.equal(second.length, 3);
      assert.equal(new Set(second.map(([, at]) => at)).size, 1);
      assert.ok(second[0]![1] >= before && second[0]![1] <= Date.now());
    });
  });
});

describe('replay: describeApiMigration({ traffic })', () => {
  const APP = pathToFileURL(join(REPO_ROOT, '__tests__/__fixtures__/replay/items-app.ts')).href;
  const spec = (file: string, newChange: ItemsChange) => `
import { join } from 'node:path';
import { itemsApp } from '${APP}';
lib.describeApiMigration('items replay', {
  traffic: ${JSON.stringify(file)},
  createApp: (version, instance) => {
    record({ kind: 'instance', role: instance.role, version, kind2: instance.database.kind });
    return itemsApp(instance.database.name, version === '2.0.0' ? ${JSON.stringify(newChange)} : 'none');
  },
}, (ctx) => {
  after(() => record({ kind: 'replayed', count: ctx.replayed.length }));
});
`;

  it('one test per request; identical versions pass, three fresh instances on throwaway SQLite files', async () => {
    const folder = makeTempDir('replay-suite');
    const { har } = await recordSession(folder);
    const run = await runFixture(spec(har, 'none'));
    assert.equal(
      run.report.stats.failures,
      0,
      JSON.stringify(run.report.failures, null, 1) + run.stderr,
    );
    assert.equal(run.report.stats.passes, 11);
    assert.equal(
      run.report.passes[5]!.title.replace(/[0-9a-f-]{36}/, '<uuid>'),
      '#6/11 GET /items/<uuid>',
    );
    const roles = run.observations
      .filter((o) => o.kind === 'instance')
      .map((o) => `${o.role}@${o.version}`);
    assert.deepEqual(roles, ['old@1.0.0', 'old-twin@1.0.0', 'new@2.0.0']);
    assert.deepEqual(
      run.observations.filter((o) => o.kind === 'replayed').map((o) => o.count),
      [11],
    );
  });

  it('a changed sort order fails the list requests, naming method, path, index and the path; secrets never shown', async () => {
    const folder = makeTempDir('replay-suite');
    const { jsonl } = await recordSession(folder);
    const run = await runFixture(spec(jsonl, 'sort'));
    const failed = run.report.failures.map((f) => f.title);
    assert.deepEqual(failed, ['#5/11 GET /items', '#11/11 GET /items']);
    const message = run.report.failures[0]!.err.message!;
    assert.match(message, /^GET \/items \(request 5 of 11, line 5\): \d+ differences/);
    assert.match(message, /body\.items\[0\]\.name: "apple" changed to "pear"/);
    assert.match(
      message,
      /noise \(the two old instances disagree here too; not a failure\): .*headers\["x-request-id"\]/,
    );
    const everything = JSON.stringify(run.report) + run.stderr;
    assert.doesNotMatch(everything, /sekrit/);
  });
});
