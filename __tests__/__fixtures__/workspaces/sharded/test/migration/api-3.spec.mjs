import assert from 'node:assert/strict';

describe('api part 3 @api', () => {
  it('keeps record 3', () => assert.equal(3 * 2, 3 + 3));
  it('keeps index 3', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3));
    assert.ok(true);
  });
});
