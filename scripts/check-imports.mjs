// `npm run lint` step: fails on an import cycle in src/, an import that runs back up the
// pipeline, or any import between the library and the action's code (scripts/import-graph.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGraph, importProblems } from './import-graph.mjs';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const problems = importProblems(importGraph(src));
for (const problem of problems) console.error(`src/${problem}`);
if (problems.length > 0) {
  console.error(
    `${problems.length} import problem(s): see the stage order in scripts/import-graph.mjs`,
  );
  process.exit(1);
}
console.log('imports: no cycle, every import runs one way');
