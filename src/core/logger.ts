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

/** A logger that prints to the console, for the CLI. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warning: (message) => console.warn(`warning: ${message}`),
  error: (message) => console.error(`error: ${message}`),
  async group(name, fn) {
    console.log(`== ${name}`);
    return fn();
  },
};

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
