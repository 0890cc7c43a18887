import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { assertNoFalsePass, writeFiles } from './support/faults.js';
import { runBuiltAction, type ActionRun } from './support/run-action.js';
import { runBuiltCli } from './support/run-cli.js';
import { readAsRunner, type ExecutedCommand } from './support/runner-commands.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 12, points 1, 2 and 4: what the action and the CLI print and write, against the runner.
 * Nothing the suites print (test titles, assertion messages, console.log, console.error) nor an
 * echoed input may be executed by the runner as a workflow command, read the way the runner
 * reads it (`support/runner-commands.ts`), while the action's own annotations, masks and groups
 * still work; a credential in a suite's own message (in no variable) is written nowhere; the job
 * summary stays under GitHub's 1 MiB and the annotations within the runner's ten per step.
 */

/** Every form of workflow command, each carrying the marker `PWNED` so that its execution shows. */
const COMMAND_FORMS = [
  '::warning::PWNED warning',
  '::error file=pwned.js,line=1::PWNED error',
  '::notice title=PWNED::PWNED notice',
  '::add-mask::PWNED',
  '::stop-commands::PWNEDTOKEN',
  '::set-output name=status::passed PWNED',
  '::set-env name=PWNED::1',
  '::save-state name=PWNED::1',
  '::group::PWNED group',
  '  ::debug::PWNED indented',
  '\u001f::warning::PWNED after a .NET space',
  '##[warning]PWNED v1 warning',
  '##[group]PWNED v1 group',
  'mid-line ##[error]PWNED v1 anywhere',
  '##[add-mask]PWNED',
];

/** A suite that prints every form at line starts and after `\r`, in every way a suite can. */
const HOSTILE_SPEC = `import assert from 'node:assert/strict';
const FORMS = ${JSON.stringify(COMMAND_FORMS)};
const everywhere = FORMS.flatMap((form) => [form, 'text\\r' + form, 'text\\r\\n' + form]).join('\\n');
console.log(everywhere);
console.error(everywhere);
process.stdout.write('a line without its end\\r' + FORMS[0]);

describe('hostile output @database', () => {
  FORMS.forEach((form, index) => {
    it('title ' + index + '\\r' + form, () => {
      console.log('inside the test\\r' + form);
      assert.fail('message\\n' + form + '\\r' + form + '\\r\\n' + form);
    });
  });
  it('passes with ' + FORMS[0] + ' in its title', () => {
    console.error(FORMS.join('\\r'));
  });
});
`;

/** A secret the action registers (a variable named like a token): its mask must still work. */
const API_TOKEN = 'tok_output_faults_4f3e2d1c';

/**
 * The executed commands that are the suites' own: any command carrying the marker, except the
 * action's error annotations, whose title and message quote the suites' text as data (the
 * suites' own error commands point at `pwned.js` or start their data with the marker).
 */
function hostileCommands(executed: ExecutedCommand[]): ExecutedCommand[] {
  return executed.filter((command) => {
    const marked =
      /PWNED/i.test(command.line) ||
      /PWNED/i.test(command.data) ||
      Object.values(command.properties).some((value) => /PWNED/i.test(value));
    if (!marked) return false;
    if (command.command !== 'error') return true;
    return command.properties.file === 'pwned.js' || /^PWNED/.test(command.data);
  });
}

/** Checks that the runner would execute no command of the suites in `stdout` and `stderr`, and is left resumed. */
function assertNothingHostileExecuted(run: { stdout: string; stderr: string }): ExecutedCommand[] {
  const context = `stdout:\n${run.stdout.slice(0, 20_000)}\nstderr:\n${run.stderr.slice(0, 5_000)}`;
  const stdout = readAsRunner(run.stdout);
  const stderr = readAsRunner(run.stderr);
  assert.deepEqual(hostileCommands(stdout.executed), [], context);
  assert.deepEqual(stderr.executed, [], `stderr executes nothing\n${context}`);
  assert.equal(stdout.stoppedBy, undefined, 'command processing is resumed at the end');
  // Every stop is ours: a random token, and resumed.
  const stops = stdout.executed.filter((command) => command.command === 'stop-commands');
  for (const stop of stops) assert.match(stop.data, /^[0-9a-f]{32}$/);
  assert.equal(
    stdout.executed.filter((command) => command.command === 'resume').length,
    stops.length,
  );
  return stdout.executed;
}

/** Every file under `folder`, with its bytes. */
function filesUnder(folder: string): Array<[string, Buffer]> {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => [path, readFileSync(path)]);
}

function reportOf(workspace: string): VerificationReport {
  return JSON.parse(
    readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
  ) as VerificationReport;
}

describe('fault matrix: output the runner reads, secrets by pattern, GitHub limits (built action and CLI, Node 24)', function () {
  this.timeout(150_000);
  const workspaceFrom = useFixtureWorkspaces();

  it('fault: workflow commands printed by the suites (titles, messages, stdout, stderr, after \\r) are executed by no runner, while the action’s own commands work', async () => {
    const workspace = workspaceFrom('output-commands', null);
    writeFiles(workspace, { 'test/migration/hostile.spec.mjs': HOSTILE_SPEC });

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'orders', 'upload-artifact': 'false' },
      env: { ORDERS_API_TOKEN: API_TOKEN },
    });

    assertNoFalsePass(run, { workspace, reason: /test\(s\) failed|failed/ });
    assert.equal(run.outputs.failures, String(COMMAND_FORMS.length));
    const executed = assertNothingHostileExecuted(run);
    // The suites' text reached the log (as text, inside the protection).
    assert.ok(run.stdout.split('\n').includes('::warning::PWNED warning'), 'the output is echoed');
    assert.ok(run.stdout.includes('::set-output name=status::passed PWNED'));
    // The action's own commands still work: the mask, the group, the annotations, the failure.
    const names = executed.map((command) => command.command);
    assert.ok(
      executed.some((command) => command.command === 'add-mask' && command.data === API_TOKEN),
      'the secret is masked',
    );
    assert.ok(names.includes('group') && names.includes('endgroup'), names.join(' '));
    const errors = executed.filter((command) => command.command === 'error');
    assert.ok(
      errors.some((error) => error.properties.file === 'test/migration/hostile.spec.mjs'),
      'a failing test is annotated at its file',
    );
    assert.ok(errors.length <= 10, `${errors.length} error annotations`);
    assert.ok(
      errors.some((error) => /Migration verification failed/.test(error.data)),
      'the step fails with its reason',
    );
    // A title or message carried in an annotation is data, unescaped whole by the runner.
    assert.ok(
      errors.some((error) => (error.properties.title ?? '').includes('::warning::PWNED warning')),
    );
  });

  it('fault: workflow commands in the spec and grep inputs, echoed by the action, are not executed', async () => {
    const workspace = workspaceFrom('output-inputs', null);
    writeFiles(workspace, {
      'test/migration/plain.spec.mjs': `describe('plain @api', () => { it('runs', () => {}); });\n`,
    });

    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'orders',
        'upload-artifact': 'false',
        spec: 'test/migration/*.spec.mjs\n##[warning]PWNED spec\n::warning::PWNED spec',
        grep: '##[warning]PWNED grep|::warning::PWNED grep',
      },
    });

    // The grep matches no test: the gate fails on an empty run, and says so.
    assertNoFalsePass(run, { workspace, reason: /no tests were collected/ });
    assert.ok(run.stdout.includes('##[warning]PWNED spec'), 'the spec input is echoed');
    assert.ok(run.stdout.includes('##[warning]PWNED grep'), 'the grep input is echoed');
    assertNothingHostileExecuted(run);
  });

  it('fault: workflow commands printed by the suites reach no runner through the CLI (stdout, stderr, its summary)', async () => {
    const workspace = workspaceFrom('output-cli', null);
    writeFiles(workspace, { 'test/migration/hostile.spec.mjs': HOSTILE_SPEC });

    // Piped, as a workflow step's `run:` reads it: not a terminal.
    const run = await runBuiltCli(['--service', 'orders'], workspace);

    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.ok(run.stdout.split('\n').includes('::warning::PWNED warning'), 'the output is echoed');
    assert.match(run.stdout, /^❌ Migration verification failed/m);
    assertNothingHostileExecuted(run);
  });

  /** The credential, in a suite's own text only: no variable names it. */
  const SECRET = 'Sup3rSecret';
  const SECRET_SPEC = `import assert from 'node:assert/strict';
const url = 'postgres://u:${SECRET}@h/db';
console.log('connecting to', url, 'with password=${SECRET}');
console.error('retrying ' + url + '?sslmode=require&password=${SECRET}');
console.log({ password: '${SECRET}' }, JSON.stringify({ password: '${SECRET}' }));

describe('orders @database', () => {
  it('connects to ' + url + ' with password=${SECRET}', () => {
    assert.equal(url, 'postgres://elsewhere', 'could not log in: ' + url + ' password=${SECRET}');
  });
  it('throws with the URL', () => {
    throw new Error('Server=h;User Id=u;Password=${SECRET};');
  });
});
`;

  /** Fails naming where the secret appears. */
  function assertNoSecret(where: string, text: string | Buffer): void {
    const at = text.indexOf(SECRET);
    assert.equal(
      at,
      -1,
      `the secret appears in ${where}: …${text.slice(Math.max(0, at - 80), at + 40).toString()}…`,
    );
  }

  it('fault: a password in a URL and a password= pair of a suite’s own message and title (no variable) is written nowhere by the action', async () => {
    const workspace = workspaceFrom('output-secret', null);
    writeFiles(workspace, { 'test/migration/secret.spec.mjs': SECRET_SPEC });

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'orders', 'upload-artifact': 'false' },
    });

    assertNoFalsePass(run, { workspace, reason: /failed/ });
    assertNoSecret('stdout', run.stdout);
    assertNoSecret('stderr', run.stderr);
    assertNoSecret('the step summary', run.summary);
    assertNoSecret('GITHUB_OUTPUT', JSON.stringify(run.outputs));
    const files = filesUnder(workspace).filter(([path]) => !path.endsWith('.spec.mjs'));
    assert.equal(files.length, 4, files.map(([path]) => path).join(', '));
    for (const [path, bytes] of files) assertNoSecret(path, bytes);
    // Masked, not dropped: the places where it was still say what they said.
    const report = reportOf(workspace);
    assert.ok(
      report.tests.some((test) =>
        test.full_title.includes('postgres://u:***@h/db with password=***'),
      ),
      'the title is kept, masked',
    );
    assert.match(JSON.stringify(report.tests), /Password=\*\*\*;/);
    assert.match(run.stdout, /connecting to postgres:\/\/u:\*\*\*@h\/db with password=\*\*\*/);
    assert.match(run.stdout, /password: '\*\*\*'/);
    assert.match(run.summary, /postgres:\/\/u:\\\*\\\*\\\*@h\/db/);
  });

  it('fault: a password in a URL and a password= pair of a suite’s own message and title is written nowhere by the CLI', async () => {
    const workspace = workspaceFrom('output-secret-cli', null);
    writeFiles(workspace, { 'test/migration/secret.spec.mjs': SECRET_SPEC });

    const run = await runBuiltCli(['--service', 'orders'], workspace);

    assert.equal(run.code, 1, run.stdout + run.stderr);
    assertNoSecret('stdout', run.stdout);
    assertNoSecret('stderr', run.stderr);
    for (const [path, bytes] of filesUnder(workspace).filter(
      ([path]) => !path.endsWith('.spec.mjs'),
    ))
      assertNoSecret(path, bytes);
    assert.match(run.stdout, /connecting to postgres:\/\/u:\*\*\*@h\/db/);
    assert.equal(reportOf(workspace).overall.failures + reportOf(workspace).overall.errors, 2);
  });

  /** 50 failures with long Japanese titles and messages over four files and three categories, and one test whose name is 1.2M characters. */
  function limitsWorkspace(): string {
    const workspace = workspaceFrom('output-limits', null);
    const japanese = 'データベース移行後に注文の合計金額と税額が旧版と一致すること';
    const spec = (category: string, prefix: string, count: number, extra = '') =>
      `import assert from 'node:assert/strict';
describe('${prefix} @${category}', () => {
  for (let i = 0; i < ${count}; i++) {
    it('${prefix} ' + i + ' ' + ${JSON.stringify(japanese)}.repeat(120), () => {
      assert.fail(${JSON.stringify(japanese)}.repeat(300) + ' ' + i);
    });
  }
${extra}});
`;
    writeFiles(workspace, {
      'test/migration/a-orders.spec.mjs': spec('database', 'orders', 20),
      'test/migration/b-api.spec.mjs': spec('api', 'api', 15),
      'test/migration/c-flow.spec.mjs': spec(
        'functional',
        'flow',
        10,
        `  it('x'.repeat(1_200_000), () => { assert.fail('a test with a 1.2M-character name'); });\n`,
      ),
      'test/migration/d-more.spec.mjs': spec('database', 'more', 5),
    });
    return workspace;
  }

  /** Annotations of `kind` the runner would execute in `run`. */
  function annotationsOf(run: ActionRun, kind: string): ExecutedCommand[] {
    return readAsRunner(run.stdout).executed.filter((command) => command.command === kind);
  }

  it('fault: 50 failures with long Japanese titles and a 1.2M-character test name keep the summary under 1 MiB, and the 10 annotations are chosen', async () => {
    const workspace = limitsWorkspace();

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'orders', 'upload-artifact': 'false' },
    });

    assertNoFalsePass(run, { workspace, reason: /failed/ });
    assert.equal(run.outputs.failures, '51');
    // The summary: under 1 MiB in bytes, saying what it left out and where the whole report is.
    const bytes = Buffer.byteLength(run.summary);
    assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
    assert.match(run.summary, /more characters in the report/);
    assert.match(
      run.summary,
      /… and \d+ more failing tests or hooks, not shown here .*: every one is in verification-report\.json in the workspace\./,
    );
    assert.ok(!run.summary.includes('x'.repeat(1000)), 'the huge name is cut');
    // The report holds everything.
    const report = reportOf(workspace);
    assert.ok(report.tests.some((test) => test.full_title.length > 1_200_000));
    // Annotations: within the runner's ten errors, the failure of the step included; the first
    // failure of every file and category among them, though d-more's come last in the run.
    const errors = annotationsOf(run, 'error');
    assert.ok(errors.length <= 10, `${errors.length} error annotations`);
    assert.ok(errors.some((error) => /Migration verification failed/.test(error.data)));
    const files = new Set(errors.map((error) => error.properties.file).filter(Boolean));
    assert.deepEqual(
      [...files].sort(),
      ['a-orders', 'b-api', 'c-flow', 'd-more'].map((name) => `test/migration/${name}.spec.mjs`),
    );
    assert.ok(
      errors.some(
        (error) =>
          error.properties.file === 'test/migration/d-more.spec.mjs' &&
          (error.properties.title ?? '').includes('more 0 '),
      ),
      'the first failure of d-more',
    );
    const annotated = errors.filter((error) => error.properties.file).length;
    const notices = annotationsOf(run, 'notice');
    assert.equal(notices.length, 1, JSON.stringify(notices));
    assert.match(
      notices[0].data,
      new RegExp(
        `51 tests or hooks failed and ${annotated} are annotated .*the report holds the other ${51 - annotated}, see the job summary and verification-report\\.json in the workspace`,
      ),
    );
    assert.equal(annotationsOf(run, 'warning').length, 0);
  });
});
