import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ReportPathBusyError, ReportWriteError } from '../src/common/errors.js';
import { buildReport } from '../src/report/build.js';
import { lockReportPath, FOREIGN_LOCK_STALE_AFTER_MS } from '../src/report/lock.js';
import { checkReportFolder, writeReportFiles } from '../src/report/write.js';
import { mixed } from './__fixtures__/outcomes/index.js';
import { makeTempDir } from './support/paths.js';

/** A pid that is surely not running: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('lockReportPath: what sits at the lock path', () => {
  let dir: string;
  let reportPath: string;
  beforeEach(() => {
    dir = makeTempDir('lock');
    reportPath = join(dir, 'report', 'verification-report.json');
    mkdirSync(join(dir, 'report'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO at the lock path at once, naming it, and leaves it there', async () => {
    // Arrange: a plain read of a FIFO blocks until a writer comes, which never happens.
    execFileSync('mkfifo', [`${reportPath}.lock`]);
    const started = Date.now();

    // Act
    const act = lockReportPath(reportPath);

    // Assert
    await assert.rejects(act, (error: unknown) => {
      assert.ok(error instanceof ReportWriteError);
      assert.equal(error.file, `${reportPath}.lock`);
      assert.match(error.message, /the report's lock is a FIFO \(named pipe\), not a regular file/);
      return true;
    });
    assert.ok(Date.now() - started < 2_000, 'refused without waiting');
    assert.ok(existsSync(`${reportPath}.lock`), 'the FIFO is left as it is');
  });

  for (const [what, make, expected] of [
    ['a folder', (path: string) => mkdirSync(path), /a folder, not a regular file/],
    [
      'a symbolic link to a lock elsewhere',
      (path: string) => {
        writeFileSync(`${path}.elsewhere`, JSON.stringify({ pid: 1, host: 'x', since: 'y' }));
        symlinkSync(`${path}.elsewhere`, path);
      },
      /a symbolic link, not a regular file/,
    ],
  ] as const) {
    it(`refuses ${what} at the lock path`, async () => {
      // Arrange
      make(`${reportPath}.lock`);

      // Act
      const act = lockReportPath(reportPath);

      // Assert
      await assert.rejects(act, (error: unknown) => {
        assert.ok(error instanceof ReportWriteError);
        assert.match(error.message, expected);
        return true;
      });
    });
  }

  it("takes over another machine's lock older than the bound, and says so", async () => {
    // Arrange: a lock from a runner that was torn down years ago.
    const old = new Date('2021-03-04T05:06:07Z');
    writeFileSync(
      `${reportPath}.lock`,
      JSON.stringify({ pid: 4242, host: 'runner-gone', since: old.toISOString() }),
    );
    utimesSync(`${reportPath}.lock`, old, old);
    const told: string[] = [];

    // Act
    const lock = await lockReportPath(reportPath, { onTakeOver: (message) => told.push(message) });

    // Assert
    assert.equal(told.length, 1);
    assert.match(
      told[0],
      /^Took over the lock .*verification-report\.json\.lock: it was left \d+ days ago by process 4242 on runner-gone, since 2021-03-04T05:06:07\.000Z, another machine, and no run lasts longer than 24 hours$/,
    );
    const holder = JSON.parse(readFileSync(lock.path, 'utf8')) as { pid: number; host: string };
    assert.deepEqual([holder.pid, holder.host], [process.pid, hostname()]);
    await lock.release();
    assert.equal(existsSync(lock.path), false);
  });

  it("respects another machine's lock younger than the bound", async () => {
    // Arrange
    writeFileSync(
      `${reportPath}.lock`,
      JSON.stringify({ pid: 4242, host: 'runner-2', since: new Date().toISOString() }),
    );

    // Act
    const act = lockReportPath(reportPath);

    // Assert
    await assert.rejects(act, ReportPathBusyError);
  });

  it("is not fooled by a foreign lock whose 'since' is old but whose file was written just now", async () => {
    // Arrange: only both times together say the holder is gone.
    writeFileSync(
      `${reportPath}.lock`,
      JSON.stringify({ pid: 4242, host: 'runner-2', since: '2021-01-01T00:00:00Z' }),
    );

    // Act
    const act = lockReportPath(reportPath);

    // Assert
    await assert.rejects(act, ReportPathBusyError);
  });

  it("takes over this machine's lock whose process is gone, and says so", async () => {
    // Arrange
    const pid = deadPid();
    writeFileSync(
      `${reportPath}.lock`,
      JSON.stringify({ pid, host: hostname(), since: '2026-12-01T00:00:00.000Z' }),
    );
    const told: string[] = [];

    // Act
    const lock = await lockReportPath(reportPath, { onTakeOver: (message) => told.push(message) });

    // Assert
    assert.deepEqual(told, [
      `Took over the lock ${reportPath}.lock: it was left by process ${pid} on ${hostname()}, since 2026-12-01T00:00:00.000Z, which no longer runs`,
    ]);
    await lock.release();
  });

  it('takes over a lock of unreadable content after a second look, and says so', async () => {
    // Arrange
    writeFileSync(`${reportPath}.lock`, 'not json');
    const told: string[] = [];

    // Act
    const lock = await lockReportPath(reportPath, { onTakeOver: (message) => told.push(message) });

    // Assert
    assert.equal(told.length, 1);
    assert.match(told[0], /its content is not a lock's/);
    await lock.release();
  });

  it('does not remove, on release, a lock file it did not create', async () => {
    // Arrange: the folder is swapped after the lock was taken; the new folder holds another lock.
    const lock = await lockReportPath(reportPath);
    renameSync(join(dir, 'report'), join(dir, 'report-moved'));
    mkdirSync(join(dir, 'report'));
    writeFileSync(`${reportPath}.lock`, 'someone else');

    // Act
    await lock.release();

    // Assert
    assert.equal(readFileSync(`${reportPath}.lock`, 'utf8'), 'someone else');
  });

  it("takes over another machine's lock only once both its times are past the default bound", async () => {
    // Arrange: the same foreign lock, an hour short of the bound and then an hour past it.
    const hour = 3_600_000;
    const lockAged = (ms: number): void => {
      const at = new Date(Date.now() - ms);
      writeFileSync(
        `${reportPath}.lock`,
        JSON.stringify({ pid: 4242, host: 'runner-2', since: at.toISOString() }),
      );
      utimesSync(`${reportPath}.lock`, at, at);
    };

    // Act and assert
    lockAged(FOREIGN_LOCK_STALE_AFTER_MS - hour);
    await assert.rejects(lockReportPath(reportPath), ReportPathBusyError);
    lockAged(FOREIGN_LOCK_STALE_AFTER_MS + hour);
    const lock = await lockReportPath(reportPath);
    await lock.release();
    assert.ok(FOREIGN_LOCK_STALE_AFTER_MS >= 6 * hour, 'no job runs longer than six hours');
  });
});

describe('writeReportFiles: the report folder checked again when writing', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = makeTempDir('swap');
    outside = makeTempDir('swap-outside');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const report = () =>
    buildReport({
      settings: { service: 's', oldVersion: '1', newVersion: '2', allowEmpty: false },
      outcome: mixed(),
      run: { spec_files: [] },
    });

  it('refuses a report folder swapped for a link leading out, writing nothing outside', async () => {
    // Arrange: the folder was there when the run began, then replaced by a link.
    mkdirSync(join(dir, 'out', 'reports'), { recursive: true });
    renameSync(join(dir, 'out', 'reports'), join(dir, 'old-reports'));
    symlinkSync(outside, join(dir, 'out', 'reports'));
    const reportPath = join(dir, 'out', 'reports', 'verification-report.json');

    // Act
    const act = writeReportFiles(report(), reportPath, dir);

    // Assert
    await assert.rejects(act, (error: unknown) => {
      assert.ok(error instanceof ReportWriteError);
      assert.ok(error.report, 'the report goes with the error');
      assert.match(
        error.message,
        /leads through the symbolic link .*out\/reports to .* outside the workspace .*nothing is written through it/,
      );
      return true;
    });
    assert.deepEqual(readdirSync(outside), []);
  });

  it('refuses a parent folder swapped for a link leading out', async () => {
    // Arrange
    symlinkSync(outside, join(dir, 'out'));
    const reportPath = join(dir, 'out', 'reports', 'verification-report.json');

    // Act
    const act = checkReportFolder(reportPath, dir);

    // Assert
    await assert.rejects(act, /symbolic link .*\/out to /);
    assert.deepEqual(readdirSync(outside), []);
  });

  it('writes through a link that stays inside the workspace, and into folders not made yet', async () => {
    // Arrange
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));

    // Act
    await writeReportFiles(report(), join(dir, 'linked', 'verification-report.json'), dir);
    await writeReportFiles(report(), join(dir, 'new', 'deeper', 'verification-report.json'), dir);

    // Assert
    assert.ok(existsSync(join(dir, 'real', 'verification-report.json')));
    assert.ok(existsSync(join(dir, 'new', 'deeper', 'verification-report.junit.xml')));
  });
});
