/**
 * `seedDatabase`: fills every table of a schema with generated rows that the schema accepts, the
 * same rows for the same seed on every run. Tables go in foreign-key order, a cycle broken at a
 * nullable foreign key that is filled by an UPDATE at the end; keys and UNIQUE columns take values
 * from sequences that never repeat; the first rows of each table carry the edge values ('' and
 * NULL, 0, the extremes of the type, the longest text, Unicode beyond the BMP). A row that a CHECK
 * refuses is retried with safer values; a table that still cannot be filled is reported, never
 * thrown.
 */
import { performance } from 'node:perf_hooks';
import type {
  ColumnSchema,
  ForeignKey,
  SchemaSnapshot,
  SqlConnection,
  TableSchema,
} from '../schema/types.js';
import { Random } from './random.js';
import { OMIT, columnValues, type Bounds, type ColumnValues, type SeedValue } from './values.js';
import { createWriter, type Writer } from './write.js';

/** What `seedDatabase` takes besides the connection and the schema. */
export interface SeedOptions {
  /** Rows to put in each table (a whole number, 0 or more). */
  rowsPerTable: number;
  /** The seed number: the same number gives the same rows. Default 1. */
  seed?: number;
  /** Rows for particular tables, by table name, instead of `rowsPerTable`. */
  rows?: Record<string, number>;
  /** Told one line per table filled, and every ~100,000 rows of a large table. */
  onProgress?: (message: string) => void;
}

/** What `seedDatabase` did. */
export interface SeedResult {
  /** Every table in fill order, with the rows it was given (fewer than asked when it is also in `skipped`). */
  tables: Array<{ table: string; rows: number }>;
  /**
   * Tables that did not get every row asked for, or a foreign key left NULL, with why (the
   * database's own message where it refused).
   */
  skipped: Array<{ table: string; reason: string }>;
  /** Wall time of the whole seeding. */
  seconds: number;
}

/** Options that cannot be used: names the option, the value and what is allowed. */
export class SeedOptionsError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'SeedOptionsError';
}

/** Rows generated at a time (then split into each engine's statements). */
const BATCH_ROWS = 10_000;
const FIRST_BATCH_ROWS = 1_000;
/** Rows a table may refuse (after the safer retry) before it is given up. */
const MAX_REFUSED_ROWS = 20;
/** After this many refused rows, columns named in a CHECK take their safe value from then on. */
const CAUTIOUS_AFTER_REFUSALS = 5;
const PROGRESS_EVERY = 100_000;
/**
 * Refused rows are found one by one (halving the statement) for the first ISOLATED_REFUSALS of
 * a table; after that, down to SAFER_RANGE rows, which are then tried with safer values at once.
 */
const ISOLATED_REFUSALS = 64;
const SAFER_RANGE = 1024;

/** The identity of a row index: the sequence a key column takes. */
const INDEX = (i: number): number => i;

/** A table given up with why, thrown inside `fillTable` only. */
class TableSkipped extends Error {}

function checkOptions(
  connection: SqlConnection,
  schema: SchemaSnapshot,
  options: SeedOptions,
): void {
  const whole = (value: unknown): boolean =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (!whole(options.rowsPerTable))
    throw new SeedOptionsError(
      `seedDatabase: rowsPerTable must be a whole number, 0 or more; got ${String(options.rowsPerTable)}`,
    );
  if (
    options.seed !== undefined &&
    !(typeof options.seed === 'number' && Number.isSafeInteger(options.seed))
  )
    throw new SeedOptionsError(
      `seedDatabase: seed must be a whole number; got ${String(options.seed)}`,
    );
  const names = new Set(schema.tables.map((table) => table.name));
  for (const [table, rows] of Object.entries(options.rows ?? {})) {
    if (!names.has(table))
      throw new SeedOptionsError(
        `seedDatabase: rows names the table '${table}', which the schema does not have; its tables: ${[...names].join(', ') || '(none)'}`,
      );
    if (!whole(rows))
      throw new SeedOptionsError(
        `seedDatabase: rows['${table}'] must be a whole number, 0 or more; got ${String(rows)}`,
      );
  }
  if (connection.dialect !== schema.dialect)
    throw new SeedOptionsError(
      `seedDatabase: the connection is ${connection.dialect} but the schema was read from ${schema.dialect}`,
    );
}

function fkKey(table: string, fk: ForeignKey): string {
  return `${table}\u0000${fk.name}`;
}

function tupleKey(table: string, columns: string[]): string {
  return `${table}\u0000${columns.join('\u0000')}`;
}

/** Whether the database fills the column itself: identity, serial, auto_increment, or generated. */
function isDatabaseFilled(column: ColumnSchema): boolean {
  return column.generated !== null || /^nextval\(/i.test(column.default ?? '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Order {
  tables: TableSchema[];
  /** FKs filled by an UPDATE at the end (inserted NULL): nullable self-references and cycle breakers. */
  deferred: Set<string>;
  /** Tables that cannot be filled, with why. */
  blocked: Map<string, string>;
}

/** Parents before children; a cycle is broken at a nullable foreign key (filled later by UPDATE). */
function dependencyOrder(schema: SchemaSnapshot): Order {
  const byName = new Map(schema.tables.map((table) => [table.name, table]));
  const deferred = new Set<string>();
  const blocked = new Map<string, string>();
  const nullable = (table: TableSchema, fk: ForeignKey): boolean =>
    fk.columns.every(
      (name) => table.columns.find((column) => column.name === name)?.nullable ?? false,
    );
  for (const table of schema.tables)
    for (const fk of table.foreignKeys)
      if (fk.referencedTable === table.name) {
        if (nullable(table, fk)) deferred.add(fkKey(table.name, fk));
        else
          blocked.set(
            table.name,
            `its foreign key ${fk.name} (${fk.columns.join(', ')}) references the table itself and is NOT NULL: no first row can be inserted`,
          );
      }
  const done = new Set<string>();
  const order: TableSchema[] = [];
  const remaining = [...schema.tables].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const waitsFor = (table: TableSchema): ForeignKey[] =>
    table.foreignKeys.filter(
      (fk) =>
        fk.referencedTable !== table.name &&
        byName.has(fk.referencedTable) &&
        !done.has(fk.referencedTable) &&
        !deferred.has(fkKey(table.name, fk)),
    );
  while (remaining.length > 0) {
    const ready = remaining.findIndex((table) => waitsFor(table).length === 0);
    if (ready !== -1) {
      const [table] = remaining.splice(ready, 1);
      order.push(table!);
      done.add(table!.name);
      continue;
    }
    // A cycle: defer the first nullable foreign key within it, or give up on the first table.
    let broken = false;
    for (const table of remaining) {
      const fk = waitsFor(table).find((candidate) => nullable(table, candidate));
      if (fk !== undefined) {
        deferred.add(fkKey(table.name, fk));
        broken = true;
        break;
      }
    }
    if (!broken) {
      const table = remaining[0]!;
      const names = waitsFor(table).map((fk) => `${fk.name} -> ${fk.referencedTable}`);
      blocked.set(
        table.name,
        `it is in a cycle of NOT NULL foreign keys (${names.join(', ')}): no table of the cycle can take the first row`,
      );
      for (const fk of waitsFor(table)) deferred.add(fkKey(table.name, fk));
    }
  }
  return { tables: order, deferred, blocked };
}

/** The column sets that must not repeat: the primary key, UNIQUE constraints, unique indexes. */
function uniqueSets(table: TableSchema): string[][] {
  const names = new Set(table.columns.map((column) => column.name));
  const sets: string[][] = [];
  const add = (columns: string[]): void => {
    // An expression (`lower(email)`) stands for the columns it names.
    const resolved: string[] = [];
    for (const entry of columns) {
      if (names.has(entry)) resolved.push(entry);
      else
        for (const word of entry.match(/[A-Za-z_][\w$]*/g) ?? [])
          if (names.has(word) && !resolved.includes(word)) resolved.push(word);
    }
    if (resolved.length === 0) return;
    if (
      !sets.some(
        (set) => set.length === resolved.length && set.every((name, i) => name === resolved[i]),
      )
    )
      sets.push(resolved);
  };
  if (table.primaryKey.length > 0) add(table.primaryKey);
  for (const unique of table.uniques) add(unique.columns);
  for (const index of table.indexes) if (index.unique) add(index.columns);
  return sets;
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const NAME = '([a-z_][\\w$]*)';
const BOUND = new RegExp(`^${NAME} (>=|>|<=|<) ${NUMBER}$`);
const REVERSED_BOUND = new RegExp(`^${NUMBER} (>=|>|<=|<) ${NAME}$`);
const MAX_LENGTH = new RegExp(`^(?:length|char_length|character_length) ${NAME} (<=|<) (\\d+)$`);
const NON_EMPTY = new RegExp(`^${NAME} (?:<>|!=) ''$`);
const FLIPPED = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' } as const;

/**
 * What the table's CHECKs say plainly of single columns (`qty >= 0`, `0 < price`,
 * `length(code) <= 3`, `name <> ''`, joined by AND), as the catalogue spells them on each engine
 * (quotes, casts and parentheses removed); and the columns named in any other part, whose values
 * are then kept modest. Lower-case column names.
 */
function readChecks(table: TableSchema): { bounds: Map<string, Bounds>; unread: Set<string> } {
  const bounds = new Map<string, Bounds>();
  const unread = new Set<string>();
  const names = new Set(table.columns.map((column) => column.name.toLowerCase()));
  const boundOf = (name: string): Bounds => {
    let entry = bounds.get(name);
    if (entry === undefined) bounds.set(name, (entry = {}));
    return entry;
  };
  for (const check of table.checks) {
    const text = check.expression
      .toLowerCase()
      .replace(/^\s*check\b/, '')
      .replace(/["`]/g, '')
      .replace(/::(?:character varying|double precision|[a-z_]+)(?:\[\])?/g, '')
      .replace(/'(-?\d+(?:\.\d+)?)'/g, '$1');
    for (const part of text.split(/\band\b/)) {
      const plain = part
        .replace(/[()]/g, ' ')
        .replace(/(<>|!=|>=|<=|<|>)/g, ' $1 ')
        .replace(/\s+/g, ' ')
        .trim();
      let match: RegExpExecArray | null;
      if ((match = MAX_LENGTH.exec(plain)) && names.has(match[1]!)) {
        const limit = Number(match[3]) - (match[2] === '<' ? 1 : 0);
        const entry = boundOf(match[1]!);
        entry.maxLength = Math.min(entry.maxLength ?? limit, limit);
        continue;
      }
      if ((match = NON_EMPTY.exec(plain)) && names.has(match[1]!)) {
        boundOf(match[1]!).nonEmpty = true;
        continue;
      }
      let name: string | undefined;
      let operator: '>=' | '>' | '<=' | '<' | undefined;
      let value: number | undefined;
      if ((match = BOUND.exec(plain))) {
        name = match[1];
        operator = match[2] as typeof operator;
        value = Number(match[3]);
      } else if ((match = REVERSED_BOUND.exec(plain))) {
        name = match[3];
        operator = FLIPPED[match[2] as keyof typeof FLIPPED];
        value = Number(match[1]);
      }
      if (name !== undefined && operator !== undefined && value !== undefined && names.has(name)) {
        const entry = boundOf(name);
        if (operator.startsWith('>')) {
          if (entry.min === undefined || value >= entry.min) {
            entry.min = value;
            entry.minExclusive = operator === '>';
          }
        } else if (entry.max === undefined || value <= entry.max) {
          entry.max = value;
          entry.maxExclusive = operator === '<';
        }
        continue;
      }
      for (const word of plain.match(/[a-z_][\w$]*/g) ?? []) if (names.has(word)) unread.add(word);
    }
  }
  return { bounds, unread };
}

interface SeedState {
  connection: SqlConnection;
  schema: SchemaSnapshot;
  writer: Writer;
  seed: number;
  order: Order;
  /** Parent tuples by table and columns, for the children to pick from. */
  tuples: Map<string, SeedValue[][]>;
  /** Referenced column sets by table (from the foreign keys not filled late). */
  referenced: Map<string, string[][]>;
  /** Tables filled (with their rows), or given up. */
  filled: Map<string, number>;
  progress: (message: string) => void;
}

/** How a foreign key gets its values in one table. */
interface ForeignKeyPlan {
  fk: ForeignKey;
  tuples: SeedValue[][];
  nullable: boolean;
  random: Random;
  /** Parent index from the row index, when the key must not repeat; else a random pick. */
  digit?: (i: number) => number;
  /** The row index past which a one-to-one nullable key is NULL. */
  nullBeyond?: number;
}

/**
 * Fills the database's tables with generated rows that its schema accepts: types and lengths,
 * NULL-ability, defaults, primary and unique keys (composite too), foreign keys in dependency
 * order, enums, JSON, dates and edge values. The same schema and `seed` give the same rows on
 * every run. A table that cannot be filled (or filled only in part) is listed in `skipped` with
 * the database's message; only bad options throw (`SeedOptionsError`). Every table of the
 * snapshot is filled: leave the migration tool's own bookkeeping (TypeORM's `migrations` and
 * `typeorm_metadata`) out of it, or give it `rows: { migrations: 0 }`. Rows already in a table
 * (a migration's reference data) stay, and the seeder's keys step around theirs.
 */
export async function seedDatabase(
  connection: SqlConnection,
  schema: SchemaSnapshot,
  options: SeedOptions,
): Promise<SeedResult> {
  checkOptions(connection, schema, options);
  const started = performance.now();
  const writer = await createWriter(connection);
  const order = dependencyOrder(schema);
  const referenced = new Map<string, string[][]>();
  for (const table of schema.tables)
    for (const fk of table.foreignKeys) {
      if (order.deferred.has(fkKey(table.name, fk))) continue;
      const sets = referenced.get(fk.referencedTable) ?? [];
      if (!sets.some((set) => set.join('\u0000') === fk.referencedColumns.join('\u0000')))
        sets.push(fk.referencedColumns);
      referenced.set(fk.referencedTable, sets);
    }
  const state: SeedState = {
    connection,
    schema,
    writer,
    seed: options.seed ?? 1,
    order,
    tuples: new Map(),
    referenced,
    filled: new Map(),
    progress: options.onProgress ?? (() => undefined),
  };
  const result: SeedResult = { tables: [], skipped: [], seconds: 0 };
  for (const table of order.tables) {
    const wanted = options.rows?.[table.name] ?? options.rowsPerTable;
    const tableStarted = performance.now();
    const outcome = await fillTable(state, table, wanted);
    state.filled.set(table.name, outcome.rows);
    result.tables.push({ table: table.name, rows: outcome.rows });
    if (outcome.reason !== undefined)
      result.skipped.push({ table: table.name, reason: outcome.reason });
    const took = ((performance.now() - tableStarted) / 1000).toFixed(2);
    state.progress(
      `seed: ${table.name}: ${outcome.rows} of ${wanted} rows in ${took} s${outcome.reason === undefined ? '' : ` (${outcome.reason})`}`,
    );
  }
  for (const table of order.tables)
    for (const fk of table.foreignKeys) {
      if (!order.deferred.has(fkKey(table.name, fk)) || order.blocked.has(table.name)) continue;
      const reason = await fillDeferred(state, table, fk);
      if (reason !== undefined) {
        result.skipped.push({ table: table.name, reason });
        state.progress(`seed: ${table.name}: ${reason}`);
      }
    }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Fills a foreign key inserted NULL; returns why not when it could not. */
async function fillDeferred(
  state: SeedState,
  table: TableSchema,
  fk: ForeignKey,
): Promise<string | undefined> {
  if ((state.filled.get(table.name) ?? 0) === 0) return undefined;
  const deferredColumns = new Set(
    table.foreignKeys
      .filter((other) => state.order.deferred.has(fkKey(table.name, other)))
      .flatMap((other) => other.columns),
  );
  const notNull = (names: string[]): boolean =>
    names.every((name) => {
      const column = table.columns.find((candidate) => candidate.name === name);
      return column !== undefined && !column.nullable && !deferredColumns.has(name);
    });
  const key = uniqueSets(table).find(notNull);
  if (key === undefined)
    return `foreign key ${fk.name} (${fk.columns.join(', ')}) left NULL: the table has no NOT NULL key to update its rows by`;
  try {
    const parentRows = await state.writer.countTuples(fk.referencedTable, fk.referencedColumns);
    if (parentRows === 0) return undefined;
    const distinct = uniqueSets(table).some((set) =>
      set.every((name) => fk.columns.includes(name)),
    );
    const transaction = await state.writer.begin();
    try {
      await state.writer.fillForeignKey({
        table: table.name,
        key,
        columns: fk.columns,
        parent: fk.referencedTable,
        referencedColumns: fk.referencedColumns,
        parentRows,
        distinct,
      });
    } finally {
      if (transaction) await state.writer.commit();
    }
    return undefined;
  } catch (error) {
    return `foreign key ${fk.name} (${fk.columns.join(', ')}) left NULL: ${messageOf(error)}`;
  }
}

/** Parent tuples for a foreign key: those recorded while filling, else read from the database. */
async function parentTuples(state: SeedState, fk: ForeignKey): Promise<SeedValue[][]> {
  const recorded = state.tuples.get(tupleKey(fk.referencedTable, fk.referencedColumns));
  if (recorded !== undefined) return recorded;
  return state.writer.readTuples(fk.referencedTable, fk.referencedColumns);
}

async function fillTable(
  state: SeedState,
  table: TableSchema,
  wanted: number,
): Promise<{ rows: number; reason?: string }> {
  const blocked = state.order.blocked.get(table.name);
  if (blocked !== undefined) return { rows: 0, reason: blocked };
  if (wanted === 0) return { rows: 0 };
  const before = await state.writer.count(table.name).catch(() => 0);
  try {
    return await fillTableRows(state, table, wanted);
  } catch (error) {
    // A table given up, or whatever else the database said (a type the seeder cannot write, a
    // lost connection): this table is reported with the rows it did get, and the others still
    // get theirs.
    const after = await state.writer.count(table.name).catch(() => before);
    return { rows: Math.max(0, after - before), reason: messageOf(error) };
  }
}

async function fillTableRows(
  state: SeedState,
  table: TableSchema,
  wanted: number,
): Promise<{ rows: number; reason?: string }> {
  const { writer, seed } = state;
  const dialect = writer.dialect;
  await writer.prepare(table.name);
  const insertColumns = table.columns.filter((column) => !isDatabaseFilled(column));
  const deferredColumns = new Set(
    table.foreignKeys
      .filter((fk) => state.order.deferred.has(fkKey(table.name, fk)))
      .flatMap((fk) => fk.columns),
  );
  const liveFks = table.foreignKeys.filter(
    (fk) => !state.order.deferred.has(fkKey(table.name, fk)),
  );
  // Smaller sets first: a column that must not repeat on its own is settled before the
  // composites that include it.
  const sets = uniqueSets(table).sort((a, b) => a.length - b.length);
  const referencedSets = state.referenced.get(table.name) ?? [];
  const keyColumns = new Set<string>([
    ...sets.flat(),
    ...table.foreignKeys.flatMap((fk) => fk.columns),
    ...referencedSets.flat(),
  ]);
  const checks = readChecks(table);
  const cautiousColumns = new Set(
    insertColumns
      .filter((column) => column.family !== 'enum' && checks.unread.has(column.name.toLowerCase()))
      .map((column) => column.name),
  );
  const values = new Map<string, ColumnValues>();
  for (const column of insertColumns)
    values.set(
      column.name,
      columnValues(
        column,
        {
          dialect,
          seed,
          table: table.name,
          cautious: cautiousColumns.has(column.name),
          bounds: checks.bounds.get(column.name.toLowerCase()),
        },
        keyColumns.has(column.name),
      ),
    );
  const nullRandom = new Map(
    insertColumns.map((column) => [column.name, new Random(seed, table.name, column.name, 'null')]),
  );
  const omittable = new Set(
    insertColumns
      .filter((column) => column.default !== null && !keyColumns.has(column.name))
      .map((column) => column.name),
  );

  // Foreign keys: the parents' tuples.
  const fkPlans: ForeignKeyPlan[] = [];
  const columnFk = new Map<string, { plan: ForeignKeyPlan; position: number }>();
  for (const fk of liveFks) {
    const nullable = fk.columns.every(
      (name) => table.columns.find((column) => column.name === name)?.nullable ?? false,
    );
    const tuples = await parentTuples(state, fk);
    if (tuples.length === 0 && !nullable)
      throw new TableSkipped(
        `its foreign key ${fk.name} (${fk.columns.join(', ')}) references ${fk.referencedTable}, which has no rows`,
      );
    const plan: ForeignKeyPlan = {
      fk,
      tuples,
      nullable,
      random: new Random(seed, table.name, fk.name),
    };
    fkPlans.push(plan);
    fk.columns.forEach((name, position) => {
      if (!columnFk.has(name)) columnFk.set(name, { plan, position });
    });
  }

  // Keys and UNIQUE: each set gets one column (or foreign key) whose values never repeat, or,
  // when none can alone, digits of the row index spread over several (a composite of parents).
  const digits = new Map<string, (i: number) => number>();
  let rows = wanted;
  let capReason: string | undefined;
  const insertable = new Set(insertColumns.map((column) => column.name));
  for (const set of sets) {
    // A column the database fills, or one inserted NULL and set later, keeps the set distinct.
    if (
      set.some(
        (name) => !insertable.has(name) || (deferredColumns.has(name) && !columnFk.has(name)),
      )
    )
      continue;
    if (set.some((name) => digits.get(name) === INDEX)) continue;
    if (
      fkPlans.some(
        (plan) => plan.digit === INDEX && plan.fk.columns.every((name) => set.includes(name)),
      )
    )
      continue;
    // A column that already takes digits for another set may still become the one that never
    // repeats: the other set then stays distinct too.
    const own = set.filter((name) => !columnFk.has(name) && !deferredColumns.has(name));
    const free = own.filter((name) => !digits.has(name));
    const best = own.reduce<string | undefined>(
      (top, name) =>
        top === undefined || values.get(name)!.capacity > values.get(top)!.capacity ? name : top,
      undefined,
    );
    if (best !== undefined && values.get(best)!.capacity >= rows) {
      digits.set(best, INDEX);
      continue;
    }
    const setFks = fkPlans.filter(
      (plan) => plan.digit === undefined && plan.fk.columns.some((name) => set.includes(name)),
    );
    if (setFks.length === 1 && free.length === 0 && setFks[0]!.nullable) {
      // One-to-one and nullable: a parent each while they last, NULL after.
      setFks[0]!.digit = INDEX;
      setFks[0]!.nullBeyond = setFks[0]!.tuples.length;
      continue;
    }
    const members: { base: number; assign: (digit: (i: number) => number) => void }[] = [
      ...setFks.map((plan) => ({
        base: plan.tuples.length,
        assign: (digit: (i: number) => number) => (plan.digit = digit),
      })),
      ...free.map((name) => ({
        base: Math.min(values.get(name)!.capacity, rows),
        assign: (digit: (i: number) => number) => digits.set(name, digit),
      })),
    ].filter((member) => member.base > 0);
    // Nothing left to spread the rows over (every column already set by another key): the
    // database judges, and a refused row is retried under other keys.
    if (members.length === 0) continue;
    let product = 1;
    for (const member of members) {
      const below = product;
      const base = member.base;
      member.assign((i) => Math.floor(i / below) % base);
      product *= base;
    }
    if (product < rows) {
      capReason = `only ${product} distinct values of (${set.join(', ')}) are possible; ${wanted} rows were asked for`;
      rows = product;
    }
  }

  // Row values: what each column does, worked out once, not once per row.
  const plans = insertColumns.map((column) => {
    const name = column.name;
    const fk = columnFk.get(name);
    return {
      column,
      deferred: deferredColumns.has(name) && fk === undefined,
      fk: fk === undefined ? undefined : fkPlans.indexOf(fk.plan),
      fkPosition: fk?.position ?? 0,
      digit: digits.get(name),
      values: values.get(name)!,
      key: keyColumns.has(name),
      cautious: cautiousColumns.has(name),
      omittable: omittable.has(name),
      nulls: nullRandom.get(name)!,
    };
  });
  const rowValues = (i: number): (SeedValue | typeof OMIT)[] => {
    const picks: (SeedValue[] | null)[] = [];
    for (const plan of fkPlans) {
      let tuple: SeedValue[] | null;
      if (plan.digit !== undefined)
        tuple =
          plan.nullBeyond !== undefined && i >= plan.nullBeyond
            ? null
            : (plan.tuples[plan.digit(i)] ?? null);
      else if (plan.tuples.length === 0 || (plan.nullable && (i === 1 || plan.random.chance(0.05))))
        tuple = null;
      else tuple = plan.tuples[plan.random.below(plan.tuples.length)]!;
      picks.push(tuple);
    }
    const omitRow = i % 4 === 3;
    const row: (SeedValue | typeof OMIT)[] = new Array(plans.length);
    for (let position = 0; position < plans.length; position++) {
      const plan = plans[position]!;
      const column = plan.column;
      if (plan.deferred) row[position] = null;
      else if (plan.fk !== undefined) row[position] = picks[plan.fk]?.[plan.fkPosition] ?? null;
      else if (plan.digit !== undefined) row[position] = plan.values.unique(plan.digit(i));
      else if (cautiousNow && plan.cautious && !plan.key) row[position] = saferValue(plan);
      else if (omitRow && plan.omittable) row[position] = OMIT;
      else if (i < plan.values.edges.length) row[position] = plan.values.edges[i]!;
      else if (column.nullable && plan.nulls.chance(0.03)) row[position] = null;
      else row[position] = plan.values.random();
    }
    return row;
  };

  /** A value most CHECKs accept: NULL where allowed, else the default, else the type's safe one. */
  const saferValue = (plan: (typeof plans)[number]): SeedValue | typeof OMIT =>
    plan.column.nullable ? null : plan.column.default !== null ? OMIT : plan.values.safe;
  /**
   * The row with safer values in the columns a CHECK names (level 1; every column that is not a
   * key when no CHECK names one) or in every column that is not a key (level 2). Keys stay, so
   * the row is still distinct and its foreign keys still point at parents; no generator is
   * advanced, so the rows after it do not depend on whether it was refused.
   */
  const saferRow = (row: (SeedValue | typeof OMIT)[], level: 1 | 2): (SeedValue | typeof OMIT)[] =>
    row.map((value, position) => {
      const plan = plans[position]!;
      if (plan.key || plan.deferred) return value;
      return level === 2 || cautiousColumns.size === 0 || plan.cautious ? saferValue(plan) : value;
    });

  /**
   * The row with its distinct keys taken from row `index` instead: for a key that rows already in
   * the table (put there by a migration) hold. Undefined when that index is past what the keys can take.
   */
  const rekeyedRow = (
    row: (SeedValue | typeof OMIT)[],
    index: number,
  ): (SeedValue | typeof OMIT)[] | undefined => {
    if (index >= rows * 4 + 1000) return undefined;
    const copy = [...row];
    for (let position = 0; position < plans.length; position++) {
      const plan = plans[position]!;
      if (plan.digit !== undefined) {
        const k = plan.digit(index);
        if (k >= plan.values.capacity) return undefined;
        copy[position] = plan.values.unique(k);
      } else if (plan.fk !== undefined) {
        const fkPlan = fkPlans[plan.fk]!;
        if (fkPlan.digit === undefined) continue;
        const tuple = fkPlan.tuples[fkPlan.digit(index)];
        if (tuple === undefined) return undefined;
        copy[position] = tuple[plan.fkPosition] ?? null;
      }
    }
    return copy;
  };

  // Tuples the children will pick from, recorded as rows go in (or read back at the end).
  const recorded = referencedSets
    .filter((set) =>
      set.every(
        (name) => insertable.has(name) && !omittable.has(name) && !deferredColumns.has(name),
      ),
    )
    .map((set) => ({
      set,
      positions: set.map((name) => insertColumns.findIndex((column) => column.name === name)),
      tuples: [] as SeedValue[][],
    }));

  let inserted = 0;
  /** Rows that went in only with safer values, and rows refused even so. */
  let recovered = 0;
  let lost = 0;
  let lastRefusal = '';
  let cautiousNow = false;
  const record = (row: (SeedValue | typeof OMIT)[]): void => {
    inserted++;
    for (const entry of recorded) {
      const tuple = entry.positions.map((position) => row[position] as SeedValue);
      if (tuple.every((value) => value !== null)) entry.tuples.push(tuple);
    }
  };
  /** Inserts rows that share their omitted columns; bisects a refused statement down to its rows. */
  const insertGroup = async (
    indexes: number[],
    group: (SeedValue | typeof OMIT)[][],
  ): Promise<void> => {
    const first = group[0]!;
    const keep = insertColumns.map((_, position) => first[position] !== OMIT);
    const columns = insertColumns
      .filter((_, position) => keep[position])
      .map((column) => column.name);
    const stripped = keep.every(Boolean)
      ? (group as SeedValue[][])
      : group.map((row) => row.filter((_, position) => keep[position]) as SeedValue[]);
    const attempt = async (from: number, to: number): Promise<void> => {
      try {
        if (columns.length === 0)
          for (let n = from; n < to; n++) await writer.insertDefaults(table.name);
        else
          await writer.insert(
            table.name,
            columns,
            from === 0 && to === stripped.length ? stripped : stripped.slice(from, to),
          );
        for (let n = from; n < to; n++) record(group[n]!);
      } catch (error) {
        if (to - from > (lost + recovered >= ISOLATED_REFUSALS ? SAFER_RANGE : 1)) {
          const middle = from + Math.floor((to - from) / 2);
          await attempt(from, middle);
          await attempt(middle, to);
          return;
        }
        // Once a table has had many refused rows, a short range takes safer values all at once
        // before it is split row by row: where a CHECK refuses half the rows, that is a
        // statement per thousand rows, not two per row.
        if (to - from > 1 && (await insertSafer(group.slice(from, to)))) return;
        if (to - from > 1) {
          const middle = from + Math.floor((to - from) / 2);
          await attempt(from, middle);
          await attempt(middle, to);
          return;
        }
        await retryRow(group[from]!, indexes[from]!, error);
      }
    };
    let from = 0;
    for (const chunk of columns.length === 0 ? [stripped] : writer.chunks(columns, stripped)) {
      await attempt(from, from + chunk.length);
      from += chunk.length;
    }
  };
  /** Inserts the rows with safer values (level 1) in one statement; false when refused. */
  const insertSafer = async (original: (SeedValue | typeof OMIT)[][]): Promise<boolean> => {
    const safer = original.map((row) => saferRow(row, 1));
    const keep = safer[0]!.map((value) => value !== OMIT);
    const columns = insertColumns
      .filter((_, position) => keep[position])
      .map((column) => column.name);
    try {
      if (columns.length === 0) for (const _ of safer) await writer.insertDefaults(table.name);
      else
        await writer.insert(
          table.name,
          columns,
          safer.map((row) => row.filter((_, position) => keep[position]) as SeedValue[]),
        );
    } catch {
      return false;
    }
    for (const row of safer) record(row);
    recovered += safer.length;
    return true;
  };
  const retryRow = async (
    original: (SeedValue | typeof OMIT)[],
    index: number,
    error: unknown,
  ): Promise<void> => {
    let last = error;
    // Safer values, then safer values under other keys (a key already taken by a row the
    // migrations put in), twice.
    const attempts: ((SeedValue | typeof OMIT)[] | undefined)[] = [
      saferRow(original, 1),
      saferRow(original, 2),
      ...[1, 2].map((round) => {
        const rekeyed = rekeyedRow(original, index + rows * round);
        return rekeyed === undefined ? undefined : saferRow(rekeyed, 2);
      }),
    ];
    for (const row of attempts) {
      if (row === undefined) continue;
      const keep = row.map((value) => value !== OMIT);
      const columns = insertColumns
        .filter((_, position) => keep[position])
        .map((column) => column.name);
      try {
        if (columns.length === 0) await writer.insertDefaults(table.name);
        else
          await writer.insert(table.name, columns, [
            row.filter((_, position) => keep[position]) as SeedValue[],
          ]);
        record(row);
        recovered++;
        return;
      } catch (next) {
        last = next;
      }
    }
    lost++;
    lastRefusal = messageOf(last);
    if (lost >= MAX_REFUSED_ROWS && lost > inserted)
      throw new TableSkipped(
        `gave up after ${lost} rows refused even with safer values (${inserted} inserted): ${lastRefusal}`,
      );
  };

  type Groups = Map<string, { indexes: number[]; rows: (SeedValue | typeof OMIT)[][] }>;
  const generate = (start: number, end: number): Groups => {
    // Rows that leave out the same columns (so their defaults apply) go in together.
    const groups: Groups = new Map();
    for (let i = start; i < end; i++) {
      const row = rowValues(i);
      let mask = '';
      if (row.includes(OMIT)) for (const value of row) mask += value === OMIT ? '1' : '0';
      let group = groups.get(mask);
      if (group === undefined) groups.set(mask, (group = { indexes: [], rows: [] }));
      group.indexes.push(i);
      group.rows.push(row);
    }
    return groups;
  };
  let nextProgress = PROGRESS_EVERY;
  const write = async (groups: Groups, end: number): Promise<void> => {
    for (const group of groups.values()) await insertGroup(group.indexes, group.rows);
    if (end >= nextProgress && end < rows) {
      state.progress(`seed: ${table.name}: ${end} of ${rows} rows`);
      nextProgress += PROGRESS_EVERY;
    }
  };
  const transaction = await writer.begin();
  try {
    // The server writes one batch while this thread generates the next. Nothing the write does
    // reaches the generators until the write is over (a refused row is retried without them, and
    // CHECK columns turn cautious only between batches), so the rows are the same on every run
    // however the two interleave.
    // The first two batches are small: what a CHECK refuses there shapes the rest of the table.
    const batchEnd = (start: number): number =>
      Math.min(rows, start + (start < 2 * FIRST_BATCH_ROWS ? FIRST_BATCH_ROWS : BATCH_ROWS));
    let groups = generate(0, batchEnd(0));
    for (let start = 0; start < rows; start = batchEnd(start)) {
      const end = batchEnd(start);
      const writing = write(groups, end);
      // Awaited below; this only keeps a quick refusal from counting as unhandled meanwhile.
      writing.catch(() => undefined);
      // Let the first statement go out before the next batch is made.
      await new Promise((resolve) => setImmediate(resolve));
      const next = end < rows ? generate(end, batchEnd(end)) : new Map();
      await writing;
      cautiousNow = recovered + lost >= CAUTIOUS_AFTER_REFUSALS;
      groups = next;
    }
  } finally {
    if (transaction) await writer.commit();
  }
  for (const entry of recorded) state.tuples.set(tupleKey(table.name, entry.set), entry.tuples);
  const reasons: string[] = [];
  if (capReason !== undefined) reasons.push(capReason);
  if (lost > 0) reasons.push(`${lost} rows refused even with safer values: ${lastRefusal}`);
  return { rows: inserted, ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}) };
}
