import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useArtifactBackend, withArtifactStore } from './support/artifact-backend.js';
import { artifactEnv, TEST_RUN } from './support/artifact-service.js';
import { ARTIFACT_RETRY_WAITS_DIVIDED_BY, runBuiltAction } from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';

/**
 * The real `@actions/artifact` client inside the built action uploads to the loopback stand-in
 * of GitHub's artifact service and a real Azurite blob store; the test downloads the artifact
 * back with the same client and compares every byte.
 */
describe('the built action uploads the report as an artifact (Node 24, Azurite)', function () {
  this.timeout(180_000);
  const artifactService = useArtifactBackend();
  const workspaceFrom = useFixtureWorkspaces();

  /** Downloads artifact `id` with the real client into a fresh folder. */
  async function download(id: number): Promise<string> {
    const target = workspaceFrom('download', null);
    return withArtifactStore(artifactService(), (store) => store.download(id, target));
  }

  it('uploads the four report files, sets artifact-id and artifact-url, and the download is byte-identical', async () => {
    const workspace = workspaceFrom('mixed');
    const service = artifactService();

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'tool-integration', 'retention-days': '7' },
      env: artifactEnv(service),
    });

    assert.equal(run.outputs.status, 'failed', 'the fixture has a failing test');
    const id = Number(run.outputs['artifact-id']);
    assert.ok(Number.isInteger(id) && id > 0, `artifact-id: ${run.outputs['artifact-id']}`);
    assert.equal(
      run.outputs['artifact-url'],
      `${TEST_RUN.serverUrl}/${TEST_RUN.repository}/actions/runs/${TEST_RUN.runId}/artifacts/${id}`,
    );
    assert.equal(service.artifacts.get(id)?.name, 'tool-integration-verification-report');
    const folder = await download(id);
    for (const name of [
      'verification-report.json',
      'verification-report.junit.xml',
      'verification-report.md',
      'verification-report.log',
    ]) {
      assert.deepEqual(readFileSync(join(folder, name)), readFileSync(join(workspace, name)), name);
    }
  });

  it('retries a failing service and uploads once', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();
    service.failNext(1, { method: 'CreateArtifact' });

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'svc' },
      env: artifactEnv(service),
    });

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'passed');
    assert.equal(
      [...service.artifacts.values()].filter(
        (artifact) => artifact.name === 'svc-verification-report',
      ).length,
      1,
    );
    assert.ok(service.callsTo('CreateArtifact').length >= 2, 'the failed call was retried');
  });

  it('fails the step when the upload keeps failing, without changing status, and keeps the report', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();
    service.failNext(1000);

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'svc' },
      env: artifactEnv(service),
      waitsDividedBy: ARTIFACT_RETRY_WAITS_DIVIDED_BY,
    });

    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.status, 'passed', 'the gate is about the suites, not the upload');
    assert.equal(run.outputs['artifact-id'], '');
    assert.match(run.stdout, /could not be uploaded as artifact 'svc-verification-report'/);
    assert.equal(
      JSON.parse(readFileSync(join(workspace, 'verification-report.json'), 'utf8')).overall.status,
      'passed',
    );
    assert.match(run.summary, /passed/i);
  });
});
