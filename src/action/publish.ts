import * as core from '@actions/core';
import { relative } from 'node:path';
import type { VerificationReport } from '../report/types.js';
import type { ReportFiles } from '../report/write.js';
import type { SourceLocation } from '../results/types.js';
import { Outputs } from './constants.js';

/** The uploaded artifact, when there was an upload. */
export interface UploadedArtifact {
  id: number;
  url?: string;
}

/** Annotations GitHub shows at most per step; past that we say how many were left out. */
const MAX_ANNOTATIONS = 50;

/**
 * Sets every output of action.yml, in one place. `artifact` is absent when nothing was
 * uploaded, and `files` when the report could not be written; their outputs are then empty strings.
 */
export function setOutputs(
  report: VerificationReport,
  files: ReportFiles | undefined,
  workspace: string,
  artifact?: UploadedArtifact,
): void {
  const { overall } = report;
  core.setOutput(Outputs.Status, overall.status);
  core.setOutput(Outputs.Passed, String(overall.status === 'passed'));
  core.setOutput(Outputs.Tests, String(overall.tests));
  core.setOutput(Outputs.Failures, String(overall.failures));
  core.setOutput(Outputs.Errors, String(overall.errors));
  core.setOutput(Outputs.Skipped, String(overall.skipped));
  core.setOutput(Outputs.Time, String(overall.time));
  core.setOutput(Outputs.ReportPath, files ? relative(workspace, files.json) : '');
  core.setOutput(Outputs.ArtifactId, artifact ? String(artifact.id) : '');
  core.setOutput(Outputs.ArtifactUrl, artifact?.url ?? '');
}

/** Where an annotation points: the file relative to the workspace, as GitHub expects. */
function annotationPlace(
  location: SourceLocation | undefined,
  file: string | null,
  workingDirectory: string,
  workspace: string,
): core.AnnotationProperties {
  const path = location?.file ?? file;
  if (!path) return {};
  return {
    file: relative(workspace, `${workingDirectory}/${path}`),
    startLine: location?.line,
    startColumn: location?.column,
  };
}

/**
 * An error annotation per failing test and failing hook, pointing at file and line. Capped so a
 * run with thousands of failures stays readable.
 */
export function annotate(
  report: VerificationReport,
  workingDirectory: string,
  workspace: string,
): void {
  const failing = [
    ...report.tests
      .filter((test) => test.state === 'failed' || test.state === 'error')
      .map((test) => ({
        title: test.full_title,
        message: test.message ?? test.state,
        location: test.location,
        file: test.file,
      })),
    ...report.hook_failures.map((hook) => ({
      title: hook.full_title,
      message: hook.message,
      location: hook.location,
      file: hook.file,
    })),
  ];
  for (const item of failing.slice(0, MAX_ANNOTATIONS)) {
    core.error(item.message, {
      title: item.title,
      ...annotationPlace(item.location, item.file, workingDirectory, workspace),
    });
  }
  if (failing.length > MAX_ANNOTATIONS) {
    core.error(
      `${failing.length - MAX_ANNOTATIONS} more failing tests or hooks are listed in the report and the job summary.`,
    );
  }
}

/** Writes the Markdown summary to the job summary. */
export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}
