import assert from 'node:assert/strict';
import { maskUrl, redactSecret } from '../src/library/secrets.js';

describe('library database: secrets (maskUrl, redactSecret)', function () {
  const cases: [string, string, string][] = [
    [
      'a password',
      'postgres://app:hunter2@db.example:5432/svc',
      'postgres://app:***@db.example:5432/svc',
    ],
    [
      'an encoded password',
      'mysql://root:p%40ss%3Aw0rd@127.0.0.1:3306/',
      'mysql://root:***@127.0.0.1:3306/',
    ],
    ['no password', 'mysql://root@127.0.0.1:3306/', 'mysql://root@127.0.0.1:3306/'],
    [
      'a password query parameter',
      'postgres://app@h/db?sslmode=require&password=hunter2',
      'postgres://app@h/db?sslmode=require&password=***',
    ],
    [
      'the password repeated as the database name',
      'postgres://app:hunter22@h/hunter22',
      'postgres://app:***@h/***',
    ],
    [
      'a string that is not a URL',
      'see //app:hunter2@host and password=hunter2',
      'see //app:***@host and password=***',
    ],
  ];
  for (const [what, url, expected] of cases) {
    it(`masks ${what}`, function () {
      // Arrange: url and expected above
      // Act
      const masked = maskUrl(url);
      // Assert
      assert.equal(masked, expected);
    });
  }

  it('removes a secret, raw and URL-encoded, from any text', function () {
    // Arrange
    const text = 'auth failed for p@ss:word (p%40ss%3Aword) at postgres://u:p%40ss%3Aword@h/db';
    // Act
    const redacted = redactSecret(text, 'p@ss:word');
    // Assert
    assert.equal(redacted, 'auth failed for *** (***) at postgres://u:***@h/db');
  });
});
