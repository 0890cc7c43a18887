/**
 * Starting a whole version of the registry for a test: its own throwaway database (SQLite unless
 * VERIFY_MIGRATION_DATABASE_URL names a server), migrated to the version, and a curator on it.
 */
import { createThrowawayDatabase, databaseUrlFromEnv } from 'verify-migration';
import { createCurator, type ToolCurator } from './curator.js';
import { openToolDatabase } from './database.js';

/** A curator of `version` on a new throwaway database, which `close()` drops. */
export async function startToolRegistry(version: string): Promise<ToolCurator> {
  const database = await createThrowawayDatabase({
    url: databaseUrlFromEnv(),
    label: `v${version}`,
  });
  try {
    const dataSource = await openToolDatabase(version, database.options);
    return createCurator(version, dataSource, () => database.drop());
  } catch (error) {
    await database.drop();
    throw error;
  }
}
