import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * What the reporter adds to mocha's own view of a test, through the built action: a test's time
 * includes its `beforeEach` hooks (where the library makes each test's databases), and a failure
 * in a CommonJS spec, whose frames mocha shortens to paths relative to the working directory as
 * it does under tsx, is located in the report, the annotation and the progress line.
 */

const SETUP_SPEC = `const assert = require('node:assert/strict');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('@functional setup', () => {
  beforeEach(async () => {
    await sleep(400);
  });

  it('keeps the orders', () => {
    assert.equal(1, 1);
  });

  it('keeps the totals', () => {
    assert.equal(1 + 1, 3);
  });
});
`;
const FAILING_LINE = SETUP_SPEC.split('\n').findIndex((line) => line.includes('1 + 1, 3')) + 1;

describe('reporter: setup time and relative frames (built action, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFor = useFixtureWorkspaces();

  it("counts each test's beforeEach time in its duration, and locates a failure from a relative frame", async () => {
    // Arrange
    const workspace = workspaceFor('setup', null);
    mkdirSync(join(workspace, 'test', 'migration'), { recursive: true });
    writeFileSync(join(workspace, 'test', 'migration', 'setup.spec.cjs'), SETUP_SPEC);

    // Act
    const run = await runAction(workspace);
    const report = JSON.parse(readFileSync(join(workspace, 'verification-report.json'), 'utf8'));

    // Assert
    const [passing, failing] = report.tests as Array<{
      state: string;
      duration: number;
      location?: { file: string; line: number };
    }>;
    assert.equal(passing?.state, 'passed', run.stdout);
    assert.ok(
      passing.duration >= 0.39,
      `duration ${passing.duration} s leaves out the 0.4 s setup`,
    );
    assert.ok(failing!.duration >= 0.39, `duration ${failing!.duration} s leaves out the setup`);
    assert.ok(Number(run.outputs.time) >= 0.78, `time output ${run.outputs.time}`);
    assert.deepEqual(
      { file: failing!.location?.file, line: failing!.location?.line },
      { file: 'test/migration/setup.spec.cjs', line: FAILING_LINE },
    );
    assert.ok(
      run.annotations.some((line) =>
        line.includes(`file=test/migration/setup.spec.cjs,line=${FAILING_LINE},`),
      ),
      run.annotations.join('\n'),
    );
    assert.match(
      run.stdout,
      new RegExp(
        `✖ [^\\n]*keeps the totals: [\\s\\S]*?\\(test/migration/setup\\.spec\\.cjs:${FAILING_LINE}\\)`,
      ),
    );
  });
});
