/** Reading a verification report back (a shard's, a previous run's): the file, then its shape. */
import { readFile } from 'node:fs/promises';
import { ReportReadError } from './errors.js';
import { ALL_CATEGORIES, CATEGORIES } from './records.js';
import { GITHUB_RUN_FIELDS, REPORT_SCHEMA_VERSION, type VerificationReport } from './report.js';

/**
 * A dependency-free check of a report read from a file (a shard report to merge), written to
 * agree with `schema/verification-report.schema.json`: the product does not ship a schema
 * validator, and the tests check both against the same broken reports.
 */

type Json = Record<string, unknown>;

const STATUSES = ['passed', 'failed'];
const STATES = ['passed', 'failed', 'error', 'skipped'];
const KINDS = ['missing', 'extra', 'changed', 'type'];
const COUNT_KEYS = ['tests', 'passed', 'failures', 'errors', 'skipped', 'hook_failures'] as const;
const GITHUB_FIELDS = Object.keys(GITHUB_RUN_FIELDS);

/** Collects what is wrong, each with the JSON path it concerns. */
class Problems {
  readonly list: string[] = [];
  add(path: string, expected: string, value: unknown): void {
    this.list.push(`${path} should be ${expected}, found ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isSeconds(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function checkObject(
  problems: Problems,
  path: string,
  value: unknown,
  required: readonly string[],
  allowed: readonly string[],
): value is Json {
  if (!isObject(value)) {
    problems.add(path, 'an object', value);
    return false;
  }
  for (const key of required) if (!(key in value)) problems.list.push(`${path}.${key} is missing`);
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) problems.list.push(`${path}.${key} is not a known key`);
  return true;
}

function checkString(problems: Problems, path: string, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string') problems.add(path, 'a string', value);
}

function checkEnum(
  problems: Problems,
  path: string,
  value: unknown,
  values: readonly string[],
): void {
  if (typeof value !== 'string' || !values.includes(value))
    problems.add(path, `one of ${values.join(', ')}`, value);
}

function checkStrings(problems: Problems, path: string, value: unknown): void {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    problems.add(path, 'a list of strings', value);
}

function checkResult(problems: Problems, path: string, value: unknown, overall: boolean): void {
  const keys = ['status', ...COUNT_KEYS, 'time', ...(overall ? ['reasons'] : [])];
  if (!checkObject(problems, path, value, keys, keys)) return;
  checkEnum(problems, `${path}.status`, value.status, STATUSES);
  for (const key of COUNT_KEYS)
    if (!isCount(value[key])) problems.add(`${path}.${key}`, 'a whole number ≥ 0', value[key]);
  if (!isSeconds(value.time)) problems.add(`${path}.time`, 'a number of seconds ≥ 0', value.time);
  if (overall) checkStrings(problems, `${path}.reasons`, value.reasons);
  const [tests, passed, failures, errors, skipped] = COUNT_KEYS.map((key) => value[key]);
  if (
    [tests, passed, failures, errors, skipped].every(isCount) &&
    tests !== (passed as number) + (failures as number) + (errors as number) + (skipped as number)
  ) {
    problems.list.push(
      `${path}: tests (${String(tests)}) is not passed + failures + errors + skipped`,
    );
  }
}

function checkLocation(problems: Problems, path: string, value: unknown): void {
  if (value === undefined) return;
  if (!checkObject(problems, path, value, ['file', 'line'], ['file', 'line', 'column'])) return;
  checkString(problems, `${path}.file`, value.file);
  if (!isCount(value.line)) problems.add(`${path}.line`, 'a whole number ≥ 0', value.line);
  if (value.column !== undefined && !isCount(value.column))
    problems.add(`${path}.column`, 'a whole number ≥ 0', value.column);
}

function checkFile(problems: Problems, path: string, value: unknown): void {
  if (value !== null && typeof value !== 'string') problems.add(path, 'a string or null', value);
}

function checkTest(problems: Problems, path: string, value: unknown): void {
  const required = ['title_path', 'full_title', 'file', 'category', 'state', 'duration'];
  if (
    !checkObject(problems, path, value, required, [
      ...required,
      'message',
      'stack',
      'location',
      'differences',
    ])
  )
    return;
  checkStrings(problems, `${path}.title_path`, value.title_path);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES);
  checkEnum(problems, `${path}.state`, value.state, STATES);
  if (!isSeconds(value.duration))
    problems.add(`${path}.duration`, 'a number of seconds ≥ 0', value.duration);
  checkString(problems, `${path}.message`, value.message, true);
  checkString(problems, `${path}.stack`, value.stack, true);
  checkLocation(problems, `${path}.location`, value.location);
  if (value.differences === undefined) return;
  if (!Array.isArray(value.differences)) {
    problems.add(`${path}.differences`, 'a list', value.differences);
    return;
  }
  value.differences.forEach((difference, index) => {
    const at = `${path}.differences[${index}]`;
    if (
      !checkObject(
        problems,
        at,
        difference,
        ['path', 'kind', 'message'],
        ['path', 'kind', 'message', 'old', 'new'],
      )
    )
      return;
    checkString(problems, `${at}.path`, difference.path);
    checkEnum(problems, `${at}.kind`, difference.kind, KINDS);
    checkString(problems, `${at}.message`, difference.message);
  });
}

function checkHook(problems: Problems, path: string, value: unknown): void {
  const required = ['title', 'full_title', 'file', 'category', 'message'];
  if (!checkObject(problems, path, value, required, [...required, 'stack', 'location'])) return;
  checkString(problems, `${path}.title`, value.title);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES);
  checkString(problems, `${path}.message`, value.message);
  checkString(problems, `${path}.stack`, value.stack, true);
  checkLocation(problems, `${path}.location`, value.location);
}

function checkRun(problems: Problems, path: string, value: unknown): void {
  const required = ['spec_files', 'runner', 'exit_code', 'completed', 'problems'];
  if (
    !checkObject(problems, path, value, required, [
      ...required,
      ...GITHUB_FIELDS,
      'shard',
      'shard_plan',
      'grep',
      'duration',
    ])
  )
    return;
  for (const field of GITHUB_FIELDS) checkString(problems, `${path}.${field}`, value[field], true);
  checkStrings(problems, `${path}.spec_files`, value.spec_files);
  checkStrings(problems, `${path}.problems`, value.problems);
  checkString(problems, `${path}.runner`, value.runner);
  checkString(problems, `${path}.grep`, value.grep, true);
  if (value.exit_code !== null && !Number.isInteger(value.exit_code))
    problems.add(`${path}.exit_code`, 'a whole number or null', value.exit_code);
  if (typeof value.completed !== 'boolean')
    problems.add(`${path}.completed`, 'true or false', value.completed);
  if (value.duration !== undefined && !isSeconds(value.duration))
    problems.add(`${path}.duration`, 'a number of seconds ≥ 0', value.duration);
  if (
    value.shard !== undefined &&
    checkObject(problems, `${path}.shard`, value.shard, ['index', 'total'], ['index', 'total'])
  ) {
    const { index, total } = value.shard;
    if (
      !Number.isInteger(index) ||
      !Number.isInteger(total) ||
      (index as number) < 1 ||
      (index as number) > (total as number)
    ) {
      problems.add(`${path}.shard`, 'a slice index/total with 1 ≤ index ≤ total', value.shard);
    }
  }
  const plan = value.shard_plan;
  if (
    plan !== undefined &&
    checkObject(problems, `${path}.shard_plan`, plan, PLAN_KEYS, PLAN_KEYS)
  ) {
    if (!Number.isInteger(plan.files) || (plan.files as number) < 0)
      problems.add(`${path}.shard_plan.files`, 'a whole number ≥ 0', plan.files);
    checkEnum(problems, `${path}.shard_plan.balanced_by`, plan.balanced_by, ['files', 'durations']);
    if (typeof plan.digest !== 'string' || !/^[0-9a-f]{64}$/.test(plan.digest))
      problems.add(`${path}.shard_plan.digest`, 'a SHA-256 in hex', plan.digest);
  }
}

const PLAN_KEYS = ['files', 'balanced_by', 'digest'];

const TOP_KEYS = [
  'schema_version',
  'timestamp',
  'service',
  'old_version',
  'new_version',
  'results',
  'overall',
  'tests',
  'hook_failures',
  'run',
];

/**
 * Every way `value` differs from a verification report this version can read, as short
 * sentences naming the JSON path (`overall.tests should be a whole number ≥ 0, found "3"`);
 * empty when it is one. Reports of another major schema version are refused, since their
 * keys may mean something else.
 */
export function reportShapeProblems(value: unknown): string[] {
  const problems = new Problems();
  if (!checkObject(problems, 'report', value, TOP_KEYS, TOP_KEYS)) return problems.list;
  const major = REPORT_SCHEMA_VERSION.split('.')[0];
  if (typeof value.schema_version !== 'string' || value.schema_version.split('.')[0] !== major) {
    problems.add('report.schema_version', `a ${major}.x version`, value.schema_version);
  }
  for (const key of ['timestamp', 'service', 'old_version', 'new_version'])
    checkString(problems, `report.${key}`, value[key]);
  if (typeof value.timestamp === 'string' && Number.isNaN(Date.parse(value.timestamp))) {
    problems.add('report.timestamp', 'an ISO 8601 date-time', value.timestamp);
  }
  if (checkObject(problems, 'report.results', value.results, CATEGORIES, ALL_CATEGORIES)) {
    for (const [category, result] of Object.entries(value.results)) {
      if ((ALL_CATEGORIES as readonly string[]).includes(category))
        checkResult(problems, `report.results.${category}`, result, false);
    }
  }
  checkResult(problems, 'report.overall', value.overall, true);
  if (Array.isArray(value.tests))
    value.tests.forEach((test, index) => checkTest(problems, `report.tests[${index}]`, test));
  else problems.add('report.tests', 'a list', value.tests);
  if (Array.isArray(value.hook_failures)) {
    value.hook_failures.forEach((hook, index) =>
      checkHook(problems, `report.hook_failures[${index}]`, hook),
    );
  } else {
    problems.add('report.hook_failures', 'a list', value.hook_failures);
  }
  checkRun(problems, 'report.run', value.run);
  // The counts must describe the records they come with; a cut or edited file must not pass.
  const overall = isObject(value.overall) ? value.overall : {};
  if (
    Array.isArray(value.tests) &&
    isCount(overall.tests) &&
    overall.tests !== value.tests.length
  ) {
    problems.list.push(
      `report.overall.tests (${String(overall.tests)}) is not the number of test records (${value.tests.length})`,
    );
  }
  if (
    Array.isArray(value.hook_failures) &&
    isCount(overall.hook_failures) &&
    overall.hook_failures !== value.hook_failures.length
  ) {
    problems.list.push(
      `report.overall.hook_failures (${String(overall.hook_failures)}) is not the number of hook failure records (${value.hook_failures.length})`,
    );
  }
  return problems.list;
}

/** Problems listed in a `ReportReadError` message; a badly broken file would list hundreds. */
const MAX_PROBLEMS = 5;

/**
 * Reads a verification report (for instance a shard's, to merge) and checks its shape
 * against what this version writes. Throws `ReportReadError` naming the file and the reason:
 * missing or unreadable, not JSON, or not a report (with the first few problems, each naming
 * its JSON path, e.g. `report.overall.tests should be a whole number ≥ 0, found "3"`).
 */
export async function readReport(path: string): Promise<VerificationReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportReadError(
      path,
      code === 'ENOENT'
        ? 'the file does not exist'
        : `the file cannot be read (${(error as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportReadError(path, `it is not valid JSON (${(error as Error).message})`);
  }
  const problems = reportShapeProblems(value);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS).join('; ');
    const more =
      problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
    throw new ReportReadError(path, `it is not a verification report: ${listed}${more}`);
  }
  return value as VerificationReport;
}
