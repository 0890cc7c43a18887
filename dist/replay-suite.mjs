import { createRequire as __vmCreateRequire } from 'node:module';
const require = __vmCreateRequire(import.meta.url);

// src/library/replay/suite-entry.ts
import { pathToFileURL } from "node:url";

// src/common/child-environment.ts
var DATABASE_URL_ENV = "VERIFY_MIGRATION_DATABASE_URL";
var REPLAY_CONFIG_ENV = "VERIFY_MIGRATION_REPLAY_CONFIG";

// src/library/database/throwaway.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/common/secrets.ts
var MASK = "***";
var URL_CREDENTIALS = /((?:\b[a-z][a-z0-9+.-]{0,30}:)?\/\/[^\s:/?#@"'<>`\\]{0,256}:)([^\s"'<>`\\]{0,256})@/gi;
var SECRET_KEY = String.raw`(?:[\w.-]{0,40}(?:password|passwd|pwd|secret|token)|pass)`;
var KEY_EQUALS_VALUE = new RegExp(
  String.raw`\b(${SECRET_KEY}\s*=\s*)("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'|[^\s;&'",)}\]]+)`,
  "gi"
);
var KEY_COLON_QUOTED = new RegExp(
  String.raw`\b(${SECRET_KEY}["']?\s*:\s*)("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}')`,
  "gi"
);
function maskValue(value) {
  const quote2 = value[0] === '"' || value[0] === "'" ? value[0] : "";
  const inner = quote2 ? value.slice(1, -1) : value;
  return inner === "" ? value : `${quote2}${MASK}${quote2}`;
}
function maskCredentials(text2) {
  let masked = text2;
  if (masked.includes("@"))
    masked = masked.replace(
      URL_CREDENTIALS,
      (whole, head, password) => password === "" ? whole : `${head}${MASK}@`
    );
  if (/pass|pwd|secret|token/i.test(masked))
    masked = masked.replace(KEY_EQUALS_VALUE, (_, head, value) => `${head}${maskValue(value)}`).replace(KEY_COLON_QUOTED, (_, head, value) => `${head}${maskValue(value)}`);
  return masked;
}

// src/library/secrets.ts
var SECRET_PARAMS = /^(password|pass|passwd|pwd|secret|sslpassword|token)$/i;
function maskUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return maskCredentials(url);
  }
  const password = passwordOf(url);
  if (parsed.password !== "") parsed.password = MASK;
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) parsed.searchParams.set(key, MASK);
  }
  return redactSecret(parsed.toString(), password);
}
function passwordOf(url) {
  try {
    const password = new URL(url).password;
    return password === "" ? void 0 : decodeURIComponent(password);
  } catch {
    return void 0;
  }
}
function redactSecret(text2, secret) {
  let out = maskCredentials(text2);
  if (secret !== void 0 && secret !== "") {
    for (const form of /* @__PURE__ */ new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(MASK);
    }
  }
  return out;
}

// src/library/database/admin.ts
var DatabaseUrlError = class extends Error {
  constructor(maskedUrl, reason) {
    super(`Cannot use the database URL ${maskedUrl}: ${reason}`);
    this.maskedUrl = maskedUrl;
  }
  maskedUrl;
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "DatabaseUrlError";
};
function parseServerUrl(url) {
  const maskedUrl = maskUrl(url);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(
      maskedUrl,
      "it is not a valid URL (expected e.g. postgres://user@127.0.0.1:5432/postgres)."
    );
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  const kinds = {
    postgres: { kind: "postgres", typeormType: "postgres", port: 5432 },
    postgresql: { kind: "postgres", typeormType: "postgres", port: 5432 },
    mysql: { kind: "mysql", typeormType: "mysql", port: 3306 },
    mariadb: { kind: "mysql", typeormType: "mariadb", port: 3306 }
  };
  const known = kinds[scheme];
  if (known === void 0) {
    throw new DatabaseUrlError(
      maskedUrl,
      `the scheme '${scheme}:' is not supported; use postgres://, postgresql://, mysql:// or mariadb://.`
    );
  }
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  return {
    kind: known.kind,
    typeormType: known.typeormType,
    host: parsed.hostname === "" ? "127.0.0.1" : parsed.hostname.replace(/^\[|\]$/g, ""),
    port: parsed.port === "" ? known.port : Number(parsed.port),
    username: decodeURIComponent(parsed.username) || (known.kind === "postgres" ? "postgres" : "root"),
    password: passwordOf(url),
    database: path === "" ? void 0 : path,
    url,
    maskedUrl
  };
}
async function openAdminConnection(target) {
  try {
    return target.kind === "postgres" ? await openPostgres(target) : await openMysql(target);
  } catch (error) {
    throw new Error(
      `Cannot connect to ${target.maskedUrl}: ${redactSecret(messageOf(error), target.password)}`
    );
  }
}
async function openPostgres(target) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: target.username,
    password: target.password,
    // Without a database in the URL, pg would use the user's name; `postgres` always exists.
    database: target.database ?? "postgres",
    connectionTimeoutMillis: 15e3
  });
  client.on("error", () => void 0);
  await client.connect();
  return {
    async query(sql, params) {
      const result = await client.query(sql, params);
      return result.rows;
    },
    quote: (name) => `"${name.replace(/"/g, '""')}"`,
    close: () => client.end()
  };
}
async function openMysql(target) {
  const mysql = await import("mysql2/promise");
  const connection = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.username,
    password: target.password ?? "",
    database: target.database,
    connectTimeout: 15e3
  });
  connection.on("error", () => void 0);
  return {
    async query(sql, params) {
      const [rows] = await connection.query(sql, params);
      return Array.isArray(rows) ? rows : [];
    },
    quote: (name) => `\`${name.replace(/`/g, "``")}\``,
    close: () => connection.end()
  };
}
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/library/database/throwaway.ts
var THROWAWAY_NAME_PATTERN = /^vm_tmp_(\d{10})_(\d{1,10})_([0-9a-f]{8})(?:_([a-z0-9]{1,16}))?$/;
var ThrowawayDatabaseError = class extends Error {
  constructor(message, maskedUrl) {
    super(message);
    this.maskedUrl = maskedUrl;
  }
  maskedUrl;
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "ThrowawayDatabaseError";
};
function databaseUrlFromEnv(env = process.env) {
  const value = env[DATABASE_URL_ENV]?.trim();
  return value === void 0 || value === "" ? void 0 : value;
}
function makeThrowawayName(label, now = /* @__PURE__ */ new Date()) {
  const seconds = Math.floor(now.getTime() / 1e3);
  const word = (label ?? "").toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 16);
  const name = `vm_tmp_${seconds}_${process.pid}_${randomBytes(4).toString("hex")}${word === "" ? "" : `_${word}`}`;
  return name;
}
async function createThrowawayDatabase(options = {}) {
  return options.url === void 0 ? createSqlite(options.label) : createOnServer(parseServerUrl(options.url), options.label, options.openAdmin);
}
function createSqlite(label) {
  const folder = join(tmpdir(), makeThrowawayName(label));
  mkdirSync(folder, { mode: 448 });
  const file = join(folder, "db.sqlite");
  const maskedUrl = `sqlite:${file}`;
  const drop = once(async () => {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      throw new ThrowawayDatabaseError(
        `Cannot remove the throwaway SQLite folder ${folder}: ${messageOf(error)}`,
        maskedUrl
      );
    }
  });
  return {
    kind: "sqlite",
    name: file,
    options: { type: "better-sqlite3", database: file },
    maskedUrl,
    drop,
    [Symbol.asyncDispose]: drop
  };
}
async function createOnServer(target, label, openAdmin = openAdminConnection) {
  const name = makeThrowawayName(label);
  await withAdmin(target, `create the throwaway database ${name}`, openAdmin, async (admin) => {
    const charset = target.kind === "mysql" ? " CHARACTER SET utf8mb4" : "";
    await admin.query(`CREATE DATABASE ${admin.quote(name)}${charset}`);
  });
  const drop = once(
    () => withAdmin(
      target,
      `drop the throwaway database ${name}`,
      openAdmin,
      (admin) => dropExactly(admin, target, name, true)
    )
  );
  return {
    kind: target.kind,
    name,
    options: {
      type: target.typeormType,
      host: target.host,
      port: target.port,
      username: target.username,
      password: target.password ?? "",
      database: name
    },
    maskedUrl: target.maskedUrl,
    drop,
    [Symbol.asyncDispose]: drop
  };
}
async function dropExactly(admin, target, name, force) {
  if (!THROWAWAY_NAME_PATTERN.test(name)) {
    throw new Error(`refusing to drop ${name}: it is not a throwaway database name`);
  }
  if (target.kind === "postgres" && force) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      if (error.code !== "42601") throw error;
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${admin.quote(name)}`);
}
async function withAdmin(target, what, openAdmin, body) {
  let admin;
  try {
    admin = await openAdmin(target);
  } catch (error) {
    throw new ThrowawayDatabaseError(`Cannot ${what}: ${messageOf(error)}`, target.maskedUrl);
  }
  try {
    return await body(admin);
  } catch (error) {
    throw new ThrowawayDatabaseError(
      `Cannot ${what} on ${target.maskedUrl}: ${redactSecret(messageOf(error), target.password)}`,
      target.maskedUrl
    );
  } finally {
    await admin.close().catch(() => void 0);
  }
}
function once(fn) {
  let done;
  return () => done ??= fn();
}
async function sweepStaleThrowawayDatabases(url, olderThanSeconds) {
  if (!Number.isFinite(olderThanSeconds) || olderThanSeconds < 0) {
    throw new RangeError(
      `olderThanSeconds must be a number of seconds >= 0, got ${olderThanSeconds}`
    );
  }
  const limit = Math.floor(Date.now() / 1e3) - olderThanSeconds;
  const isStale = (name) => {
    const match = THROWAWAY_NAME_PATTERN.exec(name);
    return match !== null && Number(match[1]) < limit;
  };
  const result = { dropped: [], failed: [] };
  if (url === void 0) {
    for (const name of readdirSync(tmpdir()).filter(isStale)) {
      const folder = join(tmpdir(), name);
      try {
        if (!statSync(folder).isDirectory()) continue;
        rmSync(folder, { recursive: true, force: true });
        result.dropped.push(name);
      } catch (error) {
        result.failed.push({ name, reason: messageOf(error) });
      }
    }
    return result;
  }
  const target = parseServerUrl(url);
  await withAdmin(target, "sweep stale throwaway databases", openAdminConnection, async (admin) => {
    const rows = target.kind === "postgres" ? await admin.query(
      `SELECT datname AS name FROM pg_database WHERE datname LIKE 'vm\\_tmp\\_%'`
    ) : await admin.query(
      `SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE 'vm\\_tmp\\_%'`
    );
    const names = rows.map((row) => String(row.name ?? row.NAME ?? row.SCHEMA_NAME)).filter(isStale);
    for (const name of names) {
      try {
        await dropExactly(admin, target, name, false);
        result.dropped.push(name);
      } catch (error) {
        result.failed.push({ name, reason: redactSecret(messageOf(error), target.password) });
      }
    }
  });
  return result;
}
var STALE_AFTER_ENV = "VERIFY_MIGRATION_STALE_AFTER_SECONDS";
var DEFAULT_STALE_AFTER_SECONDS = 6 * 60 * 60;
function staleAfterSeconds(env = process.env) {
  const text2 = env[STALE_AFTER_ENV]?.trim();
  if (text2 === void 0 || text2 === "") return DEFAULT_STALE_AFTER_SECONDS;
  if (!/^\d+$/.test(text2) || Number(text2) < 1) {
    throw new RangeError(
      `${STALE_AFTER_ENV} must be a whole number of seconds, at least 1 (default ${DEFAULT_STALE_AFTER_SECONDS}); got ${JSON.stringify(text2)}`
    );
  }
  return Number(text2);
}
var sweeps = /* @__PURE__ */ new Map();
function sweepStaleOnce(url, env = process.env) {
  const key = url ?? "sqlite";
  let sweep = sweeps.get(key);
  if (sweep === void 0) {
    const seconds = staleAfterSeconds(env);
    const where = url === void 0 ? "the temporary folder" : parseServerUrl(url).maskedUrl;
    sweep = sweepStaleThrowawayDatabases(url, seconds).then(
      (result) => {
        if (result.dropped.length > 0) {
          console.error(
            `verify-migration: dropped ${result.dropped.length} throwaway database(s) older than ${seconds} s left on ${where} by killed runs: ${result.dropped.join(", ")}`
          );
        }
        for (const { name, reason } of result.failed) {
          console.error(
            `verify-migration: warning: could not drop the stale ${name} on ${where}: ${reason}`
          );
        }
        return result;
      },
      (error) => {
        console.error(
          `verify-migration: warning: could not sweep stale throwaway databases on ${where}: ${messageOf(error)}`
        );
        return void 0;
      }
    );
    sweeps.set(key, sweep);
  }
  return sweep;
}

// src/library/http/client.ts
function createApiClient(baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const request = async (method, path, options = {}) => {
    const url = new URL(path.replace(/^\//, ""), base);
    for (const [key, value] of Object.entries(options.query ?? {}))
      url.searchParams.set(key, String(value));
    const headers = new Headers(options.headers);
    let body;
    if (typeof options.body === "string" || options.body instanceof Uint8Array) {
      body = options.body;
    } else if (options.body !== void 0) {
      body = JSON.stringify(options.body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    if (!headers.has("accept")) headers.set("accept", "application/json");
    const response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 3e4)
    });
    const text2 = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: parseBody(
        text2,
        response.headers.get("content-type"),
        `${method.toUpperCase()} ${url.pathname}${url.search}`
      )
    };
  };
  return {
    baseUrl,
    request,
    get: (path, options) => request("GET", path, options),
    post: (path, body, options) => request("POST", path, { ...options, body }),
    put: (path, body, options) => request("PUT", path, { ...options, body }),
    patch: (path, body, options) => request("PATCH", path, { ...options, body }),
    delete: (path, options) => request("DELETE", path, options)
  };
}
function parseBody(text2, contentType, what) {
  if (text2 === "") return null;
  if (contentType === null || !/[/+]json\b/i.test(contentType)) return text2;
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new Error(
      `${what} answered ${contentType} that is not JSON (${error.message}): ${text2.slice(0, 200)}`
    );
  }
}

// src/library/http/server.ts
import { createServer } from "node:http";
async function startApp(appOrHandle) {
  const handle = isHandle(appOrHandle) ? appOrHandle : { app: appOrHandle };
  const server = await listen(handle.app);
  const address = server.address();
  const host = address.family === "IPv6" ? address.address === "::" ? "127.0.0.1" : `[${address.address}]` : address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
  let closing;
  const close = () => closing ??= (async () => {
    try {
      await closeServer(server);
    } finally {
      if (handle.close) await handle.close();
    }
  })();
  return { baseUrl: `http://${host}:${address.port}`, server, close, [Symbol.asyncDispose]: close };
}
function isHandle(value) {
  return typeof value === "object" && value !== null && "app" in value && !("listen" in value);
}
async function listen(app) {
  if (app instanceof Object && "listening" in app && typeof app.address === "function") {
    const server = app;
    if (server.listening) return server;
    return listenOn(server);
  }
  if (typeof app === "function") return listenOn(createServer(app));
  if (typeof app.callback === "function") {
    return listenOn(createServer(app.callback()));
  }
  if (typeof app.listen === "function") {
    const result = app.listen(0, "127.0.0.1");
    const server = result instanceof Promise ? await result : result;
    if (!(server instanceof Object) || typeof server.address !== "function") {
      throw new TypeError(
        `The app's listen(0, "127.0.0.1") did not return an http.Server; return the server, a request listener or an http.Server from createApp.`
      );
    }
    if (!server.listening)
      await new Promise(
        (resolve, reject) => server.once("listening", resolve).once("error", reject)
      );
    return server;
  }
  throw new TypeError(
    "createApp must return an http.Server, a request listener, an app with listen() or callback(), or { app, close }."
  );
}
function listenOn(server) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
function closeServer(server) {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => error ? reject(error) : resolve());
    server.closeAllConnections();
  });
}

// src/library/assert.ts
import { AssertionError } from "node:assert";

// src/library/baseline.ts
import { readFileSync } from "node:fs";

// src/common/json-safe.ts
function jsonSafe(value, seen = /* @__PURE__ */ new WeakSet()) {
  if (value === void 0 || value === null) return value;
  switch (typeof value) {
    case "bigint":
      return `${value}n`;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "function":
    case "symbol":
      return String(value);
    case "object":
      break;
    default:
      return value;
  }
  const object = value;
  if (object instanceof Date)
    return Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString();
  if (seen.has(object)) return "[Circular]";
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => jsonSafe(item, seen) ?? null);
    if (ArrayBuffer.isView(object))
      return Array.from(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
    const copy = {};
    for (const [key, item] of Object.entries(object)) {
      const safe = jsonSafe(item, seen);
      if (safe !== void 0) copy[key] = safe;
    }
    return copy;
  } finally {
    seen.delete(object);
  }
}

// src/common/baseline.ts
var BASELINE_VERSION = 1;
var BASELINE_ENV = "VERIFY_MIGRATION_BASELINE";
var KINDS = ["missing", "extra", "changed", "type"];
var ENTRY_FIELDS = ["test", "path", "kind", "old", "new", "reason"];
var BaselineSyntaxError = class extends Error {
  constructor(line, reason) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
  line;
  reason;
  name = "BaselineSyntaxError";
};
var JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LineJsonReader = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  position = 0;
  line = 1;
  /** The line each parsed object starts on. */
  objectLines = /* @__PURE__ */ new Map();
  /** The line each key of each parsed object is on. */
  keyLines = /* @__PURE__ */ new Map();
  read() {
    const value = this.value();
    this.space();
    if (this.position < this.text.length) this.fail(`unexpected ${this.shown()} after the end`);
    return value;
  }
  fail(reason, line = this.line) {
    throw new BaselineSyntaxError(line, reason);
  }
  shown() {
    return this.position >= this.text.length ? "end of file" : JSON.stringify(this.text.slice(this.position, this.position + 12));
  }
  space() {
    for (; this.position < this.text.length; this.position++) {
      const char = this.text[this.position];
      if (char === "\n") this.line++;
      else if (char !== " " && char !== "	" && char !== "\r") return;
    }
  }
  value() {
    this.space();
    const char = this.text[this.position];
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"') return this.string();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    JSON_NUMBER.lastIndex = this.position;
    const match = JSON_NUMBER.exec(this.text);
    if (match) {
      this.position += match[0].length;
      return Number(match[0]);
    }
    return this.fail(`expected a JSON value, found ${this.shown()}`);
  }
  string() {
    const start = this.position;
    let escaped = false;
    for (this.position++; this.position < this.text.length; this.position++) {
      const code = this.text.charCodeAt(this.position);
      if (code === 92) {
        escaped = true;
        this.position++;
      } else if (code === 34) break;
      else if (code === 10) this.fail("a string is not closed on its line");
      else if (code < 32) this.fail("a string holds a control character: write it as an escape");
    }
    if (this.position >= this.text.length) this.fail("a string is not closed");
    this.position++;
    if (!escaped) return this.text.slice(start + 1, this.position - 1);
    try {
      return JSON.parse(this.text.slice(start, this.position));
    } catch (error) {
      return this.fail(`a string is not valid JSON (${error.message})`);
    }
  }
  object() {
    const object = {};
    const keys = /* @__PURE__ */ new Map();
    this.objectLines.set(object, this.line);
    this.keyLines.set(object, keys);
    this.position++;
    this.space();
    if (this.text[this.position] === "}") {
      this.position++;
      return object;
    }
    for (; ; ) {
      this.space();
      if (this.text[this.position] !== '"')
        this.fail(`expected a quoted field name, found ${this.shown()}`);
      const keyLine = this.line;
      const key = this.string();
      if (keys.has(key)) this.fail(`the field "${key}" is given twice`, keyLine);
      keys.set(key, keyLine);
      this.space();
      if (this.text[this.position] !== ":") this.fail(`expected ":" after "${key}"`);
      this.position++;
      object[key] = this.value();
      this.space();
      const next = this.text[this.position++];
      if (next === "}") return object;
      if (next !== ",") {
        this.position--;
        this.fail(`expected "," or "}" in an object, found ${this.shown()}`);
      }
    }
  }
  array() {
    const array = [];
    this.position++;
    this.space();
    if (this.text[this.position] === "]") {
      this.position++;
      return array;
    }
    for (; ; ) {
      array.push(this.value());
      this.space();
      const next = this.text[this.position++];
      if (next === "]") return array;
      if (next !== ",") {
        this.position--;
        this.fail(`expected "," or "]" in a list, found ${this.shown()}`);
      }
    }
  }
};
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function canonicalJson(value) {
  if (typeof value === "string" || typeof value === "boolean" || value === null)
    return JSON.stringify(value);
  const sorted = (item) => {
    if (Array.isArray(item)) return item.map(sorted);
    if (isPlainObject(item))
      return Object.fromEntries(
        Object.keys(item).sort().map((key) => [key, sorted(item[key])])
      );
    return item;
  };
  return JSON.stringify(sorted(jsonSafe(value))) ?? "undefined";
}
function entryKey(entry) {
  return JSON.stringify([
    entry.test,
    entry.path,
    entry.kind,
    "old" in entry ? canonicalJson(entry.old) : null,
    "new" in entry ? canonicalJson(entry.new) : null
  ]);
}
function parseBaseline(text2) {
  const reader = new LineJsonReader(text2);
  const root = reader.read();
  if (!isPlainObject(root))
    throw new BaselineSyntaxError(
      1,
      'the file must hold one JSON object: { "version": 1, "accepted": [ ... ] }'
    );
  const rootLine = reader.objectLines.get(root) ?? 1;
  const rootKeys = reader.keyLines.get(root) ?? /* @__PURE__ */ new Map();
  for (const [key, line] of rootKeys) {
    if (key !== "version" && key !== "accepted")
      throw new BaselineSyntaxError(line, `unknown field "${key}": use "version" and "accepted"`);
  }
  if (root.version !== BASELINE_VERSION)
    throw new BaselineSyntaxError(
      rootKeys.get("version") ?? rootLine,
      `"version" is ${JSON.stringify(root.version) ?? "missing"}: use ${BASELINE_VERSION}`
    );
  if (!Array.isArray(root.accepted))
    throw new BaselineSyntaxError(
      rootKeys.get("accepted") ?? rootLine,
      '"accepted" must be a list of accepted differences'
    );
  const seen = /* @__PURE__ */ new Map();
  return root.accepted.map((item, index) => {
    const where = `accepted difference ${index + 1}`;
    if (!isPlainObject(item))
      throw new BaselineSyntaxError(
        rootKeys.get("accepted") ?? rootLine,
        `${where} is not an object with "test", "path" and "kind"`
      );
    const line = reader.objectLines.get(item) ?? rootLine;
    const keys = reader.keyLines.get(item) ?? /* @__PURE__ */ new Map();
    const lineOf = (key2) => keys.get(key2) ?? line;
    for (const key2 of keys.keys()) {
      if (!ENTRY_FIELDS.includes(key2))
        throw new BaselineSyntaxError(
          lineOf(key2),
          `${where} has an unknown field "${key2}": use ${ENTRY_FIELDS.map((field) => `"${field}"`).join(", ")}`
        );
    }
    for (const key2 of ["test", "path"]) {
      if (typeof item[key2] !== "string" || key2 === "test" && item[key2] === "")
        throw new BaselineSyntaxError(
          lineOf(key2),
          `${where} needs "${key2}": ${key2 === "test" ? "the test's full title" : "the difference's path"}, a string`
        );
    }
    if (!KINDS.includes(item.kind))
      throw new BaselineSyntaxError(
        lineOf("kind"),
        `${where} has the kind ${JSON.stringify(item.kind) ?? "missing"}: use one of ${KINDS.join(", ")}`
      );
    if (item.reason !== void 0 && typeof item.reason !== "string")
      throw new BaselineSyntaxError(lineOf("reason"), `${where} has a "reason" that is not text`);
    const entry = {
      test: item.test,
      path: item.path,
      kind: item.kind,
      line
    };
    if ("old" in item) entry.old = item.old;
    if ("new" in item) entry.new = item.new;
    if (typeof item.reason === "string") entry.reason = item.reason;
    const key = entryKey(entry);
    const earlier = seen.get(key);
    if (earlier !== void 0)
      throw new BaselineSyntaxError(line, `${where} repeats the entry on line ${earlier}`);
    seen.set(key, line);
    return entry;
  });
}
function isPlainScalar(value) {
  return value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value);
}
function sameValue(a, b) {
  if (isPlainScalar(a) && isPlainScalar(b)) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}
function entryAccepts(entry, test, difference) {
  return entry.test === test && entry.path === difference.path && entry.kind === difference.kind && (!("old" in entry) || sameValue(entry.old, difference.old)) && (!("new" in entry) || sameValue(entry.new, difference.new));
}
function matchDifferences(test, differences, entries) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.test !== test) continue;
    const place = `${entry.kind}\0${entry.path}`;
    const same = byPlace.get(place);
    if (same) same.push(entry);
    else byPlace.set(place, [entry]);
  }
  const split = { accepted: [], fresh: [] };
  for (const difference of differences) {
    const candidates = byPlace.get(`${difference.kind}\0${difference.path}`) ?? [];
    const accepted = candidates.some((entry) => entryAccepts(entry, test, difference));
    (accepted ? split.accepted : split.fresh).push(difference);
  }
  return split;
}
var CHANNEL = /* @__PURE__ */ Symbol.for("verify-migration.baseline");
function baselineChannel() {
  const holder = globalThis;
  return holder[CHANNEL] ??= { accepted: [] };
}

// src/library/baseline.ts
var loaded;
function baselineEntries() {
  const path = process.env[BASELINE_ENV];
  if (!path) return [];
  if (loaded?.path !== path) {
    try {
      loaded = { path, entries: parseBaseline(readFileSync(path, "utf8")) };
    } catch (error) {
      throw new Error(`The baseline ${path} cannot be used: ${error.message}`);
    }
  }
  return loaded.entries;
}
function applyBaseline(differences) {
  const entries = differences.length === 0 ? [] : baselineEntries();
  const test = baselineChannel().test;
  if (entries.length === 0 || test === void 0) return { accepted: [], fresh: [...differences] };
  const split = matchDifferences(test, differences, entries);
  baselineChannel().accepted.push(
    ...split.accepted.map((difference) => jsonSafe(difference))
  );
  return split;
}
function acceptedNote(accepted) {
  if (accepted === 0) return [];
  const count = `${accepted} other difference${accepted === 1 ? " was" : "s were"}`;
  return [`  (${count} accepted by the baseline ${process.env[BASELINE_ENV] ?? ""})`];
}

// src/library/compare/objects.ts
function compareObjects(oldValue, newValue, options = {}) {
  const comparer = new Comparer(options);
  const out = [];
  comparer.walk(oldValue, newValue, out);
  return out;
}
function formatPath(segments, rootPath = "") {
  let path = rootPath;
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
var SCANNED_DEPTH = 32;
var isEnumerableOwn = (value, key) => Object.prototype.propertyIsEnumerable.call(value, key);
function sameKeys(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
var Comparer = class {
  ignorePatterns;
  ignoreKeys;
  tolerance;
  unordered;
  ignoreExtraKeys;
  rootPath;
  /** The path of the value being compared, as segments. */
  path = [];
  /** Pairs being compared further up the stack (a cycle is compared once): the nearest ones... */
  activeOld = [];
  activeNew = [];
  /** ...and those deeper than `SCANNED_DEPTH`. */
  activeDeep = /* @__PURE__ */ new WeakMap();
  constructor(options) {
    this.ignorePatterns = (options.ignorePaths ?? []).map(parsePattern);
    this.ignoreKeys = new Set(options.ignoreKeys ?? []);
    this.tolerance = options.tolerance ?? 0;
    if (!(this.tolerance >= 0))
      throw new RangeError(
        `compareObjects: tolerance must be a number >= 0; got ${String(options.tolerance)}.`
      );
    const unordered = options.unorderedArrays ?? false;
    this.unordered = typeof unordered === "boolean" ? unordered : unordered.map(parsePattern);
    this.ignoreExtraKeys = options.ignoreExtraKeys ?? false;
    this.rootPath = options.rootPath ?? "";
  }
  /** Compares `a` and `b` found at `this.path`; leaves the path as it found it. */
  walk(a, b, out) {
    if (a === b) return;
    if (this.isIgnored()) return;
    const kindA = kindOf(a);
    const kindB = kindOf(b);
    if (kindA !== kindB) {
      out.push(
        this.difference(
          "type",
          a,
          b,
          `type changed from ${typeLabel(a)} (${describeValue(a)}) to ${typeLabel(b)} (${describeValue(b)})`
        )
      );
      return;
    }
    switch (kindA) {
      case "number":
        return this.compareNumbers(a, b, out);
      case "date":
        return this.compareDates(a, b, out);
      case "bytes":
        return this.compareBytes(a, b, out);
      case "regexp":
        return this.compareLeaf(String(a) === String(b), a, b, out);
      case "array":
      case "set":
      case "map":
      case "object": {
        if (!this.enter(a, b)) return;
        try {
          if (kindA === "array") this.compareArrays(a, b, out);
          else if (kindA === "set")
            this.compareUnordered([...a], [...b], out);
          else if (kindA === "map")
            this.compareEntries(
              mapEntries(a),
              mapEntries(b),
              out
            );
          else
            this.compareProperties(a, b, out);
        } finally {
          this.leave();
        }
        return;
      }
      default:
        return this.compareLeaf(false, a, b, out);
    }
  }
  /** Walks into `segment`: `walk` there, then back. */
  walkAt(segment, a, b, out) {
    this.path.push(segment);
    this.walk(a, b, out);
    this.path.pop();
  }
  compareNumbers(a, b, out) {
    if (a === b || Number.isNaN(a) && Number.isNaN(b)) return;
    if (this.tolerance > 0 && Number.isFinite(a) && Number.isFinite(b)) {
      const off = Math.abs(a - b);
      if (off <= this.tolerance) return;
      out.push(
        this.difference(
          "changed",
          a,
          b,
          `${describeValue(a)} changed to ${describeValue(b)} (off by ${off}, tolerance ${this.tolerance})`
        )
      );
      return;
    }
    out.push(
      this.difference("changed", a, b, `${describeValue(a)} changed to ${describeValue(b)}`)
    );
  }
  compareDates(a, b, out) {
    const ta = a.getTime();
    const tb = b.getTime();
    this.compareLeaf(ta === tb || Number.isNaN(ta) && Number.isNaN(tb), a, b, out);
  }
  compareBytes(a, b, out) {
    const bytesA = asBytes(a);
    const bytesB = asBytes(b);
    if (Buffer.compare(bytesA, bytesB) === 0) return;
    let first = 0;
    while (first < bytesA.length && first < bytesB.length && bytesA[first] === bytesB[first])
      first += 1;
    out.push(
      this.difference(
        "changed",
        a,
        b,
        `${describeValue(a)} changed to ${describeValue(b)} (first difference at byte ${first})`
      )
    );
  }
  compareLeaf(equal, a, b, out) {
    if (!equal)
      out.push(
        this.difference("changed", a, b, `${describeValue(a)} changed to ${describeValue(b)}`)
      );
  }
  compareArrays(a, b, out) {
    if (this.isUnordered()) {
      this.compareUnordered(a, b, out);
      return;
    }
    const shared = Math.min(a.length, b.length);
    for (let index = 0; index < shared; index += 1) this.walkAt(index, a[index], b[index], out);
    if (a.length === b.length) return;
    const lengths = `old list has ${a.length} item${a.length === 1 ? "" : "s"}, new has ${b.length}`;
    for (let index = shared; index < a.length; index += 1) {
      this.path.push(index);
      if (!this.isIgnored())
        out.push(
          this.difference(
            "missing",
            a[index],
            void 0,
            `missing in the new list (${lengths}; old item: ${describeValue(a[index])})`
          )
        );
      this.path.pop();
    }
    for (let index = shared; index < b.length; index += 1) {
      this.path.push(index);
      if (!this.isIgnored())
        out.push(
          this.difference(
            "extra",
            void 0,
            b[index],
            `only in the new list (${lengths}; new item: ${describeValue(b[index])})`
          )
        );
      this.path.pop();
    }
  }
  /** Multiset comparison: each old item takes the first unused new item equal to it. */
  compareUnordered(a, b, out) {
    const unusedNew = new Set(b.keys());
    const unmatchedOld = [];
    for (const [index, item] of a.entries()) {
      let match;
      this.path.push(index);
      for (const candidate of unusedNew) {
        const probe = [];
        this.walk(item, b[candidate], probe);
        if (probe.length === 0) {
          match = candidate;
          break;
        }
      }
      this.path.pop();
      if (match === void 0) unmatchedOld.push(index);
      else unusedNew.delete(match);
    }
    for (const index of unmatchedOld) {
      this.path.push(index);
      out.push(
        this.difference(
          "missing",
          a[index],
          void 0,
          `no equal item in the new list, in any position (old item: ${describeValue(a[index])})`
        )
      );
      this.path.pop();
    }
    for (const index of unusedNew) {
      this.path.push(index);
      out.push(
        this.difference(
          "extra",
          void 0,
          b[index],
          `no equal item in the old list, in any position (new item: ${describeValue(b[index])})`
        )
      );
      this.path.pop();
    }
  }
  /**
   * Plain objects, compared in place: the same order and rules as `compareEntries` (old keys
   * first, then keys only on the new side; an `undefined` value is an absent key) without
   * copying each object into a Map.
   */
  compareProperties(a, b, out) {
    const ignoreKeys = this.ignoreKeys.size > 0 ? this.ignoreKeys : void 0;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (sameKeys(keysA, keysB)) {
      let extras = false;
      for (const key of keysA) {
        const value = a[key];
        const other = b[key];
        if (value === void 0) extras ||= other !== void 0;
        else if (ignoreKeys?.has(key)) continue;
        else if (other !== void 0) this.walkAt(key, value, other, out);
        else this.missingKey(key, value, out);
      }
      if (!extras || this.ignoreExtraKeys) return;
      for (const key of keysB) {
        const value = b[key];
        if (a[key] === void 0 && value !== void 0 && !ignoreKeys?.has(key))
          this.extraKey(key, value, out);
      }
      return;
    }
    for (const key of keysA) {
      const value = a[key];
      if (value === void 0 || ignoreKeys?.has(key)) continue;
      const other = isEnumerableOwn(b, key) ? b[key] : void 0;
      if (other !== void 0) {
        this.walkAt(key, value, other, out);
        continue;
      }
      this.missingKey(key, value, out);
    }
    if (this.ignoreExtraKeys) return;
    for (const key of keysB) {
      const value = b[key];
      if (value === void 0 || ignoreKeys?.has(key)) continue;
      if (isEnumerableOwn(a, key) && a[key] !== void 0) continue;
      this.extraKey(key, value, out);
    }
  }
  missingKey(key, value, out) {
    this.path.push(key);
    if (!this.isIgnored())
      out.push(
        this.difference(
          "missing",
          value,
          void 0,
          `missing in the new value (old: ${describeValue(value)})`
        )
      );
    this.path.pop();
  }
  extraKey(key, value, out) {
    this.path.push(key);
    if (!this.isIgnored())
      out.push(
        this.difference(
          "extra",
          void 0,
          value,
          `only in the new value (new: ${describeValue(value)})`
        )
      );
    this.path.pop();
  }
  compareEntries(a, b, out) {
    for (const [key, value] of a) {
      if (this.ignoreKeys.has(key)) continue;
      if (b.has(key)) this.walkAt(key, value, b.get(key), out);
      else this.missingKey(key, value, out);
    }
    if (this.ignoreExtraKeys) return;
    for (const [key, value] of b) {
      if (a.has(key) || this.ignoreKeys.has(key)) continue;
      this.extraKey(key, value, out);
    }
  }
  /** Marks the pair as being compared; false when it already is (a cycle): compare it once. */
  enter(a, b) {
    const depth = this.activeOld.length;
    const scanned = Math.min(depth, SCANNED_DEPTH);
    for (let i = 0; i < scanned; i += 1)
      if (this.activeOld[i] === a && this.activeNew[i] === b) return false;
    if (depth > SCANNED_DEPTH && this.activeDeep.get(a)?.has(b)) return false;
    if (depth >= SCANNED_DEPTH) {
      let partners = this.activeDeep.get(a);
      if (partners === void 0) this.activeDeep.set(a, partners = /* @__PURE__ */ new WeakSet());
      partners.add(b);
    }
    this.activeOld.push(a);
    this.activeNew.push(b);
    return true;
  }
  leave() {
    const a = this.activeOld.pop();
    const b = this.activeNew.pop();
    if (this.activeOld.length >= SCANNED_DEPTH) this.activeDeep.get(a)?.delete(b);
  }
  isIgnored() {
    if (this.ignorePatterns.length === 0) return false;
    return this.ignorePatterns.some((tokens) => matchTokens(this.path, 0, tokens, 0));
  }
  isUnordered() {
    if (typeof this.unordered === "boolean") return this.unordered;
    return this.unordered.some((tokens) => matchTokens(this.path, 0, tokens, 0));
  }
  difference(kind, a, b, sentence) {
    const formatted = formatPath(this.path, this.rootPath);
    const difference = {
      path: formatted,
      kind,
      message: `${formatted === "" ? "(root)" : formatted}: ${sentence}`
    };
    if (kind !== "extra") difference.old = a;
    if (kind !== "missing") difference.new = b;
    return difference;
  }
};
function kindOf(value) {
  if (value === null) return "null";
  const type = typeof value;
  if (type !== "object") return type;
  if (Array.isArray(value)) return "array";
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return "object";
  if (value instanceof Date) return "date";
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return "bytes";
  if (value instanceof Map) return "map";
  if (value instanceof Set) return "set";
  if (value instanceof RegExp) return "regexp";
  return "object";
}
function typeLabel(value) {
  const kind = kindOf(value);
  if (kind === "bytes")
    return Buffer.isBuffer(value) ? "Buffer" : value.constructor.name;
  if (kind === "date") return "Date";
  return kind;
}
function asBytes(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
function mapEntries(value) {
  return new Map([...value].map(([key, item]) => [String(key), item]));
}
var MAX_DESCRIBED = 80;
function describeValue(value) {
  switch (kindOf(value)) {
    case "undefined":
      return "undefined";
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${String(value)}n`;
    case "symbol":
      return String(value);
    case "function":
      return `[Function ${value.name || "anonymous"}]`;
    case "date": {
      const date = value;
      return Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString();
    }
    case "bytes": {
      const bytes = asBytes(value);
      const hex = bytes.subarray(0, 16).toString("hex").replace(/(..)(?!$)/g, "$1 ");
      return `<${typeLabel(value)} ${bytes.length} bytes: ${hex}${bytes.length > 16 ? " ..." : ""}>`;
    }
    case "regexp":
      return String(value);
    default:
      return truncate(safeJson(value));
  }
}
function safeJson(value) {
  try {
    const text2 = JSON.stringify(
      value,
      (_key, item) => typeof item === "bigint" ? `${item}n` : item
    );
    return text2 ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
function truncate(text2) {
  return text2.length <= MAX_DESCRIBED ? text2 : `${text2.slice(0, MAX_DESCRIBED - 3)}...`;
}
function parsePattern(pattern) {
  const tokens = [];
  const re = /\[(\*|\d+|"(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  let match;
  let consumed = 0;
  while (consumed < pattern.length && (match = re.exec(pattern)) !== null) {
    consumed = re.lastIndex;
    const [, bracket, bare] = match;
    if (bracket === "*") tokens.push({ anyIndex: true });
    else if (bracket !== void 0 && bracket.startsWith('"'))
      tokens.push({ key: JSON.parse(bracket) });
    else if (bracket !== void 0) tokens.push({ index: Number(bracket) });
    else if (bare === "**") tokens.push({ anyRun: true });
    else if (bare === "*") tokens.push({ anyOne: true });
    else tokens.push({ key: bare });
  }
  if (consumed !== pattern.length) {
    throw new SyntaxError(
      `Cannot read the path pattern '${pattern}' (expected e.g. items[*].id or **.createdAt).`
    );
  }
  return tokens;
}
function matchTokens(path, at, tokens, index) {
  if (index === tokens.length) return at === path.length;
  const token = tokens[index];
  if ("anyRun" in token) {
    for (let skip = at; skip <= path.length; skip += 1)
      if (matchTokens(path, skip, tokens, index + 1)) return true;
    return false;
  }
  if (at === path.length) return false;
  const segment = path[at];
  const ok = "anyOne" in token || "anyIndex" in token && typeof segment === "number" || "index" in token && segment === token.index || // A numeric key in a pattern (`rows.0`) is accepted for an index too: people write both.
  "key" in token && (segment === token.key || typeof segment === "number" && String(segment) === token.key);
  return ok && matchTokens(path, at + 1, tokens, index + 1);
}

// src/library/compare/db-server-hash.ts
var MAX_SPAN = 2n ** 62n;

// src/library/compare/db-sqlite-attach.ts
var NEW_SCHEMA = "vm_new";
var CONNECTION_PRAGMAS = ["main.cache_size = -2000", `${NEW_SCHEMA}.cache_size = -2000`];
var PARALLEL_MIN_BYTES = 32 * 2 ** 20;
var CHUNK_BYTES = 4 * 2 ** 20;
var WORKER_FILE = new URL(
  import.meta.url.endsWith(".ts") ? "./sqlite-attach-worker.source.mjs" : "./sqlite-attach-worker.js",
  import.meta.url
);

// src/library/assert.ts
var MAX_LISTED_DIFFERENCES = 50;
var DifferencesError = class extends AssertionError {
  /** The differences found (as many as the comparison kept), for the report. */
  differences;
  /** How many differences there are in all: at least `differences.length`. */
  total;
  constructor(differences, context, total = differences.length, notes = []) {
    super({
      message: formatDifferences(differences, context, total, notes),
      operator: "noDifferences"
    });
    this.differences = differences;
    this.total = Math.max(total, differences.length);
  }
};
function formatDifferences(differences, context, total = differences.length, notes = []) {
  const count = Math.max(total, differences.length);
  const kept = count > differences.length ? ` (the first ${differences.length} kept: raise maxDifferences to see more)` : "";
  const headline = `${context ?? "Old and new differ"}: ${count} difference${count === 1 ? "" : "s"}${kept}`;
  const listed = differences.slice(0, MAX_LISTED_DIFFERENCES).map((difference) => `  - ${difference.message}`);
  if (count > listed.length) listed.push(`  ... and ${count - listed.length} more`);
  return [headline, ...notes, ...listed].join("\n");
}

// src/common/traffic.ts
import { readFileSync as readFileSync2 } from "node:fs";
var TrafficError = class extends Error {
  /** The 1-based line at fault, when there is one. */
  line;
  constructor(message, line) {
    super(message);
    this.name = "TrafficError";
    this.line = line;
  }
};
var SECRET_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token"
]);
function loadTraffic(source, options = {}) {
  if (Array.isArray(source)) {
    const given = source;
    return checkHosts(
      given.map(
        (request, index) => normalise(request, index, index + 1, "traffic")
      ),
      options,
      "traffic"
    );
  }
  let text2;
  let format;
  let name;
  if (typeof source === "string") {
    name = source;
    try {
      text2 = readFileSync2(source, "utf8");
    } catch (error) {
      throw new TrafficError(`Cannot read the traffic file ${source}: ${error.message}`);
    }
    format = /\.(jsonl|ndjson)$/i.test(source) ? "jsonl" : "har";
  } else {
    ({ text: text2, format } = source);
    name = source.name ?? `${format} traffic`;
  }
  const requests = format === "har" ? parseHar(text2, name) : parseJsonLines(text2, name);
  return checkHosts(requests, options, name);
}
function parseJsonLines(text2, name) {
  const out = [];
  const lines = text2.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("//")) continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new TrafficError(
        `${name}:${i + 1}: not JSON (${error.message}); each line must be one request object {"method","path","headers","body"}.`,
        i + 1
      );
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new TrafficError(
        `${name}:${i + 1}: a line must be a JSON object {"method","path",...}, not ${Array.isArray(value) ? "an array" : typeof value}.`,
        i + 1
      );
    }
    out.push(normalise(value, out.length, i + 1, name));
  }
  if (out.length === 0) throw new TrafficError(`${name}: holds no request.`);
  return out;
}
var METHOD = /^[A-Za-z]+$/;
function normalise(raw, index, line, name) {
  const where = `${name}:${line}`;
  const method = raw.method;
  if (typeof method !== "string" || !METHOD.test(method))
    throw new TrafficError(
      `${where}: "method" must be an HTTP method such as "GET", got ${JSON.stringify(method)}.`,
      line
    );
  const path = raw.path ?? raw.url;
  if (typeof path !== "string" || path === "")
    throw new TrafficError(
      `${where}: "path" must be a non-empty string such as "/items?limit=5", got ${JSON.stringify(path)}.`,
      line
    );
  const headers = headersOf(raw.headers, where, line);
  let body;
  if (raw.body !== void 0 && raw.body !== null) {
    body = typeof raw.body === "string" ? raw.body : JSON.stringify(raw.body);
    if (typeof raw.body !== "string" && !("content-type" in headers))
      headers["content-type"] = "application/json";
  }
  let response;
  if (raw.response !== void 0) {
    const r = raw.response;
    if (typeof r !== "object" || r === null || typeof r.status !== "number")
      throw new TrafficError(
        `${where}: "response" must be an object with a numeric "status".`,
        line
      );
    response = { status: r.status, headers: headersOf(r.headers, where, line), body: r.body };
  }
  if (raw.group !== void 0 && typeof raw.group !== "string")
    throw new TrafficError(`${where}: "group" must be a string.`, line);
  let time;
  if (raw.time !== void 0) {
    time = typeof raw.time === "string" ? Date.parse(raw.time) : Number.NaN;
    if (!Number.isFinite(time))
      throw new TrafficError(
        `${where}: "time" must be an ISO 8601 date-time such as "2026-12-04T22:52:54.120Z", got ${JSON.stringify(raw.time)}.`,
        line
      );
  }
  return {
    index,
    line,
    method: method.toUpperCase(),
    path,
    headers,
    ...body === void 0 ? {} : { body },
    ...response ? { response } : {},
    ...typeof raw.group === "string" ? { group: raw.group } : {},
    ...time === void 0 ? {} : { time }
  };
}
function headersOf(raw, where, line) {
  const out = {};
  if (raw === void 0 || raw === null) return out;
  const entries = Array.isArray(raw) ? raw.map((h) => [h?.name, h?.value]) : typeof raw === "object" ? Object.entries(raw) : [];
  if (!Array.isArray(raw) && typeof raw !== "object")
    throw new TrafficError(
      `${where}: "headers" must be an object or a list of {name, value}.`,
      line
    );
  for (const [key, value] of entries) {
    if (typeof key !== "string" || typeof value !== "string" && typeof value !== "number")
      throw new TrafficError(
        `${where}: each header needs a string name and a string value, got ${JSON.stringify(key)}.`,
        line
      );
    const lower = key.toLowerCase();
    if (lower.startsWith(":") || HOP_BY_HOP.has(lower)) continue;
    out[lower] = out[lower] === void 0 ? String(value) : `${out[lower]}, ${String(value)}`;
  }
  return out;
}
var HOP_BY_HOP = /* @__PURE__ */ new Set([
  "host",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "accept-encoding",
  "upgrade",
  "te"
]);
function parseHar(text2, name) {
  let har;
  try {
    har = JSON.parse(text2);
  } catch (error) {
    const message = error.message;
    const line = lineAt(text2, jsonErrorOffset(text2));
    throw new TrafficError(
      `${name}${line ? `:${line}` : ""}: not a valid HAR file (${message}).`,
      line
    );
  }
  const entries = har?.log?.entries;
  if (!Array.isArray(entries))
    throw new TrafficError(
      `${name}: not HAR 1.2: "log.entries" must be a list of {request, response} (a JSON Lines file should end in .jsonl).`,
      1
    );
  const requestLines = linesOfKey(text2, '"request"');
  return entries.map((entry, index) => {
    const line = requestLines[index] ?? 1;
    const where = `${name}:${line} (log.entries[${index}])`;
    const request = entry?.request;
    if (typeof request !== "object" || request === null)
      throw new TrafficError(`${where}: an entry needs a "request" object.`, line);
    if (typeof request.url !== "string")
      throw new TrafficError(`${where}: "request.url" must be a string.`, line);
    const postData = request.postData;
    const headers = headersOf(request.headers, where, line);
    if (postData && typeof postData.mimeType === "string" && !("content-type" in headers))
      headers["content-type"] = postData.mimeType;
    const response = entry.response;
    let recorded;
    if (response && typeof response.status === "number" && response.status > 0) {
      const responseHeaders = headersOf(response.headers, where, line);
      const content = response.content;
      let body;
      if (content && typeof content.text === "string" && content.encoding !== "base64") {
        const type = String(content.mimeType ?? responseHeaders["content-type"] ?? "");
        body = content.text;
        if (/[/+]json\b/i.test(type)) {
          try {
            body = JSON.parse(content.text);
          } catch {
            body = content.text;
          }
        }
      }
      recorded = { status: response.status, headers: responseHeaders, body };
    }
    const normalised = normalise(
      {
        method: request.method,
        path: request.url,
        headers,
        ...postData && typeof postData.text === "string" ? { body: postData.text } : {},
        ...entry.startedDateTime === void 0 ? {} : { time: entry.startedDateTime }
      },
      index,
      line,
      name
    );
    return recorded ? { ...normalised, response: recorded } : normalised;
  });
}
function jsonErrorOffset(text2) {
  let i = 0;
  const space = () => {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const value = () => {
    space();
    const c = text2[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text2[i] === close) {
        i++;
        return;
      }
      for (; ; ) {
        if (c === "{") {
          space();
          if (text2[i] !== '"') fail();
          string();
          space();
          if (text2[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (text2[i] === ",") i++;
        else if (text2[i] === close) {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else {
      const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text2.slice(i, i + 64));
      if (!match) fail();
      i += match[0].length;
    }
  };
  const string = () => {
    i++;
    while (i < text2.length && text2[i] !== '"') i += text2[i] === "\\" ? 2 : 1;
    if (i >= text2.length) fail();
    i++;
  };
  try {
    value();
    space();
    return i < text2.length ? i : text2.length;
  } catch (offset) {
    return Math.min(offset, text2.length);
  }
}
function lineAt(text2, position) {
  let line = 1;
  for (let i = 0; i < position && i < text2.length; i++) if (text2.charCodeAt(i) === 10) line++;
  return line;
}
function linesOfKey(text2, key) {
  const out = [];
  let line = 1;
  let from = 0;
  for (; ; ) {
    const at = text2.indexOf(key, from);
    if (at < 0) return out;
    for (let i = from; i < at; i++) if (text2.charCodeAt(i) === 10) line++;
    out.push(line);
    from = at + key.length;
  }
}
function checkHosts(requests, options, name) {
  let origin = options.appOrigin ? new URL(options.appOrigin).origin : void 0;
  for (const request of requests) {
    if (request.path.startsWith("/") && !request.path.startsWith("//")) continue;
    let url;
    try {
      url = new URL(request.path);
    } catch {
      throw new TrafficError(
        `${name}:${request.line}: "${request.path}" is neither a path starting with "/" nor an absolute http(s) URL.`,
        request.line
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new TrafficError(
        `${name}:${request.line}: only http and https requests can be replayed, not ${url.protocol}.`,
        request.line
      );
    origin ??= url.origin;
    if (url.origin !== origin)
      throw new TrafficError(
        `${name}:${request.line}: ${request.method} ${url.origin}${url.pathname} is on another host than the recorded app (${origin}); only the app's own requests are replayed (give appOrigin, or remove it from the recording).`,
        request.line
      );
    request.path = `${url.pathname}${url.search}`;
  }
  return requests;
}

// src/library/replay/replay.ts
var TRANSPORT_HEADERS = /* @__PURE__ */ new Set(["connection", "keep-alive", "transfer-encoding"]);
var BODY_DERIVED_HEADERS = /* @__PURE__ */ new Set(["content-length", "etag"]);
var Replayer = class {
  constructor(baseUrls, options = {}) {
    this.baseUrls = baseUrls;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.clocks = options.clocks ?? {};
  }
  baseUrls;
  noiseByRoute = /* @__PURE__ */ new Map();
  noiseHeaders = /* @__PURE__ */ new Set();
  // For each route and list path, the fields every list the old version returned there was
  // sorted by (either way), each with the requests whose lists it ordered with different values.
  sortKeys = /* @__PURE__ */ new Map();
  // For each instance, the value it holds for a reference value (the recorded one, or old's).
  valueOf = {
    old: /* @__PURE__ */ new Map(),
    "old-twin": /* @__PURE__ */ new Map(),
    new: /* @__PURE__ */ new Map()
  };
  timeoutMs;
  clocks;
  /** Sends `request` to the three instances at once, learns from the answers and compares them. */
  async step(request) {
    const roles = ["old", "old-twin", "new"];
    const now = new Date(request.time ?? Date.now());
    await Promise.all(roles.map((role) => this.clocks[role]?.(now)));
    const answers = await Promise.all(roles.map((role) => this.send(role, request)));
    const responses = { old: answers[0], "old-twin": answers[1], new: answers[2] };
    const route = routeKey(request);
    const reference = request.response ? {
      status: request.response.status,
      headers: request.response.headers,
      body: request.response.body
    } : responses.old;
    this.learnSortKeys(request, route, responses.old.body, "body");
    this.learnSortKeys(request, route, responses["old-twin"].body, "body");
    if (request.response) this.learnSortKeys(request, route, request.response.body, "body");
    const tiesOf = (role) => {
      const ties = new TieAlignment(route, this.sortKeys, (a, b) => this.sameValue(a, b, role));
      return { ties, body: ties.align(responses.old.body, responses[role].body, "body") };
    };
    let [twinTies, newTies] = [tiesOf("old-twin"), tiesOf("new")];
    for (let again = 0; again < REASKS && twinTies.ties.unexplained + newTies.ties.unexplained > 0 && isSafe(request); again++) {
      const more = await Promise.all(
        ["old", "old-twin"].map((role) => this.send(role, request))
      );
      for (const answer of more) this.learnSortKeys(request, route, answer.body, "body");
      [twinTies, newTies] = [tiesOf("old-twin"), tiesOf("new")];
    }
    const twin = { ...responses["old-twin"], body: twinTies.body };
    const twinDiffs = this.compare(responses.old, twin);
    const noisePaths = /* @__PURE__ */ new Set();
    for (const difference of twinDiffs) {
      if (this.corresponds(difference, "old-twin") || twinTies.ties.covers(difference.path))
        continue;
      noisePaths.add(difference.path);
    }
    const writes = request.method !== "GET" && request.method !== "HEAD";
    if (writes) {
      for (const role of roles) {
        if (role === "old" && !request.response) continue;
        this.learnValues(
          reference.body,
          responses[role].body,
          "body",
          role,
          (path, key) => isGeneratedKey(key) && (request.response !== void 0 || this.isNoise(route, path, noisePaths))
        );
      }
    }
    if (request.response) {
      const recorded = request.response.headers;
      for (const name of Object.keys(recorded)) {
        const value = responses.old.headers[name];
        if (value !== void 0 && value !== recorded[name]) noisePaths.add(`headers["${name}"]`);
      }
    }
    for (const role of roles) {
      if (role === "old" && !request.response) continue;
      if (!request.response && !noisePaths.has('headers["set-cookie"]')) continue;
      const given = cookiePairs(reference.headers["set-cookie"]);
      const got = cookiePairs(responses[role].headers["set-cookie"]);
      for (const [name, value] of given) {
        const mine = got.get(name);
        if (mine !== void 0 && mine !== value && !this.valueOf[role].has(keyOf(value)))
          this.valueOf[role].set(keyOf(value), mine);
      }
    }
    for (const path of noisePaths) {
      if (path.startsWith("headers.") || path.startsWith("headers[")) this.noiseHeaders.add(path);
      else {
        let set = this.noiseByRoute.get(route);
        if (!set) this.noiseByRoute.set(route, set = /* @__PURE__ */ new Set());
        set.add(generalise(path));
      }
    }
    const step = { request, differences: [], noise: [], matched: [], responses };
    const aligned = { ...responses.new, body: newTies.body };
    step.noise.push(...newTies.ties.reorders);
    for (const difference of this.compare(responses.old, aligned)) {
      if (newTies.ties.covers(difference.path) || this.isNoise(route, difference.path, noisePaths) || isClockSkew(difference))
        step.noise.push(difference);
      else if (this.corresponds(difference, "new")) step.matched.push(difference);
      else step.differences.push(difference);
    }
    return step;
  }
  /** Whether old's `a` and `role`'s `b` are the same value, or correspond (generated ids). */
  sameValue(a, b, role) {
    return sameScalar(a, b) || this.corresponds({ path: "", kind: "changed", old: a, new: b, message: "" }, role);
  }
  learnSortKeys(request, route, value, path) {
    if (Array.isArray(value)) {
      if (value.length >= 2 && value.every(isPlainObject2)) {
        const key = `${route} ${generalise(path)}`;
        const sorted = sortedFields(value);
        let known = this.sortKeys.get(key);
        if (!known)
          this.sortKeys.set(key, known = new Map([...sorted].map((f) => [f, /* @__PURE__ */ new Set()])));
        for (const [field, ordered] of known) {
          if (!sorted.has(field)) known.delete(field);
          else if (new Set(value.map((item) => item[field])).size >= DISTINCT_TO_ORDER)
            ordered.add(request.index);
        }
      }
      value.forEach((item, i) => this.learnSortKeys(request, route, item, `${path}[${i}]`));
    } else if (isPlainObject2(value))
      for (const [k, v] of Object.entries(value))
        this.learnSortKeys(request, route, v, joinKey(path, k));
  }
  compare(a, b) {
    const out = [];
    if (a.status !== b.status)
      out.push({
        path: "status",
        kind: "changed",
        old: a.status,
        new: b.status,
        message: `status: ${a.status} changed to ${b.status}`
      });
    const bodies = compareObjects(a.body, b.body, { rootPath: "body" });
    const names = /* @__PURE__ */ new Set([...Object.keys(a.headers), ...Object.keys(b.headers)]);
    for (const name of [...names].sort()) {
      if (TRANSPORT_HEADERS.has(name)) continue;
      if (BODY_DERIVED_HEADERS.has(name) && bodies.length > 0) continue;
      const [x, y] = [a.headers[name], b.headers[name]];
      if (x === y) continue;
      const secret = SECRET_HEADERS.has(name);
      const shown = (value) => value === void 0 ? void 0 : secret ? MASK : value;
      const path = `headers["${name}"]`;
      out.push({
        path,
        kind: x === void 0 ? "extra" : y === void 0 ? "missing" : "changed",
        ...x === void 0 ? {} : { old: shown(x) },
        ...y === void 0 ? {} : { new: shown(y) },
        message: x === void 0 ? `${path}: only in new (${describeValue(shown(y))})` : y === void 0 ? `${path}: only in old (${describeValue(shown(x))})` : `${path}: ${describeValue(shown(x))} changed to ${describeValue(shown(y))}`
      });
    }
    out.push(...bodies);
    return out;
  }
  isNoise(route, path, current) {
    if (path.startsWith("headers[")) return current.has(path) || this.noiseHeaders.has(path);
    const general = generalise(path);
    const learned = this.noiseByRoute.get(route);
    for (const noise of [...current].map(generalise).concat(learned ? [...learned] : [])) {
      if (general === noise || general.startsWith(`${noise}.`) || general.startsWith(`${noise}[`))
        return true;
    }
    return false;
  }
  /** Whether old's value and `role`'s value at this difference stand for the same reference value. */
  corresponds(difference, role) {
    if (difference.kind !== "changed" && difference.kind !== "type") return false;
    const oldMap = this.valueOf.old;
    const roleMap = this.valueOf[role];
    for (const [reference, mapped] of roleMap) {
      if (!sameScalar(mapped, difference.new)) continue;
      const oldValue = oldMap.has(reference) ? oldMap.get(reference) : parseKey(reference);
      if (sameScalar(oldValue, difference.old)) return true;
    }
    return false;
  }
  learnValues(reference, actual, path, role, allowed, key = "") {
    if (Array.isArray(reference) && Array.isArray(actual)) {
      const n = Math.min(reference.length, actual.length);
      for (let i = 0; i < n; i++)
        this.learnValues(reference[i], actual[i], `${path}[${i}]`, role, allowed, key);
      return;
    }
    if (isPlainObject2(reference) && isPlainObject2(actual)) {
      for (const [k, value] of Object.entries(reference)) {
        if (k in actual) this.learnValues(value, actual[k], joinKey(path, k), role, allowed, k);
      }
      return;
    }
    if (!isToken(reference) || !isToken(actual) || reference === actual) return;
    const map = this.valueOf[role];
    const referenceKey = keyOf(reference);
    if (map.has(referenceKey) || !allowed(path, key)) return;
    map.set(referenceKey, actual);
  }
  /** The request as `role` must receive it: reference values replaced by that instance's own. */
  translate(role, request) {
    const map = this.valueOf[role];
    if (map.size === 0) return { path: request.path, body: request.body, headers: request.headers };
    const swap = (text2) => {
      const exact = map.get(keyOf(text2)) ?? map.get(keyOf(Number(text2)));
      if (exact !== void 0 && (typeof text2 !== "string" || text2 !== "")) return String(exact);
      let out = text2;
      for (const [reference, value] of map) {
        const raw = parseKey(reference);
        if (typeof raw === "string" && raw.length >= 8 && out.includes(raw))
          out = out.split(raw).join(String(value));
      }
      return out;
    };
    const [pathname, query] = splitOnce(request.path, "?");
    let path = pathname.split("/").map(
      (segment) => segment === "" ? segment : encodeURIComponent(swap(decodeURIComponent(segment)))
    ).join("/");
    if (query !== void 0) {
      const params = new URLSearchParams(query);
      const next = new URLSearchParams();
      for (const [name, value] of params) next.append(name, swap(value));
      path += `?${next.toString()}`;
    }
    let body = request.body;
    if (body !== void 0 && /json/i.test(request.headers["content-type"] ?? "")) {
      try {
        body = JSON.stringify(
          mapTokens(JSON.parse(body), (value) => {
            const mapped = map.get(keyOf(value));
            return mapped === void 0 ? typeof value === "string" ? swap(value) : value : mapped;
          })
        );
      } catch {
      }
    }
    const headers = { ...request.headers };
    if (headers.cookie !== void 0)
      headers.cookie = headers.cookie.split(/;\s*/).map((pair) => {
        const at = pair.indexOf("=");
        if (at < 0) return pair;
        const mapped = map.get(keyOf(pair.slice(at + 1)));
        return mapped === void 0 ? pair : `${pair.slice(0, at)}=${String(mapped)}`;
      }).join("; ");
    if (headers.authorization !== void 0) {
      const [scheme, token] = splitOnce(headers.authorization, " ");
      const mapped = token === void 0 ? void 0 : map.get(keyOf(token));
      if (mapped !== void 0) headers.authorization = `${scheme} ${String(mapped)}`;
    }
    return { path, body, headers };
  }
  async send(role, request) {
    const sent = this.translate(role, request);
    const { path, body } = sent;
    const url = new URL(path, this.baseUrls[role]);
    const response = await fetch(url, {
      method: request.method,
      headers: sent.headers,
      body: request.method === "GET" || request.method === "HEAD" ? void 0 : body,
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs)
    });
    const text2 = await response.text();
    const headers = {};
    for (const [name, value] of response.headers) headers[name] = value;
    let parsed = text2 === "" ? null : text2;
    if (text2 !== "" && /[/+]json\b/i.test(headers["content-type"] ?? "")) {
      try {
        parsed = JSON.parse(text2);
      } catch {
      }
    }
    return { status: response.status, headers, body: parsed };
  }
};
function routeKey(request) {
  const [pathname] = splitOnce(request.path, "?");
  const segments = pathname.split("/").map(
    (segment) => /^\d+$/.test(segment) || segment.length >= 8 && /\d/.test(segment) ? ":id" : segment
  );
  return `${request.method} ${segments.join("/")}`;
}
var TieAlignment = class {
  constructor(route, sortKeys, sameId) {
    this.route = route;
    this.sortKeys = sortKeys;
    this.sameId = sameId;
  }
  route;
  sortKeys;
  sameId;
  /** One noise entry per list lined up: its path and the key its ties are on. */
  reorders = [];
  /** Lists of the same length whose items differ in order, that no candidate key explained. */
  unexplained = 0;
  // Items a page boundary put on this page in one instance and not the other (tied on the key).
  cut = /* @__PURE__ */ new Set();
  /** Whether a difference at `path` lies in an item a page boundary cut differently. */
  covers(path) {
    for (const item of this.cut) if (path === item || path.startsWith(`${item}.`)) return true;
    return false;
  }
  /** `b` with its lists put in `a`'s order where only ties tell them apart. */
  align(a, b, path) {
    if (Array.isArray(a) && Array.isArray(b)) {
      const items = this.alignList(a, b, path) ?? b;
      return items.map((item, i) => this.align(a[i], item, `${path}[${i}]`));
    }
    if (isPlainObject2(a) && isPlainObject2(b))
      return Object.fromEntries(
        Object.entries(b).map(([k, v]) => [k, this.align(a[k], v, joinKey(path, k))])
      );
    return b;
  }
  alignList(a, b, path) {
    if (a.length !== b.length || a.length < 2) return void 0;
    if (!a.every(hasTokenId) || !b.every(hasTokenId)) return void 0;
    if (a.every((item, i) => this.sameId(item.id, b[i].id))) return void 0;
    const known = this.sortKeys.get(`${this.route} ${generalise(path)}`) ?? /* @__PURE__ */ new Map();
    const proven = [...known].some(([, ordered]) => ordered.size >= PROVEN_AFTER);
    const candidates = [...known].filter(([, ordered]) => !proven || ordered.size > 0).map(([field]) => field);
    for (const field of candidates.sort()) {
      const aligned = this.alignOn(field, a, b);
      if (!aligned) continue;
      this.reorders.push({
        path,
        kind: "changed",
        message: a.some((item) => item[field] !== a[0][field]) ? `${path}: the same ${field} values in the same order, items tied on ${field} in another order (the order the old version leaves open)` : `${path}: the same items in another order, all tied on ${field} (the order the old version leaves open)`
      });
      aligned.forEach((item, i) => {
        if (!this.sameId(a[i].id, item.id)) this.cut.add(`${path}[${i}]`);
      });
      return aligned;
    }
    this.unexplained++;
    return void 0;
  }
  alignOn(field, a, b) {
    if (!a.every((item, i) => isToken(item[field]) && sameScalar(item[field], b[i][field])))
      return void 0;
    const out = [];
    for (let start = 0; start < a.length; ) {
      let end = start + 1;
      while (end < a.length && sameScalar(a[end][field], a[start][field])) end++;
      const [groupA, groupB] = [a.slice(start, end), b.slice(start, end)];
      const placed = groupA.map((itemA) => groupB.find((itemB) => this.sameId(itemA.id, itemB.id)));
      const atEnd = start === 0 || end === a.length;
      if (!atEnd && placed.some((item) => item === void 0)) return void 0;
      const rest = groupB.filter((item) => !placed.includes(item));
      out.push(...placed.map((item) => item ?? rest.shift()));
      start = end;
    }
    return out;
  }
};
var REASKS = 3;
var PROVEN_AFTER = 2;
var DISTINCT_TO_ORDER = 3;
function isSafe(request) {
  return request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS";
}
function sortedFields(items) {
  const out = /* @__PURE__ */ new Set();
  for (const field of Object.keys(items[0])) {
    const values = items.map((item) => item[field]);
    if (!values.every(isToken)) continue;
    const same = values.every((v) => typeof v === typeof values[0]);
    if (!same) continue;
    const order = (x, y) => x === y ? 0 : x > y ? 1 : -1;
    const steps = values.slice(1).map((v, i) => order(values[i], v));
    if (steps.every((d) => d >= 0) || steps.every((d) => d <= 0)) out.add(field);
  }
  return out;
}
function hasTokenId(item) {
  return isPlainObject2(item) && isToken(item.id);
}
function cookiePairs(header) {
  const out = /* @__PURE__ */ new Map();
  if (header === void 0) return out;
  for (const match of header.matchAll(/(?:^|,\s*)([^=;,\s]+)=([^;,]*)/g))
    out.set(match[1], match[2]);
  return out;
}
var CLOCK_SKEW_MS = 2e3;
var DATE_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} /;
function isClockSkew(difference) {
  if (difference.kind !== "changed") return false;
  const [a, b] = [difference.old, difference.new];
  if (/^headers\["[^"]*(reset|retry-after|age)"\]$/.test(difference.path) && typeof a === "string" && typeof b === "string" && /^\d+$/.test(a) && /^\d+$/.test(b))
    return Math.abs(Number(a) - Number(b)) <= CLOCK_SKEW_MS / 1e3;
  if (typeof a !== "string" || typeof b !== "string") return false;
  if (!DATE_LIKE.test(a) || !DATE_LIKE.test(b)) return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= CLOCK_SKEW_MS;
}
function generalise(path) {
  return path.replace(/\[\d+\]/g, "[*]");
}
function isGeneratedKey(key) {
  return typeof key === "string" && /^(id|_id|uuid|guid|key|slug|token|accessToken|access_token|sessionId)$/i.test(key);
}
function isToken(value) {
  return typeof value === "string" && value !== "" || typeof value === "number" && Number.isFinite(value);
}
function keyOf(value) {
  return typeof value === "number" ? `n:${value}` : `s:${String(value)}`;
}
function parseKey(key) {
  return key.startsWith("n:") ? Number(key.slice(2)) : key.slice(2);
}
function sameScalar(a, b) {
  return a === b || isToken(a) && isToken(b) && String(a) === String(b) && typeof a === typeof b;
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function joinKey(path, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
function splitOnce(text2, separator) {
  const at = text2.indexOf(separator);
  return at < 0 ? [text2, void 0] : [text2.slice(0, at), text2.slice(at + 1)];
}
function mapTokens(value, fn) {
  if (Array.isArray(value)) return value.map((item) => mapTokens(item, fn));
  if (isPlainObject2(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTokens(v, fn)]));
  return isToken(value) ? fn(value) : value;
}
function describeStep(step, total, showPath = (path) => path) {
  const { request } = step;
  const lines = [
    `${request.method} ${showPath(request.path)} (request ${request.index + 1} of ${total}, line ${request.line}): ${step.differences.length} difference${step.differences.length === 1 ? "" : "s"}`
  ];
  for (const difference of step.differences.slice(0, 50)) lines.push(`  - ${difference.message}`);
  if (step.differences.length > 50) lines.push(`  ... and ${step.differences.length - 50} more`);
  if (step.noise.length > 0)
    lines.push(
      `  noise (the two old instances disagree here too; not a failure): ${[...new Set(step.noise.map((d) => d.path))].join(", ")}`
    );
  if (step.matched.length > 0)
    lines.push(
      `  matched (corresponding generated values): ${[...new Set(step.matched.map((d) => d.path))].join(", ")}`
    );
  return lines.join("\n");
}

// src/library/versions.ts
var DEFAULT_OLD_VERSION = "1.0.0";
var DEFAULT_NEW_VERSION = "2.0.0";
function oldVersion() {
  return fromEnv("OLD_VERSION", DEFAULT_OLD_VERSION);
}
function newVersion() {
  return fromEnv("NEW_VERSION", DEFAULT_NEW_VERSION);
}
function fromEnv(name, fallback) {
  const value = process.env[name]?.trim();
  return value === void 0 || value === "" ? fallback : value;
}

// src/library/suites/resources.ts
var CleanupStack = class {
  steps = [];
  /** Adds a step; `what` names it in the error if it fails. */
  add(what, step) {
    this.steps.push({ what, step });
  }
  /** Runs and forgets every step. */
  async run() {
    const steps = this.steps.reverse();
    this.steps = [];
    const failures = [];
    for (const { what, step } of steps) {
      try {
        await step();
      } catch (error) {
        failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0)
      throw new Error(`Clean-up failed (${failures.length}):
  - ${failures.join("\n  - ")}`);
  }
};

// src/common/categories.ts
var CATEGORY_PROPERTY = "verifyMigrationCategory";

// src/library/suites/define.ts
function defineMigrationDescribe(name, category, prepare) {
  const make = (pick) => (title, options, body) => {
    const globals = mochaGlobals(name);
    const lifecycle = prepare(options, title);
    const suite = pick(globals.describe)(title, function() {
      this[CATEGORY_PROPERTY] = category;
      const [setUpHook, tearDownHook] = lifecycle.scope === "all" ? [globals.before, globals.after] : [globals.beforeEach, globals.afterEach];
      setUpHook(`${name}: set up`, async function() {
        try {
          await lifecycle.setUp(this);
        } catch (error) {
          await lifecycle.tearDown(this).catch(() => void 0);
          throw error;
        }
      });
      body.call(this, lifecycle.ctx);
      tearDownHook(`${name}: tear down`, async function() {
        await lifecycle.tearDown(this);
      });
    });
    return suite;
  };
  const fn = make((describe) => describe);
  fn.only = make((describe) => describe.only);
  fn.skip = make((describe) => describe.skip);
  return fn;
}
function mochaGlobals(name) {
  const scope = globalThis;
  const { describe, before, after, beforeEach, afterEach } = scope;
  if (!describe || !before || !after || !beforeEach || !afterEach) {
    throw new Error(
      `${name} must be called while mocha loads a spec file (mocha's global describe, beforeEach and afterEach are missing; is this file run by mocha with the default "bdd" interface?).`
    );
  }
  return { describe, before, after, beforeEach, afterEach };
}
var ContextSlots = class {
  /** The object handed to the suite body. */
  ctx;
  values = {};
  constructor(suiteName, scope, fixed, slotNames) {
    const ctx = { ...fixed };
    const when = scope === "each" ? "inside a test or a beforeEach/afterEach hook" : "inside a test or a before/after/beforeEach/afterEach hook";
    for (const slot of slotNames) {
      Object.defineProperty(ctx, slot, {
        enumerable: true,
        get: () => {
          if (!(slot in this.values)) {
            throw new Error(
              `ctx.${slot} is not set here: use it ${when} of the ${suiteName} suite (it is made ${scope === "each" ? "fresh before each test" : "once before the tests"}).`
            );
          }
          return this.values[slot];
        }
      });
    }
    this.ctx = ctx;
  }
  /** Fills the slots, and copies them onto mocha's `this` so `this.old` works in `function` tests. */
  fill(values, mochaContext) {
    Object.assign(this.values, values);
    Object.assign(mochaContext, values);
  }
  /** Empties every slot (also on mocha's `this`). */
  clear(mochaContext) {
    for (const key of Object.keys(this.values))
      delete mochaContext[key];
    this.values = {};
  }
};

// src/library/suites/api.ts
var describeApiPair = defineMigrationDescribe("describeApiMigration", "api_migration", (options, title) => {
  if (options.traffic !== void 0) return replayLifecycle(options, title);
  const scope = options.scope ?? "each";
  const versions = { old: oldVersion(), new: newVersion() };
  const given = { old: options.oldBaseUrl, new: options.newBaseUrl };
  for (const side of ["old", "new"]) {
    if (given[side] === void 0 && options.createApp === void 0) {
      throw new TypeError(
        `describeApiMigration('${title}'): give createApp(version) or ${side}BaseUrl.`
      );
    }
  }
  const slots = new ContextSlots(
    "describeApiMigration",
    scope,
    { oldVersion: versions.old, newVersion: versions.new, replayed: [] },
    ["oldClient", "newClient", "oldBaseUrl", "newBaseUrl"]
  );
  const cleanup = new CleanupStack();
  return {
    ctx: slots.ctx,
    scope,
    async setUp(mochaContext) {
      const urls = {};
      for (const side of ["old", "new"]) {
        const url = given[side];
        if (url !== void 0) {
          urls[side] = url;
          continue;
        }
        const started = await startMade(await options.createApp(versions[side]));
        cleanup.add(`close the ${side} app at ${started.baseUrl}`, () => started.close());
        urls[side] = started.baseUrl;
      }
      slots.fill(
        {
          oldClient: createApiClient(urls.old),
          newClient: createApiClient(urls.new),
          oldBaseUrl: urls.old,
          newBaseUrl: urls.new
        },
        mochaContext
      );
    },
    async tearDown(mochaContext) {
      slots.clear(mochaContext);
      await cleanup.run();
    }
  };
});
var REPLAY_STATE = /* @__PURE__ */ Symbol("verify-migration replay state");
function replayLifecycle(options, title) {
  if (options.createApp === void 0)
    throw new TypeError(
      `describeApiMigration('${title}'): traffic needs createApp(version, { role, database }): each of the three instances is started fresh on its own database.`
    );
  if (options.oldBaseUrl !== void 0 || options.newBaseUrl !== void 0)
    throw new TypeError(
      `describeApiMigration('${title}'): traffic cannot be replayed against oldBaseUrl/newBaseUrl (writes need fresh instances); give createApp only.`
    );
  if (options.scope === "each")
    throw new TypeError(
      `describeApiMigration('${title}'): traffic replays one request per test against the same instances, so scope must be 'all' (the default with traffic), not 'each'.`
    );
  const createApp2 = options.createApp;
  const requests = loadTraffic(options.traffic, { appOrigin: options.appOrigin });
  const versions = { old: oldVersion(), new: newVersion() };
  const state = { requests, replayed: [] };
  const slots = new ContextSlots(
    "describeApiMigration",
    "all",
    { oldVersion: versions.old, newVersion: versions.new, replayed: state.replayed },
    ["oldClient", "newClient", "oldBaseUrl", "newBaseUrl"]
  );
  Object.defineProperty(slots.ctx, REPLAY_STATE, { value: state, enumerable: false });
  const cleanup = new CleanupStack();
  return {
    ctx: slots.ctx,
    scope: "all",
    async setUp(mochaContext) {
      const url = options.databaseUrl ?? databaseUrlFromEnv();
      await sweepStaleOnce(url);
      const urls = {};
      const clocks = {};
      const roles = [
        ["old", versions.old],
        ["old-twin", versions.old],
        ["new", versions.new]
      ];
      for (const [role, version] of roles) {
        const database = await createThrowawayDatabase({ url, label: role.replace("-", "") });
        cleanup.add(`drop the ${role} database ${database.name}`, () => database.drop());
        const made = await createApp2(version, { role, database });
        const started = await startMade(made);
        cleanup.add(`close the ${role} app at ${started.baseUrl}`, () => started.close());
        urls[role] = started.baseUrl;
        if (isRunning(made) && made.setClock) clocks[role] = (time) => made.setClock(time);
      }
      const settable = Object.keys(clocks).length;
      if (settable > 0 && settable < roles.length)
        throw new TypeError(
          `describeApiMigration('${title}'): createApp gave setClock for ${Object.keys(clocks).join(", ")} but not for every instance (old, old-twin, new); give it for all or none.`
        );
      state.replayer = new Replayer(urls, { clocks });
      slots.fill(
        {
          oldClient: createApiClient(urls.old),
          newClient: createApiClient(urls.new),
          oldBaseUrl: urls.old,
          newBaseUrl: urls.new
        },
        mochaContext
      );
    },
    async tearDown(mochaContext) {
      slots.clear(mochaContext);
      state.replayer = void 0;
      await cleanup.run();
    }
  };
}
async function startMade(app) {
  if (isRunning(app)) {
    const { hostname } = new URL(app.baseUrl);
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) {
      await app.close?.();
      throw new TypeError(
        `createApp returned an app at ${app.baseUrl}: a running app must listen on loopback (127.0.0.1, localhost or [::1]).`
      );
    }
    return {
      baseUrl: app.baseUrl.replace(/\/$/, ""),
      close: async () => void await app.close?.()
    };
  }
  return startApp(app).catch(async (error) => {
    if (typeof app === "object" && app !== null && "app" in app && app.close) await app.close();
    throw error;
  });
}
function isRunning(app) {
  return typeof app === "object" && app !== null && typeof app.baseUrl === "string" && !("listen" in app) && !("app" in app);
}
function titleOf(request, total) {
  return `#${request.index + 1}/${total} ${request.method} ${maskQuery(request.path)}`;
}
function maskQuery(path) {
  return maskCredentials(path).replace(
    /([?&](?:access_token|token|api_key|apikey|key|password|secret)=)[^&]*/gi,
    "$1***"
  );
}
function registerReplayTests(ctx) {
  const state = ctx[REPLAY_STATE];
  if (!state) return;
  const { requests } = state;
  const units = [];
  for (const request of requests) {
    const last = units.at(-1);
    if (request.group !== void 0 && last && last.requests[0].group === request.group)
      last.requests.push(request);
    else
      units.push({
        title: request.group !== void 0 ? `${request.group} (from #${request.index + 1})` : titleOf(request, requests.length),
        requests: [request]
      });
  }
  const it = globalThis.it;
  for (const unit of units) {
    it(unit.title, async function() {
      const replayer = state.replayer;
      if (!replayer)
        throw new Error("The replay instances were not started (see the set-up hook).");
      const failing = [];
      let accepted = 0;
      for (const request of unit.requests) {
        const step = await replayer.step(request);
        state.replayed.push(step);
        const split = applyBaseline(step.differences);
        accepted += split.accepted.length;
        if (split.fresh.length > 0) failing.push({ ...step, differences: split.fresh });
      }
      if (failing.length === 0) return;
      const differences = failing.flatMap(
        (step) => step.differences.map((difference) => ({
          ...difference,
          message: `${step.request.method} ${maskQuery(step.request.path)} #${step.request.index + 1}: ${difference.message}`
        }))
      );
      const error = new DifferencesError(differences, unit.title);
      error.message = [
        ...failing.map((step) => describeStep(step, requests.length, maskQuery)),
        ...acceptedNote(accepted)
      ].join("\n");
      throw error;
    });
  }
}
function withReplayTests(body) {
  return function(ctx) {
    registerReplayTests(ctx);
    body.call(this, ctx);
  };
}
var describeApiMigration = Object.assign(
  (title, options, body) => describeApiPair(title, options, withReplayTests(body)),
  {
    only: (title, options, body) => describeApiPair.only(title, options, withReplayTests(body)),
    skip: (title, options, body) => describeApiPair.skip(title, options, withReplayTests(body))
  }
);

// src/library/replay/suite-entry.ts
var text = process.env[REPLAY_CONFIG_ENV];
if (!text)
  throw new Error(
    `${REPLAY_CONFIG_ENV} is not set: this file is the replay mode's suite, run by verify-migration (mode: replay), not a spec file to run by hand`
  );
var config = JSON.parse(text);
var loaded2 = await import(pathToFileURL(config.app).href);
var fromDefault = loaded2.default;
var createApp = loaded2.createApp ?? (typeof loaded2.default === "function" ? loaded2.default : fromDefault?.createApp);
if (typeof createApp !== "function")
  throw new Error(
    `traffic-app ${config.app} exports no createApp function: export createApp(version, { role, database }) returning the app (an http.Server, a request listener, or { baseUrl, close } of an app already listening on loopback)`
  );
describeApiMigration(
  config.title,
  { traffic: config.traffic, createApp },
  () => {
  }
);
