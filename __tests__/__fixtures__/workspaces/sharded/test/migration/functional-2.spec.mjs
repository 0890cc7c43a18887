import assert from 'node:assert/strict';

describe('functional part 2 @functional', () => {
  it('keeps record 2', () => assert.equal(2 * 2, 2 + 2));
  it('keeps index 2', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    assert.ok(true);
  });
});
