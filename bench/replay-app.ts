/**
 * The trivial app the replay benchmark replays against: three instances (old, old-twin, new) on
 * loopback in this child process, each an in-memory list with generated ids and timestamps (the
 * noise the replay learns). Prints `PORTS <old> <twin> <new>`.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

function app() {
  const items: { id: string; name: string; at: string }[] = [];
  return createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      let body: unknown;
      if (req.method === 'POST') {
        const item = {
          id: randomUUID(),
          name: (JSON.parse(raw) as { name: string }).name,
          at: new Date().toISOString(),
        };
        items.push(item);
        body = item;
      } else body = { count: items.length, items: items.slice(-5) };
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
}

const ports: number[] = [];
for (let i = 0; i < 3; i++) {
  const server = app();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ports.push((server.address() as AddressInfo).port);
}
process.stdout.write(`PORTS ${ports.join(' ')}\n`);
