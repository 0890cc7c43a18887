import { InputError } from '../common/errors.js';

/**
 * Splitting the `command` input into a program and its arguments, the way a POSIX shell splits
 * words, but without a shell: nothing is expanded, piped, redirected or run in the background.
 * Whatever a shell would have done differently from "run this program with these arguments" is
 * refused with a message, so the command never silently means something else than it says.
 */

/** A command line split into the program and its arguments. */
export interface ParsedCommand {
  /** The program to run (looked up on PATH when it has no slash). */
  command: string;
  /** Its arguments, each passed as one argument, quotes removed. */
  args: string[];
}

const INPUT = 'command';

/** How to run a shell when one is really wanted; every refusal ends with it. */
const USE_A_SHELL =
  'no shell is used: the command runs directly with its arguments. Quote the character to pass it ' +
  'as text, or run a shell explicitly, e.g. command: bash -c "pytest --junitxml=junit.xml | tee pytest.log"';

/** Characters that only mean something to a shell (operators, redirections, subshells), outside quotes. */
const OPERATORS: Readonly<Record<string, string>> = {
  '|': "'|' (a pipe)",
  '&': "'&' ('&&' or running in the background)",
  ';': "';' (a command separator)",
  '>': "'>' (a redirection)",
  '<': "'<' (a redirection)",
  '`': 'a backtick (command substitution)',
  '(': "'(' (a subshell)",
  ')': "')' (a subshell)",
};

function refuse(text: string, what: string, position: number): never {
  throw new InputError(
    INPUT,
    text,
    `a command without ${what} at position ${position + 1}: ${USE_A_SHELL}`,
  );
}

/**
 * The `$` forms a shell would expand (`$(...)`, `${...}`, `$NAME`, `$1`, `$?`...). A lone `$` or
 * one before a character that starts no expansion is kept as text, as a shell keeps it.
 */
function isExpansion(text: string, index: number): boolean {
  const next = text[index + 1];
  return next !== undefined && /[({A-Za-z_0-9?@*#!$-]/.test(next);
}

/**
 * Splits a command line into a program and its arguments without a shell, with POSIX-like
 * quoting: single quotes keep everything literally; double quotes keep everything but a
 * backslash before `"`, `\`, `$` or a backtick; outside quotes a backslash keeps the next
 * character and a backslash before a newline joins lines.
 *
 * Throws `InputError('command', text, ...)` for an empty command, an unbalanced quote, a
 * trailing backslash, a newline outside quotes (a shell would start a second command), shell
 * operators outside quotes (`|`, `&&`, `&`, `;`, `>`, `<`, `(`, `)`, backticks) and expansions
 * a shell would make (`$(...)`, `${...}`, `$NAME`, unquoted `*` and `?`; inside double quotes
 * too, since a shell would expand those there). Each message says that no shell is used and
 * how to run one explicitly.
 */
export function parseCommand(text: string): ParsedCommand {
  const words: string[] = [];
  let word = '';
  // A word exists once anything was written to it, even an empty pair of quotes ('' is an argument).
  let inWord = false;
  let index = 0;

  const end = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };

  while (index < text.length) {
    const char = text[index];
    if (char === ' ' || char === '\t' || char === '\r') {
      end();
      index += 1;
    } else if (char === '\n') {
      refuse(text, 'a newline (a shell would start a second command there)', index);
    } else if (char === '\\') {
      if (index + 1 >= text.length) {
        throw new InputError(
          INPUT,
          text,
          'a command that does not end with a lone backslash (it escapes nothing)',
        );
      }
      // Backslash-newline joins lines, as in a shell; any other escaped character is kept as it is.
      if (text[index + 1] !== '\n') {
        word += text[index + 1];
        inWord = true;
      }
      index += 2;
    } else if (char === "'") {
      const close = text.indexOf("'", index + 1);
      if (close === -1) {
        throw new InputError(
          INPUT,
          text,
          `a command whose quotes are balanced (the ' at position ${index + 1} is never closed)`,
        );
      }
      word += text.slice(index + 1, close);
      inWord = true;
      index = close + 1;
    } else if (char === '"') {
      inWord = true;
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text[index];
        if (inner === '"') {
          closed = true;
          index += 1;
          break;
        }
        if (inner === '\\' && index + 1 < text.length && '"\\$`\n'.includes(text[index + 1])) {
          if (text[index + 1] !== '\n') word += text[index + 1];
          index += 2;
          continue;
        }
        if (inner === '`')
          refuse(text, 'a backtick (command substitution, even inside double quotes)', index);
        if (inner === '$' && isExpansion(text, index)) {
          refuse(
            text,
            `'$${text[index + 1]}' (an expansion, even inside double quotes; single quotes keep it as text)`,
            index,
          );
        }
        word += inner;
        index += 1;
      }
      if (!closed) {
        throw new InputError(
          INPUT,
          text,
          `a command whose quotes are balanced (a " is never closed)`,
        );
      }
    } else if (char in OPERATORS) {
      refuse(text, OPERATORS[char], index);
    } else if (char === '$' && isExpansion(text, index)) {
      refuse(
        text,
        `'$${text[index + 1]}' (an expansion: no variable or command is substituted)`,
        index,
      );
    } else if (char === '*' || char === '?') {
      refuse(text, `'${char}' (a glob a shell would expand into file names)`, index);
    } else if (char === '#' && !inWord) {
      refuse(
        text,
        "'#' at the start of a word (a shell would ignore the rest as a comment)",
        index,
      );
    } else {
      word += char;
      inWord = true;
      index += 1;
    }
  }
  end();

  if (words.length === 0)
    throw new InputError(INPUT, text, 'a command to run, e.g. pytest --junitxml=junit.xml');
  const [command, ...args] = words;
  if (command === '')
    throw new InputError(INPUT, text, 'a command whose program name is not empty');
  return { command, args };
}
