import type {
  Category,
  Difference,
  HookFailure,
  RunOutcome,
  TestRecord,
  TestState,
} from '../../../src/common/records.js';

/**
 * Hand-built run outcomes for the report stage's tests: small builders, and a few named
 * outcomes that cover every counting rule and every gate reason.
 */

/** One test record; `title` is the test's own title, inside a suite named after the category. */
export function record(
  category: Category,
  state: TestState,
  title: string,
  extra: Partial<TestRecord> = {},
): TestRecord {
  const suite = `${category} suite`;
  const failing = state === 'failed' || state === 'error';
  const message = state === 'failed' ? `expected ${title} to hold` : `${title} threw`;
  return {
    title_path: [suite, title],
    full_title: `${suite} ${title}`,
    file: `test/migration/${category}.spec.ts`,
    category,
    state,
    duration: state === 'skipped' ? 0 : 0.25,
    ...(failing
      ? {
          message,
          // As mocha's: the stack starts with the error's name and message.
          stack: `${state === 'failed' ? 'AssertionError' : 'Error'}: ${message}\n    at Context.<anonymous> (test/migration/${category}.spec.ts:12:5)`,
          location: { file: `test/migration/${category}.spec.ts`, line: 12, column: 5 },
        }
      : {}),
    ...extra,
  };
}

/** A failing after-hook in `category`. */
export function hookFailure(
  category: Category,
  message = 'could not close the database',
): HookFailure {
  const suite = `${category} suite`;
  return {
    title: '"after all" hook: close db',
    full_title: `${suite} "after all" hook: close db`,
    file: `test/migration/${category}.spec.ts`,
    category,
    message,
    stack: `Error: ${message}\n    at Context.<anonymous> (test/migration/${category}.spec.ts:40:11)`,
    location: { file: `test/migration/${category}.spec.ts`, line: 40 },
  };
}

/** A completed run of `tests`, with no problems. */
export function outcome(tests: TestRecord[], extra: Partial<RunOutcome> = {}): RunOutcome {
  return {
    completed: true,
    exit_code: 0,
    signal: null,
    tests,
    hook_failures: [],
    problems: [],
    duration: 1.5,
    ...extra,
  };
}

/** `count` comparator differences on `tools[i].status`. */
export function differences(count: number): Difference[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `tools[${index}].status`,
    kind: 'changed' as const,
    old: 'active',
    new: 'ACTIVE',
    message: `tools[${index}].status changed from "active" to "ACTIVE"`,
  }));
}

/** Every category passing: 2 database, 1 api, 1 functional (one of them skipped). */
export function allPassing(): RunOutcome {
  return outcome([
    record('database_migration', 'passed', 'keeps tools'),
    record('database_migration', 'passed', 'keeps settings'),
    record('api_migration', 'passed', 'lists tools'),
    record('functional_migration', 'passed', 'runs a tool'),
    record('functional_migration', 'skipped', 'runs a slow tool'),
  ]);
}

/** Every state in every category, an uncategorised test, an after-hook failure and comparator differences. */
export function mixed(): RunOutcome {
  return outcome(
    [
      record('database_migration', 'passed', 'keeps tools'),
      record('database_migration', 'failed', 'keeps tool status', { differences: differences(3) }),
      record('database_migration', 'skipped', 'keeps audit log'),
      record('api_migration', 'passed', 'lists tools'),
      record('api_migration', 'error', 'gets one tool'),
      record('api_migration', 'error', 'blocked by before hook', {
        message: '"before all" hook: start service: ECONNREFUSED',
      }),
      record('functional_migration', 'passed', 'runs a tool'),
      record('other', 'passed', 'plain mocha test'),
      record('other', 'failed', 'plain mocha check'),
    ],
    { hook_failures: [hookFailure('functional_migration')], exit_code: 3 },
  );
}

/** Strings that break naive XML and Markdown writers, in titles, messages, files and differences. */
export const HOSTILE = {
  title:
    'a </testcase> b ]]> c | d <script>alert(1)</script> [link](http://x) ![img](http://y) `tick` *star* \u0000nul \u001bansi 🚀 & "q" \'a\'',
  message:
    'line one | pipe\nline two </failure> ]]> <b>bold</b>\n\n# not a heading\n\u0000\u0007 🚀 \uD800 lone surrogate',
  file: 'test/migration/we|ird <name>.spec.ts',
} as const;

/** One failing test and one failing hook carrying the hostile strings everywhere they can go. */
export function hostile(): RunOutcome {
  const test = record('api_migration', 'failed', HOSTILE.title, {
    message: HOSTILE.message,
    stack: `AssertionError: ${HOSTILE.message}\n    at x (${HOSTILE.file}:3:1)`,
    file: HOSTILE.file,
    location: { file: HOSTILE.file, line: 3 },
    differences: [
      {
        path: `body.${HOSTILE.title}`,
        kind: 'changed',
        old: HOSTILE.message,
        new: 1n as unknown,
        // Not the test's message, so the summary lists it apart (and escapes it inline).
        message: `${HOSTILE.message} (in the body)`,
      },
    ],
  });
  const hook = {
    ...hookFailure('api_migration', HOSTILE.message),
    title: HOSTILE.title,
    full_title: `api suite ${HOSTILE.title}`,
  };
  return outcome([test, record('api_migration', 'passed', `${HOSTILE.title} passing`)], {
    hook_failures: [hook],
  });
}
