/**
 * Just enough of an SQL tokenizer to read what SQLite's catalogue keeps only as text (the CREATE
 * TABLE and CREATE INDEX statements in sqlite_master): CHECK constraints, constraint names,
 * generated columns' expressions, AUTOINCREMENT, index expressions and partial-index predicates.
 * It also normalises expressions so that the same condition compares equal however it was wrapped.
 */
/** One token with its place in the source text. */
export interface Token {
    /** `word` (bare identifier or keyword), `ident` (quoted identifier), `string` ('...'), `group` ((...)), `punct`. */
    kind: 'word' | 'ident' | 'string' | 'group' | 'punct';
    /** The token's text as written. */
    text: string;
    /** Unquoted identifier, string contents, or a group's inner text. */
    value: string;
    /** Where the token starts in the source text. */
    start: number;
    /** Where it ends (exclusive). */
    end: number;
}
/** The top-level tokens of `sql`; parenthesised groups are one token each. */
export declare function tokenize(sql: string): Token[];
/** Splits tokens at top-level commas. */
export declare function splitTokens(tokens: Token[]): Token[][];
/** Splits text at its top-level commas, each part trimmed. */
export declare function splitList(text: string): string[];
/** Whether the token is the keyword `word` (any case). */
export declare function isWord(token: Token | undefined, word: string): boolean;
/** An identifier token's name (quoted or bare). */
export declare function nameOf(token: Token | undefined): string | undefined;
/**
 * An expression in one canonical spelling: whitespace outside string literals collapsed, no space
 * just inside parentheses, and parentheses that wrap the whole expression removed (TypeORM's SQLite
 * rebuild writes `CHECK ((x > 0))` for a `CHECK (x > 0)`, PostgreSQL states `CHECK ((x > 0))`).
 */
export declare function normalizeExpression(expression: string): string;
/** Collapses whitespace outside string literals and quoted identifiers; trims. */
export declare function collapseWhitespace(text: string): string;
/** The string literals of a list such as `'a','b''c'` (`IN (...)`, `enum(...)`), or undefined if it holds anything else. */
export declare function stringLiterals(list: string): string[] | undefined;
