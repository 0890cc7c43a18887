/**
 * The report's `migrations` section (mode: migrations): per migration, its schema changes, its
 * findings, its time and (PostgreSQL) its locks, copied field by field from the check's result
 * as the child wrote it, so nothing else that file holds reaches the report; and its Markdown.
 */
import type { MigrationEntry, MigrationsSection } from '../common/report.js';
import { escapeMarkdown } from './escape.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
const number = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);

function copyEntry(raw: Json): MigrationEntry {
  const entry: MigrationEntry = {
    name: text(raw.name),
    seconds: number(raw.seconds),
    down: text(raw.down),
    passed: raw.passed === true,
    changes: list(raw.changes).map((item) => {
      const change = item as Json;
      return {
        kind: text(change.kind),
        class: text(change.class),
        table: text(change.table),
        ...(optionalText(change.name) !== undefined ? { name: text(change.name) } : {}),
        message: text(change.message),
      };
    }),
    findings: list(raw.findings).map((item) => {
      const finding = item as Json;
      return {
        kind: text(finding.kind),
        verdict: text(finding.verdict),
        ...(optionalText(finding.table) !== undefined ? { table: text(finding.table) } : {}),
        ...(optionalText(finding.column) !== undefined ? { column: text(finding.column) } : {}),
        ...(typeof finding.count === 'number' ? { count: number(finding.count) } : {}),
        ...(Array.isArray(finding.examples) ? { examples: finding.examples.map(text) } : {}),
        message: text(finding.message),
        ...(optionalText(finding.intent) !== undefined ? { intent: text(finding.intent) } : {}),
      };
    }),
  };
  if (optionalText(raw.file) !== undefined) entry.file = text(raw.file);
  if (optionalText(raw.error) !== undefined) entry.error = text(raw.error);
  if (typeof raw.downSeconds === 'number') entry.down_seconds = number(raw.downSeconds);
  if (optionalText(raw.downError) !== undefined) entry.down_error = text(raw.downError);
  if (Array.isArray(raw.locks))
    entry.locks = raw.locks.map((item) => {
      const lock = item as Json;
      return {
        table: text(lock.table),
        mode: text(lock.mode),
        milliseconds: number(lock.milliseconds),
      };
    });
  if (Array.isArray(raw.rewritten)) entry.rewritten = raw.rewritten.map(text);
  return entry;
}

function copyRollback(raw: Json): MigrationsSection['rollback'] {
  const failed = raw.failed as Json | undefined;
  return {
    reverted: list(raw.reverted).map(text),
    ...(failed && typeof failed === 'object'
      ? { failed: { migration: text(failed.migration), error: text(failed.error) } }
      : {}),
    drift: list(raw.drift).map((change) => text((change as Json).message)),
    passed: raw.passed === true,
  };
}

/** The report's section from the check's result as the child wrote it (JSON), or undefined. */
export function migrationsSection(result: unknown): MigrationsSection | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const raw = result as Json;
  const seed = (raw.seed ?? {}) as Json;
  const tables = list(seed.tables) as Json[];
  return {
    dialect: text(raw.dialect),
    database: text(raw.database),
    old_migrations: list(raw.oldMigrations).map(text),
    old_seconds: number(raw.oldSeconds),
    seed:
      typeof seed.file === 'string'
        ? { file: seed.file, seconds: number(seed.seconds) }
        : {
            tables: tables.length,
            rows: tables.reduce((total, table) => total + number(table.rows), 0),
            skipped: list(seed.skipped).map((item) => ({
              table: text((item as Json).table),
              reason: text((item as Json).reason),
            })),
            seconds: number(seed.seconds),
          },
    keyless_tables: list(raw.keylessTables).map(text),
    stale_intent: list(raw.staleIntent).map(text),
    ...(Array.isArray(raw.changedOldMigrations)
      ? { changed_old_migrations: raw.changedOldMigrations.map(text) }
      : {}),
    rollback: copyRollback((raw.rollback ?? {}) as Json),
    passed: raw.passed === true,
    migrations: list(raw.migrations).map((item) => copyEntry(item as Json)),
  };
}

const VERDICT_ICON: Record<string, string> = { fail: '❌', declared: '📝', info: 'ℹ️' };

/** Most characters of the migrations part of the summary; the JSON report has everything. */
const MAX_SECTION_SIZE = 200_000;

/** The job summary's migrations part: one line per migration, then each one's details. */
export function renderMigrations(section: MigrationsSection): string[] {
  const lines: string[] = [
    '### Migrations',
    '',
    `${section.migrations.length} new migration${section.migrations.length === 1 ? '' : 's'} on a seeded ${escapeMarkdown(section.dialect)} copy ` +
      `(old version: ${section.old_migrations.length} migrations; ` +
      (section.seed.file
        ? `seeded by ${escapeMarkdown(section.seed.file)})`
        : `${section.seed.rows ?? 0} generated rows in ${section.seed.tables ?? 0} tables)`),
    '',
    '| Migration | up (s) | Schema changes | Findings | down |',
    '| --- | ---: | --- | --- | --- |',
  ];
  for (const entry of section.migrations) {
    const classes = new Map<string, number>();
    for (const change of entry.changes)
      classes.set(change.class, (classes.get(change.class) ?? 0) + 1);
    const verdicts = ['fail', 'declared', 'info']
      .map(
        (verdict) =>
          [
            verdict,
            entry.findings.filter((finding) => finding.verdict === verdict).length,
          ] as const,
      )
      .filter(([, count]) => count > 0)
      .map(
        ([verdict, count]) =>
          `${VERDICT_ICON[verdict]} ${count} ${verdict === 'fail' ? 'failing' : verdict}`,
      );
    lines.push(
      `| ${entry.passed ? '✅' : '❌'} ${escapeMarkdown(entry.name)} | ${entry.error ? 'failed' : entry.seconds.toFixed(3)} | ` +
        `${[...classes.entries()].map(([name, count]) => `${count} ${name}`).join(', ') || 'none'} | ` +
        `${verdicts.join(', ') || 'none'} | ${escapeMarkdown(entry.down)} |`,
    );
  }
  lines.push('');
  let size = lines.reduce((total, line) => total + line.length + 1, 0);
  let shown = 0;
  for (const entry of section.migrations) {
    const details = renderEntry(entry);
    const detailsSize = details.reduce((total, line) => total + line.length + 1, 0);
    if (size + detailsSize > MAX_SECTION_SIZE) break;
    lines.push(...details);
    size += detailsSize;
    shown += 1;
  }
  if (shown < section.migrations.length)
    lines.push(
      `… and the details of ${section.migrations.length - shown} more migrations (see the JSON report's migrations section).`,
      '',
    );
  const { rollback } = section;
  lines.push(
    rollback.passed
      ? `✅ Rollback to the old version: ${rollback.reverted.length} down()s newest first gave back its schema.`
      : rollback.failed
        ? `❌ Rollback to the old version: ${escapeMarkdown(rollback.failed.migration)}'s down() failed: ${escapeMarkdown(rollback.failed.error)}`
        : `❌ Rollback to the old version: ${rollback.drift.length} schema differences remain: ${rollback.drift.map(escapeMarkdown).join('; ')}`,
    '',
  );
  if (section.changed_old_migrations?.length)
    lines.push(
      `⚠️ ${section.changed_old_migrations.length} migration file${section.changed_old_migrations.length === 1 ? '' : 's'} of the old version changed since the base ref (production ran the old text; this check ran the new): ${section.changed_old_migrations.map(escapeMarkdown).join(', ')}`,
      '',
    );
  for (const table of section.keyless_tables)
    lines.push(
      `ℹ️ Table ${escapeMarkdown(table)} has no primary key: its rows were compared as a multiset.`,
    );
  for (const name of section.stale_intent)
    lines.push(
      `ℹ️ The intent file declares ${escapeMarkdown(name)}, which is not a new migration here (stale).`,
    );
  if (section.keyless_tables.length + section.stale_intent.length > 0) lines.push('');
  return lines;
}

function renderEntry(entry: MigrationEntry): string[] {
  const lines = [
    `<details${entry.passed ? '' : ' open'}><summary>${entry.passed ? '✅' : '❌'} ${escapeMarkdown(entry.name)}${entry.file ? ` (${escapeMarkdown(entry.file)})` : ''}</summary>`,
    '',
  ];
  if (entry.error) lines.push(`- up() failed: ${escapeMarkdown(entry.error)}`);
  for (const change of entry.changes)
    lines.push(`- schema, ${escapeMarkdown(change.class)}: ${escapeMarkdown(change.message)}`);
  for (const finding of entry.findings) {
    const intent =
      finding.verdict === 'fail' && finding.intent
        ? ` If intended, declare it in verify-migration.intent.yml: \`${escapeMarkdown(finding.intent)}\``
        : finding.verdict === 'declared' && finding.intent
          ? ` (declared: ${escapeMarkdown(finding.intent)})`
          : '';
    lines.push(
      `- ${VERDICT_ICON[finding.verdict] ?? ''} ${escapeMarkdown(finding.message)}${intent}`,
    );
  }
  if (entry.locks && entry.locks.length > 0)
    lines.push(
      `- locks: ${entry.locks.map((lock) => `${escapeMarkdown(lock.mode)} on ${escapeMarkdown(lock.table)} for ${lock.milliseconds} ms`).join('; ')}`,
    );
  if (entry.rewritten && entry.rewritten.length > 0)
    lines.push(`- rewrote: ${entry.rewritten.map(escapeMarkdown).join(', ')}`);
  lines.push(
    `- time: up ${entry.seconds.toFixed(3)} s${entry.down_seconds !== undefined ? `, down ${entry.down_seconds.toFixed(3)} s` : ''}; down: ${escapeMarkdown(entry.down)}${entry.down_error ? ` (${escapeMarkdown(entry.down_error)})` : ''}`,
    '',
    '</details>',
    '',
  );
  return lines;
}
