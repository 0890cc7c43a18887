import * as core from '@actions/core';
import { createCommandGuard, type CommandGuard } from '../common/commands.js';
import type { Logger } from '../common/logger.js';
import { redactor } from '../common/secrets.js';

/**
 * Everything the action prints to the step's log, in one place: text (the suites' output, our
 * progress, echoed inputs) inside the runner's stop-commands protection, our own commands
 * (annotations, masks, groups, the step's failure) outside it, and all of it redacted. Nothing the
 * action prints goes to stderr, which the runner reads apart from stdout.
 */

/** The runner keeps this many error annotations, and as many warnings, per step; it drops the rest. */
export const ANNOTATIONS_PER_STEP = 10;

/**
 * Error annotations kept for the step's own failure messages (the gate's, and an upload's), which
 * come last: the failing tests' annotations and logged errors never take them.
 */
const RESERVED_ERRORS = 2;

/** What an annotation is. */
export type AnnotationKind = 'error' | 'warning';

/** The action's printer; see the module's comment. */
export interface ActionOutput {
  /** The core's logger: info as protected text, warnings and errors as annotations while the runner keeps them. */
  logger: Logger;
  /** Prints text that must never be executed (one line or several). */
  text(message: string): void;
  /**
   * Issues an annotation when the runner would still keep it (counting the ones issued so far and,
   * for errors, the step's own reserved ones); otherwise prints it as text. Returns whether it was
   * issued.
   */
  annotate(kind: AnnotationKind, message: string, properties?: core.AnnotationProperties): boolean;
  /** Error annotations still kept by the runner, the reserved ones left out. */
  errorsLeft(): number;
  /** A notice annotation. */
  notice(message: string): void;
  /** Fails the step with `message` (an error annotation from the reserve). */
  fail(message: string): void;
  /** Asks the runner to mask `secret` in the log, and hides it in everything printed from now on. */
  setSecret(secret: string): void;
  /** `text` with every secret known so far and every credential found by pattern hidden. */
  redact(text: string): string;
  /** Ends the protection, so that later steps' commands work; call before the action ends. */
  close(): void;
}

/**
 * The printer, writing through `write` (process.stdout by default, where `@actions/core` writes
 * its commands too, so that their order is kept).
 */
export function createActionOutput(
  write: (chunk: string) => void = (chunk) => void process.stdout.write(chunk),
): ActionOutput {
  const guard: CommandGuard = createCommandGuard(write);
  const secrets: string[] = [];
  let redact = redactor(secrets);
  const issued: Record<AnnotationKind, number> = { error: 0, warning: 0 };
  const left = (kind: AnnotationKind) =>
    ANNOTATIONS_PER_STEP - issued[kind] - (kind === 'error' ? RESERVED_ERRORS : 0);

  const output: ActionOutput = {
    logger: {
      info: (message) => output.text(message),
      warning: (message) => void output.annotate('warning', message),
      error: (message) => void output.annotate('error', message),
      async group(name, fn) {
        guard.command(() => core.startGroup(redact(name)));
        try {
          return await fn();
        } finally {
          guard.command(() => core.endGroup());
        }
      },
    },
    text: (message) => guard.text(redact(message)),
    annotate(kind, message, properties) {
      if (left(kind) <= 0) {
        // The runner would drop it: the log still shows it, as text.
        guard.text(`${kind === 'error' ? 'Error' : 'Warning'}: ${redact(message)}`);
        return false;
      }
      issued[kind] += 1;
      const redacted = properties && {
        ...properties,
        title: properties.title === undefined ? undefined : redact(properties.title),
      };
      guard.command(() => core[kind](redact(message), redacted));
      return true;
    },
    errorsLeft: () => Math.max(0, left('error')),
    notice: (message) => guard.command(() => core.notice(redact(message))),
    fail(message) {
      issued.error += 1;
      guard.command(() => core.setFailed(redact(message)));
    },
    setSecret(secret) {
      guard.command(() => core.setSecret(secret));
      secrets.push(secret);
      redact = redactor(secrets);
    },
    redact: (text) => redact(text),
    close: () => guard.close(),
  };
  return output;
}
