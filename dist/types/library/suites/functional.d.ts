import { type SuiteScope } from './define.js';
/** Options of `describeFunctionalMigration`. */
export interface FunctionalMigrationOptions<S> {
    /** Makes (and starts) the service of a version. */
    createService: (version: string) => S | Promise<S>;
    /** `each` (default): fresh services for each test; `all`: one pair for the whole suite. */
    scope?: SuiteScope;
}
/** What the body of a `describeFunctionalMigration` suite receives. */
export interface FunctionalMigrationContext<S> {
    /** The old version's service. */
    readonly oldService: S;
    /** The new version's service. */
    readonly newService: S;
    /** `oldVersion()` when the suite was defined. */
    readonly oldVersion: string;
    /** `newVersion()` when the suite was defined. */
    readonly newVersion: string;
}
/**
 * A mocha suite (category `functional_migration`) with `ctx.oldService` and `ctx.newService`
 * (also `this.oldService`/`this.newService`), made by `createService(version)` before each test
 * (or once, with `scope: 'all'`). Afterwards, even when a test fails, each service is released by
 * the first of `Symbol.asyncDispose`, `Symbol.dispose`, `dispose()`, `destroy()`, `close()` it has.
 */
export declare function describeFunctionalMigration<S>(title: string, options: FunctionalMigrationOptions<S>, body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void): Mocha.Suite;
export declare namespace describeFunctionalMigration {
    var only: <S>(title: string, options: FunctionalMigrationOptions<S>, body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void) => Mocha.Suite;
    var skip: <S>(title: string, options: FunctionalMigrationOptions<S>, body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void) => Mocha.Suite | void;
}
