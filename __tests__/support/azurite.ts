import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE24, REPO_ROOT, makeTempDir } from './paths.js';

/**
 * A real Azurite blob service for tests, started in the testcontainers manner: `startAzurite()`
 * returns a started service; `stop()` is safe to call twice; the process is killed even when a
 * test forgets to stop it (on the test process's exit).
 */

/** Azurite's well-known development account (documented by Microsoft, not a secret). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';
/** The key of {@link AZURITE_ACCOUNT_NAME}. */
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Azurite's blob entry; it needs Node 22 or newer, hence {@link NODE24}. */
const AZURITE_BLOB_MAIN = join(
  REPO_ROOT,
  'node_modules',
  'azurite',
  'dist',
  'src',
  'blob',
  'main.js',
);

/** A started Azurite blob service. */
export interface StartedAzurite extends AsyncDisposable {
  /** `http://127.0.0.1:<port>/devstoreaccount1`: the account's blob endpoint (path style). */
  blobEndpoint: string;
  accountName: string;
  accountKey: string;
  /** What Azurite printed so far, for failure messages. */
  output(): string;
  /** Stops the process and removes its folder; safe to call more than once. */
  stop(): Promise<void>;
}

/** Options for {@link startAzurite}. */
export interface AzuriteOptions {
  /** How long to wait for Azurite to listen. */
  startTimeoutMs?: number;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts Azurite's blob service on a free loopback port, in memory (`--inMemoryPersistence`),
 * `--loose`, `--skipApiVersionCheck`, telemetry off, in its own temporary working folder.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<StartedAzurite> {
  const { startTimeoutMs = 30_000 } = options;
  const folder = makeTempDir('azurite');
  const args = [
    AZURITE_BLOB_MAIN,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '256',
    '--loose',
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--silent',
  ];
  const child = spawn(NODE24, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killer);
      }
      running.delete(child);
      rmSync(folder, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Azurite did not start within ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      const onData = () => {
        const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout.on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited before listening (code ${code}, signal ${signal})`));
      });
    });
    return {
      blobEndpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}`,
      accountName: AZURITE_ACCOUNT_NAME,
      accountKey: AZURITE_ACCOUNT_KEY,
      output: () => output,
      stop,
      [Symbol.asyncDispose]: stop,
    };
  } catch (error) {
    await stop();
    throw new Error(
      `Cannot start Azurite (${NODE24} ${args.join(' ')}): ${(error as Error).message}\n${output}`,
      { cause: error },
    );
  }
}
