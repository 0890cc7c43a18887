import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/common/errors.js';
import {
  checkCombinations,
  parseBoolean,
  parseChoice,
  parseGrep,
  parseReplayFor,
  parseShard,
  parseShardFor,
  parseSpecGlobs,
  parseWholeNumber,
  requireText,
  resolveDirectoryInside,
  resolveReportPath,
} from '../src/inputs/validate.js';
import { makeTempDir } from './support/paths.js';

/** Asserts that `fn` throws an InputError naming `input` and `value`, with `allowed` in its message. */
function assertRefused(fn: () => unknown, input: string, value: string, allowed: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    assert.equal(error.input, input);
    assert.equal(error.value, value);
    assert.match(error.message, new RegExp(`Input '${input}'`));
    assert.match(error.message, allowed);
    return true;
  });
}

describe('validate', () => {
  describe('requireText', () => {
    it('carries shell metacharacters and quotes literally', () => {
      assert.equal(
        requireText('service', ` $(touch x) "a" 'b' \`c\` `),
        `$(touch x) "a" 'b' \`c\``,
      );
    });
    it('refuses empty values, control characters and overlong text', () => {
      assertRefused(() => requireText('service', '  '), 'service', '  ', /non-empty/);
      assertRefused(
        () => requireText('old-version', '1.0\n::set-output'),
        'old-version',
        '1.0\n::set-output',
        /control characters/,
      );
      assertRefused(
        () => requireText('service', 'x'.repeat(201)),
        'service',
        'x'.repeat(201),
        /at most 200/,
      );
    });
  });

  it('parses booleans in YAML spellings only', () => {
    assert.equal(parseBoolean('allow-empty', 'True'), true);
    assert.equal(parseBoolean('allow-empty', 'false'), false);
    assertRefused(() => parseBoolean('allow-empty', 'yes'), 'allow-empty', 'yes', /true or false/);
  });

  it('keeps retention-days within 1..90', () => {
    assert.equal(parseWholeNumber('retention-days', ' 90 ', 1, 90), 90);
    for (const bad of ['0', '91', '1.5', '-3', 'ten', '']) {
      assertRefused(
        () => parseWholeNumber('retention-days', bad, 1, 90),
        'retention-days',
        bad,
        /from 1 to 90/,
      );
    }
  });

  it('parses shards i/n and refuses the rest', () => {
    assert.deepEqual(parseShard('shard', '2/3'), { index: 2, total: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '3', 'a/b', '1/2/3', '1/257']) {
      assertRefused(() => parseShard('shard', bad), 'shard', bad, /i <= n/);
    }
  });

  it('takes a shard in a run job only: none when empty, refused in a merge job', () => {
    assert.deepEqual(parseShardFor('run', 'shard', '1/2'), { index: 1, total: 2 });
    assert.equal(parseShardFor('run', 'shard', ''), undefined);
    assert.equal(parseShardFor('merge', 'shard', ''), undefined);
    assertRefused(
      () => parseShardFor('merge', 'shard', '1/2'),
      'shard',
      '1/2',
      /no shard in a merge job/,
    );
    assertRefused(() => parseShardFor('run', 'shard', '3/2'), 'shard', '3/2', /i <= n/);
  });

  it('takes traffic and traffic-app in mode replay only, checking the recording line by line', () => {
    const dir = makeTempDir('validate-replay');
    const names = { traffic: 'traffic', trafficApp: 'traffic-app', databaseUrl: 'database-url' };
    writeFileSync(join(dir, 'app.mjs'), 'export function createApp() {}');
    writeFileSync(
      join(dir, 't.jsonl'),
      '{"method":"GET","path":"/a"}\n{"method":"GET","path":"/b"}\n',
    );
    const values = { traffic: 't.jsonl', trafficApp: 'app.mjs', databaseUrl: '' };
    assertRefused(
      () => parseReplayFor('run', names, values, dir, dir),
      'traffic',
      't.jsonl',
      /nothing unless mode is 'replay'/,
    );
    assert.equal(
      parseReplayFor('run', names, { ...values, traffic: '', trafficApp: '' }, dir, dir),
      undefined,
    );
    assert.deepEqual(parseReplayFor('replay', names, values, dir, dir), {
      traffic: join(dir, 't.jsonl'),
      app: join(dir, 'app.mjs'),
      requests: 2,
    });
    assertRefused(
      () => parseReplayFor('replay', names, { ...values, traffic: 'app.mjs' }, dir, dir),
      'traffic',
      'app.mjs',
      /HAR 1\.2 file \(\.har, \.json\) or JSON Lines/,
    );
    assertRefused(
      () => parseReplayFor('replay', names, { ...values, trafficApp: '' }, dir, dir),
      'traffic-app',
      '',
      /exports createApp/,
    );
    assertRefused(
      () => parseReplayFor('replay', names, { ...values, traffic: '../t.jsonl' }, dir, dir),
      'traffic',
      '../t.jsonl',
      /inside/,
    );
    assertRefused(
      () =>
        parseReplayFor('replay', names, { ...values, databaseUrl: 'redis://u:pw@h/' }, dir, dir),
      'database-url',
      'redis://u:***@h/',
      /postgres:\/\//,
    );
  });

  it('names the allowed modes', () => {
    assert.equal(parseChoice('mode', 'merge', ['run', 'merge']), 'merge');
    assertRefused(
      () => parseChoice('mode', 'deploy', ['run', 'merge']),
      'mode',
      'deploy',
      /one of: run, merge/,
    );
  });

  it('compiles grep and treats empty as none', () => {
    assert.equal(parseGrep('grep', ''), undefined);
    assert.equal(parseGrep('grep', 'tools @api'), 'tools @api');
    assertRefused(
      () => parseGrep('grep', '(unclosed'),
      'grep',
      '(unclosed',
      /valid regular expression/,
    );
  });

  it('splits spec globs on lines and commas and refuses escapes', () => {
    assert.deepEqual(parseSpecGlobs('spec', ['a/*.spec.ts, b/*.spec.js', '', ' c.spec.mjs ']), [
      'a/*.spec.ts',
      'b/*.spec.js',
      'c.spec.mjs',
    ]);
    assert.deepEqual(parseSpecGlobs('spec', ['t/**/*.spec.{js,ts}, u/*.mjs']), [
      't/**/*.spec.{js,ts}',
      'u/*.mjs',
    ]);
    assertRefused(
      () => parseSpecGlobs('spec', ['../other/*.ts']),
      'spec',
      '../other/*.ts',
      /without ".."/,
    );
    assertRefused(() => parseSpecGlobs('spec', ['/etc/*.ts']), 'spec', '/etc/*.ts', /without ".."/);
    assertRefused(() => parseSpecGlobs('spec', [' , ']), 'spec', ' , ', /at least one glob/);
  });

  describe('paths', () => {
    let workspace: string;
    before(() => {
      workspace = makeTempDir('validate');
      mkdirSync(join(workspace, 'svc'));
      symlinkSync('/tmp', join(workspace, 'escape'));
    });

    it('resolves a working directory inside the workspace', () => {
      assert.equal(
        resolveDirectoryInside('working-directory', 'svc', workspace),
        join(workspace, 'svc'),
      );
    });

    it('refuses "..", absolute paths outside, symlinks leading out and missing folders', () => {
      assertRefused(
        () => resolveDirectoryInside('working-directory', '../..', workspace),
        'working-directory',
        '../..',
        /inside the workspace/,
      );
      assertRefused(
        () => resolveDirectoryInside('working-directory', '/etc', workspace),
        'working-directory',
        '/etc',
        /inside the workspace/,
      );
      assertRefused(
        () => resolveDirectoryInside('working-directory', 'escape', workspace),
        'working-directory',
        'escape',
        /inside the workspace/,
      );
      assertRefused(
        () => resolveDirectoryInside('working-directory', 'nope', workspace),
        'working-directory',
        'nope',
        /existing directory/,
      );
    });

    it('keeps the report inside the workspace and ending in .json', () => {
      const svc = join(workspace, 'svc');
      assert.equal(
        resolveReportPath('report-path', 'out/r.json', svc, workspace),
        join(svc, 'out', 'r.json'),
      );
      assertRefused(
        () => resolveReportPath('report-path', '../../r.json', svc, workspace),
        'report-path',
        '../../r.json',
        /inside the workspace/,
      );
      assertRefused(
        () => resolveReportPath('report-path', '../escape/r.json', svc, workspace),
        'report-path',
        '../escape/r.json',
        /inside the workspace/,
      );
      assertRefused(
        () => resolveReportPath('report-path', 'r.xml', svc, workspace),
        'report-path',
        'r.xml',
        /ending in .json/,
      );
    });
  });
});

describe('checkCombinations: the checks that span inputs, named as each caller spells them', () => {
  const ACTION = { command: 'command', shard: 'shard', updateBaseline: 'update-baseline' };
  const CLI = { command: '--command', shard: '--shard', updateBaseline: '--update-baseline' };
  const migrations = { dataSource: 'src/data-source.ts' } as never;
  const replay = { traffic: 'traffic.jsonl' } as never;
  const commandRunner = { command: 'pytest', args: [], junitPaths: [], categoryRules: [] } as never;
  const shard = { index: 1, total: 2 };

  for (const [caller, names] of [
    ['action', ACTION],
    ['CLI', CLI],
  ] as const) {
    it(`refuses each combination before anything runs, naming the ${caller}'s input`, () => {
      const refused = (
        settings: Parameters<typeof checkCombinations>[0],
        input: string,
        why: RegExp,
      ) =>
        assert.throws(
          () => checkCombinations(settings, names),
          (error: unknown) =>
            error instanceof InputError && error.input === input && why.test(error.message),
        );
      refused({ migrations, commandRunner }, names.command, /nothing in mode 'migrations'/);
      refused({ migrations, shard }, names.shard, /nothing in mode 'migrations'/);
      refused({ replay, shard }, names.shard, /nothing in mode 'replay'/);
      refused({ replay, commandRunner }, names.command, /nothing in mode 'replay'/);
      refused({ commandRunner, shard }, names.shard, /split them in the command's own way/);
      refused(
        { commandRunner, updateBaseline: true },
        names.updateBaseline,
        /only the library's comparators/,
      );
      refused(
        { migrations, updateBaseline: true },
        names.updateBaseline,
        /only the library's comparators/,
      );
    });
  }

  it('lets every allowed combination through', () => {
    for (const settings of [
      {},
      { shard },
      { shard, updateBaseline: true },
      { commandRunner },
      { migrations },
      { migrations, updateBaseline: false },
    ]) {
      assert.doesNotThrow(() => checkCombinations(settings, CLI), JSON.stringify(settings));
    }
  });
});
