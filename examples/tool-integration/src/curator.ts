/**
 * The curator: the service's business logic over the `tool` table, one implementation per
 * version behind one interface. Version 2.0.0 stores `endpoint_url` and a slug, but presents
 * tools exactly as 1.0.0 did, plus the slug (an additive change).
 */
import type { DataSource, Repository } from 'typeorm';
import { slugOf, ToolV1, ToolV2, type ToolRowV1, type ToolRowV2 } from './entities.js';
import { major } from './versions.js';

/** A tool as the service presents it. `slug` exists from 2.0.0 on. */
export interface Tool {
  name: string;
  url: string;
  category: string;
  slug?: string;
}

/** What a caller may give to register a tool. */
export interface NewTool {
  name: string;
  url: string;
  category?: string;
}

/** A refusal the API turns into a 4xx status. */
export class CuratorError extends Error {
  override name = 'CuratorError';
  constructor(
    message: string,
    /** `invalid` (400), `not_found` (404) or `conflict` (409). */
    readonly reason: 'invalid' | 'not_found' | 'conflict',
  ) {
    super(message);
  }
}

/** The curator's operations, the same in every version. */
export interface ToolCurator extends AsyncDisposable {
  readonly version: string;
  register(tool: NewTool): Promise<Tool>;
  list(): Promise<Tool[]>;
  get(name: string): Promise<Tool>;
  recategorize(name: string, category: string): Promise<Tool>;
  remove(name: string): Promise<void>;
  /** Closes the database connection and runs `onClose` (e.g. drops a throwaway database). */
  close(): Promise<void>;
}

/** A curator of `version` over an initialised DataSource of that version. */
export function createCurator(
  version: string,
  dataSource: DataSource,
  onClose?: () => Promise<void>,
): ToolCurator {
  const store =
    major(version) === 1
      ? storeV1(dataSource.getRepository(ToolV1))
      : storeV2(dataSource.getRepository(ToolV2));
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        await onClose?.();
      }
    })());
  const find = async (name: string): Promise<Tool> => {
    const tool = await store.find(name);
    if (tool === undefined)
      throw new CuratorError(`There is no tool named ${JSON.stringify(name)}.`, 'not_found');
    return tool;
  };
  return {
    version,
    async register(tool) {
      const name = typeof tool?.name === 'string' ? tool.name.trim() : '';
      if (name === '') throw new CuratorError('A tool needs a name.', 'invalid');
      if (typeof tool.url !== 'string' || !/^https?:\/\//.test(tool.url))
        throw new CuratorError('A tool needs an http(s) url.', 'invalid');
      if ((await store.find(name)) !== undefined)
        throw new CuratorError(`A tool named ${JSON.stringify(name)} exists already.`, 'conflict');
      return store.insert({ name, url: tool.url, category: tool.category ?? 'general' });
    },
    list: () => store.list(),
    get: find,
    async recategorize(name, category) {
      if (typeof category !== 'string' || category.trim() === '')
        throw new CuratorError('A category must be a non-empty string.', 'invalid');
      await find(name);
      await store.update(name, category.trim());
      return find(name);
    },
    async remove(name) {
      await find(name);
      await store.remove(name);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** The storage differences between versions, kept in one place. */
interface Store {
  find(name: string): Promise<Tool | undefined>;
  list(): Promise<Tool[]>;
  insert(tool: Required<NewTool>): Promise<Tool>;
  update(name: string, category: string): Promise<void>;
  remove(name: string): Promise<void>;
}

function storeV1(repository: Repository<ToolRowV1>): Store {
  const present = (row: ToolRowV1): Tool => ({
    name: row.name,
    url: row.url,
    category: row.category,
  });
  return {
    find: async (name) => {
      const row = await repository.findOneBy({ name });
      return row === null ? undefined : present(row);
    },
    list: async () => (await repository.find({ order: { name: 'ASC' } })).map(present),
    insert: async (tool) => present(await repository.save(repository.create(tool))),
    update: async (name, category) => void (await repository.update({ name }, { category })),
    remove: async (name) => void (await repository.delete({ name })),
  };
}

function storeV2(repository: Repository<ToolRowV2>): Store {
  const present = (row: ToolRowV2): Tool => ({
    name: row.name,
    url: row.endpointUrl,
    category: row.category,
    slug: row.slug,
  });
  return {
    find: async (name) => {
      const row = await repository.findOneBy({ name });
      return row === null ? undefined : present(row);
    },
    list: async () => (await repository.find({ order: { name: 'ASC' } })).map(present),
    insert: async (tool) =>
      present(
        await repository.save(
          repository.create({
            name: tool.name,
            slug: slugOf(tool.name),
            endpointUrl: tool.url,
            category: tool.category,
          }),
        ),
      ),
    update: async (name, category) => void (await repository.update({ name }, { category })),
    remove: async (name) => void (await repository.delete({ name })),
  };
}
