/** The versions of the tool registry this example knows. */
export const KNOWN_VERSIONS = ['1.0.0', '2.0.0'] as const;

/** A version of the tool registry. */
export type ToolRegistryVersion = (typeof KNOWN_VERSIONS)[number];

/** The version as one we know, or an error that lists the ones we do. */
export function asKnownVersion(version: string): ToolRegistryVersion {
  if ((KNOWN_VERSIONS as readonly string[]).includes(version))
    return version as ToolRegistryVersion;
  throw new Error(
    `The tool registry has no version ${version}; known versions: ${KNOWN_VERSIONS.join(', ')}.`,
  );
}

/** The major version number, which is what decides the schema and the API shape here. */
export function major(version: string): 1 | 2 {
  return asKnownVersion(version) === '1.0.0' ? 1 : 2;
}
