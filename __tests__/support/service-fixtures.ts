/**
 * Real open-source TypeORM services kept as fixtures for the migrations mode (see
 * `__tests__/__fixtures__/services/<name>/SOURCE.md`), the bugs we plant in them
 * (`__tests__/__fixtures__/planted-migrations/PLANTED.md`), and the one shared install of
 * their runtime stack (`__tests__/__fixtures__/services/node_modules`: TypeORM 0.3, sqlite3, pg,
 * tsx), which every fixture resolves by walking up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.js';

/** The folder holding the service fixtures and their shared `package.json`. */
export const SERVICES_DIR = join(FIXTURES, 'services');

/** The shared install every service fixture resolves its packages from. */
export const SERVICES_NODE_MODULES = join(SERVICES_DIR, 'node_modules');

/** The folder of planted-bug migrations, one subfolder per service. */
export const PLANTED_DIR = join(FIXTURES, 'planted-migrations');

/** The names of the service fixtures. */
export type ServiceName = 'jellyseerr' | 'flowise';

/** What the tests need to know about one service fixture. */
export interface ServiceFixture {
  name: ServiceName;
  /** The database the service's data source is for. */
  engine: 'sqlite' | 'postgres';
  /** The fixture's folder (the service's root: its data source's relative paths start here). */
  dir: string;
  /** The data-source module, relative to `dir`. */
  dataSource: string;
  /** The migrations folder, relative to `dir`. */
  migrationsDir: string;
  /**
   * The no-false-alarm window we suggest: the first `old` migrations (file-name order) are the
   * old version, the next `window` are the new ones. Every `down()` in it runs and restores the
   * schema exactly (checked here migration by migration, with the catalog).
   */
  window: { old: number; window: number };
  /**
   * The service's own migrations whose `down()` fails on a fresh database here, with the error
   * it fails with (real bugs of the service, kept: they are what the tool must name).
   */
  brokenDowns: Record<string, RegExp>;
}

/** The service fixtures, by name. */
export const SERVICE_FIXTURES: Record<ServiceName, ServiceFixture> = {
  jellyseerr: {
    name: 'jellyseerr',
    engine: 'sqlite',
    dir: join(SERVICES_DIR, 'jellyseerr'),
    dataSource: 'server/datasource.ts',
    migrationsDir: 'server/migration/sqlite',
    window: { old: 25, window: 7 },
    brokenDowns: {
      // down() renames "media" before rebuilding it; SQLite >= 3.26 then rewrites the children's
      // foreign keys to "temporary_media", which the next ALTER TABLE finds dangling.
      '1613379909641-AddJellyfinUserParams.ts': /no such table: main\.temporary_media/,
      '1613670041760-AddJellyfinDeviceId.ts': /no such table: main\.temporary_media/,
      // down() drops the table, then its index (already gone with the table).
      '1699901142442-AddBlacklist.ts': /no such index: IDX_6bbafa28411e6046421991ea21/,
    },
  },
  flowise: {
    name: 'flowise',
    engine: 'postgres',
    dir: join(SERVICES_DIR, 'flowise'),
    dataSource: 'src/DataSource.ts',
    migrationsDir: 'src/database/migrations/postgres',
    window: { old: 20, window: 10 },
    brokenDowns: {},
  },
};

/** A fixture's migration file names, in file-name (timestamp) order. */
export function serviceMigrations(name: ServiceName): string[] {
  const fixture = SERVICE_FIXTURES[name];
  return readdirSync(join(fixture.dir, fixture.migrationsDir))
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
}

/** A service's planted-bug migration file names (see planted-migrations/PLANTED.md), in order. */
export function plantedMigrations(name: ServiceName): string[] {
  return readdirSync(join(PLANTED_DIR, name))
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
}

const REQUIRED = ['typeorm', 'sqlite3', 'pg', 'reflect-metadata', 'tsx'];

/**
 * Installs the services' shared runtime stack (`npm ci` in `SERVICES_DIR`) when it is missing;
 * returns why it cannot, or undefined when it is there. sqlite3 compiles from source here (about
 * two to three minutes), so this runs at most once per checkout: later calls only look.
 */
export function installServiceFixtures(): string | undefined {
  const installed = (): boolean =>
    REQUIRED.every((name) => existsSync(join(SERVICES_NODE_MODULES, name, 'package.json'))) &&
    existsSync(join(SERVICES_NODE_MODULES, 'sqlite3', 'build', 'Release', 'node_sqlite3.node'));
  if (installed()) return undefined;
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: SERVICES_DIR,
      stdio: 'pipe',
      timeout: 540_000,
    });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr
      ?.toString()
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ');
    return `'npm ci' in ${SERVICES_DIR} failed (${detail || (error as Error).message}); install it there by hand to run these tests`;
  }
  return installed()
    ? undefined
    : `'npm ci' in ${SERVICES_DIR} finished but ${REQUIRED.join(', ')} or sqlite3's native build is still missing`;
}
