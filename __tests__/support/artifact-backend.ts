import { createArtifactStore, type ArtifactStore } from '../../src/action/artifact.js';
import { recordingLogger } from '../../src/common/logger.js';
import { artifactEnv, startArtifactService, type ArtifactService } from './artifact-service.js';
import { startAzurite, type StartedAzurite } from './azurite.js';

/**
 * Registers mocha hooks in the calling `describe`: one Azurite for the whole describe and a fresh
 * artifact service stand-in for every test (so each test sees only its own artifacts). Returns
 * an accessor for the current test's service.
 */
export function useArtifactBackend(): () => ArtifactService {
  let azurite: StartedAzurite | undefined;
  let service: ArtifactService | undefined;
  before(async () => {
    azurite = await startAzurite();
  });
  beforeEach(async () => {
    service = await startArtifactService(azurite!);
  });
  afterEach(async () => service?.stop());
  after(async () => azurite?.stop());
  return () => {
    if (!service) throw new Error('the artifact service is only there inside a test');
    return service;
  };
}

/**
 * Runs `fn` with the real artifact client pointed at `service` (the client reads its
 * environment at call time), restoring the environment afterwards, and with the client's
 * `::debug::` chatter kept out of the test log.
 */
export async function withArtifactStore<T>(
  service: ArtifactService,
  fn: (store: ArtifactStore) => Promise<T>,
): Promise<T> {
  const values = artifactEnv(service);
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const write = process.stdout.write;
  Object.assign(process.env, values);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (String(chunk).startsWith('::')) return true;
    return write.call(process.stdout, chunk as string, ...(rest as []));
  }) as typeof process.stdout.write;
  try {
    return await fn(createArtifactStore(recordingLogger()));
  } finally {
    process.stdout.write = write;
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
