/**
 * A small items API over node:http and better-sqlite3 for the replay tests. Each instance
 * generates uuids and timestamps of its own (the noise the replay must learn), and `change`
 * plants one behaviour change of the kinds a migration brings.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** A planted behaviour change of the new version. */
export type ItemsChange = 'none' | 'renamed-field' | 'status' | 'sort' | 'dropped-item' | 'default';

interface Row {
  id: string;
  name: string;
  priority: number;
  created_at: string;
}

/** The app on the SQLite file `file`, with `change` planted; `close` closes the database. */
export function itemsApp(
  file: string,
  change: ItemsChange = 'none',
): { app: RequestListener; close: () => void } {
  const db = new Database(file);
  db.exec(
    'CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, name TEXT NOT NULL, priority INTEGER NOT NULL, created_at TEXT NOT NULL)',
  );
  const shape = (row: Row): Record<string, unknown> =>
    change === 'renamed-field'
      ? { id: row.id, title: row.name, priority: row.priority, createdAt: row.created_at }
      : { id: row.id, name: row.name, priority: row.priority, createdAt: row.created_at };
  const send = (res: ServerResponse, status: number, body?: unknown): void => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': randomUUID(),
    });
    res.end(text);
  };
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const url = new URL(req.url ?? '/', 'http://app');
    const body = (raw === '' ? {} : JSON.parse(raw)) as { name?: unknown; priority?: number };
    const id = /^\/items\/([^/]+)$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && url.pathname === '/items') {
      if (typeof body.name !== 'string' || body.name === '') {
        send(res, change === 'status' ? 422 : 400, { error: 'name is required' });
        return;
      }
      const row: Row = {
        id: randomUUID(),
        name: body.name,
        priority: body.priority ?? (change === 'default' ? 0 : 1),
        created_at: new Date().toISOString(),
      };
      db.prepare('INSERT INTO items VALUES (@id, @name, @priority, @created_at)').run(row);
      send(res, 201, shape(row));
    } else if (req.method === 'GET' && url.pathname === '/items') {
      const order = change === 'sort' ? 'name DESC' : 'name ASC';
      let rows = db.prepare(`SELECT * FROM items ORDER BY ${order}, created_at`).all() as Row[];
      if (change === 'dropped-item') rows = rows.slice(0, -1);
      send(res, 200, { count: rows.length, items: rows.map(shape) });
    } else if (id !== undefined && req.method === 'GET') {
      const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id) as Row | undefined;
      if (row) send(res, 200, shape(row));
      else send(res, 404, { error: 'not found' });
    } else if (id !== undefined && req.method === 'PATCH') {
      const result = db
        .prepare('UPDATE items SET priority = ? WHERE id = ?')
        .run(body.priority ?? 1, id);
      if (result.changes === 0) send(res, 404, { error: 'not found' });
      else send(res, 200, shape(db.prepare('SELECT * FROM items WHERE id = ?').get(id) as Row));
    } else if (id !== undefined && req.method === 'DELETE') {
      const result = db.prepare('DELETE FROM items WHERE id = ?').run(id);
      send(res, result.changes === 0 ? 404 : 204);
    } else send(res, 404, { error: 'no route' });
  };
  const app: RequestListener = (req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      try {
        handle(req, res, raw);
      } catch (error) {
        send(res, 500, { error: (error as Error).message });
      }
    });
  };
  return { app, close: () => db.close() };
}
