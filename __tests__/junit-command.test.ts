import assert from 'node:assert/strict';
import { InputError } from '../src/common/errors.js';
import { parseCommand } from '../src/inputs/command.js';

/** The InputError parseCommand throws for `text`, checked to be about the `command` input. */
function refusal(text: string): InputError {
  try {
    parseCommand(text);
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.equal(error.input, 'command');
    assert.equal(error.value, text);
    return error;
  }
  assert.fail(`parseCommand accepted ${JSON.stringify(text)}`);
}

describe('parseCommand', () => {
  it('splits words on blanks and keeps the program apart', () => {
    // Arrange
    const text = '  pytest   -q\t--junitxml=reports/junit.xml tests/ ';

    // Act
    const parsed = parseCommand(text);

    // Assert
    assert.deepEqual(parsed, {
      command: 'pytest',
      args: ['-q', '--junitxml=reports/junit.xml', 'tests/'],
    });
  });

  it('keeps single-quoted text literally, $( and operators included', () => {
    // Act
    const parsed = parseCommand("pytest -k 'a or b' '$(touch x)' 'x | y && z; w > v' 'it''s'");

    // Assert
    assert.deepEqual(parsed.args, ['-k', 'a or b', '$(touch x)', 'x | y && z; w > v', 'its']);
  });

  it('keeps operators inside double quotes as text and honours its escapes', () => {
    // Act
    const parsed = parseCommand(
      'bash -c "pytest --junitxml=j.xml | tee \\"out.log\\"; echo \\$HOME \\\\ done"',
    );

    // Assert
    assert.equal(parsed.command, 'bash');
    assert.deepEqual(parsed.args, [
      '-c',
      'pytest --junitxml=j.xml | tee "out.log"; echo $HOME \\ done',
    ]);
  });

  it('joins quoted and unquoted parts of one word and keeps empty quoted arguments', () => {
    // Act
    const parsed = parseCommand(`go test -run=Test"Migration "'(1|2)' "" ''`);

    // Assert
    assert.deepEqual(parsed.args, ['test', '-run=TestMigration (1|2)', '', '']);
  });

  it('keeps a backslash-escaped character and joins lines at a backslash-newline', () => {
    // Act
    const parsed = parseCommand('npx jest \\\n  --ci a\\ b \\|');

    // Assert
    assert.deepEqual(parsed, { command: 'npx', args: ['jest', '--ci', 'a b', '|'] });
  });

  it('keeps a lone $ and a $ before a non-name character as text', () => {
    // Act
    const parsed = parseCommand('echo $ cost=5$ a$.b');

    // Assert
    assert.deepEqual(parsed.args, ['$', 'cost=5$', 'a$.b']);
  });

  for (const [text, what] of [
    ['pytest | tee log', "'|'"],
    ['pytest && echo ok', "'&'"],
    ['pytest &', "'&'"],
    ['pytest; echo ok', "';'"],
    ['pytest > out.txt', "'>'"],
    ['pytest < in.txt', "'<'"],
    ['pytest `whoami`', 'backtick'],
    ['pytest $(touch x)', "'$('"],
    ['pytest ${HOME}', "'${'"],
    ['pytest $HOME', "'$H'"],
    ['pytest "$(touch x)"', "'$('"],
    ['pytest "`touch x`"', 'backtick'],
    ['(pytest)', "'('"],
    ['pytest tests/test_*.py', "'*'"],
    ['pytest # all', "'#'"],
    ['pytest\necho second', 'newline'],
  ] as const) {
    it(`refuses ${JSON.stringify(text)}, saying no shell is used and how to use one`, () => {
      // Act
      const error = refusal(text);

      // Assert
      assert.ok(error.message.includes(what), error.message);
      assert.match(error.message, /no shell is used/);
      assert.match(error.message, /bash -c "pytest --junitxml=junit\.xml \| tee pytest\.log"/);
    });
  }

  it('names the position of the refused character', () => {
    // Arrange
    const text = 'pytest -q $(touch x)';

    // Act
    const error = refusal(text);

    // Assert: position 11 (1-based) is the '$'.
    assert.match(
      error.message,
      /'\$\(' \(an expansion: no variable or command is substituted\) at position 11/,
    );
  });

  for (const [text, expected] of [
    ["pytest -k 'open", /the ' at position 11 is never closed/],
    ['pytest -k "open', /a " is never closed/],
    ['pytest \\', /lone backslash/],
    ['', /a command to run/],
    ['   ', /a command to run/],
    ["'' -q", /program name is not empty/],
  ] as const) {
    it(`refuses ${JSON.stringify(text)} with ${expected}`, () => {
      // Act
      const error = refusal(text);

      // Assert
      assert.match(error.message, expected);
    });
  }
});
