/** The `category-map` input: lines of `Pattern=category` that name the category of JUnit tests. */
import { InputError } from '../common/errors.js';
import { ALL_CATEGORIES, type Category } from '../common/records.js';
import type { CategoryRule } from './settings.js';

/** Short names accepted in the mapping beside the report keys. */
const ALIASES: Readonly<Record<string, Category>> = {
  database: 'database_migration',
  api: 'api_migration',
  functional: 'functional_migration',
};

/**
 * Parses the category mapping: one `Pattern=category` per line (or per entry of `lines`), where
 * `Pattern` is a JavaScript regular expression tested against the test's class name and name
 * (`classname name`) and its file, and `category` is a report key (`database_migration`,
 * `api_migration`, `functional_migration`, `other`) or its short name (`database`, `api`,
 * `functional`). The text is split at the last `=`, so a pattern may hold `=`. Empty lines and
 * lines starting with `#` are ignored. Rules are tried in order.
 *
 * Throws `InputError(input, line, ...)` for a line with no `=`, an empty pattern, a pattern that
 * is not a valid regular expression, or an unknown category.
 */
export function parseCategoryMapping(
  input: string,
  lines: string | readonly string[],
): CategoryRule[] {
  const all =
    typeof lines === 'string' ? lines.split(/\r?\n/) : lines.flatMap((line) => line.split(/\r?\n/));
  const rules: CategoryRule[] = [];
  for (const raw of all) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf('=');
    if (at === -1) {
      throw new InputError(
        input,
        line,
        "lines of the form 'Pattern=category', e.g. 'TestInventory=database_migration'",
      );
    }
    const source = line.slice(0, at).trim();
    const name = line.slice(at + 1).trim();
    if (source === '')
      throw new InputError(input, line, "a pattern before the '=' (a regular expression)");
    const category = ALIASES[name] ?? ALL_CATEGORIES.find((known) => known === name);
    if (category === undefined) {
      throw new InputError(
        input,
        line,
        `a known category after the '=': one of ${[...ALL_CATEGORIES, ...Object.keys(ALIASES)].join(', ')}`,
      );
    }
    let pattern: RegExp;
    try {
      pattern = new RegExp(source);
    } catch (error) {
      throw new InputError(
        input,
        line,
        `a valid regular expression before the '=' (${(error as Error).message})`,
      );
    }
    rules.push({ source, pattern, category });
  }
  return rules;
}
