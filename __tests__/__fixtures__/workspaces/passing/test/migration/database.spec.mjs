import assert from 'node:assert/strict';

describe('tools table @database', () => {
  it('keeps every row', () => assert.equal(2 + 2, 4));
  it('keeps the names', () => assert.equal('a'.toUpperCase(), 'A'));
});
