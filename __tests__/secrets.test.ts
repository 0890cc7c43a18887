import assert from 'node:assert/strict';
import { redactDeep, redactor, secretsFromEnv } from '../src/core/secrets.js';

describe('secrets', () => {
  it('finds passwords in connection URLs of the environment, encoded and decoded', () => {
    const secrets = secretsFromEnv({
      DB: 'postgres://app:s3cr%40t@db:5432/app',
      OTHER: 'mysql://root@127.0.0.1:3306/',
      TEXT: 'see https://example.com/a:b@c',
    });
    assert.deepEqual(secrets.sort(), ['s3cr%40t', 's3cr@t'].sort());
  });

  it('redacts every occurrence, longest secret first', () => {
    const redact = redactor(['abc', 'abcdef']);
    assert.equal(redact('x abcdef y abc z'), 'x *** y *** z');
  });

  it('redacts strings deep inside records and leaves other values alone', () => {
    const redact = redactor(['hunter2']);
    const record = { message: 'login hunter2 failed', n: 3, list: [{ old: 'hunter2' }], ok: true };
    assert.deepEqual(redactDeep(record, redact), {
      message: 'login *** failed',
      n: 3,
      list: [{ old: '***' }],
      ok: true,
    });
  });
});
