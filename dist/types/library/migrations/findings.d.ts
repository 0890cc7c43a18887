import type { SchemaChange, SchemaSnapshot } from '../schema/types.js';
import { type DataSnapshot } from './data.js';
import type { IntentLine } from './intent.js';
/** The kinds of finding. */
export type FindingKind = 
/** `up()` threw. */
'up-failed'
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
export declare const DESTRUCTIVE_KINDS: ReadonlySet<FindingKind>;
/** Kinds that fail the gate whatever is declared (the migration itself is broken). */
export declare const BROKEN_KINDS: ReadonlySet<FindingKind>;
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
export declare function cascadeParent(table: string, before: StepState, after: StepState): string | undefined;
/** The sentence that says what a cascade did and how to stop it. */
export declare function cascadeExplanation(table: string, parent: string): string;
/** What the analysis of one step needs. */
export interface StepState {
    schema: SchemaSnapshot;
    data: DataSnapshot;
}
/**
 * The forward findings of one migration, from the state before and after its `up()` and the
 * schema changes between them.
 */
export declare function forwardFindings(migration: string, before: StepState, after: StepState, changes: SchemaChange[]): Finding[];
/**
 * The rollback findings of one migration: the schema and every row after its `down()` against
 * the state before its `up()`. Exact: any drift is a finding.
 */
export declare function rollbackFindings(migration: string, before: StepState, afterDown: StepState, changes: SchemaChange[]): Finding[];
/** The intent line that would declare a finding (shown when it fails). */
export declare function intentLineFor(finding: Finding): string | undefined;
/**
 * Sets each finding's verdict from the declarations of its migration: broken migrations fail
 * whatever is declared (but an `irreversible` one is not asked for a down), destructive findings
 * fail unless declared, the rest are shown only.
 */
export declare function applyIntent(findings: Finding[], declared?: IntentLine[]): Finding[];
/** The declarations of a migration that declare none of its findings (a typo, or stale). */
export declare function unusedIntent(findings: Finding[], declared?: IntentLine[]): IntentLine[];
/**
 * What in the data before a failed `up()` violates the constraint its error names: the rows with
 * NULL in a column made NOT NULL, or the rows whose values a new unique key finds twice. Read from
 * the engines' messages and the statement that failed; undefined when neither names such a
 * constraint, or the data shows no violation.
 */
export declare function violationHint(error: string, before: StepState): string | undefined;
