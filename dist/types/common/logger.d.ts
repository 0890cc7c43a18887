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
export declare function consolePrinter(protect: boolean, streams?: {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
}): ConsolePrinter;
/** A logger that keeps every line, for tests. */
export declare function recordingLogger(): Logger & {
    lines: string[];
};
