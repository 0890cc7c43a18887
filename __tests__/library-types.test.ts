import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { makeTempDir, REPO_ROOT } from './support/paths.js';

/**
 * The types a suite author gets from describeDatabaseMigration: TypeORM 1.x DataSources by
 * default, the service's own DataSource type with createDataSource. Checked by compiling small
 * suites with the TypeScript compiler: the right uses compile, a wrong one does not.
 */

const LIBRARY = join(REPO_ROOT, 'src', 'library', 'index.js');

/** The compiler's errors for `source`, a suite file that imports the library. */
function typeErrors(source: string): string[] {
  const file = join(makeTempDir('library-types'), 'suite.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['mocha', 'node'],
    typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
    experimentalDecorators: true,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
}

const PRELUDE = `
import type { DataSource } from 'typeorm';
import { describeDatabaseMigration, type ServiceDataSource } from ${JSON.stringify(LIBRARY)};
/** A DataSource of another TypeORM (0.3, say), as the type checker sees one. */
interface OtherDataSource extends ServiceDataSource { readonly driver: { readonly sqlite: unknown } }
declare const other: OtherDataSource;
`;

describe('library types: describeDatabaseMigration', function () {
  this.timeout(60_000);

  it("gives TypeORM 1.x DataSources by default and the service's own type with createDataSource", () => {
    const errors = typeErrors(`${PRELUDE}
describeDatabaseMigration('default', { entities: [] }, (ctx) => {
  const dataSource: DataSource = ctx.old;
  void dataSource.getRepository;
});
describeDatabaseMigration('own', { createDataSource: () => other }, (ctx) => {
  const dataSource: OtherDataSource = ctx.new;
  void dataSource.driver.sqlite;
});
describeDatabaseMigration.skip('own, skipped', { createDataSource: async () => other }, (ctx) => {
  void ctx.old.driver;
});
`);

    assert.deepEqual(errors, []);
  });

  it('does not let a suite treat the service’s DataSource as a TypeORM 1.x one', () => {
    const errors = typeErrors(`${PRELUDE}
describeDatabaseMigration('own', { createDataSource: () => other }, (ctx) => {
  const dataSource: DataSource = ctx.old;
  void dataSource;
});
`);

    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0],
      /Type 'OtherDataSource' is missing the following properties from type 'DataSource'/,
    );
  });
});
