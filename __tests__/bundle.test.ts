import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: the build script is plain JavaScript without types.
import { bundle } from '../scripts/bundle.mjs';
import { NODE24, REPO_ROOT, makeTempDir } from './support/paths.js';

/**
 * The action's bundle is split so that `@actions/artifact` (most of the code) sits in a chunk of
 * its own that a run loads only when it uploads or downloads (bench/RESULTS.md: the action's
 * overhead over bare mocha). Upload through the chunk is covered by action-artifact-e2e.
 */
describe('scripts/bundle.mjs: the action bundle', function () {
  this.timeout(60_000);
  let outdir: string;

  before(async function () {
    outdir = makeTempDir('bundle');
    await (bundle as (names: string[], outdir: string) => Promise<void>)(['action'], outdir);
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('keeps @actions/artifact out of the entry, in a chunk of its own', function () {
    const entry = readFileSync(join(outdir, 'index.js'), 'utf8');
    const chunks = readdirSync(join(outdir, 'chunks'));
    const holding = chunks.filter((chunk) =>
      readFileSync(join(outdir, 'chunks', chunk), 'utf8').includes('DefaultArtifactClient = class'),
    );

    assert.ok(
      !entry.includes('DefaultArtifactClient = class'),
      'the entry holds the artifact client',
    );
    assert.equal(holding.length, 1, `chunks: ${chunks.join(', ')}`);
    // Everything a run that uploads nothing loads: the entry and what it imports statically.
    const staticChunks = [...entry.matchAll(/\bfrom "\.\/chunks\/([^"]+)"/g)].map(
      (match) => match[1]!,
    );
    assert.ok(!staticChunks.includes(holding[0]!), 'the artifact chunk is imported statically');
    const loaded = [
      join(outdir, 'index.js'),
      ...staticChunks.map((c) => join(outdir, 'chunks', c)),
    ];
    const bytes = loaded.reduce((sum, file) => sum + statSync(file).size, 0);
    assert.ok(bytes < 2_000_000, `a run without upload loads ${bytes} bytes of bundle`);
  });

  it('evaluates undici only when @actions/http-client builds a proxy agent', function () {
    // The shim must keep undici unevaluated when loaded, and still hand out its real ProxyAgent.
    const probe = [
      "const shim = require('./scripts/undici-on-first-use.cjs');",
      "const loaded = () => Object.keys(require.cache).some((file) => file.includes('/node_modules/undici/'));",
      'const before = loaded();',
      "const agent = new shim.ProxyAgent({ uri: 'http://127.0.0.1:9' });",
      "const real = require('undici').ProxyAgent;",
      'console.log(JSON.stringify({ before, after: loaded(), real: agent instanceof real }));',
      'agent.close();',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', cwd: REPO_ROOT });

    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { before: false, after: true, real: true });
    const bundled = readdirSync(join(outdir, 'chunks'))
      .map((chunk) => readFileSync(join(outdir, 'chunks', chunk), 'utf8'))
      .join('\n');
    assert.match(bundled, /var import_undici = __toESM\(require_undici_on_first_use\(\), 1\);/);
  });

  it('requires http and https instead of importing them (an ES import of http evaluates undici)', function () {
    const files = [
      join(outdir, 'index.js'),
      ...readdirSync(join(outdir, 'chunks')).map((chunk) => join(outdir, 'chunks', chunk)),
    ];
    const imports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import .* from "(?:node:)?https?";$/gm)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );

    assert.deepEqual(imports, []);
    const bundled = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    assert.match(bundled, /__require\("node:https"\)/);
  });

  it('runs from its folder under Node 24: the chunks resolve beside the entry', function () {
    // No inputs: the action loads, then fails on the first input it cannot accept, naming it.
    const run = spawnSync(NODE24, [join(outdir, 'index.js')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });

    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /::error::Input '/);
  });
});

/**
 * Suites import the library from dist/library/index.js (package.json "exports") in plain Node
 * ESM, where there is no `require`; the other tests import src/ through tsx, which has one.
 */
describe('dist/library/index.js: the suite library bundle', function () {
  this.timeout(60_000);

  it('loads in plain Node ESM with the exports of src/library and serves an app through its client', async function () {
    const probe = `
      const lib = await import(${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist', 'library', 'index.js')).href)});
      const handle = await lib.startApp((req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ path: req.url }));
      });
      const client = lib.createApiClient(handle.baseUrl);
      const response = await client.get('/tools');
      await handle.close();
      console.log(JSON.stringify({ exports: Object.keys(lib).sort(), status: response.status, body: response.body }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
    });
    const source = await import('../src/library/index.js');

    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      exports: Object.keys(source).sort(),
      status: 200,
      body: { path: '/tools' },
    });
  });
});
