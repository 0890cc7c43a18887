import assert from 'node:assert/strict';
import * as library from '../src/library/index.js';

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

  it("gives each describe*Migration mocha's .only and .skip", () => {
    for (const describe of [
      library.describeDatabaseMigration,
      library.describeApiMigration,
      library.describeFunctionalMigration,
    ]) {
      assert.deepEqual([typeof describe.only, typeof describe.skip], ['function', 'function']);
    }
  });

  it('names the category property the reporter reads', () => {
    assert.equal(library.CATEGORY_PROPERTY, 'verifyMigrationCategory');
  });
});
