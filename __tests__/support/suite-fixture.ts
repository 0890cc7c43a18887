/**
 * Suites of the library inside a real mocha: a small spec file written to a temporary folder and
 * run in a child mocha (our source through tsx); the parent reads back mocha's JSON report and
 * what the spec recorded about its resources while it ran (`record(value)` in the spec).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, REPO_ROOT } from './paths.js';

/** What mocha's JSON reporter writes, as far as the tests read it. */
export interface MochaJson {
  stats: { tests: number; passes: number; failures: number; pending: number };
  failures: Array<{ title: string; fullTitle: string; err: { message?: string } }>;
  passes: Array<{ title: string }>;
}

/** One child mocha's run: its exit code, report, records and stderr. */
export interface FixtureRun {
  code: number | null;
  report: MochaJson;
  observations: Array<Record<string, unknown>>;
  stderr: string;
}

const LIBRARY = pathToFileURL(join(REPO_ROOT, 'src/library/index.ts')).href;
const CATEGORIES = pathToFileURL(join(REPO_ROOT, 'src/common/categories.ts')).href;

/** The lines every fixture starts with: the library, and `record()` to tell the parent what happened. */
export const PRELUDE = `
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import * as lib from '${LIBRARY}';
import { categoryOf } from '${CATEGORIES}';
const record = (value) => appendFileSync(process.env.VM_OBSERVATIONS, JSON.stringify(value) + '\\n');
`;

/** Runs `source` as a spec file in a child mocha and collects its report and records. */
export function runFixture(source: string, env: Record<string, string> = {}): Promise<FixtureRun> {
  const folder = makeTempDir('library-suites');
  const spec = join(folder, 'fixture.spec.ts');
  const reportFile = join(folder, 'report.json');
  const observationsFile = join(folder, 'observations.jsonl');
  writeFileSync(spec, PRELUDE + source);
  writeFileSync(observationsFile, '');
  const args = [
    '--import',
    'tsx',
    join(REPO_ROOT, 'node_modules/mocha/bin/mocha.js'),
    '--no-config',
    '--reporter',
    'json',
    '--reporter-option',
    `output=${reportFile}`,
    '--timeout',
    '30000',
    spec,
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      // A leaked server or connection keeps the child alive: kill it, so the leak fails the test instead of hanging it.
      {
        cwd: REPO_ROOT,
        timeout: 60_000,
        env: {
          ...process.env,
          OLD_VERSION: '1.0.0',
          NEW_VERSION: '2.0.0',
          VERIFY_MIGRATION_DATABASE_URL: '',
          VM_OBSERVATIONS: observationsFile,
          ...env,
        },
      },
      (error, _stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        const report = existsSync(reportFile)
          ? (JSON.parse(readFileSync(reportFile, 'utf8')) as MochaJson)
          : ({ stats: {}, failures: [], passes: [] } as unknown as MochaJson);
        const observations = readFileSync(observationsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        resolve({ code, report, observations, stderr });
      },
    );
  });
}

/** The records with `kind`. */
export function recordsOf(run: FixtureRun, kind: string): Array<Record<string, unknown>> {
  return run.observations.filter((observation) => observation.kind === kind);
}
