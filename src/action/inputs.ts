import * as core from '@actions/core';
import { InputError } from '../common/errors.js';
import { MODES, type Mode, type VerifySettings } from '../inputs/settings.js';
import {
  optionalPathInside,
  parseBaselinePath,
  parseBoolean,
  parseChoice,
  checkCombinations,
  parseCommandRunner,
  parseMigrationsFor,
  parseReplayFor,
  parseGrep,
  parseShardFor,
  parseTimeoutMinutes,
  parseSpecGlobs,
  requireText,
  resolveDirectoryInside,
  resolveReportPath,
} from '../inputs/validate.js';
import {
  defaultArtifactName,
  validateArtifactName,
  validateRetentionDays,
  validateArtifactTimeout,
} from './artifact.js';
import { defaultBaseRef } from '../common/git.js';
import { Inputs } from './constants.js';

/** Every input of the action, parsed and validated. */
export interface ActionInputs {
  /** What the core needs to run the suites. */
  settings: VerifySettings;
  mode: Mode;
  artifactName: string;
  uploadArtifact: boolean;
  /** Absent: the repository's retention setting applies. */
  retentionDays?: number;
  /** Seconds each call to the artifact service (upload, listing, a download) may take. */
  artifactTimeoutSeconds: number;
  failOnFailure: boolean;
}

/** The migrations mode's input names, for its validator's messages. */
const MIGRATIONS_INPUTS = {
  dataSource: Inputs.DataSource,
  baseRef: Inputs.BaseRef,
  oldMigrations: Inputs.OldMigrations,
  rowsPerTable: Inputs.RowsPerTable,
  seed: Inputs.Seed,
  seedFile: Inputs.SeedFile,
  intent: Inputs.Intent,
  databaseUrl: Inputs.DatabaseUrl,
};

/** Where GitHub checked out the repository; everything we read or write stays inside it. */
function workspaceRoot(): string {
  const workspace = process.env.GITHUB_WORKSPACE;
  if (!workspace)
    throw new InputError('GITHUB_WORKSPACE', '', 'the workspace path the runner sets');
  return workspace;
}

/**
 * Reads and validates every input (defaults come from action.yml). Throws `InputError`, naming
 * the input, on the first bad one: nothing runs before all inputs are known to be good.
 */
export function getInputs(): ActionInputs {
  const workspace = workspaceRoot();
  const service = requireText(Inputs.Service, core.getInput(Inputs.Service, { required: true }));
  const workingDirectory = resolveDirectoryInside(
    Inputs.WorkingDirectory,
    core.getInput(Inputs.WorkingDirectory) || '.',
    workspace,
  );
  const mode = parseChoice(Inputs.Mode, core.getInput(Inputs.Mode), MODES);
  const artifactName = core.getInput(Inputs.ArtifactName) || defaultArtifactName(service);
  validateArtifactName(artifactName);

  const inputs: ActionInputs = {
    settings: {
      service,
      oldVersion: requireText(Inputs.OldVersion, core.getInput(Inputs.OldVersion)),
      newVersion: requireText(Inputs.NewVersion, core.getInput(Inputs.NewVersion)),
      workspace,
      workingDirectory,
      spec: parseSpecGlobs(Inputs.Spec, core.getMultilineInput(Inputs.Spec)),
      grep: parseGrep(Inputs.Grep, core.getInput(Inputs.Grep)),
      reportPath: resolveReportPath(
        Inputs.ReportPath,
        core.getInput(Inputs.ReportPath),
        workingDirectory,
        workspace,
      ),
      allowEmpty: parseBoolean(Inputs.AllowEmpty, core.getInput(Inputs.AllowEmpty)),
      shard: parseShardFor(mode, Inputs.Shard, core.getInput(Inputs.Shard)),
      previousReport: optionalPathInside(
        Inputs.PreviousReport,
        core.getInput(Inputs.PreviousReport),
        workingDirectory,
        workspace,
      ),
      timeoutMinutes: parseTimeoutMinutes(
        Inputs.TimeoutMinutes,
        core.getInput(Inputs.TimeoutMinutes),
      ),
      commandRunner: parseCommandRunner(
        {
          command: Inputs.Command,
          junitPath: Inputs.JunitPath,
          categoryMapping: Inputs.CategoryMapping,
        },
        core.getInput(Inputs.Command),
        core.getMultilineInput(Inputs.JunitPath),
        core.getMultilineInput(Inputs.CategoryMapping),
      ),
      baseline: parseBaselinePath(
        Inputs.Baseline,
        core.getInput(Inputs.Baseline),
        workingDirectory,
        workspace,
      ),
      updateBaseline: parseBoolean(Inputs.UpdateBaseline, core.getInput(Inputs.UpdateBaseline)),
      migrations: parseMigrationsFor(
        mode,
        MIGRATIONS_INPUTS,
        {
          dataSource: core.getInput(Inputs.DataSource),
          baseRef: core.getInput(Inputs.BaseRef),
          oldMigrations: core.getMultilineInput(Inputs.OldMigrations),
          rowsPerTable: core.getInput(Inputs.RowsPerTable),
          seed: core.getInput(Inputs.Seed),
          seedFile: core.getInput(Inputs.SeedFile),
          intent: core.getInput(Inputs.Intent),
          databaseUrl: core.getInput(Inputs.DatabaseUrl),
        },
        workingDirectory,
        workspace,
        defaultBaseRef(process.env),
      ),
      replay: parseReplayFor(
        mode,
        {
          traffic: Inputs.Traffic,
          trafficApp: Inputs.TrafficApp,
          databaseUrl: Inputs.DatabaseUrl,
        },
        {
          traffic: core.getInput(Inputs.Traffic),
          trafficApp: core.getInput(Inputs.TrafficApp),
          databaseUrl: core.getInput(Inputs.DatabaseUrl),
        },
        workingDirectory,
        workspace,
      ),
    },
    mode,
    artifactName,
    uploadArtifact: parseBoolean(Inputs.UploadArtifact, core.getInput(Inputs.UploadArtifact)),
    retentionDays: validateRetentionDays(core.getInput(Inputs.RetentionDays)),
    artifactTimeoutSeconds: validateArtifactTimeout(core.getInput(Inputs.ArtifactTimeoutSeconds)),
    failOnFailure: parseBoolean(Inputs.FailOnFailure, core.getInput(Inputs.FailOnFailure)),
  };
  checkCombinations(inputs.settings, {
    command: Inputs.Command,
    shard: Inputs.Shard,
    updateBaseline: Inputs.UpdateBaseline,
  });
  return inputs;
}
