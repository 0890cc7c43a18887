import assert from 'node:assert/strict';

describe('second @api', () => {
  it('never runs either', () => assert.ok(true));
});
