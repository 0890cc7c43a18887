/**
 * Each schema change of a migration in one of a few classes a reviewer reads at a glance, taking
 * the data into account: a dropped column that held nothing is not destructive, and one whose
 * values went to a new column is a rename.
 */
import { narrowing } from '../schema/diff.js';
import type { ColumnSchema, SchemaChange } from '../schema/types.js';
import type { Finding } from './findings.js';

/**
 * `additive`: adds without touching what is there; `destructive`: drops something that held data;
 * `narrowing`: a type or length that can cut values; `constraint`: a NOT NULL, UNIQUE, CHECK or
 * foreign key added (existing rows must satisfy it); `renamed`: the data followed to a new place;
 * `other`: anything else (a default, an index dropped, an empty column dropped).
 */
export type ChangeClass =
  'additive' | 'destructive' | 'narrowing' | 'constraint' | 'renamed' | 'other';

/** The class of one schema change, given the migration's data findings. */
export function classifyChange(change: SchemaChange, findings: Finding[]): ChangeClass {
  const about = (kinds: string[]) =>
    findings.some(
      (finding) =>
        kinds.includes(finding.kind) &&
        finding.table === change.table &&
        (change.name === undefined ||
          finding.column === undefined ||
          finding.column === change.name),
    );
  switch (change.kind) {
    case 'table-added':
    case 'column-added':
    case 'index-added':
    case 'view-added':
    case 'enum-added':
      return 'additive';
    case 'unique-added':
    case 'check-added':
    case 'foreign-key-added':
    case 'primary-key-changed':
      return 'constraint';
    case 'column-nullability-changed':
      return (change.after as ColumnSchema | undefined)?.nullable === false
        ? 'constraint'
        : 'other';
    case 'table-dropped':
      if (about(['table-renamed'])) return 'renamed';
      return about(['table-dropped-with-data']) ? 'destructive' : 'other';
    case 'column-dropped':
      if (about(['column-renamed', 'column-moved'])) return 'renamed';
      return about(['column-dropped-with-data']) ? 'destructive' : 'other';
    case 'column-type-changed':
    case 'column-enum-changed': {
      const before = change.before as ColumnSchema | undefined;
      const after = change.after as ColumnSchema | undefined;
      return before && after && narrowing(before, after) !== undefined ? 'narrowing' : 'other';
    }
    default:
      return 'other';
  }
}
