import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { InitRefusedError, initCommand, runInit, scanService } from '../src/init/init.js';
import { makeTempDir, REPO_ROOT } from './support/paths.js';

/**
 * `verify-migration init` on real folders: what it finds, what it writes, and that it never
 * overwrites a file. The starter suites it writes are run in a real service by
 * install-e2e.test.ts.
 */

/** A service folder (a git repository) with `files` written in it. */
function serviceWith(files: Record<string, string>): string {
  const root = makeTempDir('init');
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const MANIFEST = JSON.stringify({
  name: '@acme/orders',
  dependencies: { typeorm: '^1.1.1', express: '^5.0.0' },
  devDependencies: { mocha: '^12.0.0' },
});

describe('init: a first verification for the service in the current folder', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('finds the migrations, the DataSource and the HTTP app, and what to install', () => {
    // Arrange
    const root = serviceWith({
      'package.json': MANIFEST,
      'src/database/migrations/1700000000001-AddTotal.ts': 'export class AddTotal1700000000001 {}',
      'src/database/migrations/1700000000000-CreateOrders.ts': 'export class CreateOrders {}',
      'src/database/migrations/index.ts': "export * from './1700000000000-CreateOrders.js';",
      'src/database/data-source.ts':
        'export const AppDataSource = new DataSource({ type: "postgres" });',
      'src/http/app.ts': "import express from 'express';\nexport const app = express();",
      'node_modules/x/migrations/1-X.js': 'ignored',
    });
    made.push(root);

    // Act
    const scan = scanService(root);

    // Assert
    assert.equal(scan.service, 'orders');
    assert.equal(scan.migrationsDir, 'src/database/migrations');
    assert.deepEqual(scan.migrations, [
      'src/database/migrations/1700000000000-CreateOrders.ts',
      'src/database/migrations/1700000000001-AddTotal.ts',
    ]);
    assert.equal(scan.dataSourceFile, 'src/database/data-source.ts');
    assert.equal(scan.httpAppFile, 'src/http/app.ts');
    assert.deepEqual(scan.missingPackages, [
      'verify-migration',
      'better-sqlite3',
      'tsx',
      '@types/mocha',
    ]);
    assert.equal(scan.repositoryRoot, root);
  });

  it('writes a database starter suite, the workflow and .mocharc.json, and says what to run', () => {
    // Arrange
    const root = serviceWith({
      'package.json': MANIFEST,
      'src/migrations/1700000000000-CreateOrders.ts': 'export class CreateOrders {}',
    });
    made.push(root);

    // Act
    const lines = runInit(root);

    // Assert
    const suite = readFileSync(join(root, 'test/migration/database.spec.ts'), 'utf8');
    assert.match(suite, /describeDatabaseMigration\(\s*'orders database'/);
    assert.match(suite, /join\(process\.cwd\(\), 'src\/migrations'\)/);
    assert.match(suite, /verifyInPlaceMigration\(/);
    const workflow = readFileSync(join(root, '.github/workflows/verify-migration.yml'), 'utf8');
    assert.match(workflow, /uses: <owner>\/verify-migration@v1\n\s+with:\n\s+service: orders\n/);
    assert.match(workflow, /if: needs\.verify\.outputs\.passed == 'true'/);
    assert.deepEqual(JSON.parse(readFileSync(join(root, '.mocharc.json'), 'utf8')), {
      'node-option': ['import=tsx'],
      timeout: 60000,
    });
    assert.ok(lines.includes('  npx verify-migration --service orders'), lines.join('\n'));
    assert.ok(
      lines.some((line) =>
        line.includes('npm install --save-dev github:<owner>/verify-migration#v1'),
      ),
      lines.join('\n'),
    );
  });

  it('adds a migrations-mode job on the DataSource it finds, and gates the deploy on both jobs', () => {
    // Arrange
    const root = serviceWith({
      'package.json': MANIFEST,
      'src/migrations/1700000000000-CreateOrders.ts': 'export class CreateOrders {}',
      'src/data-source.ts': 'export default new DataSource({ type: "better-sqlite3" });',
    });
    made.push(root);

    // Act
    runInit(root);

    // Assert
    const workflow = readFileSync(join(root, '.github/workflows/verify-migration.yml'), 'utf8');
    assert.match(workflow, /fetch-depth: 0/);
    assert.match(workflow, /mode: migrations\n\s+data-source: src\/data-source\.ts\n/);
    assert.match(workflow, /artifact-name: orders-migrations-report/);
    assert.match(workflow, /needs: \[verify, migrations\]/);
    assert.match(
      workflow,
      /if: needs\.verify\.outputs\.passed == 'true' && needs\.migrations\.outputs\.passed == 'true'/,
    );
    // actionlint checks the repository's action.yml beside the workflows: give it ours.
    cpSync(join(REPO_ROOT, 'action.yml'), join(root, 'action.yml'));
    cpSync(join(REPO_ROOT, 'dist', 'index.js'), join(root, 'dist', 'index.js'));
    const lint = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'actionlint.mjs'), root], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(lint.status, 0, `${lint.stdout}${lint.stderr}`);
    assert.match(lint.stdout, /workflows? and action\.yml, no problems/);
  });

  it('puts the workflow at the repository root with the working directory when the service is below it', () => {
    // Arrange
    const root = serviceWith({ 'services/orders/package.json': MANIFEST });
    made.push(root);
    const service = join(root, 'services', 'orders');

    // Act
    runInit(service);

    // Assert
    const workflow = readFileSync(join(root, '.github/workflows/verify-migration.yml'), 'utf8');
    assert.match(workflow, /- run: npm ci\n\s+working-directory: services\/orders\n/);
    assert.match(workflow, /service: orders\n\s+working-directory: services\/orders\n/);
    assert.ok(
      existsSync(join(service, 'test/migration/functional.spec.ts')),
      'no migrations: a functional starter',
    );
  });

  it('writes nothing when a file it would write exists, naming it, and keeps a .mocharc of the service', () => {
    // Arrange
    const root = serviceWith({
      'package.json': MANIFEST,
      '.mocharc.yml': 'timeout: 1000\n',
      '.github/workflows/verify-migration.yml': 'name: mine\n',
    });
    made.push(root);

    // Act
    const code = initCommand([], root);
    let refused: unknown;
    try {
      runInit(root);
    } catch (error) {
      refused = error;
    }

    // Assert
    assert.equal(code, 1);
    assert.ok(refused instanceof InitRefusedError);
    assert.deepEqual(refused.existing, ['.github/workflows/verify-migration.yml']);
    assert.equal(
      readFileSync(join(root, '.github/workflows/verify-migration.yml'), 'utf8'),
      'name: mine\n',
    );
    assert.equal(existsSync(join(root, 'test')), false, 'no suite written');
    assert.deepEqual(readdirSync(root).sort(), ['.git', '.github', '.mocharc.yml', 'package.json']);
  });

  it('refuses a folder without package.json and a bad --service, naming what to do', () => {
    // Arrange
    const root = serviceWith({});
    made.push(root);

    // Act and Assert
    assert.throws(
      () => scanService(root),
      /no package\.json in .*; run it in the service's folder/,
    );
    assert.equal(initCommand(['--service', 'a b'], root), 2);
    assert.equal(initCommand(['--bogus'], root), 2);
    assert.deepEqual(readdirSync(root), ['.git']);
  });
});
