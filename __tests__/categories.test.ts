import assert from 'node:assert/strict';
import { categoryOf, CATEGORY_PROPERTY } from '../src/common/categories.js';

describe('categoryOf', () => {
  it('takes the nearest library-marked suite over an outer tag', () => {
    const outer = { title: 'everything @api' };
    const inner = {
      title: 'tools table',
      parent: outer,
      [CATEGORY_PROPERTY]: 'database_migration',
    };
    assert.equal(categoryOf({ title: 'keeps rows', parent: inner }), 'database_migration');
  });

  it("prefers the test's own tag", () => {
    const suite = { title: 'mixed @database' };
    assert.equal(categoryOf({ title: 'lists tools @api', parent: suite }), 'api_migration');
  });

  it('needs a whole-word tag and falls back to other', () => {
    const suite = { title: 'email@database.example' };
    assert.equal(categoryOf({ title: 'plain', parent: suite }), 'other');
  });
});
