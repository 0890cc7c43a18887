import assert from 'node:assert/strict';

describe('api part 1 @api', () => {
  it('keeps record 1', () => assert.equal(1 * 2, 1 + 1));
  it('keeps index 1', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.ok(true);
  });
});
