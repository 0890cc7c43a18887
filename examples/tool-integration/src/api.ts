/**
 * The registry's HTTP API on node:http (no framework): the same routes in every version; 2.0.0
 * adds `slug` to each tool and `GET /tools/by-slug/:slug`.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { CuratorError, type ToolCurator } from './curator.js';
import { major } from './versions.js';

const STATUS_OF: Record<CuratorError['reason'], number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
};

/** The request listener of the API over `curator` (whose version decides the routes). */
export function createToolApi(curator: ToolCurator): RequestListener {
  return (request, response) => {
    route(curator, request, response).catch((error: unknown) => {
      if (error instanceof CuratorError)
        send(response, STATUS_OF[error.reason], { error: error.message });
      else if (error instanceof SyntaxError)
        send(response, 400, { error: `The body is not JSON: ${error.message}` });
      else send(response, 500, { error: 'Internal error' });
    });
  };
}

async function route(
  curator: ToolCurator,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const method = request.method ?? 'GET';
  if (parts.length === 1 && parts[0] === 'health' && method === 'GET')
    return send(response, 200, { status: 'ok', version: curator.version });
  if (parts[0] !== 'tools')
    return send(response, 404, { error: `No route for ${method} ${url.pathname}` });
  if (parts.length === 1 && method === 'GET') {
    const tools = await curator.list();
    const category = url.searchParams.get('category');
    return send(response, 200, {
      tools: category === null ? tools : tools.filter((tool) => tool.category === category),
    });
  }
  if (parts.length === 1 && method === 'POST')
    return send(response, 201, {
      tool: await curator.register((await readJson(request)) as never),
    });
  if (
    parts.length === 3 &&
    parts[1] === 'by-slug' &&
    method === 'GET' &&
    major(curator.version) >= 2
  ) {
    const tool = (await curator.list()).find((candidate) => candidate.slug === parts[2]);
    return tool
      ? send(response, 200, { tool })
      : send(response, 404, { error: `There is no tool with slug ${JSON.stringify(parts[2])}.` });
  }
  if (parts.length === 2) {
    const name = parts[1]!;
    if (method === 'GET') return send(response, 200, { tool: await curator.get(name) });
    if (method === 'PATCH') {
      const body = (await readJson(request)) as { category?: unknown };
      return send(response, 200, {
        tool: await curator.recategorize(name, body?.category as string),
      });
    }
    if (method === 'DELETE') {
      await curator.remove(name);
      response.writeHead(204).end();
      return;
    }
  }
  send(response, 404, { error: `No route for ${method} ${url.pathname}` });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}
