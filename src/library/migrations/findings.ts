/**
 * What a migration did to the data, read from the schema diff and the rows before and after: the
 * forward step (rows lost, columns dropped with their values, values cut by a narrower type,
 * values changed that no schema change explains, renames followed by value) and the rollback
 * (anything a `down()` did not put back exactly). Each finding is matched with the declared
 * intent; an undeclared destructive one fails the gate.
 */
import { narrowing } from '../schema/diff.js';
import type { ColumnSchema, SchemaChange, SchemaSnapshot, TableSchema } from '../schema/types.js';
import {
  describeKey,
  rowCount,
  type CanonicalValue,
  type DataSnapshot,
  type TableData,
} from './data.js';
import type { IntentLine, IntentStatement } from './intent.js';

/** The kinds of finding. */
export type FindingKind =
  /** `up()` threw. */
  | 'up-failed'
  /** A table with rows was dropped, and no new table holds them. */
  | 'table-dropped-with-data'
  /** A column with non-NULL values was dropped, and no new column holds them. */
  | 'column-dropped-with-data'
  /** Rows of a table that stayed are gone. */
  | 'rows-lost'
  /** A type change altered values (cut text, rounded numbers, lost time of day). */
  | 'values-narrowed'
  /** Values changed in a column whose type did not change. */
  | 'values-changed'
  /** A dropped column's values are, row for row, in a new column: followed by value. */
  | 'column-renamed'
  /** A dropped column's values are in a new column of another table. */
  | 'column-moved'
  /** A dropped table's rows are all in a new table. */
  | 'table-renamed'
  /** The migration added rows (a backfill, reference data). */
  | 'rows-added'
  /** The migration's `down()` is missing. */
  | 'down-missing'
  /** The migration's `down()` threw. */
  | 'down-failed'
  /** After `down()`, the schema is not what it was before `up()`. */
  | 'rollback-schema-drift'
  /** After `down()`, rows are not what they were before `up()`. */
  | 'rollback-data-drift'
  /** After `down()`, only the order of columns differs (harmless; shown, never failing). */
  | 'rollback-column-order';

/** Kinds that fail the gate unless declared. */
export const DESTRUCTIVE_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'table-dropped-with-data',
  'column-dropped-with-data',
  'rows-lost',
  'values-narrowed',
  'values-changed',
  'rollback-data-drift',
]);

/** Kinds that fail the gate whatever is declared (the migration itself is broken). */
export const BROKEN_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'up-failed',
  'down-missing',
  'down-failed',
  'rollback-schema-drift',
]);

/** One thing the check found about one migration. */
export interface Finding {
  /** The migration's name. */
  migration: string;
  kind: FindingKind;
  /** The table it is about. */
  table?: string;
  /** The column it is about. */
  column?: string;
  /** How many rows or values it concerns. */
  count?: number;
  /** A few affected rows, by key: `id=3: 'bob' -> NULL`. */
  examples?: string[];
  /** One readable sentence. */
  message: string;
  /** `fail`: fails the gate; `declared`: destructive but declared in the intent file; `info`: shown only. */
  verdict: 'fail' | 'declared' | 'info';
  /** The intent line that declared it (`declared`), or the line to add if it is intended (`fail`). */
  intent?: string;
  /**
   * For rows lost through a foreign key's ON DELETE CASCADE: the parent table that was dropped
   * and made again (a rebuild) while it kept its own rows. Such a loss is a side effect to fix,
   * not a change to declare.
   */
  cascadeFrom?: string;
}

/**
 * The parent table whose re-creation deleted a child table's rows through ON DELETE CASCADE: the
 * child references it with CASCADE, and the parent kept every row it had (so it was not a delete
 * of parents, but a DROP TABLE of a table made again: SQLite's way to alter one).
 */
export function cascadeParent(
  table: string,
  before: StepState,
  after: StepState,
): string | undefined {
  const schema = before.schema.tables.find((candidate) => candidate.name === table);
  for (const key of schema?.foreignKeys ?? []) {
    if (key.onDelete !== 'CASCADE') continue;
    const parentBefore = before.data.get(key.referencedTable);
    const parentAfter = after.data.get(key.referencedTable);
    if (!parentBefore || !parentAfter || rowCount(parentBefore) === 0) continue;
    if ([...parentBefore.rows.keys()].every((id) => parentAfter.rows.has(id)))
      return key.referencedTable;
  }
  return undefined;
}

/** The sentence that says what a cascade did and how to stop it. */
export function cascadeExplanation(table: string, parent: string): string {
  return (
    `: ${table} references ${parent} with ON DELETE CASCADE, and ${parent} kept its rows, so it was dropped and made again (a table rebuild) ` +
    `while foreign keys were enforced, and the drop deleted these rows. Turn foreign keys off around the rebuild, outside the transaction ` +
    `(SQLite ignores PRAGMA foreign_keys inside one; TypeORM's migration:revert sets it inside its transaction)`
  );
}

const MAX_EXAMPLES = 3;

function show(value: CanonicalValue): string {
  if (value === null) return 'NULL';
  const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `'${text}'`;
}

/** Loose equality across a type change: numbers by value, times by instant, booleans by truth. */
function sameAcrossTypes(a: CanonicalValue, b: CanonicalValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const truth: Record<string, string> = { '1': 'true', '0': 'false', t: 'true', f: 'false' };
  if ((truth[a] ?? a) === (truth[b] ?? b) && /^(true|false)$/.test(truth[a] ?? a)) return true;
  const numberA = Number(a);
  const numberB = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && !Number.isNaN(numberA) && !Number.isNaN(numberB))
    return numberA === numberB;
  const timeA = Date.parse(a.includes('T') || a.length <= 10 ? a : `${a.replace(' ', 'T')}Z`);
  const timeB = Date.parse(b.includes('T') || b.length <= 10 ? b : `${b.replace(' ', 'T')}Z`);
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && /^\d{4}-/.test(a) && /^\d{4}-/.test(b))
    return timeA === timeB;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

function columnOf(table: TableSchema | undefined, name: string): ColumnSchema | undefined {
  return table?.columns.find((column) => column.name === name);
}

/** Rows present on both sides of a keyed table whose key columns both sides have. */
function matchedRows(
  before: TableData,
  after: TableData,
): Array<[Record<string, CanonicalValue>, Record<string, CanonicalValue>]> {
  if (before.key.length === 0 || before.key.join('\0') !== after.key.join('\0')) return [];
  const pairs: Array<[Record<string, CanonicalValue>, Record<string, CanonicalValue>]> = [];
  for (const [key, row] of before.rows) {
    const twin = after.rows.get(key);
    if (twin) pairs.push([row, twin]);
  }
  return pairs;
}

function nonNullValues(data: TableData, column: string): CanonicalValue[] {
  const values: CanonicalValue[] = [];
  for (const [id, row] of data.rows) {
    const value = row[column];
    if (value === null) continue;
    for (let n = data.counts?.get(id) ?? 1; n > 0; n--) values.push(value);
  }
  return values;
}

function sameMultiset(a: CanonicalValue[], b: CanonicalValue[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...a].map(String).sort();
  const right = [...b].map(String).sort();
  return left.every((value, index) => value === right[index]);
}

/** What the analysis of one step needs. */
export interface StepState {
  schema: SchemaSnapshot;
  data: DataSnapshot;
}

/**
 * The forward findings of one migration, from the state before and after its `up()` and the
 * schema changes between them.
 */
export function forwardFindings(
  migration: string,
  before: StepState,
  after: StepState,
  changes: SchemaChange[],
): Finding[] {
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, 'migration' | 'verdict'>) =>
    findings.push({ migration, verdict: 'fail', ...finding });
  const tableBefore = new Map(before.schema.tables.map((table) => [table.name, table]));
  const tableAfter = new Map(after.schema.tables.map((table) => [table.name, table]));
  const addedTables = after.schema.tables.filter((table) => !tableBefore.has(table.name));
  const addedColumns = new Map<string, string[]>();
  for (const change of changes)
    if (change.kind === 'column-added' && change.name)
      addedColumns.set(change.table, [...(addedColumns.get(change.table) ?? []), change.name]);

  for (const table of before.schema.tables) {
    const data = before.data.get(table.name)!;
    const rows = rowCount(data);
    if (tableAfter.has(table.name)) continue;
    if (rows === 0) continue;
    const home = addedTables.find((candidate) => holdsRows(data, after.data.get(candidate.name)!));
    if (home) {
      findings.push({
        migration,
        verdict: 'info',
        kind: 'table-renamed',
        table: table.name,
        count: rows,
        message: `table ${table.name} is gone and its ${rows} rows are all in the new table ${home.name} (followed by value)`,
      });
      continue;
    }
    add({
      kind: 'table-dropped-with-data',
      table: table.name,
      count: rows,
      message: `table ${table.name} was dropped with ${rows} rows in it, and no new table holds them`,
    });
  }

  for (const table of before.schema.tables) {
    const afterTable = tableAfter.get(table.name);
    if (!afterTable) continue;
    const old = before.data.get(table.name)!;
    const now = after.data.get(table.name)!;
    const pairs = matchedRows(old, now);

    // Columns dropped: followed by value to a new column, or lost.
    for (const column of table.columns) {
      if (columnOf(afterTable, column.name)) continue;
      const values = nonNullValues(old, column.name);
      if (values.length === 0) continue;
      const renamedTo = (addedColumns.get(table.name) ?? []).find(
        (candidate) =>
          pairs.length === old.rows.size &&
          pairs.every(([row, twin]) => sameAcrossTypes(row[column.name], twin[candidate])),
      );
      if (renamedTo) {
        findings.push({
          migration,
          verdict: 'info',
          kind: 'column-renamed',
          table: table.name,
          column: column.name,
          count: values.length,
          message: `column ${table.name}.${column.name} is gone and its ${values.length} values are, row for row, in the new column ${renamedTo} (followed by value)`,
        });
        continue;
      }
      const movedTo = [...addedColumns.entries()]
        .filter(([other]) => other !== table.name)
        .flatMap(([other, names]) => names.map((name) => [other, name] as const))
        .concat(
          addedTables.flatMap((added) =>
            added.columns.map((addedColumn) => [added.name, addedColumn.name] as const),
          ),
        )
        .find(
          ([other, name]) =>
            new Set(values).size >= Math.min(values.length, 3) &&
            sameMultiset(values, nonNullValues(after.data.get(other)!, name)),
        );
      if (movedTo) {
        findings.push({
          migration,
          verdict: 'info',
          kind: 'column-moved',
          table: table.name,
          column: column.name,
          count: values.length,
          message: `column ${table.name}.${column.name} is gone and its ${values.length} values are in ${movedTo[0]}.${movedTo[1]} (followed by value)`,
        });
        continue;
      }
      const examples = [...old.rows.values()]
        .filter((row) => row[column.name] !== null)
        .slice(0, MAX_EXAMPLES)
        .map((row) => `${describeKey(old, row)}: ${show(row[column.name])}`);
      add({
        kind: 'column-dropped-with-data',
        table: table.name,
        column: column.name,
        count: values.length,
        examples,
        message: `column ${table.name}.${column.name} was dropped with ${values.length} non-NULL values, and no new column holds them (e.g. ${examples.join('; ')})`,
      });
    }

    // Rows gone from a table that stayed.
    const lost =
      pairs.length > 0 || (old.key.length > 0 && old.key.join('\0') === now.key.join('\0'))
        ? [...old.rows.keys()].filter((key) => !now.rows.has(key)).length
        : Math.max(0, rowCount(old) - rowCount(now));
    if (lost > 0) {
      const examples = [...old.rows.entries()]
        .filter(([key]) => !now.rows.has(key))
        .slice(0, MAX_EXAMPLES)
        .map(([, row]) => describeKey(old, row));
      const parent = cascadeParent(table.name, before, after);
      add({
        kind: 'rows-lost',
        table: table.name,
        count: lost,
        examples,
        message: `table ${table.name} lost ${lost} of its ${rowCount(old)} rows (e.g. ${examples.join('; ') || 'by count'})${parent ? cascadeExplanation(table.name, parent) : ''}`,
        ...(parent ? { cascadeFrom: parent } : {}),
      });
    }
    const gained = rowCount(now) - (rowCount(old) - lost);
    if (gained > 0)
      findings.push({
        migration,
        verdict: 'info',
        kind: 'rows-added',
        table: table.name,
        count: gained,
        message: `table ${table.name} has ${gained} more rows`,
      });

    // Values of columns both sides have.
    for (const column of table.columns) {
      const afterColumn = columnOf(afterTable, column.name);
      if (!afterColumn) continue;
      const typeChanged = column.type !== afterColumn.type;
      const changed = pairs.filter(([row, twin]) =>
        typeChanged
          ? !sameAcrossTypes(row[column.name], twin[column.name])
          : row[column.name] !== twin[column.name],
      );
      if (changed.length === 0) continue;
      const examples = changed
        .slice(0, MAX_EXAMPLES)
        .map(
          ([row, twin]) =>
            `${describeKey(old, row)}: ${show(row[column.name])} -> ${show(twin[column.name])}`,
        );
      if (typeChanged) {
        const reason = narrowing(column, afterColumn) ?? `${column.type} -> ${afterColumn.type}`;
        add({
          kind: 'values-narrowed',
          table: table.name,
          column: column.name,
          count: changed.length,
          examples,
          message: `column ${table.name}.${column.name} (${reason}): ${changed.length} values changed by the new type (e.g. ${examples.join('; ')})`,
        });
      } else {
        add({
          kind: 'values-changed',
          table: table.name,
          column: column.name,
          count: changed.length,
          examples,
          message: `column ${table.name}.${column.name}: ${changed.length} values changed with no change to its type (e.g. ${examples.join('; ')})`,
        });
      }
    }
  }
  return findings;
}

/** Whether every row of `dropped` is in `candidate`, on the columns both have (at least one). */
function holdsRows(dropped: TableData, candidate: TableData): boolean {
  const common = dropped.columns.filter((column) => candidate.columns.includes(column));
  if (common.length === 0 || common.length * 2 < dropped.columns.length) return false;
  const project = (data: TableData) => {
    const rows: string[] = [];
    for (const [id, row] of data.rows)
      for (let n = data.counts?.get(id) ?? 1; n > 0; n--)
        rows.push(JSON.stringify(common.map((column) => row[column])));
    return rows.sort();
  };
  const left = project(dropped);
  const right = project(candidate);
  return left.length === right.length && left.every((row, index) => row === right[index]);
}

/**
 * The rollback findings of one migration: the schema and every row after its `down()` against
 * the state before its `up()`. Exact: any drift is a finding.
 */
export function rollbackFindings(
  migration: string,
  before: StepState,
  afterDown: StepState,
  changes: SchemaChange[],
): Finding[] {
  const findings: Finding[] = [];
  for (const change of changes) {
    findings.push({
      migration,
      kind:
        change.kind === 'column-order-changed' ? 'rollback-column-order' : 'rollback-schema-drift',
      verdict: change.kind === 'column-order-changed' ? 'info' : 'fail',
      table: change.table,
      ...(change.name && change.kind.startsWith('column') ? { column: change.name } : {}),
      message: `after down(): ${change.message}`,
    });
  }
  const tablesNow = new Map(afterDown.schema.tables.map((table) => [table.name, table]));
  for (const table of before.schema.tables) {
    const now = afterDown.data.get(table.name);
    if (!now || !tablesNow.has(table.name)) continue;
    const old = before.data.get(table.name)!;
    const missing = [...old.rows.keys()].filter((key) => !now.rows.has(key));
    const extra = [...now.rows.keys()].filter((key) => !old.rows.has(key));
    const countDrift =
      old.counts && now.counts
        ? [...old.counts.entries()].filter(([key, n]) => (now.counts!.get(key) ?? 0) !== n).length
        : 0;
    if (missing.length > 0 || extra.length > 0 || countDrift > 0) {
      const examples = missing
        .slice(0, MAX_EXAMPLES)
        .map((key) => `${describeKey(old, old.rows.get(key)!)} missing`)
        .concat(
          extra
            .slice(0, MAX_EXAMPLES)
            .map((key) => `${describeKey(now, now.rows.get(key)!)} extra`),
        );
      const parent = missing.length > 0 ? cascadeParent(table.name, before, afterDown) : undefined;
      findings.push({
        migration,
        kind: 'rollback-data-drift',
        verdict: 'fail',
        table: table.name,
        count: missing.length + extra.length + countDrift,
        examples,
        message: `after down(): table ${table.name} has ${missing.length} rows missing and ${extra.length} extra${countDrift ? ` (${countDrift} rows with another count)` : ''} (e.g. ${examples.join('; ')})${parent ? cascadeExplanation(table.name, parent) : ''}`,
        ...(parent ? { cascadeFrom: parent } : {}),
      });
    }
    for (const column of table.columns) {
      if (!columnOf(tablesNow.get(table.name), column.name)) continue;
      const changed = matchedRows(old, now).filter(
        ([row, twin]) => row[column.name] !== twin[column.name],
      );
      if (changed.length === 0) continue;
      const examples = changed
        .slice(0, MAX_EXAMPLES)
        .map(
          ([row, twin]) =>
            `${describeKey(old, row)}: ${show(row[column.name])} -> ${show(twin[column.name])}`,
        );
      findings.push({
        migration,
        kind: 'rollback-data-drift',
        verdict: 'fail',
        table: table.name,
        column: column.name,
        count: changed.length,
        examples,
        message: `after down(): column ${table.name}.${column.name} has ${changed.length} values not restored (e.g. ${examples.join('; ')})`,
      });
    }
  }
  return findings;
}

/** The intent line that would declare a finding (shown when it fails). */
export function intentLineFor(finding: Finding): string | undefined {
  const target = finding.column ? `${finding.table}.${finding.column}` : finding.table;
  switch (finding.kind) {
    case 'table-dropped-with-data':
      return `drop table ${finding.table}`;
    case 'column-dropped-with-data':
      return `drop column ${target}`;
    case 'rows-lost':
      return `delete rows ${finding.table}`;
    case 'values-narrowed':
      return `narrow column ${target}`;
    case 'values-changed':
      return `change values ${target}`;
    case 'rollback-data-drift':
      return `lossy down ${target}`;
    default:
      return undefined;
  }
}

/** What each statement about a table or a column declares (besides a down() that cannot undo it). */
const DECLARED_KINDS: Record<
  Exclude<IntentStatement['kind'], 'irreversible' | 'lossy down'>,
  readonly FindingKind[]
> = {
  'drop table': ['table-dropped-with-data', 'rows-lost', 'rollback-data-drift'],
  'rename table': ['table-dropped-with-data', 'rollback-data-drift'],
  'delete rows': ['rows-lost', 'rollback-data-drift'],
  'drop column': ['column-dropped-with-data', 'rollback-data-drift'],
  'rename column': ['column-dropped-with-data', 'rollback-data-drift'],
  'move column': ['column-dropped-with-data', 'rollback-data-drift'],
  'narrow column': ['values-narrowed', 'rollback-data-drift'],
  'change values': ['values-changed', 'values-narrowed', 'rollback-data-drift'],
};

/** Whether a statement declares a finding: its kind, on its table (and column, if it names one). */
function declares(statement: IntentStatement, finding: Finding): boolean {
  if (statement.kind === 'irreversible')
    return finding.kind.startsWith('rollback') || finding.kind.startsWith('down');
  const column = 'column' in statement ? statement.column : undefined;
  // Only `lossy down` may leave out its table, or name a column a table-wide drift has not.
  const sameTarget =
    (statement.table === undefined || statement.table === finding.table) &&
    (column === undefined ||
      column === finding.column ||
      (statement.kind === 'lossy down' && finding.column === undefined));
  if (statement.kind === 'lossy down') return sameTarget && finding.kind === 'rollback-data-drift';
  return sameTarget && DECLARED_KINDS[statement.kind].includes(finding.kind);
}

/**
 * Sets each finding's verdict from the declarations of its migration: broken migrations fail
 * whatever is declared (but an `irreversible` one is not asked for a down), destructive findings
 * fail unless declared, the rest are shown only.
 */
export function applyIntent(findings: Finding[], declared: IntentLine[] = []): Finding[] {
  return findings.map((finding): Finding => {
    if (finding.verdict === 'info') return finding;
    const line = declared.find((candidate) => declares(candidate.statement, finding));
    if (BROKEN_KINDS.has(finding.kind)) {
      const excused = line?.statement.kind === 'irreversible' && finding.kind !== 'up-failed';
      return excused ? { ...finding, verdict: 'declared', intent: line.text } : finding;
    }
    if (line) return { ...finding, verdict: 'declared', intent: line.text };
    if (finding.cascadeFrom) return { ...finding, verdict: 'fail' };
    // A down() cannot give back what its up() dropped: declaring the drop covers both.
    const forward = findings.find(
      (other) =>
        other !== finding &&
        finding.kind === 'rollback-data-drift' &&
        [
          'column-dropped-with-data',
          'table-dropped-with-data',
          'rows-lost',
          'values-changed',
          'values-narrowed',
        ].includes(other.kind) &&
        other.table === finding.table &&
        (other.column === undefined || other.column === finding.column),
    );
    return { ...finding, verdict: 'fail', intent: intentLineFor(forward ?? finding) };
  });
}

/** The declarations of a migration that declare none of its findings (a typo, or stale). */
export function unusedIntent(findings: Finding[], declared: IntentLine[] = []): IntentLine[] {
  return declared.filter(
    (line) =>
      line.statement.kind !== 'irreversible' &&
      !findings.some((finding) => finding.verdict !== 'info' && declares(line.statement, finding)),
  );
}

/**
 * What in the data before a failed `up()` violates the constraint its error names: the rows with
 * NULL in a column made NOT NULL, or the rows whose values a new unique key finds twice. Read from
 * the engines' messages and the statement that failed; undefined when neither names such a
 * constraint, or the data shows no violation.
 */
export function violationHint(error: string, before: StepState): string | undefined {
  const unquote = (name: string) =>
    name
      .trim()
      .replace(/^["`]|["`]$/g, '')
      .replace(/^temporary_/, '');
  // PostgreSQL: column "x" of relation "t" contains null values; SQLite: NOT NULL constraint failed: t.x
  const nulls =
    /column "([^"]+)" of relation "([^"]+)" contains null values/.exec(error) ??
    /NOT NULL constraint failed: (\w+)\.(\w+)/
      .exec(error)
      ?.map((part, index, all) => (index === 1 ? all[2] : index === 2 ? all[1] : part));
  if (nulls) {
    const table = unquote(nulls[2]);
    const data = before.data.get(table);
    if (!data || !data.columns.includes(nulls[1])) return undefined;
    let count = 0;
    for (const [id, row] of data.rows)
      if (row[nulls[1]] === null) count += data.counts?.get(id) ?? 1;
    return count > 0
      ? `${count} of the ${rowCount(data)} rows of ${table} have NULL in ${nulls[1]}: backfill them before making it NOT NULL`
      : undefined;
  }
  if (!/unique|duplicate/i.test(error)) return undefined;
  // SQLite names the columns: UNIQUE constraint failed: t.a, t.b. Elsewhere the statement does.
  const sqlite = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(error);
  const statement =
    /(?:ALTER TABLE|ON)\s+([`"]?[\w]+[`"]?)[^(]*?\(([^)]+)\)/i.exec(
      error.slice(error.indexOf('(SQL:')),
    ) ?? undefined;
  const columns = sqlite
    ? sqlite[1].split(', ').map((column) => column.split('.').pop()!)
    : statement?.[2].split(',').map(unquote);
  const table = sqlite ? unquote(sqlite[1].split('.')[0]) : statement && unquote(statement[1]);
  const data = table ? before.data.get(table) : undefined;
  if (!columns || !data || !columns.every((column) => data.columns.includes(column)))
    return undefined;
  const groups = new Map<string, number>();
  for (const [id, row] of data.rows) {
    if (columns.some((column) => row[column] === null)) continue;
    const key = JSON.stringify(columns.map((column) => row[column]));
    groups.set(key, (groups.get(key) ?? 0) + (data.counts?.get(id) ?? 1));
  }
  const duplicated = [...groups.values()].filter((n) => n > 1);
  const rows = duplicated.reduce((total, n) => total + n, 0);
  return rows > 0
    ? `${rows} rows of ${table} share ${duplicated.length} values of (${columns.join(', ')}): remove or merge the duplicates before adding the unique key`
    : undefined;
}
