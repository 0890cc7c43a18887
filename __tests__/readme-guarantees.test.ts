import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATABASE_URL_VARIABLES } from './support/databases.js';
import { REPO_ROOT } from './support/paths.js';
import { skipOrFail } from './support/requirements.js';

/**
 * The README's "Guarantees" section counts the fault matrix's cases per file and in all; those
 * numbers are what a reader trusts, so they are checked against the cases mocha collects from
 * `__tests__/faults-*.test.ts` (a dry run: nothing executes).
 */

/** The `fault: ...` tests mocha collects, counted per file (`faults-process`). */
function collectedFaultCases(): Map<string, number> {
  const json = execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
      '--dry-run',
      '--reporter',
      'json',
      '__tests__/faults-*.test.ts',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const { tests } = JSON.parse(json) as { tests: Array<{ title: string; file: string }> };
  const counts = new Map<string, number>();
  for (const test of tests.filter((candidate) => candidate.title.startsWith('fault:'))) {
    const file = basename(test.file).replace(/\.test\.ts$/, '');
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return counts;
}

/** The numbers the README's Guarantees section states: per file, and the total. */
function statedFaultCases(): { perFile: Map<string, number>; total: number } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Guarantees'),
    readme.indexOf('\n## ', readme.indexOf('## Guarantees') + 1),
  );
  const perFile = new Map<string, number>();
  for (const match of section.matchAll(
    /\((?:`(faults-[a-z]+)`, (\d+) cases|(\d+) cases, `(faults-[a-z]+)`)/g,
  )) {
    perFile.set(match[1] ?? match[4], Number(match[2] ?? match[3]));
  }
  const total = /the fault matrix: (\d+) cases/.exec(section);
  assert.ok(total, 'the Guarantees section states the total');
  return { perFile, total: Number(total[1]) };
}

describe('README: the fault matrix counts', function () {
  this.timeout(60_000);

  it('states the number of fault cases each file and the whole matrix hold', function () {
    // The data-safety cases exist only when both servers are given (as in CI).
    const missing = Object.values(DATABASE_URL_VARIABLES).filter((name) => !process.env[name]);
    if (missing.length > 0) skipOrFail(this, `set ${missing.join(' and ')} to count every case`);

    const collected = collectedFaultCases();
    const stated = statedFaultCases();

    assert.deepEqual(
      Object.fromEntries([...stated.perFile].sort()),
      Object.fromEntries([...collected].sort()),
    );
    assert.equal(
      stated.total,
      [...collected.values()].reduce((sum, count) => sum + count, 0),
      'the total',
    );
  });
});
