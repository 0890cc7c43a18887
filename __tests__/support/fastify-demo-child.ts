/**
 * One fastify/demo instance, started as its src/server.ts starts it (the same Fastify options),
 * from the source folder in DEMO_SOURCE, on 127.0.0.1 and an ephemeral port; prints
 * `LISTENING <url>` and closes on SIGTERM. Its configuration comes from the environment, as the
 * service's own @fastify/env plugin reads it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface FastifyLike {
  register(plugin: unknown): unknown;
  ready(): Promise<unknown>;
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
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
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`LISTENING ${url}\n`);
process.once('SIGTERM', () => {
  void app.close().finally(() => process.exit(0));
});
