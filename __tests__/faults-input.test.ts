import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { FIXTURES, NODE24, REPO_ROOT } from './support/paths.js';
import { runBuiltAction } from './support/run-action.js';
import { CLI, runBuiltCli } from './support/run-cli.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * Issue 6, hostile input: every value either reaches the report byte for byte (and the suites as
 * OLD_VERSION/NEW_VERSION) or is refused before anything runs, with a message that names the
 * input, shows the value safely and says what is allowed. Nothing is ever executed: each value
 * tries to create a file named `pwned...` and to delete a canary folder. Both faces run: the
 * built action and the built CLI, under Node 24.
 */

/** What one run of either face left behind. */
interface FaceRun {
  /** The exit code: the action exits 1 for any failure, the CLI 1 for a failed gate and 2 for a bad option. */
  code: number;
  /** stdout and stderr together. */
  output: string;
  /** The action's `passed` output; undefined for the CLI. */
  passed?: string;
}

type Face = 'action' | 'cli';

/** The CLI option for an action input: `--name`. */
const cliOption = (input: string) => `--${input}`;

/** Runs the built CLI under Node 24 in `workspace`. */
async function runCli(workspace: string, args: string[]): Promise<FaceRun> {
  const run = await runBuiltCli(args, workspace);
  return { code: run.code ?? -1, output: run.stdout + run.stderr };
}

/** Runs one face with action-style input names. */
async function runFace(
  face: Face,
  workspace: string,
  inputs: Record<string, string>,
): Promise<FaceRun> {
  if (face === 'cli')
    return runCli(
      workspace,
      Object.entries(inputs).map(([name, value]) => `${cliOption(name)}=${value}`),
    );
  const run = await runBuiltAction({
    workspace,
    inputs: { 'upload-artifact': 'false', ...inputs },
  });
  return { code: run.exitCode, output: run.stdout + run.stderr, passed: run.outputs.passed };
}

/** Every file or folder under `folder` whose name starts with `pwned`. */
function pwnedFiles(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) =>
    /(^|\/)pwned/.test(path),
  );
}

/** Fails when anything was executed: no `pwned*` anywhere in the workspace or this process's folder, the canary still there. */
function assertNothingExecuted(workspace: string): void {
  assert.deepEqual(pwnedFiles(workspace), [], 'nothing was executed in the workspace');
  assert.deepEqual(
    readdirSync(process.cwd()).filter((name) => name.startsWith('pwned')),
    [],
    'nothing was executed in the current folder',
  );
  assert.ok(existsSync(join(workspace, 'canary', 'keep')), 'the canary folder was not deleted');
}

/** Hostile strings that are fine as names and versions: they must arrive literally. */
const CARRIED: Array<[string, string]> = [
  ['command substitution', '$(touch pwned-subst)'],
  ['backticks', '`touch pwned-tick`'],
  ['a command list with rm -rf', 'x; touch pwned-list; rm -rf canary'],
  ['a pipe', 'x | touch pwned-pipe'],
  ['&& and ||', 'x && touch pwned-and || touch pwned-or'],
  ['quotes and backslashes', `"double" 'single' \\back\\slash \\"`],
  ['variables and redirections', '${HOME} $PATH %PATH% > pwned-redirect < /etc/passwd 2>&1'],
  ['something like an option', '--help -rf --workspace=/'],
  ['unicode', 'ünïcødé ✓ 🚀 ＄（touch pwned）'],
  [
    'the longest allowed (200 characters)',
    `$(touch pwned-long)${'x'.repeat(200 - '$(touch pwned-long)'.length)}`,
  ],
];

describe('fault matrix: hostile input (built action and CLI, Node 24)', function () {
  this.timeout(120_000);
  const workspaceFrom = useFixtureWorkspaces();
  /** Folders outside every workspace, for links and paths that lead out. */
  const outsiders: string[] = [];
  after(() => outsiders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  /** The hostile fixture (its suite records the versions it received) with a canary folder. */
  function hostileWorkspace(): string {
    const workspace = workspaceFrom('hostile');
    mkdirSync(join(workspace, 'canary'));
    writeFileSync(join(workspace, 'canary', 'keep'), 'must survive');
    return workspace;
  }

  /** A folder outside the workspace with a spec file that, if it ever ran, would create `marker`. */
  function outsideFolder(): { folder: string; marker: string } {
    const folder = mkdtempSync(join(tmpdir(), 'vm-outside-'));
    outsiders.push(folder);
    const marker = join(folder, 'pwned-outside-ran');
    writeFileSync(
      join(folder, 'outside.spec.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\ndescribe('outside', () => it('runs code outside the workspace', () => {}));\n`,
    );
    return { folder, marker };
  }

  for (const face of ['action', 'cli'] as const) {
    describe(`the ${face}`, () => {
      for (const [what, value] of CARRIED) {
        it(`fault: ${what} in service and versions is carried literally, never executed`, async () => {
          const workspace = hostileWorkspace();
          const given = {
            service: value,
            'old-version': `1.0.0 ${value}`.slice(0, 200),
            'new-version': `2.0.0 ${value}`.slice(0, 200),
          };

          const run = await runFace(face, workspace, given);

          assert.equal(run.code, 0, run.output);
          const reportBytes = readFileSync(join(workspace, 'verification-report.json'));
          const report = JSON.parse(reportBytes.toString('utf8')) as VerificationReport;
          assert.deepEqual(Buffer.from(report.service), Buffer.from(given.service));
          assert.deepEqual(Buffer.from(report.old_version), Buffer.from(given['old-version']));
          assert.deepEqual(Buffer.from(report.new_version), Buffer.from(given['new-version']));
          const received = JSON.parse(
            readFileSync(join(workspace, 'received-versions.json'), 'utf8'),
          ) as { old: string; new: string };
          assert.deepEqual(
            received,
            { old: given['old-version'], new: given['new-version'] },
            'the suites got the versions literally',
          );
          assertNothingExecuted(workspace);
        });
      }

      /** Cases refused before anything runs: inputs, then what the message must show. */
      const refused: Array<[string, (workspace: string) => Record<string, string>, RegExp]> = [
        [
          'a newline in service',
          () => ({ service: 'svc\ntouch pwned-newline' }),
          /Input '-*service' has the value "svc\\ntouch pwned-newline", which is not allowed: use text without control characters/,
        ],
        [
          'a carriage return in old-version',
          () => ({ service: 'svc', 'old-version': '1.0.0\r$(touch pwned-cr)' }),
          /Input '-*old-version' has the value "1\.0\.0\\r\$\(touch pwned-cr\)".*without control characters/,
        ],
        [
          'an escape sequence in new-version',
          () => ({ service: 'svc', 'new-version': '2.0.0\u001b[31mred' }),
          /Input '-*new-version' has the value "2\.0\.0\\u001b\[31mred".*control characters/,
        ],
        [
          'a newline in grep',
          () => ({ service: 'svc', grep: 'a\n$(touch pwned-grep)' }),
          /Input '-*grep' has the value "a\\n\$\(touch pwned-grep\)".*single-line regular expression/,
        ],
        [
          'a 100 KB service',
          () => ({ service: `$(touch pwned-huge)${'y'.repeat(100 * 1024)}` }),
          /Input '-*service' has the value "\$\(touch pwned-huge\)y{101}"\.\.\. \(102419 characters\), which is not allowed: use at most 200 characters/,
        ],
        [
          'working-directory ".."',
          () => ({ service: 'svc', 'working-directory': '..' }),
          /Input '-*working-directory' has the value "\.\.".*a path inside the workspace/,
        ],
        [
          'working-directory "/etc"',
          () => ({ service: 'svc', 'working-directory': '/etc' }),
          /Input '-*working-directory' has the value "\/etc".*a path inside the workspace/,
        ],
        [
          'working-directory "test/../../.."',
          () => ({ service: 'svc', 'working-directory': 'test/../../..' }),
          /Input '-*working-directory'.*a path inside the workspace/,
        ],
        [
          'report-path "../../outside.json"',
          () => ({ service: 'svc', 'report-path': '../../outside.json' }),
          /Input '-*report-path' has the value "\.\.\/\.\.\/outside\.json".*a path inside the workspace/,
        ],
        [
          'an absolute report-path outside',
          () => ({ service: 'svc', 'report-path': join(tmpdir(), 'vm-pwned-report.json') }),
          /Input '-*report-path'.*a path inside the workspace/,
        ],
        [
          'a spec glob with ".."',
          () => ({ service: 'svc', spec: '../**/*.spec.mjs' }),
          /Input '-*spec' has the value "\.\.\/\*\*\/\*\.spec\.mjs".*without "\.\." or an absolute path/,
        ],
        [
          'an absolute spec glob',
          () => ({ service: 'svc', spec: '/tmp/**/*.spec.mjs' }),
          /Input '-*spec' has the value "\/tmp\/\*\*\/\*\.spec\.mjs".*without "\.\." or an absolute path/,
        ],
        [
          'a command list in command',
          () => ({
            service: 'svc',
            command: 'node -v; touch pwned-command',
            'junit-path': 'junit.xml',
          }),
          /Input '-*command' has the value "node -v; touch pwned-command", which is not allowed: use a command without ';'/,
        ],
        [
          'command substitution in command',
          () => ({
            service: 'svc',
            command: 'node -v `touch pwned-command`',
            'junit-path': 'junit.xml',
          }),
          /Input '-*command' has the value "node -v `touch pwned-command`", which is not allowed: use a command without a backtick/,
        ],
        [
          'a pipe in command',
          () => ({
            service: 'svc',
            command: 'node -v | touch pwned-command',
            'junit-path': 'junit.xml',
          }),
          /Input '-*command' has the value "node -v \| touch pwned-command", which is not allowed: use a command without '\|'/,
        ],
        [
          'a junit-path with ".."',
          () => ({ service: 'svc', command: 'node -v', 'junit-path': '../../etc/*.xml' }),
          /Input '-*junit-path' has the value "\.\.\/\.\.\/etc\/\*\.xml".*without "\.\." or an absolute path/,
        ],
        [
          'a category-mapping that is not a regular expression',
          () => ({
            service: 'svc',
            command: 'node -v',
            'junit-path': 'junit.xml',
            'category-mapping': '(unclosed=database',
          }),
          /Input '-*category-mapping' has the value "\(unclosed=database"/,
        ],
        [
          'a working-directory that is a symlink leading out',
          (workspace) => {
            symlinkSync(outsideFolder().folder, join(workspace, 'linked-out'));
            return { service: 'svc', 'working-directory': 'linked-out' };
          },
          /Input '-*working-directory' has the value "linked-out".*a path inside the workspace/,
        ],
        [
          'a report-path through a symlink leading out',
          (workspace) => {
            symlinkSync(outsideFolder().folder, join(workspace, 'reports'));
            return { service: 'svc', 'report-path': 'reports/verification-report.json' };
          },
          /Input '-*report-path' has the value "reports\/verification-report\.json".*a path inside the workspace/,
        ],
        [
          'a spec file that is a symlink leading out of the workspace',
          (workspace) => {
            symlinkSync(
              join(outsideFolder().folder, 'outside.spec.mjs'),
              join(workspace, 'test', 'migration', 'linked.spec.mjs'),
            );
            return { service: 'svc' };
          },
          /Input '-*spec' has the value "test\/migration\/linked\.spec\.mjs".*spec files inside the working directory; test\/migration\/linked\.spec\.mjs leads through a symbolic link to \/.*outside\.spec\.mjs/,
        ],
        [
          'a spec file that is a dangling symlink',
          (workspace) => {
            symlinkSync(
              join(workspace, 'nowhere.mjs'),
              join(workspace, 'test', 'migration', 'dangling.spec.mjs'),
            );
            return { service: 'svc' };
          },
          /Input '-*spec' has the value "test\/migration\/dangling\.spec\.mjs".*symbolic link to nothing \(its target does not exist\)/,
        ],
        [
          'a spec file whose name is not UTF-8',
          (workspace) => {
            writeFileSync(
              Buffer.from(
                `${join(workspace, 'test', 'migration')}/bad-\xff-name.spec.mjs`,
                'latin1',
              ),
              "describe('x', () => it('y', () => {}));\n",
            );
            return { service: 'svc' };
          },
          /Input '-*spec' has the value "test\/migration\/bad-\uFFFD-name\.spec\.mjs".*names are valid UTF-8/,
        ],
      ];

      for (const [what, inputsFor, message] of refused) {
        it(`fault: ${what} is refused before anything runs, naming the input and the value`, async () => {
          const workspace = hostileWorkspace();

          const run = await runFace(face, workspace, inputsFor(workspace));

          assert.equal(run.code, face === 'cli' ? 2 : 1, run.output.slice(0, 2000));
          assert.match(run.output, message);
          if (face === 'action') assert.equal(run.passed, 'false');
          assert.equal(
            existsSync(join(workspace, 'received-versions.json')),
            false,
            'the suites did not run',
          );
          assert.equal(
            existsSync(join(workspace, 'verification-report.json')),
            false,
            'nothing was written',
          );
          assert.ok(
            run.output.length < 20_000,
            `the output stays short (${run.output.length} characters)`,
          );
          assertNothingExecuted(workspace);
        });
      }

      it('fault: a spec glob through a symlinked folder leading out is refused, and nothing outside runs', async () => {
        const workspace = hostileWorkspace();
        const { folder, marker } = outsideFolder();
        symlinkSync(folder, join(workspace, 'test', 'outside'));

        const run = await runFace(face, workspace, {
          service: 'svc',
          spec: 'test/outside/*.spec.mjs',
        });

        assert.equal(run.code, face === 'cli' ? 2 : 1, run.output);
        if (face === 'action') assert.equal(run.passed, 'false');
        assert.match(
          run.output,
          /Input '-*spec' has the value "test\/outside\/outside\.spec\.mjs".*leads through a symbolic link to \/.*outside\.spec\.mjs, and code outside the working directory is never run/,
        );
        assert.equal(existsSync(marker), false, 'the spec file outside the workspace never ran');
        assert.equal(existsSync(join(workspace, 'verification-report.json')), false);
      });

      it('fault: shell metacharacters in report-path, grep and spec are literal text, never executed', async () => {
        const workspace = hostileWorkspace();
        const reportPath = "reports/$(touch pwned-report) `x`; 'q' & y.json";

        const run = await runFace(face, workspace, {
          service: 'svc',
          'report-path': reportPath,
          grep: 'receives|$(touch pwned-grep)',
          spec: 'test/migration/*.spec.mjs,test/$(touch pwned-spec)/*.spec.mjs',
        });

        assert.equal(run.code, 0, run.output);
        const report = JSON.parse(
          readFileSync(join(workspace, reportPath), 'utf8'),
        ) as VerificationReport;
        assert.equal(report.overall.tests, 1);
        assert.equal(report.run.grep, 'receives|$(touch pwned-grep)');
        for (const suffix of ['.junit.xml', '.md', '.log']) {
          assert.ok(existsSync(join(workspace, reportPath.replace(/\.json$/, suffix))), suffix);
        }
        assertNothingExecuted(workspace);
      });

      it('fault: a report-path that is itself a symlink leading out is refused, and nothing outside is written', async () => {
        const workspace = hostileWorkspace();
        const { folder } = outsideFolder();
        for (const suffix of ['json', 'junit.xml', 'md', 'log']) {
          writeFileSync(join(folder, `precious.${suffix}`), `precious ${suffix}`);
          symlinkSync(
            join(folder, `precious.${suffix}`),
            join(workspace, `verification-report.${suffix}`),
          );
        }

        const run = await runFace(face, workspace, {
          service: 'svc',
          'report-path': 'verification-report.json',
        });

        // The JSON path itself leads out: refused. Its companions are never followed either.
        assert.equal(run.code, face === 'cli' ? 2 : 1, run.output);
        assert.match(
          run.output,
          /Input '-*report-path' has the value "verification-report\.json".*a path inside the workspace/,
        );
        for (const suffix of ['json', 'junit.xml', 'md', 'log']) {
          assert.equal(
            readFileSync(join(folder, `precious.${suffix}`), 'utf8'),
            `precious ${suffix}`,
          );
        }
      });

      it('fault: report companions (JUnit, Markdown, log) that are symlinks leading out are replaced, never written through', async () => {
        const workspace = hostileWorkspace();
        const { folder } = outsideFolder();
        for (const suffix of ['junit.xml', 'md', 'log']) {
          writeFileSync(join(folder, `precious.${suffix}`), `precious ${suffix}`);
          symlinkSync(
            join(folder, `precious.${suffix}`),
            join(workspace, `verification-report.${suffix}`),
          );
        }

        const run = await runFace(face, workspace, { service: 'svc' });

        assert.equal(run.code, 0, run.output);
        for (const suffix of ['junit.xml', 'md', 'log']) {
          assert.equal(
            readFileSync(join(folder, `precious.${suffix}`), 'utf8'),
            `precious ${suffix}`,
            `precious.${suffix} outside is untouched`,
          );
          assert.ok(
            !lstatSync(join(workspace, `verification-report.${suffix}`)).isSymbolicLink(),
            `verification-report.${suffix} is a file of ours now`,
          );
        }
      });

      it('a spec file that is a symlink to a file inside the working directory runs (not silently dropped)', async () => {
        const workspace = hostileWorkspace();
        mkdirSync(join(workspace, 'shared'));
        writeFileSync(
          join(workspace, 'shared', 'linked.mjs'),
          "describe('linked @api', () => it('runs through its link', () => {}));\n",
        );
        symlinkSync(
          '../../shared/linked.mjs',
          join(workspace, 'test', 'migration', 'linked.spec.mjs'),
        );

        const run = await runFace(face, workspace, { service: 'svc' });

        assert.equal(run.code, 0, run.output);
        const report = JSON.parse(
          readFileSync(join(workspace, 'verification-report.json'), 'utf8'),
        ) as VerificationReport;
        assert.deepEqual(report.run.spec_files, [
          'test/migration/linked.spec.mjs',
          'test/migration/versions.spec.mjs',
        ]);
        assert.ok(
          report.tests.some(
            (test) =>
              test.full_title === 'linked @api runs through its link' && test.state === 'passed',
          ),
        );
      });
    });
  }

  describe('bytes that are not UTF-8 in a value', () => {
    /**
     * A shell puts the raw bytes in the variable (Node can only pass strings), then execs the
     * built action; the harness gives it the runner's environment as for any run.
     */
    function rawByteWrapper(variable: string, printfFormat: string): string {
      const folder = mkdtempSync(join(tmpdir(), 'vm-raw-'));
      outsiders.push(folder);
      const wrapper = join(folder, 'wrapper.mjs');
      writeFileSync(
        wrapper,
        `import { spawnSync } from 'node:child_process';\n` +
          `const result = spawnSync('/bin/sh', ['-c', '${variable}="$(printf "$VM_RAW_FORMAT")"; export ${variable}; exec "$0" "$1"', process.execPath, ${JSON.stringify(join(REPO_ROOT, 'dist', 'index.js'))}], { stdio: 'inherit', env: { ...process.env, VM_RAW_FORMAT: ${JSON.stringify(printfFormat)} } });\n` +
          `process.exit(result.status ?? 1);\n`,
      );
      return wrapper;
    }

    it('fault: service given as raw bytes that are not UTF-8 is refused (the action)', async () => {
      const workspace = hostileWorkspace();

      const run = await runBuiltAction({
        workspace,
        script: rawByteWrapper('INPUT_SERVICE', 'svc-\\377\\376-$(touch pwned-bytes)'),
        actionYml: join(REPO_ROOT, 'action.yml'),
        inputs: { 'upload-artifact': 'false' },
      });

      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.outputs.passed, 'false');
      assert.match(
        run.stdout,
        /::error::Input 'service' has the value "svc-\uFFFD\uFFFD-\$\(touch pwned-bytes\)", which is not allowed: use valid UTF-8 text/,
      );
      assert.equal(existsSync(join(workspace, 'received-versions.json')), false);
      assertNothingExecuted(workspace);
    });

    it('fault: --service given as raw bytes that are not UTF-8 is refused (the CLI)', async () => {
      const workspace = hostileWorkspace();

      const run = await new Promise<FaceRun>((resolve, reject) => {
        const child = spawn(
          '/bin/sh',
          ['-c', 'exec "$0" "$1" --service "$(printf "svc-\\377-x")"', NODE24, CLI],
          { cwd: workspace },
        );
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.once('error', reject);
        child.once('close', (code) => resolve({ code: code ?? -1, output }));
      });

      assert.equal(run.code, 2, run.output);
      assert.match(
        run.output,
        /Input '--service' has the value "svc-\uFFFD-x", which is not allowed: use valid UTF-8 text/,
      );
      assert.equal(existsSync(join(workspace, 'received-versions.json')), false);
    });
  });

  it('keeps the fixture honest: the hostile workspace has one spec file', () => {
    assert.deepEqual(readdirSync(join(FIXTURES, 'workspaces', 'hostile', 'test', 'migration')), [
      'versions.spec.mjs',
    ]);
  });
});
