// The import graph of src/: one-way rules that `npm run lint` enforces (issue "The house").
// Reads each module's static and dynamic imports with TypeScript's own pre-processor, so
// type-only imports count too: a cycle of types is still a cycle a reader has to untangle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Every .ts file below `root`, as paths relative to it with forward slashes. */
function sourceFiles(root, folder = root) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(root, path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts')
      ? [relative(root, path).split(sep).join('/')]
      : [];
  });
}

/** The relative imports of each file under `root`, resolved to files under `root`. */
export function importGraph(root) {
  const files = new Set(sourceFiles(root));
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(
        root,
        resolve(root, dirname(file), fileName.replace(/\.(m?js)$/, '.ts')),
      )
        .split(sep)
        .join('/');
      for (const candidate of [target, `${target}.ts`, `${target}/index.ts`]) {
        if (files.has(candidate)) {
          targets.add(candidate);
          break;
        }
      }
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function importCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file))
        cycles.push(component.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/**
 * The action's stages from the ground up. A folder may import its own files and the folders
 * before it, never one after it: data runs one way, from the inputs to the published report.
 * `library/` (what suites import) and `mocha-reporter/` (loaded inside the test process) stand
 * beside the pipeline and share only `common/` with it.
 */
export const STAGES = [
  'common',
  'inputs',
  'plan',
  'run',
  'junit',
  'results',
  'report',
  'merge',
  'pipeline',
  'init',
  'action',
  'cli',
];

/** Folders outside the pipeline, each with the only folders it may import besides itself. */
export const APART = { library: ['common'], 'mocha-reporter': ['common'] };

/** Every import in `graph` that breaks the stage order, crosses into a folder kept apart, or forms a cycle. */
export function importProblems(graph) {
  const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
  const problems = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (from === to || from === '') continue;
      const allowed =
        from in APART
          ? APART[from].includes(to)
          : !(to in APART) &&
            STAGES.includes(from) &&
            STAGES.includes(to) &&
            STAGES.indexOf(to) < STAGES.indexOf(from);
      if (!allowed) problems.push(`${file} imports ${target}: ${from}/ may not import ${to}/`);
    }
  }
  for (const cycle of importCycles(graph)) problems.push(`import cycle: ${cycle.join(' -> ')}`);
  return problems;
}
