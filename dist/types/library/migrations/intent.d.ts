/** The file name looked for beside the migrations (and in the working directory). */
export declare const INTENT_FILE_NAME = "verify-migration.intent.yml";
/** What one intent line declares. */
export type IntentStatement = {
    kind: 'drop table';
    table: string;
} | {
    kind: 'drop column';
    table: string;
    column: string;
} | {
    kind: 'rename table';
    table: string;
    to: string;
} | {
    kind: 'rename column';
    table: string;
    column: string;
    to: string;
} | {
    kind: 'move column';
    table: string;
    column: string;
    to: string;
} | {
    kind: 'narrow column';
    table: string;
    column: string;
} | {
    kind: 'change values';
    table: string;
    column: string;
} | {
    kind: 'delete rows';
    table: string;
} | {
    kind: 'lossy down';
    table?: string;
    column?: string;
} | {
    kind: 'irreversible';
};
/** One declaration, with where it was written. */
export interface IntentLine {
    statement: IntentStatement;
    /** The line as written. */
    text: string;
    /** 1-based line in the intent file. */
    line: number;
}
/** Every migration's declarations. */
export interface Intent {
    /** The file read, or undefined when there is none. */
    file?: string;
    /** Migration name -> its declarations. */
    migrations: Map<string, IntentLine[]>;
}
/** An intent file that cannot be read as one. Names the file and line. */
export declare class IntentFileError extends Error {
    /** The intent file. */
    readonly file: string;
    /** 1-based line, when the fault has one. */
    readonly line: number | undefined;
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
    constructor(
    /** The intent file. */
    file: string, 
    /** 1-based line, when the fault has one. */
    line: number | undefined, reason: string);
}
/** The statements an intent line may hold, for error messages. */
export declare const INTENT_FORMS: string[];
/** Parses one statement, or undefined when it is none of `INTENT_FORMS`. */
export declare function parseIntentStatement(text: string): IntentStatement | undefined;
/**
 * Parses an intent file's text: the YAML subset the format needs (a migration name ending in `:`
 * at the start of a line, then its declarations as `  - ...` items; `#` comments and blank lines
 * anywhere), read line by line so that every fault names its line. Throws `IntentFileError`.
 */
export declare function parseIntent(text: string, file: string): Intent;
/** Reads an intent file; a file that is not there declares nothing. */
export declare function readIntent(file: string): Promise<Intent>;
