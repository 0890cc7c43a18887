/** Names of the action's inputs, as `action.yml` declares them. */
export enum Inputs {
  Service = 'service',
  OldVersion = 'old-version',
  NewVersion = 'new-version',
  WorkingDirectory = 'working-directory',
  Spec = 'spec',
  Grep = 'grep',
  ReportPath = 'report-path',
  ArtifactName = 'artifact-name',
  UploadArtifact = 'upload-artifact',
  RetentionDays = 'retention-days',
  ArtifactTimeoutSeconds = 'artifact-timeout-seconds',
  FailOnFailure = 'fail-on-failure',
  AllowEmpty = 'allow-empty',
  Shard = 'shard',
  TimeoutMinutes = 'timeout-minutes',
  PreviousReport = 'previous-report',
  Mode = 'mode',
  Command = 'command',
  JunitPath = 'junit-path',
  CategoryMapping = 'category-mapping',
  DataSource = 'data-source',
  BaseRef = 'base-ref',
  OldMigrations = 'old-migrations',
  RowsPerTable = 'rows-per-table',
  Seed = 'seed',
  SeedFile = 'seed-file',
  Intent = 'intent',
  DatabaseUrl = 'database-url',
  Traffic = 'traffic',
  TrafficApp = 'traffic-app',
}

/** Names of the action's outputs, as `action.yml` declares them. */
export enum Outputs {
  Status = 'status',
  Passed = 'passed',
  Tests = 'tests',
  Failures = 'failures',
  Errors = 'errors',
  Skipped = 'skipped',
  Time = 'time',
  ReportPath = 'report-path',
  ArtifactId = 'artifact-id',
  ArtifactUrl = 'artifact-url',
}

/** The values `mode` allows. */
export const MODES = ['run', 'merge', 'migrations', 'replay'] as const;
export type Mode = (typeof MODES)[number];
