import type { ColumnFamily } from '../schema/types.js';
import type { ColumnInfo, Dialect } from './db-dialect.js';
import { type ValueVerdict } from './db-values.js';
/** The logical value a bridge compares. */
export type BridgeKind = 'boolean' | 'integer' | 'decimal' | 'float' | 'timestamp' | 'date' | 'time' | 'json';
/** One column compared by logical value, and how. */
export interface ColumnBridge {
    /** The column's name on the new side. */
    column: string;
    /** Its name on the old side (the same unless renamed). */
    oldColumn: string;
    /** The old side's declared type, as its database states it. */
    oldType: string;
    /** The new side's declared type. */
    newType: string;
    /** What both sides' values are read as. */
    as: BridgeKind;
    /** How, in a few words: `0/1 and false/true as booleans`, `decimals at scale 4`, ... */
    rule: string;
}
/** A bridged column: its description, the comparison, and what a message shows of a change. */
export interface BridgedColumn {
    bridge: ColumnBridge;
    /** Compares an old and a new value by logical value. */
    compare(oldValue: unknown, newValue: unknown): ValueVerdict;
    /** The two logical values of a change, for the message; empty when they add nothing. */
    explain(oldValue: unknown, newValue: unknown): string;
}
/**
 * The bridge of a column pair, or undefined when the strict comparison applies: same engine and
 * same declared type, or families that hold different things.
 */
export declare function bridgeColumn(oldDialect: Dialect, oldColumn: ColumnInfo, newDialect: Dialect, newColumn: ColumnInfo, tolerance: number | undefined): BridgedColumn | undefined;
/** What a column's declared type says of its values, as the SQL that writes its logical value needs it. */
export interface DeclaredForm {
    /** The column's family (SQLite's NUMERIC words as decimal). */
    family: ColumnFamily;
    /** A 4-byte float (PostgreSQL real, MySQL FLOAT up to 24 bits). */
    float4: boolean;
    /** Fractional digits of seconds kept (date and time). */
    fractionDigits: number;
    /** Holds instants (PostgreSQL timestamptz, MySQL TIMESTAMP) rather than wall-clock times. */
    zoned: boolean;
    /** The declared scale of a decimal (`numeric(12,4)`: 4); 0 when none is declared. */
    scale: number;
}
/** The declared form of a column, read the way the bridges read it (see `bridgeColumn`). */
export declare function declaredForm(dialect: Dialect, column: ColumnInfo): DeclaredForm;
