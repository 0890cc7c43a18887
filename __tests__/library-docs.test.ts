import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as library from '../src/library/index.js';
import { REPO_ROOT } from './support/paths.js';

/**
 * Suite authors learn the library from the README's "The suite library" section, so every name
 * that `src/library/index.ts` exports has to be named there, in backticks: an export nobody can
 * find is as good as missing. Types vanish at run time, so those are read from the index's
 * `export type { ... }` and `export { type X }` lists.
 */

const SECTION = '## The suite library';

/** The README's "The suite library" section, up to the next `## ` heading, without code blocks. */
function librarySection(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  assert.notEqual(start, -1, `README.md has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? readme.length : end);
  // A name used in an example is not documented: only prose and tables count.
  return section.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/** The names the section sets in backticks: `name`, `name(a, b)` and `Name<T>` each name `name`. */
function namesInBackticks(section: string): Set<string> {
  const names = new Set<string>();
  for (const [, span] of section.matchAll(/`([^`\n]+)`/g)) {
    const name = /^[A-Za-z_$][\w$]*/.exec(span!);
    if (name) names.add(name[0]);
  }
  return names;
}

/** The type-only exports of the index: `export type { A, B as C }` and `type X` in `export { ... }`. */
function typeOnlyExports(): string[] {
  const source = readFileSync(join(REPO_ROOT, 'src', 'library', 'index.ts'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  // `export *` would export names this test cannot list (nor a reader find): name them instead.
  assert.doesNotMatch(source, /export\s+(type\s+)?\*/, 'src/library/index.ts uses export *');
  const names: string[] = [];
  for (const [, typeOnly, list] of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const entry of list!.split(',').map((part) => part.trim())) {
      if (entry === '') continue;
      const isType = typeOnly !== undefined || /^type\s/.test(entry);
      if (isType)
        names.push(
          entry
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)
            .pop()!,
        );
    }
  }
  return names;
}

describe('README: the suite library documents every export', () => {
  it('names every runtime export of src/library/index.ts in backticks', () => {
    // Arrange
    const documented = namesInBackticks(librarySection());
    const exported = Object.keys(library);

    // Act
    const missing = exported.filter((name) => !documented.has(name));

    // Assert
    assert.ok(exported.length > 0, 'the library exports nothing');
    assert.deepEqual(missing, [], `not named in README.md's "${SECTION}" section`);
  });

  it('names every type-only export of src/library/index.ts in backticks', () => {
    // Arrange
    const documented = namesInBackticks(librarySection());
    const exported = typeOnlyExports();

    // Act
    const missing = exported.filter((name) => !documented.has(name));

    // Assert
    assert.ok(exported.includes('Difference'), `type exports not found: ${exported.join(', ')}`);
    assert.deepEqual(missing, [], `not named in README.md's "${SECTION}" section`);
  });
});
