/** The tools every migration test starts from: what production holds, in small. */
import type { DataSource } from 'typeorm';
import { ToolV1 } from '../src/entities.js';
import type { NewTool } from '../src/curator.js';

/** Tools with names that exercise the slug rule (spaces, capitals). */
export const SEED_TOOLS: ReadonlyArray<Required<NewTool>> = [
  { name: 'Code Search', url: 'https://tools.example/search', category: 'developer' },
  { name: 'Issue Tracker', url: 'https://tools.example/issues', category: 'planning' },
  { name: 'linter', url: 'http://tools.example/lint', category: 'developer' },
  { name: 'Deploy Bot 2', url: 'https://tools.example/deploy', category: 'operations' },
];

/** Writes the seed tools through version 1.0.0's entity (the rows production has before the migration). */
export async function seedVersion1(dataSource: DataSource): Promise<void> {
  await dataSource.getRepository(ToolV1).save(SEED_TOOLS.map((tool) => ({ ...tool })));
}
