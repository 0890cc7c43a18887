import * as core from '@actions/core';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
  ArtifactUploadError,
  createArtifactStore,
  isArtifactServiceAvailable,
  type ArtifactStore,
  type ArtifactSummary,
} from './action/artifact.js';
import { Outputs } from './action/constants.js';
import { getInputs, type ActionInputs } from './action/inputs.js';
import { createActionOutput, type ActionOutput } from './action/output.js';
import { annotate, setOutputs, writeJobSummary, type UploadedArtifact } from './action/publish.js';
import { mergeVerification, readShardReport } from './pipeline/merge.js';
import { secretsFromEnv } from './common/secrets.js';
import { ReportWriteError } from './common/errors.js';
import { escapeMarkdown, MAX_SUMMARY_BYTES, renderMarkdown } from './report/markdown.js';
import { verify, type VerificationResult } from './pipeline/verify.js';
import { shardArtifactName, shardFromArtifactName } from './merge/shards.js';
import type { FoundShard } from './merge/shards.js';

/** Side effects the action can be handed instead of the real ones. */
export interface ActionDependencies {
  artifactStore?: ArtifactStore;
}

/** The artifact store, or why there is none (outside GitHub Actions). */
function artifactStoreFor(
  deps: ActionDependencies,
  output: ActionOutput,
): ArtifactStore | undefined {
  if (deps.artifactStore) return deps.artifactStore;
  return isArtifactServiceAvailable(process.env) ? createArtifactStore(output.logger) : undefined;
}

/**
 * `mode: merge`: downloads this run's shard reports (`<artifact-name>-shard-<i>-of-<n>`) and
 * merges them. Each download or read that fails is kept as an unreadable shard, so the merged
 * gate fails naming it instead of the step crashing.
 */
async function mergeFromArtifacts(
  inputs: ActionInputs,
  store: ArtifactStore,
  output: ActionOutput,
): Promise<VerificationResult> {
  const temp = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'verify-migration-merge-'));
  try {
    const found: FoundShard[] = [];
    let artifacts: ArtifactSummary[] = [];
    try {
      artifacts = (await store.list(inputs.artifactTimeoutSeconds)).filter((artifact) =>
        shardFromArtifactName(inputs.artifactName, artifact.name),
      );
    } catch (error) {
      // Still merged (with nothing): the step writes a failed report that names the cause.
      found.push({
        source: "this run's artifact list",
        unreadable: `listing the artifacts failed: ${(error as Error).message}`,
      });
    }
    for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
      const shard = shardFromArtifactName(inputs.artifactName, artifact.name);
      try {
        const folder = await store.download(
          artifact.id,
          join(temp, String(artifact.id)),
          inputs.artifactTimeoutSeconds,
        );
        const reports = (await readdir(folder)).filter((name) => name.endsWith('.json'));
        if (reports.length !== 1) {
          found.push({
            source: artifact.name,
            shard,
            unreadable: `it holds ${reports.length} JSON reports, expected exactly one`,
          });
          continue;
        }
        found.push(await readShardReport(artifact.name, join(folder, reports[0]), shard));
      } catch (error) {
        found.push({
          source: artifact.name,
          shard,
          unreadable: `download failed: ${(error as Error).message}`,
        });
      }
    }
    return await mergeVerification(inputs.settings, found, { logger: output.logger });
  } finally {
    await rm(temp, { recursive: true, force: true }).catch((error: Error) =>
      output.annotate('warning', `Could not remove ${temp}: ${error.message}`),
    );
  }
}

/**
 * The action: validate every input, run (or merge) the verification, publish the summary,
 * annotations, artifact and outputs, then fail the step when the gate failed (and
 * `fail-on-failure` is on) or the upload failed. Catches everything, whatever was thrown.
 */
export async function run(deps: ActionDependencies = {}): Promise<void> {
  const output = createActionOutput();
  try {
    await runAction(deps, output);
  } finally {
    // Later steps' commands must work again, whatever happened here.
    output.close();
  }
}

async function runAction(deps: ActionDependencies, output: ActionOutput): Promise<void> {
  const logger = output.logger;
  try {
    // Registered first, so that even an input error cannot print a database password.
    for (const secret of secretsFromEnv(process.env)) output.setSecret(secret);
    const inputs = getInputs();
    const { settings } = inputs;
    const store = artifactStoreFor(deps, output);

    let result: VerificationResult;
    if (inputs.mode === 'merge') {
      if (!store)
        throw new Error(
          "mode 'merge' downloads the shard reports of this workflow run, so it needs GitHub Actions' artifact service (ACTIONS_RUNTIME_TOKEN); outside GitHub Actions use the CLI's --mode merge with --shard-report files.",
        );
      result = await mergeFromArtifacts(inputs, store, output);
    } else {
      result = await verify(settings, { logger });
    }
    const { report, files } = result;
    // Shards upload under their own names, so that the merge job finds each exactly once.
    const artifactName = settings.shard
      ? shardArtifactName(inputs.artifactName, settings.shard)
      : inputs.artifactName;
    // Where the whole report is, for what the summary and the annotations leave out: the
    // artifact's name is known here only (the summary file beside the report says "beside").
    const reportPath = relative(settings.workspace, files.json);
    const fullReport =
      inputs.uploadArtifact && store
        ? `${reportPath} in the workspace and in the artifact ${artifactName} of this run`
        : `${reportPath} in the workspace`;
    await writeJobSummary(renderMarkdown(report, { fullReport }));
    annotate(report, settings.workingDirectory, settings.workspace, output, fullReport);
    let artifact: UploadedArtifact | undefined;
    let uploadFailure: string | undefined;
    if (!inputs.uploadArtifact) {
      logger.info('upload-artifact is false: the report stays in the workspace only.');
    } else if (!store) {
      output.notice(
        'Not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the report was not uploaded as an artifact.',
      );
    } else {
      try {
        artifact = await store.upload(
          artifactName,
          [files.json, files.junit, files.markdown, files.log],
          dirname(files.json),
          inputs.retentionDays,
          inputs.artifactTimeoutSeconds,
        );
        logger.info(`Uploaded artifact ${artifactName} (id ${artifact.id}).`);
      } catch (error) {
        const cause =
          error instanceof ArtifactUploadError && error.cause instanceof Error
            ? error.cause
            : (error as Error);
        uploadFailure =
          `The report could not be uploaded as artifact '${artifactName}': ${cause.message}. ` +
          `The gate's result (${report.overall.status}) stands; the report is at ${relative(settings.workspace, files.json)} and in the job summary.`;
      }
    }

    setOutputs(report, files, settings.workspace, artifact);

    if (report.overall.status === 'failed') {
      // Numbered, one after the other: joined bare, one reason's end ran into the next's start.
      const reasons = report.overall.reasons.map((reason, index) => `(${index + 1}) ${reason}`);
      const message = `Migration verification failed: ${reasons.join('; ')}`;
      if (inputs.failOnFailure) output.fail(message);
      else output.annotate('warning', `${message} (fail-on-failure is false, so the step passes)`);
    } else {
      logger.info(`Migration verification passed: ${report.overall.tests} tests.`);
    }
    if (uploadFailure) output.fail(uploadFailure);
  } catch (error) {
    if (error instanceof ReportWriteError && error.report) {
      // The suites ran but the report's folder cannot be written: publish what needs no disk of
      // ours (the counts and the summary), each on its own, then fail below whatever the gate said.
      const { report } = error;
      try {
        setOutputs(report, undefined, '');
        const note = `> **The report could not be written:** ${escapeMarkdown(output.redact(error.message))}\n\n`;
        await writeJobSummary(
          note +
            renderMarkdown(report, {
              maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(note),
              fullReport: 'nowhere: it could not be written (see above)',
            }),
        );
      } catch (publishError) {
        output.annotate(
          'warning',
          `Could not publish the unwritten report's summary: ${(publishError as Error).message}`,
        );
      }
    }
    // Whatever went wrong, later jobs must not read a pass from this step.
    core.setOutput(Outputs.Status, 'failed');
    core.setOutput(Outputs.Passed, 'false');
    output.fail(error instanceof Error ? error.message : String(error));
  }
}
