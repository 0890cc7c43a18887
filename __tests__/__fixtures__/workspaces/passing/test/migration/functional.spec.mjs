import assert from 'node:assert/strict';

describe('curation @functional', () => {
  it('promotes a tool', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual([1, 2], [1, 2]);
  });
});
