import type { Category } from './records.js';
/**
 * The property the suite library sets on the mocha `Suite` objects it creates. The reporter
 * reads it; a title tag is the fallback for plain mocha suites.
 */
export declare const CATEGORY_PROPERTY = "verifyMigrationCategory";
/** The category a title tags (`@database`, `@api`, `@functional`), if any. */
export declare function categoryFromTitle(title: string): Category | undefined;
/** The smallest view of a mocha runnable or suite that categorising needs. */
export interface TitledNode {
    title: string;
    parent?: TitledNode;
    [CATEGORY_PROPERTY]?: unknown;
}
/**
 * The category of a test or hook: its own title tag first, then each enclosing suite from the
 * nearest outwards (the library's property, else a title tag); `other` when none says.
 */
export declare function categoryOf(node: TitledNode): Category;
