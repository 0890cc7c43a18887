import assert from 'node:assert/strict';
import { IntentFileError, parseIntent } from '../src/library/migrations/intent.js';

/** The intent file: what each migration means to do, read line by line so faults name their line. */
describe('migrations check: the intent file', () => {
  it("reads each migration's declarations, with comments and quotes, each with its line", () => {
    const intent = parseIntent(
      [
        '# what the migrations mean to do',
        'DropFlag1700000000000:',
        '  - drop column users.legacy_flag   # reviewed',
        '',
        '"RenameMail1700000000001":',
        "  - 'rename column users.mail to email'",
        '  - lossy down users',
      ].join('\n'),
      'verify-migration.intent.yml',
    );
    assert.deepEqual(
      [...intent.migrations].map(([name, lines]) => [
        name,
        lines.map((l) => [l.line, l.statement]),
      ]),
      [
        [
          'DropFlag1700000000000',
          [[3, { kind: 'drop column', table: 'users', column: 'legacy_flag' }]],
        ],
        [
          'RenameMail1700000000001',
          [
            [6, { kind: 'rename column', table: 'users', column: 'mail', to: 'email' }],
            [7, { kind: 'lossy down', table: 'users', column: undefined }],
          ],
        ],
      ],
    );
  });

  for (const [what, text, line, pattern] of [
    [
      'a declaration that is none of the forms',
      'A1:\n  - drop colum users.x\n',
      2,
      /"drop colum users\.x" is not a declaration; use one of: drop table T/,
    ],
    [
      'an item before any migration name',
      '  - drop table t\n',
      1,
      /expected a migration name ending in ":"/,
    ],
    [
      'a migration named twice',
      'A1:\n  - drop table t\nA1:\n  - drop table u\n',
      3,
      /A1 is declared twice/,
    ],
    ['a tab in the indentation', 'A1:\n\t- drop table t\n', 2, /spaces, not tabs/],
    [
      'a line that is neither a name nor an item',
      'A1:\n  drop table t\n',
      2,
      /expected a declaration item/,
    ],
  ] as const)
    it(`refuses ${what}, naming the file and line`, () => {
      assert.throws(
        () => parseIntent(text, 'm/verify-migration.intent.yml'),
        (error: unknown) =>
          error instanceof IntentFileError &&
          error.line === line &&
          error.message.startsWith(`m/verify-migration.intent.yml:${line}: `) &&
          pattern.test(error.message),
      );
    });

  it('refuses a migration with no declarations', () => {
    assert.throws(() => parseIntent('A1:\n# nothing yet\n', 'f.yml'), /A1: declares nothing/);
  });
});
