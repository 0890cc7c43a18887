/**
 * `verify-migration init`: a first verification for the service in the current folder, so that a
 * first run needs no reading. It looks at the service (package.json, its TypeORM migrations
 * folder, DataSource and HTTP app), writes a workflow, a starter suite and, when there is none, a
 * `.mocharc.json` that loads tsx, and says what to install and run. It never overwrites a file:
 * when one it would write exists it writes nothing and names them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** What `init` found in the service's folder. */
export interface ServiceScan {
  /** The service's name: package.json's `name` without its scope, or `--service`. */
  service: string;
  /** The folder of the migrations, relative to the service, with `/`; undefined when none. */
  migrationsDir?: string;
  /** The migration files in it, oldest first (TypeORM names them `<timestamp>-<Name>`). */
  migrations: string[];
  /** A file that makes a TypeORM `DataSource`, relative to the service. */
  dataSourceFile?: string;
  /** A file that makes an HTTP app (express, fastify, koa, hono or `http.createServer`). */
  httpAppFile?: string;
  /** The TypeORM version range package.json asks for, if any. */
  typeorm?: string;
  /** Packages the suites need that package.json does not list. */
  missingPackages: string[];
  /** Where the repository starts (the nearest folder with `.git`); the service's folder if none. */
  repositoryRoot: string;
}

/** A file `init` writes, relative to the service's folder (the workflow may lie above it). */
export interface PlannedFile {
  path: string;
  content: string;
}

/** `init` would overwrite files: nothing was written. */
export class InitRefusedError extends Error {
  override name = 'InitRefusedError';
  constructor(
    /** The files that exist, as given to the user. */
    readonly existing: string[],
  ) {
    super(
      `verify-migration init writes nothing, because these files exist and it never overwrites one: ` +
        `${existing.join(', ')}. Move or rename them and run it again.`,
    );
  }
}

/** Folders never searched: dependencies, builds, the repository's own metadata. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.git']);
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;

/** Source files under `folder` (relative to `root`, with `/`), at most `depth` folders deep. */
function sourceFiles(root: string, folder: string, depth: number): string[] {
  const here = join(root, folder);
  if (!existsSync(here) || !statSync(here).isDirectory()) return [];
  const found: string[] = [];
  for (const entry of readdirSync(here, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (depth > 0 && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.'))
        found.push(...sourceFiles(root, path, depth - 1));
    } else if (SOURCE_FILE.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/** Migration files: those named `<digits>...` (TypeORM's own naming) when there are any. */
function migrationFiles(root: string, folder: string): string[] {
  const files = sourceFiles(root, folder, 0).filter(
    (file) => !/(^|\/)index\.[cm]?[jt]s$/.test(file),
  );
  const timestamped = files.filter((file) => /^\d/.test(file.split('/').pop()!));
  return (timestamped.length > 0 ? timestamped : files).sort((a, b) =>
    a.split('/').pop()!.localeCompare(b.split('/').pop()!),
  );
}

/** The nearest folder from `start` upwards that holds `.git` (a folder, or a worktree's file). */
function repositoryRootOf(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return start;
  }
}

/**
 * Looks at the service in `cwd`: its name, migrations, DataSource, HTTP app and the packages the
 * suites need. Throws when `cwd` has no package.json (init must run in the service's folder).
 */
export function scanService(cwd: string, serviceName?: string): ServiceScan {
  const manifestPath = join(cwd, 'package.json');
  if (!existsSync(manifestPath))
    throw new Error(
      `verify-migration init: no package.json in ${cwd}; run it in the service's folder.`,
    );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const service =
    serviceName ?? (manifest.name ? manifest.name.replace(/^@[^/]+\//, '') : undefined);
  if (!service || !/^[\w.-]{1,100}$/.test(service))
    throw new Error(
      `verify-migration init: package.json's "name" ${JSON.stringify(manifest.name ?? '')} cannot name the service (letters, digits, '.', '_' or '-'); give it with --service NAME.`,
    );
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };

  const sources = ['src', 'app', 'lib', 'server', ''].flatMap((folder) =>
    sourceFiles(cwd, folder, folder === '' ? 0 : 5),
  );
  // The migrations folder: the first folder named migration(s) that holds migration files.
  const candidates = [
    ...new Set(
      sources
        .map((file) => file.split('/').slice(0, -1).join('/'))
        .filter((folder) => /(^|\/)migrations?$/.test(folder)),
    ),
  ];
  const migrationsDir = candidates.find((folder) => migrationFiles(cwd, folder).length > 0);
  const read = (file: string) => readFileSync(join(cwd, file), 'utf8');
  const outsideMigrations = sources.filter(
    (file) => !migrationsDir || !file.startsWith(`${migrationsDir}/`),
  );
  const dataSourceFile = outsideMigrations.find((file) => /new\s+DataSource\s*\(/.test(read(file)));
  const httpAppFile = outsideMigrations.find((file) =>
    /from\s+['"](express|fastify|koa|hono)['"]|require\(\s*['"](express|fastify|koa|hono)['"]\s*\)|\bcreateServer\s*\(/.test(
      read(file),
    ),
  );

  const needed = ['verify-migration', 'typeorm', 'better-sqlite3', 'mocha', 'tsx', '@types/mocha'];
  return {
    service,
    migrationsDir,
    migrations: migrationsDir ? migrationFiles(cwd, migrationsDir) : [],
    dataSourceFile,
    httpAppFile,
    typeorm: declared.typeorm,
    missingPackages: needed.filter((name) => !(name in declared)),
    repositoryRoot: repositoryRootOf(resolve(cwd)),
  };
}

/** A string as a TypeScript single-quoted literal. */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The starter database suite: the newest migration is the one under test. */
function databaseSuite(scan: ServiceScan): string {
  const dir = scan.migrationsDir!;
  const typeorm03 = scan.typeorm !== undefined && /^[\^~]?0\./.test(scan.typeorm);
  return `// Written by \`verify-migration init\`: a first database migration check for ${scan.service}.
// Run it with \`npx verify-migration --service ${scan.service}\`; then make it yours (README.md of
// verify-migration, "Getting started").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeDatabaseMigration, verifyInPlaceMigration } from 'verify-migration';

/** The migration files of ${dir}, oldest first (the test process runs in the service's folder). */
const migrations = readdirSync(join(process.cwd(), ${quoted(dir)}))
  .filter((name) => /^\\d.*\\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
  .sort()
  .map((name) => join(process.cwd(), ${quoted(dir)}, name));

// The version in production has every migration but the newest; the new version adds it. When a
// release brings several, list each version's migrations here instead.
const oldMigrations = migrations.slice(0, -1);
const newMigrations = migrations;
${
  typeorm03
    ? `
// package.json asks for TypeORM ${scan.typeorm}: the library runs these migrations with its own
// TypeORM 1.x. If they need the service's own, hand over its DataSources with createDataSource
// (README.md, "Database migrations").
`
    : ''
}${
    scan.dataSourceFile
      ? `
// The service's DataSource is made in ${scan.dataSourceFile}. These tests make their own, on a
// throwaway SQLite file by default; set VERIFY_MIGRATION_DATABASE_URL (postgres://..., mysql://...)
// to run them on the engine the service uses in production.
`
      : ''
  }
describeDatabaseMigration(
  ${quoted(`${scan.service} database`)},
  { oldMigrations, newMigrations },
  (ctx) => {
    it('runs the newest migration on the old schema and rolls it back exactly', async () => {
      await verifyInPlaceMigration({
        oldMigrations,
        newMigrations,
        // Write here, with dataSource.query or a repository, the rows production holds before
        // the migration: they are compared after it and after its rollback.
        seed: async () => {},
        // The newest migration's changes, table by table: a column it renames, adds or drops
        // fails this test, naming it, until it is declared here, e.g.
        // { user: { renamedColumns: { mail: 'email' }, addedColumns: ['nickname'], ignoreColumns: ['legacy'] } }
        forward: {},
        oldVersion: ctx.oldVersion,
        newVersion: ctx.newVersion,
      });
    });
  },
);
`;
}

/** The starter API suite, when an HTTP app was found and no migrations were. */
function apiHint(scan: ServiceScan): string {
  return scan.httpAppFile
    ? `
// An HTTP app is made in ${scan.httpAppFile}: compare its responses from each version with
// describeApiMigration and expectSameApiResponse (README.md, "API migrations").
`
    : '';
}

/** A functional starter when there are no migrations: it names what to compare. */
function functionalSuite(scan: ServiceScan): string {
  return `// Written by \`verify-migration init\`: no TypeORM migrations were found in ${scan.service}, so
// this starter compares a value each version computes. Replace it with the service's behaviour
// (README.md of verify-migration, "The suite library").
import { describeFunctionalMigration, expectSameObjects } from 'verify-migration';
${apiHint(scan)}
describeFunctionalMigration(
  ${quoted(`${scan.service} behaviour`)},
  { createService: (version: string) => ({ version, describe: () => ({ service: ${quoted(scan.service)} }) }) },
  (ctx) => {
    it('describes itself the same way in both versions', () => {
      expectSameObjects(ctx.oldService.describe(), ctx.newService.describe());
    });
  },
);
`;
}

/**
 * The workflow, in the repository's `.github/workflows`, gating a deploy job on the result: the
 * suites, and, when a DataSource module was found, the migrations mode on it (no suite needed).
 */
function workflow(scan: ServiceScan, cwd: string, spec: string): string {
  const workingDirectory = relative(scan.repositoryRoot, resolve(cwd)).split(sep).join('/');
  const inDirectory =
    workingDirectory === '' ? '' : `\n        working-directory: ${workingDirectory}`;
  const withDirectory =
    workingDirectory === '' ? '' : `\n          working-directory: ${workingDirectory}`;
  const migrations = scan.dataSourceFile
    ? `
  migrations:
    runs-on: ubuntu-latest
    outputs:
      passed: \${{ steps.migrations.outputs.passed }}
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the old version's migrations are read from git history
      - uses: actions/setup-node@v5
        with: { node-version: 24 }
      - run: npm ci${inDirectory}
      - id: migrations
        uses: <owner>/verify-migration@v1
        with:
          service: ${scan.service}
          mode: migrations
          data-source: ${scan.dataSourceFile}
          artifact-name: ${scan.service}-migrations-report${withDirectory}`
    : '';
  const needs = scan.dataSourceFile ? '[verify, migrations]' : 'verify';
  const gate = scan.dataSourceFile
    ? "needs.verify.outputs.passed == 'true' && needs.migrations.outputs.passed == 'true'"
    : "needs.verify.outputs.passed == 'true'";
  return `# Written by \`verify-migration init\`: verify ${scan.service}'s migration, and deploy only when it holds.
name: Verify migration (${scan.service})
on: [push, pull_request]
permissions:
  contents: read
jobs:
  verify:
    runs-on: ubuntu-latest
    outputs:
      passed: \${{ steps.verify.outputs.passed }}
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with: { node-version: 24 }
      - run: npm ci${inDirectory}
      - id: verify
        uses: <owner>/verify-migration@v1
        with:
          service: ${scan.service}${withDirectory}
          spec: ${spec}${migrations}
  deploy:
    needs: ${needs}
    if: ${gate}
    runs-on: ubuntu-latest
    steps:
      - run: echo "deploy ${scan.service} here"
`;
}

/** The files `init` writes for `scan`, paths relative to `cwd`. `.mocharc.json` only when none exists. */
export function planFiles(scan: ServiceScan, cwd: string): PlannedFile[] {
  const suite = scan.migrationsDir
    ? 'test/migration/database.spec.ts'
    : 'test/migration/functional.spec.ts';
  const files: PlannedFile[] = [
    { path: suite, content: scan.migrationsDir ? databaseSuite(scan) : functionalSuite(scan) },
    {
      path: relative(cwd, join(scan.repositoryRoot, '.github', 'workflows', 'verify-migration.yml'))
        .split(sep)
        .join('/'),
      content: workflow(scan, cwd, 'test/migration/**/*.spec.ts'),
    },
  ];
  const mocharcs = [
    '.mocharc.json',
    '.mocharc.js',
    '.mocharc.cjs',
    '.mocharc.yml',
    '.mocharc.yaml',
  ];
  if (!mocharcs.some((name) => existsSync(join(cwd, name))))
    files.push({
      path: '.mocharc.json',
      content: `${JSON.stringify({ 'node-option': ['import=tsx'], timeout: 60000 }, null, 2)}\n`,
    });
  return files;
}

/**
 * Writes the planned files into `cwd`, or none of them when one exists ({@link InitRefusedError}).
 * Returns what it wrote and what to do next, as lines for the terminal.
 */
export function runInit(cwd: string, serviceName?: string): string[] {
  const scan = scanService(cwd, serviceName);
  const files = planFiles(scan, cwd);
  const existing = files
    .filter((file) => existsSync(join(cwd, file.path)))
    .map((file) => file.path);
  if (existing.length > 0) throw new InitRefusedError(existing);
  for (const file of files) {
    mkdirSync(dirname(join(cwd, file.path)), { recursive: true });
    writeFileSync(join(cwd, file.path), file.content, { flag: 'wx' });
  }
  const found = [
    scan.migrationsDir
      ? `migrations: ${scan.migrationsDir} (${scan.migrations.length} file${scan.migrations.length === 1 ? '' : 's'}; the newest is the one under test)`
      : 'migrations: none found (a functional starter instead)',
    `DataSource: ${scan.dataSourceFile ?? 'none found'}`,
    `HTTP app: ${scan.httpAppFile ?? 'none found'}`,
  ];
  return [
    `verify-migration init: ${scan.service}`,
    ...found.map((line) => `  found ${line}`),
    ...files.map((file) => `  wrote ${file.path}`),
    '',
    'Next:',
    ...(scan.missingPackages.length > 0
      ? [
          `  npm install --save-dev ${scan.missingPackages
            .map((name) =>
              name === 'verify-migration'
                ? 'github:<owner>/verify-migration#v1'
                : name === 'typeorm'
                  ? 'typeorm@^1.1.1'
                  : name,
            )
            .join(' ')}`,
        ]
      : []),
    `  npx verify-migration --service ${scan.service}`,
    '  then commit the workflow (its `uses:` names <owner>/verify-migration@v1: put the real owner there).',
  ];
}

/** `verify-migration init`'s own usage. */
export const INIT_USAGE = `Usage: verify-migration init [--service NAME]

In the service's folder: finds its TypeORM migrations, DataSource and HTTP app, and writes a
starter suite (test/migration/), the workflow (.github/workflows/verify-migration.yml in the
repository) and a .mocharc.json that loads tsx when there is none. Never overwrites a file.
The service name defaults to package.json's "name".`;

/**
 * The `init` command: parses its arguments, runs {@link runInit} and prints the result. Returns
 * the exit code: 0 when the files were written, 1 when it refused or failed, 2 on a bad option.
 */
export function initCommand(argv: string[], cwd: string): number {
  let service: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(INIT_USAGE);
      return 0;
    }
    const value = arg.startsWith('--service=') ? arg.slice('--service='.length) : undefined;
    if (value !== undefined || arg === '--service') {
      service = value ?? argv[++i];
      if (!service || !/^[\w.-]{1,100}$/.test(service)) {
        console.error(
          `verify-migration init: --service ${JSON.stringify(service ?? '')} is not allowed: use letters, digits, '.', '_' or '-' (at most 100).\n\n${INIT_USAGE}`,
        );
        return 2;
      }
      continue;
    }
    console.error(`verify-migration init: unknown option ${JSON.stringify(arg)}.\n\n${INIT_USAGE}`);
    return 2;
  }
  try {
    console.log(runInit(cwd, service).join('\n'));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
