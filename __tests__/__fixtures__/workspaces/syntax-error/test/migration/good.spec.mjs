import assert from 'node:assert/strict';

describe('good @api', () => {
  it('passes', () => assert.ok(true));
});
