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
/** Builds a `describe*Migration` function for one category. */
export declare function defineMigrationDescribe<O, C>(name: string, category: Category, prepare: (options: O, title: string) => SuiteLifecycle<C>): MigrationDescribe<O, C>;
/**
 * A context object whose fields are filled by set-up and emptied by tear-down. Reading a field
 * outside a test or hook throws a message that says where it can be used, instead of `undefined`.
 */
export declare class ContextSlots<T extends object> {
    /** The object handed to the suite body. */
    readonly ctx: T;
    private values;
    constructor(suiteName: string, scope: SuiteScope, fixed: Partial<T>, slotNames: ReadonlyArray<keyof T & string>);
    /** Fills the slots, and copies them onto mocha's `this` so `this.old` works in `function` tests. */
    fill(values: Partial<T>, mochaContext: Mocha.Context): void;
    /** Empties every slot (also on mocha's `this`). */
    clear(mochaContext: Mocha.Context): void;
}
