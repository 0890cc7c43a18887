import * as core from '@actions/core';
import { relative } from 'node:path';
import type { VerificationReport } from '../common/report.js';
import type { ReportFiles } from '../report/write.js';
import type { SourceLocation } from '../common/records.js';
import { Outputs } from './constants.js';
import { ANNOTATIONS_PER_STEP, type ActionOutput } from './output.js';

/** The uploaded artifact, when there was an upload. */
export interface UploadedArtifact {
  id: number;
  url?: string;
}

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

/** One failing test or hook, as an annotation would show it. */
interface FailingItem {
  title: string;
  message: string;
  location?: SourceLocation;
  file: string | null;
  category: string;
}

/**
 * The order in which failures get the runner's few annotations: the first failure of each
 * category, then the first of each file (and category), then the rest in the report's order. So
 * that ten annotations show every failing category and as many failing files as they can, rather
 * than the first file's ten failures.
 */
export function annotationOrder<T extends { file: string | null; category: string }>(
  failing: readonly T[],
): T[] {
  const chosen = new Set<number>();
  const firstOf = (key: (item: T) => string) => {
    const seen = new Set<string>();
    failing.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) return;
      seen.add(value);
      chosen.add(index);
    });
  };
  firstOf((item) => item.category);
  firstOf((item) => JSON.stringify([item.file, item.category]));
  failing.forEach((_, index) => chosen.add(index));
  return [...chosen].map((index) => failing[index]);
}

/**
 * Error annotations for the failing tests and hooks, pointing at file and line: as many as the
 * runner keeps in this step (it drops all past ten errors), chosen by {@link annotationOrder}, and
 * one notice saying how many more failures `fullReport` (where the whole report is) holds.
 */
export function annotate(
  report: VerificationReport,
  workingDirectory: string,
  workspace: string,
  output: Pick<ActionOutput, 'annotate' | 'errorsLeft' | 'notice'>,
  fullReport: string,
): void {
  const failing: FailingItem[] = [
    ...report.tests
      .filter((test) => test.state === 'failed' || test.state === 'error')
      .map((test) => ({
        title: test.full_title,
        message: test.message ?? test.state,
        location: test.location,
        file: test.file,
        category: test.category,
      })),
    ...report.hook_failures.map((hook) => ({
      title: hook.full_title,
      message: hook.message,
      location: hook.location,
      file: hook.file,
      category: hook.category,
    })),
  ];
  const shown = annotationOrder(failing).slice(0, output.errorsLeft());
  let issued = 0;
  for (const item of shown) {
    const properties = {
      title: shorten(item.title, MAX_ANNOTATION_TITLE),
      ...annotationPlace(item.location, item.file, workingDirectory, workspace),
    };
    if (output.annotate('error', shorten(item.message, MAX_ANNOTATION_MESSAGE), properties))
      issued += 1;
  }
  if (failing.length > issued) {
    output.notice(
      `${failing.length} tests or hooks failed and ${issued} are annotated (the runner keeps ` +
        `${ANNOTATIONS_PER_STEP} error annotations per step): the report holds the other ` +
        `${failing.length - issued}, see the job summary and ${fullReport}.`,
    );
  }
}

/** Characters of a title and of a message an annotation shows; the report has them whole. */
const MAX_ANNOTATION_TITLE = 500;
const MAX_ANNOTATION_MESSAGE = 4000;

/** `text` cut to `max` characters (never inside a surrogate pair), saying so. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters in the report)`;
}

/** Writes the Markdown summary to the job summary. */
export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}
