import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

// Records what the suite received, so the test can compare it with what was given.
describe('versions @functional', () => {
  it('receives the versions literally', () => {
    writeFileSync('received-versions.json', JSON.stringify({ old: process.env.OLD_VERSION, new: process.env.NEW_VERSION }));
    assert.ok(process.env.OLD_VERSION);
  });
});
