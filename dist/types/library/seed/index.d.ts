/** The seeder: fills a database's tables from its schema snapshot with deterministic rows. */
export { seedDatabase, SeedOptionsError, type SeedOptions, type SeedResult } from './seed.js';
