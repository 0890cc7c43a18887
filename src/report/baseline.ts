import {
  staleEntries,
  type BaselineDifference,
  type BaselineEntry,
  type BaselineSection,
  type StaleBaselineEntry,
} from '../common/baseline.js';
import { jsonSafe } from '../common/json-safe.js';
import type { Difference, TestRecord } from '../common/records.js';

/** What the report needs to know of the baseline. */
export interface BaselineInput {
  file: string;
  entries: readonly BaselineEntry[];
  /** No grep and no shard narrowed the run: a test that is not in it no longer exists. */
  complete: boolean;
  /** With `update-baseline`: the entries written. */
  written?: number;
}

function listed(test: string, difference: Difference): BaselineDifference {
  const item: BaselineDifference = {
    test,
    path: difference.path,
    kind: difference.kind,
    message: difference.message,
  };
  if (difference.old !== undefined) item.old = jsonSafe(difference.old);
  if (difference.new !== undefined) item.new = jsonSafe(difference.new);
  return item;
}

/** The accepted differences and the new ones (those of failed tests) of a run's tests. */
function differencesOf(tests: readonly TestRecord[]): {
  accepted: BaselineDifference[];
  fresh: BaselineDifference[];
  passed: string[];
} {
  const passed = tests
    .filter((test) => test.state === 'passed' && (test.accepted_differences ?? []).length > 0)
    .map((test) => test.full_title);
  const accepted = tests.flatMap((test) =>
    (test.accepted_differences ?? []).map((difference) => listed(test.full_title, difference)),
  );
  const fresh = tests
    .filter((test) => test.state === 'failed')
    .flatMap((test) =>
      (test.differences ?? []).map((difference) => listed(test.full_title, difference)),
    );
  return { accepted, fresh, passed };
}

/**
 * The `baseline` section of a merged report: the accepted and new differences of the joined
 * tests, and the stale entries of every shard (each shard judges only the tests it ran, so an
 * entry is stale in at most the one shard that ran its test). Undefined when no shard had one.
 */
export function mergedBaselineSection(
  sections: readonly BaselineSection[],
  tests: readonly TestRecord[],
): BaselineSection | undefined {
  if (sections.length === 0) return undefined;
  const { accepted, fresh, passed } = differencesOf(tests);
  const stale = new Map<string, StaleBaselineEntry>();
  for (const entry of sections.flatMap((section) => section.stale_entries))
    stale.set(JSON.stringify([entry.test, entry.path, entry.kind, entry.line]), entry);
  return {
    file: sections[0]!.file,
    entries: Math.max(...sections.map((section) => section.entries)),
    accepted: accepted.length,
    new: fresh.length,
    stale: stale.size,
    passed_with_accepted: passed,
    accepted_differences: accepted,
    new_differences: fresh,
    stale_entries: [...stale.values()],
  };
}

/** The `baseline` section for a run's tests. */
export function baselineSection(
  input: BaselineInput,
  tests: readonly TestRecord[],
): BaselineSection {
  const { accepted, fresh, passed } = differencesOf(tests);
  // Copied field by field: nothing else a caller attached to an entry reaches the report.
  const stale = staleEntries(input.entries, tests, input.complete).map((entry) => {
    const item: StaleBaselineEntry = { test: entry.test, path: entry.path, kind: entry.kind };
    if ('old' in entry) item.old = entry.old;
    if ('new' in entry) item.new = entry.new;
    if (entry.reason !== undefined) item.reason = entry.reason;
    if (entry.line !== undefined) item.line = entry.line;
    return item;
  });
  const section: BaselineSection = {
    file: input.file,
    entries: input.entries.length,
    accepted: accepted.length,
    new: fresh.length,
    stale: stale.length,
    passed_with_accepted: passed,
    accepted_differences: accepted,
    new_differences: fresh,
    stale_entries: stale,
  };
  if (input.written !== undefined) section.written = input.written;
  return section;
}

/** How a summary writes the baseline's lines: Markdown escapes and code spans, or plain text. */
export interface BaselineStyle {
  heading: (text: string) => string;
  /** User text (a title, a message), made safe and short. */
  text: (text: string) => string;
  /** A path or a file name, made safe and short. */
  code: (text: string) => string;
  /** What starts a list item. */
  bullet: string;
}

/** Items of each list a summary shows; the JSON report has them all. */
const MAX_LISTED = 20;
/** Paths shown per test. */
const MAX_PATHS = 5;

function byTest(items: readonly BaselineDifference[]): Map<string, BaselineDifference[]> {
  const groups = new Map<string, BaselineDifference[]>();
  for (const item of items) groups.set(item.test, [...(groups.get(item.test) ?? []), item]);
  return groups;
}

function listGroups(
  groups: Map<string, BaselineDifference[]>,
  style: BaselineStyle,
  word: string,
  note: (test: string) => string = () => '',
): string[] {
  const lines = [...groups].slice(0, MAX_LISTED).map(([test, items]) => {
    const paths = items
      .slice(0, MAX_PATHS)
      .map((item) => `${style.code(item.path)} (${item.kind})`)
      .join(', ');
    const more = items.length > MAX_PATHS ? `, … ${items.length - MAX_PATHS} more` : '';
    return `${style.bullet}${style.text(test)}${note(test)}: ${items.length} ${word}: ${paths}${more}`;
  });
  if (groups.size > MAX_LISTED)
    lines.push(`${style.bullet}… and ${groups.size - MAX_LISTED} more tests (see the JSON report)`);
  return lines;
}

/**
 * The summary's part on the baseline, for the job summary and the terminal alike: the counts,
 * the tests that had accepted differences, the new differences by test, and the stale entries.
 */
export function renderBaseline(section: BaselineSection, style: BaselineStyle): string[] {
  const passed = new Set(section.passed_with_accepted);
  const written = section.written === undefined ? '' : `; updated: it holds ${section.written} now`;
  const lines = [
    style.heading(`Baseline of accepted differences: ${style.code(section.file)}`),
    '',
    `${section.accepted} accepted, ${section.new} new, ${section.stale} stale (the baseline held ${section.entries} entr${section.entries === 1 ? 'y' : 'ies'}${written}).`,
    '',
  ];
  if (section.accepted > 0)
    lines.push(
      'Accepted differences:',
      '',
      ...listGroups(byTest(section.accepted_differences), style, 'accepted', (test) =>
        passed.has(test) ? ' (passed with accepted differences)' : ' (has new differences too)',
      ),
      '',
    );
  if (section.new > 0)
    lines.push(
      'New differences (not in the baseline: these fail):',
      '',
      ...listGroups(byTest(section.new_differences), style, 'new'),
      '',
    );
  if (section.stale > 0) {
    lines.push(
      'Stale entries (accepted, but they did not occur: remove them, or run with update-baseline):',
      '',
      ...section.stale_entries
        .slice(0, MAX_LISTED)
        .map(
          (entry) =>
            `${style.bullet}${style.text(entry.test)}: ${style.code(entry.path)} (${entry.kind})${entry.line === undefined ? '' : `, line ${entry.line}`}`,
        ),
    );
    if (section.stale > MAX_LISTED)
      lines.push(`${style.bullet}… and ${section.stale - MAX_LISTED} more (see the JSON report)`);
    lines.push('');
  }
  return lines;
}
