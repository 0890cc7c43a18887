import type { ArtifactClient } from '@actions/artifact';
import { InputError } from '../common/errors.js';
import { parseWholeNumber } from '../inputs/validate.js';
import type { Logger } from '../common/logger.js';

/**
 * Publishing the report as a workflow artifact, behind a small interface (STYLE 6): the action
 * gets the real `@actions/artifact` client from {@link createArtifactStore}; tests hand in a real
 * store pointed at a loopback service, or a recording one.
 */

/** An artifact that was uploaded. */
export interface UploadedArtifactInfo {
  /** The artifact's id, as the artifact service gave it. */
  id: number;
  /** The artifact's page on GitHub, when the run is known (see {@link artifactUrl}). */
  url?: string;
  /** Bytes uploaded (the zip's size). */
  size: number;
}

/** An artifact of this workflow run, as listed. */
export interface ArtifactSummary {
  id: number;
  name: string;
  /** Bytes, as the service recorded them. */
  size: number;
}

/** Where the action publishes its report files. */
export interface ArtifactStore {
  /**
   * Uploads `files` (absolute paths under `rootDirectory`, kept relative to it in the zip) as
   * one artifact. `retentionDays` absent: the repository's setting. Throws
   * {@link InputError} for a bad name or retention, {@link ArtifactUploadError} when the upload
   * failed after the client's own retries, or did not finish within `timeoutSeconds` (absent: no
   * limit of ours; the client's own retries and socket timeouts can then take a quarter of an
   * hour against a service that accepts connections and never answers).
   */
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    retentionDays?: number,
    timeoutSeconds?: number,
  ): Promise<UploadedArtifactInfo>;
  /** The artifacts of this workflow run; an {@link ArtifactTimeoutError} past `timeoutSeconds`. */
  list(timeoutSeconds?: number): Promise<ArtifactSummary[]>;
  /**
   * Downloads and unzips artifact `id` into the folder `path`; returns the folder. An
   * {@link ArtifactTimeoutError} past `timeoutSeconds`.
   */
  download(id: number, path: string, timeoutSeconds?: number): Promise<string>;
}

/** An upload that failed after the `@actions/artifact` client had retried what it retries. */
export class ArtifactUploadError extends Error {
  override name = 'ArtifactUploadError';
  constructor(
    /** The artifact's name. */
    readonly artifactName: string,
    /** What the client threw. */
    override readonly cause: unknown,
  ) {
    super(
      `Uploading artifact '${artifactName}' failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/**
 * A call to the artifact service (an upload, the listing, a download) did not finish within its
 * time limit. The client has no way to cancel, so its requests may still be under way: the
 * caller must not wait for them (the action's entry exits once the outputs are written).
 */
export class ArtifactTimeoutError extends Error {
  override name = 'ArtifactTimeoutError';
  constructor(
    /** What did not finish, e.g. `the upload of 'orders-verification-report'`. */
    readonly operation: string,
    /** The limit that was reached. */
    readonly timeoutSeconds: number,
  ) {
    super(
      `the artifact service did not finish ${operation} within ${timeoutSeconds} seconds (${ARTIFACT_TIMEOUT_INPUT}); ` +
        'it may be slow or unreachable',
    );
  }
}

/** The input that limits each call to the artifact service, as action.yml spells it. */
const ARTIFACT_TIMEOUT_INPUT = 'artifact-timeout-seconds';

/**
 * Checks a time limit in seconds for the artifact service: a whole number from 1 to 21600 (a
 * job's own limit is six hours).
 */
export function validateArtifactTimeout(value: string): number {
  return parseWholeNumber(ARTIFACT_TIMEOUT_INPUT, value, 1, 21_600);
}

/** `work`, or an {@link ArtifactTimeoutError} after `timeoutSeconds` (the timer is cleared either way). */
async function withinTimeLimit<T>(
  work: Promise<T>,
  operation: string,
  timeoutSeconds: number | undefined,
): Promise<T> {
  if (timeoutSeconds === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ArtifactTimeoutError(operation, timeoutSeconds)),
      timeoutSeconds * 1000,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** The input that names the artifact, as action.yml spells it. */
const ARTIFACT_NAME_INPUT = 'artifact-name';
/** The input that sets the retention, as action.yml spells it. */
const RETENTION_DAYS_INPUT = 'retention-days';

/**
 * Characters the artifact service refuses in a name, each with what to call it in a message.
 * Same set as `@actions/artifact` checks: the NTFS-forbidden ones, line breaks, and both path
 * separators (a name is one path segment when the artifact is downloaded).
 */
const FORBIDDEN_NAME_CHARACTERS: ReadonlyArray<readonly [string, string]> = [
  ['"', 'double quote "'],
  [':', 'colon :'],
  ['<', 'less than <'],
  ['>', 'greater than >'],
  ['|', 'vertical bar |'],
  ['*', 'asterisk *'],
  ['?', 'question mark ?'],
  ['\r', 'carriage return \\r'],
  ['\n', 'line feed \\n'],
  ['\\', 'backslash \\'],
  ['/', 'forward slash /'],
];

/**
 * Checks an artifact name before anything runs, so a bad name fails the step at once rather
 * than after the suites. Throws an {@link InputError} that names each forbidden character found
 * and lists all of them.
 */
export function validateArtifactName(name: string): void {
  if (name.trim() === '') {
    throw new InputError(
      ARTIFACT_NAME_INPUT,
      name,
      'a non-empty name (empty means <service>-verification-report)',
    );
  }
  const found = FORBIDDEN_NAME_CHARACTERS.filter(([character]) => name.includes(character));
  if (found.length === 0) return;
  const all = FORBIDDEN_NAME_CHARACTERS.map(([, label]) => label).join(', ');
  throw new InputError(
    ARTIFACT_NAME_INPUT,
    name,
    `a name without ${found.map(([, label]) => label).join(', ')}. ` +
      `Artifact names cannot contain any of: ${all} ` +
      '(file systems such as NTFS cannot store them, and a name must not be a path)',
  );
}

/**
 * The artifact name when `artifact-name` is empty: `<service>-verification-report`, each
 * character an artifact name cannot hold replaced by `-`, so that any service name the input
 * allows (`a/b`, `x | y`) still uploads instead of being refused under an input the user never set.
 */
export function defaultArtifactName(service: string): string {
  const forbidden = new Set(FORBIDDEN_NAME_CHARACTERS.map(([character]) => character));
  const safe = [...service]
    .map((character) => (forbidden.has(character) ? '-' : character))
    .join('');
  return `${safe}-verification-report`;
}

/**
 * Checks a retention in days: a whole number from 1 to 90. Empty or absent means the
 * repository's setting and gives `undefined`.
 */
export function validateRetentionDays(value: string | number | undefined): number | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  return parseWholeNumber(RETENTION_DAYS_INPUT, String(value), 1, 90);
}

/**
 * Whether the artifact service can be reached: the runner gives every job a runtime token and
 * the results service URL. Without them (a laptop, another CI) the action skips the upload with
 * a notice instead of failing.
 */
export function isArtifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN?.trim()) && Boolean(env.ACTIONS_RESULTS_URL?.trim());
}

/**
 * The artifact's page, built as actions/upload-artifact builds its `artifact-url` output:
 * `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<id>`, the server defaulting to
 * https://github.com. `undefined` when the repository or run is not known.
 */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!repository || !runId) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

/**
 * The store the action uses: the real `@actions/artifact` client (which reads
 * `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` and the rest from `process.env` at each call).
 * `client` and `env` are parameters for tests; `env` only feeds {@link artifactUrl}.
 * Without a `client`, `@actions/artifact` is loaded at the first call: it is most of the bundle,
 * and a run that uploads nothing should not pay for loading it (bench/RESULTS.md, overhead).
 */
export function createArtifactStore(
  logger: Logger,
  client?: ArtifactClient,
  env: NodeJS.ProcessEnv = process.env,
): ArtifactStore {
  let loaded: Promise<ArtifactClient> | undefined;
  const artifactClient = (): Promise<ArtifactClient> =>
    client !== undefined
      ? Promise.resolve(client)
      : (loaded ??= import('@actions/artifact').then(
          ({ DefaultArtifactClient }) => new DefaultArtifactClient(),
        ));
  return {
    async upload(name, files, rootDirectory, retentionDays, timeoutSeconds) {
      validateArtifactName(name);
      const retention = validateRetentionDays(retentionDays);
      return logger.group(`Upload artifact ${name}`, async () => {
        logger.info(
          `Uploading ${files.length} file(s) from ${rootDirectory} as artifact '${name}'.`,
        );
        let response;
        try {
          response = await withinTimeLimit(
            (await artifactClient()).uploadArtifact(
              name,
              files,
              rootDirectory,
              retention ? { retentionDays: retention } : {},
            ),
            `the upload of '${name}'`,
            timeoutSeconds,
          );
        } catch (error) {
          throw new ArtifactUploadError(name, error);
        }
        if (response.id === undefined) {
          throw new ArtifactUploadError(
            name,
            new Error('the artifact service returned no artifact id'),
          );
        }
        const uploaded: UploadedArtifactInfo = {
          id: response.id,
          url: artifactUrl(response.id, env),
          size: response.size ?? 0,
        };
        logger.info(
          `Artifact '${name}' uploaded: id ${uploaded.id}, ${uploaded.size} bytes${uploaded.url ? `, ${uploaded.url}` : ''}.`,
        );
        return uploaded;
      });
    },

    async list(timeoutSeconds) {
      const { artifacts } = await withinTimeLimit(
        (async () => (await artifactClient()).listArtifacts())(),
        "listing this run's artifacts",
        timeoutSeconds,
      );
      return artifacts.map(({ id, name, size }) => ({ id, name, size }));
    },

    async download(id, path, timeoutSeconds) {
      const { downloadPath } = await withinTimeLimit(
        (async () => (await artifactClient()).downloadArtifact(id, { path }))(),
        `the download of artifact ${id}`,
        timeoutSeconds,
      );
      return downloadPath ?? path;
    },
  };
}
