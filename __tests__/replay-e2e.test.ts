/**
 * `mode: replay` the way users meet it: the built CLI and the built action (dist/ under Node 24)
 * replay a JSON Lines recording against the app a module of the service makes, one
 * `api_migration` test per request, in a child mocha. Identical versions pass; a planted
 * renamed field fails, naming the request and the path; bad recordings are refused before
 * anything starts, naming the line; a secret header never reaches any output.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { makeTempDir } from './support/paths.js';
import { runBuiltAction } from './support/run-action.js';
import { runBuiltCli } from './support/run-cli.js';

const SECRET = 'sekrit-e2e-token-7731';

/**
 * A small items service: its version decides its behaviour, as a deployed build's would
 * (2.0.0-renamed answers `title` where 1.x answered `name`). Each instance keeps its items in
 * a JSON file in its own throwaway database folder, ids from a counter, times from the clock.
 */
const APP = `
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
export function createApp(version, { database }) {
  const file = join(dirname(database.name), 'items.json');
  mkdirSync(dirname(file), { recursive: true });
  const load = () => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []);
  const shape = (item) =>
    version === '2.0.0-renamed'
      ? { id: item.id, title: item.name, createdAt: item.createdAt }
      : { id: item.id, name: item.name, createdAt: item.createdAt };
  return createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const send = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== 'Bearer ${SECRET}') return send(401, { error: 'who?' });
      const items = load();
      const id = /^\\/items\\/(\\d+)$/.exec(req.url)?.[1];
      if (req.method === 'POST' && req.url === '/items') {
        const item = { id: items.length + 1, name: JSON.parse(raw).name, createdAt: new Date().toISOString() };
        writeFileSync(file, JSON.stringify([...items, item]));
        return send(201, shape(item));
      }
      if (req.method === 'GET' && req.url === '/items') return send(200, { items: items.map(shape) });
      const found = items.find((item) => String(item.id) === id);
      if (req.method === 'GET' && id) return found ? send(200, shape(found)) : send(404, { error: 'no' });
      send(405, { error: 'no' });
    });
  });
}
`;

function recording(): string {
  const headers = { authorization: `Bearer ${SECRET}`, cookie: `sid=${SECRET}` };
  const lines: object[] = [];
  for (const name of ['pear', 'apple', 'fig'])
    lines.push({ method: 'POST', path: '/items', headers, body: { name } });
  lines.push({ method: 'GET', path: '/items', headers });
  lines.push({ method: 'GET', path: '/items/2', headers });
  lines.push({ method: 'GET', path: '/items', headers: {} });
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}

function workspace(): string {
  const dir = makeTempDir('replay-e2e');
  writeFileSync(join(dir, 'replay-app.mjs'), APP);
  writeFileSync(join(dir, 'traffic.jsonl'), recording());
  return dir;
}

/** Every file the run wrote beside its report, as one text (for the secret check). */
function everythingWritten(dir: string): string {
  return readdirSync(dir)
    .filter((name) => name.startsWith('verification-report'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

describe('replay mode (built CLI and action, Node 24)', function () {
  this.timeout(180_000);

  it('CLI: identical versions pass, one api_migration test per request', async () => {
    const dir = workspace();
    const run = await runBuiltCli(
      [
        'replay',
        '--service',
        'items',
        '--traffic',
        'traffic.jsonl',
        '--traffic-app',
        'replay-app.mjs',
      ],
      dir,
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(
      readFileSync(join(dir, 'verification-report.json'), 'utf8'),
    ) as VerificationReport;
    assert.equal(report.results.api_migration?.tests, 6);
    assert.equal(report.results.api_migration?.status, 'passed');
    assert.deepEqual(report.run.spec_files, ['traffic.jsonl']);
    assert.equal(report.tests[0]!.file, 'traffic.jsonl');
    assert.doesNotMatch(everythingWritten(dir) + run.stdout + run.stderr, new RegExp(SECRET));
  });

  it('action: a renamed field fails the requests that show it, naming the request, its line and the path', async () => {
    const dir = workspace();
    const run = await runBuiltAction({
      workspace: dir,
      inputs: {
        service: 'items',
        mode: 'replay',
        traffic: 'traffic.jsonl',
        'traffic-app': 'replay-app.mjs',
        'new-version': '2.0.0-renamed',
        'upload-artifact': 'false',
      },
    });
    assert.equal(run.outputs.passed, 'false', run.stdout + run.stderr);
    const report = JSON.parse(
      readFileSync(join(dir, 'verification-report.json'), 'utf8'),
    ) as VerificationReport;
    const api = report.results.api_migration!;
    assert.equal(api.tests, 6);
    // Every answer with an item changed (3 POSTs, 2 lists, 1 read); the 401 list did not.
    assert.equal(api.failures, 5);
    const first = report.tests.find((test) => test.state === 'failed')!;
    assert.match(first.message!, /^POST \/items \(request 1 of 6, line 1\): 2 differences/);
    assert.match(first.message!, /body\.name: missing in the new value \(old: "pear"\)/);
    assert.deepEqual(first.location, { file: 'traffic.jsonl', line: 1 });
    assert.ok(
      run.annotations.some((line) =>
        /^::error title=replay traffic\.jsonl #1\/6 POST \/items,file=traffic\.jsonl,line=1::/.test(
          line,
        ),
      ),
      run.annotations.join('\n'),
    );
    assert.doesNotMatch(
      everythingWritten(dir) + run.stdout + run.stderr + run.summary,
      new RegExp(SECRET),
    );
  });

  it('refuses a malformed line, a foreign host and a missing app before anything starts', async () => {
    const dir = workspace();
    const cli = (traffic: string, app = 'replay-app.mjs') =>
      runBuiltCli(
        ['replay', '--service', 'items', '--traffic', traffic, '--traffic-app', app],
        dir,
      );
    writeFileSync(join(dir, 'bad.jsonl'), recording() + '{"method":"GET","path":\n');
    let run = await cli('bad.jsonl');
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(
      run.stderr,
      /Input '--traffic' has the value "bad\.jsonl".*bad\.jsonl:7: not JSON/s,
    );
    writeFileSync(
      join(dir, 'foreign.jsonl'),
      '{"method":"GET","path":"http://shop.example/items"}\n{"method":"POST","path":"https://tracker.example/c"}\n',
    );
    run = await cli('foreign.jsonl');
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /foreign\.jsonl:2: POST https:\/\/tracker\.example\/c is on another host/,
    );
    run = await cli('traffic.jsonl', 'missing-app.mjs');
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /Input '--traffic-app' has the value "missing-app\.mjs".*does not exist/s,
    );
    assert.ok(!readdirSync(dir).some((name) => name.startsWith('verification-report')));
  });
});
