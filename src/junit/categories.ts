import type { Category } from '../common/records.js';
import type { CategoryRule } from '../inputs/settings.js';

/**
 * The category of a test read from JUnit XML. Runners other than mocha have no
 * `describeDatabaseMigration`, so the category comes from names: the user's mapping first, then
 * a tag in the test's name, then the class name (the seed's `TestToolDatabaseMigration`), then
 * the enclosing suites' names; `other` when nothing says.
 */

/** What categorising needs to know of a JUnit testcase. */
export interface JUnitNames {
  name: string;
  classname: string;
  /** Enclosing `<testsuite>` names, outermost first. */
  suites: string[];
  file?: string | null;
}

// Tags: `@database` or a report key, as a token of the name. Underscores, dots, slashes and
// brackets separate tokens (pytest's `test_database_migration_keeps_rows`, go's
// `TestX/database_migration`), so only letters and digits glue a tag to its neighbours.
const NAME_TAGS: ReadonlyArray<[RegExp, Category]> = [
  [/(^|[^A-Za-z0-9])(@database|database_migration)([^A-Za-z0-9]|$)/i, 'database_migration'],
  [/(^|[^A-Za-z0-9])(@api|api_migration)([^A-Za-z0-9]|$)/i, 'api_migration'],
  [/(^|[^A-Za-z0-9])(@functional|functional_migration)([^A-Za-z0-9]|$)/i, 'functional_migration'],
];

// Class names in CamelCase: case matters, so a module `tests.test_rapid` is not an `Api` class.
const CLASS_WORDS: ReadonlyArray<[RegExp, Category]> = [
  [/Database/, 'database_migration'],
  [/API|Api/, 'api_migration'],
  [/Functional/, 'functional_migration'],
];

function tagOf(text: string): Category | undefined {
  return NAME_TAGS.find(([pattern]) => pattern.test(text))?.[1];
}

/** The last dotted part of a class name: `tests.test_migration.TestToolDatabaseMigration` -> the class. */
function className(classname: string): string {
  const parts = classname.split('.');
  return parts[parts.length - 1];
}

/**
 * The category of a JUnit testcase, from the first that says:
 * 1. the first `rules` entry whose pattern matches `classname name` or the file;
 * 2. a tag in the test's name (`@database`, `@api`, `@functional`, or a report key such as
 *    `database_migration` as a token);
 * 3. a tag in the class name;
 * 4. the class name's last part containing `Database`, `API`/`Api` or `Functional` (CamelCase);
 * 5. a tag in an enclosing suite's name, nearest first;
 * else `other`.
 */
export function junitCategory(test: JUnitNames, rules: readonly CategoryRule[] = []): Category {
  const subject = test.classname === '' ? test.name : `${test.classname} ${test.name}`;
  for (const rule of rules) {
    if (rule.pattern.test(subject) || (test.file ? rule.pattern.test(test.file) : false))
      return rule.category;
  }
  const fromName = tagOf(test.name) ?? tagOf(test.classname);
  if (fromName) return fromName;
  const word = CLASS_WORDS.find(([pattern]) => pattern.test(className(test.classname)))?.[1];
  if (word) return word;
  for (const suite of [...test.suites].reverse()) {
    const tagged = tagOf(suite);
    if (tagged) return tagged;
  }
  return 'other';
}
