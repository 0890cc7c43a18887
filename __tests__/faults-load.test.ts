import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoFalsePass, writeFiles } from './support/faults.js';
import { REPO_ROOT } from './support/paths.js';
import { runAction, type ActionRun } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 12, point 6: a spec file that does not load. It is one error in the JSON report and the
 * JUnit XML, named by its file (so `tests` and `errors` are not 0 and the counts add up); the real
 * cause (`Cannot find module ...`, `SyntaxError ... (line N)`) is in the annotation and the job
 * summary; the reasons are numbered apart; no `allow-empty` hint. The built action, Node 24,
 * under the bundled mocha and under the working directory's own.
 */

const GOOD_SPEC = "describe('@api tools', () => {\n  it('lists the tools', () => {});\n});\n";

/** What every load failure must show, for `file` failing with `cause` (and `line`, when known). */
function assertLoadFailure(
  run: ActionRun,
  workspace: string,
  file: string,
  cause: RegExp,
  line?: number,
): void {
  const escaped = file.replace(/[.]/g, '\\.');
  const report = assertNoFalsePass(run, {
    workspace,
    reason: new RegExp(`the spec file ${escaped} did not load, so mocha ran no test`),
  });
  assert.ok(report);
  assert.deepEqual(
    [report.overall.tests, report.overall.errors, report.overall.passed],
    [1, 1, 0],
    'one error: the file',
  );
  const [test] = report.tests;
  assert.equal(test.file, file);
  assert.equal(test.state, 'error');
  assert.match(test.message ?? '', cause);
  if (line !== undefined) assert.deepEqual(test.location, { file, line });

  const junit = readFileSync(join(workspace, 'verification-report.junit.xml'), 'utf8');
  assert.match(junit, /<testsuites[^>]* tests="1"[^>]* errors="1"/);
  assert.match(junit, new RegExp(`<testcase[^>]*file="${escaped}"[^>]*>\\s*<error`));

  // The cause, not only stack frames, where a reader looks first.
  const annotation = run.annotations.find((candidate) =>
    candidate.startsWith(`::error title=${file}`),
  );
  assert.ok(annotation, run.annotations.join('\n'));
  assert.match(annotation, cause);
  if (line !== undefined) assert.match(annotation, new RegExp(`file=${escaped},line=${line}::`));
  assert.match(run.summary, cause);

  // Reasons apart, and no hint that would cure nothing.
  const failed = run.stdout.split('\n').find((candidate) => candidate.startsWith('::error::'));
  assert.match(failed ?? '', /Migration verification failed: \(1\) .*; \(2\) .*; \(3\) /);
  assert.doesNotMatch(run.stdout + run.summary, /allow-empty/);
}

describe('fault matrix: spec files that do not load (built action, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  const workspaceWith = (files: Record<string, string>): string => {
    const workspace = workspaceFrom('faults-load', null);
    writeFiles(workspace, files);
    return workspace;
  };

  it("fault: an ES module spec importing a package that is not installed ('Cannot find package')", async () => {
    // Arrange
    const workspace = workspaceWith({
      'test/migration/a-good.spec.mjs': GOOD_SPEC,
      'test/migration/orders.spec.mjs': `import assert from 'node:assert/strict';\nimport { compareObjects } from 'verify-migration';\n${GOOD_SPEC}`,
    });

    // Act
    const run = await runAction(workspace);

    // Assert: the line is the one that names the package.
    assertLoadFailure(
      run,
      workspace,
      'test/migration/orders.spec.mjs',
      /Cannot find package 'verify-migration' imported from/,
      2,
    );
  });

  it("fault: a CommonJS spec requiring a module that is not installed ('Cannot find module')", async () => {
    // Arrange
    const workspace = workspaceWith({
      'test/migration/orders.spec.cjs': `const assert = require('node:assert');\nconst { compareObjects } = require('verify-migration');\n${GOOD_SPEC}`,
    });

    // Act
    const run = await runAction(workspace);

    // Assert
    assertLoadFailure(
      run,
      workspace,
      'test/migration/orders.spec.cjs',
      /Cannot find module 'verify-migration'/,
      2,
    );
  });

  it('fault: a spec with a syntax error, named with its line', async () => {
    // Arrange
    const workspace = workspaceWith({
      'test/migration/a-good.spec.mjs': GOOD_SPEC,
      'test/migration/orders.spec.mjs':
        "import assert from 'node:assert/strict';\n\ndescribe('@database orders', () => {\n  it('keeps rows', () => {\n    assert.ok(true;\n  });\n});\n",
    });

    // Act
    const run = await runAction(workspace);

    // Assert
    assertLoadFailure(
      run,
      workspace,
      'test/migration/orders.spec.mjs',
      /SyntaxError: missing \) after argument list \(line 5\)/,
      5,
    );
  });

  it("fault: a spec that throws while it loads, under the working directory's own mocha", async () => {
    // Arrange: the project's mocha CLI prints 'Exception during run:' and the error.
    const workspace = workspaceWith({
      'test/migration/orders.spec.mjs': `${GOOD_SPEC}\nthrow new TypeError('the fixtures folder is missing');\n`,
    });
    mkdirSync(join(workspace, 'node_modules'));
    symlinkSync(join(REPO_ROOT, 'node_modules', 'mocha'), join(workspace, 'node_modules', 'mocha'));

    // Act
    const run = await runAction(workspace);

    // Assert
    assert.match(run.stdout, /Using the working directory's mocha/);
    assertLoadFailure(
      run,
      workspace,
      'test/migration/orders.spec.mjs',
      /TypeError: the fixtures folder is missing/,
      5,
    );
  });
});
