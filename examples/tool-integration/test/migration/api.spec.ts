import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describeApiMigration, expectSameApiResponse } from 'verify-migration';
import { createToolApi } from '../../src/api.js';
import { startToolRegistry } from '../../src/service.js';
import { SEED_TOOLS } from '../tools.js';

describeApiMigration(
  'tool registry HTTP API',
  {
    // Each version's API on its own database; closing the app drops the database too.
    async createApp(version) {
      const curator = await startToolRegistry(version);
      return { app: createServer(createToolApi(curator)), close: () => curator.close() };
    },
  },
  (ctx) => {
    beforeEach(async () => {
      for (const tool of SEED_TOOLS) {
        assert.equal((await ctx.oldClient.post('/tools', tool)).status, 201);
        assert.equal((await ctx.newClient.post('/tools', tool)).status, 201);
      }
    });

    // 2.0.0 adds `slug` to tools; additions are allowed, anything else that changes is not.
    const additive = { ignoreExtraKeys: true, headers: ['content-type'] };

    it('lists the same tools', async () => {
      const [before, after] = await Promise.all([
        ctx.oldClient.get('/tools'),
        ctx.newClient.get('/tools'),
      ]);

      expectSameApiResponse(before, after, additive, 'GET /tools');
    });

    it('filters by category the same way', async () => {
      const [before, after] = await Promise.all([
        ctx.oldClient.get('/tools', { query: { category: 'developer' } }),
        ctx.newClient.get('/tools', { query: { category: 'developer' } }),
      ]);

      expectSameApiResponse(before, after, additive, 'GET /tools?category=developer');
    });

    it('answers the same to registering, recategorising and deleting', async () => {
      const steps = [
        (client: typeof ctx.oldClient) =>
          client.post('/tools', { name: 'Pager', url: 'https://tools.example/pager' }),
        (client: typeof ctx.oldClient) => client.patch('/tools/Pager', { category: 'operations' }),
        (client: typeof ctx.oldClient) => client.get('/tools/Pager'),
        (client: typeof ctx.oldClient) => client.delete('/tools/linter'),
        (client: typeof ctx.oldClient) => client.get('/tools/linter'),
      ];

      for (const [index, step] of steps.entries()) {
        const before = await step(ctx.oldClient);
        const after = await step(ctx.newClient);
        expectSameApiResponse(before, after, additive, `step ${index + 1}`);
      }
    });

    it('rejects the same bad requests with the same status', async () => {
      const bad = [{ name: '', url: 'https://x.example' }, { name: 'No URL' }, SEED_TOOLS[0]];

      for (const body of bad) {
        const [before, after] = await Promise.all([
          ctx.oldClient.post('/tools', body),
          ctx.newClient.post('/tools', body),
        ]);
        expectSameApiResponse(before, after, additive, `POST /tools ${JSON.stringify(body)}`);
      }
    });

    it('reports its own version on /health, and nothing else differs', async () => {
      const [before, after] = await Promise.all([
        ctx.oldClient.get('/health'),
        ctx.newClient.get('/health'),
      ]);

      expectSameApiResponse(before, after, { ignorePaths: ['version'] }, 'GET /health');
      assert.deepEqual(
        [before.body, after.body],
        [
          { status: 'ok', version: ctx.oldVersion },
          { status: 'ok', version: ctx.newVersion },
        ],
      );
    });
  },
);
