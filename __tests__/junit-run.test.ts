import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/common/errors.js';
import { recordingLogger } from '../src/common/logger.js';
import { parseCategoryMapping } from '../src/inputs/category-mapping.js';
import { parseCommand } from '../src/inputs/command.js';
import {
  createExecProcess,
  runCommandSuites,
  type CommandSuitesOptions,
} from '../src/junit/run.js';
import type { RunOutcome, TestState } from '../src/common/records.js';
import { FIXTURES, REPO_ROOT, makeTempDir } from './support/paths.js';
import { skipOrFail } from './support/requirements.js';

/** The system Python: `python3` on PATH may be a pyenv one without pytest; CI installs python3-pytest. */
const PYTHON = '/usr/bin/python3';
const pytestAvailable = spawnSync(PYTHON, ['-m', 'pytest', '--version']).status === 0;
const JEST = join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const MOCHA = join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

type Counts = Record<TestState, number>;

function countStates(outcome: RunOutcome): Counts {
  const counts: Counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const test of outcome.tests) counts[test.state] += 1;
  return counts;
}

/** pytest's own final line, e.g. "==== 1 failed, 7 passed, 1 skipped in 0.02s ====", as counts. */
function pytestSummary(lines: string[]): Counts {
  const line = lines.find((text) =>
    /^=+ .*\d+ (passed|failed|skipped|errors?).* in [\d.]+s/.test(text),
  );
  assert.ok(line, `no pytest summary line in:\n${lines.join('\n')}`);
  const counts: Counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const [, number, word] of line.matchAll(/(\d+) (passed|failed|skipped|errors?)/g)) {
    counts[word.startsWith('error') ? 'error' : (word as TestState)] += Number(number);
  }
  return counts;
}

/** Jest's "Tests: 1 failed, 1 skipped, 2 passed, 4 total" line, as counts. */
function jestSummary(lines: string[]): Counts & { total: number } {
  const line = lines.find((text) => /^Tests:\s+.*\d+ total/.test(text));
  assert.ok(line, `no jest summary line in:\n${lines.join('\n')}`);
  const number = (word: string): number =>
    Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return {
    passed: number('passed'),
    failed: number('failed'),
    error: 0,
    skipped: number('skipped'),
    total: number('total'),
  };
}

/** Options for a run of `node -e script` in `dir`, reading `junit.xml`. */
function nodeScript(
  dir: string,
  script: string,
  overrides: Partial<CommandSuitesOptions> = {},
): CommandSuitesOptions {
  return {
    workingDirectory: dir,
    command: process.execPath,
    args: ['-e', script],
    junitGlobs: ['junit.xml'],
    logPath: join(dir, 'out', 'run.log'),
    logger: recordingLogger(),
    ...overrides,
  };
}

/** A script for `node -e` that writes `xml` to junit.xml and exits with `code`. */
function writeXmlThenExit(xml: string, code: number): string {
  return `require('node:fs').writeFileSync('junit.xml', ${JSON.stringify(xml)}); process.exit(${code});`;
}

const PASSING_XML =
  '<testsuite name="s"><testcase classname="TestToolApiMigration" name="test_a" time="0.1"/></testsuite>';
const FAILING_XML =
  '<testsuite name="s"><testcase classname="TestToolApiMigration" name="test_a"><failure message="no">x</failure></testcase></testsuite>';

describe('runCommandSuites', function () {
  let dir: string;

  beforeEach(() => {
    dir = makeTempDir('junit-run');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('with real pytest', () => {
    before(function () {
      // CI installs it (.ci/run); a laptop without it skips and says why.
      if (!pytestAvailable)
        skipOrFail(
          this,
          `${PYTHON} -m pytest does not run; install it with: apt-get install -y python3-pytest`,
        );
    });

    it("counts the pytest-service suite exactly as pytest's summary, with the seed's categories", async () => {
      // Arrange: a copy, so the run's junit.xml and __pycache__ never land in the fixture.
      cpSync(join(FIXTURES, 'pytest-service'), dir, { recursive: true });
      const { command, args } = parseCommand(
        `${PYTHON} -m pytest --junitxml=reports/junit.xml tests`,
      );
      const logger = recordingLogger();

      // Act
      const outcome = await runCommandSuites({
        workingDirectory: dir,
        command,
        args,
        junitGlobs: ['reports/*.xml'],
        env: { OLD_VERSION: '1.0.0', NEW_VERSION: '2.0.0', PYTHONDONTWRITEBYTECODE: '1' },
        logPath: join(dir, 'out', 'run.log'),
        logger,
      });

      // Assert
      const summary = pytestSummary(logger.lines);
      assert.deepEqual(
        summary,
        { passed: 7, failed: 1, error: 0, skipped: 1 },
        'the fixture itself changed',
      );
      assert.deepEqual(countStates(outcome), summary);
      assert.equal(outcome.exit_code, 1);
      assert.equal(outcome.completed, true);
      assert.deepEqual(outcome.problems, []);
      const categories = Object.fromEntries(
        outcome.tests.map((test) => [test.title_path[1], test.category]),
      );
      assert.deepEqual(categories, {
        test_rows_survive_migration: 'database_migration',
        test_new_column_has_default: 'database_migration',
        test_status_code_unchanged: 'api_migration',
        test_old_fields_kept: 'api_migration',
        test_versions_come_from_environment: 'api_migration',
        test_registration_works_after_migration: 'functional_migration',
        test_deprecated_status_is_renamed: 'functional_migration',
        test_bulk_import: 'functional_migration',
        test_module_level_smoke: 'other',
      });
      const failed = outcome.tests.find((test) => test.state === 'failed');
      assert.equal(
        failed?.full_title,
        'tests.test_migration.TestToolFunctionalMigration test_deprecated_status_is_renamed',
      );
      assert.equal(failed?.file, 'tests/test_migration.py');
      const source = readFileSync(join(dir, 'tests', 'test_migration.py'), 'utf8').split('\n');
      assert.match(
        source[(failed?.location?.line ?? 0) - 1],
        /def test_deprecated_status_is_renamed/,
      );
      assert.match(failed?.message ?? '', /'active' != 'enabled'/);
      assert.match(failed?.stack ?? '', /AssertionError/);
      assert.match(
        readFileSync(join(dir, 'out', 'run.log'), 'utf8'),
        /1 failed, 7 passed, 1 skipped/,
      );
    });

    it('hands OLD_VERSION and NEW_VERSION to the suite', async () => {
      // Arrange: the same version on both sides, which the fixture's environment test refuses.
      cpSync(join(FIXTURES, 'pytest-service'), dir, { recursive: true });

      // Act
      const outcome = await runCommandSuites({
        workingDirectory: dir,
        command: PYTHON,
        args: ['-m', 'pytest', '--junitxml=junit.xml', 'tests'],
        junitGlobs: ['junit.xml'],
        env: { OLD_VERSION: '1.0.0', NEW_VERSION: '1.0.0', PYTHONDONTWRITEBYTECODE: '1' },
        logPath: join(dir, 'run.log'),
        logger: recordingLogger(),
      });

      // Assert
      const test = outcome.tests.find((record) =>
        record.full_title.endsWith('test_versions_come_from_environment'),
      );
      assert.equal(test?.state, 'failed');
      assert.match(test?.message ?? '', /'1\.0\.0' == '1\.0\.0'/);
    });

    it("counts setup errors as errors, as pytest's summary does, and applies the category mapping", async () => {
      // Arrange
      writeFileSync(join(dir, 'pytest.ini'), '[pytest]\naddopts = -p no:cacheprovider\n');
      writeFileSync(
        join(dir, 'test_errors.py'),
        [
          'import pytest',
          '',
          '@pytest.fixture',
          'def database():',
          '    raise RuntimeError("database did not start")',
          '',
          'def test_needs_database(database):',
          '    pass',
          '',
          'class TestInventory:',
          '    def test_ok(self):',
          '        assert True',
          '',
          '    def test_fails(self):',
          '        assert 1 == 2',
          '',
        ].join('\n'),
      );
      const logger = recordingLogger();

      // Act
      const outcome = await runCommandSuites({
        workingDirectory: dir,
        command: PYTHON,
        args: ['-m', 'pytest', '--junitxml=junit.xml'],
        junitGlobs: ['junit.xml'],
        env: { PYTHONDONTWRITEBYTECODE: '1' },
        logPath: join(dir, 'run.log'),
        logger,
        categoryMapping: parseCategoryMapping(
          'category-mapping',
          'TestInventory=database\ntest_needs=functional',
        ),
      });

      // Assert
      const summary = pytestSummary(logger.lines);
      assert.deepEqual(summary, { passed: 1, failed: 1, error: 1, skipped: 0 });
      assert.deepEqual(countStates(outcome), summary);
      const errored = outcome.tests.find((test) => test.state === 'error');
      assert.match(errored?.message ?? '', /failed on setup/);
      assert.match(errored?.stack ?? '', /database did not start/);
      assert.equal(errored?.category, 'functional_migration');
      assert.deepEqual(
        outcome.tests
          .filter((test) => test.category === 'database_migration')
          .map((test) => test.state)
          .sort(),
        ['failed', 'passed'],
      );
      assert.deepEqual(outcome.problems, []);
    });
  });

  describe('with other real JUnit producers', () => {
    it('reads what jest-junit writes for a jest run, counting as jest does', async () => {
      // Arrange
      writeFileSync(
        join(dir, 'inventory.test.cjs'),
        [
          "describe('inventory @database', () => {",
          "  it('keeps rows', () => { expect([1, 2, 3]).toHaveLength(3); });",
          "  it('renames status', () => { expect('active').toBe('enabled'); });",
          "  it.skip('bulk import', () => {});",
          '});',
          "describe('ToolApiMigration', () => {",
          "  it('answers', () => { expect(200).toBe(200); });",
          '});',
          '',
        ].join('\n'),
      );
      const logger = recordingLogger();

      // Act
      const outcome = await runCommandSuites({
        workingDirectory: dir,
        command: process.execPath,
        args: [
          JEST,
          '--rootDir',
          dir,
          '--config',
          '{}',
          '--ci',
          '--reporters=default',
          '--reporters=jest-junit',
        ],
        junitGlobs: ['reports/*.xml'],
        env: { JEST_JUNIT_OUTPUT_DIR: 'reports', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' },
        logPath: join(dir, 'run.log'),
        logger,
      });

      // Assert
      const summary = jestSummary(logger.lines);
      assert.deepEqual(summary, { passed: 2, failed: 1, error: 0, skipped: 1, total: 4 });
      assert.deepEqual(countStates(outcome), { passed: 2, failed: 1, error: 0, skipped: 1 });
      assert.equal(outcome.exit_code, 1);
      assert.deepEqual(outcome.problems, []);
      assert.deepEqual(
        outcome.tests.map((test) => [test.full_title, test.category, test.file]),
        [
          ['inventory @database keeps rows', 'database_migration', 'inventory.test.cjs'],
          ['inventory @database renames status', 'database_migration', 'inventory.test.cjs'],
          ['inventory @database bulk import', 'database_migration', 'inventory.test.cjs'],
          ['ToolApiMigration answers', 'api_migration', 'inventory.test.cjs'],
        ],
      );
      assert.match(outcome.tests[1].stack ?? '', /Expected: "enabled"/);
    });

    it("reads what mocha's built-in xunit reporter writes", async () => {
      // Arrange: --no-config keeps the repository's own .mocharc (tsx loader) out of this run.
      writeFileSync(
        join(dir, 'inventory.spec.cjs'),
        [
          "const assert = require('node:assert/strict');",
          "describe('TestToolFunctionalMigration', () => {",
          "  it('registers', () => assert.equal(1, 1));",
          "  it('renames', () => assert.equal('active', 'enabled'));",
          "  it.skip('imports', () => {});",
          '});',
          "describe('checks @api', () => {",
          "  it('answers', () => assert.equal(200, 200));",
          '});',
          '',
        ].join('\n'),
      );

      // Act
      const outcome = await runCommandSuites({
        workingDirectory: dir,
        command: process.execPath,
        args: [
          MOCHA,
          '--no-config',
          '--no-package',
          '--reporter',
          'xunit',
          '--reporter-option',
          'output=junit.xml',
          'inventory.spec.cjs',
        ],
        junitGlobs: ['junit.xml'],
        logPath: join(dir, 'run.log'),
        logger: recordingLogger(),
      });

      // Assert: mocha exits with its failure count.
      assert.equal(outcome.exit_code, 1);
      assert.deepEqual(countStates(outcome), { passed: 2, failed: 1, error: 0, skipped: 1 });
      assert.deepEqual(outcome.problems, []);
      assert.deepEqual(
        outcome.tests.map((test) => [test.full_title, test.category, test.file]),
        [
          ['TestToolFunctionalMigration registers', 'functional_migration', 'inventory.spec.cjs'],
          ['TestToolFunctionalMigration renames', 'functional_migration', 'inventory.spec.cjs'],
          ['TestToolFunctionalMigration imports', 'functional_migration', 'inventory.spec.cjs'],
          ['checks @api answers', 'api_migration', 'inventory.spec.cjs'],
        ],
      );
      assert.match(outcome.tests[1].stack ?? '', /ERR_ASSERTION/);
    });
  });

  describe('fails closed', () => {
    it('when the command fails and writes no XML', async () => {
      // Act
      const outcome = await runCommandSuites(nodeScript(dir, 'process.exit(3)'));

      // Assert
      assert.equal(outcome.exit_code, 3);
      assert.equal(outcome.completed, false);
      assert.deepEqual(outcome.tests, []);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /failed \(exit code 3\) and wrote no JUnit XML matching "junit\.xml"$/,
      );
    });

    it('when the command succeeds but writes no XML, saying how to make the runner write it', async () => {
      // Act
      const outcome = await runCommandSuites(nodeScript(dir, 'process.exit(0)'));

      // Assert
      assert.equal(outcome.completed, false);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /succeeded but wrote no JUnit XML matching "junit\.xml": .*pytest --junitxml/,
      );
    });

    it('when the program cannot be started', async () => {
      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, '', { command: 'verify-migration-no-such-program', args: [] }),
      );

      // Assert
      assert.equal(outcome.completed, false);
      assert.equal(outcome.exit_code, null);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /^the command verify-migration-no-such-program could not be started: .*verify-migration-no-such-program/,
      );
    });

    it('when the command is killed by a signal', async () => {
      // Act
      const outcome = await runCommandSuites(
        nodeScript(
          dir,
          `${writeXmlThenExit(PASSING_XML, 0).replace(/process\.exit\(0\);$/, '')} process.kill(process.pid, 'SIGKILL');`,
        ),
      );

      // Assert
      assert.equal(outcome.exit_code, null);
      assert.equal(outcome.completed, false);
      assert.ok(
        outcome.problems.some((problem) => /was killed by a signal before it exited/.test(problem)),
        outcome.problems.join('\n'),
      );
    });

    it('when a suite declares more tests than it holds, naming the file and both counts, even at exit 0', async () => {
      // Arrange: a report cut down to two of its 1300 tests.
      const xml =
        '<testsuite name="orders" tests="1300" failures="4">' +
        '<testcase name="a"/><testcase name="b"/></testsuite>';

      // Act
      const outcome = await runCommandSuites(nodeScript(dir, writeXmlThenExit(xml, 0)));

      // Assert
      assert.deepEqual(countStates(outcome), { passed: 2, failed: 0, error: 0, skipped: 0 });
      assert.deepEqual(outcome.problems, [
        'junit.xml declares more than it holds: <testsuite name="orders"> declares tests="1300" but holds 2 ' +
          '<testcase> elements; <testsuite name="orders"> declares failures="4" but only 0 of its test cases ' +
          'failed or errored. The file was cut short or edited, so the tests it lists cannot be trusted to be all of them',
      ]);
    });

    for (const linked of ['folder', 'file'] as const) {
      it(`when the JUnit XML leads out of the workspace through a symlinked ${linked}, not reading it`, async () => {
        // Arrange: the command writes a passing report outside; the glob reaches it by a link.
        const outside = makeTempDir('junit-outside');
        try {
          if (linked === 'folder') symlinkSync(outside, join(dir, 'results'));
          else {
            mkdirSync(join(dir, 'results'));
            symlinkSync(join(outside, 'junit.xml'), join(dir, 'results', 'junit.xml'));
          }
          const script = `require('node:fs').writeFileSync(${JSON.stringify(join(outside, 'junit.xml'))}, ${JSON.stringify(PASSING_XML)});`;

          // Act
          const outcome = await runCommandSuites(
            nodeScript(dir, script, { junitGlobs: ['results/*.xml'] }),
          );

          // Assert
          assert.deepEqual(outcome.tests, []);
          assert.equal(outcome.completed, false);
          assert.equal(outcome.problems.length, 1, outcome.problems.join('\n'));
          assert.match(
            outcome.problems[0],
            /^results\/junit\.xml leads through a symbolic link to .*junit\.xml, outside the workspace: it is not read/,
          );
        } finally {
          rmSync(outside, { recursive: true, force: true });
        }
      });
    }

    it('reads a JUnit file that is a symlink to a file inside the workspace', async () => {
      // Arrange
      mkdirSync(join(dir, 'results'));
      symlinkSync(join(dir, 'real.xml'), join(dir, 'results', 'junit.xml'));
      const script = `require('node:fs').writeFileSync('real.xml', ${JSON.stringify(PASSING_XML)});`;

      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, script, { junitGlobs: ['results/*.xml'] }),
      );

      // Assert
      assert.deepEqual(outcome.problems, []);
      assert.ok(outcome.tests.length > 0);
    });

    it('when the XML does not parse, naming the file', async () => {
      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, writeXmlThenExit('<testsuite name="s"><testcase name="a">', 1)),
      );

      // Assert
      assert.deepEqual(outcome.tests, []);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /^Cannot use junit\.xml: it is not well-formed XML \(line 1, column \d+: .+\)$/,
      );
    });

    it('when the XML was left over from an earlier run, and does not count it', async () => {
      // Arrange: yesterday's report with a passing test, and a command that writes nothing.
      writeFileSync(join(dir, 'junit.xml'), PASSING_XML);
      const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
      utimesSync(join(dir, 'junit.xml'), yesterday, yesterday);

      // Act
      const outcome = await runCommandSuites(nodeScript(dir, 'process.exit(0)'));

      // Assert
      assert.deepEqual(outcome.tests, []);
      assert.equal(outcome.completed, false);
      assert.match(
        outcome.problems[0],
        /^junit\.xml was written before the command started \(modified .*\): it is left over from an earlier run and is not counted/,
      );
      assert.match(
        outcome.problems[1],
        /wrote no new JUnit XML matching "junit\.xml"; only old files were found/,
      );
    });

    it('when an XML file from just before the run is not touched by it', async () => {
      // Arrange: written a moment ago, inside any clock slack: only the before/after comparison sees it.
      writeFileSync(join(dir, 'junit.xml'), PASSING_XML);

      // Act
      const outcome = await runCommandSuites(nodeScript(dir, 'process.exit(0)'));

      // Assert
      assert.deepEqual(outcome.tests, []);
      assert.match(outcome.problems[0], /^junit\.xml was written before the command started/);
    });

    it('when a fresh file sits beside an old one: counts the fresh one and lists the old one', async () => {
      // Arrange
      mkdirSync(join(dir, 'reports'));
      writeFileSync(join(dir, 'reports', 'old.xml'), FAILING_XML);
      const script = `require('node:fs').writeFileSync('reports/new.xml', ${JSON.stringify(PASSING_XML)});`;

      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, script, { junitGlobs: ['reports/*.xml'] }),
      );

      // Assert
      assert.deepEqual(countStates(outcome), { passed: 1, failed: 0, error: 0, skipped: 0 });
      assert.equal(outcome.completed, true);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /^reports\/old\.xml was written before the command started/,
      );
    });

    it('when an XML file holds no tests', async () => {
      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, writeXmlThenExit('<testsuites name="jest tests" tests="0"/>', 0)),
      );

      // Assert
      assert.deepEqual(outcome.problems, [
        'junit.xml holds no tests (no <testcase> elements): nothing in it can pass the gate',
      ]);
    });

    it('when the command fails but the XML has no failures or errors', async () => {
      // Act
      const outcome = await runCommandSuites(nodeScript(dir, writeXmlThenExit(PASSING_XML, 2)));

      // Assert
      assert.deepEqual(countStates(outcome), { passed: 1, failed: 0, error: 0, skipped: 0 });
      assert.equal(outcome.exit_code, 2);
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /exited with code 2 but its JUnit XML reports no failures or errors: the exit code and the XML disagree/,
      );
    });

    it('when the command succeeds but the XML has failures', async () => {
      // Act
      const outcome = await runCommandSuites(nodeScript(dir, writeXmlThenExit(FAILING_XML, 0)));

      // Assert
      assert.deepEqual(countStates(outcome), { passed: 0, failed: 1, error: 0, skipped: 0 });
      assert.equal(outcome.problems.length, 1);
      assert.match(
        outcome.problems[0],
        /exited with code 0 but its JUnit XML reports 1 failed or errored test\(s\): the exit code and the XML disagree/,
      );
    });

    it('passes nothing through when exit code and XML agree', async () => {
      // Act
      const outcome = await runCommandSuites(nodeScript(dir, writeXmlThenExit(PASSING_XML, 0)));

      // Assert
      assert.equal(outcome.completed, true);
      assert.deepEqual(outcome.problems, []);
      assert.equal(outcome.tests[0].category, 'api_migration');
      assert.equal(outcome.tests[0].duration, 0.1);
    });

    for (const pattern of ['/tmp/*.xml', '../other/junit.xml', '']) {
      it(`refuses the glob ${JSON.stringify(pattern)} before running anything`, async () => {
        // Arrange: the script would leave a marker file if it ran.
        const options = nodeScript(dir, "require('node:fs').writeFileSync('ran', '')", {
          junitGlobs: [pattern],
        });

        // Act
        const act = runCommandSuites(options);

        // Assert
        await assert.rejects(
          act,
          (error: unknown) => error instanceof InputError && error.input === 'junit-path',
        );
        assert.throws(() => readFileSync(join(dir, 'ran')), /ENOENT/);
      });
    }
  });

  describe('process and output', () => {
    it('warns when the log cannot be written, and still reads the XML', async () => {
      // Arrange: the log path is a folder, which cannot be opened as a file.
      const logger = recordingLogger();
      mkdirSync(join(dir, 'log-is-a-folder'));

      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, writeXmlThenExit(PASSING_XML, 0), {
          logPath: join(dir, 'log-is-a-folder'),
          logger,
        }),
      );

      // Assert
      assert.deepEqual(outcome.problems, []);
      assert.equal(outcome.tests.length, 1);
      assert.ok(
        logger.lines.some((line) =>
          /^warning: Could not write the log .*log-is-a-folder: EISDIR/.test(line),
        ),
        logger.lines.join('\n'),
      );
    });

    it('runs without a shell, streams output to the logger and the log file, and adds env to the base', async () => {
      // Arrange: a recording wrapper around the real process, to see exactly what was started.
      const started: Array<{
        command: string;
        args: readonly string[];
        env: Record<string, string>;
      }> = [];
      const real = createExecProcess();
      const logger = recordingLogger();
      const script =
        "console.log('out:' + process.env.NEW_VERSION + ':' + process.env.BASE_ONLY); console.error('err line');" +
        writeXmlThenExit(PASSING_XML, 0);

      // Act
      const outcome = await runCommandSuites(
        nodeScript(dir, script, {
          args: ['-e', script, '$(touch shell-ran) | true'],
          baseEnv: { PATH: process.env.PATH, BASE_ONLY: 'base' },
          env: { NEW_VERSION: '2.0.0' },
          logger,
          processFactory: () => ({
            run(command, args, options) {
              started.push({ command, args, env: options.env });
              return real.run(command, args, options);
            },
          }),
        }),
      );

      // Assert
      assert.deepEqual(outcome.problems, []);
      assert.equal(started.length, 1);
      assert.equal(started[0].args[2], '$(touch shell-ran) | true', 'passed as one argument');
      assert.deepEqual(Object.keys(started[0].env).sort(), ['BASE_ONLY', 'NEW_VERSION', 'PATH']);
      assert.throws(() => readFileSync(join(dir, 'shell-ran')), /ENOENT/);
      assert.ok(logger.lines.includes('out:2.0.0:base'), logger.lines.join('\n'));
      assert.ok(logger.lines.includes('err line'));
      const log = readFileSync(join(dir, 'out', 'run.log'), 'utf8');
      assert.match(log, /out:2\.0\.0:base\n/);
      assert.match(log, /err line\n/);
      assert.match(log, /exit code: 0\n$/);
    });
  });
});
