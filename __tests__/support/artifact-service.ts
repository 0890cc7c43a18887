/**
 * A loopback stand-in for GitHub's artifact service (the "results" service), the only part of
 * artifact publishing that cannot run here. The blobs themselves go to a real Azurite.
 *
 * It speaks Twirp with JSON bodies, as `@actions/artifact` v6 does
 * (lib/internal/shared/artifact-twirp-client.js and lib/generated/results/api/v1): every call is
 * `POST <ACTIONS_RESULTS_URL origin>/twirp/github.actions.results.api.v1.ArtifactService/<Method>`
 * with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>` and `Content-Type: application/json`.
 * Requests use proto field names (snake_case); wrapper types are plain JSON values; int64 are
 * strings; timestamps are RFC 3339 strings. Errors are Twirp errors: `{ "code", "msg" }` with an
 * HTTP status (the client retries 429, 500, 502, 503, 504 and gives up on anything else).
 *
 * - CreateArtifact `{ workflow_run_backend_id, workflow_job_run_backend_id, name, version: 7,
 *   mime_type?, expires_at? }` -> `{ ok: true, signed_upload_url }`: a write-only SAS URL for a
 *   block blob on Azurite. 409 `already_exists` if the run already has a finalized artifact of
 *   that name.
 * - FinalizeArtifact `{ ..ids, name, size, hash? }` -> `{ ok: true, artifact_id }`. 404 if not
 *   created; 400 `failed_precondition` if the blob is not in Azurite or its size differs.
 * - ListArtifacts `{ ..ids, name_filter?, id_filter? }` -> `{ artifacts: [{
 *   workflow_run_backend_id, workflow_job_run_backend_id, database_id, name, size, created_at,
 *   digest? }] }`: the run's finalized artifacts (any job of the run).
 * - GetSignedArtifactURL `{ ..ids, name }` -> `{ signed_url }`: a read-only SAS URL. 404 if none.
 * - DeleteArtifact `{ ..ids, name }` -> `{ ok: true, artifact_id }` (also deletes the blob).
 *
 * Ids in the body must match the token's `Actions.Results:<run>:<job>` scope (403 otherwise);
 * a missing or wrong bearer token gets 401. For fault tests: {@link ArtifactService.failNext}
 * and {@link ArtifactService.delayNext}; every call is recorded in {@link ArtifactService.calls}.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob';
import type { StartedAzurite } from './azurite.js';

/** The Twirp service path the client posts to. */
export const ARTIFACT_SERVICE_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** The container on Azurite that holds every artifact blob. */
const CONTAINER = 'actions-results';

/** One request the service received, with what it answered. */
export interface RecordedCall {
  /** The Twirp method, e.g. `CreateArtifact`, or the raw path for an unknown route. */
  method: string;
  /** The parsed JSON body (undefined if it did not parse). */
  body: Record<string, unknown> | undefined;
  /** The HTTP status answered. */
  status: number;
  /** Whether the answer was an injected fault. */
  injected: boolean;
}

/** An artifact the service holds. */
export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  blobName: string;
  /** From CreateArtifact. */
  version?: number;
  mimeType?: string;
  expiresAt?: string;
  createdAt: Date;
  finalized: boolean;
  /** From FinalizeArtifact: bytes and `sha256:<hex>`. */
  size?: number;
  digest?: string;
}

/** What a fault applies to: every method, or one. */
export interface FaultOptions {
  /** HTTP status to answer; 500 by default (retried by the client). */
  status?: number;
  /** Only requests to this Twirp method count; all methods when absent. */
  method?: string;
}

/** Options for {@link startArtifactService}. */
export interface ArtifactServiceOptions {
  /** Backend ids the token grants; random-looking fixed ones by default. */
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
  /** How long the signed URLs are valid. */
  sasLifetimeMs?: number;
}

/** A started stand-in. */
export interface ArtifactService extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`: what `ACTIONS_RESULTS_URL` must point at. */
  url: string;
  /** The `ACTIONS_RUNTIME_TOKEN` this service accepts (an unsigned JWT with the results scope). */
  token: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Every request, in order. */
  calls: RecordedCall[];
  /** The artifacts, finalized or not, by id. */
  artifacts: Map<number, StoredArtifact>;
  /** The next `count` matching requests get a Twirp error with `status` (default 500). */
  failNext(count: number, options?: FaultOptions): void;
  /** The next `count` matching requests are answered only after `ms` milliseconds. */
  delayNext(ms: number, count?: number, options?: Pick<FaultOptions, 'method'>): void;
  /** The calls made to one method. */
  callsTo(method: string): RecordedCall[];
  /** Stops listening; safe to call twice. Azurite is the caller's to stop. */
  stop(): Promise<void>;
}

/** base64url of a JSON value, as JWT segments are. */
function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * An unsigned JWT (`alg: none`) whose `scp` claim holds `Actions.Results:<run>:<job>`. The
 * client only decodes it (jwt-decode) to find the backend ids; the stand-in compares it whole.
 */
export function runtimeToken(
  workflowRunBackendId: string,
  workflowJobRunBackendId: string,
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'none', typ: 'JWT' });
  const payload = base64url({
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
    iss: 'verify-migration-tests',
    iat: now,
    exp: now + 6 * 3600,
  });
  return `${header}.${payload}.`;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Fault {
  remaining: number;
  method?: string;
  status?: number;
  delayMs?: number;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '')
    throw new TwirpError(400, 'invalid_argument', `${key} is required`);
  return value;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the stand-in on a free loopback port, its blobs on `azurite` (the container is created
 * here). Stop it with `stop()` or `await using`.
 */
export async function startArtifactService(
  azurite: StartedAzurite,
  options: ArtifactServiceOptions = {},
): Promise<ArtifactService> {
  const {
    workflowRunBackendId = 'c0ffee00-0000-4000-8000-00000000run1',
    workflowJobRunBackendId = 'c0ffee00-0000-4000-8000-00000000job1',
    sasLifetimeMs = 60 * 60 * 1000,
  } = options;
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const container: ContainerClient = new BlobServiceClient(
    azurite.blobEndpoint,
    credential,
  ).getContainerClient(CONTAINER);
  await container.createIfNotExists();

  const token = runtimeToken(workflowRunBackendId, workflowJobRunBackendId);
  const calls: RecordedCall[] = [];
  const artifacts = new Map<number, StoredArtifact>();
  const faults: Fault[] = [];
  // Pending delays, cleared on stop so a stalled answer cannot hold the test process open.
  const delays = new Set<NodeJS.Timeout>();
  let nextId = 1001;

  const signedUrl = (blobName: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + sasLifetimeMs),
      },
      credential,
    ).toString();
    return `${container.getBlockBlobClient(blobName).url}?${sas}`;
  };

  const checkIds = (body: Record<string, unknown>) => {
    if (
      text(body, 'workflow_run_backend_id') !== workflowRunBackendId ||
      text(body, 'workflow_job_run_backend_id') !== workflowJobRunBackendId
    ) {
      throw new TwirpError(403, 'permission_denied', 'backend ids do not match the token');
    }
  };

  const finalizedNamed = (name: string) =>
    [...artifacts.values()].filter(
      (artifact) =>
        artifact.finalized &&
        artifact.name === name &&
        artifact.workflowRunBackendId === workflowRunBackendId,
    );

  const handlers: Record<
    string,
    (body: Record<string, unknown>) => Promise<Record<string, unknown>>
  > = {
    async CreateArtifact(body) {
      checkIds(body);
      const name = text(body, 'name');
      if (finalizedNamed(name).length > 0) {
        throw new TwirpError(
          409,
          'already_exists',
          `an artifact with this name already exists on the workflow run: ${name}`,
        );
      }
      for (const [id, artifact] of artifacts)
        if (!artifact.finalized && artifact.name === name) artifacts.delete(id);
      const id = nextId++;
      const blobName = `${workflowRunBackendId}/${id}/artifact.zip`;
      artifacts.set(id, {
        id,
        name,
        workflowRunBackendId,
        workflowJobRunBackendId,
        blobName,
        version: typeof body.version === 'number' ? body.version : undefined,
        mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
        createdAt: new Date(),
        finalized: false,
      });
      return { ok: true, signed_upload_url: signedUrl(blobName, 'cw') };
    },

    async FinalizeArtifact(body) {
      checkIds(body);
      const name = text(body, 'name');
      const artifact = [...artifacts.values()].find(
        (candidate) => !candidate.finalized && candidate.name === name,
      );
      if (!artifact)
        throw new TwirpError(404, 'not_found', `no artifact named ${name} is being uploaded`);
      const size = Number(body.size ?? 0);
      const blob = container.getBlockBlobClient(artifact.blobName);
      if (!(await blob.exists()))
        throw new TwirpError(400, 'failed_precondition', `nothing was uploaded for ${name}`);
      const { contentLength } = await blob.getProperties();
      if (contentLength !== size) {
        throw new TwirpError(
          400,
          'failed_precondition',
          `size ${size} does not match the ${contentLength} bytes uploaded`,
        );
      }
      artifact.finalized = true;
      artifact.size = size;
      artifact.digest = typeof body.hash === 'string' ? body.hash : undefined;
      return { ok: true, artifact_id: String(artifact.id) };
    },

    async ListArtifacts(body) {
      checkIds(body);
      const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
      const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter);
      const listed = [...artifacts.values()].filter(
        (artifact) =>
          artifact.finalized &&
          artifact.workflowRunBackendId === workflowRunBackendId &&
          (nameFilter === undefined || artifact.name === nameFilter) &&
          (idFilter === undefined || artifact.id === idFilter),
      );
      return {
        artifacts: listed.map((artifact) => ({
          workflow_run_backend_id: artifact.workflowRunBackendId,
          workflow_job_run_backend_id: artifact.workflowJobRunBackendId,
          database_id: String(artifact.id),
          name: artifact.name,
          size: String(artifact.size ?? 0),
          created_at: artifact.createdAt.toISOString(),
          ...(artifact.digest ? { digest: artifact.digest } : {}),
        })),
      };
    },

    async GetSignedArtifactURL(body) {
      checkIds(body);
      const name = text(body, 'name');
      const [artifact] = finalizedNamed(name).sort((a, b) => b.id - a.id);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${name}`);
      return { signed_url: signedUrl(artifact.blobName, 'r') };
    },

    async DeleteArtifact(body) {
      checkIds(body);
      const name = text(body, 'name');
      const [artifact] = finalizedNamed(name).sort((a, b) => b.id - a.id);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${name}`);
      await container.getBlockBlobClient(artifact.blobName).deleteIfExists();
      artifacts.delete(artifact.id);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };

  /** The first pending fault for `method`, used up by one. */
  const takeFault = (method: string): Fault | undefined => {
    const fault = faults.find(
      (candidate) =>
        candidate.remaining > 0 && (candidate.method === undefined || candidate.method === method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) faults.splice(faults.indexOf(fault), 1);
    return fault;
  };

  const send = (response: ServerResponse, status: number, body: Record<string, unknown>) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const method = path.startsWith(ARTIFACT_SERVICE_PREFIX)
        ? path.slice(ARTIFACT_SERVICE_PREFIX.length)
        : path;
      const body = await readJson(request);
      const call: RecordedCall = { method, body, status: 0, injected: false };
      calls.push(call);
      try {
        const fault = takeFault(method);
        if (fault?.delayMs) {
          const delayMs = fault.delayMs;
          await new Promise((resolve) => {
            const timer = setTimeout(() => {
              delays.delete(timer);
              resolve(undefined);
            }, delayMs);
            delays.add(timer);
          });
        }
        if (fault?.status) {
          call.injected = true;
          throw new TwirpError(fault.status, 'internal', `injected failure (${fault.status})`);
        }
        if (request.method !== 'POST')
          throw new TwirpError(405, 'bad_route', 'Twirp methods are POST');
        if (request.headers.authorization !== `Bearer ${token}`)
          throw new TwirpError(401, 'unauthenticated', 'missing or wrong runtime token');
        const handler = path.startsWith(ARTIFACT_SERVICE_PREFIX) ? handlers[method] : undefined;
        if (!handler) throw new TwirpError(404, 'bad_route', `no such method: ${path}`);
        if (!body) throw new TwirpError(400, 'malformed', 'the body is not a JSON object');
        const answer = await handler(body);
        call.status = 200;
        send(response, 200, answer);
      } catch (error) {
        const twirp =
          error instanceof TwirpError
            ? error
            : new TwirpError(500, 'internal', (error as Error).message);
        call.status = twirp.status;
        send(response, twirp.status, { code: twirp.code, msg: twirp.message });
      }
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      for (const timer of delays) clearTimeout(timer);
      delays.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopping;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    workflowRunBackendId,
    workflowJobRunBackendId,
    calls,
    artifacts,
    failNext(count, faultOptions = {}) {
      faults.push({
        remaining: count,
        method: faultOptions.method,
        status: faultOptions.status ?? 500,
      });
    },
    delayNext(ms, count = 1, faultOptions = {}) {
      faults.push({ remaining: count, method: faultOptions.method, delayMs: ms });
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** The repository, run and server the artifact URL is built from in tests. */
export const TEST_RUN = {
  serverUrl: 'https://github.com',
  repository: 'octo-org/orders-service',
  runId: '4242',
  runAttempt: '1',
};

/**
 * Every environment variable the `@actions/artifact` client needs to talk to `service`:
 * `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, and the `GITHUB_*` run identity (with
 * `GITHUB_SERVER_URL` on github.com, since the client refuses GHES). The upload concurrency is
 * kept low for the shared test machine.
 */
export function artifactEnv(
  service: Pick<ArtifactService, 'url' | 'token'>,
): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: service.token,
    ACTIONS_RESULTS_URL: `${service.url}/`,
    ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY: '2',
    GITHUB_SERVER_URL: TEST_RUN.serverUrl,
    GITHUB_REPOSITORY: TEST_RUN.repository,
    GITHUB_RUN_ID: TEST_RUN.runId,
    GITHUB_RUN_ATTEMPT: TEST_RUN.runAttempt,
  };
}
