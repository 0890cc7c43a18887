import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globFiles, globPattern } from '../src/library/migrations/glob.js';
import { makeTempDir } from './support/paths.js';

/** The globs data sources name their migrations with, as TypeORM resolves them. */
describe('migrations check: migration file globs', () => {
  it('reads *, **, ? and {a,b} the way TypeORM users write them', () => {
    const cases: Array<[string, string, boolean]> = [
      ['*.ts', '1700-Init.ts', true],
      ['*.ts', 'sub/1700-Init.ts', false],
      ['**/*.ts', '1700-Init.ts', true],
      ['**/*.ts', 'a/b/1700-Init.ts', true],
      ['*{.ts,.js}', '1700-Init.js', true],
      ['*.{ts,js}', '1700-Init.mjs', false],
      ['17??-*.ts', '1700-Init.ts', true],
      ['a.b/*.ts', 'aXb/x.ts', false],
    ];
    for (const [pattern, path, matches] of cases)
      assert.equal(globPattern(pattern).test(path), matches, `${pattern} on ${path}`);
  });

  it("lists the files below the glob's fixed folder, relative or absolute, sorted, without node_modules", async () => {
    const root = makeTempDir('glob');
    for (const file of [
      'src/migrations/2-B.ts',
      'src/migrations/1-A.ts',
      'src/migrations/old/0-Z.ts',
      'src/migrations/1-A.d.ts',
      'src/migrations/node_modules/x.ts',
      'src/other/9-X.ts',
    ]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    assert.deepEqual(
      (await globFiles('src/migrations/*.ts', root)).map((file) => file.slice(root.length + 1)),
      ['src/migrations/1-A.d.ts', 'src/migrations/1-A.ts', 'src/migrations/2-B.ts'],
    );
    assert.deepEqual(
      (await globFiles(join(root, 'src/migrations/**/*.ts'), '/')).map((file) =>
        file.slice(root.length + 1),
      ),
      [
        'src/migrations/1-A.d.ts',
        'src/migrations/1-A.ts',
        'src/migrations/2-B.ts',
        'src/migrations/old/0-Z.ts',
      ],
    );
    assert.deepEqual(await globFiles('src/migrations/1-A.ts', root), [
      join(root, 'src/migrations/1-A.ts'),
    ]);
    assert.deepEqual(await globFiles('src/none/*.ts', root), []);
  });
});
