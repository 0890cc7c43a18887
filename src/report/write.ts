import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { ReportWriteError } from '../common/errors.js';
import { realPathOutside } from '../common/paths.js';
import { renderJUnitChunks } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { VerificationReport } from '../common/report.js';

/** The report's files: the JSON report and, beside it, the JUnit XML, the Markdown summary and the run's log. */
export interface ReportFiles {
  json: string;
  junit: string;
  markdown: string;
  /** Written by the run stage while mocha runs; `writeReportFiles` only makes sure it exists. */
  log: string;
}

/**
 * Where the report's files go, beside the JSON report: `x.json` gives `x.junit.xml`, `x.md`
 * and `x.log` (a path without `.json` keeps its whole name as the stem).
 */
export function reportFilePaths(reportPath: string): ReportFiles {
  const stem = reportPath.endsWith('.json') ? reportPath.slice(0, -'.json'.length) : reportPath;
  return {
    json: reportPath,
    junit: `${stem}.junit.xml`,
    markdown: `${stem}.md`,
    log: `${stem}.log`,
  };
}

/**
 * Writes `content` to `path` atomically: to a temporary file in the same folder, then a
 * rename over the target (atomic on one file system), so a reader or a crash never sees a
 * half-written file. The temporary file is removed when the write fails, and the failure is a
 * `ReportWriteError` naming the target (not the temporary file) and the cause.
 */
async function writeAtomically(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // A new file, never one that is there already, and never through a link at its name.
    const handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    );
    try {
      if (typeof content === 'string') await handle.writeFile(content, 'utf8');
      else {
        // Pieces gathered to about a megabyte a write: few system calls, no giant string.
        let pending = '';
        for (const piece of content) {
          pending += piece;
          if (pending.length >= 1 << 20) {
            await handle.write(pending, null, 'utf8');
            pending = '';
          }
        }
        if (pending !== '') await handle.write(pending, null, 'utf8');
      }
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ReportWriteError(path, (error as Error).message);
  }
}

/**
 * The JSON report's text in pieces (a test record each): joined, exactly
 * `JSON.stringify(report, null, 2)` and a newline. A report of a million tests is over 500 MB of
 * JSON, past the longest string V8 can make; written in pieces it never is one string.
 */
export function* reportJsonChunks(report: VerificationReport): Generator<string> {
  // The report with a marker where the tests go; the marker cannot occur in a stringified report
  // otherwise, since JSON escapes U+0000.
  const marker = '\u0000tests\u0000';
  const outline = JSON.stringify({ ...report, tests: marker }, null, 2);
  const at = outline.indexOf(JSON.stringify(marker));
  yield outline.slice(0, at);
  if (report.tests.length === 0) yield '[]';
  else {
    yield '[\n';
    for (let index = 0; index < report.tests.length; index++) {
      // Depth 2 in the report: two more levels of indentation than the record alone.
      const text = JSON.stringify(report.tests[index], null, 2).replace(/\n/g, '\n    ');
      yield `    ${text}${index === report.tests.length - 1 ? '\n' : ',\n'}`;
    }
    yield '  ]';
  }
  yield `${outline.slice(at + JSON.stringify(marker).length)}\n`;
}

/**
 * Checks, just before the report's files are written, that the report's folder is still inside
 * `workspace`: each folder from the workspace down is looked at without following it (lstat),
 * and one that has become a symbolic link leading out (a folder swapped for a link while the
 * suites ran) is refused with a `ReportWriteError` naming it and where it leads, so nothing is
 * written outside the workspace. Folders that do not exist yet are fine: they are created inside.
 */
export async function checkReportFolder(reportPath: string, workspace: string): Promise<void> {
  const folder = dirname(reportPath);
  const parts = relative(workspace, folder)
    .split(sep)
    .filter((part) => part !== '');
  let current = workspace;
  for (const part of ['', ...parts]) {
    current = part === '' ? current : join(current, part);
    const stats = await lstat(current).catch(() => undefined);
    if (stats === undefined) return;
    if (!stats.isSymbolicLink() && !stats.isDirectory() && current !== workspace) {
      throw new ReportWriteError(folder, `${current} is not a folder`);
    }
    const outside = stats.isSymbolicLink() ? realPathOutside(current, workspace) : undefined;
    if (outside !== undefined || part === '..') {
      throw new ReportWriteError(
        folder,
        `the report's folder leads through the symbolic link ${current} to ${outside ?? 'a folder'} ` +
          'outside the workspace (was it replaced while the suites ran?): nothing is written through it',
      );
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the report's files beside `reportPath` (creating its folder): the JUnit XML and the
 * Markdown summary first and the JSON report last, each atomically, so a JSON report on disk
 * means its companions are complete. When no test process ran (no spec files) there is no
 * log yet; a one-line log saying so is written, so the artifact always holds all four files.
 * With `workspace`, the folder is checked first (see {@link checkReportFolder}). Each file is a
 * new temporary file (opened without following links) renamed over its target.
 * Throws `ReportWriteError` naming the file and the cause, carrying `report`.
 */
export async function writeReportFiles(
  report: VerificationReport,
  reportPath: string,
  workspace?: string,
): Promise<ReportFiles> {
  const files = reportFilePaths(reportPath);
  try {
    if (workspace !== undefined) await checkReportFolder(reportPath, workspace);
    await mkdir(dirname(reportPath), { recursive: true }).catch((error: Error) => {
      throw new ReportWriteError(
        dirname(reportPath),
        `the report's folder cannot be created: ${error.message}`,
      );
    });
    await writeAtomically(files.junit, renderJUnitChunks(report));
    await writeAtomically(files.markdown, renderMarkdown(report));
    if (!(await exists(files.log))) {
      await writeAtomically(
        files.log,
        `verify-migration: no test process ran (${report.run.spec_files.length} spec files).\n`,
      );
    }
    await writeAtomically(files.json, reportJsonChunks(report));
  } catch (error) {
    // The report goes with the error, so the caller can still publish what needs no disk.
    if (error instanceof ReportWriteError)
      throw new ReportWriteError(error.file, error.reason, report);
    throw error;
  }
  return files;
}
