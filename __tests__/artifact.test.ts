import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import {
  ArtifactUploadError,
  artifactUrl,
  createArtifactStore,
  isArtifactServiceAvailable,
  validateArtifactName,
  validateRetentionDays,
  type ArtifactStore,
} from '../src/action/artifact.js';
import { InputError } from '../src/common/errors.js';
import { recordingLogger } from '../src/common/logger.js';
import {
  ARTIFACT_SERVICE_PREFIX,
  TEST_RUN,
  artifactEnv,
  startArtifactService,
  type ArtifactService,
} from './support/artifact-service.js';
import { startAzurite, type StartedAzurite } from './support/azurite.js';
import { REPO_ROOT, makeTempDir } from './support/paths.js';
import { inputVariable, parseOutputFile, runBuiltAction } from './support/run-action.js';

/**
 * Artifact publishing with the real `@actions/artifact` client against a loopback stand-in of
 * GitHub's artifact service and a real Azurite, and the harness that runs a built action as the
 * runner does. The client reads its environment at each call, so the in-process tests set it
 * for the duration of their describe and restore it afterwards.
 */

/** Sets `values` in process.env; returns a function that restores what was there. */
function setEnv(values: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Runs `fn` with process.stdout captured: `@actions/core` writes the client's progress and its
 * `::debug::`/`::add-mask::` commands there, which the runner would consume and which would
 * otherwise fill the test log. Mocha's reporter only writes between tests, so nothing of its is
 * taken. Returns what `fn` returned and what was written; rethrows what it threw.
 */
async function captureStdout<T>(fn: () => Promise<T>): Promise<[T, string]> {
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    return [await fn(), stdout];
  } finally {
    process.stdout.write = write;
  }
}

/** What `promise` rejected with, or its value: lets a test assert on an error as on a result. */
function settled<T>(promise: Promise<T>): Promise<T | unknown> {
  return promise.catch((error: unknown) => error);
}

/** Every file under `folder`, relative to it, with `/` separators, sorted. */
function filesUnder(folder: string): string[] {
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Writes a report folder like the action's: JSON, JUnit XML, Markdown (non-ASCII name and content). */
function writeReportFiles(folder: string): Record<string, Buffer> {
  const contents: Record<string, Buffer> = {
    'verification-report.json': Buffer.from(
      JSON.stringify(
        {
          service: 'orders-service',
          overall: { status: 'failed', tests: 3 },
          note: 'Größe ≠ taille — 数据迁移 ✓',
        },
        null,
        2,
      ),
    ),
    'verification-report.junit.xml': Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="3" failures="1"><testsuite name="database_migration" tests="3">' +
        '<testcase name="keeps the café &amp; crème rows"><failure message="expected 2 rows, got 1"/></testcase></testsuite></testsuites>\n',
    ),
    'résumé-übersicht.md': Buffer.from(
      '# Vérification\n\n| catégorie | tests |\n|---|---|\n| base de données | 3 |\n\nÇa marche pas encore 🚧\n',
    ),
    'logs/run.log': Buffer.from(
      Array.from({ length: 2000 }, (_, i) => `line ${i}: ${'x'.repeat(i % 50)}`).join('\n'),
    ),
  };
  for (const [name, content] of Object.entries(contents)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return contents;
}

describe('artifact publishing with @actions/artifact, a stand-in service and Azurite', function () {
  this.timeout(90_000);

  let azurite: StartedAzurite;
  let service: ArtifactService;
  let store: ArtifactStore;
  let restoreEnv: () => void;
  const logger = recordingLogger();
  const temp: string[] = [];

  function tempDir(prefix: string): string {
    const dir = makeTempDir(prefix);
    temp.push(dir);
    return dir;
  }

  before(async () => {
    azurite = await startAzurite();
    service = await startArtifactService(azurite);
    restoreEnv = setEnv(artifactEnv(service));
    store = createArtifactStore(logger);
  });

  after(async () => {
    restoreEnv?.();
    await service?.stop();
    await azurite?.stop();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  it('uploads the report files, lists them and downloads the same bytes back', async () => {
    // Arrange
    const root = tempDir('artifact-up');
    const contents = writeReportFiles(root);
    const files = Object.keys(contents).map((name) => join(root, name));
    const downloadTo = join(tempDir('artifact-down'), 'report');

    // Act
    const [{ uploaded, listed, downloadedTo }, clientLog] = await captureStdout(async () => {
      const uploaded = await store.upload('orders-service-verification-report', files, root);
      return {
        uploaded,
        listed: await store.list(),
        downloadedTo: await store.download(uploaded.id, downloadTo),
      };
    });

    // Assert
    const stored = service.artifacts.get(uploaded.id);
    assert.ok(stored?.finalized, 'the service finalized the artifact');
    assert.equal(stored.name, 'orders-service-verification-report');
    assert.equal(stored.version, 7);
    assert.equal(stored.mimeType, 'application/zip');
    assert.match(stored.digest ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.ok(uploaded.size > 0);
    assert.equal(stored.size, uploaded.size);
    assert.equal(
      uploaded.url,
      `${TEST_RUN.serverUrl}/${TEST_RUN.repository}/actions/runs/${TEST_RUN.runId}/artifacts/${uploaded.id}`,
    );
    assert.deepEqual(
      listed.find((artifact) => artifact.id === uploaded.id),
      { id: uploaded.id, name: 'orders-service-verification-report', size: uploaded.size },
    );
    assert.equal(downloadedTo, downloadTo);
    assert.deepEqual(filesUnder(downloadTo), Object.keys(contents).sort());
    for (const [name, content] of Object.entries(contents)) {
      assert.ok(
        readFileSync(join(downloadTo, name)).equals(content),
        `${name} came back byte for byte`,
      );
    }
    assert.deepEqual(
      service.calls.map((call) => `${call.method} ${call.status}`),
      [
        'CreateArtifact 200',
        'FinalizeArtifact 200',
        'ListArtifacts 200',
        'ListArtifacts 200',
        'GetSignedArtifactURL 200',
      ],
    );
    assert.ok(
      logger.lines.includes('group: Upload artifact orders-service-verification-report'),
      logger.lines.join('\n'),
    );
    // The client masks the signature of each signed URL (upload and download) in the log.
    assert.ok((clientLog.match(/^::add-mask::/gm) ?? []).length >= 2, clientLog);
  });

  it('asks the service to keep the artifact for the retention days given', async () => {
    // Arrange
    const root = tempDir('artifact-retention');
    writeFileSync(join(root, 'verification-report.json'), '{}');
    const before = Date.now();

    // Act
    const [uploaded] = await captureStdout(() =>
      store.upload('kept-five-days', [join(root, 'verification-report.json')], root, 5),
    );

    // Assert
    const expiresAt = Date.parse(service.artifacts.get(uploaded.id)?.expiresAt ?? '');
    const days = (expiresAt - before) / 86_400_000;
    assert.ok(days > 4.9 && days < 5.1, `expires in ${days} days`);
  });

  it('retries a 500 from the service and creates the artifact once', async () => {
    // Arrange
    const root = tempDir('artifact-retry');
    writeFileSync(join(root, 'verification-report.json'), '{"retried":true}');
    service.failNext(1, { method: 'CreateArtifact', status: 500 });
    const callsBefore = service.calls.length;

    // Act
    const [uploaded, clientLog] = await captureStdout(() =>
      store.upload('retried-report', [join(root, 'verification-report.json')], root),
    );

    // Assert
    const calls = service.calls
      .slice(callsBefore)
      .map((call) => `${call.method} ${call.status}${call.injected ? ' injected' : ''}`);
    assert.deepEqual(calls, [
      'CreateArtifact 500 injected',
      'CreateArtifact 200',
      'FinalizeArtifact 200',
    ]);
    assert.match(
      clientLog,
      /Attempt 1 of 5 failed with error: Failed request: \(500\).*injected failure/,
    );
    const named = [...service.artifacts.values()].filter(
      (artifact) => artifact.name === 'retried-report',
    );
    assert.deepEqual(
      named.map((artifact) => [artifact.id, artifact.finalized]),
      [[uploaded.id, true]],
    );
  });

  it('retries a 500 on finalize without uploading the blob again', async () => {
    // Arrange
    const root = tempDir('artifact-retry-finalize');
    writeFileSync(join(root, 'verification-report.json'), '{"finalize":"retried"}');
    service.failNext(1, { method: 'FinalizeArtifact' });
    const callsBefore = service.calls.length;

    // Act
    const [uploaded] = await captureStdout(() =>
      store.upload('finalize-retried', [join(root, 'verification-report.json')], root),
    );

    // Assert
    assert.deepEqual(
      service.calls.slice(callsBefore).map((call) => `${call.method} ${call.status}`),
      ['CreateArtifact 200', 'FinalizeArtifact 500', 'FinalizeArtifact 200'],
    );
    assert.equal(service.artifacts.get(uploaded.id)?.size, uploaded.size);
  });

  it('has a stand-in that refuses a wrong token or foreign ids, and can delay an answer', async () => {
    // Arrange
    const url = `${service.url}${ARTIFACT_SERVICE_PREFIX}ListArtifacts`;
    const ids = {
      workflow_run_backend_id: service.workflowRunBackendId,
      workflow_job_run_backend_id: service.workflowJobRunBackendId,
    };
    const post = (token: string, body: object) =>
      fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });

    // Act
    const wrongToken = await post('not-the-token', ids);
    const foreignRun = await post(service.token, {
      ...ids,
      workflow_run_backend_id: 'another-run',
    });
    service.delayNext(400, 1, { method: 'ListArtifacts' });
    const started = Date.now();
    const [listed] = await captureStdout(() => store.list());
    const listTook = Date.now() - started;

    // Assert
    assert.equal(wrongToken.status, 401);
    assert.equal(((await wrongToken.json()) as { code: string }).code, 'unauthenticated');
    assert.equal(foreignRun.status, 403);
    assert.ok(listTook >= 390, `the delayed list took ${listTook} ms`);
    assert.ok(listed.length > 0);
  });

  it('fails with ArtifactUploadError, carrying the name and the cause, when the service refuses', async () => {
    // Arrange: 403 is not retried by the client, so this fails at once.
    const root = tempDir('artifact-refused');
    writeFileSync(join(root, 'verification-report.json'), '{}');
    service.failNext(1, { method: 'CreateArtifact', status: 403 });

    // Act
    const [failure] = await captureStdout(() =>
      settled(store.upload('refused-report', [join(root, 'verification-report.json')], root)),
    );

    // Assert
    assert.ok(failure instanceof ArtifactUploadError, String(failure));
    assert.equal(failure.name, 'ArtifactUploadError');
    assert.equal(failure.artifactName, 'refused-report');
    assert.ok(failure.cause instanceof Error);
    assert.match(
      failure.message,
      /^Uploading artifact 'refused-report' failed: .*non-retryable.*403/,
    );
    assert.equal(
      [...service.artifacts.values()].some((artifact) => artifact.name === 'refused-report'),
      false,
    );
  });

  it('fails with ArtifactUploadError when the run already has an artifact of that name', async () => {
    // Arrange
    const root = tempDir('artifact-twice');
    writeFileSync(join(root, 'verification-report.json'), '{}');
    const file = [join(root, 'verification-report.json')];
    await captureStdout(() => store.upload('uploaded-twice', file, root));

    // Act
    const [failure] = await captureStdout(() =>
      settled(store.upload('uploaded-twice', file, root)),
    );

    // Assert
    assert.ok(failure instanceof ArtifactUploadError, String(failure));
    assert.match(failure.message, /409.*already exists/);
  });

  it('rejects a bad name or retention before calling the service', async () => {
    // Arrange
    const root = tempDir('artifact-bad-name');
    writeFileSync(join(root, 'verification-report.json'), '{}');
    const callsBefore = service.calls.length;

    // Act
    const badName = await settled(
      store.upload('reports/latest', [join(root, 'verification-report.json')], root),
    );
    const badRetention = await settled(
      store.upload('fine', [join(root, 'verification-report.json')], root, 0),
    );

    // Assert
    assert.ok(badName instanceof InputError && badName.input === 'artifact-name', String(badName));
    assert.ok(
      badRetention instanceof InputError && badRetention.input === 'retention-days',
      String(badRetention),
    );
    assert.equal(service.calls.length, callsBefore);
  });
});

describe('validateArtifactName', () => {
  it('names the input, the value and the forbidden character found, and lists them all', () => {
    // Arrange
    const name = 'report: final';

    // Act
    const error = (() => {
      try {
        validateArtifactName(name);
      } catch (caught) {
        return caught;
      }
    })();

    // Assert
    assert.ok(error instanceof InputError);
    assert.equal(error.input, 'artifact-name');
    assert.equal(error.value, name);
    assert.match(
      error.message,
      /^Input 'artifact-name' has the value "report: final", which is not allowed: use a name without colon :\./,
    );
    for (const label of [
      'double quote "',
      'colon :',
      'less than <',
      'greater than >',
      'vertical bar |',
      'asterisk *',
      'question mark ?',
      'carriage return \\r',
      'line feed \\n',
      'backslash \\',
      'forward slash /',
    ]) {
      assert.ok(error.message.includes(label), `lists ${label}`);
    }
    assert.match(error.message, /NTFS/);
  });

  it('names every forbidden character a name contains', () => {
    // Arrange, Act, Assert
    assert.throws(
      () => validateArtifactName('a/b\\c?'),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.match(
          error.allowed,
          /^a name without question mark \?, backslash \\, forward slash \//,
        );
        return true;
      },
    );
  });

  it('rejects an empty or blank name, and a line break', () => {
    // Arrange, Act, Assert
    assert.throws(
      () => validateArtifactName(''),
      /Input 'artifact-name' has the value "".*non-empty/,
    );
    assert.throws(() => validateArtifactName('  '), InputError);
    assert.throws(() => validateArtifactName('two\nlines'), /line feed \\n/);
  });

  it('accepts ordinary names, non-ASCII ones included', () => {
    // Arrange
    const names = [
      'tool-integration-verification-report',
      'report_v2.0 (shard 1 of 3)',
      'vérification-données-数据',
    ];

    // Act, Assert
    for (const name of names) assert.doesNotThrow(() => validateArtifactName(name), name);
  });
});

describe('validateRetentionDays', () => {
  it('accepts whole numbers from 1 to 90, and nothing for the repository setting', () => {
    // Arrange, Act, Assert
    assert.equal(validateRetentionDays('1'), 1);
    assert.equal(validateRetentionDays(' 90 '), 90);
    assert.equal(validateRetentionDays(30), 30);
    assert.equal(validateRetentionDays(''), undefined);
    assert.equal(validateRetentionDays(undefined), undefined);
  });

  it('rejects anything else, saying what is allowed', () => {
    // Arrange
    const bad = ['0', '91', '1.5', '-3', 'ten', '7d', 0, 2.5];

    // Act, Assert
    for (const value of bad) {
      assert.throws(
        () => validateRetentionDays(value),
        (error: unknown) =>
          error instanceof InputError &&
          error.input === 'retention-days' &&
          /whole number from 1 to 90/.test(error.message),
        String(value),
      );
    }
  });
});

describe('isArtifactServiceAvailable and artifactUrl', () => {
  it('needs both the runtime token and the results URL', () => {
    // Arrange
    const both = {
      ACTIONS_RUNTIME_TOKEN: 'token',
      ACTIONS_RESULTS_URL: 'https://results.example/',
    };

    // Act, Assert
    assert.equal(isArtifactServiceAvailable(both), true);
    assert.equal(isArtifactServiceAvailable({ ...both, ACTIONS_RUNTIME_TOKEN: undefined }), false);
    assert.equal(isArtifactServiceAvailable({ ...both, ACTIONS_RESULTS_URL: '' }), false);
    assert.equal(isArtifactServiceAvailable({}), false);
  });

  it('builds the artifact page as upload-artifact does, or nothing when the run is unknown', () => {
    // Arrange
    const env = {
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REPOSITORY: 'octo/orders',
      GITHUB_RUN_ID: '77',
    };

    // Act, Assert
    assert.equal(
      artifactUrl(9, env),
      'https://ghe.example.com/octo/orders/actions/runs/77/artifacts/9',
    );
    assert.equal(
      artifactUrl(9, { ...env, GITHUB_SERVER_URL: undefined }),
      'https://github.com/octo/orders/actions/runs/77/artifacts/9',
    );
    assert.equal(artifactUrl(9, { ...env, GITHUB_RUN_ID: undefined }), undefined);
  });
});

describe('runBuiltAction, the runner harness', function () {
  this.timeout(60_000);
  const temp: string[] = [];

  after(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  /** A throwaway action (action.yml + index.mjs using @actions/core) in a temp folder inside the repo, so it resolves node_modules. */
  function throwawayAction(source: string, actionYml: string): string {
    const dir = makeTempDir('throwaway-action');
    temp.push(dir);
    writeFileSync(join(dir, 'action.yml'), actionYml);
    writeFileSync(join(dir, 'index.mjs'), source);
    return join(dir, 'index.mjs');
  }

  const ECHO_ACTION = `
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
core.setOutput('greeting', 'hello ' + core.getInput('who name', { required: true }));
core.setOutput('multi', 'first line\\nsecond: line=2');
core.setOutput('level', core.getInput('log-level'));
core.setOutput('node', process.version);
core.setOutput('cwd', process.cwd());
core.setOutput('seen', JSON.stringify({
  actions: process.env.GITHUB_ACTIONS,
  workspace: process.env.GITHUB_WORKSPACE,
  runnerTemp: existsSync(process.env.RUNNER_TEMP ?? '') ,
  leakedInput: process.env.INPUT_LEAKED ?? null,
  leakedActions: process.env.ACTIONS_LEAKED ?? null,
}));
await core.summary.addHeading('Echo summary').addRaw('ünïcode body').write();
core.error('the value is wrong', { file: 'test/migration/db.spec.ts', startLine: 6 });
core.warning('just so you know');
core.setFailed('the echo action failed on purpose');
`;

  const ECHO_ACTION_YML = `
name: echo
inputs:
  who name:
    required: true
  log-level:
    default: info
  unused:
    default: ''
runs:
  using: node24
  main: index.mjs
`;

  it('runs the script under Node 24 with inputs, defaults, outputs, summary and annotations as on the runner', async () => {
    // Arrange
    const script = throwawayAction(ECHO_ACTION, ECHO_ACTION_YML);
    const workspace = makeTempDir('throwaway-workspace');
    temp.push(workspace);
    const restore = setEnv({ INPUT_LEAKED: 'from the parent', ACTIONS_LEAKED: 'from the parent' });

    // Act
    const run = await runBuiltAction({ script, inputs: { 'who name': 'Zoë' }, workspace }).finally(
      restore,
    );

    // Assert
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.greeting, 'hello Zoë');
    assert.equal(run.outputs.multi, 'first line\nsecond: line=2');
    assert.equal(run.outputs.level, 'info', 'the default from action.yml');
    assert.match(run.outputs.node, /^v24\./);
    assert.equal(run.outputs.cwd, workspace);
    assert.deepEqual(JSON.parse(run.outputs.seen), {
      actions: 'true',
      workspace,
      runnerTemp: true,
      leakedInput: null,
      leakedActions: null,
    });
    assert.match(run.summary, /<h1>Echo summary<\/h1>/);
    assert.match(run.summary, /ünïcode body/);
    assert.deepEqual(run.annotations, [
      '::error file=test/migration/db.spec.ts,line=6::the value is wrong',
      '::warning::just so you know',
      '::error::the echo action failed on purpose',
    ]);
  });

  it('lets an explicit input override a default, and env override the harness', async () => {
    // Arrange
    const script = throwawayAction(ECHO_ACTION, ECHO_ACTION_YML);
    const workspace = makeTempDir('throwaway-workspace');
    temp.push(workspace);

    // Act
    const run = await runBuiltAction({
      script,
      inputs: { 'who name': 'x', 'log-level': 'debug' },
      env: { GITHUB_ACTIONS: 'false' },
      workspace,
    });

    // Assert
    assert.equal(run.outputs.level, 'debug');
    assert.equal(JSON.parse(run.outputs.seen).actions, 'false');
  });

  it('returns a crashed action as a result: non-zero exit and the error on stderr', async () => {
    // Arrange: the script has no try/catch, so core's throw for the missing input ends it.
    const script = throwawayAction(ECHO_ACTION, ECHO_ACTION_YML);
    const workspace = makeTempDir('throwaway-workspace');
    temp.push(workspace);

    // Act
    const run = await runBuiltAction({ script, inputs: {}, workspace });

    // Assert
    assert.notEqual(run.exitCode, 0);
    assert.match(run.stderr, /Input required and not supplied: who name/);
    assert.deepEqual(run.outputs, {});
  });

  it('reads both GITHUB_OUTPUT forms and names inputs as @actions/core looks them up', () => {
    // Arrange
    const file = 'a<<ghadelimiter_1\none\ntwo\nghadelimiter_1\nb=plain=value\nempty<<EOF\nEOF\n';

    // Act
    const outputs = parseOutputFile(file);

    // Assert
    assert.deepEqual(outputs, { a: 'one\ntwo', b: 'plain=value', empty: '' });
    assert.equal(inputVariable('old-version'), 'INPUT_OLD-VERSION');
    assert.equal(inputVariable('who name'), 'INPUT_WHO_NAME');
  });

  it('runs the artifact store, bundled as the action is, under Node 24: upload, list, download', async function () {
    this.timeout(90_000);
    // Arrange: an action entry over createArtifactStore, bundled by esbuild into one ESM file
    // with the same require shim as dist/index.js, so the client sees its env at load and call.
    await using azurite = await startAzurite();
    await using service = await startArtifactService(azurite);
    const workspace = makeTempDir('throwaway-workspace');
    temp.push(workspace);
    const report = '{"service":"orders-service","note":"données ✓"}';
    writeFileSync(join(workspace, 'verification-report.json'), report);
    const entry = throwawayAction(
      `
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { createArtifactStore } from ${JSON.stringify(join(REPO_ROOT, 'src', 'action', 'artifact.ts'))};
const logger = { info: core.info, warning: core.warning, error: core.error, group: core.group };
const store = createArtifactStore(logger);
const workspace = process.env.GITHUB_WORKSPACE;
const uploaded = await store.upload(core.getInput('name'), [workspace + '/verification-report.json'], workspace, 3);
core.setOutput('artifact-id', String(uploaded.id));
core.setOutput('artifact-url', uploaded.url ?? '');
core.setOutput('listed', JSON.stringify(await store.list()));
const folder = await store.download(uploaded.id, process.env.RUNNER_TEMP + '/downloaded');
core.setOutput('downloaded', readFileSync(folder + '/verification-report.json', 'utf8'));
`,
      'name: upload\ninputs:\n  name:\n    default: bündled-report\nruns:\n  using: node24\n  main: index.js\n',
    );
    const script = join(dirname(entry), 'index.js');
    await build({
      entryPoints: [entry],
      outfile: script,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __vmCreateRequire } from 'node:module'; const require = __vmCreateRequire(import.meta.url);",
      },
    });

    // Act
    const run = await runBuiltAction({ script, inputs: {}, workspace, env: artifactEnv(service) });

    // Assert
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const id = Number(run.outputs['artifact-id']);
    const stored = service.artifacts.get(id);
    assert.equal(stored?.name, 'bündled-report');
    assert.equal(stored?.finalized, true);
    assert.equal(
      run.outputs['artifact-url'],
      `${TEST_RUN.serverUrl}/${TEST_RUN.repository}/actions/runs/${TEST_RUN.runId}/artifacts/${id}`,
    );
    assert.deepEqual(JSON.parse(run.outputs.listed), [
      { id, name: 'bündled-report', size: stored.size },
    ]);
    assert.equal(run.outputs.downloaded, report);
  });
});
