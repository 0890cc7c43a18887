import assert from 'node:assert/strict';
import type { Difference } from 'verify-migration';
import {
  compareObjects,
  describeDatabaseMigration,
  expectSameDatabase,
  verifyInPlaceMigration,
} from 'verify-migration';
import { createCurator } from '../../src/curator.js';
import { entitiesFor, slugOf } from '../../src/entities.js';
import { migrationsFor } from '../../src/migrations/index.js';
import { SEED_TOOLS, seedVersion1 } from '../tools.js';

describeDatabaseMigration(
  'tool registry database',
  { migrations: migrationsFor, entities: entitiesFor },
  (ctx) => {
    it('migrates production data in place (slug backfilled, url renamed) and rolls back exactly', async () => {
      const result = await verifyInPlaceMigration({
        migrations: migrationsFor,
        entities: entitiesFor,
        oldVersion: ctx.oldVersion,
        newVersion: ctx.newVersion,
        seed: seedVersion1,
        forward: { tool: { renamedColumns: { url: 'endpoint_url' }, addedColumns: ['slug'] } },
        // The added column is derived data: check every backfilled slug against the rule.
        async afterMigrate(migrated): Promise<Difference[]> {
          const rows: Array<{ name: string; slug: string }> = await migrated.query(
            'SELECT name, slug FROM tool ORDER BY id',
          );
          return compareObjects(
            rows.map((row) => row.slug),
            rows.map((row) => slugOf(row.name)),
            { rootPath: 'tool.slug' },
          );
        },
      });

      assert.deepEqual(result.applied, ['ToolSlugAndEndpoint1700000000001']);
      assert.deepEqual(result.reverted, ['ToolSlugAndEndpoint1700000000001']);
    });

    it('stores the same tools whether 1.0.0 or 2.0.0 registers them', async () => {
      const oldCurator = createCurator(ctx.oldVersion, ctx.old);
      const newCurator = createCurator(ctx.newVersion, ctx.new);

      for (const tool of SEED_TOOLS) {
        await oldCurator.register(tool);
        await newCurator.register(tool);
      }

      await expectSameDatabase(ctx.old, ctx.new, 'tool', {
        renamedColumns: { url: 'endpoint_url' },
        ignoreColumns: ['slug'],
      });
    });

    it('gives every tool 2.0.0 registers the slug the migration would have given it', async () => {
      await createCurator(ctx.newVersion, ctx.new).register({
        name: 'Code Search',
        url: 'https://tools.example/search',
      });

      const rows: Array<{ slug: string }> = await ctx.new.query('SELECT slug FROM tool');

      assert.deepEqual(rows, [{ slug: 'code-search' }]);
    });
  },
);
