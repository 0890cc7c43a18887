import assert from 'node:assert/strict';

describe('api part 2 @api', () => {
  it('keeps record 2', () => assert.equal(2 * 2, 2 + 2));
  it('keeps index 2', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    assert.ok(true);
  });
  it('keeps the response shape', () => {
    assert.notEqual(process.env.VM_PLANT_FAILURE, '1', 'planted failure: the response shape changed');
  });
});
