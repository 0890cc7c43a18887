/**
 * The machinery shared by the three `describe*Migration` functions: a real mocha `describe` (the
 * global one of the mocha that is loading the spec, never an import, so there is exactly one
 * mocha in the process), tagged with its category, with set-up and tear-down hooks around the
 * suite author's body.
 */
import { CATEGORY_PROPERTY } from '../../common/categories.js';
import type { Category } from '../../common/records.js';

/** How often a suite's resources are made: fresh for each test (default), or once for the suite. */
export type SuiteScope = 'each' | 'all';

/** The body of a migration suite: it registers tests (`it`) and hooks, using `ctx` inside them. */
export type SuiteBody<C> = (this: Mocha.Suite, ctx: C) => void;

/** A `describe*Migration` function, with mocha's `.only` and `.skip`. */
export interface MigrationDescribe<O, C> {
  /** Like `describe`: defines the suite, tagged with its category, and returns mocha's `Suite`. */
  (title: string, options: O, body: SuiteBody<C>): Mocha.Suite;
  /** Like `describe.only`. */
  only(title: string, options: O, body: SuiteBody<C>): Mocha.Suite;
  /** Like `describe.skip`: the tests are collected as pending; nothing is set up. */
  skip(title: string, options: O, body: SuiteBody<C>): Mocha.Suite | void;
}

/** What one suite instance does around each test (or around the suite, for scope `all`). */
export interface SuiteLifecycle<C> {
  /** The context handed to the suite body; its resource fields are filled by `setUp`. */
  ctx: C;
  /** Whether `setUp`/`tearDown` run around each test (`each`) or once around the suite (`all`). */
  scope: SuiteScope;
  /** Makes the resources and fills `ctx`; `mochaContext` gets the same fields (`this.old` in a test). */
  setUp(mochaContext: Mocha.Context): Promise<void>;
  /** Releases everything `setUp` made, also after a failed or partial `setUp`. Safe to call twice. */
  tearDown(mochaContext: Mocha.Context): Promise<void>;
}

type DescribeFn = (title: string, fn: (this: Mocha.Suite) => void) => Mocha.Suite | void;

/** Builds a `describe*Migration` function for one category. */
export function defineMigrationDescribe<O, C>(
  name: string,
  category: Category,
  prepare: (options: O, title: string) => SuiteLifecycle<C>,
): MigrationDescribe<O, C> {
  const make =
    (pick: (describe: Mocha.SuiteFunction) => DescribeFn) =>
    (title: string, options: O, body: SuiteBody<C>): Mocha.Suite => {
      const globals = mochaGlobals(name);
      // Options are checked now, while the spec loads, so a mistake is a load error with a clear message.
      const lifecycle = prepare(options, title);
      const suite = pick(globals.describe)(title, function (this: Mocha.Suite) {
        (this as unknown as Record<string, unknown>)[CATEGORY_PROPERTY] = category;
        const [setUpHook, tearDownHook] =
          lifecycle.scope === 'all'
            ? [globals.before, globals.after]
            : [globals.beforeEach, globals.afterEach];
        // Registered before the body, so the body's own beforeEach hooks already see ctx filled.
        setUpHook(`${name}: set up`, async function (this: Mocha.Context) {
          try {
            await lifecycle.setUp(this);
          } catch (error) {
            // Mocha does not always run after-hooks when a before-hook fails: release here what was made.
            await lifecycle.tearDown(this).catch(() => undefined);
            throw error;
          }
        });
        body.call(this, lifecycle.ctx);
        // Registered after the body, so the body's own afterEach hooks run first, while ctx is still usable.
        tearDownHook(`${name}: tear down`, async function (this: Mocha.Context) {
          await lifecycle.tearDown(this);
        });
      });
      // describe.skip returns nothing in some mocha versions; the category is set inside anyway.
      return suite as Mocha.Suite;
    };
  const fn = make((describe) => describe) as MigrationDescribe<O, C>;
  fn.only = make((describe) => describe.only);
  fn.skip = make((describe) => describe.skip);
  return fn;
}

interface MochaGlobals {
  describe: Mocha.SuiteFunction;
  before: Mocha.HookFunction;
  after: Mocha.HookFunction;
  beforeEach: Mocha.HookFunction;
  afterEach: Mocha.HookFunction;
}

function mochaGlobals(name: string): MochaGlobals {
  const scope = globalThis as unknown as Partial<MochaGlobals>;
  const { describe, before, after, beforeEach, afterEach } = scope;
  if (!describe || !before || !after || !beforeEach || !afterEach) {
    throw new Error(
      `${name} must be called while mocha loads a spec file (mocha's global describe, beforeEach and afterEach are missing; is this file run by mocha with the default "bdd" interface?).`,
    );
  }
  return { describe, before, after, beforeEach, afterEach };
}

/**
 * A context object whose fields are filled by set-up and emptied by tear-down. Reading a field
 * outside a test or hook throws a message that says where it can be used, instead of `undefined`.
 */
export class ContextSlots<T extends object> {
  /** The object handed to the suite body. */
  readonly ctx: T;
  private values: Partial<T> = {};

  constructor(
    suiteName: string,
    scope: SuiteScope,
    fixed: Partial<T>,
    slotNames: ReadonlyArray<keyof T & string>,
  ) {
    const ctx = { ...fixed } as T;
    const when =
      scope === 'each'
        ? 'inside a test or a beforeEach/afterEach hook'
        : 'inside a test or a before/after/beforeEach/afterEach hook';
    for (const slot of slotNames) {
      Object.defineProperty(ctx, slot, {
        enumerable: true,
        get: () => {
          if (!(slot in this.values)) {
            throw new Error(
              `ctx.${slot} is not set here: use it ${when} of the ${suiteName} suite (it is made ${scope === 'each' ? 'fresh before each test' : 'once before the tests'}).`,
            );
          }
          return this.values[slot];
        },
      });
    }
    this.ctx = ctx;
  }

  /** Fills the slots, and copies them onto mocha's `this` so `this.old` works in `function` tests. */
  fill(values: Partial<T>, mochaContext: Mocha.Context): void {
    Object.assign(this.values, values);
    Object.assign(mochaContext, values);
  }

  /** Empties every slot (also on mocha's `this`). */
  clear(mochaContext: Mocha.Context): void {
    for (const key of Object.keys(this.values))
      delete (mochaContext as unknown as Record<string, unknown>)[key];
    this.values = {};
  }
}
