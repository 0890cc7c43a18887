/**
 * The `tool` table as each version sees it. EntitySchema with explicit column types: tsx and
 * esbuild emit no decorator metadata, and the migrations (not synchronize) make the schema.
 */
import { EntitySchema } from 'typeorm';
import { major } from './versions.js';

/** A tool row in version 1.0.0. */
export interface ToolRowV1 {
  id: number;
  name: string;
  url: string;
  category: string;
}

/** A tool row in version 2.0.0: `url` became `endpoint_url`, and `slug` was added (backfilled from `name`). */
export interface ToolRowV2 {
  id: number;
  name: string;
  slug: string;
  endpointUrl: string;
  category: string;
}

/** Version 1.0.0's entity. */
export const ToolV1 = new EntitySchema<ToolRowV1>({
  name: 'ToolV1',
  tableName: 'tool',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar', length: 100, unique: true },
    url: { type: 'varchar', length: 300 },
    category: { type: 'varchar', length: 50, default: 'general' },
  },
});

/** Version 2.0.0's entity. */
export const ToolV2 = new EntitySchema<ToolRowV2>({
  name: 'ToolV2',
  tableName: 'tool',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar', length: 100, unique: true },
    slug: { type: 'varchar', length: 120, nullable: true },
    endpointUrl: { name: 'endpoint_url', type: 'varchar', length: 300 },
    category: { type: 'varchar', length: 50, default: 'general' },
  },
});

/** The entities of a version. */
export function entitiesFor(version: string): EntitySchema[] {
  return major(version) === 1 ? [ToolV1 as EntitySchema] : [ToolV2 as EntitySchema];
}

/** The slug version 2.0.0 derives from a name: what the migration backfills and the service writes. */
export function slugOf(name: string): string {
  // Same rule as the migration's SQL (LOWER(REPLACE(name, ' ', '-'))), so old and new rows agree.
  return name.replaceAll(' ', '-').toLowerCase();
}
