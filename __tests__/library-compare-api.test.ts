import assert from 'node:assert/strict';
import { AssertionError } from 'node:assert';
import type { RequestListener } from 'node:http';
import { expectSameApiResponse } from '../src/library/assert.js';
import { compareApiResponses } from '../src/library/compare/api.js';
import { createApiClient } from '../src/library/http/client.js';
import { startApp, type StartedApp } from '../src/library/http/server.js';

/** A JSON endpoint that answers `payload` with `status` (a real server, so the client's parsing is real too). */
function jsonApp(
  status: number,
  payload: unknown,
  extraHeaders: Record<string, string> = {},
): RequestListener {
  return (_request, response) => {
    response
      .writeHead(status, { 'content-type': 'application/json', ...extraHeaders })
      .end(JSON.stringify(payload));
  };
}

describe('compareApiResponses', () => {
  const started: StartedApp[] = [];
  const serve = async (app: RequestListener): Promise<ReturnType<typeof createApiClient>> => {
    const running = await startApp(app);
    started.push(running);
    return createApiClient(running.baseUrl);
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((running) => running.close()));
  });

  it('finds nothing when two servers answer the same, whatever their Date headers', async () => {
    // Arrange
    const oldClient = await serve(jsonApp(200, { tools: [{ id: 1, name: 'a' }] }));
    const newClient = await serve(jsonApp(200, { tools: [{ id: 1, name: 'a' }] }));

    // Act
    const differences = compareApiResponses(
      await oldClient.get('/tools'),
      await newClient.get('/tools'),
    );

    // Assert
    assert.deepEqual(differences, []);
  });

  it('reports status, chosen headers and body differences with their paths', async () => {
    const oldClient = await serve(
      jsonApp(200, { tools: [{ name: 'a', price: 1 }] }, { 'x-api': '1' }),
    );
    const newClient = await serve(
      jsonApp(201, { tools: [{ name: 'a', price: '1' }] }, { 'x-api': '2' }),
    );

    const differences = compareApiResponses(
      await oldClient.get('/tools'),
      await newClient.get('/tools'),
      { headers: ['X-Api'] },
    );

    assert.deepEqual(differences, [
      {
        path: 'status',
        kind: 'changed',
        old: 200,
        new: 201,
        message: 'status: 200 changed to 201',
      },
      {
        path: 'headers["x-api"]',
        kind: 'changed',
        old: '1',
        new: '2',
        message: 'headers["x-api"]: "1" changed to "2"',
      },
      {
        path: 'body.tools[0].price',
        kind: 'type',
        old: 1,
        new: '1',
        message: 'body.tools[0].price: type changed from number (1) to string ("1")',
      },
    ]);
  });

  it('reports a header only one side sends as missing', () => {
    const differences = compareApiResponses(
      { status: 200, headers: { ETag: 'x' } },
      { status: 200, headers: {} },
      { headers: ['etag'] },
    );

    assert.deepEqual(differences, [
      {
        path: 'headers.etag',
        kind: 'missing',
        old: 'x',
        message: 'headers.etag: missing in the new value (old: "x")',
      },
    ]);
  });

  it('ignores ids and timestamps by body-relative paths', () => {
    const oldResponse = { status: 200, body: { items: [{ id: 1, createdAt: 't1', name: 'a' }] } };
    const newResponse = { status: 200, body: { items: [{ id: 7, createdAt: 't2', name: 'a' }] } };

    const differences = compareApiResponses(oldResponse, newResponse, {
      ignorePaths: ['items[*].id', 'items[*].createdAt'],
    });

    assert.deepEqual(differences, []);
  });

  it('compares arrays without order when asked, and with order otherwise', () => {
    const oldResponse = { status: 200, body: { items: ['a', 'b'] } };
    const newResponse = { status: 200, body: { items: ['b', 'a'] } };

    const unordered = compareApiResponses(oldResponse, newResponse, { unorderedArrays: ['items'] });
    const ordered = compareApiResponses(oldResponse, newResponse);

    assert.deepEqual(unordered, []);
    assert.deepEqual(
      ordered.map((difference) => difference.path),
      ['body.items[0]', 'body.items[1]'],
    );
  });

  it('returns text bodies as text and empty bodies as null', async () => {
    const textClient = await serve((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end('hello'),
    );
    const emptyClient = await serve((_request, response) => response.writeHead(204).end());

    const [text, empty] = [await textClient.get('/'), await emptyClient.delete('/x')];

    assert.deepEqual([text.body, empty.body, empty.status], ['hello', null, 204]);
  });

  it('sends JSON bodies and query strings', async () => {
    const client = await serve(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          method: request.method,
          url: request.url,
          type: request.headers['content-type'],
          body: JSON.parse(Buffer.concat(chunks).toString()),
        }),
      );
    });

    const response = await client.patch('/tools/a', { category: 'x' }, { query: { dry: true } });

    assert.deepEqual(response.body, {
      method: 'PATCH',
      url: '/tools/a?dry=true',
      type: 'application/json',
      body: { category: 'x' },
    });
  });

  it('fails with an AssertionError that lists the differences and carries them', () => {
    const run = (): void =>
      expectSameApiResponse(
        { status: 200, body: { a: 1 } },
        { status: 500, body: { a: 2 } },
        {},
        'GET /a',
      );

    assert.throws(run, (error: unknown) => {
      assert.ok(error instanceof AssertionError);
      assert.equal((error as AssertionError).code, 'ERR_ASSERTION');
      assert.equal(
        error.message,
        'GET /a: 2 differences\n  - status: 200 changed to 500\n  - body.a: 1 changed to 2',
      );
      assert.deepEqual((error as unknown as { differences: unknown[] }).differences.length, 2);
      return true;
    });
  });
});
