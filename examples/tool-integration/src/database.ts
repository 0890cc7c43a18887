/**
 * Opening the registry's database for a version: the version's entities, and the schema made by
 * the version's own migrations (as in production; never `synchronize`).
 */
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entitiesFor } from './entities.js';
import { migrationsFor } from './migrations/index.js';

/** An initialised DataSource for `version` on the database `connection` points at, migrated to that version. */
export async function openToolDatabase(
  version: string,
  connection: DataSourceOptions,
): Promise<DataSource> {
  const dataSource = new DataSource({
    ...connection,
    entities: entitiesFor(version),
    migrations: migrationsFor(version),
    synchronize: false,
  } as DataSourceOptions);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
