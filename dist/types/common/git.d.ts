/** A base ref that cannot be read. */
export declare class GitRefError extends Error {
    /** The ref as given. */
    readonly ref: string;
    /** Shown before the message in stacks and logs, instead of `Error`. */
    name: string;
    constructor(
    /** The ref as given. */
    ref: string, message: string);
}
/** The files a ref holds, as paths relative to the repository's top folder. */
export interface FilesAtRef {
    /** The ref as given. */
    ref: string;
    /** The commit it names. */
    commit: string;
    /** The repository's top folder. */
    root: string;
    /** Every file at the ref, relative to `root`, with `/` separators. */
    files: Set<string>;
}
/**
 * The default base ref: the pull request's base branch (`origin/<GITHUB_BASE_REF>`) when the
 * workflow runs for a pull request, else the previous commit.
 */
export declare function defaultBaseRef(env?: NodeJS.ProcessEnv): string;
/** Lists the files at `ref` in the repository that holds `cwd`. Throws `GitRefError` saying how to fix. */
export declare function filesAtRef(ref: string, cwd: string): Promise<FilesAtRef>;
/** The old version's migration files that changed since the ref (production ran the ref's text). */
export declare function changedSince(at: FilesAtRef, files: string[]): Promise<string[]>;
