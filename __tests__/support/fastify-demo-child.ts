/**
 * One fastify/demo instance, started as its src/server.ts starts it (the same Fastify options),
 * from the source folder in DEMO_SOURCE, on 127.0.0.1 and an ephemeral port; prints
 * `LISTENING <url>` and closes on SIGTERM. Its configuration comes from the environment, as the
 * service's own @fastify/env plugin reads it.
 *
 * Its clock can be set from the parent (an IPC message `{ clock: ms }`, answered with
 * `{ clockSet: ms }`): the service's timestamps are MariaDB's `CURRENT_TIMESTAMP` defaults, so
 * each database connection the service takes from its pool is first given that instant with
 * `SET timestamp`, the session clock MariaDB and MySQL provide for replaying binary logs.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface FastifyLike {
  knex: { client: KnexClientLike };
  register(plugin: unknown): unknown;
  ready(): Promise<unknown>;
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

interface MysqlConnectionLike {
  query(sql: string, values: unknown[], callback: (error: Error | null) => void): void;
}

interface KnexClientLike {
  acquireConnection(): Promise<MysqlConnectionLike>;
}

const source = process.env.DEMO_SOURCE;
if (!source) throw new Error('DEMO_SOURCE is not set');
// The service's own fastify, resolved from its folder (as its src/server.ts imports it).
const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
const { default: Fastify } = (await import(pathToFileURL(resolve('fastify')).href)) as {
  default: (options: object) => FastifyLike;
};
const { default: fp } = (await import(pathToFileURL(resolve('fastify-plugin')).href)) as {
  default: (plugin: unknown) => unknown;
};
const { default: serviceApp } = (await import(pathToFileURL(join(source, 'app.ts')).href)) as {
  default: unknown;
};
const app = Fastify({
  logger: false,
  ajv: { customOptions: { coerceTypes: 'array', removeAdditional: 'all' } },
});
app.register(fp(serviceApp));
await app.ready();
freezeClockOnAcquire(app.knex.client);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`LISTENING ${url}\n`);
process.on('message', (message: { clock?: unknown }) => {
  if (typeof message?.clock !== 'number') return;
  clock = message.clock;
  process.send?.({ clockSet: message.clock });
});
process.once('SIGTERM', () => {
  void app.close().finally(() => process.exit(0));
});

/** The instant the parent last set, in ms; undefined: the real clock. */
let clock: number | undefined;

function freezeClockOnAcquire(client: KnexClientLike): void {
  const acquire = client.acquireConnection.bind(client);
  const setOn = new WeakMap<MysqlConnectionLike, number | undefined>();
  client.acquireConnection = async () => {
    const connection = await acquire();
    const wanted = clock;
    if (!setOn.has(connection) || setOn.get(connection) !== wanted) {
      await new Promise<void>((resolve, reject) =>
        connection.query(
          wanted === undefined ? 'SET timestamp = DEFAULT' : 'SET timestamp = ?',
          wanted === undefined ? [] : [wanted / 1000],
          (error) => (error ? reject(error) : resolve()),
        ),
      );
      setOn.set(connection, wanted);
    }
    return connection;
  };
}
