import type { VerificationReport } from './report.js';

/**
 * Typed errors that carry what a caller needs. Expected cases are caught with `instanceof`;
 * every message says what to change.
 */

/** An input (action input or CLI option) that is not allowed. Thrown before anything runs. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** The input's name as the user wrote it, e.g. `retention-days`. */
    readonly input: string,
    /** The value given. */
    readonly value: string,
    /** What is allowed, as a phrase: `a whole number from 1 to 90`. */
    readonly allowed: string,
  ) {
    super(
      `Input '${input}' has the value ${renderInputValue(value)}, which is not allowed: use ${allowed}.`,
    );
  }
}

/** Characters of a refused value shown in a message; the rest is counted, not printed. */
const SHOWN_VALUE_CHARACTERS = 120;

/**
 * A value as a message shows it: JSON-quoted (so newlines, quotes and control characters are
 * visible escapes, never raw), and cut after {@link SHOWN_VALUE_CHARACTERS} characters with its
 * length, so a 100 KB value cannot flood the log or an annotation.
 */
export function renderInputValue(value: string): string {
  if (value.length <= SHOWN_VALUE_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_VALUE_CHARACTERS))}... (${value.length} characters)`;
}

/** A report file (shard report, reporter stream) that cannot be read or is not what it should be. */
export class ReportReadError extends Error {
  override name = 'ReportReadError';
  constructor(
    /** The file that could not be read. */
    readonly file: string,
    reason: string,
  ) {
    super(`Cannot use ${file}: ${reason}`);
  }
}

/**
 * A report file that could not be written (read-only folder, a file where a folder must be, a
 * full disk...). Carries the report when it was built, so that the caller can still publish
 * what does not need the disk (outputs, summary); the gate is failed either way.
 */
export class ReportWriteError extends Error {
  override name = 'ReportWriteError';
  constructor(
    /** The file that could not be written. */
    readonly file: string,
    /** The operating system's reason, e.g. `ENOSPC: no space left on device, write`. */
    readonly reason: string,
    /** The report that was to be written, when it was built. */
    readonly report?: VerificationReport,
  ) {
    super(`Cannot write the report file ${file}: ${reason}`);
  }
}

/** Another verification run is writing to the same report path right now. */
export class ReportPathBusyError extends Error {
  override name = 'ReportPathBusyError';
  constructor(
    /** The report path both runs target. */
    readonly reportPath: string,
    /** Who holds it, e.g. `process 1234 on runner-1, since 2026-11-25T09:00:00.000Z`. */
    readonly holder: string,
  ) {
    super(
      `Another verification run is writing its report to ${reportPath} right now (${holder}): ` +
        "two runs would mix their report files. Give each run its own 'report-path', or run them one after the other.",
    );
  }
}
