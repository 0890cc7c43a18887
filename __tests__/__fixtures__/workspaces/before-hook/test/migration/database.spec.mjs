import assert from 'node:assert/strict';

describe('seeded database @database', () => {
  before(() => {
    throw new Error('could not seed the old database');
  });
  it('keeps the tools', () => assert.ok(true));
  it('keeps the owners', () => assert.ok(true));
  it('keeps the tags', () => assert.ok(true));
});

describe('schema @database', () => {
  it('has the tools table', () => assert.ok(true));
});
