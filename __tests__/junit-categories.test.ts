import assert from 'node:assert/strict';
import { InputError } from '../src/common/errors.js';
import { junitCategory } from '../src/junit/categories.js';
import { parseCategoryMapping } from '../src/inputs/category-mapping.js';

describe('junitCategory', () => {
  for (const [classname, name, expected] of [
    ['test_migration.TestToolDatabaseMigration', 'test_rows_survive', 'database_migration'],
    ['test_migration.TestToolAPIMigration', 'test_status', 'api_migration'],
    ['TestToolApiMigration', 'test_status', 'api_migration'],
    ['test_migration.TestToolFunctionalMigration', 'test_register', 'functional_migration'],
    ['example.com/tool/migration', 'TestMigration/database_migration/rows', 'database_migration'],
    ['example.com/tool/migration', 'TestMigration/api_migration/status', 'api_migration'],
    ['tests.test_misc', 'test_functional_migration_keeps_users', 'functional_migration'],
    ['', 'keeps rows @database', 'database_migration'],
    ['inventory @api', 'answers', 'api_migration'],
    ['tests.test_rapid', 'test_capital_database', 'other'],
    ['test_migration', 'test_module_level_smoke', 'other'],
  ] as const) {
    it(`puts ${classname || '(no class)'} :: ${name} under ${expected}`, () => {
      // Act
      const category = junitCategory({ classname, name, suites: ['pytest'] });

      // Assert
      assert.equal(category, expected);
    });
  }

  it('prefers a tag in the test name to the class name', () => {
    // Act
    const category = junitCategory({
      classname: 'TestToolDatabaseMigration',
      name: 'test_x @api',
      suites: [],
    });

    // Assert
    assert.equal(category, 'api_migration');
  });

  it('falls back to the nearest tagged suite', () => {
    // Act
    const category = junitCategory({
      classname: '',
      name: 'plain',
      suites: ['outer @api', 'inner @functional'],
    });

    // Assert
    assert.equal(category, 'functional_migration');
  });

  it('lets the user mapping win over names, first matching rule first, file included', () => {
    // Arrange
    const rules = parseCategoryMapping('category-mapping', [
      '# inventory is database work',
      'Inventory=database',
      '',
      '^tests/api/=api_migration',
      'TestToolDatabase=functional_migration',
    ]);

    // Act
    const byName = junitCategory(
      { classname: 'TestToolDatabaseMigration', name: 'test_a', suites: [] },
      rules,
    );
    const byFile = junitCategory(
      { classname: 'Plain', name: 'test_b', suites: [], file: 'tests/api/test_b.py' },
      rules,
    );
    const first = junitCategory(
      { classname: 'TestInventoryAPI', name: 'test_c', suites: [] },
      rules,
    );
    const none = junitCategory(
      { classname: 'TestToolAPIMigration', name: 'test_d', suites: [] },
      rules,
    );

    // Assert
    assert.equal(byName, 'functional_migration');
    assert.equal(byFile, 'api_migration');
    assert.equal(first, 'database_migration');
    assert.equal(none, 'api_migration');
  });
});

describe('parseCategoryMapping', () => {
  it('reads Pattern=category lines, splitting at the last =, with short names and comments', () => {
    // Act
    const rules = parseCategoryMapping(
      'category-mapping',
      'a=b=other\r\n  Smoke = functional  \n# note\n',
    );

    // Assert
    assert.deepEqual(
      rules.map(({ source, category }) => ({ source, category })),
      [
        { source: 'a=b', category: 'other' },
        { source: 'Smoke', category: 'functional_migration' },
      ],
    );
    assert.ok(rules[0].pattern.test('xa=by'));
  });

  for (const [line, expected] of [
    ['NoEquals', /lines of the form 'Pattern=category'/],
    ['=database', /a pattern before the '='/],
    [
      'Inventory=databases',
      /one of database_migration, api_migration, functional_migration, other, database, api, functional/,
    ],
    ['Inventory=', /a known category/],
    [
      'Inv(entory=database',
      /a valid regular expression before the '=' \(Invalid regular expression/,
    ],
  ] as const) {
    it(`refuses ${JSON.stringify(line)} naming the input and the line`, () => {
      // Act
      const act = (): unknown => parseCategoryMapping('category-mapping', ['Good=api', line]);

      // Assert
      assert.throws(act, (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.input, 'category-mapping');
        assert.equal(error.value, line);
        assert.match(error.message, expected);
        return true;
      });
    });
  }
});
