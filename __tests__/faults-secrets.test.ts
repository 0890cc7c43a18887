import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { killProcessTree } from '../src/run/process-tree.js';
import { stillRunning } from './support/faults.js';
import { makeTempDir, NODE24, REPO_ROOT } from './support/paths.js';
import { runBuiltAction } from './support/run-action.js';
import { runBuiltCli } from './support/run-cli.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 6, secrets: a database password (in a URL in the suites' environment), a secret-named
 * variable and the runner's own runtime token, each printed by the suites in every way a suite
 * can (console.log, console.error, a failure message, an error's stack, a test title, a failing
 * hook), must appear nowhere the action or the CLI writes: stdout, stderr, the step summary, the
 * annotations, GITHUB_OUTPUT, and every byte of every report file. Searched raw, URL-encoded and
 * (for the password) decoded.
 */

/** The password, with characters a URL must percent-encode. */
const PASSWORD = 's3cr3t-P@ss:w/rd+42';
/** The connection URL the suites get, password percent-encoded as a URL needs it. */
const DATABASE_URL = `postgres://app_user:${encodeURIComponent(PASSWORD)}@127.0.0.1:5432/orders`;
/** A secret that is not in a URL: a variable whose name says it is one. */
const API_TOKEN = 'tok_9f8e7d6c5b4a39281706';
/** What the runner gives every job: a credential for its services, never for the suites' output. */
const RUNTIME_TOKEN = 'eyJhbGciOiJub25lIn0.runtime-token-for-this-job.sig';

/** Every form in which a leak would be readable. */
const FORBIDDEN: Array<[string, string]> = [
  ['the password', PASSWORD],
  ['the password, URL-encoded', encodeURIComponent(PASSWORD)],
  ['the password, form-encoded', new URLSearchParams({ p: PASSWORD }).toString().slice(2)],
  ['the API token', API_TOKEN],
  ['the API token, URL-encoded', encodeURIComponent(`x${API_TOKEN}`).slice(1)],
  ['the runtime token', RUNTIME_TOKEN],
];

/** A suite that prints the secrets everywhere it can. */
const LEAKY_SPEC = `import assert from 'node:assert/strict';
const url = process.env.ORDERS_DATABASE_URL;
const token = process.env.ORDERS_API_TOKEN;
const runtime = process.env.ACTIONS_RUNTIME_TOKEN ?? 'no runtime token';
const password = decodeURIComponent(new URL(url).password);
console.log('connecting to', url, 'with', password, 'and', token, runtime);
console.error('stderr:', url, password, token, runtime);
process.stdout.write('raw write ' + password + '\\n');

describe('orders database @database', () => {
  it('connects to ' + url, () => {
    assert.equal(password, 'something else', 'could not log in to ' + url + ' as ' + password);
  });
  it('throws with the token ' + token, () => {
    throw new Error('request failed with ' + token + ' and ' + runtime + ' at ' + url);
  });
  it('prints and passes', () => {
    console.log(JSON.stringify({ url, password, token, runtime }));
  });
});

describe('orders api @api', () => {
  before(() => {
    throw new Error('hook could not reach ' + url + ' (' + password + ')');
  });
  it('is blocked by its hook', () => {});
});

describe('orders cleanup @functional', () => {
  afterEach(() => {
    throw new Error('cleanup failed for ' + password);
  });
  it('runs before a failing afterEach', () => {});
});
`;

/** Every file under `folder`, with its bytes. */
function filesUnder(folder: string): Array<[string, Buffer]> {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => [path, readFileSync(path)]);
}

/** Fails naming where and which secret appears in `text`. */
function assertNoSecret(where: string, bytes: Buffer | string): void {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  for (const [what, secret] of FORBIDDEN) {
    const at = buffer.indexOf(secret);
    assert.equal(
      at,
      -1,
      `${what} appears in ${where}: ...${buffer.subarray(Math.max(0, at - 60), at + secret.length + 20).toString()}...`,
    );
  }
}

describe('fault matrix: secrets never written (built action and CLI, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();

  /** A workspace holding only the leaky suite. */
  function leakyWorkspace(): string {
    const workspace = workspaceFrom('secrets', null);
    mkdirSync(join(workspace, 'test', 'migration'), { recursive: true });
    writeFileSync(join(workspace, 'test', 'migration', 'leaky.spec.mjs'), LEAKY_SPEC);
    return workspace;
  }

  const secretEnv = {
    ORDERS_DATABASE_URL: DATABASE_URL,
    VERIFY_MIGRATION_POSTGRES_URL: DATABASE_URL,
    ORDERS_API_TOKEN: API_TOKEN,
  };

  it('fault: secrets printed by the suites reach no log, summary, annotation, output or report file of the action', async () => {
    const workspace = leakyWorkspace();

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'orders', 'upload-artifact': 'false' },
      env: { ...secretEnv, ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN },
    });

    // The suites did run and print (the log says so, masked), and the gate failed on them.
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.status, 'failed');
    assert.notEqual(run.outputs.passed, 'true');
    assert.equal(run.outputs.failures, '1');
    assert.match(
      readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
      /connecting to postgres:\/\/app_user:\*\*\*@127\.0\.0\.1:5432\/orders with \*\*\*/,
    );
    // The runner is told to mask each secret (the command escapes `%` as `%25`, as the runner
    // unescapes it); those commands are the runner's, not the log's.
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), API_TOKEN, RUNTIME_TOKEN]) {
      assert.ok(
        run.stdout.includes(`::add-mask::${secret.replace(/%/g, '%25')}\n`),
        `the runner is asked to mask ${secret}`,
      );
    }
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');

    assertNoSecret('stdout', log);
    assertNoSecret('stderr', run.stderr);
    assertNoSecret('the step summary', run.summary);
    assertNoSecret('the annotations', run.annotations.join('\n'));
    assertNoSecret('GITHUB_OUTPUT', JSON.stringify(run.outputs));
    const written = filesUnder(workspace);
    assert.deepEqual(
      written
        .map(([path]) => path.slice(workspace.length + 1))
        .filter((path) => path.startsWith('verification-report'))
        .sort(),
      [
        'verification-report.json',
        'verification-report.junit.xml',
        'verification-report.log',
        'verification-report.md',
      ],
    );
    for (const [path, bytes] of written) assertNoSecret(path, bytes);
  });

  it('fault: secrets printed by the suites reach no output or report file of the CLI', async () => {
    const workspace = leakyWorkspace();

    const run = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(NODE24, [join(REPO_ROOT, 'dist', 'cli.js'), '--service', 'orders'], {
          cwd: workspace,
          env: { PATH: process.env.PATH, HOME: process.env.HOME, ...secretEnv },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.once('error', reject);
        child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      },
    );

    assert.equal(run.code, 1, run.stdout + run.stderr);
    assertNoSecret('stdout', run.stdout);
    assertNoSecret('stderr', run.stderr);
    for (const [path, bytes] of filesUnder(workspace)) assertNoSecret(path, bytes);
    assert.match(
      readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
      /could not log in to postgres:\/\/app_user:\*\*\*@/,
    );
  });

  /** A suite on a real server whose URL carries a password: it prints the library's connection options and fails with them. */
  const SERVER_SPEC = `import assert from 'node:assert/strict';
import { EntitySchema } from 'typeorm';
import { describeDatabaseMigration } from 'verify-migration';

const Tool = new EntitySchema({ name: 'tool', columns: { id: { type: Number, primary: true, generated: true } } });

describeDatabaseMigration('tools @database', { entities: [Tool] }, (ctx) => {
  it('prints its connection and fails with it', () => {
    console.log('options', ctx.oldDatabase.options, process.env.VERIFY_MIGRATION_DATABASE_URL);
    assert.deepEqual(ctx.new.options, {}, 'connected with ' + JSON.stringify(ctx.old.options));
  });
});
`;

  for (const [kind, variable] of [
    ['postgres', 'VERIFY_MIGRATION_POSTGRES_URL'],
    ['mysql', 'VERIFY_MIGRATION_MYSQL_URL'],
  ] as const) {
    it(`fault: a password in the ${kind} server URL, printed by a real database suite, is written nowhere`, async function () {
      const serverUrl = process.env[variable]?.trim();
      if (!serverUrl) {
        if (process.env.VERIFY_MIGRATION_REQUIRE_ALL)
          assert.fail(`${variable} is required here (VERIFY_MIGRATION_REQUIRE_ALL)`);
        return this.skip();
      }
      // PostgreSQL here trusts local connections, so the password is accepted and the suite
      // runs; MariaDB's root has none, so the connection is refused and the hook's error is
      // what carries the URL. Either way the password reaches the suites' output.
      const url = new URL(serverUrl);
      url.username = url.username || 'root';
      url.password = encodeURIComponent(PASSWORD);
      const workspace = makeTempDir(`secrets-${kind}`);
      try {
        mkdirSync(join(workspace, 'test', 'migration'), { recursive: true });
        writeFileSync(join(workspace, 'test', 'migration', 'server.spec.mjs'), SERVER_SPEC);

        const run = await runBuiltAction({
          workspace,
          inputs: { service: 'tools', 'upload-artifact': 'false' },
          env: { VERIFY_MIGRATION_DATABASE_URL: url.toString() },
        });

        assert.equal(run.exitCode, 1);
        assert.notEqual(run.outputs.passed, 'true');
        assert.equal(run.outputs.tests, '1');
        assert.equal(Number(run.outputs.failures) + Number(run.outputs.errors), 1);
        const log = run.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n');
        assertNoSecret('stdout', log);
        assertNoSecret('stderr', run.stderr);
        assertNoSecret('the step summary', run.summary);
        assertNoSecret('the annotations', run.annotations.join('\n'));
        for (const [path, bytes] of filesUnder(workspace)) assertNoSecret(path, bytes);
        const report = readFileSync(join(workspace, 'verification-report.json'), 'utf8');
        if (kind === 'postgres') {
          // The suite ran and printed the options, password and all: the log shows where it was.
          assert.match(
            readFileSync(join(workspace, 'verification-report.log'), 'utf8'),
            /password: '\*\*\*'/,
          );
          assert.match(report, /connected with .*\\"password\\":\\"\*\*\*\\"/);
        } else {
          assert.match(report, /Access denied for user/);
        }
      } finally {
        rmSync(workspace, { recursive: true, force: true });
      }
    });
  }

  /** A workspace whose test command gets a database URL as an argument, prints it and puts it in its JUnit failure. */
  function commandWorkspace(name: string): string {
    const workspace = workspaceFrom(name, null);
    writeFileSync(
      join(workspace, 'run-tests.mjs'),
      `import { mkdirSync, writeFileSync } from 'node:fs';
const url = process.argv[2];
console.log('testing against', url, decodeURIComponent(new URL(url).password));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/junit.xml', \`<testsuites><testsuite name="db" tests="1" failures="1"><testcase classname="db" name="connects to \${url}"><failure message="cannot log in to \${url}">\${url}</failure></testcase></testsuite></testsuites>\`);
`,
    );
    return workspace;
  }

  /** Every file the verification wrote in `workspace` (the command's own JUnit file and script are its own). */
  function writtenByUs(workspace: string): Array<[string, Buffer]> {
    return filesUnder(workspace).filter(
      ([path]) => !path.endsWith('run-tests.mjs') && !path.startsWith(join(workspace, 'reports')),
    );
  }

  it('fault: a password in a URL given in the command input is masked and written nowhere', async () => {
    const workspace = commandWorkspace('secrets-command');

    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'orders',
        'upload-artifact': 'false',
        command: `node run-tests.mjs ${DATABASE_URL}`,
        'junit-path': 'reports/*.xml',
      },
    });

    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.outputs.failures, '1');
    assert.ok(
      run.stdout.includes(`::add-mask::${encodeURIComponent(PASSWORD).replace(/%/g, '%25')}\n`),
      'the runner is asked to mask it',
    );
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    assertNoSecret('stdout', log);
    assertNoSecret('stderr', run.stderr);
    assertNoSecret('the step summary', run.summary);
    assertNoSecret('the annotations', run.annotations.join('\n'));
    assertNoSecret('GITHUB_OUTPUT', JSON.stringify(run.outputs));
    for (const [path, bytes] of writtenByUs(workspace)) assertNoSecret(path, bytes);
    assert.match(
      readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
      /cannot log in to postgres:\/\/app_user:\*\*\*@/,
    );
  });

  it('fault: a password in a URL given on the CLI command line is masked and written nowhere', async () => {
    const workspace = commandWorkspace('secrets-cli-command');
    const command = `node run-tests.mjs ${DATABASE_URL}`;

    // Nothing in the environment names the URL: only the CLI's own arguments carry it.
    const run = await runBuiltCli(
      ['--service', 'orders', '--command', command, '--junit-path', 'reports/*.xml'],
      workspace,
    );
    const refused = await runBuiltCli(
      ['--service', 'orders', '--command', command, '--junit-path', 'reports/*.xml', '--colour'],
      workspace,
    );

    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /testing against postgres:\/\/app_user:\*\*\*@127\.0\.0\.1:5432\/orders \*\*\*/,
    );
    assertNoSecret('stdout', run.stdout);
    assertNoSecret('stderr', run.stderr);
    for (const [path, bytes] of writtenByUs(workspace)) assertNoSecret(path, bytes);
    assert.match(
      readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
      /cannot log in to postgres:\/\/app_user:\*\*\*@/,
    );
    // A bad option is refused with the arguments quoted back: the password masked there too.
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--colour/);
    assertNoSecret('stderr of a refused command line', refused.stderr);
  });

  it('fault: a run killed (SIGKILL) after the suites printed a secret leaves no secret in the log on disk', async () => {
    const workspace = workspaceFrom('secrets-killed', null);
    mkdirSync(join(workspace, 'test', 'migration'), { recursive: true });
    const marker = join(workspace, 'printed');
    writeFileSync(
      join(workspace, 'test', 'migration', 'hang.spec.mjs'),
      `import { writeFileSync } from 'node:fs';
describe('orders @database', () => {
  it('prints the URL, then hangs', async function () {
    this.timeout(0);
    console.log('connecting to', process.env.ORDERS_DATABASE_URL, 'token', process.env.ORDERS_API_TOKEN);
    // Two writes, so that the secret is split over two chunks of the pipe.
    process.stdout.write('password: ${PASSWORD.slice(0, 6)}');
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.stdout.write('${PASSWORD.slice(6)} end\\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(${JSON.stringify(marker)}, String(process.pid));
    await new Promise(() => {});
  });
});
`,
    );
    const child = spawn(NODE24, [join(REPO_ROOT, 'dist', 'cli.js'), '--service', 'orders'], {
      cwd: workspace,
      detached: true,
      stdio: 'ignore',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...secretEnv },
    });
    const closed = new Promise((resolve) => child.once('close', resolve));
    try {
      for (let waited = 0; !existsSync(marker); waited += 100) {
        assert.ok(waited < 60_000, 'the suite printed its secrets');
        await sleep(100);
      }
      await sleep(300);
    } finally {
      // The whole tree, as a runner that kills the job does: the CLI's group and the test
      // process's own; no code of ours runs afterwards.
      killProcessTree(child.pid!);
      await closed;
    }
    assert.deepEqual(await stillRunning([Number(readFileSync(marker, 'utf8'))]), []);

    const log = readFileSync(join(workspace, 'verification-report.log'));
    assert.match(
      log.toString('utf8'),
      /connecting to postgres:\/\/app_user:\*\*\*@127\.0\.0\.1:5432\/orders token \*\*\*/,
    );
    assert.match(log.toString('utf8'), /password: \*\*\* end/);
    assertNoSecret('the log left by the killed run', log);
  });
});
