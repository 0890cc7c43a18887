import type { MigrationInterface } from 'typeorm';
import { major } from '../versions.js';
import { CreateTools1700000000000 } from './1700000000000-CreateTools.js';
import { ToolSlugAndEndpoint1700000000001 } from './1700000000001-ToolSlugAndEndpoint.js';

/** The migrations that make a version's schema, in order (each version has its predecessors' too). */
export function migrationsFor(version: string): Array<new () => MigrationInterface> {
  return major(version) === 1
    ? [CreateTools1700000000000]
    : [CreateTools1700000000000, ToolSlugAndEndpoint1700000000001];
}

export { CreateTools1700000000000, ToolSlugAndEndpoint1700000000001 };
