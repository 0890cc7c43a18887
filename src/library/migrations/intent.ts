/**
 * Declared intent: a small YAML file (a subset: names and lists) committed beside the migrations, where a team says what a
 * migration means to do. A declared change passes and is shown as declared; an undeclared
 * destructive one fails the gate, and its message shows the line to add here.
 *
 *   # verify-migration.intent.yml
 *   DropLegacyFlag1700000000000:
 *     - drop column users.legacy_flag
 *   RenameMail1700000000001:
 *     - rename column users.mail to email
 */
import { readFile } from 'node:fs/promises';

/** The file name looked for beside the migrations (and in the working directory). */
export const INTENT_FILE_NAME = 'verify-migration.intent.yml';

/** What one intent line declares. */
export type IntentStatement =
  | { kind: 'drop table'; table: string }
  | { kind: 'drop column'; table: string; column: string }
  | { kind: 'rename table'; table: string; to: string }
  | { kind: 'rename column'; table: string; column: string; to: string }
  | { kind: 'move column'; table: string; column: string; to: string }
  | { kind: 'narrow column'; table: string; column: string }
  | { kind: 'change values'; table: string; column: string }
  | { kind: 'delete rows'; table: string }
  | { kind: 'lossy down'; table?: string; column?: string }
  | { kind: 'irreversible' };

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
export class IntentFileError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'IntentFileError';
  constructor(
    /** The intent file. */
    readonly file: string,
    /** 1-based line, when the fault has one. */
    readonly line: number | undefined,
    reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}

const NAME = String.raw`[^\s.]+`;
const STATEMENTS: Array<[RegExp, (m: RegExpExecArray) => IntentStatement]> = [
  [new RegExp(`^drop table (${NAME})$`), (m) => ({ kind: 'drop table', table: m[1] })],
  [
    new RegExp(`^drop column (${NAME})\\.(${NAME})$`),
    (m) => ({ kind: 'drop column', table: m[1], column: m[2] }),
  ],
  [
    new RegExp(`^rename table (${NAME}) to (${NAME})$`),
    (m) => ({ kind: 'rename table', table: m[1], to: m[2] }),
  ],
  [
    new RegExp(`^rename column (${NAME})\\.(${NAME}) to (${NAME})$`),
    (m) => ({ kind: 'rename column', table: m[1], column: m[2], to: m[3] }),
  ],
  [
    new RegExp(`^move column (${NAME})\\.(${NAME}) to (${NAME}\\.${NAME})$`),
    (m) => ({ kind: 'move column', table: m[1], column: m[2], to: m[3] }),
  ],
  [
    new RegExp(`^narrow column (${NAME})\\.(${NAME})$`),
    (m) => ({ kind: 'narrow column', table: m[1], column: m[2] }),
  ],
  [
    new RegExp(`^change values (${NAME})\\.(${NAME})$`),
    (m) => ({ kind: 'change values', table: m[1], column: m[2] }),
  ],
  [new RegExp(`^delete rows (${NAME})$`), (m) => ({ kind: 'delete rows', table: m[1] })],
  [
    new RegExp(`^lossy down(?: (${NAME})(?:\\.(${NAME}))?)?$`),
    (m) => ({ kind: 'lossy down', table: m[1], column: m[2] }),
  ],
  [/^irreversible$/, () => ({ kind: 'irreversible' })],
];

/** The statements an intent line may hold, for error messages. */
export const INTENT_FORMS = [
  'drop table T',
  'drop column T.C',
  'rename table T to U',
  'rename column T.C to D',
  'move column T.C to U.D',
  'narrow column T.C',
  'change values T.C',
  'delete rows T',
  'lossy down [T[.C]]',
  'irreversible',
];

/** Parses one statement, or undefined when it is none of `INTENT_FORMS`. */
export function parseIntentStatement(text: string): IntentStatement | undefined {
  const normal = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, make] of STATEMENTS) {
    const match = pattern.exec(normal);
    if (match) return make(match);
  }
  return undefined;
}

/**
 * Parses an intent file's text: the YAML subset the format needs (a migration name ending in `:`
 * at the start of a line, then its declarations as `  - ...` items; `#` comments and blank lines
 * anywhere), read line by line so that every fault names its line. Throws `IntentFileError`.
 */
export function parseIntent(text: string, file: string): Intent {
  const intent: Intent = { file, migrations: new Map() };
  let current: { name: string; lines: IntentLine[] } | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index].replace(/\s+#.*$|^\s*#.*$/, '');
    if (raw.trim() === '') continue;
    if (/\t/.test(raw.match(/^\s*/)![0]))
      throw new IntentFileError(file, line, 'indent with spaces, not tabs');
    const heading = /^([^\s#:-][^:]*?):\s*$/.exec(raw);
    if (heading) {
      const name = heading[1].trim().replace(/^(['"])(.*)\1$/, '$2');
      if (intent.migrations.has(name))
        throw new IntentFileError(
          file,
          line,
          `${name} is declared twice: put all its lines under one "${name}:"`,
        );
      current = { name, lines: [] };
      intent.migrations.set(name, current.lines);
      continue;
    }
    const item = /^\s+-\s+(.*?)\s*$/.exec(raw);
    if (!item || !current)
      throw new IntentFileError(
        file,
        line,
        current
          ? `expected a declaration item ("  - drop column T.C"), one of: ${INTENT_FORMS.join('; ')}`
          : 'expected a migration name ending in ":" (e.g. "AddUsers1700000000000:"), then its declarations as "  - ..." lines',
      );
    const itemText = item[1].replace(/^(['"])(.*)\1$/, '$2');
    const statement = parseIntentStatement(itemText);
    if (statement === undefined)
      throw new IntentFileError(
        file,
        line,
        `${current.name}: "${itemText}" is not a declaration; use one of: ${INTENT_FORMS.join('; ')}`,
      );
    current.lines.push({ statement, text: itemText.trim(), line });
  }
  for (const [name, declared] of intent.migrations)
    if (declared.length === 0)
      throw new IntentFileError(
        file,
        undefined,
        `${name}: declares nothing (give it "  - ..." lines, or remove it)`,
      );
  return intent;
}

/** Reads an intent file; a file that is not there declares nothing. */
export async function readIntent(file: string): Promise<Intent> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { migrations: new Map() };
    throw new IntentFileError(file, undefined, `cannot be read: ${(error as Error).message}`);
  }
  return parseIntent(text, file);
}
