import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryOf } from '../src/common/categories.js';
import * as library from '../src/library/index.js';
import { REPO_ROOT } from './support/paths.js';
import { runFixture } from './support/suite-fixture.js';

describe("the library's public surface", () => {
  it('exports every function the design names as a contract', () => {
    // Arrange
    const contract = [
      'oldVersion',
      'newVersion',
      'describeDatabaseMigration',
      'describeApiMigration',
      'describeFunctionalMigration',
      'compareDatabases',
      'compareApiResponses',
      'compareObjects',
      'assertNoDifferences',
      'createThrowawayDatabase',
      'verifyInPlaceMigration',
      'checkInPlaceMigration',
      'maskUrl',
    ];

    // Act
    const missing = contract.filter(
      (name) => typeof (library as Record<string, unknown>)[name] !== 'function',
    );

    // Assert
    assert.deepEqual(missing, []);
  });

  it("gives each describe*Migration mocha's .only and .skip, which a real mocha obeys", async function () {
    this.timeout(120_000);
    // Arrange: for each kind, a suite marked .only (or .skip) beside a plain one whose test
    // fails if it runs.
    const options: Record<string, string> = {
      describeDatabaseMigration: '{ entities: [] }',
      describeApiMigration: "{ createApp: () => (request, response) => response.end('ok') }",
      describeFunctionalMigration: '{ createService: () => ({}) }',
    };
    const suites = (marker: 'only' | 'skip'): string =>
      Object.entries(options)
        .map(
          ([kind, given]) => `
lib.${kind}.${marker}('${kind} marked', ${given}, () => { it('marked', () => { if ('${marker}' === 'skip') throw new Error('ran'); }); });
lib.${kind}('${kind} plain', ${given}, () => { it('plain', () => { if ('${marker}' === 'only') throw new Error('ran'); }); });`,
        )
        .join('\n');

    // Act
    const only = await runFixture(suites('only'));
    const skip = await runFixture(suites('skip'));

    // Assert: with .only, only the marked suites ran; with .skip, they are pending and the
    // plain ones ran.
    const kinds = Object.keys(options).length;
    assert.equal(only.code, 0, only.stderr);
    assert.deepEqual(
      [only.report.stats.passes, only.report.stats.failures, only.report.stats.pending],
      [kinds, 0, 0],
    );
    assert.equal(skip.code, 0, skip.stderr);
    assert.deepEqual(
      [skip.report.stats.passes, skip.report.stats.failures, skip.report.stats.pending],
      [kinds, 0, kinds],
    );
  });

  it('exports as CATEGORY_PROPERTY the property the README documents, and the reporter reads it', () => {
    // Arrange: the value as the README's API reference gives it to users who tag suites by hand.
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const documented = /\| `CATEGORY_PROPERTY` +\| const +\| `'(\w+)'`/.exec(readme)?.[1];
    const suite = { title: 'plain mocha suite', [documented ?? '']: 'api_migration' };

    // Act
    const category = categoryOf({ title: 'a test', parent: suite });

    // Assert
    assert.equal(library.CATEGORY_PROPERTY, documented);
    assert.equal(category, 'api_migration');
  });
});
