import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// @ts-expect-error: a plain .mjs script of the lint step, without type declarations
import { importGraph, importProblems } from '../scripts/import-graph.mjs';
import { makeTempDir, REPO_ROOT } from './support/paths.js';

type Problems = (graph: Map<string, string[]>) => string[];
const problemsOf = (root: string): string[] =>
  (importProblems as Problems)((importGraph as (root: string) => Map<string, string[]>)(root));

/** A tree of .ts files under a new temp folder: path -> source. */
function tree(files: Record<string, string>): string {
  const root = makeTempDir('imports');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import graph of src/ (issue "The house")', () => {
  it('has no cycle, no import back up the pipeline and nothing between the library and the action', () => {
    assert.deepEqual(problemsOf(join(REPO_ROOT, 'src')), []);
  });

  it('reads every kind of import: type-only, dynamic, re-exports and index folders', () => {
    const root = tree({
      'common/a.ts': "import type { B } from './b.js';\nexport const a = 1;\n",
      'common/b.ts': "export type B = 1;\nexport { c } from './c/index.js';\n",
      'common/c/index.ts': "export const c = () => import('../a.js');\n",
    });
    const graph = (importGraph as (root: string) => Map<string, string[]>)(root);
    assert.deepEqual(graph.get('common/a.ts'), ['common/b.ts']);
    assert.deepEqual(graph.get('common/b.ts'), ['common/c/index.ts']);
    assert.deepEqual(graph.get('common/c/index.ts'), ['common/a.ts']);
  });

  it('names each planted fault: a cycle, an arrow back up, the library and the action reaching each other', () => {
    const problems = problemsOf(
      tree({
        'common/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
        'common/b.ts': "import type { A } from './a.js';\nexport type B = A;\n",
        'plan/files.ts':
          "import { write } from '../report/write.js';\nexport const files = write;\n",
        'report/write.ts': 'export const write = 1;\n',
        'library/compare.ts': "export { run } from '../run/process.js';\n",
        'run/process.ts':
          "import { compare } from '../library/compare.js';\nexport const run = compare;\n",
        'mocha-reporter/reporter.ts': "import '../results/counting.js';\n",
        'results/counting.ts': "import { A } from '../common/a.js';\nexport const n: A | 1 = 1;\n",
        'index.ts': "import './run/process.js';\n",
      }),
    );
    assert.deepEqual(problems.sort(), [
      'import cycle: common/a.ts -> common/b.ts',
      'import cycle: library/compare.ts -> run/process.ts',
      'library/compare.ts imports run/process.ts: library/ may not import run/',
      'mocha-reporter/reporter.ts imports results/counting.ts: mocha-reporter/ may not import results/',
      'plan/files.ts imports report/write.ts: plan/ may not import report/',
      'run/process.ts imports library/compare.ts: run/ may not import library/',
    ]);
  });
});
