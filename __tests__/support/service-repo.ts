/**
 * A service fixture turned into a git repository, as the migrations mode finds a real service: the
 * old version committed (its sha is the base ref), the new version's migrations in a second commit
 * or left in the working tree.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { makeTempDir } from './paths.js';
import {
  PLANTED_DIR,
  SERVICE_FIXTURES,
  SERVICES_NODE_MODULES,
  serviceMigrations,
  type ServiceName,
} from './service-fixtures.js';

/** What `createServiceRepo` builds. */
export interface ServiceRepoOptions {
  /** The service fixture to copy. */
  service: ServiceName;
  /** How many of its migrations (file-name order) the old version has; default: its window's. */
  old?: number;
  /** How many of the following migrations the new version adds; default: its window's. */
  window?: number;
  /**
   * Planted-bug migrations to add to the new version, by file name in
   * `planted-migrations/<service>/`; they go into the service's migrations folder, after the window.
   */
  planted?: string[];
  /** Other files to add to the new version: path relative to the repository → contents. */
  extraFiles?: Record<string, string>;
  /** Leave the new version uncommitted in the working tree instead of a second commit. */
  uncommitted?: boolean;
}

/** A service fixture as a git repository in a temporary folder. */
export interface ServiceRepo {
  /** The repository's folder (the service's root: run its data source from here). */
  dir: string;
  /** The sha of the first commit: the old version. */
  baseRef: string;
  /** The sha of the second commit (the new version), or undefined when it is left uncommitted. */
  headRef: string | undefined;
  /** The absolute path of the service's data-source module. */
  dataSourcePath: string;
  /** Migration files relative to `dir`: the old version's, and the ones the new version adds. */
  migrations: { old: string[]; new: string[] };
  /** Removes the folder. */
  cleanup(): void;
}

/** Runs git in `cwd` with a fixed identity and no user or system configuration. */
export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'verify-migration tests',
      GIT_AUTHOR_EMAIL: 'tests@verify-migration.invalid',
      GIT_COMMITTER_NAME: 'verify-migration tests',
      GIT_COMMITTER_EMAIL: 'tests@verify-migration.invalid',
    },
  }).trim();
}

/**
 * Copies a service fixture into a new folder under `__tests__/_temp/` and makes it a git repository
 * whose first commit holds everything but the migrations after the first `old` (the old version,
 * `baseRef`), and whose second commit (or working tree, with `uncommitted`) adds the next `window`
 * migrations, the planted ones and `extraFiles`. `node_modules` links to the shared install and is
 * kept out of git. Throws when `old + window` exceeds the fixture's migrations.
 */
export function createServiceRepo(options: ServiceRepoOptions): ServiceRepo {
  const fixture = SERVICE_FIXTURES[options.service];
  const all = serviceMigrations(options.service);
  const oldCount = options.old ?? fixture.window.old;
  const windowCount = options.window ?? fixture.window.window;
  if (oldCount < 0 || windowCount < 0 || oldCount + windowCount > all.length) {
    throw new Error(
      `createServiceRepo: old (${oldCount}) + window (${windowCount}) must be within the ${all.length} migrations of ${options.service}`,
    );
  }
  const dir = makeTempDir(`service-${options.service}`);
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const migrationPath = (file: string): string => join(fixture.migrationsDir, file);
    const oldFiles = all.slice(0, oldCount).map(migrationPath);
    const later = new Set(all.slice(oldCount).map(migrationPath));
    // Everything of the fixture but the later migrations: the data source, licence, package.json...
    cpSync(fixture.dir, dir, {
      recursive: true,
      filter: (source) => !later.has(relative(fixture.dir, source)),
    });
    symlinkSync(SERVICES_NODE_MODULES, join(dir, 'node_modules'), 'dir');
    git(dir, ['init', '--quiet', '--initial-branch=main']);
    appendFileSync(join(dir, '.git', 'info', 'exclude'), '/node_modules\n');
    git(dir, ['add', '--all']);
    git(dir, ['commit', '--quiet', '--message', `${options.service}: the old version`]);
    const baseRef = git(dir, ['rev-parse', 'HEAD']);

    const newFiles = all.slice(oldCount, oldCount + windowCount).map(migrationPath);
    for (const file of newFiles) copyFileSync(join(fixture.dir, file), join(dir, file));
    for (const file of options.planted ?? []) {
      const target = migrationPath(file);
      copyFileSync(join(PLANTED_DIR, options.service, file), join(dir, target));
      newFiles.push(target);
    }
    for (const [file, contents] of Object.entries(options.extraFiles ?? {})) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), contents);
    }
    let headRef: string | undefined;
    if (!options.uncommitted) {
      git(dir, ['add', '--all']);
      git(dir, [
        'commit',
        '--quiet',
        '--allow-empty',
        '--message',
        `${options.service}: the new version`,
      ]);
      headRef = git(dir, ['rev-parse', 'HEAD']);
    }
    return {
      dir,
      baseRef,
      headRef,
      dataSourcePath: join(dir, fixture.dataSource),
      migrations: { old: oldFiles, new: newFiles },
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * `createServiceRepo`, then a shallow clone of it (`git clone --depth 1`, as actions/checkout does
 * by default): the clone has the new version's commit but not the base ref, for the error test.
 * Its `node_modules` links to the shared install too; `baseRef` is the sha the clone lacks.
 * `uncommitted` is not allowed (a clone has only commits).
 */
export function createShallowServiceRepo(
  options: Omit<ServiceRepoOptions, 'uncommitted'>,
): ServiceRepo {
  const source = createServiceRepo({ ...options, uncommitted: false });
  try {
    const dir = makeTempDir(`shallow-${options.service}`);
    const cleanup = (): void => {
      rmSync(dir, { recursive: true, force: true });
      source.cleanup();
    };
    try {
      // makeTempDir made the folder; git clone wants to create it, so clone into a child.
      rmSync(dir, { recursive: true, force: true });
      git(dirname(dir), ['clone', '--quiet', '--depth', '1', `file://${source.dir}`, dir]);
      symlinkSync(SERVICES_NODE_MODULES, join(dir, 'node_modules'), 'dir');
      appendFileSync(join(dir, '.git', 'info', 'exclude'), '/node_modules\n');
      return {
        ...source,
        dir,
        dataSourcePath: join(dir, relative(source.dir, source.dataSourcePath)),
        cleanup,
      };
    } catch (error) {
      cleanup();
      throw error;
    }
  } catch (error) {
    source.cleanup();
    throw error;
  }
}
