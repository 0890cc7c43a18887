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
