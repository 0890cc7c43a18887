/**
 * The describe*Migration functions inside a real mocha: each case writes a small spec file and
 * runs it in a child mocha (support/suite-fixture.ts).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { recordsOf, runFixture } from './support/suite-fixture.js';

describe('describeDatabaseMigration in a real mocha', function () {
  this.timeout(120_000);

  it('gives each test fresh data sources, tags the suite, and drops everything after a failing test', async () => {
    // Arrange
    const source = `
import { EntitySchema } from 'typeorm';
const Tool = new EntitySchema({ name: 'Tool', tableName: 'tool', columns: { id: { type: 'integer', primary: true, generated: 'increment' }, name: { type: 'varchar' } } });
const sources = [];
let outside;
after(() => record({ kind: 'after', initialized: sources.map((ds) => ds.isInitialized) }));
lib.describeDatabaseMigration('db suite', { entities: [Tool] }, function (ctx) {
  try { ctx.old; } catch (error) { outside = error.message; }
  const seen = async (test, self) => {
    sources.push(ctx.old, ctx.new);
    const counts = [await ctx.old.getRepository('Tool').count(), await ctx.new.getRepository('Tool').count()];
    record({ kind: 'test', test, counts, files: [ctx.oldDatabase.name, ctx.newDatabase.name], sameAsThis: self.old === ctx.old && self.new === ctx.new, category: categoryOf(self.test), outside, versions: [ctx.oldVersion, ctx.newVersion] });
    await ctx.old.getRepository('Tool').save({ name: 'a' });
    await ctx.new.getRepository('Tool').save({ name: 'b' });
  };
  it('first', async function () { await seen('first', this); });
  it('second fails', async function () { await seen('second', this); assert.fail('deliberate failure'); });
});`;

    // Act
    const run = await runFixture(source, { NEW_VERSION: '3.1.0' });

    // Assert
    assert.deepEqual([run.report.stats.passes, run.report.stats.failures], [1, 1], run.stderr);
    assert.equal(run.report.failures[0]?.err.message, 'deliberate failure');
    const tests = recordsOf(run, 'test');
    assert.equal(tests.length, 2);
    for (const test of tests) {
      assert.deepEqual(test.counts, [0, 0], 'each test starts from empty databases');
      assert.equal(test.sameAsThis, true);
      assert.equal(test.category, 'database_migration');
      assert.deepEqual(test.versions, ['1.0.0', '3.1.0']);
      assert.match(
        String(test.outside),
        /ctx\.old is not set here: use it inside a test or a beforeEach\/afterEach hook of the describeDatabaseMigration suite/,
      );
    }
    const files = tests.flatMap((test) => test.files as string[]);
    assert.equal(new Set(files).size, 4, 'four distinct SQLite files');
    for (const file of files) {
      assert.equal(existsSync(file), false, `${file} was removed`);
      assert.equal(existsSync(dirname(file)), false, `${dirname(file)} was removed`);
    }
    assert.deepEqual(recordsOf(run, 'after')[0]?.initialized, [false, false, false, false]);
  });

  it("makes each side's schema with that version's migrations", async () => {
    const source = `
class CreateTool1700000000000 { name = 'CreateTool1700000000000'; async up(q) { await q.query('CREATE TABLE tool (id integer PRIMARY KEY, name varchar)'); } async down(q) { await q.query('DROP TABLE tool'); } }
class AddSlug1700000000001 { name = 'AddSlug1700000000001'; async up(q) { await q.query('ALTER TABLE tool ADD COLUMN slug varchar'); } async down(q) { await q.query('ALTER TABLE tool DROP COLUMN slug'); } }
lib.describeDatabaseMigration('migrations suite', { migrations: (version) => (version === '1.0.0' ? [CreateTool1700000000000] : [CreateTool1700000000000, AddSlug1700000000001]) }, (ctx) => {
  it('has the columns of each version', async () => {
    const columns = async (ds) => (await ds.query('PRAGMA table_info(tool)')).map((column) => column.name);
    record({ kind: 'columns', old: await columns(ctx.old), new: await columns(ctx.new) });
  });
});`;

    const run = await runFixture(source);

    assert.equal(run.report.stats.passes, 1, JSON.stringify(run.report.failures));
    assert.deepEqual(recordsOf(run, 'columns')[0], {
      kind: 'columns',
      old: ['id', 'name'],
      new: ['id', 'name', 'slug'],
    });
  });

  it('fails at load time, naming the suite, when a side has neither entities nor migrations', async () => {
    const run = await runFixture(
      `lib.describeDatabaseMigration('empty', {}, () => { it('x', () => {}); });`,
    );

    assert.notEqual(run.code, 0);
    assert.match(
      run.stderr,
      /describeDatabaseMigration\('empty'\): the old side has neither entities nor migrations/,
    );
  });

  it('fails at load time when createDataSource is given with entities or migrations', async () => {
    const run = await runFixture(
      `lib.describeDatabaseMigration('both', { createDataSource: () => null, entities: [] }, () => { it('x', () => {}); });`,
    );

    assert.notEqual(run.code, 0);
    assert.match(
      run.stderr,
      /describeDatabaseMigration\('both'\): createDataSource makes the old DataSource and its schema; leave entities and migrations out/,
    );
  });
});

describe('describeApiMigration in a real mocha', function () {
  this.timeout(120_000);

  it('starts both apps on loopback per test and closes them, with their resources, after a failing test', async () => {
    const source = `
import { createServer } from 'node:http';
import { connect } from 'node:net';
const urls = [];
const closed = [];
let made = 0;
const refused = (url) => new Promise((resolve) => {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(false); });
  socket.once('error', (error) => resolve(error.code === 'ECONNREFUSED'));
});
after(async () => record({ kind: 'after', refused: await Promise.all(urls.map(refused)), closed }));
const listener = (version) => (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version, path: request.url }));
lib.describeApiMigration('api suite', {
  createApp(version) {
    made += 1;
    const id = made;
    // The old side as a bare request listener, the new side as a server with resources to release.
    return version === '1.0.0' ? listener(version) : { app: createServer(listener(version)), close: () => { closed.push(id); } };
  },
}, (ctx) => {
  it('first', async function () {
    urls.push(ctx.oldBaseUrl, ctx.newBaseUrl);
    const [before, after] = [await ctx.oldClient.get('/x'), await ctx.newClient.get('/x')];
    record({ kind: 'test', bodies: [before.body, after.body], status: before.status, sameAsThis: this.oldClient === ctx.oldClient, category: categoryOf(this.test), made, urls: [ctx.oldBaseUrl, ctx.newBaseUrl] });
  });
  it('second fails', async function () {
    urls.push(ctx.oldBaseUrl, ctx.newBaseUrl);
    record({ kind: 'test', made, urls: [ctx.oldBaseUrl, ctx.newBaseUrl] });
    lib.expectSameApiResponse(await ctx.oldClient.get('/y'), await ctx.newClient.get('/y'), {}, 'GET /y');
  });
});`;

    const run = await runFixture(source);

    assert.deepEqual([run.report.stats.passes, run.report.stats.failures], [1, 1], run.stderr);
    assert.equal(
      run.report.failures[0]?.err.message,
      'GET /y: 1 difference\n  - body.version: "1.0.0" changed to "2.0.0"',
    );
    const [first, second] = recordsOf(run, 'test');
    assert.deepEqual(first?.bodies, [
      { version: '1.0.0', path: '/x' },
      { version: '2.0.0', path: '/x' },
    ]);
    assert.equal(first?.sameAsThis, true);
    assert.equal(first?.category, 'api_migration');
    assert.deepEqual([first?.made, second?.made], [2, 4], 'two fresh apps per test');
    for (const url of [...(first?.urls as string[]), ...(second?.urls as string[])])
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notDeepEqual(first?.urls, second?.urls);
    const after = recordsOf(run, 'after')[0];
    assert.deepEqual(after?.refused, [true, true, true, true], 'every port is closed');
    assert.deepEqual(after?.closed, [2, 4], 'each AppHandle.close ran');
  });

  it('starts the apps once for the suite with scope "all"', async () => {
    const source = `
let made = 0;
lib.describeApiMigration('api once', { scope: 'all', createApp: () => { made += 1; return (request, response) => response.end('ok'); } }, (ctx) => {
  it('a', async () => { assert.equal((await ctx.oldClient.get('/')).body, 'ok'); });
  it('b', async () => { record({ kind: 'made', made }); });
});`;

    const run = await runFixture(source);

    assert.equal(run.report.stats.passes, 2, run.stderr);
    assert.equal(recordsOf(run, 'made')[0]?.made, 2);
  });

  it('talks to APIs already running at the given base URLs, mixed with one it starts, and leaves the given ones running', async () => {
    const source = `
import { createServer } from 'node:http';
// The old API runs elsewhere (started here, before the suite is defined); the new one is made per test.
const running = createServer((request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ side: 'running', path: request.url })));
await new Promise((resolve) => running.listen(0, '127.0.0.1', resolve));
const oldBaseUrl = 'http://127.0.0.1:' + running.address().port;
const created = [];
after(async () => {
  const stillAnswering = await fetch(oldBaseUrl + '/after').then((response) => response.ok, () => false);
  record({ kind: 'after', stillAnswering, created });
  running.close();
});
lib.describeApiMigration('given and made', { oldBaseUrl, createApp: (version) => { created.push(version); return (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ side: version, path: request.url })); } }, (ctx) => {
  it('answers from both', async () => {
    const [oldResponse, newResponse] = await Promise.all([ctx.oldClient.get('/tools'), ctx.newClient.get('/tools')]);
    record({ kind: 'test', oldBaseUrl: ctx.oldBaseUrl, given: oldBaseUrl, bodies: [oldResponse.body, newResponse.body] });
  });
});`;

    const run = await runFixture(source);

    assert.equal(run.report.stats.passes, 1, run.stderr);
    const [test] = recordsOf(run, 'test');
    assert.equal(test?.oldBaseUrl, test?.given);
    assert.deepEqual(test?.bodies, [
      { side: 'running', path: '/tools' },
      { side: '2.0.0', path: '/tools' },
    ]);
    assert.deepEqual(recordsOf(run, 'after')[0], {
      kind: 'after',
      stillAnswering: true,
      created: ['2.0.0'],
    });
  });
});

describe('describeFunctionalMigration in a real mocha', function () {
  this.timeout(120_000);

  it('gives fresh services per test and disposes them by whatever method they have, also after a failure', async () => {
    const source = `
const disposed = [];
let made = 0;
after(() => record({ kind: 'after', disposed }));
lib.describeFunctionalMigration('service suite', {
  async createService(version) {
    made += 1;
    const id = version + '#' + made;
    // One shape per side: close() on the old, Symbol.asyncDispose on the new.
    return version === '1.0.0'
      ? { id, version, close: async () => { disposed.push(id + ':close'); } }
      : { id, version, [Symbol.asyncDispose]: async () => { disposed.push(id + ':asyncDispose'); } };
  },
}, (ctx) => {
  it('first', function () { record({ kind: 'test', ids: [ctx.oldService.id, ctx.newService.id], sameAsThis: this.newService === ctx.newService, category: categoryOf(this.test) }); });
  it('second fails', function () { record({ kind: 'test', ids: [ctx.oldService.id, ctx.newService.id] }); assert.equal(ctx.oldService.version, ctx.newService.version); });
});`;

    const run = await runFixture(source);

    assert.deepEqual([run.report.stats.passes, run.report.stats.failures], [1, 1], run.stderr);
    const tests = recordsOf(run, 'test');
    assert.deepEqual(
      tests.map((test) => test.ids),
      [
        ['1.0.0#1', '2.0.0#2'],
        ['1.0.0#3', '2.0.0#4'],
      ],
    );
    assert.equal(tests[0]?.sameAsThis, true);
    assert.equal(tests[0]?.category, 'functional_migration');
    // Released in reverse order of creation, after each test.
    assert.deepEqual(recordsOf(run, 'after')[0]?.disposed, [
      '2.0.0#2:asyncDispose',
      '1.0.0#1:close',
      '2.0.0#4:asyncDispose',
      '1.0.0#3:close',
    ]);
  });

  it('releases the old service when the new one cannot be made, and reports the set-up failure on the test', async () => {
    const source = `
const disposed = [];
after(() => record({ kind: 'after', disposed }));
lib.describeFunctionalMigration('broken new', {
  createService(version) {
    if (version !== '1.0.0') throw new Error('new service cannot start');
    return { dispose() { disposed.push('old'); } };
  },
}, () => {
  it('never runs', () => { record({ kind: 'ran' }); });
});`;

    const run = await runFixture(source);

    assert.equal(run.report.stats.passes, 0);
    assert.equal(run.report.failures.length, 1, run.stderr);
    assert.match(
      run.report.failures[0]!.title,
      /"before each" hook: describeFunctionalMigration: set up/,
    );
    assert.equal(run.report.failures[0]!.err.message, 'new service cannot start');
    assert.deepEqual(recordsOf(run, 'ran'), []);
    assert.deepEqual(recordsOf(run, 'after')[0]?.disposed, ['old']);
  });

  it("lets the body's own hooks use ctx: its beforeEach after set-up, its afterEach before tear-down", async () => {
    const source = `
const order = [];
after(() => record({ kind: 'order', order }));
lib.describeFunctionalMigration('hooks', { createService: (version) => ({ version, close() { order.push('dispose ' + version); } }) }, (ctx) => {
  beforeEach(() => { order.push('beforeEach sees ' + ctx.oldService.version); });
  afterEach(() => { order.push('afterEach sees ' + ctx.newService.version); });
  it('t', () => { order.push('test'); });
});`;

    const run = await runFixture(source);

    assert.equal(run.report.stats.passes, 1, run.stderr);
    assert.deepEqual(recordsOf(run, 'order')[0]?.order, [
      'beforeEach sees 1.0.0',
      'test',
      'afterEach sees 2.0.0',
      'dispose 2.0.0',
      'dispose 1.0.0',
    ]);
  });
});
