import type { Shard } from '../inputs/settings.js';
import type { VerificationReport } from '../common/report.js';
import type { HookFailure, RunOutcome, TestRecord } from '../common/records.js';

/** The artifact name a shard's report is uploaded under: `<name>-shard-<i>-of-<n>`. */
export function shardArtifactName(artifactName: string, shard: Shard): string {
  return `${artifactName}-shard-${shard.index}-of-${shard.total}`;
}

/** The shard an artifact name stands for, when it is one of `artifactName`'s shard artifacts. */
export function shardFromArtifactName(artifactName: string, name: string): Shard | undefined {
  if (!name.startsWith(`${artifactName}-shard-`)) return undefined;
  const match = /^(\d+)-of-(\d+)$/.exec(name.slice(artifactName.length + '-shard-'.length));
  return match ? { index: Number(match[1]), total: Number(match[2]) } : undefined;
}

/** One shard's report as found, or the reason it could not be read. */
export type FoundShard =
  | { source: string; shard?: Shard; report: VerificationReport }
  | { source: string; shard?: Shard; unreadable: string };

/** What the merged run must match: the merge job's own inputs. */
export interface MergeExpectations {
  service: string;
  oldVersion: string;
  newVersion: string;
}

const describeShard = (shard: Shard | undefined) =>
  shard ? `shard ${shard.index}/${shard.total}` : 'a shard';

/**
 * Checks that the found shard reports are all `n` shards of one run, each exactly once and of
 * the expected service and versions, and joins their tests into one run outcome. Every problem
 * names the shard and where it came from; any problem fails the merged gate.
 */
export function mergeShards(
  found: FoundShard[],
  expected: MergeExpectations,
): { outcome: RunOutcome; specFiles: string[] } {
  const problems: string[] = [];
  const usable: Array<{ source: string; shard: Shard; report: VerificationReport }> = [];

  for (const item of found) {
    if ('unreadable' in item) {
      problems.push(
        `${describeShard(item.shard)} (${item.source}) cannot be read: ${item.unreadable}`,
      );
      continue;
    }
    const shard = item.report.run.shard ?? item.shard;
    if (!shard) {
      problems.push(`${item.source} is not a shard report (its run has no shard)`);
      continue;
    }
    if (item.shard && (item.shard.index !== shard.index || item.shard.total !== shard.total)) {
      problems.push(
        `${item.source} is named ${describeShard(item.shard)} but its report says ${describeShard(shard)}`,
      );
      continue;
    }
    const { report } = item;
    if (
      report.service !== expected.service ||
      report.old_version !== expected.oldVersion ||
      report.new_version !== expected.newVersion
    ) {
      problems.push(
        `${describeShard(shard)} (${item.source}) verified ${JSON.stringify(report.service)} ${report.old_version} -> ${report.new_version}, ` +
          `but this merge is for ${JSON.stringify(expected.service)} ${expected.oldVersion} -> ${expected.newVersion}`,
      );
      continue;
    }
    usable.push({ source: item.source, shard, report });
  }

  const totals = [
    ...new Set([
      ...usable.map((item) => item.shard.total),
      ...found.flatMap((item) => (item.shard ? [item.shard.total] : [])),
    ]),
  ];
  if (found.length === 0) problems.push('no shard reports were found');
  if (totals.length > 1)
    problems.push(
      `the shards disagree on how many shards there are: ${totals.sort((a, b) => a - b).join(', ')}`,
    );
  const total = Math.max(0, ...totals);
  for (let index = 1; index <= total; index++) {
    const sources = found.filter(
      (item) =>
        ('report' in item ? (item.report.run.shard ?? item.shard) : item.shard)?.index === index,
    );
    if (sources.length === 0) problems.push(`shard ${index}/${total} is missing`);
    if (sources.length > 1)
      problems.push(
        `shard ${index}/${total} was found ${sources.length} times: ${sources.map((item) => item.source).join(', ')}`,
      );
  }

  usable.sort((a, b) => a.shard.index - b.shard.index);
  problems.push(...planProblems(usable));
  const tests: TestRecord[] = [];
  const hookFailures: HookFailure[] = [];
  for (const { shard, report } of usable) {
    tests.push(...report.tests);
    hookFailures.push(...report.hook_failures);
    // A shard's own reasons that counting cannot see again: its run did not complete or was not trusted.
    for (const problem of report.run.problems ?? [])
      problems.push(`shard ${shard.index}/${shard.total}: ${problem}`);
    if (!report.run.completed)
      problems.push(`shard ${shard.index}/${shard.total}: its run did not complete`);
  }

  return {
    outcome: {
      completed: usable.every((item) => item.report.run.completed),
      // A real process's code: 0 when every shard's was, else the first shard's that was not.
      exit_code:
        usable.find((item) => item.report.run.exit_code !== 0)?.report.run.exit_code ?? 0,
      tests,
      hook_failures: hookFailures,
      problems,
      // Wall-clock seconds, as in a single run's report: the shards ran side by side, so the
      // slowest shard's test process is how long the tests took.
      duration: Math.max(0, ...usable.map((item) => item.report.run.duration ?? 0)),
    },
    specFiles: usable.flatMap((item) => item.report.run.spec_files),
  };
}

/**
 * Every shard must have split the same files the same way, or some files ran twice and others
 * never; the shard plans (written by each shard) and the files each ran tell.
 */
function planProblems(
  usable: ReadonlyArray<{ source: string; shard: Shard; report: VerificationReport }>,
): string[] {
  const problems: string[] = [];
  const planned = usable.filter((item) => item.report.run.shard_plan);
  const digests = new Set(planned.map((item) => item.report.run.shard_plan!.digest));
  if (digests.size > 1 || (planned.length > 0 && planned.length < usable.length)) {
    const describe = (item: (typeof usable)[number]) => {
      const plan = item.report.run.shard_plan;
      return `${describeShard(item.shard)}: ${plan ? `${plan.files} file(s) by ${plan.balanced_by}, plan ${plan.digest.slice(0, 12)}` : 'no plan'}`;
    };
    problems.push(
      `the shards split different spec files or durations, so files may have run twice or never ` +
        `(${usable.map(describe).join('; ')}); give every shard the same spec files and the same previous-report`,
    );
  }
  const ranBy = new Map<string, Shard[]>();
  for (const { shard, report } of usable) {
    for (const file of report.run.spec_files) {
      const shards = ranBy.get(file) ?? [];
      // A shard found twice is reported as such; its files are not run "by two shards".
      if (!shards.some((other) => other.index === shard.index)) ranBy.set(file, [...shards, shard]);
    }
  }
  for (const [file, shards] of ranBy) {
    if (shards.length > 1)
      problems.push(`${file} was run by ${shards.map(describeShard).join(' and ')}`);
  }
  const expected = planned[0]?.report.run.shard_plan?.files;
  if (
    digests.size === 1 &&
    usable.length === planned.length &&
    expected !== undefined &&
    ranBy.size < expected
  ) {
    problems.push(`the shards ran ${ranBy.size} of the ${expected} spec file(s) their plan had`);
  }
  return problems;
}
