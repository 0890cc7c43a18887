/** Which engine differences to forgive. Each is off unless asked for. */
export interface NormalizeOptions {
    /** `true`/`false` equals `1`/`0` (PostgreSQL booleans vs SQLite/MySQL integers). */
    booleans?: boolean;
    /** A `Date` equals a string for the same instant (SQLite stores dates as text; no zone means UTC). */
    dates?: boolean;
    /** A number equals a string holding the same number (PostgreSQL numeric/bigint, MySQL decimal/bigint come back as strings). */
    numericStrings?: boolean;
}
/** What `compareValues` found. */
export type ValueVerdict = 'equal' | 'changed' | 'type';
/** The value's kind as the comparator sees it. NULL (and undefined) is its own kind. */
export type ValueKind = 'null' | 'number' | 'bigint' | 'string' | 'boolean' | 'binary' | 'date' | 'object';
/** The kind of a value read from a driver. */
export declare function kindOf(value: unknown): ValueKind;
/** A decimal string in one canonical form ('+01.50' and '1.5' give '1.5'), or undefined if it has an exponent. */
export declare function canonicalDecimal(text: string): string | undefined;
/** Compares two values from the old and the new side. */
export declare function compareValues(oldValue: unknown, newValue: unknown, normalize: NormalizeOptions, tolerance?: number): ValueVerdict;
/** A value as a message shows it: 'text' in quotes, NULL, numbers as written, bytes in hex. */
export declare function formatValue(value: unknown): string;
/**
 * Why two values that print alike are not equal, or what is special about the change (a cut-off
 * string, another Unicode normalisation, the first differing byte). Empty when nothing to add.
 */
export declare function explainChange(oldValue: unknown, newValue: unknown): string;
/** Orders key values as the databases do when asked for a binary order (see db-dialect's `orderExpression`). */
export declare function compareKeyValues(a: unknown, b: unknown, numericColumn: boolean): number;
