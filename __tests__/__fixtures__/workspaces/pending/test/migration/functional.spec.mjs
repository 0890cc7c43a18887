import assert from 'node:assert/strict';

describe('curation @functional', () => {
  it('promotes a tool', () => assert.ok(true));
  it.skip('demotes a tool', () => assert.fail('not run'));
  it('archives a tool');
  describe.skip('bulk curation', () => {
    it('promotes many', () => assert.fail('not run'));
    it('demotes many', () => assert.fail('not run'));
  });
});
