import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, makeTempDir } from './support/paths.js';

/**
 * `npm run lint` (and so CI) runs scripts/actionlint.mjs: actionlint on the workflows and the
 * metadata checks on action.yml. These tests run it on the repository and on a copy with planted
 * mistakes, so a linter that stopped finding anything would fail here.
 */

const SCRIPT = join(REPO_ROOT, 'scripts', 'actionlint.mjs');

function lint(root?: string) {
  const result = spawnSync(process.execPath, [SCRIPT, ...(root ? [root] : [])], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the repository's action.yml, its entry and its workflows in a temporary folder. */
function copyOfRepository(): string {
  const root = makeTempDir('actionlint');
  cpSync(join(REPO_ROOT, '.github'), join(root, '.github'), { recursive: true });
  cpSync(join(REPO_ROOT, 'action.yml'), join(root, 'action.yml'));
  cpSync(join(REPO_ROOT, 'dist', 'index.js'), join(root, 'dist', 'index.js'));
  return root;
}

describe('scripts/actionlint.mjs: the workflows and action.yml are linted', () => {
  it('finds no problem in the repository', () => {
    // Act
    const { status, output } = lint();

    // Assert
    assert.equal(status, 0, output);
    assert.match(output, /actionlint: 3 workflows and action\.yml, no problems/);
  });

  it('reports a bad expression in a workflow, a bad action.yml and an unknown input of uses: ./', () => {
    // Arrange
    const root = copyOfRepository();
    try {
      const ci = join(root, '.github', 'workflows', 'ci.yml');
      writeFileSync(
        ci,
        readFileSync(ci, 'utf8').replace('- run: npm ci', '- run: echo ${{ github.no_such }}'),
      );
      const action = join(root, 'action.yml');
      writeFileSync(
        action,
        readFileSync(action, 'utf8')
          .replace("main: 'dist/index.js'", "main: 'dist/missing.js'")
          .replace(/^outputs:/m, 'output:'),
      );
      const example = join(root, '.github', 'workflows', 'verify-migration.yml');
      writeFileSync(
        example,
        readFileSync(example, 'utf8').replace('retention-days: 7', 'retention-day: 7'),
      );

      // Act
      const { status, output } = lint(root);

      // Assert
      assert.equal(status, 1, output);
      assert.match(
        output,
        /\.github\/workflows\/ci\.yml:\d+:\d+ property "no_such" is not defined/,
      );
      assert.match(output, /action\.yml:\d+:1 unexpected key "output"/);
      assert.match(output, /action\.yml:\d+:1 runs\.main "dist\/missing\.js" does not exist/);
      assert.match(
        output,
        /verify-migration\.yml: job verify, step \d+: input "retention-day" is not defined in action\.yml/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
