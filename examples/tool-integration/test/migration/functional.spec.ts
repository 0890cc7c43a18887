import assert from 'node:assert/strict';
import { describeFunctionalMigration, expectSameObjects } from 'verify-migration';
import type { ToolCurator } from '../../src/curator.js';
import { startToolRegistry } from '../../src/service.js';
import { SEED_TOOLS } from '../tools.js';

describeFunctionalMigration<ToolCurator>(
  'tool curator',
  { createService: startToolRegistry },
  (ctx) => {
    beforeEach(async () => {
      for (const tool of SEED_TOOLS) {
        await ctx.oldService.register(tool);
        await ctx.newService.register(tool);
      }
    });

    it('lists the same tools in the same order', async () => {
      const [before, after] = [await ctx.oldService.list(), await ctx.newService.list()];

      // 2.0.0 adds `slug`; every field 1.0.0 had must be unchanged.
      expectSameObjects(before, after, { ignoreExtraKeys: true }, 'list()');
    });

    it('recategorises a tool the same way', async () => {
      const before = await ctx.oldService.recategorize('linter', 'quality');
      const after = await ctx.newService.recategorize('linter', 'quality');

      expectSameObjects(before, after, { ignoreExtraKeys: true }, "recategorize('linter')");
    });

    it('refuses a duplicate name the same way', async () => {
      const refusals = await Promise.all(
        [ctx.oldService, ctx.newService].map((service) =>
          service.register(SEED_TOOLS[0]!).then(
            () => 'accepted',
            (error: Error) => error.message,
          ),
        ),
      );

      assert.equal(refusals[0], refusals[1]);
      assert.match(refusals[0]!, /exists already/);
    });

    it('gives new tools in 2.0.0 a slug derived from the name', async () => {
      const tool = await ctx.newService.register({
        name: 'Feature Flags',
        url: 'https://tools.example/flags',
      });

      assert.equal(tool.slug, 'feature-flags');
    });
  },
);
