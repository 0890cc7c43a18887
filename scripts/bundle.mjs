// Builds dist/: the action, the CLI, the mocha reporter (CJS, loaded by path by any mocha),
// the bundled mocha runner used when a project has no mocha of its own, and the suite library.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ESM bundles of CommonJS dependencies need a real `require` (for Node's built-in modules).
const esmShim = [
  "import { createRequire as __vmCreateRequire } from 'node:module';",
  'const require = __vmCreateRequire(import.meta.url);',
].join('\n');

/** Evaluates undici on first use only, where @actions/http-client imports it: see the shim's comment. */
const undiciOnFirstUse = {
  name: 'undici-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]@actions[\\/]http-client[\\/]/.test(args.importer)
        ? { path: join(root, 'scripts/undici-on-first-use.cjs') }
        : undefined,
    );
  },
};

/**
 * `http` and `https` through `require` rather than `import`: Node builds an ES module's view of a
 * built-in by reading every export, and reading `http`'s lazy getters evaluates Node's internal
 * undici, 50 ms at every start (a CPU profile of dist/index.js: node:http lazyUndici). @actions/http-client
 * imports both as it loads. Each becomes a CommonJS module that requires the built-in.
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?https?$/ }, (args) =>
      args.namespace === 'builtin-through-require'
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'builtin-through-require' },
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-through-require' }, (args) => ({
      contents: `module.exports = require('node:${args.path}');`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: false,
  absWorkingDir: root,
};

/** Library dependencies stay the suite's own: one typeorm, one driver, one mocha per process. */
const libraryExternals = [
  'typeorm',
  'better-sqlite3',
  'sqlite3',
  'pg',
  'pg-query-stream',
  'mysql2',
  'mocha',
  'reflect-metadata',
];

/**
 * For the entries that bundle @actions/core (the action and the CLI); both need the `require`
 * of their banner (esmShim), which the suite library's bundle does not have.
 */
const startupPlugins = [undiciOnFirstUse, builtinsThroughRequire];

/** The entry points, exported so tests can build a piece into a temporary folder. */
export const entries = {
  // Split: @actions/artifact (most of the code) is imported lazily and goes into its own chunk
  // under dist/chunks/, so a run that uploads nothing does not parse it (bench/RESULTS.md).
  action: {
    entryPoints: ['src/index.ts'],
    outfile: 'dist/index.js',
    format: 'esm',
    banner: { js: esmShim },
    plugins: startupPlugins,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  },
  cli: {
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    format: 'esm',
    banner: { js: `#!/usr/bin/env node\n${esmShim}` },
    plugins: startupPlugins,
  },
  // mocha `require`s a reporter and calls it with `new`: the class must be module.exports itself.
  reporter: {
    entryPoints: ['src/mocha-reporter/reporter.ts'],
    outfile: 'dist/reporter.cjs',
    format: 'cjs',
    footer: { js: 'module.exports = module.exports.default;' },
  },
  mochaRunner: {
    entryPoints: ['src/mocha-reporter/mocha-runner.ts'],
    outfile: 'dist/mocha-runner.js',
    format: 'esm',
    banner: { js: esmShim },
  },
  // mode: migrations: the spec file mocha loads in the service's folder. The check runs on the
  // service's own TypeORM and driver, so none of them is bundled or ever imported by it.
  migrationsSuite: {
    entryPoints: ['src/library/migrations/suite-entry.ts'],
    outfile: 'dist/migrations-suite.mjs',
    format: 'esm',
    banner: { js: esmShim },
    external: libraryExternals,
  },
  // mode: replay: the spec file mocha loads in the service's folder; the service's own app
  // module and database driver are imported from there.
  replaySuite: {
    entryPoints: ['src/library/replay/suite-entry.ts'],
    outfile: 'dist/replay-suite.mjs',
    format: 'esm',
    banner: { js: esmShim },
    external: libraryExternals,
  },
  library: {
    entryPoints: ['src/library/index.ts'],
    outfile: 'dist/library/index.js',
    format: 'esm',
    external: libraryExternals,
  },
  // The sqlite-attach strategy's worker thread, a file beside each bundle that holds the
  // strategy (the library and the migrations suite find it next to themselves).
  libraryWorker: {
    entryPoints: ['src/library/compare/sqlite-attach-worker.ts'],
    outfile: 'dist/library/sqlite-attach-worker.js',
    format: 'esm',
    external: libraryExternals,
  },
  migrationsSuiteWorker: {
    entryPoints: ['src/library/compare/sqlite-attach-worker.ts'],
    outfile: 'dist/sqlite-attach-worker.js',
    format: 'esm',
    external: libraryExternals,
  },
};

/** Builds the named entries (all by default) into `outdir` (dist/ by default). */
export async function bundle(names = Object.keys(entries), outdir = join(root, 'dist')) {
  await Promise.all(
    names
      .filter((name) => existsSync(join(root, entries[name].entryPoints[0])))
      .map((name) => {
        const { outfile, ...rest } = entries[name];
        const target = join(outdir, outfile.replace(/^dist\//, ''));
        // esbuild splits only into a folder: the entry keeps its name there, chunks go beside it.
        return build({
          ...common,
          ...rest,
          ...(rest.splitting ? { outdir: dirname(target) } : { outfile: target }),
        });
      }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await bundle();
  if (existsSync(join(root, 'src/library/index.ts'))) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.library.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
}
