/**
 * Releasing what a suite made, in reverse order, all of it even when one part fails.
 */

/** Anything the library knows how to release. */
export type Releasable =
  | {
      /** Releases the value asynchronously (`await using`); tried first. */
      [Symbol.asyncDispose](): PromiseLike<void>;
    }
  | {
      /** Releases the value synchronously (`using`). */
      [Symbol.dispose](): void;
    }
  | {
      /** Releases the value; tried after the two `Symbol` methods. */
      dispose(): unknown;
    }
  | {
      /** Releases the value (e.g. TypeORM's `DataSource.destroy`). */
      destroy(): unknown;
    }
  | {
      /** Releases the value (servers, connections); tried last. */
      close(): unknown;
    };

/**
 * Releases `value` by the first of `Symbol.asyncDispose`, `Symbol.dispose`, `dispose()`,
 * `destroy()`, `close()` it has (awaited). Values with none of them are left alone.
 */
export async function disposeValue(value: unknown): Promise<void> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  const target = value as Record<string | symbol, unknown>;
  for (const key of [Symbol.asyncDispose, Symbol.dispose, 'dispose', 'destroy', 'close'] as const) {
    const method = target[key];
    if (typeof method === 'function') {
      await (method as () => unknown).call(value);
      return;
    }
  }
}

/**
 * A stack of clean-up steps. `run()` performs every step, last added first, and then throws one
 * error naming each step that failed: a resource that could not be released (a database not
 * dropped, a port still open) is a leak the run must show, not hide.
 */
export class CleanupStack {
  private steps: Array<{ what: string; step: () => unknown }> = [];

  /** Adds a step; `what` names it in the error if it fails. */
  add(what: string, step: () => unknown): void {
    this.steps.push({ what, step });
  }

  /** Runs and forgets every step. */
  async run(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    const failures: string[] = [];
    for (const { what, step } of steps) {
      try {
        await step();
      } catch (error) {
        failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0)
      throw new Error(`Clean-up failed (${failures.length}):\n  - ${failures.join('\n  - ')}`);
  }
}
