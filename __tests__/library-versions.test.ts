import assert from 'node:assert/strict';
import { newVersion, oldVersion } from '../src/library/versions.js';

describe('oldVersion and newVersion', () => {
  const saved = { old: process.env.OLD_VERSION, new: process.env.NEW_VERSION };
  afterEach(() => {
    for (const [name, value] of [
      ['OLD_VERSION', saved.old],
      ['NEW_VERSION', saved.new],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('default to 1.0.0 and 2.0.0 when the variables are unset or blank', () => {
    delete process.env.OLD_VERSION;
    process.env.NEW_VERSION = '  ';

    assert.deepEqual([oldVersion(), newVersion()], ['1.0.0', '2.0.0']);
  });

  it('read OLD_VERSION and NEW_VERSION on each call, trimmed', () => {
    process.env.OLD_VERSION = ' 3.2.1 ';
    process.env.NEW_VERSION = '4.0.0-rc.1';

    assert.deepEqual([oldVersion(), newVersion()], ['3.2.1', '4.0.0-rc.1']);
  });
});
