import { createCommandGuard, inertText } from './commands.js';

/**
 * Where the core writes its progress. The action passes one backed by `@actions/core`; the CLI
 * one that prints to the terminal; tests one that records.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group of the log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The CLI's printer: its logger, and its own lines to stdout and stderr. */
export interface ConsolePrinter {
  logger: Logger;
  /** Prints to stdout. */
  out(text: string): void;
  /** Prints to stderr. */
  err(text: string): void;
  /** Ends the protection of stdout, if it was started; call before the CLI ends. */
  close(): void;
}

/**
 * The CLI's printer. With `protect` (the CLI's output is not a terminal: a workflow step's `run:`
 * may be reading it), nothing it prints is executed as a workflow command: stdout goes inside the
 * runner's stop-commands protection when it may hold one, and stderr, which the runner reads apart
 * from stdout, is made inert (see `inertText`). In a terminal it prints as it is.
 */
export function consolePrinter(
  protect: boolean,
  streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
): ConsolePrinter {
  const guard = createCommandGuard((chunk) => void streams.stdout.write(chunk));
  const out = protect
    ? (text: string) => guard.text(text)
    : (text: string) => void streams.stdout.write(`${text}\n`);
  const err = (text: string) => void streams.stderr.write(`${protect ? inertText(text) : text}\n`);
  return {
    logger: {
      info: out,
      warning: (message) => err(`warning: ${message}`),
      error: (message) => err(`error: ${message}`),
      async group(name, fn) {
        out(`== ${name}`);
        return fn();
      },
    },
    out,
    err,
    close: () => guard.close(),
  };
}

/** A logger that keeps every line, for tests. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    async group(name, fn) {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}
