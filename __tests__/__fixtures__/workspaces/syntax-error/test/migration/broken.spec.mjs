import assert from 'node:assert/strict';

describe('broken @database', () => {
  it('never loads', () => {
    assert.ok(true;
  });
});
