import assert from 'node:assert/strict';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoFalsePass, writeFiles } from './support/faults.js';
import { readReport } from './support/published.js';
import { runAction, runBuiltAction, type ActionRun } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 12, point 3: the JUnit XML a `command` writes is read as a stream, only from inside the
 * workspace, with its declared counts held against its test cases, its character references
 * decoded, and hostile XML refused. Each case runs the built action under Node 24 with a command
 * (`node write.mjs`) that writes the XML during the run, so every file is fresh.
 */

/** A command script that writes `xml` to `path` (relative to the workspace) and exits with `code`. */
function writer(path: string, xml: string, code = 0): string {
  return (
    "import { mkdirSync, writeFileSync } from 'node:fs';\nimport { dirname } from 'node:path';\n" +
    `mkdirSync(dirname(${JSON.stringify(path)}), { recursive: true });\n` +
    `writeFileSync(${JSON.stringify(path)}, ${JSON.stringify(xml)});\nprocess.exit(${code});\n`
  );
}

const PASSING =
  '<testsuite name="orders" tests="3">' +
  '<testcase classname="TestOrdersDatabaseMigration" name="test_keeps_rows" time="0.1"/>' +
  '<testcase classname="TestOrdersDatabaseMigration" name="test_keeps_totals" time="0.1"/>' +
  '<testcase classname="TestOrdersApiMigration" name="test_answers" time="0.1"/>' +
  '</testsuite>';

/** Everything the run wrote that a reader sees: stdout, stderr, the summary and the report files. */
function everythingWritten(run: ActionRun, workspace: string): string {
  const files = readdirSync(workspace)
    .filter((name) => name.startsWith('verification-report'))
    .map((name) => readFileSync(join(workspace, name), 'utf8'));
  return [run.stdout, run.stderr, run.summary, ...files].join('\n');
}

describe('fault matrix: JUnit XML from a command (built action, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  const workspaceWith = (files: Record<string, string>): string => {
    const workspace = workspaceFrom('faults-junit', null);
    writeFiles(workspace, files);
    return workspace;
  };
  /** Folders outside every workspace. */
  const outsiders: string[] = [];
  after(() => outsiders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const outsideFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'vm-junit-outside-'));
    outsiders.push(folder);
    return folder;
  };

  it('fault: a junit-path through a symlinked folder leading out of the workspace is not read', async () => {
    // Arrange: a passing report written outside, reached through results/ -> outside.
    const outside = outsideFolder();
    const workspace = workspaceWith({
      'write.mjs': writer(join(outside, 'junit.xml'), PASSING),
    });
    symlinkSync(outside, join(workspace, 'results'));

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'results/*.xml',
    });

    // Assert
    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /results\/junit\.xml leads through a symbolic link to .*vm-junit-outside-.*junit\.xml, outside the workspace: it is not read/,
    });
    assert.equal(report?.overall.tests, 0, 'nothing of the outside file was counted');
  });

  it('fault: a junit-path file that is a symlink leading out of the workspace is not read', async () => {
    // Arrange
    const outside = outsideFolder();
    const workspace = workspaceWith({
      'write.mjs': writer(join(outside, 'junit.xml'), PASSING),
    });
    mkdirSync(join(workspace, 'results'));
    symlinkSync(join(outside, 'junit.xml'), join(workspace, 'results', 'junit.xml'));

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'results/*.xml',
    });

    // Assert
    const report = assertNoFalsePass(run, {
      workspace,
      reason: /results\/junit\.xml leads through a symbolic link to .*, outside the workspace/,
    });
    assert.equal(report?.overall.tests, 0);
  });

  it('fault: a junit-path that is a link to a FIFO is refused at once, not waited on', async () => {
    // Arrange: the command leaves a FIFO where the XML should be; reading it would wait forever.
    const workspace = workspaceWith({
      'write.mjs':
        "import { execFileSync } from 'node:child_process';\nimport { symlinkSync } from 'node:fs';\n" +
        "execFileSync('mkfifo', ['pipe']);\nsymlinkSync('pipe', 'junit.xml');\n",
    });

    // Act: the harness kills a run that outlives 30 s and fails the test.
    const run = await runBuiltAction({
      workspace,
      inputs: {
        service: 'tool-integration',
        'upload-artifact': 'false',
        command: 'node write.mjs',
        'junit-path': 'junit.xml',
      },
      timeoutMs: 30_000,
    });

    // Assert
    assertNoFalsePass(run, {
      workspace,
      reason: /Cannot use junit\.xml: it is a FIFO \(named pipe\), not a regular file/,
    });
  });

  it('fault: a suite declaring more tests than its test cases show fails the gate at exit 0, naming the file and both counts', async () => {
    // Arrange: the report of 1300 tests, cut down to its first three.
    const workspace = workspaceWith({
      'write.mjs': writer('results/junit.xml', PASSING.replace('tests="3"', 'tests="1300"')),
    });

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'results/*.xml',
    });

    // Assert
    const report = assertNoFalsePass(run, {
      workspace,
      reason:
        /results\/junit\.xml declares more than it holds: <testsuite name=\\?"orders\\?"> declares tests=\\?"1300\\?" but holds 3 <testcase> elements/,
    });
    assert.equal(report?.overall.passed, 3, 'the cases it does hold are counted');
  });

  it('fault: a suite declaring failures its test cases do not show fails the gate at exit 0', async () => {
    // Arrange: the failing cases were cut out, the counts left.
    const workspace = workspaceWith({
      'write.mjs': writer(
        'junit.xml',
        PASSING.replace('tests="3"', 'tests="3" failures="2" errors="1"'),
      ),
    });

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'junit.xml',
    });

    // Assert
    assertNoFalsePass(run, {
      workspace,
      reason:
        /junit\.xml declares more than it holds: .*declares failures=\\?"2\\?" but only 0 of its test cases failed or errored; .*declares errors=\\?"1\\?" but only 0/,
    });
  });

  it("fault: numeric character references (go-junit-report's &#34;, pytest's &#xA;) reach the report, summary and annotation decoded", async () => {
    // Arrange: one failing test; its message and text hold references as go and pytest write them.
    const xml =
      '<testsuite name="orders" tests="1" failures="1">' +
      '<testcase classname="orders" name="TestOrders/&#34;quoted&#34;">' +
      '<failure message="want &#34;enabled&#34;&#xA;got &#34;active&#34;">' +
      'orders_test.go:12: want &#34;enabled&#34;&#10;got &#x22;active&#x22;</failure>' +
      '</testcase></testsuite>';
    const workspace = workspaceWith({ 'write.mjs': writer('junit.xml', xml, 1) });

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'junit.xml',
    });

    // Assert
    const report = assertNoFalsePass(run, { workspace, reason: /1 test failed/ });
    const [test] = report?.tests ?? [];
    assert.equal(test.full_title, 'orders TestOrders/"quoted"');
    assert.equal(test.message, 'want "enabled"\ngot "active"');
    assert.equal(test.stack, 'orders_test.go:12: want "enabled"\ngot "active"');
    // Our own JUnit XML escapes a newline in an attribute as &#10;, as XML must: left out here.
    assert.doesNotMatch(
      [
        run.stdout,
        run.summary,
        readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
      ].join('\n'),
      /&#(34|x22|xA|10);/,
    );
    assert.match(run.summary, /want (&quot;|")enabled(&quot;|")/);
    assert.ok(
      run.annotations.some((line) => line.includes('want "enabled"%0Agot "active"')),
      run.annotations.join('\n'),
    );
  });

  const hostile: Array<[string, (secret: string) => string, RegExp]> = [
    [
      'an external entity reading a file outside the workspace (XXE)',
      (secret) =>
        `<?xml version="1.0"?><!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "file://${secret}">]>` +
        '<testsuite name="s" tests="1"><testcase name="&xxe;"/></testsuite>',
      /Cannot use junit\.xml: it declares a DOCTYPE with an internal subset .*entities are never expanded/,
    ],
    [
      'entity expansion (a billion laughs)',
      () =>
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
        `<!ENTITY lol1 "${'&lol;'.repeat(10)}"><!ENTITY lol2 "${'&lol1;'.repeat(10)}">` +
        `<!ENTITY lol3 "${'&lol2;'.repeat(10)}"><!ENTITY lol4 "${'&lol3;'.repeat(10)}">]>` +
        '<testsuite name="s" tests="1"><testcase name="&lol4;"/></testsuite>',
      /Cannot use junit\.xml: it declares a DOCTYPE with an internal subset/,
    ],
    [
      'elements nested 50,000 deep',
      () =>
        `<testsuite name="s">${'<testsuite name="d">'.repeat(50_000)}<testcase name="t"/>` +
        `${'</testsuite>'.repeat(50_001)}`,
      /Cannot use junit\.xml: its elements nest deeper than 256 levels/,
    ],
  ];
  for (const [what, xml, reason] of hostile) {
    it(`fault: ${what} in the JUnit XML is refused, and nothing of it is read`, async () => {
      // Arrange: a secret outside the workspace, which the XXE would read into a test name.
      const outside = outsideFolder();
      const secret = join(outside, 'secret.txt');
      writeFiles(outside, { 'secret.txt': 'SECRET-OUTSIDE-THE-WORKSPACE' });
      const workspace = workspaceWith({ 'write.mjs': writer('junit.xml', xml(secret)) });

      // Act
      const run = await runAction(workspace, {
        command: 'node write.mjs',
        'junit-path': 'junit.xml',
      });

      // Assert
      const report = assertNoFalsePass(run, { workspace, reason });
      assert.equal(report?.overall.tests, 0);
      const written = everythingWritten(run, workspace);
      assert.doesNotMatch(written, /SECRET-OUTSIDE-THE-WORKSPACE/);
      assert.doesNotMatch(written, /(lol){20}/);
      assert.ok(existsSync(secret), 'the secret is untouched');
    });
  }

  it('reads a JUnit file reached through a symlink that stays inside the workspace (the control case)', async () => {
    // Arrange
    const workspace = workspaceWith({ 'write.mjs': writer('real/junit.xml', PASSING) });
    mkdirSync(join(workspace, 'real'));
    symlinkSync(join(workspace, 'real'), join(workspace, 'results'));

    // Act
    const run = await runAction(workspace, {
      command: 'node write.mjs',
      'junit-path': 'results/*.xml',
    });

    // Assert
    assert.equal(run.outputs.status, 'passed', run.stdout);
    assert.equal(readReport(workspace).overall.passed, 3);
  });
});
