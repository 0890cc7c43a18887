/**
 * Replay throughput (issue 14): requests per second per old/new/old-twin triple through
 * `Replayer.step` (send to the three, learn noise and corresponding values, compare), against
 * bare `fetch` of the same requests to the same three servers (sent the same way, bodies read,
 * nothing compared), in the same run. The app (bench/replay-app.ts) runs in a child process so
 * that it does not share this event loop.
 *
 *   node --import tsx bench/replay.ts [requests=2000] [rounds=3]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Replayer, type RecordedRequest } from '../src/library/index.js';

const count = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 3);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(import.meta.dirname, 'replay-app.ts')],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const ports = await new Promise<number[]>((resolve) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /PORTS (\d+) (\d+) (\d+)/.exec(out);
    if (match) resolve([Number(match[1]), Number(match[2]), Number(match[3])]);
  });
});
const urls = ports.map((port) => `http://127.0.0.1:${port}`);

// One POST then three GETs, repeated: a write-heavy session with list reads.
const requests: RecordedRequest[] = Array.from({ length: count }, (_, index): RecordedRequest =>
  index % 4 === 0
    ? {
        index,
        line: index + 1,
        method: 'POST',
        path: '/items',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `item-${index}` }),
      }
    : { index, line: index + 1, method: 'GET', path: '/items', headers: {} },
);

async function bare(): Promise<number> {
  const start = performance.now();
  for (const request of requests) {
    await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url + request.path, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        JSON.parse(await response.text());
      }),
    );
  }
  return performance.now() - start;
}

async function replay(): Promise<{ ms: number; failures: number }> {
  const replayer = new Replayer({ old: urls[0]!, 'old-twin': urls[1]!, new: urls[2]! });
  let failures = 0;
  const start = performance.now();
  for (const request of requests)
    if ((await replayer.step(request)).differences.length > 0) failures++;
  return { ms: performance.now() - start, failures };
}

const rows: string[] = [];
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bareMs: number[] = [];
const replayMs: number[] = [];
await bare(); // warm-up: connections, JIT
for (let round = 1; round <= rounds; round++) {
  const b = await bare();
  const r = await replay();
  bareMs.push(b);
  replayMs.push(r.ms);
  rows.push(
    `| ${round} | ${(count / (b / 1000)).toFixed(0)} | ${(count / (r.ms / 1000)).toFixed(0)} | ${((b / r.ms) * 100).toFixed(0)}% | ${r.failures} |`,
  );
}
child.kill('SIGTERM');
console.log(
  `${count} requests (1 POST : 3 GET) per round, triples per second, node ${process.version}\n`,
);
console.log(
  '| round | bare fetch (triples/s) | Replayer.step (triples/s) | replay / bare | failures |',
);
console.log(
  '| ----- | ---------------------- | ------------------------- | ------------- | -------- |',
);
for (const row of rows) console.log(row);
console.log(
  `| median | ${(count / (median(bareMs) / 1000)).toFixed(0)} | ${(count / (median(replayMs) / 1000)).toFixed(0)} | ${((median(bareMs) / median(replayMs)) * 100).toFixed(0)}% | |`,
);
