import { type MigrationsCheckOptions } from './check.js';
/** What `describeMigrations` needs: the check's options, plus where the old version is. */
export interface DescribeMigrationsOptions extends Omit<MigrationsCheckOptions, 'dataSource'> {
    /** The data source module's path (relative to `cwd`). */
    dataSource: string;
    /** A git ref whose migration files are the old version's (instead of `oldMigrations`). */
    baseRef?: string;
    /** Also write the whole result as JSON here (the action reads it into the report). */
    resultPath?: string;
}
/**
 * Defines the migrations check as a mocha suite. Call it with `await` at the top of an ESM spec
 * file: it loads the data source module and lists the migrations first, so that mocha knows
 * every test before the run starts.
 *
 *   await describeMigrations('migrations', { dataSource: 'src/data-source.ts', baseRef: 'origin/main' });
 */
export declare function describeMigrations(title: string, options: DescribeMigrationsOptions): Promise<void>;
