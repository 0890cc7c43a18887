import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Inputs, Outputs } from '../src/action/constants.js';
import { CLI_DEFAULTS } from '../src/cli/options.js';
import { REPO_ROOT } from './support/paths.js';

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;

  it('declares exactly the inputs the input helper reads, each described', () => {
    assert.deepEqual(Object.keys(action.inputs).sort(), Object.values(Inputs).sort());
    const helper = readFileSync(join(REPO_ROOT, 'src', 'action', 'inputs.ts'), 'utf8');
    const unread = Object.keys(Inputs).filter((key) => !helper.includes(`Inputs.${key}`));
    assert.deepEqual(unread, [], 'inputs the input helper never reads');
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description.length > 20, `input ${name} needs a description`);
    }
    assert.equal(action.inputs.service.required, true);
  });

  it('declares exactly the outputs the action sets', () => {
    assert.deepEqual(Object.keys(action.outputs).sort(), Object.values(Outputs).sort());
  });

  it("gives the CLI's shared options the same defaults", () => {
    for (const [name, value] of Object.entries(CLI_DEFAULTS)) {
      assert.equal(action.inputs[name]?.default, value, `default of ${name}`);
    }
  });

  it('runs the bundle on node24', () => {
    assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
  });
});

interface WorkflowYaml {
  jobs: Record<
    string,
    {
      needs?: string | string[];
      if?: string;
      outputs?: Record<string, string>;
      steps: Array<{ id?: string; uses?: string; with?: Record<string, unknown> }>;
    }
  >;
}

describe('.github/workflows/verify-migration.yml (the example, gated as a service would be)', () => {
  const workflow = parse(
    readFileSync(join(REPO_ROOT, '.github', 'workflows', 'verify-migration.yml'), 'utf8'),
  ) as WorkflowYaml;

  it("runs this repository's action on the example and gates deploy on its passed output", () => {
    const [verifyName, verifyJob] =
      Object.entries(workflow.jobs).find(([, job]) =>
        job.steps.some((step) => step.uses === './'),
      ) ?? assert.fail('no job uses ./');
    const step = verifyJob.steps.find((candidate) => candidate.uses === './')!;
    assert.ok(step.id, 'the action step has an id');
    assert.equal(step.with?.['working-directory'], 'examples/tool-integration');
    assert.equal(step.with?.service, 'tool-integration');
    assert.equal(verifyJob.outputs?.passed, `\${{ steps.${step.id}.outputs.passed }}`);

    const deploy = workflow.jobs.deploy ?? assert.fail('no deploy job');
    assert.deepEqual([deploy.needs].flat(), [verifyName]);
    assert.equal(deploy.if, `needs.${verifyName}.outputs.passed == 'true'`);
    const download = deploy.steps.find((candidate) =>
      candidate.uses?.startsWith('actions/download-artifact@'),
    );
    assert.equal(download?.with?.name, `${step.with?.service}-verification-report`);
  });
});
