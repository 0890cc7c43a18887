import { randomBytes } from 'node:crypto';

/**
 * Keeping printed text from steering the runner. The runner reads every line a step prints on
 * stdout and stderr (lines end at `\n`, `\r\n` and a bare `\r`) and executes it as a workflow
 * command when, after leading white space, it starts `::name ...::` (`::warning::`,
 * `::add-mask::`, `::stop-commands::`), or when it holds `##[name]` anywhere. The suites' output,
 * test titles and error messages come from data (a database value, an HTTP body quoted in an
 * assertion), so none of it may reach the runner as a command.
 *
 * Text goes inside the runner's own protection: `::stop-commands::<token>` stops all command
 * processing until `::<token>::`. The token is random (128 bits), never handed to the suites, and
 * a text holding it (which would end the protection early) gets a fresh one.
 */

/** The lines of `text` as the runner reads them: split at `\r\n`, `\n` and a bare `\r`. */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Characters a culture-aware comparison may skip (the runner's `StartsWith("::")` and
 * `IndexOf("::")` are culture-aware in .NET, and ICU ignores these): control and format
 * characters and default-ignorable code points such as U+00AD and U+200B. Tabs and line ends
 * are kept: the runner trims and splits at them.
 */
const IGNORABLE = /(?![\t\r\n])[\p{C}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Whether the runner might read a command anywhere in `text`. Wider than the runner's parser on
 * purpose (a `::` anywhere, not only after leading white space, whose meaning differs between .NET
 * and JavaScript; ignorable characters inside it ignored): text for which this is false can never
 * be executed, however it is split or compared.
 */
export function mayHoldCommand(text: string): boolean {
  const visible = text.replace(IGNORABLE, '');
  return visible.includes('::') || visible.includes('##[');
}

/**
 * `text` that no runner reads as a command, without stop-commands: for stderr, which the runner
 * reads apart from stdout (in no fixed order with it), so that a stop on one stream cannot cover
 * the other. Text that may hold a command loses its ignorable characters and gets a space inside
 * every `::` and `##[` (`: :`, `## [`): visible, but nothing to execute.
 */
export function inertText(text: string): string {
  if (!mayHoldCommand(text)) return text;
  return text
    .replace(IGNORABLE, '')
    .replace(/:(?=:)/g, ': ')
    .replace(/#(?=\[)/g, '# ');
}

/** Writes to one stream with the runner's commands kept apart from printed text. */
export interface CommandGuard {
  /**
   * Prints `text` (one line or several) so that none of it is executed: when it may hold a
   * command, command processing is stopped first (and stays stopped for the text that follows,
   * until the next {@link CommandGuard.command}).
   */
  text(text: string): void;
  /** Runs `issue`, which prints one of our own commands, with command processing resumed first. */
  command<T>(issue: () => T): T;
  /** Resumes command processing if it was stopped: before exiting, so later steps' commands work. */
  close(): void;
}

/** A fresh token: hexadecimal, so that it is one command name, and too long to guess. */
function newToken(): string {
  return randomBytes(16).toString('hex');
}

/**
 * A guard that writes through `write` (e.g. `process.stdout.write`); `token` makes the stop
 * tokens (tests only). Lines end with `\n`, as `@actions/core` ends them on every platform's runner.
 */
export function createCommandGuard(
  write: (chunk: string) => void,
  token: () => string = newToken,
): CommandGuard {
  let stopped: string | undefined;
  const resume = () => {
    if (stopped === undefined) return;
    write(`::${stopped}::\n`);
    stopped = undefined;
  };
  return {
    text(text) {
      if (stopped !== undefined && text.toLowerCase().includes(stopped)) resume();
      if (stopped === undefined && mayHoldCommand(text)) {
        let fresh = token();
        while (text.toLowerCase().includes(fresh.toLowerCase())) fresh = token();
        write(`::stop-commands::${fresh}\n`);
        stopped = fresh.toLowerCase();
      }
      write(`${text}\n`);
    },
    command(issue) {
      resume();
      return issue();
    },
    close: resume,
  };
}
