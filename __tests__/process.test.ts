import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../src/common/logger.js';
import { runLoggedProcess } from '../src/run/process.js';
import { isRunning, stillRunning } from './support/faults.js';
import { makeTempDir } from './support/paths.js';

/**
 * The run stage's process handling with real processes (node, sleep): the time limit kills the
 * whole tree, processes left behind are killed, a start error does not wait, the log is fresh.
 */

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: (_name, fn) => fn(),
  };
}

describe('run/process: runLoggedProcess', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('process');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A node script that starts `sleep 1000` children (one in a group of its own), writes their pids, then does `then`. */
  function scriptStartingSleepers(then: string): string {
    return (
      "const { spawn } = require('node:child_process');" +
      "const a = spawn('sleep', ['1000'], { stdio: 'ignore' });" +
      "const b = spawn('sleep', ['1001'], { stdio: 'ignore', detached: true });" +
      'a.unref(); b.unref();' +
      `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'pids.json'))}, JSON.stringify([a.pid, b.pid]));` +
      then
    );
  }

  it('kills the process and every process it started when the time limit is reached', async () => {
    const logger = recordingLogger();

    const result = await runLoggedProcess({
      command: process.execPath,
      args: ['-e', scriptStartingSleepers('setInterval(() => {}, 1000);')],
      cwd: dir,
      env: { PATH: process.env.PATH },
      logPath: join(dir, 'run.log'),
      logger,
      timeLimitSeconds: 1,
    });

    assert.equal(result.exitCode, null);
    assert.equal(
      result.stoppedBecause,
      'the time limit of 0.0166667 minutes (timeout-minutes) was reached',
    );
    assert.ok(result.duration >= 1 && result.duration < 8, `took ${result.duration} s`);
    const pids = JSON.parse(readFileSync(join(dir, 'pids.json'), 'utf8')) as number[];
    assert.deepEqual(await stillRunning(pids), []);
    assert.ok(
      logger.lines.some((line) =>
        /^error: Stopping the test process and every process it started: the time limit/.test(line),
      ),
    );
    assert.match(
      readFileSync(join(dir, 'run.log'), 'utf8'),
      /stopped: the time limit .*\nexit code: none \(killed\)\n$/,
    );
  });

  it('kills what a process that exited left running in its group, and says so', async () => {
    const logger = recordingLogger();

    const result = await runLoggedProcess({
      command: process.execPath,
      args: ['-e', scriptStartingSleepers('process.exit(0);')],
      cwd: dir,
      env: { PATH: process.env.PATH },
      logPath: join(dir, 'run.log'),
      logger,
    });

    assert.equal(result.exitCode, 0);
    assert.equal(result.stoppedBecause, undefined);
    const [inGroup, ownGroup] = JSON.parse(
      readFileSync(join(dir, 'pids.json'), 'utf8'),
    ) as number[];
    assert.deepEqual(await stillRunning([inGroup]), [], 'the child in the group is killed');
    assert.ok(
      logger.lines.includes(
        'verify-migration: killed 1 process(es) (sleep) that the test process left running after it exited',
      ),
      logger.lines.join('\n'),
    );
    // A child that left the group on purpose once its parent is gone cannot be told from anyone else's.
    if (isRunning(ownGroup)) process.kill(ownGroup, 'SIGKILL');
  });

  it('lets a helper that ends by itself just after the test process end in peace, and says nothing', async () => {
    const logger = recordingLogger();
    // As esbuild's service under tsx: a child in the group that ends 100 ms after its parent.
    const helper = 'setTimeout(() => {}, 100)';
    const script =
      "const { spawn } = require('node:child_process');" +
      `const c = spawn(process.execPath, ['-e', ${JSON.stringify(helper)}], { stdio: 'ignore' });` +
      `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'pids.json'))}, JSON.stringify([c.pid]));` +
      'c.unref(); process.exit(0);';

    const result = await runLoggedProcess({
      command: process.execPath,
      args: ['-e', script],
      cwd: dir,
      env: { PATH: process.env.PATH },
      logPath: join(dir, 'run.log'),
      logger,
    });

    assert.equal(result.exitCode, 0);
    const [helperPid] = JSON.parse(readFileSync(join(dir, 'pids.json'), 'utf8')) as number[];
    assert.deepEqual(await stillRunning([helperPid]), []);
    assert.equal(
      logger.lines.filter((line) => /left running/.test(line)).join('\n'),
      '',
      'no kill is reported',
    );
  });

  it('reports a program that cannot be started at once, and writes a fresh log', async () => {
    writeFileSync(join(dir, 'run.log'), 'an earlier run\n');
    const started = Date.now();

    const result = await runLoggedProcess({
      command: 'verify-migration-no-such-program',
      args: [],
      cwd: dir,
      env: { PATH: process.env.PATH },
      logPath: join(dir, 'run.log'),
      logger: recordingLogger(),
      timeLimitSeconds: 60,
    });

    assert.match(result.startError ?? '', /ENOENT/);
    assert.ok(Date.now() - started < 2_000, 'no wait for pipes that never opened');
    const log = readFileSync(join(dir, 'run.log'), 'utf8');
    assert.doesNotMatch(log, /an earlier run/);
    assert.match(log, /could not start verify-migration-no-such-program/);
  });

  it('ends lines where the runner does (a bare \\r too), across chunks, and decodes a character split over two', async () => {
    // Arrange: `\r` and `\n` of one `\r\n` in two writes, and `é` (2 bytes) split over two.
    const script =
      'const w = (s) => new Promise((r) => process.stdout.write(s, () => setTimeout(r, 50)));' +
      "(async () => { await w('a\\rb\\r'); await w('\\nc'); await w(Buffer.from([0xc3])); " +
      "await w(Buffer.from([0xa9, 0x0a])); await w('tail\\r'); })();";
    const logger = recordingLogger();

    // Act
    const result = await runLoggedProcess({
      command: process.execPath,
      args: ['-e', script],
      cwd: dir,
      env: { PATH: process.env.PATH },
      logPath: join(dir, 'run.log'),
      logger,
    });

    // Assert
    assert.equal(result.exitCode, 0);
    assert.deepEqual(logger.lines.slice(1), ['a', 'b', 'cé', 'tail']);
    assert.match(
      readFileSync(join(dir, 'run.log'), 'utf8'),
      /^\$ .*\na\nb\ncé\ntail\nexit code: 0\n$/,
    );
  });
});
