/**
 * The migrations check as a mocha suite: one test for the old version's set-up and two for each
 * new migration (its `up()` keeps the data; its `down()` restores the schema and every row), in
 * the `database_migration` category. The check runs once, in the suite's `before` hook: if it
 * cannot be set up, every test is an error carrying why.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Difference } from '../../common/records.js';
import { DifferencesError } from '../assert.js';
import { defineMigrationDescribe } from '../suites/define.js';
import {
  checkMigrations,
  oldMigrationTest,
  type MigrationsCheckOptions,
  type MigrationsCheckResult,
} from './check.js';
import type { Finding, FindingKind } from './findings.js';
import { changedSince, filesAtRef } from '../../common/git.js';
import { oldAtRef } from './old-at-ref.js';
import { INTENT_FILE_NAME } from './intent.js';
import { loadServiceDataSource, loadServiceMigrations } from './service.js';

/** What `describeMigrations` needs: the check's options, plus where the old version is. */
export interface DescribeMigrationsOptions extends Omit<MigrationsCheckOptions, 'dataSource'> {
  /** The data source module's path (relative to `cwd`). */
  dataSource: string;
  /** A git ref whose migration files are the old version's (instead of `oldMigrations`). */
  baseRef?: string;
  /** Also write the whole result as JSON here (the action reads it into the report). */
  resultPath?: string;
}

/** What each failing finding is as a comparator's difference: something gone, or something else. */
const DIFFERENCE_KINDS: Partial<Record<FindingKind, Difference['kind']>> = {
  'table-dropped-with-data': 'missing',
  'column-dropped-with-data': 'missing',
  'rows-lost': 'missing',
  'down-missing': 'missing',
};

/** The failing findings as differences; each declarable one says where to declare it. */
function differencesOf(findings: Finding[], intentFile: string): Difference[] {
  return findings
    .filter((finding) => finding.verdict === 'fail')
    .map((finding) => ({
      path: [finding.migration, finding.table, finding.column].filter(Boolean).join('.'),
      kind: DIFFERENCE_KINDS[finding.kind] ?? 'changed',
      ...(finding.count !== undefined ? { old: finding.count } : {}),
      message: finding.cascadeFrom
        ? `${finding.message}. A cascade is a side effect to fix, not a change to declare.`
        : finding.intent
          ? `${finding.message}. If this is intended, declare it: add "- ${finding.intent}" under "${finding.migration}:" in ${intentFile}`
          : finding.message,
    }));
}

/**
 * The intent file: the one given, else the first that exists beside the migrations (the folders
 * of their files) or in `cwd`, else where one would go (beside the first migration). Relative to
 * `cwd` for messages.
 */
function intentFileOf(
  given: string | undefined,
  files: Array<string | undefined>,
  cwd: string,
): { path: string; exists: boolean } {
  if (given) return { path: resolve(cwd, given), exists: existsSync(resolve(cwd, given)) };
  const folders = [...new Set(files.filter((file): file is string => !!file).map(dirname)), cwd];
  for (const folder of folders) {
    const candidate = join(folder, INTENT_FILE_NAME);
    if (existsSync(candidate)) return { path: candidate, exists: true };
  }
  return { path: join(folders[0], INTENT_FILE_NAME), exists: false };
}

/**
 * Defines the migrations check as a mocha suite. Call it with `await` at the top of an ESM spec
 * file: it loads the data source module and lists the migrations first, so that mocha knows
 * every test before the run starts.
 *
 *   await describeMigrations('migrations', { dataSource: 'src/data-source.ts', baseRef: 'origin/main' });
 */
export async function describeMigrations(
  title: string,
  options: DescribeMigrationsOptions,
): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const service = await loadServiceDataSource(options.dataSource, cwd);
  const migrations = await loadServiceMigrations(service.options, cwd);
  const at = options.baseRef !== undefined ? await filesAtRef(options.baseRef, cwd) : undefined;
  const isOld = oldMigrationTest(at ? oldAtRef(at) : options.oldMigrations);
  const fresh = migrations.filter((migration) => !isOld(migration));
  const intentFile =
    typeof options.intent === 'object'
      ? undefined
      : intentFileOf(
          options.intent,
          migrations.map((migration) => migration.file),
          resolve(cwd),
        );
  const intent =
    typeof options.intent === 'object'
      ? options.intent
      : intentFile?.exists
        ? intentFile.path
        : undefined;
  const intentName = intentFile ? relative(resolve(cwd), intentFile.path) : INTENT_FILE_NAME;

  let result: MigrationsCheckResult | undefined;
  const outcomeOf = (name: string) => {
    const outcome = result?.migrations.find((candidate) => candidate.name === name);
    if (!outcome)
      throw new Error(
        result?.stopped
          ? `${name} was not checked: the check stopped at ${result.stopped.migration}, because ${result.stopped.reason} (see its tests)`
          : `${name} was not checked: the check did not run`,
      );
    return outcome;
  };

  defineMigrationDescribe<null, null>('describeMigrations', 'database_migration', () => ({
    ctx: null,
    scope: 'all',
    setUp: async () => {
      result = await checkMigrations({
        ...options,
        cwd,
        dataSource: service,
        oldMigrations: isOld,
        intent,
        log: options.log ?? ((line) => console.log(`  ${line}`)),
      });
      if (at) {
        const changed = await changedSince(
          at,
          migrations.filter((migration) => isOld(migration) && migration.file).map((m) => m.file!),
        );
        if (changed.length > 0) {
          result.changedOldMigrations = changed;
          (options.log ?? console.log)(
            `  warning: ${changed.length} of the old version's migration files changed since ${at.ref} (production ran the text at ${at.ref}): ${changed.join(', ')}`,
          );
        }
      }
      if (options.resultPath) await writeFile(options.resultPath, JSON.stringify(result));
    },
    tearDown: async () => undefined,
  }))(title, null, function () {
    this.timeout(0);
    it(`old version: ${migrations.length - fresh.length} migrations run and every table is seeded`, function () {
      if (!result) throw new Error('the check did not run');
    });
    for (const migration of fresh) {
      it(`${migration.name}: up() keeps the data`, function () {
        const outcome = outcomeOf(migration.name);
        const forward = outcome.findings.filter(
          (finding) => !finding.kind.startsWith('rollback') && !finding.kind.startsWith('down'),
        );
        if (outcome.error)
          throw new Error(`${migration.name}: up() failed on the seeded copy: ${outcome.error}`);
        const failing = differencesOf(forward, intentName);
        if (failing.length > 0)
          throw new DifferencesError(failing, `${migration.name}: up() on the seeded copy`);
      });
      it(`${migration.name}: down() restores the schema and data`, function () {
        const outcome = outcomeOf(migration.name);
        const back = outcome.findings.filter(
          (finding) => finding.kind.startsWith('rollback') || finding.kind.startsWith('down'),
        );
        if (outcome.error)
          throw new Error(
            `${migration.name}: down() was not checked: its up() failed (see its test)`,
          );
        if (outcome.down === 'failed' || outcome.down === 'missing')
          throw new Error(back.map((finding) => finding.message).join('; '));
        if (outcome.down === 'not-run')
          throw new Error(
            `${migration.name}: down() was not run: a newer migration's down() failed or is missing (see its test)`,
          );
        const failing = differencesOf(back, intentName);
        if (failing.length > 0)
          throw new DifferencesError(
            failing,
            `${migration.name}: down() after up() on the seeded copy`,
          );
      });
    }
    if (fresh.length > 0)
      it(`rollback to the old version: ${fresh.length} down()s newest first restore its schema`, function () {
        if (!result) throw new Error('the check did not run');
        const { rollback } = result;
        if (rollback.failed)
          throw new Error(
            `${rollback.failed.migration}: down() failed on the way back to the old version: ${rollback.failed.error}`,
          );
        if (rollback.reverted.length < fresh.length)
          throw new Error(
            `only ${rollback.reverted.length} of ${fresh.length} new migrations were applied and reverted: the check stopped at ${result.stopped?.migration ?? 'an earlier migration'} (see its tests)`,
          );
        if (rollback.drift.length > 0)
          throw new DifferencesError(
            rollback.drift.map((change) => ({
              path: [change.table, change.name].filter(Boolean).join('.'),
              kind: 'changed',
              message: `after every down(): ${change.message}`,
            })),
            'rollback to the old version',
          );
      });
  });
}
