/**
 * `describeFunctionalMigration`: an old and a new instance of the service itself, to drive
 * through the same operations and compare what they do.
 */
import { newVersion, oldVersion } from '../versions.js';
import { CleanupStack, disposeValue } from './resources.js';
import {
  ContextSlots,
  defineMigrationDescribe,
  type MigrationDescribe,
  type SuiteScope,
} from './define.js';

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
export function describeFunctionalMigration<S>(
  title: string,
  options: FunctionalMigrationOptions<S>,
  body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void,
): Mocha.Suite {
  return functionalDescribe<S>()(title, options, body);
}

/** Like `describe.only`. */
describeFunctionalMigration.only = <S>(
  title: string,
  options: FunctionalMigrationOptions<S>,
  body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void,
): Mocha.Suite => functionalDescribe<S>().only(title, options, body);

/** Like `describe.skip`. */
describeFunctionalMigration.skip = <S>(
  title: string,
  options: FunctionalMigrationOptions<S>,
  body: (this: Mocha.Suite, ctx: FunctionalMigrationContext<S>) => void,
): Mocha.Suite | void => functionalDescribe<S>().skip(title, options, body);

// A generic function cannot be a generic const, so the describe is built per call (it is cheap).
function functionalDescribe<S>(): MigrationDescribe<
  FunctionalMigrationOptions<S>,
  FunctionalMigrationContext<S>
> {
  return defineMigrationDescribe<FunctionalMigrationOptions<S>, FunctionalMigrationContext<S>>(
    'describeFunctionalMigration',
    'functional_migration',
    (options, title) => {
      if (typeof options?.createService !== 'function') {
        throw new TypeError(
          `describeFunctionalMigration('${title}'): give createService(version).`,
        );
      }
      const scope = options.scope ?? 'each';
      const versions = { old: oldVersion(), new: newVersion() };
      const slots = new ContextSlots<FunctionalMigrationContext<S>>(
        'describeFunctionalMigration',
        scope,
        { oldVersion: versions.old, newVersion: versions.new },
        ['oldService', 'newService'],
      );
      const cleanup = new CleanupStack();
      return {
        ctx: slots.ctx,
        scope,
        async setUp(mochaContext) {
          const services: Partial<Record<'old' | 'new', S>> = {};
          for (const side of ['old', 'new'] as const) {
            const service = await options.createService(versions[side]);
            cleanup.add(`dispose the ${side} service`, () => disposeValue(service));
            services[side] = service;
          }
          slots.fill({ oldService: services.old!, newService: services.new! }, mochaContext);
        },
        async tearDown(mochaContext) {
          slots.clear(mochaContext);
          await cleanup.run();
        },
      };
    },
  );
}
