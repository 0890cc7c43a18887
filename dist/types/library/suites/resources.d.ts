/**
 * Releasing what a suite made, in reverse order, all of it even when one part fails.
 */
/** Anything the library knows how to release. */
export type Releasable = {
    /** Releases the value asynchronously (`await using`); tried first. */
    [Symbol.asyncDispose](): PromiseLike<void>;
} | {
    /** Releases the value synchronously (`using`). */
    [Symbol.dispose](): void;
} | {
    /** Releases the value; tried after the two `Symbol` methods. */
    dispose(): unknown;
} | {
    /** Releases the value (e.g. TypeORM's `DataSource.destroy`). */
    destroy(): unknown;
} | {
    /** Releases the value (servers, connections); tried last. */
    close(): unknown;
};
/**
 * Releases `value` by the first of `Symbol.asyncDispose`, `Symbol.dispose`, `dispose()`,
 * `destroy()`, `close()` it has (awaited). Values with none of them are left alone.
 */
export declare function disposeValue(value: unknown): Promise<void>;
/**
 * A stack of clean-up steps. `run()` performs every step, last added first, and then throws one
 * error naming each step that failed: a resource that could not be released (a database not
 * dropped, a port still open) is a leak the run must show, not hide.
 */
export declare class CleanupStack {
    private steps;
    /** Adds a step; `what` names it in the error if it fails. */
    add(what: string, step: () => unknown): void;
    /** Runs and forgets every step. */
    run(): Promise<void>;
}
