import assert from 'node:assert/strict';
import {
  maskCredentials,
  redactDeep,
  redactor,
  secretsFromEnv,
  secretsInText,
} from '../src/common/secrets.js';

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

  describe('maskCredentials: by pattern, whatever the text', () => {
    const cases: Array<[string, string, string]> = [
      [
        'a URL',
        'could not log in: postgres://u:Sup3rSecret@h/db',
        'could not log in: postgres://u:***@h/db',
      ],
      ['a URL without a scheme', 'see //app:hunter2@host', 'see //app:***@host'],
      [
        'an @ left unencoded',
        'mysql://root:p@ss@127.0.0.1:3306/',
        'mysql://root:***@127.0.0.1:3306/',
      ],
      ['an empty user', 'redis://:hunter22@cache:6379', 'redis://:***@cache:6379'],
      [
        'a URL in JSON',
        '{"url":"postgres://u:pw1@h/db","n":"a@b"}',
        '{"url":"postgres://u:***@h/db","n":"a@b"}',
      ],
      [
        'password= pairs',
        'Server=h;Password=Sup3rSecret;x password = "two words"',
        'Server=h;Password=***;x password = "***"',
      ],
      [
        'a query string',
        'postgres://h/db?sslmode=require&password=Sup3rSecret&x=1',
        'postgres://h/db?sslmode=require&password=***&x=1',
      ],
      [
        'prefixed keys',
        'PGPASSWORD=Sup3rSecret db_password=abc access_token=t0k',
        'PGPASSWORD=*** db_password=*** access_token=***',
      ],
      [
        'printed objects and JSON',
        `{ password: 'Sup3rSecret' } {"password":"Sup3rSecret"}`,
        `{ password: '***' } {"password":"***"}`,
      ],
    ];
    for (const [what, text, expected] of cases) {
      it(`masks ${what}`, () => {
        assert.equal(maskCredentials(text), expected);
        assert.equal(maskCredentials(expected), expected, 'idempotent');
      });
    }

    it('leaves text without credentials alone', () => {
      for (const text of [
        'https://example.com/a:b@c',
        'mysql://root@127.0.0.1:3306/',
        'the password: must be 8 characters',
        'bypass=1 --grep "password reset" max_tokens=5',
        'connect ECONNREFUSED ::1:5432',
      ])
        assert.equal(maskCredentials(text), text);
    });

    it('takes linear time on hostile megabytes (quadratic would take hours)', () => {
      // Each holds what lets its patterns start everywhere (an `@`, a key).
      const hostile = [
        `${'//a:b'.repeat(250_000)}@`,
        'x-token'.repeat(150_000),
        'password="'.repeat(100_000),
      ];
      const started = Date.now();
      for (const text of hostile) maskCredentials(text);
      assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
    });

    it('is part of every redactor, with no secret given', () => {
      assert.equal(redactor([])('at mysql://root:Sup3rSecret@h/'), 'at mysql://root:***@h/');
    });
  });
});
