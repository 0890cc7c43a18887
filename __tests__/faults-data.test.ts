import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { openAdminConnection, parseServerUrl } from '../src/library/database/admin.js';
import type { AdminConnection } from '../src/library/database/types.js';
import { makeThrowawayName, THROWAWAY_NAME_PATTERN } from '../src/library/database/throwaway.js';
import { DATABASE_URL_VARIABLES } from './support/databases.js';
import { killProcessTree } from '../src/run/process-tree.js';
import { stillRunning } from './support/faults.js';
import { makeTempDir, NODE24, REPO_ROOT } from './support/paths.js';
import { runBuiltAction } from './support/run-action.js';

/**
 * Issue 6, data safety on the real servers (PostgreSQL and MariaDB). Another client owns a
 * database on the same server and writes to it without pause, from its own connection, while
 * the built action runs `describeDatabaseMigration` suites there (a passing and a failing test),
 * and while a run is killed with SIGKILL in the middle of a test. Afterwards: every row the other
 * client was told was written is there, its seed rows and tables are as they were, none of our
 * throwaway databases is left, the run after the killed one swept its leftovers, and the sweep
 * spared every database that merely looks like ours and every one young enough to belong to a
 * run still going.
 */

/** The age limit the sweeping run is given: the killed run's leftovers are made older than this, the "concurrent" one stays younger. */
// Half an hour: longer than any test here keeps a throwaway database, so the sweep this file
// runs on the shared server never takes a database another test (or another checkout's run)
// is still using.
const STALE_AFTER_SECONDS = 1800;
/** How long ago the killed run's clock says it ran: well past STALE_AFTER_SECONDS. */
const KILLED_RUN_AGE_SECONDS = 2700;

/** The suites: one database suite with a passing and a failing test, and (with VM_HANG) a test that never ends. */
const DATABASE_SPEC = `import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { EntitySchema } from 'typeorm';
import { describeDatabaseMigration } from 'verify-migration';

const Tool = new EntitySchema({
  name: 'tool',
  columns: { id: { type: Number, primary: true, generated: true }, name: { type: String } },
});

describeDatabaseMigration('tools on a shared server', { entities: [Tool] }, (ctx) => {
  /** Writes down the names of this test's databases, so the test can look for them afterwards. */
  const record = () => appendFileSync(process.env.VM_NAMES_FILE, ctx.oldDatabase.name + '\\n' + ctx.newDatabase.name + '\\n');

  it('keeps every tool', async () => {
    record();
    for (const side of [ctx.old, ctx.new]) {
      await side.getRepository('tool').save(Array.from({ length: 50 }, (_, i) => ({ name: 'tool ' + i })));
    }
    assert.equal(await ctx.new.getRepository('tool').count(), await ctx.old.getRepository('tool').count());
  });

  it('fails on purpose', async () => {
    record();
    await ctx.old.getRepository('tool').save({ name: 'only in old' });
    assert.equal(await ctx.new.getRepository('tool').count(), 1, 'planted failure: the new database lost a tool');
  });

  if (process.env.VM_HANG) {
    it('hangs until it is killed', async function () {
      this.timeout(0);
      record();
      await ctx.old.getRepository('tool').save({ name: 'written before the kill' });
      writeFileSync(process.env.VM_HANG, String(process.pid));
      await new Promise(() => {});
    });
  }
});
`;

/** `url` with its path (the database) replaced. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Names that look like ours but are not (THROWAWAY_NAME_PATTERN refuses each): the sweep must spare them. */
const LOOK_ALIKES = [
  'vm_tmp_1000000000_4242_deadbee', // 7 hex digits
  'vm_tmp_1000000000_4242_deadbeef_', // empty label
  'vm_tmp_1000000000_4242_deadbeef_labeltoolong12345', // label of 17
  'vm_tmp_999999999_4242_deadbeef', // 9-digit time
  'vm_tmp_1000000000_4242_deadbeef_x_y', // two labels
  'vm_tmp_old_orders', // a person's name for a database
  'xvm_tmp_1000000000_4242_deadbeef', // another prefix
];

/** A database whose name is ours and says it was made in 2001: a leftover the sweep must drop. */
const ANCIENT_LEFTOVER = 'vm_tmp_1000000000_4242_deadbeef';

/** Lists the databases (schemas on MySQL) of the server. */
async function databaseNames(
  admin: AdminConnection,
  kind: 'postgres' | 'mysql',
): Promise<Set<string>> {
  const rows =
    kind === 'postgres'
      ? await admin.query('SELECT datname AS name FROM pg_database')
      : await admin.query('SELECT schema_name AS name FROM information_schema.schemata');
  return new Set(rows.map((row) => String(row.name ?? row.NAME ?? row.SCHEMA_NAME)));
}

/** The other client: its own database, a seeded table, and a loop of inserts from its own connection. */
class OtherClient {
  acknowledged = 0;
  private stopping = false;
  private loop?: Promise<void>;
  private connection?: AdminConnection;
  readonly database = `other_client_${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly admin: AdminConnection,
    private readonly serverUrl: string,
  ) {}

  async create(): Promise<void> {
    await this.admin.query(`CREATE DATABASE ${this.admin.quote(this.database)}`);
    this.connection = await openAdminConnection(
      parseServerUrl(withDatabase(this.serverUrl, this.database)),
    );
    const kind = parseServerUrl(this.serverUrl).kind;
    const id = kind === 'postgres' ? 'id SERIAL PRIMARY KEY' : 'id INT AUTO_INCREMENT PRIMARY KEY';
    await this.connection.query(
      `CREATE TABLE seed (id INT PRIMARY KEY, payload VARCHAR(64) NOT NULL)`,
    );
    await this.connection.query(`CREATE TABLE ledger (${id}, payload VARCHAR(64) NOT NULL)`);
    for (let i = 0; i < 100; i++) {
      await this.connection.query(`INSERT INTO seed (id, payload) VALUES (${i}, 'seed row ${i}')`);
    }
  }

  /** Inserts one row at a time, counting each the server acknowledged, until stopped. */
  start(): void {
    this.loop = (async () => {
      while (!this.stopping) {
        await this.connection!.query(
          `INSERT INTO ledger (payload) VALUES ('write ${this.acknowledged}')`,
        );
        this.acknowledged++;
        await sleep(5);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  async ledgerRows(): Promise<number> {
    const [row] = await this.connection!.query('SELECT COUNT(*) AS n FROM ledger');
    return Number(row.n ?? row.N);
  }

  /** The seed table's rows, in order, as one string. */
  async seedRows(): Promise<string> {
    const rows = await this.connection!.query('SELECT id, payload FROM seed ORDER BY id');
    return rows.map((row) => `${String(row.id)}=${String(row.payload)}`).join('\n');
  }

  /** Every column of its database's tables: table, name, type, nullability, default, in order. */
  async schema(): Promise<string[]> {
    const kind = parseServerUrl(this.serverUrl).kind;
    const where = kind === 'postgres' ? "table_schema = 'public'" : 'table_schema = DATABASE()';
    const rows = await this.connection!.query(
      'SELECT table_name AS t, column_name AS c, data_type AS d, is_nullable AS n, column_default AS f ' +
        `FROM information_schema.columns WHERE ${where} ORDER BY table_name, ordinal_position`,
    );
    return rows.map((row) =>
      ['t', 'c', 'd', 'n', 'f'].map((key) => String(row[key] ?? row[key.toUpperCase()])).join(' '),
    );
  }

  async drop(): Promise<void> {
    this.stopping = true;
    await this.loop?.catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
    await this.admin.query(`DROP DATABASE IF EXISTS ${this.admin.quote(this.database)}`);
  }
}

for (const kind of ['postgres', 'mysql'] as const) {
  const variable = DATABASE_URL_VARIABLES[kind];
  const serverUrl = process.env[variable]?.trim();

  const skipped = serverUrl ? '' : ` (skipped: set ${variable} to run these tests on ${kind})`;
  describe(`fault matrix: data safety on a shared ${kind} server (built action, Node 24)${skipped}`, function () {
    this.timeout(240_000);
    if (!serverUrl && process.env.VERIFY_MIGRATION_REQUIRE_ALL) {
      it(`fault: data safety on ${kind}`, () =>
        assert.fail(`${variable} is required here (VERIFY_MIGRATION_REQUIRE_ALL)`));
      return;
    }
    // Without the server the same cases are registered as pending (describe.skip's way), so each
    // counts as skipped; a pending suite runs none of its hooks, so the empty URL is never used.
    if (!serverUrl) this.pending = true;
    const url = serverUrl ?? '';

    let admin: AdminConnection;
    let other: OtherClient;
    let workspace: string;
    let seedBefore: string;
    let schemaBefore: string[];
    const made: string[] = [];
    /** Names of every throwaway database our runs made, as the suites wrote them down. */
    const namesFile = () => join(workspace, 'database-names.txt');
    const recordedNames = () =>
      existsSync(namesFile()) ? readFileSync(namesFile(), 'utf8').split('\n').filter(Boolean) : [];
    let killedRunNames: string[] = [];
    let young = '';

    before(async () => {
      admin = await openAdminConnection(parseServerUrl(url));
      workspace = makeTempDir(`data-${kind}`);
      mkdirSync(join(workspace, 'test', 'migration'), { recursive: true });
      writeFileSync(join(workspace, 'test', 'migration', 'database.spec.mjs'), DATABASE_SPEC);
      other = new OtherClient(admin, url);
      await other.create();
      seedBefore = await other.seedRows();
      schemaBefore = await other.schema();
      for (const name of [...LOOK_ALIKES, ANCIENT_LEFTOVER]) {
        await admin.query(`CREATE DATABASE ${admin.quote(name)}`);
        made.push(name);
      }
      other.start();
    });

    after(async () => {
      await other?.drop().catch(() => undefined);
      for (const name of [...made, young, ...killedRunNames].filter(Boolean)) {
        await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)}`).catch(() => undefined);
      }
      await admin?.close();
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    /** Runs the built action on the suites with the library pointed at this server. */
    const runSuites = (env: Record<string, string> = {}) =>
      runBuiltAction({
        workspace,
        inputs: { service: 'tools', 'upload-artifact': 'false' },
        env: { VERIFY_MIGRATION_DATABASE_URL: url, VM_NAMES_FILE: namesFile(), ...env },
      });

    it('fault: a failing test on the server fails the gate and still drops both its databases', async () => {
      const run = await runSuites();

      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.outputs.status, 'failed');
      assert.notEqual(run.outputs.passed, 'true');
      assert.equal(run.outputs.tests, '2');
      assert.equal(run.outputs.failures, '1');
      assert.match(run.stdout, /planted failure: the new database lost a tool/);
      const names = recordedNames();
      assert.equal(names.length, 4, 'two tests, an old and a new database each');
      assert.ok(
        names.every((name) => THROWAWAY_NAME_PATTERN.test(name)),
        names.join(', '),
      );
      const present = await databaseNames(admin, kind);
      assert.deepEqual(
        names.filter((name) => present.has(name)),
        [],
        'no throwaway database is left',
      );
      assert.ok(other.acknowledged > 0, 'the other client kept writing during the run');
    });

    it('fault: a run killed with SIGKILL mid-test leaves its databases behind (it cannot drop them)', async () => {
      const marker = join(workspace, 'hang-started');
      const before = recordedNames().length;
      const child = spawn(
        NODE24,
        [join(REPO_ROOT, 'dist', 'cli.js'), '--service', 'tools', '--grep', 'hangs until'],
        {
          cwd: workspace,
          detached: true,
          stdio: 'ignore',
          env: {
            ...process.env,
            VERIFY_MIGRATION_DATABASE_URL: url,
            VM_NAMES_FILE: namesFile(),
            VM_HANG: marker,
            // The killed run happened an hour ago, as far as its names tell: see the next case.
            NODE_OPTIONS: `--import=${pathToFileURL(join(REPO_ROOT, '__tests__', 'support', 'clock-behind.mjs')).href}`,
            VM_TEST_CLOCK_BEHIND_SECONDS: String(KILLED_RUN_AGE_SECONDS),
          },
        },
      );
      const closed = new Promise((resolve) => child.once('close', resolve));
      try {
        for (let waited = 0; !existsSync(marker); waited += 100) {
          assert.ok(waited < 60_000, 'the hanging test started');
          await sleep(100);
        }
      } finally {
        // The whole tree, as a cancelled job dies: the CLI's group and the test process's own.
        killProcessTree(child.pid!);
        await closed;
      }
      assert.deepEqual(await stillRunning([Number(readFileSync(marker, 'utf8'))]), []);

      killedRunNames = recordedNames().slice(before);
      assert.equal(killedRunNames.length, 2);
      const present = await databaseNames(admin, kind);
      assert.deepEqual(
        killedRunNames.filter((name) => !present.has(name)),
        [],
        'the killed run left its two databases',
      );
    });

    it("fault: the next run sweeps the killed run's leftovers and an ancient one, sparing look-alikes and a concurrent run's young database", async () => {
      assert.equal(killedRunNames.length, 2, 'the killed run came first');
      const createdAt = Math.min(
        ...killedRunNames.map((name) => Number(THROWAWAY_NAME_PATTERN.exec(name)![1])),
      );
      // The killed run's clock was an hour behind, so its names are past the limit already
      // (no wait for them to age); then a database a concurrent run has just made.
      const age = Date.now() / 1000 - createdAt;
      assert.ok(
        age > KILLED_RUN_AGE_SECONDS - 600 && age > STALE_AFTER_SECONDS,
        `the killed run's names are ${age.toFixed(0)} s old`,
      );
      young = makeThrowawayName('concurrent');
      await admin.query(`CREATE DATABASE ${admin.quote(young)}`);

      const run = await runSuites({
        VERIFY_MIGRATION_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
      });

      assert.equal(run.exitCode, 1, 'the failing test still fails');
      assert.equal(run.outputs.tests, '2');
      const present = await databaseNames(admin, kind);
      assert.deepEqual(
        killedRunNames.filter((name) => present.has(name)),
        [],
        "the killed run's leftovers were swept",
      );
      assert.equal(present.has(ANCIENT_LEFTOVER), false, 'the leftover from 2001 was swept');
      assert.ok(present.has(young), "a concurrent run's young database was spared");
      for (const name of LOOK_ALIKES)
        assert.ok(present.has(name), `${name} only looks like ours and was spared`);
      assert.ok(present.has(other.database), "the other client's database is there");
      assert.match(
        readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
        new RegExp(`dropped \\d+ throwaway database\\(s\\) older than ${STALE_AFTER_SECONDS} s`),
      );
      const names = recordedNames();
      assert.deepEqual(
        names.filter((name) => present.has(name)),
        [],
        'none of our databases is left',
      );
    });

    it('fault: the other client lost nothing: every acknowledged write is there, its seed rows and schema (tables, columns, types, defaults) unchanged', async () => {
      await other.stop();

      assert.ok(
        other.acknowledged >= 10,
        `the other client wrote ${other.acknowledged} rows during the runs`,
      );
      assert.equal(await other.ledgerRows(), other.acknowledged);
      assert.equal(await other.seedRows(), seedBefore);
      assert.deepEqual(await other.schema(), schemaBefore);
      assert.deepEqual(
        [...new Set(schemaBefore.map((column) => column.split(' ')[0]))],
        ['ledger', 'seed'],
        'both tables were there to compare',
      );
    });
  });
}
