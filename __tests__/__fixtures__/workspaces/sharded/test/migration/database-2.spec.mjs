import assert from 'node:assert/strict';

describe('database part 2 @database', () => {
  it('keeps record 2', () => assert.equal(2 * 2, 2 + 2));
  it('keeps index 2', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    assert.ok(true);
  });
});
