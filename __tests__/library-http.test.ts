import assert from 'node:assert/strict';
import { createServer, type RequestListener, type Server } from 'node:http';
import { connect } from 'node:net';
import { createApiClient } from '../src/library/http/client.js';
import { startApp } from '../src/library/http/server.js';

const hello: RequestListener = (_request, response) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');

/** True when nothing listens on the port any more. */
function refused(baseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('startApp', () => {
  const shapes: Array<[string, () => Parameters<typeof startApp>[0]]> = [
    ['a request listener', () => hello],
    ['an http.Server that is not listening', () => createServer(hello)],
    [
      'an express-like app with listen()',
      () => ({ listen: (port: number, host: string) => createServer(hello).listen(port, host) }),
    ],
    ['a koa-like app with callback()', () => ({ callback: () => hello })],
  ];

  for (const [shape, make] of shapes) {
    it(`serves ${shape} on 127.0.0.1 and closes it, keep-alive connections included`, async () => {
      // Arrange
      const started = await startApp(make());
      const client = createApiClient(started.baseUrl);

      // Act
      const response = await client.get('/');
      await started.close();

      // Assert
      assert.match(started.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.deepEqual([response.status, response.body], [200, { hello: 'world' }]);
      assert.equal(await refused(started.baseUrl), true);
    });
  }

  it('uses a server that already listens where it is, and closes it too', async () => {
    const server: Server = await new Promise((resolve) => {
      const listening = createServer(hello).listen(0, '127.0.0.1', () => resolve(listening));
    });

    const started = await startApp(server);
    await started.close();

    assert.equal(started.server, server);
    assert.equal(server.listening, false);
  });

  it("runs the handle's close once, after the server closed, however often close is called", async () => {
    const calls: boolean[] = [];
    const server = createServer(hello);
    const started = await startApp({ app: server, close: () => void calls.push(server.listening) });

    await started.close();
    await started.close();

    assert.deepEqual(calls, [false]);
  });

  it('refuses an app it cannot start, saying what it accepts', async () => {
    await assert.rejects(
      startApp({} as never),
      /createApp must return an http\.Server, a request listener/,
    );
  });
});

describe('createApiClient', () => {
  it('fails clearly when a body claims JSON and is not', async () => {
    const started = await startApp((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{oops'),
    );
    try {
      await assert.rejects(
        createApiClient(started.baseUrl).get('/bad'),
        /GET \/bad answered application\/json that is not JSON/,
      );
    } finally {
      await started.close();
    }
  });
});
