// Jellyseerr's server/datasource.ts (MIT, see ../LICENSE and ../SOURCE.md), trimmed to what
// running its SQLite migrations needs: no entities or subscribers (they pull in the whole app),
// no PostgreSQL configurations, and `database` taken from VERIFY_MIGRATION_FIXTURE_DATABASE.
import type { DataSourceOptions } from 'typeorm';
import { DataSource } from 'typeorm';

function boolFromEnv(envVar: string, defaultVal = false) {
  if (process.env[envVar]) {
    return process.env[envVar]?.toLowerCase() === 'true';
  }
  return defaultVal;
}

const devConfig: DataSourceOptions = {
  type: 'sqlite',
  database:
    process.env.VERIFY_MIGRATION_FIXTURE_DATABASE ??
    (process.env.CONFIG_DIRECTORY
      ? `${process.env.CONFIG_DIRECTORY}/db/db.sqlite3`
      : 'config/db/db.sqlite3'),
  synchronize: false,
  migrationsRun: false,
  logging: boolFromEnv('DB_LOG_QUERIES'),
  enableWAL: true,
  migrations: ['server/migration/sqlite/**/*.ts'],
};

const dataSource = new DataSource(devConfig);

export default dataSource;
