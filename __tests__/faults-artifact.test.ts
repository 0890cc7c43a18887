import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VerificationReport } from '../src/common/report.js';
import { useArtifactBackend, withArtifactStore } from './support/artifact-backend.js';
import {
  ARTIFACT_SERVICE_PREFIX,
  artifactEnv,
  type ArtifactService,
} from './support/artifact-service.js';
import {
  ARTIFACT_RETRY_WAITS_DIVIDED_BY,
  runBuiltAction,
  type ActionRun,
} from './support/run-action.js';
import { useFixtureWorkspaces } from './support/workspaces.js';
import { readReport } from './support/published.js';

/**
 * Issue 6, artifact service faults: the built action (Node 24) against the loopback stand-in of
 * GitHub's artifact service and a real Azurite, with the stand-in failing or stalling on
 * purpose. The gate (`status`) is about the suites only: an upload fault fails the step but
 * never turns a failed verification into a pass or the other way round, and the report stays
 * on disk and in the job summary.
 */

/** The four report files the action writes and uploads. */
const REPORT_FILES = [
  'verification-report.json',
  'verification-report.junit.xml',
  'verification-report.md',
  'verification-report.log',
];

/** Finalized artifacts of `name` the stand-in holds. */
function finalized(service: ArtifactService, name: string) {
  return [...service.artifacts.values()].filter(
    (artifact) => artifact.finalized && artifact.name === name,
  );
}

/** The bytes of a finalized artifact's blob, read from Azurite through a signed URL the stand-in gives. */
async function blobBytes(service: ArtifactService, name: string): Promise<Buffer> {
  const response = await fetch(`${service.url}${ARTIFACT_SERVICE_PREFIX}GetSignedArtifactURL`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${service.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      workflow_run_backend_id: service.workflowRunBackendId,
      workflow_job_run_backend_id: service.workflowJobRunBackendId,
      name,
    }),
  });
  const { signed_url: signedUrl } = (await response.json()) as { signed_url: string };
  return Buffer.from(await (await fetch(signedUrl)).arrayBuffer());
}

/** The step's report files are all still in the workspace, and the JSON one says `status`. */
function assertReportKept(workspace: string, status: 'passed' | 'failed'): void {
  for (const name of REPORT_FILES)
    assert.ok(existsSync(join(workspace, name)), `${name} is kept on disk`);
  assert.equal(readReport(workspace).overall.status, status);
}

describe('fault matrix: the artifact service (built action, Node 24, Azurite)', function () {
  this.timeout(300_000);
  const artifactService = useArtifactBackend();
  const workspaceFrom = useFixtureWorkspaces();

  async function download(service: ArtifactService, id: number): Promise<string> {
    const target = workspaceFrom('download', null);
    return withArtifactStore(service, (store) => store.download(id, target));
  }

  it('fault: 500s on create and finalize, then success: retried, uploaded exactly once, byte-identical', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();
    service.failNext(2, { method: 'CreateArtifact' });
    service.failNext(2, { method: 'FinalizeArtifact', status: 503 });

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'svc' },
      env: artifactEnv(service),
      waitsDividedBy: ARTIFACT_RETRY_WAITS_DIVIDED_BY,
    });

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'passed');
    assert.equal(service.callsTo('CreateArtifact').filter((call) => call.injected).length, 2);
    assert.equal(service.callsTo('FinalizeArtifact').filter((call) => call.injected).length, 2);
    const artifacts = finalized(service, 'svc-verification-report');
    assert.equal(artifacts.length, 1, 'exactly one finalized artifact');
    assert.equal(run.outputs['artifact-id'], String(artifacts[0].id));
    // The blob in the store is the zip the client hashed and sized, byte for byte.
    const blob = await blobBytes(service, 'svc-verification-report');
    assert.equal(blob.length, artifacts[0].size);
    assert.equal(`sha256:${createHash('sha256').update(blob).digest('hex')}`, artifacts[0].digest);
    const folder = await download(service, artifacts[0].id);
    for (const name of REPORT_FILES) {
      assert.deepEqual(readFileSync(join(folder, name)), readFileSync(join(workspace, name)), name);
    }
  });

  for (const fixture of ['passing', 'mixed'] as const) {
    const status = fixture === 'passing' ? 'passed' : 'failed';
    it(`fault: 500s on every call (${fixture} suites): the step fails, status stays '${status}', the report is kept and summarised`, async () => {
      const workspace = workspaceFrom(fixture);
      const service = artifactService();
      service.failNext(10_000);

      const run = await runBuiltAction({
        workspace,
        inputs: { service: 'svc' },
        env: artifactEnv(service),
        waitsDividedBy: ARTIFACT_RETRY_WAITS_DIVIDED_BY,
      });

      assert.equal(run.exitCode, 1, 'an upload that failed fails the step');
      assert.equal(run.outputs.status, status, 'the gate is the verification, not the upload');
      assert.equal(run.outputs.passed, String(status === 'passed'));
      assert.equal(run.outputs['artifact-id'], '');
      assert.equal(run.outputs['artifact-url'], '');
      assert.match(
        run.stdout,
        /::error::The report could not be uploaded as artifact 'svc-verification-report': .*Failed to make request after 5 attempts/,
      );
      assert.match(
        run.stdout,
        new RegExp(
          `The gate's result \\(${status}\\) stands; the report is at verification-report\\.json`,
        ),
      );
      assert.equal(
        service.callsTo('CreateArtifact').length,
        5,
        'every one of the client attempts was made',
      );
      assert.equal(finalized(service, 'svc-verification-report').length, 0);
      assertReportKept(workspace, status);
      assert.match(run.summary, new RegExp(`\\b${status}\\b`, 'i'));
      assert.ok(run.summary.includes('svc'), 'the job summary holds the report');
    });
  }

  for (const status of [401, 403, 409]) {
    it(`fault: a non-retryable ${status} on create: the step fails at once, status unchanged, the report kept`, async () => {
      const workspace = workspaceFrom('mixed');
      const service = artifactService();
      service.failNext(1, { method: 'CreateArtifact', status });

      const run = await runBuiltAction({
        workspace,
        inputs: { service: 'svc' },
        env: artifactEnv(service),
      });

      assert.equal(run.exitCode, 1);
      assert.equal(run.outputs.status, 'failed', 'the verification failed on its own');
      assert.notEqual(run.outputs.passed, 'true');
      assert.equal(service.callsTo('CreateArtifact').length, 1, 'not retried');
      assert.match(
        run.stdout,
        new RegExp(
          `::error::The report could not be uploaded as artifact 'svc-verification-report': .*non-retryable.*${status}`,
        ),
      );
      assertReportKept(workspace, 'failed');
    });
  }

  it('fault: a stalled service (answers nothing): the step fails within artifact-timeout-seconds, status unchanged', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();
    // Longer than the limit and shorter than the client's 3-minute socket timeout: without a
    // limit of ours the client would wait, then retry, for a quarter of an hour.
    service.delayNext(170_000, 100);

    const started = Date.now();
    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'svc', 'artifact-timeout-seconds': '3' },
      env: artifactEnv(service),
      timeoutMs: 90_000,
    });
    const seconds = (Date.now() - started) / 1000;

    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.status, 'passed');
    assert.equal(run.outputs.passed, 'true');
    assert.equal(run.outputs['artifact-id'], '');
    assert.match(
      run.stdout,
      /::error::The report could not be uploaded as artifact 'svc-verification-report': the artifact service did not finish the upload of 'svc-verification-report' within 3 seconds \(artifact-timeout-seconds\)/,
    );
    assert.ok(service.callsTo('CreateArtifact').length >= 1, 'the upload was attempted');
    assert.ok(seconds < 60, `the step ended ${seconds.toFixed(1)} s after it started`);
    assertReportKept(workspace, 'passed');
  });

  for (const value of ['0', '21601', 'five', '-3', '2.5']) {
    it(`fault: artifact-timeout-seconds '${value}' is refused before anything runs`, async () => {
      const workspace = workspaceFrom('passing');
      const service = artifactService();

      const run = await runBuiltAction({
        workspace,
        inputs: { service: 'svc', 'artifact-timeout-seconds': value },
        env: artifactEnv(service),
      });

      assert.equal(run.exitCode, 1);
      assert.equal(run.outputs.passed, 'false');
      assert.ok(
        run.stdout.includes(
          `::error::Input 'artifact-timeout-seconds' has the value ${JSON.stringify(value)}, which is not allowed: use a whole number from 1 to 21600.`,
        ),
        run.stdout,
      );
      assert.ok(!existsSync(join(workspace, 'verification-report.json')), 'nothing ran');
      assert.equal(service.calls.length, 0);
    });
  }

  it('fault: a hostile artifact-name is uploaded under that literal name, never executed', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();
    const name = "$(touch pwned-name) `touch pwned-tick`; touch pwned-list & 'q' svc";

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'svc', 'artifact-name': name },
      env: artifactEnv(service),
    });

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(finalized(service, name).length, 1);
    assert.deepEqual(
      readdirSync(workspace).filter((file) => file.startsWith('pwned')),
      [],
    );
  });

  it('fault: a service name that no artifact name may hold uploads under the default with those characters replaced', async () => {
    const workspace = workspaceFrom('passing');
    const service = artifactService();

    const run = await runBuiltAction({
      workspace,
      inputs: { service: 'team/orders: "v2" <eu>' },
      env: artifactEnv(service),
    });

    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(finalized(service, 'team-orders- -v2- -eu--verification-report').length, 1);
    assert.equal(readReport(workspace).service, 'team/orders: "v2" <eu>');
  });

  describe('merge mode downloads the shard reports', () => {
    /** Runs shard 1/1 of the passing fixture, which uploads `svc-verification-report-shard-1-of-1`. */
    async function uploadShard(service: ArtifactService): Promise<number> {
      const run = await runBuiltAction({
        workspace: workspaceFrom('passing'),
        inputs: { service: 'svc', shard: '1/1' },
        env: artifactEnv(service),
      });
      assert.equal(run.exitCode, 0, run.stdout);
      assert.equal(finalized(service, 'svc-verification-report-shard-1-of-1').length, 1);
      return Number(run.outputs.tests);
    }

    async function merge(
      service: ArtifactService,
      inputs: Record<string, string> = {},
      waitsDividedBy?: number,
    ): Promise<{ run: ActionRun; report: VerificationReport }> {
      const workspace = workspaceFrom('merge', null);
      const run = await runBuiltAction({
        workspace,
        inputs: { service: 'svc', mode: 'merge', ...inputs },
        env: artifactEnv(service),
        timeoutMs: 90_000,
        waitsDividedBy,
      });
      return { run, report: readReport(workspace) };
    }

    it('merges the uploaded shard when the service works (the control case)', async () => {
      const service = artifactService();
      const tests = await uploadShard(service);

      const { run, report } = await merge(service);

      assert.equal(run.exitCode, 0, run.stdout);
      assert.equal(run.outputs.passed, 'true');
      assert.ok(tests > 0);
      assert.equal(report.overall.tests, tests);
    });

    it('fault: listing the artifacts keeps failing: a failed gate naming the cause, with a report', async () => {
      const service = artifactService();
      await uploadShard(service);
      service.failNext(10_000, { method: 'ListArtifacts' });

      const { run, report } = await merge(service, {}, ARTIFACT_RETRY_WAITS_DIVIDED_BY);

      assert.equal(run.exitCode, 1);
      assert.equal(run.outputs.status, 'failed');
      assert.notEqual(run.outputs.passed, 'true');
      const reasons = report.overall.reasons.join(' ');
      assert.match(
        reasons,
        /listing the artifacts failed: .*Failed to make request after 5 attempts/,
      );
      assert.match(
        run.stdout,
        /::error::Migration verification failed: .*listing the artifacts failed/,
      );
      assert.equal(service.callsTo('ListArtifacts').length, 5, 'the client made all its attempts');
    });

    it('fault: downloading a shard keeps failing: a failed gate naming the shard and the cause', async () => {
      const service = artifactService();
      await uploadShard(service);
      service.failNext(10_000, { method: 'GetSignedArtifactURL' });

      const { run, report } = await merge(service, {}, ARTIFACT_RETRY_WAITS_DIVIDED_BY);

      assert.equal(run.exitCode, 1);
      assert.equal(run.outputs.status, 'failed');
      assert.notEqual(run.outputs.passed, 'true');
      assert.match(
        report.overall.reasons.join(' '),
        /shard 1\/1 \(svc-verification-report-shard-1-of-1\) cannot be read: download failed: /,
      );
      assert.ok(service.callsTo('GetSignedArtifactURL').length >= 2, 'the client retried');
    });

    for (const [method, what, reason] of [
      [
        'ListArtifacts',
        'listing the artifacts',
        /listing the artifacts failed: the artifact service did not finish listing this run's artifacts within 3 seconds \(artifact-timeout-seconds\)/,
      ],
      [
        'GetSignedArtifactURL',
        'downloading a shard',
        /shard 1\/1 \(svc-verification-report-shard-1-of-1\) cannot be read: download failed: the artifact service did not finish the download of artifact \d+ within 3 seconds \(artifact-timeout-seconds\)/,
      ],
    ] as const) {
      it(`fault: ${what} stalls: a failed gate within artifact-timeout-seconds, naming the cause`, async () => {
        const service = artifactService();
        await uploadShard(service);
        service.delayNext(170_000, 100, { method });

        const started = Date.now();
        const { run, report } = await merge(service, { 'artifact-timeout-seconds': '3' });
        const seconds = (Date.now() - started) / 1000;

        assert.equal(run.exitCode, 1);
        assert.equal(run.outputs.status, 'failed');
        assert.notEqual(run.outputs.passed, 'true');
        assert.match(report.overall.reasons.join(' '), reason);
        assert.ok(seconds < 60, `the merge ended ${seconds.toFixed(1)} s after it started`);
      });
    }
  });
});
