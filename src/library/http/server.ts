/**
 * Starting a version's app on an ephemeral loopback port and closing it again, whatever shape the
 * app comes in: a Node `http.Server`, a request listener (plain function, express or connect app),
 * or an object with `listen` or `callback` (koa-like).
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An app `describeApiMigration` can start. */
export type AppLike =
  | Server
  | RequestListener
  | {
      /** Called as `listen(0, '127.0.0.1')`; must return the `http.Server` (or a promise of it). */
      listen(port: number, host: string, callback?: () => void): unknown;
    }
  | {
      /** Returns a request listener (koa-like); the library serves it on a server of its own. */
      callback(): RequestListener;
    };

/** An app and what to release after its server is closed (its database, its timers...). */
export interface AppHandle {
  /** The app to start. */
  app: AppLike;
  /** Called after the server is closed. */
  close?(): unknown;
}

/** A running app. Closing is safe to call more than once. */
export interface StartedApp extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** The listening Node server (the app's own when it gave one, else one the library made). */
  server: Server;
  /** Closes the server (and every open connection), then releases the handle's resources. */
  close(): Promise<void>;
}

/** Starts `app` on 127.0.0.1 and an ephemeral port (a server already listening is used where it is). */
export async function startApp(appOrHandle: AppLike | AppHandle): Promise<StartedApp> {
  const handle: AppHandle = isHandle(appOrHandle) ? appOrHandle : { app: appOrHandle };
  const server = await listen(handle.app);
  const address = server.address() as AddressInfo;
  // A server given to us already listening on all interfaces is still reached over loopback.
  const host =
    address.family === 'IPv6'
      ? address.address === '::'
        ? '127.0.0.1'
        : `[${address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      try {
        await closeServer(server);
      } finally {
        if (handle.close) await handle.close();
      }
    })());
  return { baseUrl: `http://${host}:${address.port}`, server, close, [Symbol.asyncDispose]: close };
}

function isHandle(value: AppLike | AppHandle): value is AppHandle {
  return typeof value === 'object' && value !== null && 'app' in value && !('listen' in value);
}

async function listen(app: AppLike): Promise<Server> {
  if (
    app instanceof Object &&
    'listening' in app &&
    typeof (app as Server).address === 'function'
  ) {
    const server = app as Server;
    if (server.listening) return server;
    return listenOn(server);
  }
  // Express and connect apps are request listeners too: a server of our own is simplest for them.
  if (typeof app === 'function') return listenOn(createServer(app));
  if (typeof (app as { callback?: unknown }).callback === 'function') {
    return listenOn(createServer((app as { callback(): RequestListener }).callback()));
  }
  if (typeof (app as { listen?: unknown }).listen === 'function') {
    const result = (app as { listen(port: number, host: string): unknown }).listen(0, '127.0.0.1');
    const server = result instanceof Promise ? await result : result;
    if (!(server instanceof Object) || typeof (server as Server).address !== 'function') {
      throw new TypeError(
        'The app\'s listen(0, "127.0.0.1") did not return an http.Server; return the server, a request listener or an http.Server from createApp.',
      );
    }
    if (!(server as Server).listening)
      await new Promise<void>((resolve, reject) =>
        (server as Server).once('listening', resolve).once('error', reject),
      );
    return server as Server;
  }
  throw new TypeError(
    'createApp must return an http.Server, a request listener, an app with listen() or callback(), or { app, close }.',
  );
}

function listenOn(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps connections alive; without this, close() would wait for them to time out.
    server.closeAllConnections();
  });
}
