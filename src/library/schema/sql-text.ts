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

const CLOSING: Record<string, string> = { '"': '"', '`': '`', '[': ']', "'": "'" };

/** Where the quoted run that starts at `i` ends (just after its closing quote). */
function skipQuoted(sql: string, i: number): number {
  const close = CLOSING[sql[i]!]!;
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === close) {
      // A doubled quote is an escaped quote (not for [...]).
      if (close !== ']' && sql[j + 1] === close) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return sql.length;
}

/** Where the parenthesised group that starts at `i` ends (just after its `)`). */
function skipGroup(sql: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    const c = sql[j]!;
    if (c in CLOSING) {
      j = skipQuoted(sql, j);
      continue;
    }
    if (c === '-' && sql[j + 1] === '-') {
      const eol = sql.indexOf('\n', j);
      j = eol === -1 ? sql.length : eol;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return sql.length;
}

/** The top-level tokens of `sql`; parenthesised groups are one token each. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? sql.length : eol;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? sql.length : close + 2;
      continue;
    }
    let end: number;
    let kind: Token['kind'];
    let value: string;
    if (c in CLOSING) {
      end = skipQuoted(sql, i);
      kind = c === "'" ? 'string' : 'ident';
      const inner = sql.slice(i + 1, end - 1);
      value = c === '[' ? inner : inner.split(CLOSING[c]! + CLOSING[c]!).join(CLOSING[c]!);
    } else if (c === '(') {
      end = skipGroup(sql, i);
      kind = 'group';
      value = sql.slice(i + 1, end - 1);
    } else if (/[\w$]/.test(c)) {
      end = i + 1;
      while (end < sql.length && /[\w$]/.test(sql[end]!)) end++;
      kind = 'word';
      value = sql.slice(i, end);
    } else {
      end = i + 1;
      kind = 'punct';
      value = c;
    }
    tokens.push({ kind, text: sql.slice(i, end), value, start: i, end });
    i = end;
  }
  return tokens;
}

/** Splits tokens at top-level commas. */
export function splitTokens(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punct' && token.value === ',') parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** Splits text at its top-level commas, each part trimmed. */
export function splitList(text: string): string[] {
  return splitTokens(tokenize(text)).map((part) =>
    text.slice(part[0]!.start, part[part.length - 1]!.end).trim(),
  );
}

/** Whether the token is the keyword `word` (any case). */
export function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'word' && token.value.toUpperCase() === word;
}

/** An identifier token's name (quoted or bare). */
export function nameOf(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  return token.kind === 'word' || token.kind === 'ident' || token.kind === 'string'
    ? token.value
    : undefined;
}

/**
 * An expression in one canonical spelling: whitespace outside string literals collapsed, no space
 * just inside parentheses, and parentheses that wrap the whole expression removed (TypeORM's SQLite
 * rebuild writes `CHECK ((x > 0))` for a `CHECK (x > 0)`, PostgreSQL states `CHECK ((x > 0))`).
 */
export function normalizeExpression(expression: string): string {
  let text = collapseWhitespace(expression);
  for (;;) {
    const tokens = tokenize(text);
    if (tokens.length !== 1 || tokens[0]!.kind !== 'group') return text;
    text = collapseWhitespace(tokens[0]!.value);
  }
}

/** Collapses whitespace outside string literals and quoted identifiers; trims. */
export function collapseWhitespace(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c in CLOSING) {
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      const previous = out[out.length - 1];
      const next = text[i];
      if (out !== '' && next !== undefined && previous !== '(' && next !== ')') out += ' ';
      continue;
    }
    out += c;
    i++;
  }
  return out.trim();
}

/** The string literals of a list such as `'a','b''c'` (`IN (...)`, `enum(...)`), or undefined if it holds anything else. */
export function stringLiterals(list: string): string[] | undefined {
  const values: string[] = [];
  for (const part of splitTokens(tokenize(list))) {
    if (part.length !== 1 || part[0]!.kind !== 'string') return undefined;
    values.push(part[0]!.value);
  }
  return values;
}
