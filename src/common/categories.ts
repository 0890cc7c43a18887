import type { Category } from './records.js';

/**
 * The property the suite library sets on the mocha `Suite` objects it creates. The reporter
 * reads it; a title tag is the fallback for plain mocha suites.
 */
export const CATEGORY_PROPERTY = 'verifyMigrationCategory';

const TITLE_TAGS: ReadonlyArray<[RegExp, Category]> = [
  [/(^|\s)@database(\s|$)/i, 'database_migration'],
  [/(^|\s)@api(\s|$)/i, 'api_migration'],
  [/(^|\s)@functional(\s|$)/i, 'functional_migration'],
];

/** The category a title tags (`@database`, `@api`, `@functional`), if any. */
export function categoryFromTitle(title: string): Category | undefined {
  for (const [pattern, category] of TITLE_TAGS) {
    if (pattern.test(title)) return category;
  }
  return undefined;
}

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
export function categoryOf(node: TitledNode): Category {
  const own = categoryFromTitle(node.title);
  if (own) return own;
  for (let suite = node.parent; suite; suite = suite.parent) {
    const marked = suite[CATEGORY_PROPERTY];
    if (typeof marked === 'string') return marked as Category;
    const tagged = categoryFromTitle(suite.title);
    if (tagged) return tagged;
  }
  return 'other';
}
