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

/**
 * The compiler's errors in each of `sources` (suite files that import the library), from one
 * program: the library's types are checked once for all of them, and each file's errors are
 * its own.
 */
function typeErrors(sources: Record<string, string>): Record<string, string[]> {
  const folder = makeTempDir('library-types');
  const files = Object.keys(sources).map((name) => {
    const file = join(folder, `${name}.ts`);
    writeFileSync(file, sources[name]);
    return file;
  });
  const program = ts.createProgram(files, {
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
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return Object.fromEntries(
    Object.keys(sources).map((name, index) => [
      name,
      diagnostics
        .filter((diagnostic) => diagnostic.file?.fileName === files[index])
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
    ]),
  );
}

const PRELUDE = `
import type { DataSource } from 'typeorm';
import { describeDatabaseMigration, type ServiceDataSource } from ${JSON.stringify(LIBRARY)};
/** A DataSource of another TypeORM (0.3, say), as the type checker sees one. */
interface OtherDataSource extends ServiceDataSource { readonly driver: { readonly sqlite: unknown } }
declare const other: OtherDataSource;
`;

const SUITES = {
  right: `${PRELUDE}
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
`,
  wrong: `${PRELUDE}
describeDatabaseMigration('own', { createDataSource: () => other }, (ctx) => {
  const dataSource: DataSource = ctx.old;
  void dataSource;
});
`,
};

describe('library types: describeDatabaseMigration', function () {
  this.timeout(60_000);
  let errors: Record<keyof typeof SUITES, string[]>;
  before('compile the suites (one program)', () => {
    errors = typeErrors(SUITES) as typeof errors;
  });

  it("gives TypeORM 1.x DataSources by default and the service's own type with createDataSource", () => {
    assert.deepEqual(errors.right, []);
  });

  it('does not let a suite treat the service’s DataSource as a TypeORM 1.x one', () => {
    assert.equal(errors.wrong.length, 1, errors.wrong.join('\n'));
    assert.match(
      errors.wrong[0],
      /Type 'OtherDataSource' is missing the following properties from type 'DataSource'/,
    );
  });
});
