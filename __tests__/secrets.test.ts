import assert from 'node:assert/strict';
import { redactDeep, redactor, secretsFromEnv, secretsInText } from '../src/core/secrets.js';

describe('secrets', () => {
  it('finds passwords in connection URLs of the environment, encoded and decoded', () => {
    const secrets = secretsFromEnv({
      DB: 'postgres://app:s3cr%40t@db:5432/app',
      OTHER: 'mysql://root@127.0.0.1:3306/',
      TEXT: 'see https://example.com/a:b@c',
    });
    assert.deepEqual(secrets.sort(), ['s3cr%40t', 's3cr@t'].sort());
  });

  it('finds the values of variables named like credentials, but not folders or short flags', () => {
    const secrets = secretsFromEnv({
      MYSQL_PWD: 'mysql-pass-1',
      DB_PASS: 'db-pass-22',
      SERVICE_API_TOKEN: 'tok_abcdefgh',
      PWD: '/home/runner/work',
      OLDPWD: '/home/runner',
      FEATURE_TOKEN: 'on',
      CACHE_KEY: 'node-modules-abc123',
    });
    assert.deepEqual(secrets.sort(), ['db-pass-22', 'mysql-pass-1', 'tok_abcdefgh']);
  });

  it('finds passwords in key-value connection strings and query strings', () => {
    assert.deepEqual(
      secretsInText(
        'Server=db;User Id=app;Password=Kv%2Fpass9;\n--url "mysql://h/db?user=app&pwd=q-pass-7&ssl=1"',
      ).sort(),
      ['Kv%2Fpass9', 'Kv/pass9', 'q-pass-7'],
    );
    assert.deepEqual(secretsInText('node run.js --grep "password reset" --retries=3'), []);
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
