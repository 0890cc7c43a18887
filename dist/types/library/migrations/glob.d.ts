/** The regular expression of a glob's pattern part (after its fixed folder). */
export declare function globPattern(pattern: string): RegExp;
/** The files a glob names (absolute paths, sorted); the glob resolves against `cwd` unless absolute. */
export declare function globFiles(glob: string, cwd: string): Promise<string[]>;
