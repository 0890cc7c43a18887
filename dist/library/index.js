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

// src/library/suites/database.ts
import { DataSource, MigrationExecutor } from "typeorm";

// src/common/child-environment.ts
var DATABASE_URL_ENV = "VERIFY_MIGRATION_DATABASE_URL";

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
function maskCredentials(text) {
  let masked = text;
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
function redactSecret(text, secret) {
  let out = maskCredentials(text);
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
  const text = env[STALE_AFTER_ENV]?.trim();
  if (text === void 0 || text === "") return DEFAULT_STALE_AFTER_SECONDS;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new RangeError(
      `${STALE_AFTER_ENV} must be a whole number of seconds, at least 1 (default ${DEFAULT_STALE_AFTER_SECONDS}); got ${JSON.stringify(text)}`
    );
  }
  return Number(text);
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

// src/library/suites/resources.ts
async function disposeValue(value) {
  if (typeof value !== "object" && typeof value !== "function" || value === null) return;
  const target = value;
  for (const key of [Symbol.asyncDispose, Symbol.dispose, "dispose", "destroy", "close"]) {
    const method = target[key];
    if (typeof method === "function") {
      await method.call(value);
      return;
    }
  }
}
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
  const fn = make((describe2) => describe2);
  fn.only = make((describe2) => describe2.only);
  fn.skip = make((describe2) => describe2.skip);
  return fn;
}
function mochaGlobals(name) {
  const scope = globalThis;
  const { describe: describe2, before, after, beforeEach, afterEach } = scope;
  if (!describe2 || !before || !after || !beforeEach || !afterEach) {
    throw new Error(
      `${name} must be called while mocha loads a spec file (mocha's global describe, beforeEach and afterEach are missing; is this file run by mocha with the default "bdd" interface?).`
    );
  }
  return { describe: describe2, before, after, beforeEach, afterEach };
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

// src/library/suites/database.ts
var describeDatabaseMigration = defineMigrationDescribe("describeDatabaseMigration", "database_migration", (options, title) => {
  const versions = { old: oldVersion(), new: newVersion() };
  const sides = {
    old: {
      entities: options.oldEntities ?? options.entities,
      migrations: options.oldMigrations ?? options.migrations
    },
    new: {
      entities: options.newEntities ?? options.entities,
      migrations: options.newMigrations ?? options.migrations
    }
  };
  for (const side of ["old", "new"]) {
    if (options.createDataSource) {
      if (sides[side].entities !== void 0 || sides[side].migrations !== void 0)
        throw new TypeError(
          `describeDatabaseMigration('${title}'): createDataSource makes the ${side} DataSource and its schema; leave entities and migrations out (give them to the service's own DataSource).`
        );
      continue;
    }
    if (sides[side].entities === void 0 && sides[side].migrations === void 0) {
      throw new TypeError(
        `describeDatabaseMigration('${title}'): the ${side} side has neither entities nor migrations; give entities, ${side}Entities, migrations or ${side}Migrations.`
      );
    }
  }
  if (options.learnNoise !== void 0 && typeof options.learnNoise !== "boolean")
    throw new TypeError(
      `describeDatabaseMigration('${title}'): learnNoise must be true or false, got ${JSON.stringify(options.learnNoise)}.`
    );
  const learnNoise = options.learnNoise === true;
  const twinSlots = ["oldTwin", "oldTwinDatabase"];
  const slots = new ContextSlots(
    "describeDatabaseMigration",
    "each",
    { oldVersion: versions.old, newVersion: versions.new },
    ["old", "new", "oldDatabase", "newDatabase", ...learnNoise ? twinSlots : []]
  );
  if (!learnNoise)
    for (const slot of twinSlots)
      Object.defineProperty(slots.ctx, slot, {
        enumerable: false,
        get: () => {
          throw new Error(
            `ctx.${slot} exists only with learnNoise: true in the options of describeDatabaseMigration('${title}').`
          );
        }
      });
  const cleanup = new CleanupStack();
  return {
    ctx: slots.ctx,
    scope: "each",
    async setUp(mochaContext) {
      const url = options.url ?? databaseUrlFromEnv();
      await sweepStaleOnce(url);
      const made = {};
      const madeAs = { old: "old", new: "new", oldTwin: "old" };
      for (const slot of learnNoise ? ["old", "oldTwin", "new"] : ["old", "new"]) {
        const side = madeAs[slot];
        const database = await createThrowawayDatabase({ url, label: slot });
        cleanup.add(`drop the ${slot} database ${database.name}`, () => database.drop());
        const dataSource = options.createDataSource ? await openServiceDataSource(options.createDataSource, database, versions[side]) : await openVersionDataSource({
          database,
          version: versions[side],
          entities: sides[side].entities,
          migrations: sides[side].migrations,
          synchronize: options.synchronize,
          extra: options.dataSourceOptions
        });
        cleanup.add(
          `destroy the ${slot} DataSource`,
          () => dataSource.isInitialized ? dataSource.destroy() : void 0
        );
        made[slot] = { database, dataSource };
      }
      slots.fill(
        {
          old: made.old.dataSource,
          new: made.new.dataSource,
          oldDatabase: made.old.database,
          newDatabase: made.new.database,
          ...made.oldTwin === void 0 ? {} : { oldTwin: made.oldTwin.dataSource, oldTwinDatabase: made.oldTwin.database }
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
async function openServiceDataSource(create, database, version) {
  const dataSource = await create(database, version);
  if (dataSource.isInitialized) return dataSource;
  try {
    await dataSource.initialize();
  } catch (error) {
    await dataSource.destroy().catch(() => void 0);
    throw new Error(
      `Cannot open the service's DataSource of version ${version} on ${database.maskedUrl}: ${error.message}`,
      { cause: error }
    );
  }
  return dataSource;
}
async function openVersionDataSource(options) {
  const entities = await resolvePerVersion(options.entities, options.version);
  const migrations = await resolvePerVersion(options.migrations, options.version);
  const hasMigrations = migrations !== void 0 && (Array.isArray(migrations) ? migrations.length > 0 : Object.keys(migrations).length > 0);
  const dataSource = new DataSource({
    ...options.extra,
    ...options.database.options,
    entities: entities ?? [],
    migrations: migrations ?? [],
    // We run them ourselves, below, so that a failure is ours to report and clean up.
    synchronize: false,
    migrationsRun: false
  });
  await dataSource.initialize();
  try {
    if (hasMigrations) await runMigrationsNamingFailure(dataSource);
    if (options.synchronize ?? !hasMigrations) await dataSource.synchronize();
  } catch (error) {
    await dataSource.destroy().catch(() => void 0);
    throw new Error(
      `Cannot make the schema of version ${options.version} on ${options.database.maskedUrl}: ${error.message}`,
      { cause: error }
    );
  }
  return dataSource;
}
async function runMigrationsNamingFailure(dataSource) {
  try {
    return (await dataSource.runMigrations({ transaction: "each" })).map(
      (migration) => migration.name
    );
  } catch (error) {
    const pending = await new MigrationExecutor(dataSource).getPendingMigrations().catch(() => []);
    if (pending.length === 0) throw error;
    throw new Error(`migration ${pending[0].name} failed: ${error.message}`, {
      cause: error
    });
  }
}
async function resolvePerVersion(value, version) {
  if (typeof value === "function" && !/^class\b/.test(Function.prototype.toString.call(value))) {
    return value(version);
  }
  return value;
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
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: parseBody(
        text,
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
function parseBody(text, contentType, what) {
  if (text === "") return null;
  if (contentType === null || !/[/+]json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${what} answered ${contentType} that is not JSON (${error.message}): ${text.slice(0, 200)}`
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
        (resolve6, reject) => server.once("listening", resolve6).once("error", reject)
      );
    return server;
  }
  throw new TypeError(
    "createApp must return an http.Server, a request listener, an app with listen() or callback(), or { app, close }."
  );
}
function listenOn(server) {
  return new Promise((resolve6, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve6(server);
    });
  });
}
function closeServer(server) {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve6, reject) => {
    server.close((error) => error ? reject(error) : resolve6());
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
  constructor(text) {
    this.text = text;
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
function parseBaseline(text) {
  const reader = new LineJsonReader(text);
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
      const hex2 = bytes.subarray(0, 16).toString("hex").replace(/(..)(?!$)/g, "$1 ");
      return `<${typeLabel(value)} ${bytes.length} bytes: ${hex2}${bytes.length > 16 ? " ..." : ""}>`;
    }
    case "regexp":
      return String(value);
    default:
      return truncate(safeJson(value));
  }
}
function safeJson(value) {
  try {
    const text = JSON.stringify(
      value,
      (_key, item) => typeof item === "bigint" ? `${item}n` : item
    );
    return text ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
function truncate(text) {
  return text.length <= MAX_DESCRIBED ? text : `${text.slice(0, MAX_DESCRIBED - 3)}...`;
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

// src/library/compare/api.ts
function compareApiResponses(oldResponse, newResponse, options = {}) {
  const differences = [];
  if (!options.ignoreStatus && oldResponse.status !== newResponse.status) {
    differences.push({
      path: "status",
      kind: "changed",
      old: oldResponse.status,
      new: newResponse.status,
      message: `status: ${describeValue(oldResponse.status)} changed to ${describeValue(newResponse.status)}`
    });
  }
  if (options.headers && options.headers.length > 0) {
    const oldHeaders = normaliseHeaders(oldResponse.headers);
    const newHeaders = normaliseHeaders(newResponse.headers);
    const pick = (all) => Object.fromEntries(
      options.headers.map((name) => [name.toLowerCase(), all[name.toLowerCase()]])
    );
    differences.push(
      ...compareObjects(pick(oldHeaders), pick(newHeaders), { rootPath: "headers" })
    );
  }
  if (!options.ignoreBody) {
    const { headers: _headers, ignoreStatus: _status, ignoreBody: _body, ...bodyOptions } = options;
    differences.push(
      ...compareObjects(oldResponse.body, newResponse.body, { ...bodyOptions, rootPath: "body" })
    );
  }
  return differences;
}
function normaliseHeaders(headers) {
  if (headers === void 0) return {};
  const entries = headers instanceof Headers ? [...headers] : Object.entries(headers);
  const out = {};
  for (const [name, value] of entries) {
    if (value !== void 0)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return out;
}

// src/library/compare/db-dialect.ts
var DIALECTS = {
  sqlite: "sqlite",
  "better-sqlite3": "sqlite",
  sqljs: "sqlite",
  capacitor: "sqlite",
  cordova: "sqlite",
  expo: "sqlite",
  nativescript: "sqlite",
  "react-native": "sqlite",
  postgres: "postgres",
  "aurora-postgres": "postgres",
  cockroachdb: "postgres",
  mysql: "mysql",
  mariadb: "mysql",
  "aurora-mysql": "mysql"
};
function dialectOfType(type) {
  return DIALECTS[type];
}
function dialectOf(ds, side) {
  const dialect = DIALECTS[ds.options.type];
  if (dialect === void 0) {
    throw new Error(
      `compareDatabases cannot read the ${side} data source of type '${ds.options.type}': supported are SQLite (sqlite, better-sqlite3, sqljs), PostgreSQL and MySQL/MariaDB.`
    );
  }
  return dialect;
}
function quote(dialect, name) {
  return dialect === "mysql" ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
function placeholder(dialect, n) {
  return dialect === "postgres" ? `$${n}` : "?";
}
function classify(declared) {
  const t = declared.toLowerCase().trim();
  if (/^interval|^point/.test(t)) return "other";
  if (/^(numeric|decimal|dec)\b/.test(t)) return "decimal";
  if (/^(real|float|double)/.test(t)) return "float";
  if (/(^|\s)(tiny|small|medium|big)?int(eger)?\b|^int[248]\b|serial|unsigned big int/.test(t))
    return "integer";
  if (/blob|bytea|binary/.test(t)) return "binary";
  if (/char|text|clob|string/.test(t)) return "text";
  return "other";
}
function resolveTable(ds, target, side) {
  if (ds.hasMetadata(target)) {
    const metadata = ds.getMetadata(target);
    return {
      table: metadata.tableName,
      schema: metadata.schema ?? metadata.database,
      metadataKey: metadata.primaryColumns.map((column) => column.databaseName)
    };
  }
  if (typeof target === "string") {
    const dot = target.lastIndexOf(".");
    return dot > 0 ? { schema: target.slice(0, dot), table: target.slice(dot + 1) } : { table: target };
  }
  const name = typeof target === "function" ? target.name : String(target?.options?.name ?? target);
  throw new Error(
    `compareDatabases: the ${side} data source has no entity ${name}; add it to that DataSource's entities, or pass the table name.`
  );
}
function qualifiedName(dialect, ref) {
  return ref.schema === void 0 ? quote(dialect, ref.table) : `${quote(dialect, ref.schema)}.${quote(dialect, ref.table)}`;
}
async function readTableInfo(ds, dialect, ref) {
  const column = (name, type) => {
    const declared = String(type ?? "");
    return { name: String(name), type: declared, class: classify(declared) };
  };
  if (dialect === "sqlite") {
    const pragma = ref.schema === void 0 ? "PRAGMA " : `PRAGMA ${quote(dialect, ref.schema)}.`;
    const rows2 = await ds.query(
      `${pragma}table_info(${quote(dialect, ref.table)})`
    );
    return {
      columns: rows2.map((row) => column(row.name, row.type)),
      primaryKey: rows2.filter((row) => Number(row.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((row) => row.name)
    };
  }
  if (dialect === "postgres") {
    const rows2 = await ds.query(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              (SELECT array_position(i.indkey::int2[], a.attnum) FROM pg_index i
                WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = $1 AND n.nspname = COALESCE($2, current_schema())
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`,
      [ref.table, ref.schema ?? null]
    );
    return {
      columns: rows2.map((row) => column(row.name, row.type)),
      primaryKey: rows2.filter((row) => row.pk !== null).sort((a, b) => Number(a.pk) - Number(b.pk)).map((row) => row.name)
    };
  }
  const rows = await ds.query(
    `SELECT column_name AS name, column_type AS type FROM information_schema.columns
      WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? ORDER BY ordinal_position`,
    [ref.schema ?? null, ref.table]
  );
  const key = await ds.query(
    `SELECT column_name AS name FROM information_schema.key_column_usage
      WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? AND constraint_name = 'PRIMARY'
      ORDER BY ordinal_position`,
    [ref.schema ?? null, ref.table]
  );
  return {
    columns: rows.map((row) => column(row.name, row.type)),
    primaryKey: key.map((row) => String(row.name))
  };
}
function orderExpression(dialect, column, expression) {
  if (column.class !== "text") return expression;
  if (dialect === "sqlite") return `${expression} COLLATE BINARY`;
  if (dialect === "postgres") return `${expression} COLLATE "C"`;
  return `CAST(CONVERT(${expression} USING utf8mb4) AS BINARY)`;
}
function pageQuery(dialect, table, select, key, limit, after) {
  const columns = select.map((name) => quote(dialect, name)).join(", ");
  const ordered = key.map(
    (column) => orderExpression(dialect, column, quote(dialect, column.name))
  );
  let where = "";
  if (after !== void 0) {
    const params = key.map(
      (column, i) => dialect === "mysql" ? orderExpression(dialect, column, placeholder(dialect, i + 1)) : placeholder(dialect, i + 1)
    );
    where = key.length === 1 ? ` WHERE ${ordered[0]} > ${params[0]}` : ` WHERE (${ordered.join(", ")}) > (${params.join(", ")})`;
  }
  return {
    sql: `SELECT ${columns} FROM ${table}${where} ORDER BY ${ordered.join(", ")} LIMIT ${Math.floor(limit)}`,
    params: after ?? []
  };
}

// src/library/compare/db-bridge.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/library/schema/sql-text.ts
var CLOSING = { '"': '"', "`": "`", "[": "]", "'": "'" };
function skipQuoted(sql, i) {
  const close = CLOSING[sql[i]];
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === close) {
      if (close !== "]" && sql[j + 1] === close) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return sql.length;
}
function skipGroup(sql, i) {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    const c = sql[j];
    if (c in CLOSING) {
      j = skipQuoted(sql, j);
      continue;
    }
    if (c === "-" && sql[j + 1] === "-") {
      const eol = sql.indexOf("\n", j);
      j = eol === -1 ? sql.length : eol;
      continue;
    }
    if (c === "(") depth++;
    if (c === ")") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return sql.length;
}
function tokenize(sql) {
  const tokens = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      const eol = sql.indexOf("\n", i);
      i = eol === -1 ? sql.length : eol;
      continue;
    }
    if (c === "/" && sql[i + 1] === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close === -1 ? sql.length : close + 2;
      continue;
    }
    let end;
    let kind;
    let value;
    if (c in CLOSING) {
      end = skipQuoted(sql, i);
      kind = c === "'" ? "string" : "ident";
      const inner = sql.slice(i + 1, end - 1);
      value = c === "[" ? inner : inner.split(CLOSING[c] + CLOSING[c]).join(CLOSING[c]);
    } else if (c === "(") {
      end = skipGroup(sql, i);
      kind = "group";
      value = sql.slice(i + 1, end - 1);
    } else if (/[\w$]/.test(c)) {
      end = i + 1;
      while (end < sql.length && /[\w$]/.test(sql[end])) end++;
      kind = "word";
      value = sql.slice(i, end);
    } else {
      end = i + 1;
      kind = "punct";
      value = c;
    }
    tokens.push({ kind, text: sql.slice(i, end), value, start: i, end });
    i = end;
  }
  return tokens;
}
function splitTokens(tokens) {
  const parts = [[]];
  for (const token of tokens) {
    if (token.kind === "punct" && token.value === ",") parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts.filter((part) => part.length > 0);
}
function splitList(text) {
  return splitTokens(tokenize(text)).map(
    (part) => text.slice(part[0].start, part[part.length - 1].end).trim()
  );
}
function isWord(token, word) {
  return token?.kind === "word" && token.value.toUpperCase() === word;
}
function nameOf(token) {
  if (token === void 0) return void 0;
  return token.kind === "word" || token.kind === "ident" || token.kind === "string" ? token.value : void 0;
}
function normalizeExpression(expression) {
  let text = collapseWhitespace(expression);
  for (; ; ) {
    const tokens = tokenize(text);
    if (tokens.length !== 1 || tokens[0].kind !== "group") return text;
    text = collapseWhitespace(tokens[0].value);
  }
}
function collapseWhitespace(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c in CLOSING) {
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const previous = out[out.length - 1];
      const next = text[i];
      if (out !== "" && next !== void 0 && previous !== "(" && next !== ")") out += " ";
      continue;
    }
    out += c;
    i++;
  }
  return out.trim();
}
function stringLiterals(list) {
  const values = [];
  for (const part of splitTokens(tokenize(list))) {
    if (part.length !== 1 || part[0].kind !== "string") return void 0;
    values.push(part[0].value);
  }
  return values;
}

// src/library/schema/read.ts
async function readSchema(connection, options = {}) {
  const excluded = new Set(options.excludeTables ?? []);
  let snapshot;
  if (connection.dialect === "sqlite") snapshot = await readSqlite(connection);
  else if (connection.dialect === "postgres") snapshot = await readPostgres(connection);
  else if (connection.dialect === "mysql") snapshot = await readMysql(connection);
  else
    throw new Error(
      `readSchema: unknown dialect '${String(connection.dialect)}'; supported are sqlite, postgres and mysql.`
    );
  return {
    dialect: snapshot.dialect,
    tables: byName(snapshot.tables.filter((table) => !excluded.has(table.name))),
    views: byName(snapshot.views.filter((view) => !excluded.has(view.name))),
    enums: byName(snapshot.enums)
  };
}
function familyOfType(type) {
  const t = type.toLowerCase().trim();
  if (/^enum\s*\(/.test(t)) return "enum";
  if (/\[\]$/.test(t)) return "other";
  if (/^tinyint\s*\(\s*1\s*\)/.test(t)) return "boolean";
  const base = t.replace(/\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
  if (/^bool(ean)?$/.test(base)) return "boolean";
  if (base === "uuid" || base === "uniqueidentifier") return "uuid";
  if (/^jsonb?$/.test(base)) return "json";
  if (/^(numeric|decimal|dec|fixed)\b/.test(base)) return "decimal";
  if (/^(real|float|double|float4|float8)\b/.test(base)) return "float";
  if (/^((tiny|small|medium|big)?int(eger)?|int[248]|(small|big)?serial|serial[248])\b/.test(base))
    return "integer";
  if (/unsigned big int/.test(base)) return "integer";
  if (base === "date") return "date";
  if (/^(timestamp|datetime|smalldatetime|timestamptz)/.test(base)) return "timestamp";
  if (/^(time|timetz)\b/.test(base)) return "time";
  if (/blob|bytea|binary/.test(base)) return "binary";
  if (/char|text|clob|string/.test(base)) return "text";
  return "other";
}
function typeNumbers(type) {
  const match = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(type);
  if (match === null) return [];
  return match[2] === void 0 ? [Number(match[1])] : [Number(match[1]), Number(match[2])];
}
var PG_INTEGER_BITS = { smallint: 16, integer: 32, bigint: 64 };
var PG_FLOAT_BITS = { real: 24, "double precision": 53 };
function makeColumn(fields) {
  const type = collapseWhitespace(fields.type.toLowerCase());
  const family = fields.family ?? familyOfType(type);
  const column = {
    name: fields.name,
    type,
    family,
    nullable: fields.nullable,
    default: fields.default,
    generated: fields.generated
  };
  const numbers = family === "enum" ? [] : typeNumbers(type);
  if ((family === "text" || family === "binary") && numbers[0] !== void 0) {
    column.length = numbers[0];
  }
  if (family === "decimal" && numbers[0] !== void 0) {
    column.precision = numbers[0];
    column.scale = numbers[1] ?? 0;
  }
  if ((family === "timestamp" || family === "time") && numbers[0] !== void 0) {
    column.precision = numbers[0];
  }
  if ((family === "integer" || family === "float") && fields.precision !== void 0) {
    column.precision = fields.precision;
  }
  if (/\bunsigned\b/.test(type)) column.unsigned = true;
  if (fields.enumValues !== void 0) column.enumValues = fields.enumValues;
  return {
    name: column.name,
    type: column.type,
    family: column.family,
    ...column.length !== void 0 && { length: column.length },
    ...column.precision !== void 0 && { precision: column.precision },
    ...column.scale !== void 0 && { scale: column.scale },
    ...column.unsigned !== void 0 && { unsigned: column.unsigned },
    nullable: column.nullable,
    default: column.default,
    generated: column.generated,
    ...fields.autoincrement === true && { autoincrement: true },
    ...column.enumValues !== void 0 && { enumValues: column.enumValues }
  };
}
function emptyTable(name) {
  return {
    name,
    columns: [],
    primaryKey: [],
    uniques: [],
    indexes: [],
    foreignKeys: [],
    checks: []
  };
}
function compareNames(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function byName(items) {
  return [...items].sort(compareNames);
}
function finishTable(table) {
  return {
    name: table.name,
    columns: table.columns,
    primaryKey: table.primaryKey,
    uniques: byName(table.uniques),
    indexes: byName(table.indexes),
    foreignKeys: byName(table.foreignKeys),
    checks: byName(table.checks)
  };
}
var ACTIONS = {
  "NO ACTION": "NO ACTION",
  RESTRICT: "RESTRICT",
  CASCADE: "CASCADE",
  "SET NULL": "SET NULL",
  "SET DEFAULT": "SET DEFAULT",
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT"
};
function actionOf(value) {
  const text = String(value ?? "NO ACTION");
  return ACTIONS[text] ?? ACTIONS[text.toUpperCase()] ?? "NO ACTION";
}
function str(value) {
  if (value === null || value === void 0) return "";
  if (Buffer.isBuffer(value)) return value.toString("utf8");
  return String(value);
}
function strOrNull(value) {
  return value === null || value === void 0 ? null : str(value);
}
function jsonArray(value) {
  if (value === null || value === void 0) return [];
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  return parsed.map((item) => String(item));
}
function truthy(value) {
  return value === true || value === 1 || value === "1" || value === "t" || value === "YES";
}
function parseCreateTable(table, sql) {
  const parsed = {
    columns: /* @__PURE__ */ new Map(),
    checks: [],
    uniqueNames: [],
    withoutRowid: /\)\s*without\s+rowid\s*;?\s*$/i.test(sql)
  };
  const tokens = tokenize(sql);
  const as = tokens.findIndex((token) => isWord(token, "AS"));
  const body = tokens.slice(0, as === -1 ? tokens.length : as).find((token) => token.kind === "group");
  if (body === void 0) return parsed;
  const addCheck = (name, expression) => {
    const normalized = normalizeExpression(expression);
    const checkName = name ?? normalized;
    if (!parsed.checks.some((check) => check.name === checkName)) {
      parsed.checks.push({ name: checkName, expression: normalized });
    }
  };
  for (const part of splitTokens(tokenize(body.value))) {
    const first = part[0];
    const isConstraint = isWord(first, "CONSTRAINT") || isWord(first, "CHECK") || isWord(first, "UNIQUE") || isWord(first, "FOREIGN") || isWord(first, "PRIMARY") && isWord(part[1], "KEY");
    if (isConstraint) {
      let name;
      let i = 0;
      if (isWord(first, "CONSTRAINT")) {
        name = nameOf(part[1]);
        i = 2;
      }
      if (isWord(part[i], "CHECK") && part[i + 1]?.kind === "group")
        addCheck(name, part[i + 1].value);
      if (isWord(part[i], "UNIQUE") && part[i + 1]?.kind === "group" && name !== void 0) {
        parsed.uniqueNames.push({ name, columns: columnList(part[i + 1].value) });
      }
      continue;
    }
    const column = nameOf(first);
    if (column === void 0) continue;
    const facts = {
      autoincrement: false
    };
    let pendingName;
    for (let i = 1; i < part.length; i++) {
      const token = part[i];
      if (isWord(token, "CONSTRAINT")) {
        pendingName = nameOf(part[i + 1]);
        i++;
      } else if (isWord(token, "CHECK") && part[i + 1]?.kind === "group") {
        const expression = part[i + 1].value;
        const values = pendingName === void 0 ? enumCheck(column, expression) : void 0;
        if (values !== void 0) facts.enumValues = values;
        else addCheck(pendingName, expression);
        pendingName = void 0;
        i++;
      } else if (isWord(token, "AS") && part[i + 1]?.kind === "group") {
        facts.generated = normalizeExpression(part[i + 1].value);
        i++;
      } else if (isWord(token, "AUTOINCREMENT")) {
        facts.autoincrement = true;
      } else if (isWord(token, "UNIQUE") && pendingName !== void 0) {
        parsed.uniqueNames.push({ name: pendingName, columns: [column] });
        pendingName = void 0;
      } else if (!isWord(token, "NOT") && !isWord(token, "NULL") && token.kind === "word") {
        if (/^(PRIMARY|UNIQUE|DEFAULT|COLLATE|REFERENCES|GENERATED)$/i.test(token.value)) {
          pendingName = void 0;
        }
      }
    }
    parsed.columns.set(column, facts);
  }
  return parsed;
}
function enumCheck(column, expression) {
  const tokens = tokenize(expression);
  if (tokens.length !== 3) return void 0;
  const [subject, keyword, list] = tokens;
  if (nameOf(subject) !== column || subject.kind === "string") return void 0;
  if (!isWord(keyword, "IN") || list.kind !== "group") return void 0;
  return stringLiterals(list.value);
}
function columnList(text) {
  return splitList(text).map((item) => {
    const tokens = tokenize(item);
    return nameOf(tokens[0]) ?? item;
  });
}
function parseCreateIndex(sql) {
  if (sql === null) return { keys: [] };
  const tokens = tokenize(sql);
  const on = tokens.findIndex((token) => isWord(token, "ON"));
  const group = tokens.slice(on + 1).find((token) => token.kind === "group");
  const keys = group === void 0 ? [] : splitList(group.value).map(normalizeExpression);
  const where = tokens.findIndex((token) => isWord(token, "WHERE"));
  return where === -1 ? { keys } : { keys, where: normalizeExpression(sql.slice(tokens[where].end).replace(/;\s*$/, "")) };
}
async function readSqlite(connection) {
  const master = await connection.query(
    `SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE type IN ('table', 'view', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`
  );
  const columns = await connection.query(
    `SELECT m.name AS tbl, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
       FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, p.cid`
  );
  const indexColumns = await connection.query(
    `SELECT m.name AS tbl, il.name AS idx, il."unique" AS uniq, il.origin, il.partial,
            ii.seqno, ii.cid, ii.name AS col
       FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, il.name, ii.seqno`
  );
  const foreignKeys = await connection.query(
    `SELECT m.name AS tbl, fk.id, fk.seq, fk."table", fk."from", fk."to", fk.on_update, fk.on_delete
       FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
      ORDER BY m.name, fk.id, fk.seq`
  );
  const tables = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  const indexSql = /* @__PURE__ */ new Map();
  const views = [];
  for (const row of master) {
    if (row.type === "table") {
      if (/^\s*create\s+virtual\b/i.test(row.sql ?? "")) continue;
      tables.set(row.name, emptyTable(row.name));
      parsed.set(row.name, parseCreateTable(row.name, row.sql ?? ""));
    } else if (row.type === "view") {
      views.push({ name: row.name, definition: viewBody(row.sql ?? "") });
    } else {
      indexSql.set(row.name, row.sql);
    }
  }
  const pkOrder = /* @__PURE__ */ new Map();
  for (const row of columns) {
    const table = tables.get(row.tbl);
    if (table === void 0 || Number(row.hidden) === 1) continue;
    const facts = parsed.get(row.tbl).columns.get(row.name);
    const hidden = Number(row.hidden);
    const generated = hidden === 2 || hidden === 3 ? facts?.generated ?? "" : null;
    table.columns.push(
      makeColumn({
        name: row.name,
        type: row.type ?? "",
        family: facts?.enumValues === void 0 ? void 0 : "enum",
        nullable: Number(row.notnull) === 0,
        // TypeORM's rebuild writes `DEFAULT (x)` for a `DEFAULT x`: one spelling for both.
        default: generated === null && row.dflt_value !== null ? normalizeExpression(row.dflt_value) : null,
        generated,
        enumValues: facts?.enumValues,
        autoincrement: facts?.autoincrement
      })
    );
    if (Number(row.pk) > 0) {
      const list = pkOrder.get(row.tbl) ?? [];
      list.push({ name: row.name, pk: Number(row.pk), type: row.type ?? "" });
      pkOrder.set(row.tbl, list);
    }
  }
  for (const [name, keys] of pkOrder) {
    const table = tables.get(name);
    table.primaryKey = keys.sort((a, b) => a.pk - b.pk).map((key) => key.name);
    if (keys.length === 1 && keys[0].type.toUpperCase() === "INTEGER" && !parsed.get(name).withoutRowid) {
      const column = table.columns.find((candidate) => candidate.name === keys[0].name);
      column.generated = "identity";
      column.nullable = false;
    }
  }
  const grouped = /* @__PURE__ */ new Map();
  for (const row of indexColumns) {
    const key = `${row.tbl}\0${row.idx}`;
    grouped.set(key, [...grouped.get(key) ?? [], row]);
  }
  for (const rows of grouped.values()) {
    const first = rows[0];
    const table = tables.get(first.tbl);
    if (table === void 0 || first.origin === "pk") continue;
    const sqlText = indexSql.get(first.idx) ?? null;
    const text = parseCreateIndex(sqlText);
    const keys = rows.map(
      (row, i) => row.col === null || Number(row.cid) < 0 ? text.keys[i] ?? "<expression>" : row.col
    );
    if (first.origin === "u") {
      const named = parsed.get(first.tbl).uniqueNames.find((unique) => sameList(unique.columns, keys));
      table.uniques.push({
        name: named?.name ?? `${first.tbl}_${keys.join("_")}_key`,
        columns: keys
      });
      continue;
    }
    const index = { name: first.idx, columns: keys, unique: Number(first.uniq) === 1 };
    if (Number(first.partial) === 1 && text.where !== void 0) index.where = text.where;
    table.indexes.push(index);
  }
  const fkGroups = /* @__PURE__ */ new Map();
  for (const row of foreignKeys) {
    const key = `${row.tbl}\0${row.id}`;
    fkGroups.set(key, [...fkGroups.get(key) ?? [], row]);
  }
  for (const rows of fkGroups.values()) {
    const first = rows[0];
    const table = tables.get(first.tbl);
    if (table === void 0) continue;
    const columnsOf2 = rows.map((row) => row.from);
    const parentKey = tables.get(first.table)?.primaryKey ?? [];
    const referenced = rows.map((row, i) => row.to ?? parentKey[i] ?? "");
    table.foreignKeys.push({
      // SQLite keeps no constraint names in its catalogue: one made from the columns, stable.
      name: `${first.tbl}_${columnsOf2.join("_")}_fkey`,
      columns: columnsOf2,
      referencedTable: first.table,
      referencedColumns: referenced,
      onDelete: actionOf(first.on_delete),
      onUpdate: actionOf(first.on_update)
    });
  }
  for (const [name, table] of tables) table.checks = parsed.get(name).checks;
  return {
    dialect: "sqlite",
    tables: [...tables.values()].map(finishTable),
    views: byName(views),
    enums: []
  };
}
function viewBody(sql) {
  const tokens = tokenize(sql);
  const as = tokens.findIndex((token) => isWord(token, "AS"));
  return collapseWhitespace((as === -1 ? sql : sql.slice(tokens[as].end)).replace(/;\s*$/, ""));
}
function sameList(a, b) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
async function readPostgres(connection) {
  const [columns, constraints, indexes, views, enums] = await Promise.all([
    connection.query(
      `SELECT c.relname AS table_name, a.attname AS name,
              format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
              pg_get_expr(d.adbin, d.adrelid) AS default_value,
              a.attidentity AS identity, a.attgenerated AS generated,
              t.typname AS type_name,
              CASE WHEN t.typtype = 'e' THEN
                (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e
                  WHERE e.enumtypid = t.oid) END AS enum_values
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         LEFT JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY c.relname, a.attnum`
    ),
    connection.query(
      `SELECT cl.relname AS table_name, co.conname AS name, co.contype AS type,
              (SELECT json_agg(a.attname ORDER BY k.i)
                 FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum) AS columns,
              rf.relname AS referenced_table,
              (SELECT json_agg(a.attname ORDER BY k.i)
                 FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum)
                AS referenced_columns,
              co.confdeltype AS on_delete, co.confupdtype AS on_update,
              CASE WHEN co.contype = 'c' THEN pg_get_constraintdef(co.oid, true) END AS definition
         FROM pg_constraint co
         JOIN pg_class cl ON cl.oid = co.conrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         LEFT JOIN pg_class rf ON rf.oid = co.confrelid
        WHERE n.nspname = current_schema() AND co.contype IN ('p', 'u', 'f', 'c')
          AND cl.relkind IN ('r', 'p')`
    ),
    connection.query(
      `SELECT t.relname AS table_name, i.relname AS name, x.indisunique AS is_unique,
              (SELECT json_agg(pg_get_indexdef(x.indexrelid, k, true) ORDER BY k)
                 FROM generate_series(1, x.indnkeyatts) AS k) AS columns,
              pg_get_expr(x.indpred, x.indrelid, true) AS predicate
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p') AND NOT x.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint co
                           WHERE co.conindid = x.indexrelid AND co.conrelid = x.indrelid
                             AND co.contype IN ('p', 'u', 'x'))`
    ),
    connection.query(
      `SELECT c.relname AS name, pg_get_viewdef(c.oid, true) AS definition
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')`
    ),
    connection.query(
      `SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS enum_values
         FROM pg_type t
         JOIN pg_namespace n ON n.oid = t.typnamespace
         JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = current_schema()
        GROUP BY t.typname`
    )
  ]);
  const tables = /* @__PURE__ */ new Map();
  for (const row of columns) {
    const tableName = str(row.table_name);
    let table = tables.get(tableName);
    if (table === void 0) tables.set(tableName, table = emptyTable(tableName));
    if (row.name === null) continue;
    const type = str(row.type);
    const typeName = str(row.type_name);
    let defaultValue = strOrNull(row.default_value);
    let generated = null;
    if (str(row.generated) === "s") {
      generated = normalizeExpression(defaultValue ?? "");
      defaultValue = null;
    } else if (str(row.identity) === "a" || str(row.identity) === "d") {
      generated = "identity";
    } else if (defaultValue !== null && /^nextval\(/i.test(defaultValue)) {
      generated = "identity";
      defaultValue = null;
    }
    const enumValues2 = row.enum_values === null ? void 0 : jsonArray(row.enum_values);
    table.columns.push(
      makeColumn({
        name: str(row.name),
        type,
        family: enumValues2 === void 0 ? typeName === "uuid" ? "uuid" : void 0 : "enum",
        nullable: !truthy(row.notnull),
        default: defaultValue,
        generated,
        enumValues: enumValues2,
        precision: PG_INTEGER_BITS[type] ?? PG_FLOAT_BITS[type]
      })
    );
  }
  for (const row of constraints) {
    const table = tables.get(str(row.table_name));
    if (table === void 0) continue;
    const name = str(row.name);
    const columnsOf2 = jsonArray(row.columns);
    switch (str(row.type)) {
      case "p":
        table.primaryKey = columnsOf2;
        break;
      case "u":
        table.uniques.push({ name, columns: columnsOf2 });
        break;
      case "f":
        table.foreignKeys.push({
          name,
          columns: columnsOf2,
          referencedTable: str(row.referenced_table),
          referencedColumns: jsonArray(row.referenced_columns),
          onDelete: actionOf(str(row.on_delete)),
          onUpdate: actionOf(str(row.on_update))
        });
        break;
      case "c": {
        const definition = str(row.definition).replace(/^\s*check\s*/i, "").replace(/\s+no inherit\s*$/i, "").replace(/\s+not valid\s*$/i, "");
        table.checks.push({ name, expression: normalizeExpression(definition) });
        break;
      }
    }
  }
  for (const row of indexes) {
    const table = tables.get(str(row.table_name));
    if (table === void 0) continue;
    const index = {
      name: str(row.name),
      columns: jsonArray(row.columns).map(unquoteIdentifier),
      unique: truthy(row.is_unique)
    };
    const predicate = strOrNull(row.predicate);
    if (predicate !== null) index.where = normalizeExpression(predicate);
    table.indexes.push(index);
  }
  return {
    dialect: "postgres",
    tables: [...tables.values()].map(finishTable),
    views: views.map((row) => ({
      name: str(row.name),
      definition: collapseWhitespace(str(row.definition).replace(/;\s*$/, ""))
    })),
    enums: enums.map((row) => ({
      name: str(row.name),
      values: jsonArray(row.enum_values)
    }))
  };
}
function unquoteIdentifier(text) {
  const tokens = tokenize(text);
  return tokens.length === 1 && tokens[0].kind === "ident" ? tokens[0].value : text;
}
function upperKeys(row) {
  const out = {};
  for (const [key, value] of Object.entries(row)) out[key.toUpperCase()] = value;
  return out;
}
async function readMysql(connection) {
  const [tableRows, columnRows, statRows, fkRows, checkRows, viewRows] = await Promise.all([
    connection.query(
      `SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()`
    ),
    connection.query(
      `SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,
              NUMERIC_PRECISION, EXTRA, GENERATION_EXPRESSION
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        ORDER BY TABLE_NAME, ORDINAL_POSITION`
    ),
    // SELECT *: MySQL 8 adds EXPRESSION (functional key parts), which MariaDB does not have.
    connection.query(
      `SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
        ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`
    ),
    connection.query(
      `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
              k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
         FROM information_schema.KEY_COLUMN_USAGE k
         JOIN information_schema.REFERENTIAL_CONSTRAINTS r
           ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
          AND r.TABLE_NAME = k.TABLE_NAME
        WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
        ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`
    ),
    readMysqlChecks(connection),
    connection.query(
      `SELECT TABLE_NAME, VIEW_DEFINITION, DATABASE() AS DB
         FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()`
    )
  ]);
  const tables = /* @__PURE__ */ new Map();
  for (const raw of tableRows) {
    const row = upperKeys(raw);
    if (str(row.TABLE_TYPE) === "VIEW") continue;
    if (str(row.TABLE_TYPE) === "SEQUENCE") continue;
    tables.set(str(row.TABLE_NAME), emptyTable(str(row.TABLE_NAME)));
  }
  const jsonColumns = /* @__PURE__ */ new Set();
  for (const check of checkRows) {
    const table = tables.get(check.table);
    if (table === void 0) continue;
    const json = /^json_valid\(\s*`?([^`()]+)`?\s*\)$/i.exec(check.expression);
    if (json !== null && (check.level === "Column" || check.name === json[1])) {
      jsonColumns.add(`${check.table}\0${json[1]}`);
      continue;
    }
    table.checks.push({ name: check.name, expression: check.expression });
  }
  for (const raw of columnRows) {
    const row = upperKeys(raw);
    const table = tables.get(str(row.TABLE_NAME));
    if (table === void 0) continue;
    const name = str(row.COLUMN_NAME);
    const type = str(row.COLUMN_TYPE);
    const extra = str(row.EXTRA).toLowerCase();
    const expression = str(row.GENERATION_EXPRESSION);
    let generated = null;
    if (/generated|virtual|stored|persistent/.test(extra) && expression !== "") {
      generated = normalizeExpression(expression);
    } else if (extra.includes("auto_increment")) {
      generated = "identity";
    }
    let defaultValue = strOrNull(row.COLUMN_DEFAULT);
    if (defaultValue === "NULL" || generated !== null) defaultValue = null;
    const isEnum = /^enum\s*\(/i.test(type);
    const family = jsonColumns.has(`${table.name}\0${name}`) ? "json" : void 0;
    table.columns.push(
      makeColumn({
        name,
        type,
        family,
        nullable: str(row.IS_NULLABLE) === "YES",
        default: defaultValue,
        generated,
        enumValues: isEnum ? stringLiterals(type.replace(/^enum\s*\(|\)$/gi, "")) ?? [] : void 0,
        precision: row.NUMERIC_PRECISION === null || row.NUMERIC_PRECISION === void 0 ? void 0 : Number(row.NUMERIC_PRECISION)
      })
    );
  }
  const fkNames = /* @__PURE__ */ new Set();
  const fkGroups = /* @__PURE__ */ new Map();
  for (const raw of fkRows) {
    const row = upperKeys(raw);
    const key = `${str(row.TABLE_NAME)}\0${str(row.CONSTRAINT_NAME)}`;
    fkGroups.set(key, [...fkGroups.get(key) ?? [], row]);
  }
  for (const [key, rows] of fkGroups) {
    fkNames.add(key);
    const first = rows[0];
    const table = tables.get(str(first.TABLE_NAME));
    if (table === void 0) continue;
    table.foreignKeys.push({
      name: str(first.CONSTRAINT_NAME),
      columns: rows.map((row) => str(row.COLUMN_NAME)),
      referencedTable: str(first.REFERENCED_TABLE_NAME),
      referencedColumns: rows.map((row) => str(row.REFERENCED_COLUMN_NAME)),
      onDelete: actionOf(first.DELETE_RULE),
      onUpdate: actionOf(first.UPDATE_RULE)
    });
  }
  const indexGroups = /* @__PURE__ */ new Map();
  for (const raw of statRows) {
    const row = upperKeys(raw);
    const key = `${str(row.TABLE_NAME)}\0${str(row.INDEX_NAME)}`;
    indexGroups.set(key, [...indexGroups.get(key) ?? [], row]);
  }
  for (const [key, rows] of indexGroups) {
    const first = rows[0];
    const table = tables.get(str(first.TABLE_NAME));
    if (table === void 0) continue;
    const name = str(first.INDEX_NAME);
    const keys = rows.map((row) => {
      const column = row.COLUMN_NAME === null || row.COLUMN_NAME === void 0 ? normalizeExpression(str(row.EXPRESSION)) : str(row.COLUMN_NAME);
      return row.SUB_PART === null || row.SUB_PART === void 0 ? column : `${column}(${str(row.SUB_PART)})`;
    });
    if (name === "PRIMARY") {
      table.primaryKey = keys;
      continue;
    }
    const unique = Number(first.NON_UNIQUE) === 0;
    if (unique) {
      table.uniques.push({ name, columns: keys });
      continue;
    }
    if (fkNames.has(key)) continue;
    table.indexes.push({ name, columns: keys, unique: false });
  }
  return {
    dialect: "mysql",
    tables: [...tables.values()].map(finishTable),
    views: viewRows.map((raw) => {
      const row = upperKeys(raw);
      const qualifier = `\`${str(row.DB).replace(/`/g, "``")}\`.`;
      return {
        name: str(row.TABLE_NAME),
        definition: collapseWhitespace(str(row.VIEW_DEFINITION).split(qualifier).join(""))
      };
    }),
    enums: []
  };
}
async function readMysqlChecks(connection) {
  let rows;
  try {
    rows = (await connection.query(
      `SELECT * FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`
    )).map(upperKeys);
  } catch (error) {
    if (/CHECK_CONSTRAINTS/i.test(String(error.message))) return [];
    throw error;
  }
  if (rows.length === 0) return [];
  let tableOf = (row) => str(row.TABLE_NAME);
  if (!("TABLE_NAME" in rows[0])) {
    const owners = /* @__PURE__ */ new Map();
    const constraints = await connection.query(
      `SELECT CONSTRAINT_NAME, TABLE_NAME FROM information_schema.TABLE_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_TYPE = 'CHECK'`
    );
    for (const raw of constraints) {
      const row = upperKeys(raw);
      owners.set(str(row.CONSTRAINT_NAME), str(row.TABLE_NAME));
    }
    tableOf = (row) => owners.get(str(row.CONSTRAINT_NAME)) ?? "";
  }
  return rows.map((row) => ({
    table: tableOf(row),
    name: str(row.CONSTRAINT_NAME),
    expression: normalizeExpression(str(row.CHECK_CLAUSE)),
    ...row.LEVEL !== void 0 && { level: str(row.LEVEL) }
  }));
}

// src/library/compare/db-values.ts
import { isDeepStrictEqual } from "node:util";
function kindOf2(value) {
  if (value === null || value === void 0) return "null";
  if (value instanceof Uint8Array) return "binary";
  if (value instanceof Date) return "date";
  switch (typeof value) {
    case "number":
      return "number";
    case "bigint":
      return "bigint";
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}
var NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var DATE_TEXT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
function parseDateText(text) {
  const match = DATE_TEXT.exec(text.trim());
  if (match === null) return Number.NaN;
  const [, day, time, zone] = match;
  let iso = `${day}T${time ?? "00:00:00"}`;
  if (zone === void 0 || zone === "Z") iso += "Z";
  else
    iso += zone.length === 3 ? `${zone}:00` : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return Date.parse(iso);
}
function canonicalDecimal(text) {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return void 0;
  const intPart = match[2].replace(/^0+(?=\d)/, "") || "0";
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  const sign = match[1] === "-" && (intPart !== "0" || fraction !== "") ? "-" : "";
  return `${sign}${intPart}${fraction === "" ? "" : `.${fraction}`}`;
}
function sameNumber(value, text, tolerance) {
  if (!NUMERIC.test(text.trim())) return false;
  if (tolerance !== void 0) return Math.abs(Number(value) - Number(text)) <= tolerance;
  const a = canonicalDecimal(String(value));
  const b = canonicalDecimal(text);
  return a !== void 0 && b !== void 0 ? a === b : Number(value) === Number(text);
}
function compareValues(oldValue, newValue, normalize, tolerance) {
  let a = oldValue;
  let b = newValue;
  let ka = kindOf2(a);
  let kb = kindOf2(b);
  if (ka !== kb && ka !== "null" && kb !== "null") {
    if (normalize.booleans && ka === "boolean" !== (kb === "boolean")) {
      const other = ka === "boolean" ? b : a;
      if (other === 0 || other === 1 || other === 0n || other === 1n) {
        if (ka === "boolean") [a, ka] = [a ? 1 : 0, "number"];
        else [b, kb] = [b ? 1 : 0, "number"];
        if (typeof a === "bigint") [a, ka] = [Number(a), "number"];
        if (typeof b === "bigint") [b, kb] = [Number(b), "number"];
      }
    }
    if (normalize.dates && (ka === "date" && kb === "string" || ka === "string" && kb === "date")) {
      const ta = ka === "date" ? a.getTime() : parseDateText(a);
      const tb = kb === "date" ? b.getTime() : parseDateText(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta === tb ? "equal" : "changed";
    }
    if (normalize.numericStrings) {
      const numeric = (k) => k === "number" || k === "bigint";
      if (numeric(ka) && kb === "string" && NUMERIC.test(b.trim())) {
        return sameNumber(a, b, tolerance) ? "equal" : "changed";
      }
      if (numeric(kb) && ka === "string" && NUMERIC.test(a.trim())) {
        return sameNumber(b, a, tolerance) ? "equal" : "changed";
      }
      if (numeric(ka) && numeric(kb)) {
        return sameNumber(a, String(b), tolerance) ? "equal" : "changed";
      }
    }
  }
  if (ka === "null" || kb === "null") return ka === kb ? "equal" : "changed";
  if (ka !== kb) return "type";
  switch (ka) {
    case "number": {
      const x = a;
      const y = b;
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) && Number.isNaN(y) ? "equal" : "changed";
      if (tolerance !== void 0) return Math.abs(x - y) <= tolerance ? "equal" : "changed";
      return x === y ? "equal" : "changed";
    }
    case "binary":
      return Buffer.from(a).equals(Buffer.from(b)) ? "equal" : "changed";
    case "date": {
      const x = a.getTime();
      const y = b.getTime();
      return x === y || Number.isNaN(x) && Number.isNaN(y) ? "equal" : "changed";
    }
    case "object":
      return isDeepStrictEqual(a, b) ? "equal" : "changed";
    default:
      return a === b ? "equal" : "changed";
  }
}
var SHOWN_CHARS = 60;
function formatValue(value) {
  switch (kindOf2(value)) {
    case "null":
      return "NULL";
    case "string": {
      const text = value;
      const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text;
      const quoted = `'${shown.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
      return text.length > SHOWN_CHARS ? `${quoted} (${text.length} characters)` : quoted;
    }
    case "bigint":
      return `${String(value)}n`;
    case "binary": {
      const bytes = Buffer.from(value);
      const hex2 = bytes.subarray(0, 16).toString("hex").replace(/(..)(?!$)/g, "$1 ");
      return `<${bytes.length} bytes: ${hex2}${bytes.length > 16 ? " ..." : ""}>`;
    }
    case "date":
      return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    case "object": {
      const json = JSON.stringify(value) ?? String(value);
      return json.length > SHOWN_CHARS * 2 ? `${json.slice(0, SHOWN_CHARS * 2)}...` : json;
    }
    default:
      return String(value);
  }
}
function explainChange(oldValue, newValue) {
  if (typeof oldValue === "string" && typeof newValue === "string") {
    if (oldValue.normalize("NFC") === newValue.normalize("NFC")) {
      const form = (s) => s === s.normalize("NFC") ? "NFC" : s === s.normalize("NFD") ? "NFD" : "mixed";
      return ` (same characters in another Unicode normalization: old is ${form(oldValue)}, new is ${form(newValue)})`;
    }
    if (newValue.length < oldValue.length && oldValue.startsWith(newValue)) {
      return ` (cut off: ${newValue.length} of ${oldValue.length} characters kept)`;
    }
    if (oldValue.trim() === newValue.trim()) return " (only whitespace at the ends differs)";
  }
  if (oldValue instanceof Uint8Array && newValue instanceof Uint8Array) {
    const a = Buffer.from(oldValue);
    const b = Buffer.from(newValue);
    if (a.length !== b.length) return ` (${a.length} bytes became ${b.length})`;
    const at = a.findIndex((byte, i) => byte !== b[i]);
    if (at >= 0) {
      const hex2 = (n) => `0x${n.toString(16).padStart(2, "0")}`;
      return ` (first difference at byte ${at}: ${hex2(a[at])} became ${hex2(b[at])})`;
    }
  }
  if (typeof oldValue === "number" && typeof newValue === "number" && !(Number.isInteger(oldValue) && Number.isInteger(newValue))) {
    return ` (difference ${newValue - oldValue})`;
  }
  return "";
}
function compareKeyValues(a, b, numericColumn) {
  const rank = (v) => {
    const k = kindOf2(v);
    if (k === "null") return 0;
    if (k === "number" || k === "bigint" || k === "boolean" || numericColumn && k === "string" && NUMERIC.test(v))
      return 1;
    if (k === "date") return 2;
    if (k === "string") return 3;
    if (k === "binary") return 4;
    return 5;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1: {
      const x = typeof a === "boolean" ? Number(a) : a;
      const y = typeof b === "boolean" ? Number(b) : b;
      const integer = (v) => typeof v === "bigint" || (typeof v === "number" ? Number.isInteger(v) : /^[+-]?\d+$/.test(String(v)));
      if (integer(x) && integer(y)) {
        const bx = BigInt(x);
        const by = BigInt(y);
        return bx < by ? -1 : bx > by ? 1 : 0;
      }
      return Math.sign(Number(x) - Number(y));
    }
    case 2:
      return Math.sign(a.getTime() - b.getTime());
    case 3:
      return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
    case 4:
      return Buffer.compare(Buffer.from(a), Buffer.from(b));
    default:
      return Buffer.compare(Buffer.from(formatValue(a)), Buffer.from(formatValue(b)));
  }
}

// src/library/compare/db-bridge.ts
function spelled(type) {
  return type.toLowerCase().replace(/\s+/g, " ").trim();
}
function typeNumbers2(type) {
  const match = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(type);
  if (match === null) return [];
  return match[2] === void 0 ? [Number(match[1])] : [Number(match[1]), Number(match[2])];
}
function familyOf(dialect, column) {
  const family = familyOfType(column.type);
  if (dialect === "sqlite" && family === "other" && /^numeric|^number/.test(spelled(column.type)))
    return "decimal";
  return family;
}
function bridgeKind(a, b) {
  const families = /* @__PURE__ */ new Set([a.family, b.family]);
  const only = (...allowed) => [...families].every((f) => allowed.includes(f));
  const has = (family) => families.has(family);
  if (has("boolean") && only("boolean", "integer")) return "boolean";
  if (only("integer")) return "integer";
  if (only("integer", "decimal")) return "decimal";
  if (only("integer", "decimal", "float")) return "float";
  const sqliteText = (side) => side.dialect === "sqlite" && side.family === "text";
  const dateLike = (side) => side.family === "timestamp" || side.family === "date" || sqliteText(side);
  if (has("time") && [a, b].every((s) => s.family === "time" || sqliteText(s))) return "time";
  if ((has("timestamp") || has("date")) && dateLike(a) && dateLike(b))
    return has("date") ? "date" : "timestamp";
  if (has("json") && only("json", "text")) return "json";
  return void 0;
}
function bridgeColumn(oldDialect, oldColumn, newDialect, newColumn, tolerance) {
  if (oldDialect === newDialect && spelled(oldColumn.type) === spelled(newColumn.type))
    return void 0;
  const a = {
    dialect: oldDialect,
    column: oldColumn,
    family: familyOf(oldDialect, oldColumn)
  };
  const b = {
    dialect: newDialect,
    column: newColumn,
    family: familyOf(newDialect, newColumn)
  };
  const kind = bridgeKind(a, b);
  if (kind === void 0) return void 0;
  const made = BRIDGES[kind](a, b, tolerance);
  return {
    bridge: {
      column: newColumn.name,
      oldColumn: oldColumn.name,
      oldType: oldColumn.type,
      newType: newColumn.type,
      as: kind,
      rule: made.rule
    },
    compare: made.compare,
    explain: made.explain
  };
}
function declaredForm(dialect, column) {
  const side = { dialect, column, family: familyOf(dialect, column) };
  return {
    family: side.family,
    float4: isFloat4(side),
    fractionDigits: fractionDigits(side),
    zoned: isZoned(side),
    scale: typeNumbers2(column.type)[1] ?? 0
  };
}
function byLogical(readOld, readNew, same, show2) {
  return {
    compare(oldValue, newValue) {
      const oldNull = oldValue === null || oldValue === void 0;
      const newNull = newValue === null || newValue === void 0;
      if (oldNull || newNull) return oldNull && newNull ? "equal" : "changed";
      const x = readOld(oldValue);
      const y = readNew(newValue);
      if (x === void 0 || y === void 0) {
        if (kindOf2(oldValue) !== kindOf2(newValue)) return "type";
        return isDeepStrictEqual2(oldValue, newValue) ? "equal" : "changed";
      }
      return same(x, y) ? "equal" : "changed";
    },
    explain(oldValue, newValue) {
      const x = oldValue === null || oldValue === void 0 ? void 0 : readOld(oldValue);
      const y = newValue === null || newValue === void 0 ? void 0 : readNew(newValue);
      if (x === void 0 || y === void 0) return "";
      return ` (compared as ${show2(x)} and ${show2(y)})`;
    }
  };
}
function readBoolean(value) {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 0n || value === "0") return false;
  if (value === 1 || value === 1n || value === "1") return true;
  return void 0;
}
var INTEGER_TEXT = /^[+-]?\d+$/;
function readInteger(value) {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : void 0;
  if (typeof value === "string" && INTEGER_TEXT.test(value.trim())) return BigInt(value.trim());
  return void 0;
}
function decimalReader(side) {
  const integer = side.family === "integer";
  const scale = integer ? 0 : typeNumbers2(side.column.type)[1];
  return (value) => {
    if (typeof value === "bigint") return value.toString();
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return void 0;
      if (Number.isInteger(value)) return canonicalDecimal(value.toFixed(0));
      if (integer) return void 0;
      if (scale !== void 0) return canonicalDecimal(value.toFixed(scale));
      return canonicalDecimal(String(value)) ?? canonicalDecimal(value.toFixed(20));
    }
    if (typeof value === "string") return canonicalDecimal(value);
    return void 0;
  };
}
function isFloat4(side) {
  if (side.family !== "float" || side.dialect === "sqlite") return false;
  const t = spelled(side.column.type);
  if (side.dialect === "postgres")
    return t === "real" || t === "float4" || /^float\s*\((\d+)\)/.test(t) && Number(typeNumbers2(t)[0]) <= 24;
  if (!/^float/.test(t)) return false;
  const bits = typeNumbers2(t);
  return bits.length !== 1 || bits[0] <= 24;
}
function readNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()))
    return Number(value);
  return void 0;
}
var BRIDGES = {
  boolean: () => ({
    rule: "0/1 and false/true as booleans",
    ...byLogical(readBoolean, readBoolean, (x, y) => x === y, String)
  }),
  integer: () => ({
    rule: "integers of any width (numbers, bigints or digit strings) by value",
    ...byLogical(readInteger, readInteger, (x, y) => x === y, String)
  }),
  decimal: (a, b, tolerance) => {
    const scales = [a, b].filter((s) => s.family === "decimal").map((s) => typeNumbers2(s.column.type)[1]).filter((s) => s !== void 0);
    return {
      rule: `exact decimals by value` + (scales.length > 0 ? ` (declared scale ${[...new Set(scales)].join(" and ")})` : "") + (tolerance === void 0 ? "" : `, within ${tolerance}`),
      ...byLogical(
        decimalReader(a),
        decimalReader(b),
        (x, y) => x === y || tolerance !== void 0 && Math.abs(Number(x) - Number(y)) <= tolerance,
        (x) => x
      )
    };
  },
  float: (a, b, tolerance) => {
    const mysqlFloat4 = [a, b].some((s) => s.dialect === "mysql" && isFloat4(s));
    const float4 = [a, b].some(isFloat4);
    const reduce = mysqlFloat4 ? (x) => Number(x.toPrecision(6)) : float4 ? Math.fround : (x) => x;
    const rule = mysqlFloat4 ? "floats at the 4-byte side\u2019s precision (6 significant digits, as MySQL sends FLOAT)" : float4 ? "floats at the 4-byte side\u2019s precision (single precision)" : "floats as doubles";
    const same = (x, y) => {
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
      if (tolerance !== void 0 && Math.abs(x - y) <= tolerance) return true;
      return reduce(x) === reduce(y);
    };
    return {
      rule: tolerance === void 0 ? rule : `${rule}, within ${tolerance}`,
      ...byLogical(readNumber, readNumber, same, String)
    };
  },
  timestamp: (a, b) => {
    const digits = Math.min(fractionDigits(a), fractionDigits(b));
    return {
      rule: `date and time at ${PRECISION_NAMES[Math.min(digits, 6)]} precision; ${zoneRule(a, "old")}, ${zoneRule(b, "new")}`,
      ...timeComparison(timestampReader(a), timestampReader(b), digits, formatMicros)
    };
  },
  date: (a, b) => ({
    rule: `dates by day${[a, b].some((s) => s.family !== "date") ? " (a date and time as its day)" : ""}`,
    ...byLogical(
      dayReader(a),
      dayReader(b),
      (x, y) => x === y,
      (x) => x
    )
  }),
  time: (a, b) => {
    const digits = Math.min(fractionDigits(a), fractionDigits(b));
    return {
      rule: `times of day at ${PRECISION_NAMES[Math.min(digits, 6)]} precision`,
      ...timeComparison(readTime, readTime, digits, formatTime)
    };
  },
  json: () => ({
    rule: "JSON by value (text parsed; key order and spacing ignored)",
    ...byLogical(readJson, readJson, isDeepStrictEqual2, (x) => formatValue(x.value))
  })
};
var PRECISION_NAMES = [
  "second",
  "tenth of a second",
  "hundredth of a second",
  "millisecond",
  "10-microsecond",
  "100-microsecond",
  "microsecond"
];
function fractionDigits(side) {
  if (side.dialect === "sqlite") return 6;
  const declared = typeNumbers2(side.column.type)[0];
  if (declared !== void 0) return declared;
  return side.dialect === "postgres" ? 6 : 0;
}
function isZoned(side) {
  const t = spelled(side.column.type);
  if (side.dialect === "postgres") return /with time zone|timestamptz/.test(t);
  return side.dialect === "mysql" && /^timestamp/.test(t);
}
function zoneRule(side, name) {
  if (isZoned(side)) return `${name} ${spelled(side.column.type)} as an instant`;
  return `${name} ${spelled(side.column.type) || "untyped"} (no zone) as UTC`;
}
var DATE_TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
function parseMicros(text) {
  const m = DATE_TIME_TEXT.exec(text.trim());
  if (m === null) return void 0;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  let ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0)
  );
  if (Number.isNaN(ms)) return void 0;
  if (zone !== void 0 && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 6e4;
  }
  const micros = Number(((fraction ?? "") + "000000").slice(0, 6));
  return ms * 1e3 + micros;
}
function timestampReader(side) {
  const zoned = isZoned(side);
  return (value) => {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (Number.isNaN(ms)) return void 0;
      if (zoned) return ms * 1e3;
      return Date.UTC(
        value.getFullYear(),
        value.getMonth(),
        value.getDate(),
        value.getHours(),
        value.getMinutes(),
        value.getSeconds(),
        value.getMilliseconds()
      ) * 1e3;
    }
    if (typeof value === "string") return parseMicros(value);
    return void 0;
  };
}
function dayReader(side) {
  const asTimestamp = timestampReader(side);
  return (value) => {
    if (value instanceof Date && side.family === "date") {
      const pad = (n, w = 2) => String(n).padStart(w, "0");
      return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
    }
    const micros = asTimestamp(value);
    return micros === void 0 ? void 0 : new Date(Math.floor(micros / 1e3)).toISOString().slice(0, 10);
  };
}
var TIME_TEXT = /^(-?)(\d{1,3}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
function readTime(value) {
  if (typeof value !== "string") return void 0;
  const m = TIME_TEXT.exec(value.trim());
  if (m === null) return void 0;
  const [, sign, h, mi, s, fraction] = m;
  const micros = ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1e6 + Number(((fraction ?? "") + "000000").slice(0, 6));
  return sign === "-" ? -micros : micros;
}
function formatMicros(micros) {
  const ms = Math.floor(micros / 1e3);
  const rest = micros - ms * 1e3;
  const iso = new Date(ms).toISOString();
  return rest === 0 ? iso : iso.replace("Z", `${String(rest).padStart(3, "0")}Z`);
}
function formatTime(micros) {
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(micros);
  const seconds = Math.floor(abs / 1e6);
  const fraction = abs - seconds * 1e6;
  const pad = (n) => String(n).padStart(2, "0");
  const text = `${sign}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction === 0 ? text : `${text}.${String(fraction).padStart(6, "0")}`;
}
function timeComparison(readOld, readNew, digits, show2) {
  const unit = 10 ** (6 - Math.max(0, Math.min(6, digits)));
  const same = (x, y) => x === y || Math.floor(x / unit) === Math.floor(y / unit) || Math.round(x / unit) === Math.round(y / unit);
  const base = byLogical(readOld, readNew, same, show2);
  return {
    compare: base.compare,
    explain(oldValue, newValue) {
      const text = base.explain(oldValue, newValue);
      const x = oldValue === null || oldValue === void 0 ? void 0 : readOld(oldValue);
      const y = newValue === null || newValue === void 0 ? void 0 : readNew(newValue);
      if (text === "" || x === void 0 || y === void 0) return text;
      const shift = y - x;
      const hours = shift / 36e8;
      if (shift !== 0 && Math.abs(hours) <= 14 && Number.isInteger(hours * 4))
        return `${text.slice(0, -1)}; moved by ${hours > 0 ? "+" : ""}${hours} h, as a time zone applied on one side only would)`;
      return text;
    }
  };
}
function readJson(value) {
  if (value instanceof Uint8Array || value instanceof Date) return void 0;
  if (typeof value === "string") {
    try {
      return { value: JSON.parse(value) };
    } catch {
      return { value };
    }
  }
  return { value };
}

// src/library/compare/db-strategy.ts
var STRATEGY_CHOICES = ["auto", "merge", "sqlite-attach", "server-hash"];
function selectedColumns(plan, side) {
  return side === "old" ? [...plan.oldKey.map((c) => c.name), ...plan.pairs.map(([o]) => o)] : [...plan.newKey.map((c) => c.name), ...plan.pairs.map(([, n]) => n)];
}
async function* inBatches(items, size) {
  let batch = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
function keyIsPrimaryKey(plan) {
  const same = (key, primary) => primary.length === key.length && key.every((column) => primary.includes(column.name));
  return same(plan.oldKey, plan.oldSide.info.primaryKey) && same(plan.newKey, plan.newSide.info.primaryKey);
}
function baseType(declared) {
  return declared.toLowerCase().replace(/\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
}

// src/library/compare/db-merge.ts
async function countRows(side) {
  const rows = await side.ds.query(
    `SELECT COUNT(*) AS n FROM ${qualifiedName(side.dialect, side.ref)}`
  );
  return Number(Object.values(rows[0])[0]);
}
function outOfOrder(side, after, key) {
  return new Error(
    `compareDatabases: the ${side.name} table ${side.ref.table} returned key ${formatValue(key.length === 1 ? key[0] : key)} after ${formatValue(after.length === 1 ? after[0] : after)}, out of order (duplicate key, or a collation that is not binary); give options.key columns that identify each row once.`
  );
}
async function* scan(side, key, select, batchSize, compareKeys) {
  const table = qualifiedName(side.dialect, side.ref);
  const page = (from) => {
    const { sql, params } = pageQuery(side.dialect, table, select, key, batchSize, from);
    const rows = Promise.resolve(side.ds.query(sql, params));
    rows.catch(() => {
    });
    return rows;
  };
  let after;
  let next = page(void 0);
  while (next !== void 0) {
    const rows = await next;
    next = rows.length < batchSize ? void 0 : page(key.map((column) => rows[rows.length - 1][column.name]));
    for (const row of rows) {
      const rowKey2 = key.map((column) => row[column.name]);
      if (after !== void 0 && compareKeys(after, rowKey2) >= 0)
        throw outOfOrder(side, after, rowKey2);
      after = rowKey2;
      yield { key: rowKey2, row };
    }
  }
}
async function* mergeRows(oldRows, newRows, compareKeys, onRead) {
  let a = await oldRows.next();
  let b = await newRows.next();
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : compareKeys(a.value.key, b.value.key);
    if (order < 0 && !a.done) {
      onRead("old");
      yield { key: a.value.key, old: a.value.row };
      a = await oldRows.next();
    } else if (order > 0 && !b.done) {
      onRead("new");
      yield { key: b.value.key, new: b.value.row };
      b = await newRows.next();
    } else if (!a.done && !b.done) {
      onRead("old");
      onRead("new");
      yield { key: a.value.key, old: a.value.row, new: b.value.row };
      a = await oldRows.next();
      b = await newRows.next();
    }
  }
}
function mergeStrategy(plan, counts, progress) {
  return inBatches(mergeEvents(plan, counts, progress), plan.batchSize);
}
async function* mergeEvents(plan, counts, progress) {
  const [oldTotal, newTotal] = await Promise.all([
    countRows(plan.oldSide),
    countRows(plan.newSide)
  ]);
  const total = oldTotal + newTotal;
  progress(0, total);
  const oldRows = scan(
    plan.oldSide,
    plan.oldKey,
    selectedColumns(plan, "old"),
    plan.batchSize,
    plan.compareKeys
  );
  const newRows = scan(
    plan.newSide,
    plan.newKey,
    selectedColumns(plan, "new"),
    plan.batchSize,
    plan.compareKeys
  );
  yield* mergeRows(oldRows, newRows, plan.compareKeys, (side) => {
    if (side === "old") counts.oldRows++;
    else counts.newRows++;
    counts.rowsFetched++;
    const done = counts.oldRows + counts.newRows;
    progress(done, Math.max(done, total));
  });
  progress(counts.oldRows + counts.newRows, counts.oldRows + counts.newRows, true);
}

// src/library/compare/db-progress.ts
var PROGRESS_LOG_MIN_ROWS = 1e5;
var PROGRESS_INTERVAL_MS = 2e3;
function progressLogger(write = (line) => void process.stderr.write(line), minRows = PROGRESS_LOG_MIN_ROWS) {
  return (p) => {
    if (p.rowsTotal < minRows) return;
    const percent = p.rowsTotal === 0 ? 100 : Math.floor(100 * p.rowsCompared / p.rowsTotal);
    write(
      `compareDatabases ${p.table} (${p.strategy}): ${p.rowsCompared} of ${p.rowsTotal} rows (${percent}%)${p.done ? ", done" : ""}
`
    );
  };
}
function throttleProgress(listener, table, strategy, intervalMs) {
  if (listener === void 0) return () => {
  };
  let calls = 0;
  let last = Number.NEGATIVE_INFINITY;
  let finished = false;
  return (rowsDone, rowsTotal, final = false) => {
    if (finished) return;
    calls++;
    if (!final && last !== Number.NEGATIVE_INFINITY) {
      if (intervalMs > 0 && (calls & 255) !== 0) return;
      if (Date.now() - last < intervalMs) return;
    }
    last = Date.now();
    finished = final;
    listener({ table, strategy, rowsCompared: rowsDone, rowsTotal, done: final });
  };
}

// src/library/compare/db-hash-engines.ts
var isFreeText = (form) => form.as === "strict" || form.as === "text";
var literal = (n) => n.toString();
var isBlankPadded = (type) => /^(character|char|bpchar)\b(?!\s+varying)/i.test(type.trim());
var POSTGRES_HASH = {
  dialect: "postgres",
  async begin(run2) {
    await run2("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await run2("SET LOCAL jit = off");
  },
  field(column, e, form) {
    const decl = declaredForm("postgres", column);
    switch (form.as) {
      case "strict":
        return e;
      case "text":
        return isBlankPadded(column.type) ? void 0 : `${e}::text`;
      case "bytes":
        return decl.family === "binary" ? `encode(${e}, 'hex')` : void 0;
      case "boolean":
        return decl.family === "boolean" ? `CASE WHEN ${e} THEN '1' ELSE '0' END` : `${e}::text`;
      case "integer":
        return `${e}::text`;
      case "decimal":
        if (decl.family !== "decimal") return `${e}::text`;
        return decl.scale > 0 ? `rtrim(rtrim(${e}::text, '0'), '.')` : `CASE WHEN strpos(${e}::text, '.') > 0 THEN rtrim(rtrim(${e}::text, '0'), '.') ELSE ${e}::text END`;
      case "double":
        return `${e}::text`;
      case "float6":
        return `CASE WHEN ${e} IN ('Infinity', '-Infinity', 'NaN') THEN ${e}::text ELSE ${e}::numeric::text END`;
      case "micros":
        return `floor(extract(epoch from ${e}) * ${1e6 / form.unit})::bigint::text`;
      case "day":
        return `to_char(${e}, 'YYYY-MM-DD')`;
    }
  },
  rowHash(fields, portable, pgVersion) {
    if (portable) {
      const text2 = fields.map(
        (f) => f.free ? `coalesce(char_length(${f.sql}) || ':' || ${f.sql}, 'N')` : `coalesce(${f.sql}, 'N')`
      ).join(", ");
      return {
        row: `('x' || substr(md5(concat_ws('|', ${text2})), 1, 16))::bit(64)::bigint`,
        combine: "BIT_XOR",
        portable
      };
    }
    const text = `ROW(${fields.map((f) => f.sql).join(", ")})::text`;
    const row = pgVersion >= 11e4 ? `hashtextextended(${text}, 0)` : `('x' || SUBSTR(MD5(${text}), 1, 16))::bit(64)::bigint`;
    return { row, combine: pgVersion >= 14e4 ? "BIT_XOR" : "SUM", portable };
  },
  bucketQuery(table, k, hash, lo, width, ranges) {
    const bucket = `(${k}::bigint - ${literal(lo)}::bigint) / ${literal(width)}::bigint`;
    const select = `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h`;
    if (ranges === void 0) return { sql: `${select} FROM ${table} t GROUP BY 1`, params: [] };
    return {
      sql: `${select} FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi) CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t GROUP BY 1`,
      params: rangeArrays(ranges)
    };
  },
  rangeQuery(table, k, columns, ranges) {
    return {
      sql: `SELECT ${columns} FROM UNNEST($1::bigint[], $2::bigint[]) AS vm_r(vm_lo, vm_hi) CROSS JOIN LATERAL (SELECT * FROM ${table} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t ORDER BY ${k}`,
      params: rangeArrays(ranges)
    };
  },
  pageQuery(table, k, columns, range, after, limit) {
    const where = `${k} >= ${literal(range.start)}::bigint AND ${k} < ${literal(range.end)}::bigint`;
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${where}${after === void 0 ? "" : ` AND ${k} > $1`} ORDER BY ${k} LIMIT ${limit}`,
      params: after === void 0 ? [] : [after]
    };
  }
};
function rangeArrays(ranges) {
  return [ranges.map((r) => literal(r.start)), ranges.map((r) => literal(r.end))];
}
function mysqlRangeFilter(key, ranges) {
  return ranges.map((r) => `(${key} >= ${literal(r.start)} AND ${key} < ${literal(r.end)})`).join(" OR ");
}
var MYSQL_HASH = {
  dialect: "mysql",
  async begin(run2) {
    await run2("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
  },
  field(column, e, form) {
    const decl = declaredForm("mysql", column);
    const text = `CAST(${e} AS CHAR)`;
    switch (form.as) {
      case "strict":
        return column.class === "text" ? `CONVERT(${e} USING utf8mb4)` : column.class === "float" ? `CAST(${e} AS DOUBLE)` : e;
      case "text":
        return `CONVERT(${e} USING utf8mb4)`;
      case "bytes":
        return decl.family === "binary" ? `LOWER(HEX(${e}))` : void 0;
      case "boolean":
      case "integer":
      case "day":
        return form.as === "day" ? `DATE_FORMAT(${e}, '%Y-%m-%d')` : text;
      case "decimal":
        return decl.family === "decimal" && decl.scale > 0 ? `TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM ${text}))` : text;
      case "double":
      case "float6":
        return text;
      case "micros": {
        const micros = decl.zoned ? `CAST(UNIX_TIMESTAMP(${e}) * 1000000 AS SIGNED)` : `TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ${e})`;
        if (form.unit === 1) return `CAST(${micros} AS CHAR)`;
        const u = form.unit;
        if (u <= 1e4) return `CAST(FLOOR(${micros} / ${u}) AS CHAR)`;
        return `CAST((${micros} - MOD(MOD(${micros}, ${u}) + ${u}, ${u})) DIV ${u} AS CHAR)`;
      }
    }
  },
  rowHash(fields, portable) {
    const length = portable ? "CHAR_LENGTH" : "LENGTH";
    const text = fields.map(
      (f) => f.free || !portable ? `IFNULL(CONCAT(${length}(${f.sql}), ':', ${f.sql}), 'N')` : `IFNULL(${f.sql}, 'N')`
    ).join(", ");
    const joined = portable ? `CONVERT(CONCAT_WS('|', ${text}) USING utf8mb4)` : `CONCAT_WS('|', ${text})`;
    return {
      row: `CAST(CONV(SUBSTRING(MD5(${joined}), 1, 16), 16, 10) AS UNSIGNED)`,
      combine: "BIT_XOR",
      portable
    };
  },
  bucketQuery(table, k, hash, lo, width, ranges) {
    const bucket = `(${k} - ${literal(lo)}) DIV ${literal(width)}`;
    const where = ranges === void 0 ? "" : ` WHERE ${mysqlRangeFilter(k, ranges)}`;
    return {
      sql: `SELECT ${bucket} AS b, COUNT(*) AS n, ${hash.combine}(${hash.row}) AS h FROM ${table} t${where} GROUP BY 1`,
      params: []
    };
  },
  rangeQuery(table, k, columns, ranges) {
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${mysqlRangeFilter(k, ranges)} ORDER BY ${k}`,
      params: []
    };
  },
  pageQuery(table, k, columns, range, after, limit) {
    const where = `${k} >= ${literal(range.start)} AND ${k} < ${literal(range.end)}`;
    return {
      sql: `SELECT ${columns} FROM ${table} t WHERE ${where}${after === void 0 ? "" : ` AND ${k} > ?`} ORDER BY ${k} LIMIT ${limit}`,
      params: after === void 0 ? [] : [after]
    };
  }
};
function hashEngine(dialect) {
  return dialect === "postgres" ? POSTGRES_HASH : dialect === "mysql" ? MYSQL_HASH : void 0;
}
function pairForm(a, b, bridge) {
  const [x, y] = [declaredForm(a.dialect, a.column), declaredForm(b.dialect, b.column)];
  const across = a.dialect !== b.dialect;
  const types = `${a.column.type} -> ${b.column.type}`;
  if (bridge === void 0) {
    if (!across) return { as: "strict" };
    if (a.column.class === "text" && b.column.class === "text") return { as: "text" };
    if (x.family === "binary" && y.family === "binary") return { as: "bytes" };
    return `column ${b.column.name} (${types}) is compared strictly across engines, and only text and bytes have one text on both`;
  }
  switch (bridge) {
    case "boolean":
    case "integer":
    case "decimal":
      return { as: bridge };
    case "float":
      if (x.family === "float" && y.family === "float") {
        if (!x.float4 && !y.float4) return { as: "double" };
        const mysql4 = a.dialect === "mysql" && x.float4 || b.dialect === "mysql" && y.float4;
        if (across && mysql4 && x.float4 && y.float4) return { as: "float6" };
      }
      return `column ${b.column.name} (${types}): floats of different widths have no common text`;
    case "timestamp": {
      const digits = Math.max(0, Math.min(6, x.fractionDigits, y.fractionDigits));
      return { as: "micros", unit: 10 ** (6 - digits) };
    }
    case "date":
      if (x.family === "date" && y.family === "date") return { as: "day" };
      return `column ${b.column.name} (${types}): a date against a date and time`;
    case "time":
    case "json":
      return `column ${b.column.name} (${types}) is compared as ${bridge === "json" ? "JSON by value" : "a time of day"}, which the two servers cannot write as the same text`;
  }
}

// src/library/compare/db-pg-copy.ts
function isPgCopyClient(value) {
  const client = value;
  return typeof client === "object" && client !== null && typeof client.query === "function" && typeof client.getTypeParser === "function";
}
var HIGH_WATER = 2e3;
var CopyOut = class {
  constructor(sql) {
    this.sql = sql;
  }
  sql;
  lines = [];
  finished = false;
  failure;
  paused = false;
  wake;
  connection;
  /** Called by the client when the query's turn comes. */
  submit(connection) {
    this.connection = connection;
    connection.query(this.sql);
  }
  handleCopyData(message) {
    this.lines.push(Buffer.from(message.chunk));
    if (!this.paused && this.lines.length >= HIGH_WATER) {
      this.paused = true;
      this.connection?.stream.pause();
    }
    this.notify();
  }
  handleCommandComplete() {
  }
  handleReadyForQuery() {
    this.finished = true;
    this.notify();
  }
  handleError(error) {
    this.failure ??= error;
    this.finished = true;
    this.notify();
  }
  /** Never sent for COPY; a query object must still accept them. */
  handleRowDescription() {
  }
  handleDataRow() {
  }
  handleEmptyQuery() {
  }
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
  /** The lines, one row each (with its trailing newline), in batches of what has arrived. */
  async *read() {
    for (; ; ) {
      if (this.lines.length > 0) {
        const batch = this.lines;
        this.lines = [];
        if (this.paused) {
          this.paused = false;
          this.connection?.stream.resume();
        }
        yield batch;
        continue;
      }
      if (this.failure !== void 0) throw this.failure;
      if (this.finished) return;
      await new Promise((resolve6) => this.wake = resolve6);
    }
  }
  /** Reads what is left (the connection is free again only once the COPY has ended). */
  async drain() {
    try {
      for await (const batch of this.read()) void batch;
    } catch {
    }
  }
};
function copyLines(client, select) {
  const copy = new CopyOut(`COPY (${select}) TO STDOUT`);
  client.query(copy);
  return (async function* () {
    let ended = false;
    try {
      yield* copy.read();
      ended = true;
    } finally {
      if (!ended) await copy.drain();
    }
  })();
}
var LineCursor = class {
  constructor(batches) {
    this.batches = batches;
  }
  batches;
  batch = [];
  index = 0;
  /** The current line, or undefined at the end (call `ready` first). */
  get line() {
    return this.batch[this.index];
  }
  /** Makes the next line current (or the end). */
  advance() {
    this.index++;
  }
  /** Waits until there is a current line or the end; false at the end. */
  async ready() {
    while (this.index >= this.batch.length) {
      const next = await this.batches.next();
      if (next.done) return false;
      this.batch = next.value;
      this.index = 0;
    }
    return true;
  }
  /** Stops reading (the rest is drained). */
  async close() {
    await this.batches.return(void 0);
  }
};
async function columnParsers(client, select) {
  const result = await client.query(`SELECT * FROM (${select}) vm_q LIMIT 0`);
  return result.fields.map((field) => client.getTypeParser(field.dataTypeID, "text"));
}
var ESCAPES = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function unescapeField(field) {
  if (!field.includes("\\")) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, code) => {
    if (code[0] === "x") return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? code;
  });
}
function decodeLine(line, names, parsers) {
  const text = line.toString(
    "utf8",
    0,
    line[line.length - 1] === 10 ? line.length - 1 : line.length
  );
  const fields = text.split("	");
  const row = {};
  for (let i = 0; i < names.length; i++) {
    const field = fields[i];
    row[names[i]] = field === "\\N" || field === void 0 ? null : parsers[i](unescapeField(field));
  }
  return row;
}
function lineKey(line) {
  let value = 0;
  let i = line[0] === 45 ? 1 : 0;
  const start = i;
  for (; i < line.length; i++) {
    const digit = line[i] - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (i - start > 15) {
    const text = line.toString("latin1", 0, i);
    return BigInt(text);
  }
  return start === 1 ? -value : value;
}

// src/library/compare/db-server-hash.ts
var FACTOR = 16n;
var FIRST_LEVEL_RANGES = 4096n;
var FIRST_LEVEL_ROWS = 256n;
var LEAF_ROWS = 32;
var MIN_RANGES_TO_JUDGE = 256;
var RANGES_PER_QUERY = 2048;
var MYSQL_RANGES_PER_QUERY = 500;
var MAX_SPAN = 2n ** 62n;
function hashSetup(plan) {
  const { oldSide, newSide } = plan;
  const oldEngine = hashEngine(oldSide.dialect);
  const newEngine = hashEngine(newSide.dialect);
  if (oldEngine === void 0 || newEngine === void 0)
    return "it needs PostgreSQL or MySQL/MariaDB on both sides";
  const portable = oldEngine !== newEngine;
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  const pairs = [
    [plan.oldKey[0], plan.newKey[0], portable ? "integer" : void 0],
    ...plan.pairs.map(
      ([o, n], i) => [oldColumns.get(o), newColumns.get(n), plan.bridged[i]]
    )
  ];
  const setup = {
    portable,
    oldFields: [],
    newFields: [],
    strict: !portable,
    narrow: []
  };
  for (const [index, [a, b, bridge]] of pairs.entries()) {
    if (portable && bridge === "json") {
      setup.narrow.push(index - 1);
      continue;
    }
    const form = pairForm(
      { dialect: oldSide.dialect, column: a },
      { dialect: newSide.dialect, column: b },
      bridge
    );
    if (typeof form === "string") return form;
    if (form.as !== "strict") setup.strict = false;
    const x = oldEngine.field(a, `t.${quote(oldSide.dialect, a.name)}`, form);
    const y = newEngine.field(b, `t.${quote(newSide.dialect, b.name)}`, form);
    if (x === void 0 || y === void 0)
      return `column ${b.name} (${a.type} -> ${b.type}) has no text that both servers write alike`;
    setup.oldFields.push({ sql: x, free: isFreeText(form) });
    setup.newFields.push({ sql: y, free: isFreeText(form) });
  }
  return setup;
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function readingGroups(ranges, rows, perQuery) {
  const groups = [];
  let group = [];
  let size = 0;
  for (const range of ranges) {
    if (group.length > 0 && (size + range.rows > rows || group.length >= perQuery)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(range);
    size += range.rows;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
function coalesce(ranges) {
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== void 0 && last.end >= r.start) {
      last.end = r.end > last.end ? r.end : last.end;
      last.rows += r.rows;
    } else out.push({ ...r });
  }
  return out;
}
async function openSession(side, engine) {
  if (typeof side.ds.createQueryRunner !== "function") return { side, close: async () => {
  } };
  const runner = side.ds.createQueryRunner();
  const connection = await runner.connect();
  try {
    await engine.begin((sql) => runner.query(sql));
  } catch (error) {
    await runner.release();
    throw error;
  }
  const ds = side.ds;
  const client = runner.databaseConnection ?? connection;
  return {
    side: {
      ...side,
      ds: {
        options: ds.options,
        isInitialized: ds.isInitialized,
        query: (sql, params) => runner.query(sql, params),
        hasMetadata: (target) => ds.hasMetadata(target),
        getMetadata: (target) => ds.getMetadata(target)
      }
    },
    copy: engine.dialect === "postgres" && isPgCopyClient(client) ? client : void 0,
    close: async () => {
      try {
        await runner.query("COMMIT");
      } finally {
        await runner.release();
      }
    }
  };
}
async function* serverHashStrategy(plan, counts, progress) {
  const setup = hashSetup(plan);
  if (typeof setup === "string") throw new Error(`server-hash cannot run: ${setup}`);
  const engines = [plan.oldSide, plan.newSide].map(
    (side) => hashEngine(side.dialect)
  );
  const opened = await Promise.allSettled([
    openSession(plan.oldSide, engines[0]),
    openSession(plan.newSide, engines[1])
  ]);
  const sessions = opened.flatMap((o) => o.status === "fulfilled" ? [o.value] : []);
  try {
    for (const o of opened) if (o.status === "rejected") throw o.reason;
    const [oldSession, newSession] = sessions;
    yield* inBatches(
      hashAndRead(
        { ...plan, oldSide: oldSession.side, newSide: newSession.side },
        setup,
        [oldSession, newSession],
        counts,
        progress
      ),
      plan.batchSize
    );
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}
function bucketRange(index, width, lo, rows) {
  const start = lo + BigInt(index) * width;
  return { start, end: start + width, rows };
}
function hashText(value, portable) {
  const text = String(value);
  return portable ? BigInt.asUintN(64, BigInt(text)).toString() : text;
}
function denseInDifferences(differing, ranges, rowsPerRange) {
  if (ranges < MIN_RANGES_TO_JUDGE || differing * 2 <= ranges || rowsPerRange <= 0) return false;
  const p = Math.min(differing / ranges, 1 - 1 / (2 * ranges));
  return 1 - (1 - p) ** (LEAF_ROWS / rowsPerRange) > 0.5;
}
async function* hashAndRead(plan, setup, sessions, counts, progress) {
  const pgVersions = await Promise.all(
    [plan.oldSide, plan.newSide].filter((side) => side.dialect === "postgres").map(serverVersion)
  );
  const pgVersion = pgVersions.length === 0 ? 0 : Math.min(...pgVersions);
  if (setup.portable && pgVersion < 14e4) {
    counts.fallback = `PostgreSQL ${pgVersion} has no bit_xor (14 and later), which the hash across engines needs`;
    yield* mergeEvents(plan, counts, progress);
    return;
  }
  const sides = [
    { side: plan.oldSide, key: plan.oldKey[0], fields: setup.oldFields },
    { side: plan.newSide, key: plan.newKey[0], fields: setup.newFields }
  ].map(({ side, key, fields }) => {
    const engine = hashEngine(side.dialect);
    return { side, engine, key, hash: engine.rowHash(fields, setup.portable, pgVersion) };
  });
  const [oldBounds, newBounds] = await Promise.all(sides.map((s) => bounds(s.side, s.key)));
  counts.oldRows = oldBounds.count;
  counts.newRows = newBounds.count;
  const total = counts.oldRows + counts.newRows;
  progress(0, total);
  const lows = [oldBounds.min, newBounds.min].filter((v) => v !== void 0);
  const highs = [oldBounds.max, newBounds.max].filter((v) => v !== void 0);
  if (lows.length === 0) {
    progress(0, 0, true);
    return;
  }
  const lo = lows.reduce((a, b) => a < b ? a : b);
  const hi = highs.reduce((a, b) => a > b ? a : b);
  const span = hi - lo + 1n;
  if (span > MAX_SPAN) {
    counts.oldRows = 0;
    counts.newRows = 0;
    counts.fallback = `keys from ${lo} to ${hi} are too far apart to split into ranges`;
    yield* mergeEvents(plan, counts, progress);
    return;
  }
  const narrowed = setup.narrow.length === 0 ? void 0 : await narrowDifferences(plan, setup.narrow);
  if (narrowed !== void 0) counts.rowsFetched += narrowed.rowsRead;
  const rowsEach = BigInt(Math.max(counts.oldRows, counts.newRows, 1));
  const firstRanges = (() => {
    const byRows = rowsEach / FIRST_LEVEL_ROWS;
    return byRows > FIRST_LEVEL_RANGES ? byRows : FIRST_LEVEL_RANGES;
  })();
  let width = 1n;
  while ((span + width * FACTOR - 1n) / (width * FACTOR) >= firstRanges) width *= FACTOR;
  let ranges;
  const leaves = [];
  let settled = 0;
  let levels = 0;
  let dense = false;
  for (; ; ) {
    levels++;
    const differing = [];
    let levelRows = 0;
    let levelRanges = 0;
    for (const part of ranges === void 0 ? [void 0] : chunks(ranges, RANGES_PER_QUERY)) {
      const [oldBuckets, newBuckets] = await Promise.all(
        sides.map((s) => hashBuckets(s, setup.portable, lo, width, part))
      );
      for (const [index, a] of oldBuckets) {
        const b = newBuckets.get(index);
        newBuckets.delete(index);
        const rows = a.count + (b?.count ?? 0);
        levelRows += rows;
        levelRanges++;
        if (b !== void 0 && a.count === b.count && a.hash === b.hash) settled += rows;
        else differing.push(bucketRange(index, width, lo, Math.max(a.count, b?.count ?? 0)));
      }
      for (const [index, b] of newBuckets) {
        levelRows += b.count;
        levelRanges++;
        differing.push(bucketRange(index, width, lo, b.count));
      }
    }
    differing.sort((x, y) => x.start < y.start ? -1 : 1);
    dense = dense || denseInDifferences(differing.length, levelRanges, levelRows / 2 / Math.max(1, levelRanges));
    const next = [];
    for (const range of differing) {
      if (dense || width === 1n || range.rows <= LEAF_ROWS) leaves.push(range);
      else next.push(range);
    }
    progress(settled, total);
    if (next.length === 0) break;
    ranges = coalesce(next);
    width /= FACTOR;
  }
  if (narrowed !== void 0) leaves.push(...narrowed.ranges);
  leaves.sort((x, y) => x.start < y.start ? -1 : x.start > y.start ? 1 : 0);
  const read = coalesce(leaves);
  const [oldCopy, newCopy] = sessions.map((s) => s.copy);
  const copy = dense && oldCopy !== void 0 && newCopy !== void 0;
  counts.detail = `${levels} level${levels === 1 ? "" : "s"} of hashes, ${read.length} key range${read.length === 1 ? "" : "s"} read` + (setup.portable ? "; rows hashed as their logical values on both engines" : "") + (dense ? `; most ranges differed, so the rest was read whole${copy ? " by COPY, equal lines skipped unparsed" : ""}` : "") + (narrowed === void 0 ? "" : `; ${narrowed.columns.join(", ")} compared by value from a key-order read of the key and ${narrowed.columns.length === 1 ? "that column" : "those columns"} (${narrowed.rowsRead} rows, ${narrowed.rows} differing)`);
  let fetched = 0;
  const onRead = () => {
    counts.rowsFetched++;
    fetched++;
    progress(settled + fetched, Math.max(total, settled + fetched));
  };
  if (copy) {
    yield* copyMerge(plan, [oldCopy, newCopy], read, setup.strict, onRead);
  } else {
    const oldRows = readRanges(sides[0], plan.oldKey, selectedColumns(plan, "old"), read, plan);
    const newRows = readRanges(sides[1], plan.newKey, selectedColumns(plan, "new"), read, plan);
    yield* mergeRows(oldRows, newRows, plan.compareKeys, onRead);
  }
  progress(total, total, true);
}
async function bounds(side, key) {
  const k = quote(side.dialect, key.name);
  const rows = await side.ds.query(
    `SELECT MIN(${k}) AS lo, MAX(${k}) AS hi, COUNT(*) AS n FROM ${qualifiedName(side.dialect, side.ref)}`
  );
  const { lo, hi, n } = rows[0];
  const big = (v) => v === null || v === void 0 ? void 0 : BigInt(String(v));
  return { min: big(lo), max: big(hi), count: Number(n) };
}
async function hashBuckets(s, portable, lo, width, ranges) {
  const table = qualifiedName(s.side.dialect, s.side.ref);
  const k = `t.${quote(s.side.dialect, s.key.name)}`;
  const buckets = /* @__PURE__ */ new Map();
  const run2 = async (part) => {
    const { sql, params } = s.engine.bucketQuery(table, k, s.hash, lo, width, part);
    const rows = await s.side.ds.query(sql, params);
    for (const row of rows)
      buckets.set(String(row.b), {
        count: Number(row.n),
        hash: hashText(row.h, portable)
      });
  };
  if (ranges === void 0 || s.engine.dialect === "postgres") await run2(ranges);
  else for (const part of chunks(ranges, MYSQL_RANGES_PER_QUERY)) await run2(part);
  return buckets;
}
async function serverVersion(side) {
  const rows = await side.ds.query(
    `SELECT current_setting('server_version_num') AS v`
  );
  return Number(rows[0].v);
}
async function* readRanges(s, key, select, ranges, plan) {
  const { side, engine } = s;
  const dialect = side.dialect;
  const table = qualifiedName(dialect, side.ref);
  const k = `t.${quote(dialect, key[0].name)}`;
  const columns = select.map((name) => `t.${quote(dialect, name)}`).join(", ");
  const perQuery = dialect === "postgres" ? Number.MAX_SAFE_INTEGER : MYSQL_RANGES_PER_QUERY;
  let previous;
  for (const group of readingGroups(ranges, plan.batchSize, perQuery)) {
    const paged = group.length === 1;
    let after;
    for (; ; ) {
      const { sql, params } = paged ? engine.pageQuery(table, k, columns, group[0], after, plan.batchSize) : engine.rangeQuery(table, k, columns, group);
      const rows = await side.ds.query(sql, params);
      for (const row of rows) {
        const rowKey2 = key.map((column) => row[column.name]);
        if (previous !== void 0 && plan.compareKeys(previous, rowKey2) >= 0)
          throw outOfOrder(side, previous, rowKey2);
        previous = rowKey2;
        yield { key: rowKey2, row };
      }
      if (!paged || rows.length < plan.batchSize) break;
      after = rows[rows.length - 1][key[0].name];
    }
  }
}
async function* copyMerge(plan, clients, ranges, skipEqualLines, onRead) {
  const starts = `'{${ranges.map((r) => r.start.toString()).join(",")}}'::bigint[]`;
  const ends = `'{${ranges.map((r) => r.end.toString()).join(",")}}'::bigint[]`;
  const queries = [plan.oldSide, plan.newSide].map(async (side, i) => {
    const names = selectedColumns(plan, side.name);
    const k = `t.${quote("postgres", (side.name === "old" ? plan.oldKey : plan.newKey)[0].name)}`;
    const columns = names.map((name) => `t.${quote("postgres", name)}`).join(", ");
    const select = `SELECT ${columns} FROM UNNEST(${starts}, ${ends}) AS vm_r(vm_lo, vm_hi) CROSS JOIN LATERAL (SELECT * FROM ${qualifiedName("postgres", side.ref)} t WHERE ${k} >= vm_r.vm_lo AND ${k} < vm_r.vm_hi OFFSET 0) t ORDER BY ${k}`;
    return { names, select, parsers: await columnParsers(clients[i], select), side };
  });
  const [a, b] = (await Promise.all(queries)).map((q, i) => ({
    ...q,
    lines: copyLines(clients[i], q.select)
  }));
  const decode = (s, line) => {
    const row = decodeLine(line, s.names, s.parsers);
    const keyNames = (s.side.name === "old" ? plan.oldKey : plan.newKey).map((c) => c.name);
    return { key: keyNames.map((name) => row[name]), row };
  };
  const x = new LineCursor(a.lines);
  const y = new LineCursor(b.lines);
  try {
    let previousX = -Infinity;
    let previousY = -Infinity;
    for (; ; ) {
      const lx = x.line ?? (await x.ready() ? x.line : void 0);
      const ly = y.line ?? (await y.ready() ? y.line : void 0);
      if (lx === void 0 && ly === void 0) break;
      const kx = lx === void 0 ? void 0 : lineKey(lx);
      const ky = ly === void 0 ? void 0 : lineKey(ly);
      if (kx !== void 0 && kx <= previousX) throw outOfOrder(plan.oldSide, [previousX], [kx]);
      if (ky !== void 0 && ky <= previousY) throw outOfOrder(plan.newSide, [previousY], [ky]);
      if (kx !== void 0 && (ky === void 0 || kx < ky)) {
        onRead("old");
        const old = decode(a, lx);
        previousX = kx;
        x.advance();
        yield { key: old.key, old: old.row };
      } else if (ky !== void 0 && (kx === void 0 || ky < kx)) {
        onRead("new");
        const row = decode(b, ly);
        previousY = ky;
        y.advance();
        yield { key: row.key, new: row.row };
      } else {
        onRead("old");
        onRead("new");
        previousX = kx;
        previousY = ky;
        x.advance();
        y.advance();
        if (!(skipEqualLines && lx.equals(ly))) {
          const old = decode(a, lx);
          yield { key: old.key, old: old.row, new: decode(b, ly).row };
        }
      }
    }
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
}
async function narrowDifferences(plan, narrow) {
  const pairs = narrow.map((i) => plan.pairs[i]);
  const oldColumns = new Map(plan.oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(plan.newSide.info.columns.map((c) => [c.name, c]));
  const bridges = pairs.map(([o, n]) => {
    const bridge = bridgeColumn(
      plan.oldSide.dialect,
      oldColumns.get(o),
      plan.newSide.dialect,
      newColumns.get(n),
      void 0
    );
    if (bridge === void 0 || bridge.bridge.as !== "json")
      throw new Error(`server-hash: column ${n} is not compared as JSON`);
    return bridge;
  });
  const narrowPlan = {
    ...plan,
    pairs,
    bridged: bridges.map((b) => b.bridge.as)
  };
  const oldRows = scan(
    plan.oldSide,
    plan.oldKey,
    selectedColumns(narrowPlan, "old"),
    plan.batchSize,
    plan.compareKeys
  );
  const newRows = scan(
    plan.newSide,
    plan.newKey,
    selectedColumns(narrowPlan, "new"),
    plan.batchSize,
    plan.compareKeys
  );
  const found = {
    columns: pairs.map(([, n]) => n),
    ranges: [],
    rows: 0,
    rowsRead: 0
  };
  const events = mergeRows(oldRows, newRows, plan.compareKeys, () => found.rowsRead++);
  for await (const event of events) {
    if (event.old === void 0 || event.new === void 0) continue;
    if (differsAnywhere(event.old, event.new, pairs, bridges)) {
      const key = BigInt(String(event.key[0]));
      found.rows++;
      const last = found.ranges[found.ranges.length - 1];
      if (last !== void 0 && last.end === key) {
        last.end = key + 1n;
        last.rows++;
      } else found.ranges.push({ start: key, end: key + 1n, rows: 1 });
    }
  }
  return found;
}
function differsAnywhere(old, row, pairs, bridges) {
  for (let i = 0; i < pairs.length; i++)
    if (bridges[i].compare(old[pairs[i][0]], row[pairs[i][1]]) !== "equal") return true;
  return false;
}

// src/library/compare/db-sqlite-attach.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";

// src/library/compare/sqlite-attach-shared.ts
var Slot = {
  /** Batches of new-only rows the worker has sent and this thread has not read. */
  Ahead: 0,
  /** Chunks taken, by either thread. */
  Claimed: 1,
  /** Rows of chunks the worker has sent and this thread has not read. */
  Unread: 2
};
var SLOT_COUNT = 3;

// src/library/compare/db-sqlite-attach.ts
var FILE_DRIVERS = /* @__PURE__ */ new Set(["better-sqlite3", "sqlite"]);
var NEW_SCHEMA = "vm_new";
function sqliteFileOf(ds) {
  const options = ds.options;
  if (!FILE_DRIVERS.has(options.type))
    return { reason: `its driver '${options.type}' keeps no file we can open` };
  const database = options.database;
  if (typeof database !== "string" || database === "" || database.includes(":memory:"))
    return { reason: "it is an in-memory database, which another connection cannot attach" };
  if (options.key !== void 0) return { reason: "it is encrypted (options.key)" };
  const file = resolve(database);
  if (!existsSync(file)) return { reason: `its file ${file} does not exist` };
  return { file };
}
var CONNECTION_PRAGMAS = ["main.cache_size = -2000", `${NEW_SCHEMA}.cache_size = -2000`];
function openReadOnly(oldFile, newFile) {
  const Database = createRequire(import.meta.url)("better-sqlite3");
  const db = new Database(oldFile, { readonly: true, fileMustExist: true, timeout: 5e3 });
  try {
    db.pragma("query_only = ON");
    db.prepare(`ATTACH DATABASE ? AS ${NEW_SCHEMA}`).run(newFile);
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
var PARALLEL_MIN_BYTES = 32 * 2 ** 20;
var MIN_CHUNKS = 64;
var CHUNK_BYTES = 4 * 2 ** 20;
var UNREAD_ROWS = 8192;
var BATCHES_AHEAD = 4;
var WORKER_BATCH = 1e3;
var JOIN_AHEAD = 4096;
var WORKER_FILE = new URL(
  import.meta.url.endsWith(".ts") ? "./sqlite-attach-worker.source.mjs" : "./sqlite-attach-worker.js",
  import.meta.url
);
function spawnWorker(files) {
  const buffer = new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT);
  const setup = {
    module: createRequire(import.meta.url).resolve("better-sqlite3"),
    oldFile: files.old,
    newFile: files.new,
    newSchema: NEW_SCHEMA,
    pragmas: CONNECTION_PRAGMAS,
    shared: buffer
  };
  const worker = new Worker(WORKER_FILE, { workerData: setup });
  const queue = [];
  let wake;
  let failure;
  const push = (message) => {
    queue.push(message);
    wake?.();
  };
  worker.on("message", push);
  worker.on("error", (error) => push({ error: error.message }));
  worker.on("exit", (code) => {
    if (code !== 0) push({ error: `the worker thread stopped with code ${code}` });
  });
  const next = async () => {
    while (queue.length === 0) await new Promise((resolve6) => wake = resolve6);
    const message = queue.shift();
    if ("error" in message) {
      failure ??= new Error(`compareDatabases (sqlite-attach): ${message.error}`);
      throw failure;
    }
    return message;
  };
  return {
    next,
    shared: new Int32Array(buffer),
    start: (job) => worker.postMessage(job),
    stop: () => void worker.terminate()
  };
}
function streamFromWorker(worker, job) {
  worker.start({ ...job, limit: BATCHES_AHEAD, batch: WORKER_BATCH });
  const counts = worker.next().then((message) => message.counts);
  counts.catch(() => {
  });
  async function* rows() {
    await counts;
    for (; ; ) {
      const message = await worker.next();
      Atomics.sub(worker.shared, Slot.Ahead, 1);
      Atomics.notify(worker.shared, Slot.Ahead);
      yield* message.rows;
      if (message.done) return;
    }
  }
  return { counts, rows: rows() };
}
async function* chunkedCandidates(db, worker, sql, countSql, chunks2, setCounts) {
  const statement = db.prepare(sql).raw(true);
  const counter = db.prepare(countSql).pluck(true);
  let oldRows = 0;
  let mine = 0;
  let waiting = [];
  while (Atomics.add(worker.shared, Slot.Claimed, 1) < chunks2.length) {
    const [low, high] = chunks2[mine++];
    for (const values of statement.iterate(low, high, low, high)) {
      waiting.push(values);
      if (waiting.length >= UNREAD_ROWS) {
        yield waiting;
        waiting = [];
      }
    }
    oldRows += Number(counter.get(low, high));
  }
  if (waiting.length > 0) yield waiting;
  const held = [];
  for (let message = await worker.next(); "chunk" in message; message = await worker.next()) {
    Atomics.sub(worker.shared, Slot.Unread, message.rows.length);
    Atomics.notify(worker.shared, Slot.Unread);
    oldRows += message.count ?? 0;
    if (message.chunk === mine) {
      if (message.rows.length > 0) yield message.rows.map(restoreBuffers);
    } else for (const values of message.rows) (held[message.chunk] ??= []).push(values);
  }
  setCounts([oldRows]);
  for (let i = mine + 1; i < chunks2.length; i++) {
    const rows = held[i];
    if (rows !== void 0 && rows.length > 0) yield rows.map(restoreBuffers);
  }
}
function restoreBuffers(values) {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value instanceof Uint8Array && !Buffer.isBuffer(value))
      values[i] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return values;
}
function sqliteAttachStrategy(files) {
  return async function* run2(plan, counts, progress) {
    const bytes = fileSize(files.old) + fileSize(files.new);
    const worker = bytes >= PARALLEL_MIN_BYTES ? spawnWorker(files) : void 0;
    let db;
    try {
      db = openReadOnly(files.old, files.new);
    } catch (error) {
      worker?.stop();
      throw error;
    }
    let joined;
    let chunked;
    let workerCounts;
    try {
      const oldTable = `main.${quote("sqlite", plan.oldSide.ref.table)}`;
      const newTable = `${NEW_SCHEMA}.${quote("sqlite", plan.newSide.ref.table)}`;
      const derive = keyNeverNull(db, "main", plan.oldSide.ref.table, plan.oldKey) && keyNeverNull(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey);
      const countSql = (derive ? [oldTable] : [oldTable, newTable]).map(
        (table) => `SELECT COUNT(*) FROM ${table}`
      );
      const setCounts = (rows) => {
        counts.oldRows = rows[0];
        if (!derive) {
          counts.newRows = rows[1];
          progress(0, counts.oldRows + counts.newRows);
        }
      };
      const q = (name) => quote("sqlite", name);
      const oldKey = plan.oldKey.map((c) => q(c.name));
      const newKey = plan.newKey.map((c) => q(c.name));
      const oldCols = plan.pairs.map(([o]) => q(o));
      const newCols = plan.pairs.map(([, n]) => q(n));
      const present = `B.${matchMarker(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey)}`;
      const oldPresent = `A.${matchMarker(db, "main", plan.oldSide.ref.table, plan.oldKey)}`;
      const sameKey = plan.oldKey.map((_, i) => `B.${newKey[i]} IS A.${oldKey[i]} COLLATE BINARY`).join(" AND ");
      const changed = plan.pairs.map((_, i) => `+A.${oldCols[i]} IS NOT +B.${newCols[i]} COLLATE BINARY`).join(" OR ");
      const nulls = (n) => Array.from({ length: n }, () => "NULL");
      const keyWidth = plan.oldKey.length;
      const orderBy = `ORDER BY ${Array.from({ length: keyWidth }, (_, i) => `${i + 2} COLLATE BINARY`).join(", ")}`;
      const oldAndBoth = (range = "") => [
        `SELECT CASE WHEN ${present} IS NULL THEN 1 ELSE 3 END,`,
        [
          ...oldKey.map((k) => `A.${k}`),
          ...oldKey.map((k) => `A.${k}`),
          ...oldCols.map((c) => `A.${c}`),
          ...newKey.map((k) => `B.${k}`),
          ...newCols.map((c) => `B.${c}`)
        ].join(", "),
        `FROM ${oldTable} A LEFT JOIN ${newTable} B ON ${sameKey}`,
        `WHERE (${present} IS NULL${changed === "" ? "" : ` OR ${changed}`})${range}`
      ].join("\n");
      const onlyNew = (range = "") => [
        "SELECT 2,",
        [
          ...newKey.map((k) => `B.${k}`),
          ...nulls(oldKey.length + oldCols.length),
          ...newKey.map((k) => `B.${k}`),
          ...newCols.map((c) => `B.${c}`)
        ].join(", "),
        // An anti-join: as fast again as NOT EXISTS (a correlated subquery per row) at 1M rows.
        `FROM ${newTable} B LEFT JOIN ${oldTable} A ON ${sameKey}`,
        `WHERE ${oldPresent} IS NULL${range}`
      ].join("\n");
      let candidates;
      const chunks2 = worker !== void 0 && rowidKey(db, "main", plan.oldSide.ref.table, plan.oldKey) && rowidKey(db, NEW_SCHEMA, plan.newSide.ref.table, plan.newKey) ? keyChunks(
        db,
        `A.${oldKey[0]}`,
        oldTable,
        `B.${newKey[0]}`,
        newTable,
        Math.max(MIN_CHUNKS, Math.ceil(bytes / CHUNK_BYTES))
      ) : void 0;
      if (worker !== void 0 && chunks2 !== void 0) {
        const sql = `${oldAndBoth(` AND A.${oldKey[0]} BETWEEN ? AND ?`)}
UNION ALL
${onlyNew(` AND B.${newKey[0]} BETWEEN ? AND ?`)}
${orderBy}`;
        const countChunk = `SELECT COUNT(*) FROM ${oldTable} A WHERE A.${oldKey[0]} BETWEEN ? AND ?`;
        worker.start({
          chunks: chunks2,
          sql,
          countSql: countChunk,
          limit: UNREAD_ROWS,
          batch: WORKER_BATCH
        });
        chunked = chunkedCandidates(db, worker, sql, countChunk, chunks2, setCounts);
        candidates = chunked;
      } else if (worker !== void 0) {
        const streamed = streamFromWorker(worker, { countSql, sql: `${onlyNew()}
${orderBy}` });
        workerCounts = streamed.counts;
        void streamed.counts.then(setCounts);
        joined = db.prepare(`${oldAndBoth()}
${orderBy}`).raw(true).iterate();
        candidates = mergeCandidates(joined, streamed.rows, keyWidth, plan.compareKeys);
      } else {
        setCounts(countSql.map((sql) => Number(db.prepare(sql).pluck(true).get())));
        joined = db.prepare(`${oldAndBoth()}
UNION ALL
${onlyNew()}
${orderBy}`).raw(true).iterate();
        candidates = inBatches(joined, plan.batchSize);
      }
      const { onlyOld, onlyNew: onlyNewRows } = yield* rowEvents(
        candidates,
        plan,
        counts,
        keyWidth
      );
      if (workerCounts !== void 0) await workerCounts;
      if (derive) {
        counts.newRows = counts.oldRows - onlyOld + onlyNewRows;
        progress(0, counts.oldRows + counts.newRows);
      }
      const total = counts.oldRows + counts.newRows;
      progress(total, total, true);
    } finally {
      joined?.return?.();
      await chunked?.return(void 0);
      worker?.stop();
      db.close();
    }
  };
}
async function* rowEvents(candidates, plan, counts, keyWidth) {
  const oldNames = selectedColumns(plan, "old");
  const newNames = selectedColumns(plan, "new");
  const width = oldNames.length;
  const toRow = (values, start, names) => {
    const row = {};
    for (let i = 0; i < names.length; i++) row[names[i]] = values[start + i];
    return row;
  };
  let previous;
  let onlyOld = 0;
  let onlyNew = 0;
  for await (const batch of candidates) {
    const events = [];
    for (const values of batch) {
      const tag = values[0];
      const key = values.slice(1, 1 + keyWidth);
      if (previous !== void 0 && plan.compareKeys(previous, key) >= 0) {
        const side = tag === 2 ? plan.newSide : plan.oldSide;
        throw outOfOrder(side, previous, key);
      }
      previous = key;
      const event = { key };
      if (tag !== 2) event.old = toRow(values, 1 + keyWidth, oldNames);
      if (tag !== 1) event.new = toRow(values, 1 + keyWidth + width, newNames);
      counts.rowsFetched += tag === 3 ? 2 : 1;
      if (tag === 1) onlyOld++;
      else if (tag === 2) onlyNew++;
      events.push(event);
    }
    yield events;
  }
  return { onlyOld, onlyNew };
}
async function* mergeCandidates(joined, onlyNew, keyWidth, compareKeys, ahead = JOIN_AHEAD) {
  const keyOf2 = (values) => values.slice(1, 1 + keyWidth);
  let merged = [];
  let buffer = [];
  let head = 0;
  let joinDone = false;
  const readAhead = () => {
    if (head === buffer.length) {
      buffer = [];
      head = 0;
    }
    while (!joinDone && buffer.length - head < ahead) {
      const step = joined.next();
      if (step.done) joinDone = true;
      else buffer.push(step.value);
    }
  };
  readAhead();
  let b = await onlyNew.next();
  for (; ; ) {
    if (head === buffer.length) readAhead();
    const a = head < buffer.length ? buffer[head] : void 0;
    if (a === void 0 && b.done) break;
    if (a !== void 0 && (b.done || compareKeys(keyOf2(a), keyOf2(b.value)) <= 0)) {
      head++;
      merged.push(a);
    } else if (!b.done) {
      merged.push(restoreBuffers(b.value));
      readAhead();
      b = await onlyNew.next();
    }
    if (merged.length >= ahead) {
      yield merged;
      merged = [];
    }
  }
  if (merged.length > 0) yield merged;
}
function fileSize(file) {
  try {
    return statSync2(file).size;
  } catch {
    return 0;
  }
}
function keyNeverNull(db, schema, table, key) {
  return keyShape(db, schema, table, key) !== "nullable";
}
function rowidKey(db, schema, table, key) {
  return keyShape(db, schema, table, key) === "rowid";
}
function keyShape(db, schema, table, key) {
  const name = quote("sqlite", table);
  const [entry] = db.pragma(`${schema}.table_list(${name})`);
  if (entry === void 0 || entry.type !== "table") return "nullable";
  if (Number(entry.wr) === 1) return "not null";
  const columns = db.pragma(`${schema}.table_info(${name})`);
  const indexes = db.pragma(`${schema}.index_list(${name})`);
  const primary = columns.filter((column) => Number(column.pk) > 0);
  if (primary.length === 1 && key.length === 1 && primary[0].name === key[0].name && !indexes.some((index) => index.origin === "pk"))
    return "rowid";
  return key.every((k) => columns.some((c) => c.name === k.name && Number(c.notnull) === 1)) ? "not null" : "nullable";
}
function keyChunks(db, oldKey, oldTable, newKey, newTable, count) {
  const ends = [
    `SELECT min(${oldKey}) AS k FROM ${oldTable} A`,
    `SELECT max(${oldKey}) FROM ${oldTable} A`,
    `SELECT min(${newKey}) FROM ${newTable} B`,
    `SELECT max(${newKey}) FROM ${newTable} B`
  ].join(" UNION ALL ");
  const [least, greatest] = db.prepare(`SELECT CAST(min(k) AS TEXT), CAST(max(k) AS TEXT) FROM (${ends})`).raw(true).get();
  if (least === null || greatest === null) return void 0;
  const low = BigInt(least);
  const high = BigInt(greatest);
  const span = high - low + 1n;
  const width = (span + BigInt(count) - 1n) / BigInt(count);
  const chunks2 = [];
  for (let start = low; start <= high; start += width) {
    const end = start + width - 1n;
    chunks2.push([start, end < high ? end : high]);
  }
  return chunks2;
}
var ROWID_NAMES = ["rowid", "_rowid_", "oid"];
function matchMarker(db, schema, table, key) {
  const name = quote("sqlite", table);
  const [entry] = db.pragma(`${schema}.table_list(${name})`);
  if (entry === void 0) throw new Error(`no such table: ${schema}.${table}`);
  if (entry.type === "table" && Number(entry.wr) === 0) {
    const columns = db.pragma(`${schema}.table_xinfo(${name})`);
    const taken = new Set(columns.map((column) => column.name.toLowerCase()));
    const free = ROWID_NAMES.find((rowid) => !taken.has(rowid));
    if (free !== void 0) return free;
  }
  if (keyNeverNull(db, schema, table, key)) return quote("sqlite", key[0].name);
  throw new Error(
    `compareDatabases (sqlite-attach): table ${table} has columns named ${ROWID_NAMES.join(", ")} and a primary key that can hold NULL, so a row without a partner cannot be told from one whose key is NULL: use strategy: 'merge'`
  );
}

// src/library/compare/databases.ts
async function compareDatabases(oldDs, newDs, entityOrTable, options = {}) {
  return (await compareDatabasesDetailed(oldDs, newDs, entityOrTable, options)).differences;
}
async function compareDatabasesDetailed(oldDs, newDs, entityOrTable, options = {}) {
  if (options.noiseFrom === void 0) return compareTable(oldDs, newDs, entityOrTable, options);
  return compareLearningNoise(oldDs, options.noiseFrom, newDs, entityOrTable, options);
}
async function compareLearningNoise(oldDs, twinDs, newDs, entityOrTable, options) {
  if (twinDs === null || typeof twinDs !== "object" || typeof twinDs.query !== "function")
    throw new TypeError(
      // Only its type: a string here may well be a connection URL with a password in it.
      `compareDatabases: noiseFrom must be the TypeORM DataSource of a second run of the old version, got ${twinDs === null ? "null" : typeof twinDs === "object" ? "an object without query()" : `a ${typeof twinDs}`}.`
    );
  if (twinDs.isInitialized === false)
    throw new Error(
      "compareDatabases: the noiseFrom data source (the second old run) is not initialized; call initialize() first."
    );
  if (twinDs === oldDs || twinDs === newDs)
    throw new Error(
      `compareDatabases: noiseFrom is the ${twinDs === oldDs ? "old" : "new"} data source itself; give a second run of the old version on its own database, or leave noiseFrom out.`
    );
  const maxDifferences = options.maxDifferences ?? 1e3;
  const renamedBack = new Map(
    Object.entries(options.renamedColumns ?? {}).map(([o, n]) => [n, o])
  );
  const toOld = (name) => renamedBack.get(name) ?? name;
  const learned = /* @__PURE__ */ new Map();
  const problems = [];
  let problemCount = 0;
  const twin = await compareTable(
    oldDs,
    twinDs,
    entityOrTable,
    {
      key: options.key,
      columns: options.columns?.map(toOld),
      ignoreColumns: options.ignoreColumns?.map(toOld),
      normalize: options.normalize,
      tolerance: options.tolerance,
      bridgeTypes: options.bridgeTypes,
      batchSize: options.batchSize,
      // Both twins are the old version on the same engine: the strategy asked for old-new may
      // not apply to them (a SQLite old side against a server new side), so pick what applies.
      strategy: options.strategy === "merge" ? "merge" : "auto",
      maxDifferences: 0,
      onProgress: options.onProgress,
      progressIntervalMs: options.progressIntervalMs
    },
    {
      lenientNames: true,
      // A table the new version adds is in neither old run: old-new says so, there is nothing to learn.
      absentTableIsEmpty: true,
      observe: (difference, column) => {
        if (column !== void 0) {
          const entry = learned.get(column) ?? { column, rows: 0, examples: [] };
          entry.rows++;
          if (entry.examples.length < 2) entry.examples.push(difference);
          learned.set(column, entry);
          return;
        }
        problemCount++;
        if (problems.length < maxDifferences) problems.push(twinProblem(difference));
      }
    }
  );
  const main = await compareTable(oldDs, newDs, entityOrTable, options, {
    noise: new Set(learned.keys())
  });
  const differences = [...problems, ...main.differences].slice(0, maxDifferences);
  const total = problemCount + main.total;
  const order = new Map(twin.columns.map(([o], i) => [o, i]));
  return {
    ...main,
    differences,
    total,
    truncated: total > differences.length,
    noise: {
      columns: [...learned.values()].sort(
        (a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0)
      ),
      rowsCompared: twin.rowsCompared,
      problems: problemCount
    }
  };
}
function twinProblem(difference) {
  const what = !difference.path.includes("[") ? "table" : difference.path.includes("[*]") ? "column" : "row";
  const has = difference.kind === "missing" ? `the old run has ${what} ${difference.path} and the second old run (noiseFrom) does not` : `the second old run (noiseFrom) has ${what} ${difference.path} and the old run does not`;
  return {
    ...difference,
    path: `noiseFrom:${difference.path}`,
    message: `${has}: the old version does not write the same ${what}s on each run, so this cannot be learned as noise`
  };
}
async function compareTable(oldDs, newDs, entityOrTable, options, run2 = {}) {
  const maxDifferences = options.maxDifferences ?? 1e3;
  const batchSize = options.batchSize ?? 1e3;
  const requested = options.strategy ?? "auto";
  const intervalMs = options.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  if (!(Number.isInteger(batchSize) && batchSize > 0))
    throw new RangeError(`batchSize must be a whole number > 0, got ${batchSize}`);
  if (!(maxDifferences >= 0))
    throw new RangeError(`maxDifferences must be >= 0, got ${maxDifferences}`);
  if (!STRATEGY_CHOICES.includes(requested))
    throw new RangeError(
      `compareDatabases: strategy must be one of ${STRATEGY_CHOICES.join(", ")}, got ${formatValue(requested)}`
    );
  if (!(intervalMs >= 0))
    throw new RangeError(`progressIntervalMs must be >= 0, got ${intervalMs}`);
  const normalize = options.normalize === true ? { booleans: true, dates: true, numericStrings: true } : options.normalize === false || options.normalize === void 0 ? {} : options.normalize;
  const result = {
    differences: [],
    total: 0,
    truncated: false,
    rowsCompared: 0,
    oldRows: 0,
    newRows: 0,
    columns: [],
    bridges: [],
    strategy: "merge",
    strategyReason: "",
    rowsFetched: 0
  };
  const add = (difference, column) => {
    run2.observe?.(difference, column);
    result.total++;
    if (result.differences.length < maxDifferences) result.differences.push(difference);
    else result.truncated = true;
  };
  const [oldSide, newSide] = await Promise.all([
    openSide("old", oldDs, entityOrTable),
    openSide("new", newDs, entityOrTable)
  ]);
  const label = oldSide.ref.table;
  if (requested !== "auto") {
    const why = engineMismatch(requested, oldSide, newSide);
    if (why !== void 0) throw strategyError(requested, oldSide, newSide, why);
  }
  if (oldSide.info.columns.length === 0 || newSide.info.columns.length === 0) {
    if (oldSide.info.columns.length === 0 && newSide.info.columns.length === 0) {
      if (run2.absentTableIsEmpty === true) {
        result.strategyReason = "the table is in neither database: nothing to compare";
        return result;
      }
      throw new Error(`compareDatabases: table ${label} exists in neither database.`);
    }
    const missing = oldSide.info.columns.length > 0;
    result.strategy = requested === "auto" ? "merge" : requested;
    result.strategyReason = "a table is missing: no rows to compare";
    add({
      path: label,
      kind: missing ? "missing" : "extra",
      message: missing ? `table ${label} is missing from the new database` : `table ${newSide.ref.table} is only in the new database`
    });
    return result;
  }
  const { oldKey, newKey, pairs } = planColumns(oldSide, newSide, options, add, label, run2);
  result.columns = pairs;
  const bridged = bridgePairs(oldSide, newSide, pairs, options);
  result.bridges = bridged.flatMap((b) => b === void 0 ? [] : [b.bridge]);
  const numericKey = oldKey.map((column, i) => isNumeric(column) || isNumeric(newKey[i]));
  const plan = {
    label,
    oldSide,
    newSide,
    oldKey,
    newKey,
    pairs,
    batchSize,
    bridged: bridged.map((b) => b?.bridge.as),
    compareKeys: (a, b) => {
      for (let i = 0; i < a.length; i++) {
        const order = compareKeyValues(a[i], b[i], numericKey[i]);
        if (order !== 0) return order;
      }
      return 0;
    }
  };
  const chosen = await chooseStrategy(plan, requested);
  const counts = { oldRows: 0, newRows: 0, rowsFetched: 0 };
  const listener = options.onProgress === false ? void 0 : options.onProgress ?? progressLogger();
  const progress = throttleProgress(listener, label, chosen.strategy, intervalMs);
  const keyText = (key) => `${label}[${oldKey.map((column, i) => `${column.name}=${formatValue(key[i])}`).join(",")}]`;
  let rows = chosen.run(plan, counts, progress);
  let first;
  try {
    first = await rows.next();
  } catch (error) {
    if (requested !== "auto" || chosen.strategy === "merge") throw error;
    counts.fallback = `it failed before its first row (${error instanceof Error ? error.message : String(error)})`;
    counts.oldRows = 0;
    counts.newRows = 0;
    counts.rowsFetched = 0;
    rows = mergeStrategy(plan, counts, throttleProgress(listener, label, "merge", intervalMs));
    first = await rows.next();
  }
  const missingRows = await addRowDifferences(rows, first, {
    keyText,
    pairs,
    bridged,
    normalize,
    tolerance: options.tolerance,
    add
  });
  result.oldRows = counts.oldRows;
  result.newRows = counts.newRows;
  result.rowsCompared = counts.oldRows - missingRows;
  result.rowsFetched = counts.rowsFetched;
  result.strategy = counts.fallback === void 0 ? chosen.strategy : "merge";
  result.strategyReason = counts.fallback === void 0 ? chosen.reason + (counts.detail === void 0 ? "" : `; ${counts.detail}`) : `${chosen.strategy} fell back: ${counts.fallback}`;
  return result;
}
function bridgePairs(oldSide, newSide, pairs, options) {
  if (options.bridgeTypes === false) return pairs.map(() => void 0);
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  return pairs.map(
    ([o, n]) => bridgeColumn(
      oldSide.dialect,
      oldColumns.get(o),
      newSide.dialect,
      newColumns.get(n),
      options.tolerance
    )
  );
}
async function addRowDifferences(rows, first, explainer) {
  let missingRows = 0;
  try {
    for (let step = first; !step.done; step = await rows.next())
      for (const event of step.value) missingRows += addEventDifferences(event, explainer);
  } finally {
    await rows.return(void 0);
  }
  return missingRows;
}
function addEventDifferences(event, explainer) {
  const { keyText, pairs, bridged, normalize, tolerance, add } = explainer;
  let where = "";
  if (event.new === void 0 || event.old === void 0) where = keyText(event.key);
  if (event.new === void 0) {
    add({
      path: where,
      kind: "missing",
      old: event.old,
      message: `row ${where} is missing from the new database`
    });
    return 1;
  }
  if (event.old === void 0) {
    add({
      path: where,
      kind: "extra",
      new: event.new,
      message: `row ${where} is only in the new database (extra)`
    });
    return 0;
  }
  for (let i = 0; i < pairs.length; i++) {
    const [oldName, newName] = pairs[i];
    const before = event.old[oldName];
    const after = event.new[newName];
    const bridge = bridged[i];
    const verdict = bridge === void 0 ? compareValues(before, after, normalize, tolerance) : bridge.compare(before, after);
    if (verdict === "equal") continue;
    if (where === "") where = keyText(event.key);
    const column = oldName === newName ? newName : `${newName} (was ${oldName})`;
    add(
      {
        path: `${where}.${newName}`,
        kind: verdict,
        old: before,
        new: after,
        message: verdict === "type" ? `row ${where}: column ${column} changed type from ${kindOf2(before)} ${formatValue(before)} to ${kindOf2(after)} ${formatValue(after)}` : `row ${where}: column ${column} changed from ${formatValue(before)} to ${formatValue(after)}${bridge === void 0 ? explainChange(before, after) : bridge.explain(before, after)}`
      },
      oldName
    );
  }
  return 0;
}
function engineMismatch(strategy, oldSide, newSide) {
  if (strategy === "sqlite-attach" && !(oldSide.dialect === "sqlite" && newSide.dialect === "sqlite"))
    return "it needs SQLite on both sides";
  if (strategy === "server-hash" && (oldSide.dialect === "sqlite" || newSide.dialect === "sqlite"))
    return "it needs PostgreSQL or MySQL/MariaDB on both sides";
  return void 0;
}
function strategyError(strategy, oldSide, newSide, why, allowed = ["merge"]) {
  return new Error(
    `compareDatabases: strategy '${strategy}' cannot compare table ${oldSide.ref.table} (old: ${oldSide.ds.options.type}, new: ${newSide.ds.options.type}): ${why}. Allowed here: auto, ${allowed.join(", ")}.`
  );
}
function sqliteAttachObstacle(plan) {
  const { oldSide, newSide } = plan;
  if (oldSide.dialect !== "sqlite" || newSide.dialect !== "sqlite")
    return "it needs SQLite on both sides";
  const files = { old: "", new: "" };
  for (const side of [oldSide, newSide]) {
    const found = sqliteFileOf(side.ds);
    if ("reason" in found)
      return `the ${side.name} data source has no file to attach: ${found.reason}`;
    files[side.name] = found.file;
    if (side.ref.schema !== void 0)
      return `the ${side.name} table is in the attached database ${side.ref.schema}`;
  }
  if (!keyIsPrimaryKey(plan)) return "the key is not the primary key of both tables";
  return files;
}
function serverHashObstacle(plan) {
  const { oldSide, newSide } = plan;
  if (oldSide.dialect === "sqlite" || newSide.dialect === "sqlite")
    return "it needs PostgreSQL or MySQL/MariaDB on both sides";
  if (plan.oldKey.length !== 1) return "it needs a single-column key";
  if (plan.oldKey[0].class !== "integer" || plan.newKey[0].class !== "integer")
    return `it needs an integer key, and ${plan.oldKey[0].name} is ${plan.oldKey[0].type} (old) and ${plan.newKey[0].type} (new)`;
  if (!keyIsPrimaryKey(plan)) return "the key is not the primary key of both tables";
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  if (oldSide.dialect === newSide.dialect) {
    for (const [i, [o, n]] of plan.pairs.entries()) {
      const a = oldColumns.get(o);
      const b = newColumns.get(n);
      if (plan.bridged[i] === void 0 && baseType(a.type) !== baseType(b.type) && !(a.class === "text" && b.class === "text"))
        return `column ${n} changed type from ${a.type} to ${b.type}, so equal hashes would not mean equal values`;
    }
  }
  const setup = hashSetup(plan);
  return typeof setup === "string" ? setup : void 0;
}
async function chooseStrategy(plan, requested) {
  const attach = sqliteAttachObstacle(plan);
  const hash = serverHashObstacle(plan);
  const allowed = ["merge"];
  if (typeof attach !== "string") allowed.push("sqlite-attach");
  if (hash === void 0) allowed.push("server-hash");
  const fail = (strategy, why2) => strategyError(strategy, plan.oldSide, plan.newSide, why2, allowed);
  if (requested === "merge") return { strategy: "merge", run: mergeStrategy, reason: "asked for" };
  if (requested === "sqlite-attach" || requested === "auto" && typeof attach !== "string") {
    if (typeof attach === "string") throw fail("sqlite-attach", attach);
    return {
      strategy: "sqlite-attach",
      run: sqliteAttachStrategy(attach),
      reason: requested === "auto" ? "both sides are SQLite files" : "asked for"
    };
  }
  if (requested === "server-hash" || requested === "auto" && hash === void 0) {
    if (hash !== void 0) throw fail("server-hash", hash);
    return {
      strategy: "server-hash",
      run: serverHashStrategy,
      reason: requested === "auto" ? plan.oldSide.dialect === plan.newSide.dialect ? `both sides are ${engineName(plan.oldSide)} with an integer primary key` : `${engineName(plan.oldSide)} and ${engineName(plan.newSide)} with an integer primary key, each column hashed as the value it is compared as${jsonAside(plan)}` : "asked for"
    };
  }
  const why = plan.oldSide.dialect === "sqlite" ? attach : hash;
  const sqlite = plan.oldSide.dialect === "sqlite" || plan.newSide.dialect === "sqlite";
  return {
    strategy: "merge",
    run: mergeStrategy,
    reason: plan.oldSide.dialect !== plan.newSide.dialect && sqlite ? "the two sides are different engines, one of them SQLite" : `a faster strategy cannot apply: ${String(why)}`
  };
}
function jsonAside(plan) {
  const setup = hashSetup(plan);
  if (typeof setup === "string" || setup.narrow.length === 0) return "";
  const names = setup.narrow.map((i) => plan.pairs[i][1]).join(", ");
  return `, but JSON (${names}), which no text of both servers holds: read with the key alone in key order and compared by value`;
}
function engineName(side) {
  return side.dialect === "postgres" ? "PostgreSQL" : "MySQL/MariaDB";
}
function isNumeric(column) {
  return column.class === "integer" || column.class === "decimal" || column.class === "float";
}
async function openSide(name, ds, target) {
  if (ds === null || typeof ds !== "object" || typeof ds.query !== "function") {
    throw new TypeError(`compareDatabases: the ${name} data source is not a TypeORM DataSource.`);
  }
  if (ds.isInitialized === false) {
    throw new Error(
      `compareDatabases: the ${name} data source is not initialized; call initialize() first.`
    );
  }
  const dialect = dialectOf(ds, name);
  const ref = resolveTable(ds, target, name);
  const info = await readTableInfo(ds, dialect, ref);
  return { name, ds, dialect, ref, info };
}
function planColumns(oldSide, newSide, options, add, label, run2 = {}) {
  const renamed = options.renamedColumns ?? {};
  const renamedBack = new Map(Object.entries(renamed).map(([o, n]) => [n, o]));
  const oldColumns = new Map(oldSide.info.columns.map((c) => [c.name, c]));
  const newColumns = new Map(newSide.info.columns.map((c) => [c.name, c]));
  const toNew = (name) => renamed[name] ?? name;
  for (const [o, n] of Object.entries(renamed)) {
    if (!oldColumns.has(o))
      throw new Error(
        `compareDatabases: renamedColumns names ${o}, which the old table ${label} does not have.`
      );
    if (!newColumns.has(n))
      throw new Error(
        `compareDatabases: renamedColumns renames ${o} to ${n}, which the new table ${label} does not have.`
      );
  }
  for (const name of [...options.columns ?? [], ...options.ignoreColumns ?? []]) {
    if (!oldColumns.has(name) && !newColumns.has(name) && run2.lenientNames !== true) {
      throw new Error(
        `compareDatabases: column ${name} (in columns or ignoreColumns) is in neither table ${label}.`
      );
    }
  }
  const keyNames = options.key === void 0 ? oldSide.ref.metadataKey ?? oldSide.info.primaryKey : typeof options.key === "string" ? [options.key] : options.key;
  if (keyNames.length === 0) {
    throw new Error(
      `compareDatabases: table ${label} has no primary key; give options.key (the columns that identify a row).`
    );
  }
  const oldKey = keyNames.map((name) => {
    const column = oldColumns.get(name);
    if (column === void 0)
      throw new Error(`compareDatabases: key column ${name} is not in the old table ${label}.`);
    return column;
  });
  const newKey = keyNames.map((name) => {
    const column = newColumns.get(toNew(name));
    if (column === void 0) {
      throw new Error(
        `compareDatabases: key column ${toNew(name)} is not in the new table ${newSide.ref.table}; name its new name in renamedColumns.`
      );
    }
    return column;
  });
  const ignored = new Set(options.ignoreColumns ?? []);
  const only = options.columns === void 0 ? void 0 : new Set(options.columns);
  const wanted = (o, n) => !ignored.has(o) && !ignored.has(n) && (only === void 0 || only.has(o) || only.has(n));
  const oldKeyNames = new Set(oldKey.map((c) => c.name));
  const newKeyNames = new Set(newKey.map((c) => c.name));
  const pairs = [];
  for (const column of oldSide.info.columns) {
    const o = column.name;
    const n = toNew(o);
    if (oldKeyNames.has(o) || !wanted(o, n)) continue;
    if (newColumns.has(n)) {
      if (run2.noise?.has(o) !== true) pairs.push([o, n]);
    } else {
      add({
        path: `${label}[*].${o}`,
        kind: "missing",
        old: column.type,
        message: `column ${o} of table ${label} is missing from the new database`
      });
    }
  }
  for (const column of newSide.info.columns) {
    const n = column.name;
    const o = renamedBack.get(n) ?? n;
    if (newKeyNames.has(n) || !wanted(o, n) || pairs.some(([, paired]) => paired === n)) continue;
    if (oldColumns.has(o) && toNew(o) === n) continue;
    add({
      path: `${label}[*].${n}`,
      kind: "extra",
      new: column.type,
      message: `column ${n} of table ${label} is only in the new database`
    });
  }
  return { oldKey, newKey, pairs };
}

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
function assertNoDifferences(differences, context, total = differences.length, notes = []) {
  const { accepted, fresh } = applyBaseline(differences);
  const unkept = Math.max(total - differences.length, 0);
  if (fresh.length > 0 || unkept > 0)
    throw new DifferencesError(fresh, context, fresh.length + unkept, [
      ...notes,
      ...acceptedNote(accepted.length)
    ]);
}
function expectSameObjects(oldValue, newValue, options, context) {
  assertNoDifferences(
    compareObjects(oldValue, newValue, options),
    context ?? "Old and new values differ"
  );
}
function expectSameApiResponse(oldResponse, newResponse, options, context) {
  assertNoDifferences(
    compareApiResponses(oldResponse, newResponse, options),
    context ?? "Old and new responses differ"
  );
}
async function expectSameDatabase(oldDs, newDs, entityOrTable, options) {
  const name = typeof entityOrTable === "string" ? entityOrTable : entityOrTable.options?.name ?? entityOrTable.name ?? "table";
  const { differences, total, bridges, noise } = await compareDatabasesDetailed(
    oldDs,
    newDs,
    entityOrTable,
    options
  );
  assertNoDifferences(differences, `Old and new ${name} differ`, total, [
    ...bridgeNotes(bridges),
    ...noiseNotes(noise)
  ]);
}
function noiseNotes(noise) {
  if (noise === void 0 || noise.columns.length === 0) return [];
  const each = noise.columns.map(
    (c) => `${c.column} in ${c.rows} of ${noise.rowsCompared} rows${c.examples.length > 0 ? `, e.g. ${c.examples[0].message}` : ""}`
  );
  return [`  (not compared, noise learned from a second old run: ${each.join("; ")})`];
}
function bridgeNotes(bridges) {
  if (bridges.length === 0) return [];
  const each = bridges.map((b) => {
    const name = b.column === b.oldColumn ? b.column : `${b.column} (was ${b.oldColumn})`;
    return `${name} as ${b.as} (${b.oldType || "untyped"} -> ${b.newType || "untyped"}: ${b.rule})`;
  });
  return [`  (compared by logical value across types: ${each.join("; ")})`];
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
function maskHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? MASK : value;
  return out;
}
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
  let text;
  let format;
  let name;
  if (typeof source === "string") {
    name = source;
    try {
      text = readFileSync2(source, "utf8");
    } catch (error) {
      throw new TrafficError(`Cannot read the traffic file ${source}: ${error.message}`);
    }
    format = /\.(jsonl|ndjson)$/i.test(source) ? "jsonl" : "har";
  } else {
    ({ text, format } = source);
    name = source.name ?? `${format} traffic`;
  }
  const requests = format === "har" ? parseHar(text, name) : parseJsonLines(text, name);
  return checkHosts(requests, options, name);
}
function parseJsonLines(text, name) {
  const out = [];
  const lines = text.split(/\r?\n/);
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
function parseHar(text, name) {
  let har;
  try {
    har = JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const line = lineAt(text, jsonErrorOffset(text));
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
  const requestLines = linesOfKey(text, '"request"');
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
function jsonErrorOffset(text) {
  let i = 0;
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (; ; ) {
        if (c === "{") {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else {
      const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!match) fail();
      i += match[0].length;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return Math.min(offset, text.length);
  }
}
function lineAt(text, position) {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function linesOfKey(text, key) {
  const out = [];
  let line = 1;
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(key, from);
    if (at < 0) return out;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
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
    const swap = (text) => {
      const exact2 = map.get(keyOf(text)) ?? map.get(keyOf(Number(text)));
      if (exact2 !== void 0 && (typeof text !== "string" || text !== "")) return String(exact2);
      let out = text;
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
    const text = await response.text();
    const headers = {};
    for (const [name, value] of response.headers) headers[name] = value;
    let parsed = text === "" ? null : text;
    if (text !== "" && /[/+]json\b/i.test(headers["content-type"] ?? "")) {
      try {
        parsed = JSON.parse(text);
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
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, void 0] : [text.slice(0, at), text.slice(at + 1)];
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
  const createApp = options.createApp;
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
        const made = await createApp(version, { role, database });
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
  const it2 = globalThis.it;
  for (const unit of units) {
    it2(unit.title, async function() {
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

// src/library/suites/functional.ts
function describeFunctionalMigration(title, options, body) {
  return functionalDescribe()(title, options, body);
}
describeFunctionalMigration.only = (title, options, body) => functionalDescribe().only(title, options, body);
describeFunctionalMigration.skip = (title, options, body) => functionalDescribe().skip(title, options, body);
function functionalDescribe() {
  return defineMigrationDescribe(
    "describeFunctionalMigration",
    "functional_migration",
    (options, title) => {
      if (typeof options?.createService !== "function") {
        throw new TypeError(
          `describeFunctionalMigration('${title}'): give createService(version).`
        );
      }
      const scope = options.scope ?? "each";
      const versions = { old: oldVersion(), new: newVersion() };
      const slots = new ContextSlots(
        "describeFunctionalMigration",
        scope,
        { oldVersion: versions.old, newVersion: versions.new },
        ["oldService", "newService"]
      );
      const cleanup = new CleanupStack();
      return {
        ctx: slots.ctx,
        scope,
        async setUp(mochaContext) {
          const services = {};
          for (const side of ["old", "new"]) {
            const service = await options.createService(versions[side]);
            cleanup.add(`dispose the ${side} service`, () => disposeValue(service));
            services[side] = service;
          }
          slots.fill({ oldService: services.old, newService: services.new }, mochaContext);
        },
        async tearDown(mochaContext) {
          slots.clear(mochaContext);
          await cleanup.run();
        }
      };
    }
  );
}

// src/library/migrations/in-place.ts
import { DataSource as DataSource2 } from "typeorm";
async function checkInPlaceMigration(options) {
  const oldVersion2 = options.oldVersion ?? oldVersion();
  const newVersion2 = options.newVersion ?? newVersion();
  const oldMigrations = options.oldMigrations ?? options.migrations ?? [];
  const newMigrations = options.newMigrations ?? options.migrations ?? [];
  const given = options.createDataSource ?? options.oldMigrations ?? options.migrations;
  if (given === void 0 || !options.createDataSource && (options.newMigrations ?? options.migrations) === void 0) {
    throw new TypeError(
      "checkInPlaceMigration: give createDataSource (the service's own DataSource per version), migrations (a function of the version), or oldMigrations and newMigrations."
    );
  }
  const url = options.url ?? databaseUrlFromEnv();
  const cleanup = new CleanupStack();
  const open = async (label, version, migrations, entities) => {
    const database = await createThrowawayDatabase({ url, label });
    cleanup.add(`drop the ${label} database ${database.name}`, () => database.drop());
    const dataSource = options.createDataSource ? await openServiceVersion(options.createDataSource, database, version, true) : await openVersionDataSource({
      database,
      version,
      migrations,
      entities,
      synchronize: false,
      extra: options.dataSourceOptions
    });
    cleanup.add(
      `destroy the ${label} DataSource`,
      () => dataSource.isInitialized ? dataSource.destroy() : void 0
    );
    return { dataSource, database };
  };
  let outcome;
  let result;
  try {
    result = await runCheck(options, {
      oldVersion: oldVersion2,
      newVersion: newVersion2,
      oldMigrations,
      newMigrations,
      open
    });
  } catch (error) {
    outcome = error;
  }
  try {
    await cleanup.run();
  } catch (error) {
    if (outcome === void 0) throw error;
  }
  if (outcome !== void 0) throw outcome;
  return result;
}
async function verifyInPlaceMigration(options) {
  const result = await checkInPlaceMigration(options);
  if (!result.passed) {
    const differences = [...result.forward, ...result.rollback];
    const total = result.forwardTotal + result.rollbackTotal + (result.failedDown ? 1 : 0);
    if (result.failedDown) {
      differences.push({
        path: `migrations.${result.failedDown.migration}`,
        kind: "missing",
        old: "down()",
        message: `migration ${result.failedDown.migration} has no working down(): ${result.failedDown.message} (the rollback to ${result.oldVersion} was not compared)`
      });
    }
    throw new DifferencesError(
      differences,
      `In-place migration ${result.oldVersion} -> ${result.newVersion} and back`,
      total
    );
  }
  return result;
}
function transactionModeOf(dataSource) {
  const mode = dataSource.options.migrationsTransactionMode;
  return mode === "none" || mode === "each" ? mode : "all";
}
async function openServiceVersion(create, database, version, migrate) {
  const dataSource = await create(database, version);
  try {
    if (!dataSource.isInitialized) await dataSource.initialize();
    if (migrate) await dataSource.runMigrations({ transaction: transactionModeOf(dataSource) });
  } catch (error) {
    await dataSource.destroy().catch(() => void 0);
    throw new Error(
      `Cannot make the schema of version ${version} on ${database.maskedUrl} with the service's DataSource: ${error.message}`,
      { cause: error }
    );
  }
  return dataSource;
}
async function runCheck(options, plan) {
  const { oldVersion: oldVersion2, newVersion: newVersion2 } = plan;
  const oldEntities = options.oldEntities ?? options.entities;
  const newEntities = options.newEntities ?? options.entities;
  const { dataSource: reference } = await plan.open(
    "reference",
    oldVersion2,
    plan.oldMigrations,
    oldEntities
  );
  await options.seed(reference, oldVersion2);
  const { dataSource: seeding, database: subjectDatabase } = await plan.open(
    "subject",
    oldVersion2,
    plan.oldMigrations,
    oldEntities
  );
  await options.seed(seeding, oldVersion2);
  const tables = options.tables ?? await userTables(reference);
  const subjectOptions = seeding.options;
  await seeding.destroy();
  let subject;
  if (options.createDataSource) {
    subject = await openServiceVersion(
      options.createDataSource,
      subjectDatabase,
      newVersion2,
      false
    );
  } else {
    const newMigrationList = await resolvePerVersion(plan.newMigrations, newVersion2);
    subject = new DataSource2({
      ...subjectOptions,
      migrations: newMigrationList ?? [],
      entities: await resolvePerVersion(newEntities, newVersion2) ?? [],
      synchronize: false,
      migrationsRun: false
    });
    await subject.initialize();
  }
  const mode = options.createDataSource ? transactionModeOf(subject) : "each";
  try {
    const applied = options.createDataSource ? (await subject.runMigrations({ transaction: mode })).map((migration) => migration.name) : await runMigrationsNamingFailure(subject);
    const forward = [];
    let forwardTotal = 0;
    for (const table of tables) {
      const compared = await compareForward(
        reference,
        subject,
        table,
        options.forward?.[table] ?? {},
        newVersion2
      );
      forward.push(...compared.differences);
      forwardTotal += compared.total;
    }
    if (options.afterMigrate) {
      const extra = await options.afterMigrate(subject, reference);
      if (extra) {
        forward.push(
          ...extra.map((difference) => phase(difference, `after migrating to ${newVersion2}`))
        );
        forwardTotal += extra.length;
      }
    }
    const reverted = [];
    let failedDown;
    for (const name of [...applied].reverse()) {
      try {
        await subject.undoLastMigration({ transaction: mode });
        reverted.push(name);
      } catch (error) {
        failedDown = {
          migration: name,
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        };
        break;
      }
    }
    const rollback = [];
    let rollbackTotal = 0;
    if (failedDown === void 0) {
      const back = `after rolling back to ${oldVersion2}`;
      rollback.push(...await compareTableLists(reference, subject, back));
      rollbackTotal = rollback.length;
      for (const table of tables) {
        const { differences, total } = await compareDatabasesDetailed(
          reference,
          subject,
          table,
          options.rollback?.[table] ?? {}
        );
        rollback.push(...differences.map((difference) => phase(difference, back)));
        rollbackTotal += total;
      }
    }
    return {
      oldVersion: oldVersion2,
      newVersion: newVersion2,
      applied,
      reverted,
      tables,
      forward,
      forwardTotal,
      rollback,
      rollbackTotal,
      ...failedDown ? { failedDown } : {},
      passed: forwardTotal === 0 && rollbackTotal === 0 && failedDown === void 0
    };
  } finally {
    if (subject.isInitialized) await subject.destroy();
  }
}
async function compareForward(reference, subject, table, tableOptions, newVersion2) {
  const { addedColumns = [], ...compareOptions } = tableOptions;
  const where = `after migrating to ${newVersion2}`;
  const differences = [];
  const present = new Set(await columnsOf(subject, table) ?? []);
  const added = [];
  for (const column of addedColumns) {
    if (present.has(column)) added.push(column);
    else
      differences.push({
        path: `${table}[*].${column}`,
        kind: "missing",
        message: `${where}: column ${column}, declared as added, is not in table ${table}`
      });
  }
  const compared = await compareDatabasesDetailed(reference, subject, table, {
    ...compareOptions,
    ignoreColumns: [...compareOptions.ignoreColumns ?? [], ...added]
  });
  const total = differences.length + compared.total;
  differences.push(...compared.differences.map((difference) => phase(difference, where)));
  return { differences, total };
}
function phase(difference, where) {
  return { ...difference, message: `${where}: ${difference.message}` };
}
async function userTables(dataSource) {
  const type = String(dataSource.options.type);
  const sql = type === "postgres" ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'` : type === "mysql" || type === "mariadb" ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'` : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;
  const skip = /* @__PURE__ */ new Set([
    dataSource.options.migrationsTableName ?? "migrations",
    dataSource.options.metadataTableName ?? "typeorm_metadata"
  ]);
  const rows = await dataSource.query(sql);
  return rows.map((row) => String(Object.values(row)[0])).filter((name) => !skip.has(name)).sort();
}
async function columnsOf(dataSource, table) {
  const runner = dataSource.createQueryRunner();
  try {
    return (await runner.getTable(table))?.columns.map((column) => column.name);
  } finally {
    await runner.release();
  }
}
async function compareTableLists(reference, subject, where) {
  const before = new Set(await userTables(reference));
  const after = new Set(await userTables(subject));
  const differences = [];
  for (const table of before) {
    if (!after.has(table))
      differences.push({
        path: table,
        kind: "missing",
        message: `${where}: table ${table} is gone (a down() dropped it and nothing restored it)`
      });
  }
  for (const table of after) {
    if (!before.has(table))
      differences.push({
        path: table,
        kind: "extra",
        message: `${where}: table ${table} is still there (the down() that should drop it did not)`
      });
  }
  return differences;
}

// src/library/migrations/check.ts
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { isAbsolute as isAbsolute3, relative as relative2, resolve as resolve4 } from "node:path";
import { readFile as readFile2 } from "node:fs/promises";

// src/library/schema/connection.ts
function sqlConnectionOf(source, type) {
  if (source === null || typeof source !== "object" || typeof source.query !== "function") {
    throw new TypeError(
      `sqlConnectionOf needs a TypeORM DataSource or QueryRunner (an object with query()); got ${describe(source)}.`
    );
  }
  const driver = type ?? source.options?.type ?? source.connection?.options?.type ?? source.dataSource?.options?.type;
  if (driver === void 0) {
    throw new Error(
      "sqlConnectionOf cannot tell the database engine: the object has no options.type (DataSource) nor connection.options.type (QueryRunner); pass the driver type as the second argument, e.g. sqlConnectionOf(runner, 'postgres')."
    );
  }
  if (source.isInitialized === false) {
    throw new Error(
      `sqlConnectionOf was given a ${driver} DataSource that is not initialized: call initialize() first.`
    );
  }
  let dialect;
  try {
    dialect = dialectOf(
      { options: { type: driver }, query: source.query, hasMetadata: () => false, getMetadata },
      "old"
    );
  } catch {
    throw new Error(
      `sqlConnectionOf cannot read a database of driver type '${driver}': supported are SQLite (sqlite, better-sqlite3, sqljs), PostgreSQL (postgres) and MySQL/MariaDB (mysql, mariadb).`
    );
  }
  return {
    dialect,
    query: (sql, parameters) => source.query(sql, parameters)
  };
}
function getMetadata() {
  throw new Error("unreachable: sqlConnectionOf never asks for entity metadata");
}
function describe(value) {
  if (value === null) return "null";
  if (typeof value !== "object") return `${typeof value} ${String(value)}`;
  return `an object without query() (${Object.keys(value).slice(0, 5).join(", ") || "no keys"})`;
}

// src/library/schema/diff.ts
function diffSchemas(before, after) {
  if (before.dialect !== after.dialect) {
    throw new Error(
      `diffSchemas compares two snapshots of one engine; got ${before.dialect} (before) and ${after.dialect} (after).`
    );
  }
  const changes = [];
  const oldTables = indexByName(before.tables);
  const newTables = indexByName(after.tables);
  for (const name of unionOfNames(before.tables, after.tables)) {
    const was = oldTables.get(name);
    const now = newTables.get(name);
    if (was === void 0) {
      changes.push({
        kind: "table-added",
        table: name,
        after: now,
        message: `table ${name}: added (${now.columns.map((column) => column.name).join(", ")})`
      });
    } else if (now === void 0) {
      changes.push({
        kind: "table-dropped",
        table: name,
        before: was,
        message: `table ${name}: dropped (${was.columns.map((column) => column.name).join(", ")})`
      });
    } else {
      diffTable(was, now, changes);
    }
  }
  const oldViews = indexByName(before.views);
  const newViews = indexByName(after.views);
  for (const name of unionOfNames(before.views, after.views)) {
    const was = oldViews.get(name);
    const now = newViews.get(name);
    if (was === void 0) {
      changes.push({ kind: "view-added", table: name, after: now, message: `view ${name}: added` });
    } else if (now === void 0) {
      changes.push({
        kind: "view-dropped",
        table: name,
        before: was,
        message: `view ${name}: dropped`
      });
    } else if (was.definition !== now.definition) {
      changes.push({
        kind: "view-changed",
        table: name,
        before: was,
        after: now,
        message: `view ${name}: definition ${clip(was.definition)} -> ${clip(now.definition)}`
      });
    }
  }
  const oldEnums = indexByName(before.enums);
  const newEnums = indexByName(after.enums);
  for (const name of unionOfNames(before.enums, after.enums)) {
    const was = oldEnums.get(name);
    const now = newEnums.get(name);
    if (was === void 0) {
      changes.push({
        kind: "enum-added",
        table: name,
        after: now,
        message: `enum type ${name}: added ${valueList(now.values)}`
      });
    } else if (now === void 0) {
      changes.push({
        kind: "enum-dropped",
        table: name,
        before: was,
        message: `enum type ${name}: dropped ${valueList(was.values)}`
      });
    } else if (!sameList2(was.values, now.values)) {
      changes.push({
        kind: "enum-changed",
        table: name,
        before: was,
        after: now,
        message: `enum type ${name}: values ${valueList(was.values)} -> ${valueList(now.values)}`
      });
    }
  }
  return changes;
}
function diffTable(was, now, changes) {
  const table = was.name;
  const oldColumns = indexByName(was.columns);
  const newColumns = indexByName(now.columns);
  for (const column of was.columns) {
    const after = newColumns.get(column.name);
    if (after === void 0) {
      changes.push({
        kind: "column-dropped",
        table,
        name: column.name,
        before: column,
        message: `column ${table}.${column.name}: dropped (was ${describeColumn(column)})`
      });
    } else {
      diffColumn(table, column, after, changes);
    }
  }
  for (const column of now.columns) {
    if (oldColumns.has(column.name)) continue;
    changes.push({
      kind: "column-added",
      table,
      name: column.name,
      after: column,
      message: `column ${table}.${column.name}: added (${describeColumn(column)})`
    });
  }
  const oldOrder = was.columns.map((c) => c.name).filter((name) => newColumns.has(name));
  const newOrder = now.columns.map((c) => c.name).filter((name) => oldColumns.has(name));
  if (!sameList2(oldOrder, newOrder)) {
    changes.push({
      kind: "column-order-changed",
      table,
      before: oldOrder,
      after: newOrder,
      message: `table ${table}: column order (${oldOrder.join(", ")}) -> (${newOrder.join(", ")})`
    });
  }
  if (!sameList2(was.primaryKey, now.primaryKey)) {
    changes.push({
      kind: "primary-key-changed",
      table,
      before: was.primaryKey,
      after: now.primaryKey,
      message: `table ${table}: primary key ${keyList(was.primaryKey)} -> ${keyList(now.primaryKey)}`
    });
  }
  diffNamed(table, was.uniques, now.uniques, changes, {
    what: "unique",
    added: "unique-added",
    dropped: "unique-dropped",
    same: (a, b) => sameList2(a.columns, b.columns),
    describe: (unique) => `(${unique.columns.join(", ")})`
  });
  diffNamed(table, was.indexes, now.indexes, changes, {
    what: "index",
    added: "index-added",
    dropped: "index-dropped",
    changed: "index-changed",
    same: (a, b) => describeIndex(a) === describeIndex(b),
    describe: describeIndex,
    explain: (a, b) => `${describeIndex(a)} -> ${describeIndex(b)}`
  });
  diffNamed(table, was.foreignKeys, now.foreignKeys, changes, {
    what: "foreign key",
    added: "foreign-key-added",
    dropped: "foreign-key-dropped",
    changed: "foreign-key-changed",
    same: (a, b) => explainForeignKey(a, b) === "",
    describe: describeForeignKey,
    explain: explainForeignKey
  });
  diffNamed(table, was.checks, now.checks, changes, {
    what: "check",
    added: "check-added",
    dropped: "check-dropped",
    same: (a, b) => a.expression === b.expression,
    describe: (check) => `(${check.expression})`
  });
}
function diffColumn(table, was, now, changes) {
  const where = `column ${table}.${was.name}`;
  const push = (kind, message) => changes.push({ kind, table, name: was.name, before: was, after: now, message });
  if (typeKey(was) !== typeKey(now)) {
    const reason = narrowing(was, now);
    push(
      "column-type-changed",
      `${where}: type ${describeType(was)} -> ${describeType(now)}${reason === void 0 ? "" : ` (narrowing: ${reason})`}`
    );
  }
  if (was.nullable !== now.nullable) {
    push(
      "column-nullability-changed",
      `${where}: ${was.nullable ? "NULL" : "NOT NULL"} -> ${now.nullable ? "NULL" : "NOT NULL"}`
    );
  }
  if (was.default !== now.default) {
    push(
      "column-default-changed",
      `${where}: default ${was.default ?? "none"} -> ${now.default ?? "none"}`
    );
  }
  if (describeGenerated(was) !== describeGenerated(now)) {
    push(
      "column-generated-changed",
      `${where}: generated ${describeGenerated(was)} -> ${describeGenerated(now)}`
    );
  }
  if (!sameList2(was.enumValues ?? [], now.enumValues ?? [])) {
    push(
      "column-enum-changed",
      `${where}: enum values ${valueList(was.enumValues ?? [])} -> ${valueList(now.enumValues ?? [])}`
    );
  }
}
function typeKey(column) {
  const type = column.family === "enum" ? column.type.replace(/^enum\s*\(.*\)$/is, "enum") : column.type;
  return JSON.stringify([
    type,
    column.family,
    column.length ?? null,
    column.precision ?? null,
    column.scale ?? null,
    column.unsigned ?? false
  ]);
}
function diffNamed(table, was, now, changes, how) {
  const oldItems = indexByName(was);
  const newItems = indexByName(now);
  for (const name of unionOfNames(was, now)) {
    const before = oldItems.get(name);
    const after = newItems.get(name);
    const where = `${how.what} ${table}.${name}`;
    const dropped = (item) => ({
      kind: how.dropped,
      table,
      name,
      before: item,
      message: `${where}: dropped ${how.describe(item)}`
    });
    const added = (item) => ({
      kind: how.added,
      table,
      name,
      after: item,
      message: `${where}: added ${how.describe(item)}`
    });
    if (before === void 0) changes.push(added(after));
    else if (after === void 0) changes.push(dropped(before));
    else if (!how.same(before, after)) {
      if (how.changed === void 0) changes.push(dropped(before), added(after));
      else
        changes.push({
          kind: how.changed,
          table,
          name,
          before,
          after,
          message: `${where}: ${how.explain(before, after)}`
        });
    }
  }
}
function describeIndex(index) {
  const unique = index.unique ? "unique " : "";
  const where = index.where === void 0 ? "" : ` where ${index.where}`;
  return `${unique}(${index.columns.join(", ")})${where}`;
}
function describeForeignKey(key) {
  return `(${key.columns.join(", ")}) -> ${key.referencedTable}(${key.referencedColumns.join(", ")}) on delete ${key.onDelete} on update ${key.onUpdate}`;
}
function explainForeignKey(a, b) {
  const parts = [];
  const target = (key) => `(${key.columns.join(", ")}) -> ${key.referencedTable}(${key.referencedColumns.join(", ")})`;
  if (target(a) !== target(b)) parts.push(`${target(a)} -> ${target(b)}`);
  if (a.onDelete !== b.onDelete) parts.push(`on delete ${a.onDelete} -> ${b.onDelete}`);
  if (a.onUpdate !== b.onUpdate) parts.push(`on update ${a.onUpdate} -> ${b.onUpdate}`);
  return parts.join(", ");
}
function describeType(column) {
  return column.family === "json" && !/json/.test(column.type) ? `${column.type} (json)` : column.type;
}
function describeColumn(column) {
  const parts = [describeType(column), column.nullable ? "NULL" : "NOT NULL"];
  if (column.default !== null) parts.push(`default ${column.default}`);
  if (column.generated !== null) parts.push(`generated ${describeGenerated(column)}`);
  return parts.join(" ");
}
function describeGenerated(column) {
  if (column.generated === null) return "none";
  return column.autoincrement === true ? `${column.generated} (AUTOINCREMENT)` : column.generated;
}
function keyList(columns) {
  return columns.length === 0 ? "none" : `(${columns.join(", ")})`;
}
function valueList(values) {
  return `(${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(", ")})`;
}
function clip(text) {
  return text.length <= 80 ? text : `${text.slice(0, 77)}...`;
}
function indexByName(items) {
  return new Map(items.map((item) => [item.name, item]));
}
function unionOfNames(a, b) {
  return [...new Set([...a, ...b].map((item) => item.name))].sort(
    (x, y) => x < y ? -1 : x > y ? 1 : 0
  );
}
function sameList2(a, b) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
function integerBits(type) {
  const t = type.replace(/\(.*?\)/g, "").trim();
  if (/^tinyint|^int1\b/.test(t)) return 8;
  if (/^smallint|^int2\b|^smallserial/.test(t)) return 16;
  if (/^mediumint|^int3\b/.test(t)) return 24;
  if (/^bigint|^int8\b|^bigserial|^serial8/.test(t)) return 64;
  return 32;
}
function integerDigits(bits, unsigned) {
  return String(2n ** BigInt(unsigned ? bits : bits - 1)).length;
}
var MYSQL_SIZED = /^(tiny|medium|long)(text|blob)\b/;
function capacity(column, other) {
  if (column.length !== void 0) return column.length;
  const t = column.type;
  if (/^tiny(text|blob)\b/.test(t)) return 255;
  if (/^medium(text|blob)\b/.test(t)) return 16777215;
  if (/^long(text|blob)\b/.test(t)) return 4294967295;
  if (/^(text|blob)$/.test(t) && MYSQL_SIZED.test(other.type)) return 65535;
  return Infinity;
}
function secondsDigits(column) {
  return column.precision ?? (/time zone|timestamptz|timetz/.test(column.type) ? 6 : 0);
}
function isSingle(column) {
  return /^(real|float4|float(\s*\(\s*([1-9]|1\d|2[0-4])\s*\))?$)/.test(column.type);
}
function narrowing(before, after) {
  const from = before.family;
  const to = after.family;
  if (from === to) return narrowingWithinFamily(before, after);
  if (to === "text") {
    const room = capacity(after, before);
    if (room === Infinity) return void 0;
    const need = neededCharacters(before);
    if (need !== void 0 && need <= room) return void 0;
    return `${before.type} -> ${after.type}: values longer than ${room} characters do not fit`;
  }
  if (from === "boolean" && (to === "integer" || to === "decimal" || to === "float"))
    return void 0;
  if (from === "integer" && to === "decimal") {
    const need = integerDigits(integerBits(before.type), before.unsigned === true);
    const room = after.precision === void 0 ? Infinity : after.precision - (after.scale ?? 0);
    return need <= room ? void 0 : `${before.type} -> ${after.type}: integers of more than ${room} digits do not fit`;
  }
  if (from === "integer" && to === "float") {
    const mantissa = isSingle(after) ? 24 : 53;
    return integerBits(before.type) <= mantissa ? void 0 : `${before.type} -> ${after.type}: integers beyond 2^${mantissa} lose precision`;
  }
  if (from === "date" && to === "timestamp") return void 0;
  if ((from === "uuid" || from === "json") && to === "other") return void 0;
  return `family ${from} -> ${to} (${before.type} -> ${after.type}): values of the old type may not convert`;
}
function neededCharacters(column) {
  switch (column.family) {
    case "uuid":
      return 36;
    case "boolean":
      return 5;
    case "integer":
      return integerDigits(integerBits(column.type), column.unsigned === true) + 1;
    case "date":
      return 10;
    case "enum":
      return Math.max(0, ...(column.enumValues ?? []).map((value) => value.length));
    case "decimal":
      return column.precision === void 0 ? void 0 : column.precision + 2;
    default:
      return column.family === "text" || column.family === "binary" ? column.length : void 0;
  }
}
function narrowingWithinFamily(before, after) {
  const change = `${before.type} -> ${after.type}`;
  switch (before.family) {
    case "text":
    case "binary": {
      const was = capacity(before, after);
      const now = capacity(after, before);
      if (now < was) {
        const unit = before.family === "text" ? "characters" : "bytes";
        return `${change}: length ${was === Infinity ? "unbounded" : was} -> ${now} ${unit}`;
      }
      return void 0;
    }
    case "integer": {
      const was = integerBits(before.type);
      const now = integerBits(after.type);
      const wasUnsigned = before.unsigned === true;
      const nowUnsigned = after.unsigned === true;
      if (!wasUnsigned && nowUnsigned) return `${change}: signed -> unsigned (negative values)`;
      if (now < was) return `${change}: ${was}-bit -> ${now}-bit integer`;
      if (wasUnsigned && !nowUnsigned && now === was)
        return `${change}: unsigned -> signed of the same width (the upper half)`;
      return void 0;
    }
    case "decimal": {
      if (after.precision === void 0) return void 0;
      const wasScale = before.scale ?? 0;
      const nowScale = after.scale ?? 0;
      if (before.precision === void 0)
        return `${change}: unbounded -> precision ${after.precision}`;
      if (nowScale < wasScale) return `${change}: scale ${wasScale} -> ${nowScale}`;
      if (after.precision - nowScale < before.precision - wasScale)
        return `${change}: ${before.precision - wasScale} -> ${after.precision - nowScale} digits before the point`;
      return void 0;
    }
    case "float":
      return !isSingle(before) && isSingle(after) ? `${change}: double -> single precision` : void 0;
    case "timestamp":
    case "time": {
      const was = secondsDigits(before);
      const now = secondsDigits(after);
      return now < was ? `${change}: fractional seconds ${was} -> ${now} digits` : void 0;
    }
    case "enum": {
      const kept = new Set(after.enumValues ?? []);
      const lost = (before.enumValues ?? []).filter((value) => !kept.has(value));
      return lost.length === 0 ? void 0 : `enum values removed: ${valueList(lost)}`;
    }
    default:
      return void 0;
  }
}

// src/library/seed/seed.ts
import { performance as performance2 } from "node:perf_hooks";

// src/library/seed/random.ts
function hashString(text, salt = 0) {
  let hash = (2166136261 ^ salt) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
var Random = class {
  a;
  b;
  c;
  d;
  /** A generator for `seed` and the names that say what it generates (table, then column). */
  constructor(seed, ...names) {
    const key = names.join("\0");
    this.a = hashString(key, seed | 0);
    this.b = hashString(key, 2654435769 ^ Math.floor(seed / 2 ** 32));
    this.c = hashString(`${seed}`, 2246822507);
    this.d = 1;
    for (let round = 0; round < 12; round++) this.next();
  }
  /** The next 32 bits, as an unsigned integer. */
  next() {
    const t = (this.a + this.b | 0) + this.d | 0;
    this.d = this.d + 1 | 0;
    this.a = this.b ^ this.b >>> 9;
    this.b = this.c + (this.c << 3) | 0;
    this.c = this.c << 21 | this.c >>> 11;
    this.c = this.c + t | 0;
    return t >>> 0;
  }
  /** A float in [0, 1). */
  float() {
    return this.next() / 4294967296;
  }
  /** An integer in [0, n) for n up to 2^53. */
  below(n) {
    if (n <= 4294967296) return Math.floor(this.float() * n);
    return Math.floor((this.next() * 4294967296 + this.next()) / 2 ** 64 * n);
  }
  /** An integer in [low, high] (both within the safe range). */
  between(low, high) {
    return low + this.below(high - low + 1);
  }
  /** True with probability p. */
  chance(p) {
    return this.float() < p;
  }
  /** One element of a non-empty list. */
  pick(list) {
    return list[this.below(list.length)];
  }
};

// src/library/seed/values.ts
var OMIT = /* @__PURE__ */ Symbol("omit");
function withinBounds(value, bounds2) {
  if (value === null) return true;
  if (typeof value === "string" && bounds2.nonEmpty && value === "") return false;
  if (bounds2.min === void 0 && bounds2.max === void 0) return true;
  const number = typeof value === "boolean" || Buffer.isBuffer(value) ? NaN : Number(value);
  if (Number.isNaN(number)) return true;
  if (bounds2.min !== void 0 && (bounds2.minExclusive ? number <= bounds2.min : number < bounds2.min))
    return false;
  if (bounds2.max !== void 0 && (bounds2.maxExclusive ? number >= bounds2.max : number > bounds2.max))
    return false;
  return true;
}
function insideBounds(bounds2) {
  if (bounds2.min !== void 0) {
    const low = bounds2.minExclusive ? Math.floor(bounds2.min) + 1 : Math.ceil(bounds2.min);
    return bounds2.max === void 0 || low <= bounds2.max ? low : bounds2.min;
  }
  if (bounds2.max !== void 0)
    return bounds2.maxExclusive ? Math.ceil(bounds2.max) - 1 : Math.floor(bounds2.max);
  return 1;
}
function bounded(values, bounds2) {
  const random = values.random;
  return {
    ...values,
    edges: values.edges.filter((value) => withinBounds(value, bounds2)),
    random: () => {
      for (let attempt = 0; attempt < 8; attempt++) {
        const value = random();
        if (withinBounds(value, bounds2)) return value;
      }
      return insideBounds(bounds2);
    },
    safe: withinBounds(values.safe, bounds2) ? values.safe : insideBounds(bounds2)
  };
}
var WORDS = [
  "alpha",
  "bravo",
  "charlie",
  "delta",
  "echo",
  "foxtrot",
  "golf",
  "hotel",
  "india",
  "juliet",
  "kilo",
  "lima",
  "mike",
  "november",
  "oscar",
  "papa",
  "na\xEFve",
  "caf\xE9",
  "Z\xFCrich",
  "\u6771\u4EAC",
  "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1",
  "emoji \u{1F389}",
  "O'Brien",
  "back\\slash"
];
var POOL_SIZE = 4096;
var UNLIMITED_TEXT_EDGE = 4e3;
var KEY_TEXT_EDGE = 1e3;
function cut(text, length) {
  if (length === void 0 || text.length <= length) return text;
  return Array.from(text).slice(0, length).join("");
}
function codePoints(text) {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
function base36(k) {
  return k.toString(36);
}
function integerRange(column) {
  const type = column.type.toLowerCase();
  if (/^year\b/.test(type)) return { min: 1901n, max: 2155n };
  let bits = 32;
  if (/tinyint|int1\b/.test(type)) bits = 8;
  else if (/smallint|int2\b|smallserial/.test(type)) bits = 16;
  else if (/mediumint|int3\b/.test(type)) bits = 24;
  else if (/bigint|int8\b|bigserial/.test(type)) bits = 64;
  if (column.unsigned) return { min: 0n, max: (1n << BigInt(bits)) - 1n };
  return { min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n };
}
function exact(value) {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
function clampNumber(value, min, max) {
  return value < min ? min : value > max ? max : value;
}
function sequence(first, restCapacity, rest) {
  return {
    capacity: first.length + restCapacity,
    unique: (k) => k < first.length ? first[k] : rest(k - first.length)
  };
}
function integerValues(column, random, cautious, bounds2) {
  let { min, max } = integerRange(column);
  if (bounds2?.min !== void 0) {
    const low2 = BigInt(bounds2.minExclusive ? Math.floor(bounds2.min) + 1 : Math.ceil(bounds2.min));
    if (low2 > min && low2 <= max) min = low2;
  }
  if (bounds2?.max !== void 0) {
    const high2 = BigInt(bounds2.maxExclusive ? Math.ceil(bounds2.max) - 1 : Math.floor(bounds2.max));
    if (high2 < max && high2 >= min) max = high2;
  }
  const zero = min > 0n ? min : max < 0n ? max : 0n;
  const edges = cautious ? [] : [...new Set([zero, -1n, max, min, 1n].filter((v) => v >= min && v <= max))].map(exact);
  const low = Number(min > -(2n ** 53n) ? min : -(2n ** 53n));
  const high = Number(max < 2n ** 53n ? max : 2n ** 53n);
  const positives = Number(max - zero - 1n > 2n ** 52n ? 2n ** 52n : max - zero - 1n);
  const negatives = Number(zero - min - 1n > 2n ** 52n ? 2n ** 52n : zero - min - 1n);
  const uniqueFirst = [.../* @__PURE__ */ new Set([zero, max, min])].map(exact);
  const minNumber = Number(min);
  const maxNumber = Number(max);
  const zeroNumber = Number(zero);
  return {
    edges,
    random: () => {
      if (cautious) return clampNumber(random.between(1, 1e3), minNumber, maxNumber);
      const roll = random.float();
      if (roll < 0.7) return clampNumber(random.between(-100, 1e3), minNumber, maxNumber);
      return low + Math.floor(random.float() * (high - low));
    },
    ...sequence(
      uniqueFirst,
      Math.max(0, positives) + Math.max(0, negatives),
      (j) => j < positives ? zeroNumber + j + 1 : zeroNumber - (j - positives + 1)
    ),
    safe: exact(1n < min ? min : 1n > max ? max : 1n)
  };
}
function decimalShape(column) {
  const precision = Math.min(column.precision ?? 18, 30);
  const scale = Math.min(column.scale ?? (column.precision === void 0 ? 4 : 0), precision);
  return { precision, scale };
}
function formatUnits(units, scale) {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? "-" : ""}${whole}${scale > 0 ? `.${fraction}` : ""}`;
}
function decimalValues(column, random, cautious) {
  const { precision, scale } = decimalShape(column);
  const maxUnits = 10n ** BigInt(precision) - 1n;
  const minUnits = column.unsigned ? 0n : -maxUnits;
  const one = 10n ** BigInt(scale);
  const edges = cautious ? [] : [0n, maxUnits, minUnits, 1n, -one].filter((v, index, all) => v >= minUnits && all.indexOf(v) === index).map((v) => formatUnits(v, scale));
  const randomDigits = (count) => {
    let value = 0n;
    for (let digit = 0; digit < count; digit++) value = value * 10n + BigInt(random.below(10));
    return value;
  };
  const span = Number(maxUnits > 2n ** 52n ? 2n ** 52n : maxUnits);
  const small = precision <= 15;
  const fractionWidth = 10 ** scale;
  return {
    edges,
    random: () => {
      const wholeDigits = random.between(0, Math.min(precision - scale, cautious ? 3 : 18));
      const negative = !cautious && minUnits < 0n && random.chance(0.3);
      if (small) {
        let units2 = Math.floor(random.float() * POWERS[wholeDigits + scale]);
        if (cautious && units2 === 0) units2 = 1;
        const value = units2 / fractionWidth;
        return negative && units2 !== 0 ? -value : value;
      }
      let units = randomDigits(wholeDigits) * one + randomDigits(scale);
      if (units > maxUnits) units = maxUnits;
      if (cautious && units === 0n) units = 1n;
      if (negative) units = -units;
      return formatUnits(units, scale);
    },
    ...sequence(
      [0n, maxUnits, minUnits].filter((v, i, all) => all.indexOf(v) === i).map((v) => formatUnits(v, scale)),
      minUnits < 0n ? 2 * (span - 1) : span - 1,
      (j) => formatUnits(j < span - 1 ? BigInt(j + 1) : -BigInt(j - span + 2), scale)
    ),
    safe: formatUnits(one > maxUnits ? 1n : one, scale)
  };
}
function isSingle2(column, dialect) {
  const type = column.type.toLowerCase();
  if (dialect === "sqlite") return false;
  if (dialect === "postgres") return /^(real|float4)\b/.test(type);
  return /^float\b/.test(type) && !(column.precision !== void 0 && column.precision > 24);
}
function floatValues(column, dialect, random, cautious) {
  const single = isSingle2(column, dialect);
  const max = single ? 34e37 : 17976931348623157e292;
  const tiny = single ? 12e-39 : 22250738585072014e-324;
  const edges = cautious || column.unsigned ? [] : [0, -1.5, max, -max, tiny, 1 / 3];
  return {
    edges,
    random: () => {
      const value = Math.round(random.float() * 2e6) / 1e3 - (cautious ? 0 : 1e3);
      return cautious ? value + 0.5 : value;
    },
    ...sequence([0, max], single ? 2 ** 23 : 2 ** 52, (j) => (j + 1) * 0.5),
    safe: 1
  };
}
function textValues(column, random, cautious, key) {
  const length = column.length;
  const longest = Math.min(length ?? UNLIMITED_TEXT_EDGE, key ? KEY_TEXT_EDGE : 65535);
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let maxEdge = "";
  for (let index = 0; index < longest; index++) maxEdge += alphabet[index % alphabet.length];
  const edges = cautious ? [] : [
    "",
    maxEdge,
    cut("\u{1F600} \u{1D11E} beyond the BMP", length),
    cut("e\u0301 a\u0308 combining", length),
    cut(`quote ' " \\ % _`, length),
    cut(" spaced ", length),
    cut("two\nlines", length)
  ];
  const decorated = (prefix, k) => {
    const value = `${prefix}~${base36(k)}`;
    return length === void 0 || codePoints(value) <= length ? value : base36(k);
  };
  const uniqueCapacity = length === void 0 || length >= 10 ? 2 ** 52 : 36 ** length;
  const pool = [];
  for (let index = 0; index < POOL_SIZE; index++) {
    if (cautious) {
      pool.push(cut(random.pick(WORDS.slice(0, 16)), length));
      continue;
    }
    const parts = random.between(1, 3);
    let text = random.pick(WORDS);
    for (let part = 1; part < parts; part++) text += ` ${random.pick(WORDS)}`;
    if (random.chance(0.5)) text += ` ${random.next().toString(36)}`;
    pool.push(cut(text, length));
  }
  return {
    edges,
    random: () => pool[random.next() & POOL_SIZE - 1],
    capacity: uniqueCapacity,
    unique: (k) => {
      if (k === 0) return "";
      if (k === 1) return base36(1).padStart(Math.max(1, longest), "0");
      if (k === 2) return decorated("\u{1F600}", k);
      if (k === 3) return decorated("e\u0301", k);
      return base36(k);
    },
    safe: "a"
  };
}
function hex(random, digits) {
  let text = "";
  while (text.length < digits) text += random.next().toString(16).padStart(8, "0");
  return text.slice(0, digits);
}
function formatUuid(digits) {
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20, 32)}`;
}
function uuidValues(random) {
  const head = `a${hex(random, 11)}4${hex(random, 3)}8${hex(random, 3)}`;
  return {
    edges: ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"],
    random: () => formatUuid(
      `${hex(random, 12)}4${hex(random, 3)}${"89ab"[random.below(4)]}${hex(random, 15)}`
    ),
    ...sequence(
      ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"],
      2 ** 48,
      (j) => formatUuid(head + j.toString(16).padStart(12, "0"))
    ),
    safe: "00000000-0000-4000-8000-000000000001"
  };
}
function jsonValues(random) {
  return {
    edges: [
      "{}",
      "[]",
      JSON.stringify({
        nested: { list: [1, 2.5, { deep: null }] },
        text: '\u{1F600} e\u0301 "quoted"',
        n: -1
      }),
      "0",
      '"text"',
      "true"
    ],
    random: () => JSON.stringify({
      id: random.below(1e6),
      name: random.pick(WORDS),
      tags: [random.pick(WORDS), random.pick(WORDS)],
      score: random.below(1e4) / 100,
      active: random.chance(0.5)
    }),
    ...sequence(["{}"], 2 ** 52, (j) => JSON.stringify({ id: j })),
    safe: "{}"
  };
}
var DAY_MS = 864e5;
var POWERS = Array.from({ length: 40 }, (_, n) => 10 ** n);
var Y2K = Date.UTC(2e3, 0, 1);
var TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
var THREE_DIGITS = Array.from({ length: 1e3 }, (_, n) => String(n).padStart(3, "0"));
var DAYS = /* @__PURE__ */ new Map();
function isoDate(ms) {
  const day = Math.floor(ms / DAY_MS);
  let text = DAYS.get(day);
  if (text === void 0) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAYS.size < 1e5) DAYS.set(day, text);
  }
  return text;
}
var RANDOM_DAYS = 40 * 365;
var RANDOM_FROM = Date.UTC(1990, 0, 1);
var DAY_TEXTS = [];
var TIME_TEXTS = [];
function randomDay(n) {
  if (DAY_TEXTS.length === 0)
    for (let day = 0; day < RANDOM_DAYS; day++) DAY_TEXTS.push(isoDate(RANDOM_FROM + day * DAY_MS));
  return DAY_TEXTS[n];
}
function timeOfDay(n) {
  if (TIME_TEXTS.length === 0)
    for (let second = 0; second < 86400; second++)
      TIME_TEXTS.push(
        `${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}`
      );
  return TIME_TEXTS[n];
}
function isoTimestamp(ms, fraction) {
  const inDay = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const seconds = Math.floor(inDay / 1e3);
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  return `${isoDate(ms)} ${time}${fraction ? `.${THREE_DIGITS[inDay % 1e3]}` : ""}`;
}
function isNarrowTimestamp(column, dialect) {
  return dialect === "mysql" && /^timestamp\b/.test(column.type.toLowerCase());
}
function dateValues(random, cautious) {
  const last = Date.UTC(9999, 11, 30);
  return {
    edges: cautious ? [] : ["1000-01-01", "9999-12-31", "1970-01-01", "2000-02-29"],
    random: () => isoDate(Date.UTC(1950, 0, 1) + random.below(36500) * DAY_MS),
    ...sequence(
      ["1970-01-01", "9999-12-31", "1000-01-01"],
      Math.floor((last - Y2K) / DAY_MS),
      (j) => isoDate(Y2K + j * DAY_MS)
    ),
    safe: "2000-01-01"
  };
}
function timeValues(random, cautious) {
  return {
    edges: cautious ? [] : ["00:00:00", "23:59:59", "12:00:00"],
    random: () => timeOfDay(random.below(86400)),
    ...sequence([], 86400, timeOfDay),
    safe: "12:00:00"
  };
}
function timestampValues(random, cautious, narrow) {
  const edges = narrow ? ["1970-01-02 00:00:00", "2038-01-18 00:00:00", "2000-02-29 12:34:56"] : [
    "1000-01-01 00:00:00",
    "9999-12-31 23:59:59",
    "1970-01-01 00:00:00",
    "2000-02-29 12:34:56.789"
  ];
  return {
    edges: cautious ? [] : edges,
    random: () => `${randomDay(random.below(RANDOM_DAYS))} ${timeOfDay(random.below(86400))}.${THREE_DIGITS[random.below(1e3)]}`,
    ...sequence(
      narrow ? [] : edges.slice(0, 3),
      narrow ? 12e8 : 2 ** 31,
      (j) => isoTimestamp(Y2K + j * 1e3, false)
    ),
    safe: "2000-01-01 00:00:00"
  };
}
function binaryValues(column, random, key) {
  const length = column.length;
  const longest = Math.min(length ?? 64, key ? KEY_TEXT_EDGE : 65535);
  const width = Math.min(length ?? 8, 6);
  return {
    edges: [Buffer.alloc(0), Buffer.alloc(longest, 255), Buffer.from([0])],
    random: () => {
      const bytes = Buffer.alloc(random.between(1, Math.min(longest, 16)));
      for (let index = 0; index < bytes.length; index++) bytes[index] = random.below(256);
      return bytes;
    },
    capacity: 256 ** width - 2,
    unique: (k) => {
      if (k === 1) return Buffer.alloc(longest, 255);
      const bytes = Buffer.alloc(width);
      bytes.writeUIntBE(k === 0 ? 0 : k - 1, 0, width);
      return bytes;
    },
    safe: Buffer.from([1])
  };
}
function enumValues(column, random) {
  const values = column.enumValues ?? [];
  return {
    edges: values.length === 0 ? [] : [values[0], values[values.length - 1]],
    random: () => values.length === 0 ? null : random.pick(values),
    capacity: values.length,
    unique: (k) => values[k] ?? null,
    safe: values[0] ?? null
  };
}
function otherValue(column) {
  const type = column.type.toLowerCase();
  if (type.endsWith("[]") || type.startsWith("_") || type === "array") return "{}";
  if (type.startsWith("interval")) return "1 day";
  if (type === "inet" || type === "cidr") return "10.0.0.1";
  if (type.startsWith("macaddr")) return "08:00:2b:01:02:03";
  if (type === "money") return "1.00";
  if (type === "point") return "(0,0)";
  if (type === "tsvector") return "word";
  if (type === "tsquery") return "word";
  if (type === "xml") return "<a/>";
  if (type.startsWith("bit") || type.startsWith("varbit")) return "1";
  if (type.startsWith("set(") || type === "set") return "";
  if (/range$/.test(type)) return "empty";
  return "x";
}
function otherValues(column) {
  const value = otherValue(column);
  return { edges: [], random: () => value, capacity: 1, unique: () => value, safe: value };
}
function columnValues(column, options, key = false) {
  const random = new Random(options.seed, options.table, column.name);
  let values;
  switch (column.family) {
    case "integer":
      values = integerValues(column, random, options.cautious, options.bounds);
      break;
    case "decimal":
      values = decimalValues(column, random, options.cautious);
      break;
    case "float":
      values = floatValues(column, options.dialect, random, options.cautious);
      break;
    case "boolean":
      values = {
        edges: [false, true],
        random: () => random.chance(0.5),
        ...sequence([false, true], 0, () => null),
        safe: true
      };
      break;
    case "text":
      values = textValues(
        options.bounds?.maxLength !== void 0 && (column.length === void 0 || options.bounds.maxLength < column.length) ? { ...column, length: Math.max(1, options.bounds.maxLength) } : column,
        random,
        options.cautious,
        key
      );
      break;
    case "uuid":
      values = uuidValues(random);
      break;
    case "json":
      values = jsonValues(random);
      break;
    case "date":
      values = dateValues(random, options.cautious);
      break;
    case "time":
      values = timeValues(random, options.cautious);
      break;
    case "timestamp":
      values = timestampValues(
        random,
        options.cautious,
        isNarrowTimestamp(column, options.dialect)
      );
      break;
    case "binary":
      values = binaryValues(column, random, key);
      break;
    case "enum":
      values = enumValues(column, random);
      break;
    default:
      values = otherValues(column);
  }
  if (options.bounds !== void 0 && column.family !== "integer")
    values = bounded(values, options.bounds);
  if (column.nullable) values.edges.splice(Math.min(1, values.edges.length), 0, null);
  return values;
}

// src/library/seed/write.ts
var SQLITE_VARIABLES = 32766;
var SQLITE_OLD_VARIABLES = 999;
var MYSQL_PLACEHOLDERS = 65535;
var POSTGRES_ROWS = 5e4;
var POSTGRES_BYTES = 32 * 2 ** 20;
function quoteWith(mark) {
  return (name) => `${mark}${name.split(mark).join(mark + mark)}${mark}`;
}
async function createWriter(connection) {
  switch (connection.dialect) {
    case "sqlite":
      return new SqliteWriter(connection);
    case "postgres":
      return new PostgresWriter(connection);
    case "mysql": {
      const writer = new MysqlWriter(connection);
      await writer.readPacketLimit();
      return writer;
    }
    default:
      throw new Error(
        `seedDatabase: the connection's dialect '${String(connection.dialect)}' is not one of sqlite, postgres, mysql`
      );
  }
}
var BaseWriter = class {
  constructor(connection) {
    this.connection = connection;
  }
  connection;
  async prepare(_table) {
  }
  async begin() {
    return false;
  }
  async commit() {
  }
  async count(table) {
    const rows = await this.connection.query(
      `SELECT COUNT(*) AS n FROM ${this.quote(table)}`
    );
    return Number(rows[0]?.n ?? 0);
  }
  async countTuples(table, columns) {
    const list = columns.map((column) => this.quote(column)).join(", ");
    const notNull = columns.map((column) => `${this.quote(column)} IS NOT NULL`).join(" AND ");
    const rows = await this.connection.query(
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT ${list} FROM ${this.quote(table)} WHERE ${notNull}) AS d`
    );
    return Number(rows[0]?.n ?? 0);
  }
  async readTuples(table, columns) {
    const list = columns.map((column) => this.quote(column)).join(", ");
    const notNull = columns.map((column) => `${this.quote(column)} IS NOT NULL`).join(" AND ");
    const rows = await this.connection.query(
      `SELECT DISTINCT ${list} FROM ${this.quote(table)} WHERE ${notNull} ORDER BY ${list}`
    );
    return rows.map((row) => columns.map((column) => row[column] ?? null));
  }
  async insertDefaults(table) {
    await this.connection.query(`INSERT INTO ${this.quote(table)} DEFAULT VALUES`);
  }
  /** The two derived tables of `fillForeignKey`: the child's keys numbered, the parent's tuples numbered. */
  numbered(update) {
    const q = (name) => this.quote(name);
    const keyList2 = update.key.map(q).join(", ");
    const child = `(SELECT ${update.key.map((column, index) => `${q(column)} AS k${index}`).join(", ")}, ROW_NUMBER() OVER (ORDER BY ${keyList2}) AS rn FROM ${q(update.table)})`;
    const refList = update.referencedColumns.map(q).join(", ");
    const parent = `(SELECT DISTINCT ${update.referencedColumns.map((column, index) => `${q(column)} AS r${index}`).join(", ")}, DENSE_RANK() OVER (ORDER BY ${refList}) - 1 AS rn FROM ${q(update.parent)} WHERE ${update.referencedColumns.map((column) => `${q(column)} IS NOT NULL`).join(" AND ")})`;
    const pick = update.distinct ? `k.rn % ${update.parentRows}` : `(k.rn * 2654435761) % ${update.parentRows}`;
    return { child, parent, pick };
  }
};
var SQLITE_JSON_ROWS = 5e3;
var SqliteWriter = class extends BaseWriter {
  dialect = "sqlite";
  quote = quoteWith('"');
  variables = SQLITE_VARIABLES;
  /**
   * Rows travel as one JSON array per statement (`INSERT ... SELECT ... FROM json_each(?)`): one
   * short statement to prepare and one value to bind, twice as fast as multi-row VALUES with
   * 32,766 variables. False once SQLite said it has no JSON functions.
   */
  json = true;
  chunks(columns, rows) {
    const size = this.json ? SQLITE_JSON_ROWS : Math.max(1, Math.floor(this.variables / Math.max(1, columns.length)));
    const chunks2 = [];
    for (let start = 0; start < rows.length; start += size)
      chunks2.push(rows.slice(start, start + size));
    return chunks2;
  }
  async insert(table, columns, rows) {
    if (this.json) {
      const text = jsonRows(rows);
      if (text !== void 0) {
        const select = columns.map((_, index) => `json_extract(value, '$[${index}]')`).join(", ");
        try {
          await this.connection.query(
            `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(", ")}) SELECT ${select} FROM json_each(?)`,
            [text]
          );
          return;
        } catch (error) {
          if (!/no such function|no such table: json_each/i.test(String(error))) throw error;
          this.json = false;
        }
      }
    }
    await this.insertValues(table, columns, rows);
  }
  /** Multi-row VALUES: for blobs (JSON has no bytes) and SQLite builds without JSON. */
  async insertValues(table, columns, rows) {
    const size = Math.max(1, Math.floor(this.variables / Math.max(1, columns.length)));
    if (rows.length > size) {
      for (let start = 0; start < rows.length; start += size)
        await this.insertValues(table, columns, rows.slice(start, start + size));
      return;
    }
    const row = `(${columns.map(() => "?").join(", ")})`;
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(", ")}) VALUES ${Array(rows.length).fill(row).join(", ")}`;
    const parameters = [];
    for (const values of rows)
      for (const value of values)
        parameters.push(typeof value === "boolean" ? Number(value) : value);
    try {
      await this.connection.query(sql, parameters);
    } catch (error) {
      if (this.variables > SQLITE_OLD_VARIABLES && /too many SQL variables/i.test(String(error))) {
        this.variables = SQLITE_OLD_VARIABLES;
        await this.insertValues(table, columns, rows);
        return;
      }
      throw error;
    }
  }
  async begin() {
    try {
      await this.connection.query("BEGIN");
      return true;
    } catch {
      return false;
    }
  }
  async commit() {
    await this.connection.query("COMMIT");
  }
  async fillForeignKey(update) {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} SET ${update.columns.map((column, index) => `${q(column)} = p.r${index}`).join(", ")} FROM ${child} AS k, ${parent} AS p WHERE ${update.key.map((column, index) => `${q(update.table)}.${q(column)} = k.k${index}`).join(" AND ")} AND k.rn > 2 AND k.rn % 10 <> 0 AND p.rn = ${pick}`
    );
  }
};
var MysqlWriter = class extends BaseWriter {
  dialect = "mysql";
  quote = quoteWith("`");
  bytes = 4 * 2 ** 20;
  /** Statements stay under half the server's max_allowed_packet (and 16 MB). */
  async readPacketLimit() {
    try {
      const rows = await this.connection.query("SELECT @@max_allowed_packet AS packet");
      const packet = Number(rows[0]?.packet);
      if (Number.isFinite(packet) && packet > 0) this.bytes = Math.min(16 * 2 ** 20, packet / 2);
    } catch {
    }
  }
  chunks(columns, rows) {
    const perRow = Math.max(1, columns.length);
    const chunks2 = [];
    let current = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 8;
      for (const value of row) rowBytes += estimateBytes(value);
      if (current.length > 0 && (size + rowBytes > this.bytes || (current.length + 1) * perRow > MYSQL_PLACEHOLDERS)) {
        chunks2.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks2.push(current);
    return chunks2;
  }
  async insert(table, columns, rows) {
    const row = `(${columns.map(() => "?").join(", ")})`;
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(", ")}) VALUES ${Array(rows.length).fill(row).join(", ")}`;
    const parameters = [];
    for (const values of rows)
      for (const value of values)
        parameters.push(
          typeof value === "boolean" ? Number(value) : typeof value === "bigint" ? String(value) : value
        );
    await this.connection.query(sql, parameters);
  }
  async insertDefaults(table) {
    await this.connection.query(`INSERT INTO ${this.quote(table)} () VALUES ()`);
  }
  async fillForeignKey(update) {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} AS c JOIN ${child} AS k ON ${update.key.map((column, index) => `c.${q(column)} = k.k${index}`).join(" AND ")} JOIN ${parent} AS p ON p.rn = ${pick} SET ${update.columns.map((column, index) => `c.${q(column)} = p.r${index}`).join(", ")} WHERE k.rn > 2 AND k.rn % 10 <> 0`
    );
  }
};
function jsonRows(rows) {
  let plain = true;
  for (const row of rows)
    for (const value of row) {
      if (value === null) continue;
      const type = typeof value;
      if (type === "bigint" || type === "boolean") plain = false;
      else if (type === "object") return void 0;
    }
  if (plain) return JSON.stringify(rows);
  return JSON.stringify(
    rows,
    (_, value) => typeof value === "bigint" ? String(value) : typeof value === "boolean" ? Number(value) : value
  );
}
function estimateBytes(value) {
  if (value === null) return 5;
  if (typeof value === "string") return value.length * 3 + 4;
  if (Buffer.isBuffer(value)) return value.length * 2 + 4;
  return 26;
}
var NEEDS_QUOTES = /[{}",\\\s]/;
function arrayLiteral(rows, column) {
  const values = new Array(rows.length);
  let plain = true;
  for (let index = 0; index < rows.length; index++) {
    const value = rows[index][column];
    values[index] = value;
    if (typeof value === "bigint" || typeof value === "object" && value !== null) plain = false;
  }
  if (plain) {
    const json = JSON.stringify(values);
    if (!json.includes("\\")) return `{${json.slice(1, -1)}}`;
  }
  let out = "{";
  for (let index = 0; index < rows.length; index++) {
    if (index > 0) out += ",";
    const value = rows[index][column];
    if (value === null || value === void 0) out += "NULL";
    else if (typeof value === "number" || typeof value === "bigint") out += value;
    else if (typeof value === "boolean") out += value ? "t" : "f";
    else if (typeof value === "string") {
      if (value !== "" && !NEEDS_QUOTES.test(value) && !(value.length === 4 && value.toLowerCase() === "null"))
        out += value;
      else if (value.includes('"') || value.includes("\\"))
        out += `"${value.replace(/[\\"]/g, "\\$&")}"`;
      else out += `"${value}"`;
    } else if (Buffer.isBuffer(value)) out += `"\\\\x${value.toString("hex")}"`;
    else out += `"${value.toISOString()}"`;
  }
  return `${out}}`;
}
var PostgresWriter = class extends BaseWriter {
  dialect = "postgres";
  quote = quoteWith('"');
  /**
   * Column types (without modifiers, so the column's own length and scale still check) by table.
   * `character` and `bit` without a length mean a length of 1 in a cast: bpchar and varbit do not.
   */
  types = /* @__PURE__ */ new Map();
  async prepare(table) {
    if (this.types.has(table)) return;
    const rows = await this.connection.query(
      `SELECT a.attname AS name, CASE a.atttypid WHEN 'bpchar'::regtype THEN 'bpchar' WHEN 'bit'::regtype THEN 'varbit' ELSE format_type(a.atttypid, NULL) END AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [this.quote(table)]
    );
    this.types.set(table, new Map(rows.map((row) => [row.name, row.type])));
  }
  chunks(columns, rows) {
    const sample = Math.min(rows.length, 64);
    let sampleBytes = 0;
    for (let index = 0; index < sample; index++)
      for (const value of rows[index]) sampleBytes += estimateBytes(value);
    if (rows.length <= POSTGRES_ROWS && sampleBytes / Math.max(1, sample) * rows.length < POSTGRES_BYTES / 4)
      return [rows];
    const chunks2 = [];
    let current = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 0;
      for (const value of row) rowBytes += estimateBytes(value);
      if (current.length > 0 && (size + rowBytes > POSTGRES_BYTES || current.length >= POSTGRES_ROWS)) {
        chunks2.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks2.push(current);
    return chunks2;
  }
  async insert(table, columns, rows) {
    await this.prepare(table);
    const types = this.types.get(table);
    const arrays = columns.map((_, column) => arrayLiteral(rows, column));
    const typeOf = (column) => types.get(column) ?? "text";
    const nested = (column) => typeOf(column).endsWith("]");
    const sql = `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(", ")}) SELECT ${columns.map((column, index) => nested(column) ? `u.c${index}::${typeOf(column)}` : `u.c${index}`).join(", ")} FROM unnest(${columns.map((column, index) => `$${index + 1}::${nested(column) ? "text" : typeOf(column)}[]`).join(", ")}) AS u(${columns.map((_, index) => `c${index}`).join(", ")})`;
    await this.connection.query(sql, arrays);
  }
  async fillForeignKey(update) {
    const { child, parent, pick } = this.numbered(update);
    const q = this.quote;
    await this.connection.query(
      `UPDATE ${q(update.table)} AS c SET ${update.columns.map((column, index) => `${q(column)} = p.r${index}`).join(", ")} FROM ${child} AS k, ${parent} AS p WHERE ${update.key.map((column, index) => `c.${q(column)} = k.k${index}`).join(" AND ")} AND k.rn > 2 AND k.rn % 10 <> 0 AND p.rn = ${pick}`
    );
  }
};

// src/library/seed/seed.ts
var SeedOptionsError = class extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "SeedOptionsError";
};
var BATCH_ROWS = 1e4;
var FIRST_BATCH_ROWS = 1e3;
var MAX_REFUSED_ROWS = 20;
var CAUTIOUS_AFTER_REFUSALS = 5;
var PROGRESS_EVERY = 1e5;
var ISOLATED_REFUSALS = 64;
var SAFER_RANGE = 1024;
var INDEX = (i) => i;
var TableSkipped = class extends Error {
};
function checkOptions(connection, schema, options) {
  const whole = (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
  if (!whole(options.rowsPerTable))
    throw new SeedOptionsError(
      `seedDatabase: rowsPerTable must be a whole number, 0 or more; got ${String(options.rowsPerTable)}`
    );
  if (options.seed !== void 0 && !(typeof options.seed === "number" && Number.isSafeInteger(options.seed)))
    throw new SeedOptionsError(
      `seedDatabase: seed must be a whole number; got ${String(options.seed)}`
    );
  const names = new Set(schema.tables.map((table) => table.name));
  for (const [table, rows] of Object.entries(options.rows ?? {})) {
    if (!names.has(table))
      throw new SeedOptionsError(
        `seedDatabase: rows names the table '${table}', which the schema does not have; its tables: ${[...names].join(", ") || "(none)"}`
      );
    if (!whole(rows))
      throw new SeedOptionsError(
        `seedDatabase: rows['${table}'] must be a whole number, 0 or more; got ${String(rows)}`
      );
  }
  if (connection.dialect !== schema.dialect)
    throw new SeedOptionsError(
      `seedDatabase: the connection is ${connection.dialect} but the schema was read from ${schema.dialect}`
    );
}
function fkKey(table, fk) {
  return `${table}\0${fk.name}`;
}
function tupleKey(table, columns) {
  return `${table}\0${columns.join("\0")}`;
}
function isDatabaseFilled(column) {
  return column.generated !== null || /^nextval\(/i.test(column.default ?? "");
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function dependencyOrder(schema) {
  const byName2 = new Map(schema.tables.map((table) => [table.name, table]));
  const deferred = /* @__PURE__ */ new Set();
  const blocked = /* @__PURE__ */ new Map();
  const nullable = (table, fk) => fk.columns.every(
    (name) => table.columns.find((column) => column.name === name)?.nullable ?? false
  );
  for (const table of schema.tables)
    for (const fk of table.foreignKeys)
      if (fk.referencedTable === table.name) {
        if (nullable(table, fk)) deferred.add(fkKey(table.name, fk));
        else
          blocked.set(
            table.name,
            `its foreign key ${fk.name} (${fk.columns.join(", ")}) references the table itself and is NOT NULL: no first row can be inserted`
          );
      }
  const done = /* @__PURE__ */ new Set();
  const order = [];
  const remaining = [...schema.tables].sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  const waitsFor = (table) => table.foreignKeys.filter(
    (fk) => fk.referencedTable !== table.name && byName2.has(fk.referencedTable) && !done.has(fk.referencedTable) && !deferred.has(fkKey(table.name, fk))
  );
  while (remaining.length > 0) {
    const ready = remaining.findIndex((table) => waitsFor(table).length === 0);
    if (ready !== -1) {
      const [table] = remaining.splice(ready, 1);
      order.push(table);
      done.add(table.name);
      continue;
    }
    let broken = false;
    for (const table of remaining) {
      const fk = waitsFor(table).find((candidate) => nullable(table, candidate));
      if (fk !== void 0) {
        deferred.add(fkKey(table.name, fk));
        broken = true;
        break;
      }
    }
    if (!broken) {
      const table = remaining[0];
      const names = waitsFor(table).map((fk) => `${fk.name} -> ${fk.referencedTable}`);
      blocked.set(
        table.name,
        `it is in a cycle of NOT NULL foreign keys (${names.join(", ")}): no table of the cycle can take the first row`
      );
      for (const fk of waitsFor(table)) deferred.add(fkKey(table.name, fk));
    }
  }
  return { tables: order, deferred, blocked };
}
function uniqueSets(table) {
  const names = new Set(table.columns.map((column) => column.name));
  const sets = [];
  const add = (columns) => {
    const resolved = [];
    for (const entry of columns) {
      if (names.has(entry)) resolved.push(entry);
      else
        for (const word of entry.match(/[A-Za-z_][\w$]*/g) ?? [])
          if (names.has(word) && !resolved.includes(word)) resolved.push(word);
    }
    if (resolved.length === 0) return;
    if (!sets.some(
      (set) => set.length === resolved.length && set.every((name, i) => name === resolved[i])
    ))
      sets.push(resolved);
  };
  if (table.primaryKey.length > 0) add(table.primaryKey);
  for (const unique of table.uniques) add(unique.columns);
  for (const index of table.indexes) if (index.unique) add(index.columns);
  return sets;
}
var NUMBER = "(-?\\d+(?:\\.\\d+)?)";
var NAME = "([a-z_][\\w$]*)";
var BOUND = new RegExp(`^${NAME} (>=|>|<=|<) ${NUMBER}$`);
var REVERSED_BOUND = new RegExp(`^${NUMBER} (>=|>|<=|<) ${NAME}$`);
var MAX_LENGTH = new RegExp(`^(?:length|char_length|character_length) ${NAME} (<=|<) (\\d+)$`);
var NON_EMPTY = new RegExp(`^${NAME} (?:<>|!=) ''$`);
var FLIPPED = { ">=": "<=", ">": "<", "<=": ">=", "<": ">" };
function readChecks(table) {
  const bounds2 = /* @__PURE__ */ new Map();
  const unread = /* @__PURE__ */ new Set();
  const names = new Set(table.columns.map((column) => column.name.toLowerCase()));
  const boundOf = (name) => {
    let entry = bounds2.get(name);
    if (entry === void 0) bounds2.set(name, entry = {});
    return entry;
  };
  for (const check of table.checks) {
    const text = check.expression.toLowerCase().replace(/^\s*check\b/, "").replace(/["`]/g, "").replace(/::(?:character varying|double precision|[a-z_]+)(?:\[\])?/g, "").replace(/'(-?\d+(?:\.\d+)?)'/g, "$1");
    for (const part of text.split(/\band\b/)) {
      const plain = part.replace(/[()]/g, " ").replace(/(<>|!=|>=|<=|<|>)/g, " $1 ").replace(/\s+/g, " ").trim();
      let match;
      if ((match = MAX_LENGTH.exec(plain)) && names.has(match[1])) {
        const limit = Number(match[3]) - (match[2] === "<" ? 1 : 0);
        const entry = boundOf(match[1]);
        entry.maxLength = Math.min(entry.maxLength ?? limit, limit);
        continue;
      }
      if ((match = NON_EMPTY.exec(plain)) && names.has(match[1])) {
        boundOf(match[1]).nonEmpty = true;
        continue;
      }
      let name;
      let operator;
      let value;
      if (match = BOUND.exec(plain)) {
        name = match[1];
        operator = match[2];
        value = Number(match[3]);
      } else if (match = REVERSED_BOUND.exec(plain)) {
        name = match[3];
        operator = FLIPPED[match[2]];
        value = Number(match[1]);
      }
      if (name !== void 0 && operator !== void 0 && value !== void 0 && names.has(name)) {
        const entry = boundOf(name);
        if (operator.startsWith(">")) {
          if (entry.min === void 0 || value >= entry.min) {
            entry.min = value;
            entry.minExclusive = operator === ">";
          }
        } else if (entry.max === void 0 || value <= entry.max) {
          entry.max = value;
          entry.maxExclusive = operator === "<";
        }
        continue;
      }
      for (const word of plain.match(/[a-z_][\w$]*/g) ?? []) if (names.has(word)) unread.add(word);
    }
  }
  return { bounds: bounds2, unread };
}
async function seedDatabase(connection, schema, options) {
  checkOptions(connection, schema, options);
  const started = performance2.now();
  const writer = await createWriter(connection);
  const order = dependencyOrder(schema);
  const referenced = /* @__PURE__ */ new Map();
  for (const table of schema.tables)
    for (const fk of table.foreignKeys) {
      if (order.deferred.has(fkKey(table.name, fk))) continue;
      const sets = referenced.get(fk.referencedTable) ?? [];
      if (!sets.some((set) => set.join("\0") === fk.referencedColumns.join("\0")))
        sets.push(fk.referencedColumns);
      referenced.set(fk.referencedTable, sets);
    }
  const state = {
    connection,
    schema,
    writer,
    seed: options.seed ?? 1,
    order,
    tuples: /* @__PURE__ */ new Map(),
    referenced,
    filled: /* @__PURE__ */ new Map(),
    progress: options.onProgress ?? (() => void 0)
  };
  const result = { tables: [], skipped: [], seconds: 0 };
  for (const table of order.tables) {
    const wanted = options.rows?.[table.name] ?? options.rowsPerTable;
    const tableStarted = performance2.now();
    const outcome = await fillTable(state, table, wanted);
    state.filled.set(table.name, outcome.rows);
    result.tables.push({ table: table.name, rows: outcome.rows });
    if (outcome.reason !== void 0)
      result.skipped.push({ table: table.name, reason: outcome.reason });
    const took = ((performance2.now() - tableStarted) / 1e3).toFixed(2);
    state.progress(
      `seed: ${table.name}: ${outcome.rows} of ${wanted} rows in ${took} s${outcome.reason === void 0 ? "" : ` (${outcome.reason})`}`
    );
  }
  for (const table of order.tables)
    for (const fk of table.foreignKeys) {
      if (!order.deferred.has(fkKey(table.name, fk)) || order.blocked.has(table.name)) continue;
      const reason = await fillDeferred(state, table, fk);
      if (reason !== void 0) {
        result.skipped.push({ table: table.name, reason });
        state.progress(`seed: ${table.name}: ${reason}`);
      }
    }
  result.seconds = (performance2.now() - started) / 1e3;
  return result;
}
async function fillDeferred(state, table, fk) {
  if ((state.filled.get(table.name) ?? 0) === 0) return void 0;
  const deferredColumns = new Set(
    table.foreignKeys.filter((other) => state.order.deferred.has(fkKey(table.name, other))).flatMap((other) => other.columns)
  );
  const notNull = (names) => names.every((name) => {
    const column = table.columns.find((candidate) => candidate.name === name);
    return column !== void 0 && !column.nullable && !deferredColumns.has(name);
  });
  const key = uniqueSets(table).find(notNull);
  if (key === void 0)
    return `foreign key ${fk.name} (${fk.columns.join(", ")}) left NULL: the table has no NOT NULL key to update its rows by`;
  try {
    const parentRows = await state.writer.countTuples(fk.referencedTable, fk.referencedColumns);
    if (parentRows === 0) return void 0;
    const distinct = uniqueSets(table).some(
      (set) => set.every((name) => fk.columns.includes(name))
    );
    const transaction = await state.writer.begin();
    try {
      await state.writer.fillForeignKey({
        table: table.name,
        key,
        columns: fk.columns,
        parent: fk.referencedTable,
        referencedColumns: fk.referencedColumns,
        parentRows,
        distinct
      });
    } finally {
      if (transaction) await state.writer.commit();
    }
    return void 0;
  } catch (error) {
    return `foreign key ${fk.name} (${fk.columns.join(", ")}) left NULL: ${messageOf2(error)}`;
  }
}
async function parentTuples(state, fk) {
  const recorded = state.tuples.get(tupleKey(fk.referencedTable, fk.referencedColumns));
  if (recorded !== void 0) return recorded;
  return state.writer.readTuples(fk.referencedTable, fk.referencedColumns);
}
async function fillTable(state, table, wanted) {
  const blocked = state.order.blocked.get(table.name);
  if (blocked !== void 0) return { rows: 0, reason: blocked };
  if (wanted === 0) return { rows: 0 };
  const before = await state.writer.count(table.name).catch(() => 0);
  try {
    return await fillTableRows(state, table, wanted);
  } catch (error) {
    const after = await state.writer.count(table.name).catch(() => before);
    return { rows: Math.max(0, after - before), reason: messageOf2(error) };
  }
}
async function fillTableRows(state, table, wanted) {
  const { writer, seed } = state;
  const dialect = writer.dialect;
  await writer.prepare(table.name);
  const insertColumns = table.columns.filter((column) => !isDatabaseFilled(column));
  const deferredColumns = new Set(
    table.foreignKeys.filter((fk) => state.order.deferred.has(fkKey(table.name, fk))).flatMap((fk) => fk.columns)
  );
  const liveFks = table.foreignKeys.filter(
    (fk) => !state.order.deferred.has(fkKey(table.name, fk))
  );
  const sets = uniqueSets(table).sort((a, b) => a.length - b.length);
  const referencedSets = state.referenced.get(table.name) ?? [];
  const keyColumns = /* @__PURE__ */ new Set([
    ...sets.flat(),
    ...table.foreignKeys.flatMap((fk) => fk.columns),
    ...referencedSets.flat()
  ]);
  const checks = readChecks(table);
  const cautiousColumns = new Set(
    insertColumns.filter((column) => column.family !== "enum" && checks.unread.has(column.name.toLowerCase())).map((column) => column.name)
  );
  const values = /* @__PURE__ */ new Map();
  for (const column of insertColumns)
    values.set(
      column.name,
      columnValues(
        column,
        {
          dialect,
          seed,
          table: table.name,
          cautious: cautiousColumns.has(column.name),
          bounds: checks.bounds.get(column.name.toLowerCase())
        },
        keyColumns.has(column.name)
      )
    );
  const nullRandom = new Map(
    insertColumns.map((column) => [column.name, new Random(seed, table.name, column.name, "null")])
  );
  const omittable = new Set(
    insertColumns.filter((column) => column.default !== null && !keyColumns.has(column.name)).map((column) => column.name)
  );
  const fkPlans = [];
  const columnFk = /* @__PURE__ */ new Map();
  for (const fk of liveFks) {
    const nullable = fk.columns.every(
      (name) => table.columns.find((column) => column.name === name)?.nullable ?? false
    );
    const tuples = await parentTuples(state, fk);
    if (tuples.length === 0 && !nullable)
      throw new TableSkipped(
        `its foreign key ${fk.name} (${fk.columns.join(", ")}) references ${fk.referencedTable}, which has no rows`
      );
    const plan = {
      fk,
      tuples,
      nullable,
      random: new Random(seed, table.name, fk.name)
    };
    fkPlans.push(plan);
    fk.columns.forEach((name, position) => {
      if (!columnFk.has(name)) columnFk.set(name, { plan, position });
    });
  }
  const digits = /* @__PURE__ */ new Map();
  let rows = wanted;
  let capReason;
  const insertable = new Set(insertColumns.map((column) => column.name));
  for (const set of sets) {
    if (set.some(
      (name) => !insertable.has(name) || deferredColumns.has(name) && !columnFk.has(name)
    ))
      continue;
    if (set.some((name) => digits.get(name) === INDEX)) continue;
    if (fkPlans.some(
      (plan) => plan.digit === INDEX && plan.fk.columns.every((name) => set.includes(name))
    ))
      continue;
    const own = set.filter((name) => !columnFk.has(name) && !deferredColumns.has(name));
    const free = own.filter((name) => !digits.has(name));
    const best = own.reduce(
      (top, name) => top === void 0 || values.get(name).capacity > values.get(top).capacity ? name : top,
      void 0
    );
    if (best !== void 0 && values.get(best).capacity >= rows) {
      digits.set(best, INDEX);
      continue;
    }
    const setFks = fkPlans.filter(
      (plan) => plan.digit === void 0 && plan.fk.columns.some((name) => set.includes(name))
    );
    if (setFks.length === 1 && free.length === 0 && setFks[0].nullable) {
      setFks[0].digit = INDEX;
      setFks[0].nullBeyond = setFks[0].tuples.length;
      continue;
    }
    const members = [
      ...setFks.map((plan) => ({
        base: plan.tuples.length,
        assign: (digit) => plan.digit = digit
      })),
      ...free.map((name) => ({
        base: Math.min(values.get(name).capacity, rows),
        assign: (digit) => digits.set(name, digit)
      }))
    ].filter((member) => member.base > 0);
    if (members.length === 0) continue;
    let product = 1;
    for (const member of members) {
      const below = product;
      const base = member.base;
      member.assign((i) => Math.floor(i / below) % base);
      product *= base;
    }
    if (product < rows) {
      capReason = `only ${product} distinct values of (${set.join(", ")}) are possible; ${wanted} rows were asked for`;
      rows = product;
    }
  }
  const plans = insertColumns.map((column) => {
    const name = column.name;
    const fk = columnFk.get(name);
    return {
      column,
      deferred: deferredColumns.has(name) && fk === void 0,
      fk: fk === void 0 ? void 0 : fkPlans.indexOf(fk.plan),
      fkPosition: fk?.position ?? 0,
      digit: digits.get(name),
      values: values.get(name),
      key: keyColumns.has(name),
      cautious: cautiousColumns.has(name),
      omittable: omittable.has(name),
      nulls: nullRandom.get(name)
    };
  });
  const rowValues = (i) => {
    const picks = [];
    for (const plan of fkPlans) {
      let tuple;
      if (plan.digit !== void 0)
        tuple = plan.nullBeyond !== void 0 && i >= plan.nullBeyond ? null : plan.tuples[plan.digit(i)] ?? null;
      else if (plan.tuples.length === 0 || plan.nullable && (i === 1 || plan.random.chance(0.05)))
        tuple = null;
      else tuple = plan.tuples[plan.random.below(plan.tuples.length)];
      picks.push(tuple);
    }
    const omitRow = i % 4 === 3;
    const row = new Array(plans.length);
    for (let position = 0; position < plans.length; position++) {
      const plan = plans[position];
      const column = plan.column;
      if (plan.deferred) row[position] = null;
      else if (plan.fk !== void 0) row[position] = picks[plan.fk]?.[plan.fkPosition] ?? null;
      else if (plan.digit !== void 0) row[position] = plan.values.unique(plan.digit(i));
      else if (cautiousNow && plan.cautious && !plan.key) row[position] = saferValue(plan);
      else if (omitRow && plan.omittable) row[position] = OMIT;
      else if (i < plan.values.edges.length) row[position] = plan.values.edges[i];
      else if (column.nullable && plan.nulls.chance(0.03)) row[position] = null;
      else row[position] = plan.values.random();
    }
    return row;
  };
  const saferValue = (plan) => plan.column.nullable ? null : plan.column.default !== null ? OMIT : plan.values.safe;
  const saferRow = (row, level) => row.map((value, position) => {
    const plan = plans[position];
    if (plan.key || plan.deferred) return value;
    return level === 2 || cautiousColumns.size === 0 || plan.cautious ? saferValue(plan) : value;
  });
  const rekeyedRow = (row, index) => {
    if (index >= rows * 4 + 1e3) return void 0;
    const copy = [...row];
    for (let position = 0; position < plans.length; position++) {
      const plan = plans[position];
      if (plan.digit !== void 0) {
        const k = plan.digit(index);
        if (k >= plan.values.capacity) return void 0;
        copy[position] = plan.values.unique(k);
      } else if (plan.fk !== void 0) {
        const fkPlan = fkPlans[plan.fk];
        if (fkPlan.digit === void 0) continue;
        const tuple = fkPlan.tuples[fkPlan.digit(index)];
        if (tuple === void 0) return void 0;
        copy[position] = tuple[plan.fkPosition] ?? null;
      }
    }
    return copy;
  };
  const recorded = referencedSets.filter(
    (set) => set.every(
      (name) => insertable.has(name) && !omittable.has(name) && !deferredColumns.has(name)
    )
  ).map((set) => ({
    set,
    positions: set.map((name) => insertColumns.findIndex((column) => column.name === name)),
    tuples: []
  }));
  let inserted = 0;
  let recovered = 0;
  let lost = 0;
  let lastRefusal = "";
  let cautiousNow = false;
  const record = (row) => {
    inserted++;
    for (const entry of recorded) {
      const tuple = entry.positions.map((position) => row[position]);
      if (tuple.every((value) => value !== null)) entry.tuples.push(tuple);
    }
  };
  const insertGroup = async (indexes, group) => {
    const first = group[0];
    const keep = insertColumns.map((_, position) => first[position] !== OMIT);
    const columns = insertColumns.filter((_, position) => keep[position]).map((column) => column.name);
    const stripped = keep.every(Boolean) ? group : group.map((row) => row.filter((_, position) => keep[position]));
    const attempt = async (from2, to) => {
      try {
        if (columns.length === 0)
          for (let n = from2; n < to; n++) await writer.insertDefaults(table.name);
        else
          await writer.insert(
            table.name,
            columns,
            from2 === 0 && to === stripped.length ? stripped : stripped.slice(from2, to)
          );
        for (let n = from2; n < to; n++) record(group[n]);
      } catch (error) {
        if (to - from2 > (lost + recovered >= ISOLATED_REFUSALS ? SAFER_RANGE : 1)) {
          const middle = from2 + Math.floor((to - from2) / 2);
          await attempt(from2, middle);
          await attempt(middle, to);
          return;
        }
        if (to - from2 > 1 && await insertSafer(group.slice(from2, to))) return;
        if (to - from2 > 1) {
          const middle = from2 + Math.floor((to - from2) / 2);
          await attempt(from2, middle);
          await attempt(middle, to);
          return;
        }
        await retryRow(group[from2], indexes[from2], error);
      }
    };
    let from = 0;
    for (const chunk of columns.length === 0 ? [stripped] : writer.chunks(columns, stripped)) {
      await attempt(from, from + chunk.length);
      from += chunk.length;
    }
  };
  const insertSafer = async (original) => {
    const safer = original.map((row) => saferRow(row, 1));
    const keep = safer[0].map((value) => value !== OMIT);
    const columns = insertColumns.filter((_, position) => keep[position]).map((column) => column.name);
    try {
      if (columns.length === 0) for (const _ of safer) await writer.insertDefaults(table.name);
      else
        await writer.insert(
          table.name,
          columns,
          safer.map((row) => row.filter((_, position) => keep[position]))
        );
    } catch {
      return false;
    }
    for (const row of safer) record(row);
    recovered += safer.length;
    return true;
  };
  const retryRow = async (original, index, error) => {
    let last = error;
    const attempts = [
      saferRow(original, 1),
      saferRow(original, 2),
      ...[1, 2].map((round) => {
        const rekeyed = rekeyedRow(original, index + rows * round);
        return rekeyed === void 0 ? void 0 : saferRow(rekeyed, 2);
      })
    ];
    for (const row of attempts) {
      if (row === void 0) continue;
      const keep = row.map((value) => value !== OMIT);
      const columns = insertColumns.filter((_, position) => keep[position]).map((column) => column.name);
      try {
        if (columns.length === 0) await writer.insertDefaults(table.name);
        else
          await writer.insert(table.name, columns, [
            row.filter((_, position) => keep[position])
          ]);
        record(row);
        recovered++;
        return;
      } catch (next) {
        last = next;
      }
    }
    lost++;
    lastRefusal = messageOf2(last);
    if (lost >= MAX_REFUSED_ROWS && lost > inserted)
      throw new TableSkipped(
        `gave up after ${lost} rows refused even with safer values (${inserted} inserted): ${lastRefusal}`
      );
  };
  const generate = (start, end) => {
    const groups = /* @__PURE__ */ new Map();
    for (let i = start; i < end; i++) {
      const row = rowValues(i);
      let mask = "";
      if (row.includes(OMIT)) for (const value of row) mask += value === OMIT ? "1" : "0";
      let group = groups.get(mask);
      if (group === void 0) groups.set(mask, group = { indexes: [], rows: [] });
      group.indexes.push(i);
      group.rows.push(row);
    }
    return groups;
  };
  let nextProgress = PROGRESS_EVERY;
  const write = async (groups, end) => {
    for (const group of groups.values()) await insertGroup(group.indexes, group.rows);
    if (end >= nextProgress && end < rows) {
      state.progress(`seed: ${table.name}: ${end} of ${rows} rows`);
      nextProgress += PROGRESS_EVERY;
    }
  };
  const transaction = await writer.begin();
  try {
    const batchEnd = (start) => Math.min(rows, start + (start < 2 * FIRST_BATCH_ROWS ? FIRST_BATCH_ROWS : BATCH_ROWS));
    let groups = generate(0, batchEnd(0));
    for (let start = 0; start < rows; start = batchEnd(start)) {
      const end = batchEnd(start);
      const writing = write(groups, end);
      writing.catch(() => void 0);
      await new Promise((resolve6) => setImmediate(resolve6));
      const next = end < rows ? generate(end, batchEnd(end)) : /* @__PURE__ */ new Map();
      await writing;
      cautiousNow = recovered + lost >= CAUTIOUS_AFTER_REFUSALS;
      groups = next;
    }
  } finally {
    if (transaction) await writer.commit();
  }
  for (const entry of recorded) state.tuples.set(tupleKey(table.name, entry.set), entry.tuples);
  const reasons = [];
  if (capReason !== void 0) reasons.push(capReason);
  if (lost > 0) reasons.push(`${lost} rows refused even with safer values: ${lastRefusal}`);
  return { rows: inserted, ...reasons.length > 0 ? { reason: reasons.join("; ") } : {} };
}

// src/library/migrations/classify.ts
function classifyChange(change, findings) {
  const about = (kinds) => findings.some(
    (finding) => kinds.includes(finding.kind) && finding.table === change.table && (change.name === void 0 || finding.column === void 0 || finding.column === change.name)
  );
  switch (change.kind) {
    case "table-added":
    case "column-added":
    case "index-added":
    case "view-added":
    case "enum-added":
      return "additive";
    case "unique-added":
    case "check-added":
    case "foreign-key-added":
    case "primary-key-changed":
      return "constraint";
    case "column-nullability-changed":
      return change.after?.nullable === false ? "constraint" : "other";
    case "table-dropped":
      if (about(["table-renamed"])) return "renamed";
      return about(["table-dropped-with-data"]) ? "destructive" : "other";
    case "column-dropped":
      if (about(["column-renamed", "column-moved"])) return "renamed";
      return about(["column-dropped-with-data"]) ? "destructive" : "other";
    case "column-type-changed":
    case "column-enum-changed": {
      const before = change.before;
      const after = change.after;
      return before && after && narrowing(before, after) !== void 0 ? "narrowing" : "other";
    }
    default:
      return "other";
  }
}

// src/library/migrations/data.ts
function canonical(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString("hex")}`;
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  return JSON.stringify(value);
}
function rowKey(row, columns) {
  return JSON.stringify(columns.map((column) => row[column]));
}
async function readTable(connection, table) {
  const columns = table.columns.map((column) => column.name);
  const rows = await connection.query(
    `SELECT ${columns.map((column) => quote(connection.dialect, column)).join(", ")} FROM ${quote(connection.dialect, table.name)}`
  );
  const key = table.primaryKey;
  const data = { columns, key, rows: /* @__PURE__ */ new Map() };
  if (key.length === 0) data.counts = /* @__PURE__ */ new Map();
  for (const raw of rows) {
    const row = {};
    for (const column of columns) row[column] = canonical(raw[column]);
    const id = rowKey(row, key.length > 0 ? key : columns);
    data.rows.set(id, row);
    if (data.counts) data.counts.set(id, (data.counts.get(id) ?? 0) + 1);
  }
  return data;
}
async function readData(connection, schema) {
  const snapshot = /* @__PURE__ */ new Map();
  for (const table of schema.tables) snapshot.set(table.name, await readTable(connection, table));
  return snapshot;
}
function rowCount(data) {
  if (!data.counts) return data.rows.size;
  let total = 0;
  for (const count of data.counts.values()) total += count;
  return total;
}
function describeKey(data, row) {
  const columns = data.key.length > 0 ? data.key : data.columns.slice(0, 3);
  return columns.map((column) => `${column}=${row[column] ?? "NULL"}`).join(", ");
}

// src/library/migrations/findings.ts
var BROKEN_KINDS = /* @__PURE__ */ new Set([
  "up-failed",
  "down-missing",
  "down-failed",
  "rollback-schema-drift"
]);
function cascadeParent(table, before, after) {
  const schema = before.schema.tables.find((candidate) => candidate.name === table);
  for (const key of schema?.foreignKeys ?? []) {
    if (key.onDelete !== "CASCADE") continue;
    const parentBefore = before.data.get(key.referencedTable);
    const parentAfter = after.data.get(key.referencedTable);
    if (!parentBefore || !parentAfter || rowCount(parentBefore) === 0) continue;
    if ([...parentBefore.rows.keys()].every((id) => parentAfter.rows.has(id)))
      return key.referencedTable;
  }
  return void 0;
}
function cascadeExplanation(table, parent) {
  return `: ${table} references ${parent} with ON DELETE CASCADE, and ${parent} kept its rows, so it was dropped and made again (a table rebuild) while foreign keys were enforced, and the drop deleted these rows. Turn foreign keys off around the rebuild, outside the transaction (SQLite ignores PRAGMA foreign_keys inside one; TypeORM's migration:revert sets it inside its transaction)`;
}
var MAX_EXAMPLES = 3;
function show(value) {
  if (value === null) return "NULL";
  const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `'${text}'`;
}
function sameAcrossTypes(a, b) {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const truth = { "1": "true", "0": "false", t: "true", f: "false" };
  if ((truth[a] ?? a) === (truth[b] ?? b) && /^(true|false)$/.test(truth[a] ?? a)) return true;
  const numberA = Number(a);
  const numberB = Number(b);
  if (a.trim() !== "" && b.trim() !== "" && !Number.isNaN(numberA) && !Number.isNaN(numberB))
    return numberA === numberB;
  const timeA = Date.parse(a.includes("T") || a.length <= 10 ? a : `${a.replace(" ", "T")}Z`);
  const timeB = Date.parse(b.includes("T") || b.length <= 10 ? b : `${b.replace(" ", "T")}Z`);
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && /^\d{4}-/.test(a) && /^\d{4}-/.test(b))
    return timeA === timeB;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}
function columnOf(table, name) {
  return table?.columns.find((column) => column.name === name);
}
function matchedRows(before, after) {
  if (before.key.length === 0 || before.key.join("\0") !== after.key.join("\0")) return [];
  const pairs = [];
  for (const [key, row] of before.rows) {
    const twin = after.rows.get(key);
    if (twin) pairs.push([row, twin]);
  }
  return pairs;
}
function nonNullValues(data, column) {
  const values = [];
  for (const [id, row] of data.rows) {
    const value = row[column];
    if (value === null) continue;
    for (let n = data.counts?.get(id) ?? 1; n > 0; n--) values.push(value);
  }
  return values;
}
function sameMultiset(a, b) {
  if (a.length !== b.length) return false;
  const left = [...a].map(String).sort();
  const right = [...b].map(String).sort();
  return left.every((value, index) => value === right[index]);
}
function forwardFindings(migration, before, after, changes) {
  const findings = [];
  const add = (finding) => findings.push({ migration, verdict: "fail", ...finding });
  const tableBefore = new Map(before.schema.tables.map((table) => [table.name, table]));
  const tableAfter = new Map(after.schema.tables.map((table) => [table.name, table]));
  const addedTables = after.schema.tables.filter((table) => !tableBefore.has(table.name));
  const addedColumns = /* @__PURE__ */ new Map();
  for (const change of changes)
    if (change.kind === "column-added" && change.name)
      addedColumns.set(change.table, [...addedColumns.get(change.table) ?? [], change.name]);
  for (const table of before.schema.tables) {
    const data = before.data.get(table.name);
    const rows = rowCount(data);
    if (tableAfter.has(table.name)) continue;
    if (rows === 0) continue;
    const home = addedTables.find((candidate) => holdsRows(data, after.data.get(candidate.name)));
    if (home) {
      findings.push({
        migration,
        verdict: "info",
        kind: "table-renamed",
        table: table.name,
        count: rows,
        message: `table ${table.name} is gone and its ${rows} rows are all in the new table ${home.name} (followed by value)`
      });
      continue;
    }
    add({
      kind: "table-dropped-with-data",
      table: table.name,
      count: rows,
      message: `table ${table.name} was dropped with ${rows} rows in it, and no new table holds them`
    });
  }
  for (const table of before.schema.tables) {
    const afterTable = tableAfter.get(table.name);
    if (!afterTable) continue;
    const old = before.data.get(table.name);
    const now = after.data.get(table.name);
    const pairs = matchedRows(old, now);
    for (const column of table.columns) {
      if (columnOf(afterTable, column.name)) continue;
      const values = nonNullValues(old, column.name);
      if (values.length === 0) continue;
      const renamedTo = (addedColumns.get(table.name) ?? []).find(
        (candidate) => pairs.length === old.rows.size && pairs.every(([row, twin]) => sameAcrossTypes(row[column.name], twin[candidate]))
      );
      if (renamedTo) {
        findings.push({
          migration,
          verdict: "info",
          kind: "column-renamed",
          table: table.name,
          column: column.name,
          count: values.length,
          message: `column ${table.name}.${column.name} is gone and its ${values.length} values are, row for row, in the new column ${renamedTo} (followed by value)`
        });
        continue;
      }
      const movedTo = [...addedColumns.entries()].filter(([other]) => other !== table.name).flatMap(([other, names]) => names.map((name) => [other, name])).concat(
        addedTables.flatMap(
          (added) => added.columns.map((addedColumn) => [added.name, addedColumn.name])
        )
      ).find(
        ([other, name]) => new Set(values).size >= Math.min(values.length, 3) && sameMultiset(values, nonNullValues(after.data.get(other), name))
      );
      if (movedTo) {
        findings.push({
          migration,
          verdict: "info",
          kind: "column-moved",
          table: table.name,
          column: column.name,
          count: values.length,
          message: `column ${table.name}.${column.name} is gone and its ${values.length} values are in ${movedTo[0]}.${movedTo[1]} (followed by value)`
        });
        continue;
      }
      const examples = [...old.rows.values()].filter((row) => row[column.name] !== null).slice(0, MAX_EXAMPLES).map((row) => `${describeKey(old, row)}: ${show(row[column.name])}`);
      add({
        kind: "column-dropped-with-data",
        table: table.name,
        column: column.name,
        count: values.length,
        examples,
        message: `column ${table.name}.${column.name} was dropped with ${values.length} non-NULL values, and no new column holds them (e.g. ${examples.join("; ")})`
      });
    }
    const lost = pairs.length > 0 || old.key.length > 0 && old.key.join("\0") === now.key.join("\0") ? [...old.rows.keys()].filter((key) => !now.rows.has(key)).length : Math.max(0, rowCount(old) - rowCount(now));
    if (lost > 0) {
      const examples = [...old.rows.entries()].filter(([key]) => !now.rows.has(key)).slice(0, MAX_EXAMPLES).map(([, row]) => describeKey(old, row));
      const parent = cascadeParent(table.name, before, after);
      add({
        kind: "rows-lost",
        table: table.name,
        count: lost,
        examples,
        message: `table ${table.name} lost ${lost} of its ${rowCount(old)} rows (e.g. ${examples.join("; ") || "by count"})${parent ? cascadeExplanation(table.name, parent) : ""}`,
        ...parent ? { cascadeFrom: parent } : {}
      });
    }
    const gained = rowCount(now) - (rowCount(old) - lost);
    if (gained > 0)
      findings.push({
        migration,
        verdict: "info",
        kind: "rows-added",
        table: table.name,
        count: gained,
        message: `table ${table.name} has ${gained} more rows`
      });
    for (const column of table.columns) {
      const afterColumn = columnOf(afterTable, column.name);
      if (!afterColumn) continue;
      const typeChanged = column.type !== afterColumn.type;
      const changed = pairs.filter(
        ([row, twin]) => typeChanged ? !sameAcrossTypes(row[column.name], twin[column.name]) : row[column.name] !== twin[column.name]
      );
      if (changed.length === 0) continue;
      const examples = changed.slice(0, MAX_EXAMPLES).map(
        ([row, twin]) => `${describeKey(old, row)}: ${show(row[column.name])} -> ${show(twin[column.name])}`
      );
      if (typeChanged) {
        const reason = narrowing(column, afterColumn) ?? `${column.type} -> ${afterColumn.type}`;
        add({
          kind: "values-narrowed",
          table: table.name,
          column: column.name,
          count: changed.length,
          examples,
          message: `column ${table.name}.${column.name} (${reason}): ${changed.length} values changed by the new type (e.g. ${examples.join("; ")})`
        });
      } else {
        add({
          kind: "values-changed",
          table: table.name,
          column: column.name,
          count: changed.length,
          examples,
          message: `column ${table.name}.${column.name}: ${changed.length} values changed with no change to its type (e.g. ${examples.join("; ")})`
        });
      }
    }
  }
  return findings;
}
function holdsRows(dropped, candidate) {
  const common = dropped.columns.filter((column) => candidate.columns.includes(column));
  if (common.length === 0 || common.length * 2 < dropped.columns.length) return false;
  const project = (data) => {
    const rows = [];
    for (const [id, row] of data.rows)
      for (let n = data.counts?.get(id) ?? 1; n > 0; n--)
        rows.push(JSON.stringify(common.map((column) => row[column])));
    return rows.sort();
  };
  const left = project(dropped);
  const right = project(candidate);
  return left.length === right.length && left.every((row, index) => row === right[index]);
}
function rollbackFindings(migration, before, afterDown, changes) {
  const findings = [];
  for (const change of changes) {
    findings.push({
      migration,
      kind: change.kind === "column-order-changed" ? "rollback-column-order" : "rollback-schema-drift",
      verdict: change.kind === "column-order-changed" ? "info" : "fail",
      table: change.table,
      ...change.name && change.kind.startsWith("column") ? { column: change.name } : {},
      message: `after down(): ${change.message}`
    });
  }
  const tablesNow = new Map(afterDown.schema.tables.map((table) => [table.name, table]));
  for (const table of before.schema.tables) {
    const now = afterDown.data.get(table.name);
    if (!now || !tablesNow.has(table.name)) continue;
    const old = before.data.get(table.name);
    const missing = [...old.rows.keys()].filter((key) => !now.rows.has(key));
    const extra = [...now.rows.keys()].filter((key) => !old.rows.has(key));
    const countDrift = old.counts && now.counts ? [...old.counts.entries()].filter(([key, n]) => (now.counts.get(key) ?? 0) !== n).length : 0;
    if (missing.length > 0 || extra.length > 0 || countDrift > 0) {
      const examples = missing.slice(0, MAX_EXAMPLES).map((key) => `${describeKey(old, old.rows.get(key))} missing`).concat(
        extra.slice(0, MAX_EXAMPLES).map((key) => `${describeKey(now, now.rows.get(key))} extra`)
      );
      const parent = missing.length > 0 ? cascadeParent(table.name, before, afterDown) : void 0;
      findings.push({
        migration,
        kind: "rollback-data-drift",
        verdict: "fail",
        table: table.name,
        count: missing.length + extra.length + countDrift,
        examples,
        message: `after down(): table ${table.name} has ${missing.length} rows missing and ${extra.length} extra${countDrift ? ` (${countDrift} rows with another count)` : ""} (e.g. ${examples.join("; ")})${parent ? cascadeExplanation(table.name, parent) : ""}`,
        ...parent ? { cascadeFrom: parent } : {}
      });
    }
    for (const column of table.columns) {
      if (!columnOf(tablesNow.get(table.name), column.name)) continue;
      const changed = matchedRows(old, now).filter(
        ([row, twin]) => row[column.name] !== twin[column.name]
      );
      if (changed.length === 0) continue;
      const examples = changed.slice(0, MAX_EXAMPLES).map(
        ([row, twin]) => `${describeKey(old, row)}: ${show(row[column.name])} -> ${show(twin[column.name])}`
      );
      findings.push({
        migration,
        kind: "rollback-data-drift",
        verdict: "fail",
        table: table.name,
        column: column.name,
        count: changed.length,
        examples,
        message: `after down(): column ${table.name}.${column.name} has ${changed.length} values not restored (e.g. ${examples.join("; ")})`
      });
    }
  }
  return findings;
}
function intentLineFor(finding) {
  const target = finding.column ? `${finding.table}.${finding.column}` : finding.table;
  switch (finding.kind) {
    case "table-dropped-with-data":
      return `drop table ${finding.table}`;
    case "column-dropped-with-data":
      return `drop column ${target}`;
    case "rows-lost":
      return `delete rows ${finding.table}`;
    case "values-narrowed":
      return `narrow column ${target}`;
    case "values-changed":
      return `change values ${target}`;
    case "rollback-data-drift":
      return `lossy down ${target}`;
    default:
      return void 0;
  }
}
var DECLARED_KINDS = {
  "drop table": ["table-dropped-with-data", "rows-lost", "rollback-data-drift"],
  "rename table": ["table-dropped-with-data", "rollback-data-drift"],
  "delete rows": ["rows-lost", "rollback-data-drift"],
  "drop column": ["column-dropped-with-data", "rollback-data-drift"],
  "rename column": ["column-dropped-with-data", "rollback-data-drift"],
  "move column": ["column-dropped-with-data", "rollback-data-drift"],
  "narrow column": ["values-narrowed", "rollback-data-drift"],
  "change values": ["values-changed", "values-narrowed", "rollback-data-drift"]
};
function declares(statement, finding) {
  if (statement.kind === "irreversible")
    return finding.kind.startsWith("rollback") || finding.kind.startsWith("down");
  const column = "column" in statement ? statement.column : void 0;
  const sameTarget = (statement.table === void 0 || statement.table === finding.table) && (column === void 0 || column === finding.column || statement.kind === "lossy down" && finding.column === void 0);
  if (statement.kind === "lossy down") return sameTarget && finding.kind === "rollback-data-drift";
  return sameTarget && DECLARED_KINDS[statement.kind].includes(finding.kind);
}
function applyIntent(findings, declared = []) {
  return findings.map((finding) => {
    if (finding.verdict === "info") return finding;
    const line = declared.find((candidate) => declares(candidate.statement, finding));
    if (BROKEN_KINDS.has(finding.kind)) {
      const excused = line?.statement.kind === "irreversible" && finding.kind !== "up-failed";
      return excused ? { ...finding, verdict: "declared", intent: line.text } : finding;
    }
    if (line) return { ...finding, verdict: "declared", intent: line.text };
    if (finding.cascadeFrom) return { ...finding, verdict: "fail" };
    const forward = findings.find(
      (other) => other !== finding && finding.kind === "rollback-data-drift" && [
        "column-dropped-with-data",
        "table-dropped-with-data",
        "rows-lost",
        "values-changed",
        "values-narrowed"
      ].includes(other.kind) && other.table === finding.table && (other.column === void 0 || other.column === finding.column)
    );
    return { ...finding, verdict: "fail", intent: intentLineFor(forward ?? finding) };
  });
}
function unusedIntent(findings, declared = []) {
  return declared.filter(
    (line) => line.statement.kind !== "irreversible" && !findings.some((finding) => finding.verdict !== "info" && declares(line.statement, finding))
  );
}
function violationHint(error, before) {
  const unquote = (name) => name.trim().replace(/^["`]|["`]$/g, "").replace(/^temporary_/, "");
  const nulls = /column "([^"]+)" of relation "([^"]+)" contains null values/.exec(error) ?? /NOT NULL constraint failed: (\w+)\.(\w+)/.exec(error)?.map((part, index, all) => index === 1 ? all[2] : index === 2 ? all[1] : part);
  if (nulls) {
    const table2 = unquote(nulls[2]);
    const data2 = before.data.get(table2);
    if (!data2 || !data2.columns.includes(nulls[1])) return void 0;
    let count = 0;
    for (const [id, row] of data2.rows)
      if (row[nulls[1]] === null) count += data2.counts?.get(id) ?? 1;
    return count > 0 ? `${count} of the ${rowCount(data2)} rows of ${table2} have NULL in ${nulls[1]}: backfill them before making it NOT NULL` : void 0;
  }
  if (!/unique|duplicate/i.test(error)) return void 0;
  const sqlite = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(error);
  const statement = /(?:ALTER TABLE|ON)\s+([`"]?[\w]+[`"]?)[^(]*?\(([^)]+)\)/i.exec(
    error.slice(error.indexOf("(SQL:"))
  ) ?? void 0;
  const columns = sqlite ? sqlite[1].split(", ").map((column) => column.split(".").pop()) : statement?.[2].split(",").map(unquote);
  const table = sqlite ? unquote(sqlite[1].split(".")[0]) : statement && unquote(statement[1]);
  const data = table ? before.data.get(table) : void 0;
  if (!columns || !data || !columns.every((column) => data.columns.includes(column)))
    return void 0;
  const groups = /* @__PURE__ */ new Map();
  for (const [id, row] of data.rows) {
    if (columns.some((column) => row[column] === null)) continue;
    const key = JSON.stringify(columns.map((column) => row[column]));
    groups.set(key, (groups.get(key) ?? 0) + (data.counts?.get(id) ?? 1));
  }
  const duplicated = [...groups.values()].filter((n) => n > 1);
  const rows = duplicated.reduce((total, n) => total + n, 0);
  return rows > 0 ? `${rows} rows of ${table} share ${duplicated.length} values of (${columns.join(", ")}): remove or merge the duplicates before adding the unique key` : void 0;
}

// src/library/migrations/intent.ts
import { readFile } from "node:fs/promises";
var INTENT_FILE_NAME = "verify-migration.intent.yml";
var IntentFileError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}${line === void 0 ? "" : `:${line}`}: ${reason}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "IntentFileError";
};
var NAME2 = String.raw`[^\s.]+`;
var STATEMENTS = [
  [new RegExp(`^drop table (${NAME2})$`), (m) => ({ kind: "drop table", table: m[1] })],
  [
    new RegExp(`^drop column (${NAME2})\\.(${NAME2})$`),
    (m) => ({ kind: "drop column", table: m[1], column: m[2] })
  ],
  [
    new RegExp(`^rename table (${NAME2}) to (${NAME2})$`),
    (m) => ({ kind: "rename table", table: m[1], to: m[2] })
  ],
  [
    new RegExp(`^rename column (${NAME2})\\.(${NAME2}) to (${NAME2})$`),
    (m) => ({ kind: "rename column", table: m[1], column: m[2], to: m[3] })
  ],
  [
    new RegExp(`^move column (${NAME2})\\.(${NAME2}) to (${NAME2}\\.${NAME2})$`),
    (m) => ({ kind: "move column", table: m[1], column: m[2], to: m[3] })
  ],
  [
    new RegExp(`^narrow column (${NAME2})\\.(${NAME2})$`),
    (m) => ({ kind: "narrow column", table: m[1], column: m[2] })
  ],
  [
    new RegExp(`^change values (${NAME2})\\.(${NAME2})$`),
    (m) => ({ kind: "change values", table: m[1], column: m[2] })
  ],
  [new RegExp(`^delete rows (${NAME2})$`), (m) => ({ kind: "delete rows", table: m[1] })],
  [
    new RegExp(`^lossy down(?: (${NAME2})(?:\\.(${NAME2}))?)?$`),
    (m) => ({ kind: "lossy down", table: m[1], column: m[2] })
  ],
  [/^irreversible$/, () => ({ kind: "irreversible" })]
];
var INTENT_FORMS = [
  "drop table T",
  "drop column T.C",
  "rename table T to U",
  "rename column T.C to D",
  "move column T.C to U.D",
  "narrow column T.C",
  "change values T.C",
  "delete rows T",
  "lossy down [T[.C]]",
  "irreversible"
];
function parseIntentStatement(text) {
  const normal = text.trim().replace(/\s+/g, " ");
  for (const [pattern, make] of STATEMENTS) {
    const match = pattern.exec(normal);
    if (match) return make(match);
  }
  return void 0;
}
function parseIntent(text, file) {
  const intent = { file, migrations: /* @__PURE__ */ new Map() };
  let current;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index].replace(/\s+#.*$|^\s*#.*$/, "");
    if (raw.trim() === "") continue;
    if (/\t/.test(raw.match(/^\s*/)[0]))
      throw new IntentFileError(file, line, "indent with spaces, not tabs");
    const heading = /^([^\s#:-][^:]*?):\s*$/.exec(raw);
    if (heading) {
      const name = heading[1].trim().replace(/^(['"])(.*)\1$/, "$2");
      if (intent.migrations.has(name))
        throw new IntentFileError(
          file,
          line,
          `${name} is declared twice: put all its lines under one "${name}:"`
        );
      current = { name, lines: [] };
      intent.migrations.set(name, current.lines);
      continue;
    }
    const item = /^\s+-\s+(.*?)\s*$/.exec(raw);
    if (!item || !current)
      throw new IntentFileError(
        file,
        line,
        current ? `expected a declaration item ("  - drop column T.C"), one of: ${INTENT_FORMS.join("; ")}` : 'expected a migration name ending in ":" (e.g. "AddUsers1700000000000:"), then its declarations as "  - ..." lines'
      );
    const itemText = item[1].replace(/^(['"])(.*)\1$/, "$2");
    const statement = parseIntentStatement(itemText);
    if (statement === void 0)
      throw new IntentFileError(
        file,
        line,
        `${current.name}: "${itemText}" is not a declaration; use one of: ${INTENT_FORMS.join("; ")}`
      );
    current.lines.push({ statement, text: itemText.trim(), line });
  }
  for (const [name, declared] of intent.migrations)
    if (declared.length === 0)
      throw new IntentFileError(
        file,
        void 0,
        `${name}: declares nothing (give it "  - ..." lines, or remove it)`
      );
  return intent;
}
async function readIntent(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { migrations: /* @__PURE__ */ new Map() };
    throw new IntentFileError(file, void 0, `cannot be read: ${error.message}`);
  }
  return parseIntent(text, file);
}

// src/library/migrations/locks.ts
var MODES = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
function sampleLocks(observer, periodMs = 5) {
  const seen = /* @__PURE__ */ new Map();
  let running = true;
  let failure;
  const loop = (async () => {
    while (running) {
      const now = performance.now();
      try {
        const rows = await observer.query(
          `SELECT c.relname AS relname, l.mode AS mode
             FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'm')`
        );
        for (const row of rows) {
          const held = seen.get(row.relname);
          if (!held) seen.set(row.relname, { mode: row.mode, first: now, last: now });
          else {
            held.last = now;
            if (MODES.indexOf(row.mode) > MODES.indexOf(held.mode)) held.mode = row.mode;
          }
        }
      } catch (error) {
        failure = error;
        return;
      }
      await new Promise((done) => setTimeout(done, periodMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      if (failure) throw failure;
      return [...seen.entries()].map(([table, held]) => ({
        table,
        mode: held.mode,
        milliseconds: Math.max(periodMs, Math.round(held.last - held.first))
      }));
    }
  };
}
function locksAtCommit(dataSource, start) {
  const seen = /* @__PURE__ */ new Map();
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args) => {
    const runner = create(...args);
    const commit = runner.commitTransaction.bind(runner);
    runner.commitTransaction = async () => {
      const rows = await runner.query(
        `SELECT c.relname AS relname, l.mode AS mode
           FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE l.locktype = 'relation' AND l.granted AND l.pid = pg_backend_pid()
            AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'm')`
      );
      const milliseconds = Math.max(1, Math.round(performance.now() - start()));
      for (const row of rows) {
        const held = seen.get(row.relname);
        if (!held || MODES.indexOf(row.mode) > MODES.indexOf(held.mode))
          seen.set(row.relname, { mode: row.mode, milliseconds });
      }
      await commit();
    };
    return runner;
  };
  return () => [...seen.entries()].map(([table, held]) => ({ table, ...held }));
}
function mergeLocks(...lists) {
  const merged = /* @__PURE__ */ new Map();
  for (const lock of lists.flat()) {
    const held = merged.get(lock.table);
    merged.set(lock.table, {
      table: lock.table,
      mode: held && MODES.indexOf(held.mode) > MODES.indexOf(lock.mode) ? held.mode : lock.mode,
      milliseconds: Math.max(held?.milliseconds ?? 0, lock.milliseconds)
    });
  }
  return [...merged.values()].sort(
    (a, b) => MODES.indexOf(b.mode) - MODES.indexOf(a.mode) || a.table.localeCompare(b.table)
  );
}
async function tableFiles(connection) {
  const rows = await connection.query(
    `SELECT relname, relfilenode FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'm')`
  );
  return new Map(rows.map((row) => [row.relname, String(row.relfilenode)]));
}
function rewrittenTables(before, after) {
  return [...before.entries()].filter(([table, file]) => after.has(table) && after.get(table) !== file).map(([table]) => table).sort();
}

// src/library/migrations/service.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname, isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
import { pathToFileURL } from "node:url";

// src/library/migrations/glob.ts
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve as resolve2, sep } from "node:path";
function globPattern(pattern) {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "*" && pattern[index + 1] === "*") {
      if (pattern[index + 2] === "/") {
        source += "(?:[^/]+/)*";
        index += 2;
      } else {
        source += ".*";
        index += 1;
      }
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") {
      const end = pattern.indexOf("}", index);
      if (end === -1) source += "\\{";
      else {
        source += `(?:${pattern.slice(index + 1, end).split(",").map((choice) => choice.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("|")})`;
        index = end;
      }
    } else source += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function filesBelow(folder, prefix = "") {
  let entries;
  try {
    entries = await readdir(join2(folder, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        files.push(...await filesBelow(folder, path));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}
async function globFiles(glob, cwd) {
  const absolute = (isAbsolute(glob) ? glob : resolve2(cwd, glob)).split(sep).join("/");
  const segments = absolute.split("/");
  const fixed = segments.findIndex((segment) => /[*?{]/.test(segment));
  if (fixed === -1) {
    const file = absolute.split("/").join(sep);
    return (await stat(file).catch(() => void 0))?.isFile() ? [file] : [];
  }
  const base = segments.slice(0, fixed).join("/") || "/";
  const pattern = globPattern(segments.slice(fixed).join("/"));
  return (await filesBelow(base)).filter((path) => pattern.test(path)).map((path) => join2(base, path)).sort((a, b) => relative(base, a).localeCompare(relative(base, b)));
}

// src/library/migrations/service.ts
var DataSourceModuleError = class extends Error {
  constructor(modulePath, message) {
    super(message);
    this.modulePath = modulePath;
  }
  modulePath;
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "DataSourceModuleError";
};
function isDataSource(value) {
  return typeof value === "object" && value !== null && typeof value.initialize === "function" && typeof value.runMigrations === "function" && typeof value.options?.type === "string";
}
function isOptions(value) {
  return typeof value === "object" && value !== null && !isDataSource(value) && typeof value.type === "string";
}
async function loadServiceDataSource(modulePath, cwd = process.cwd()) {
  const file = isAbsolute2(modulePath) ? modulePath : resolve3(cwd, modulePath);
  if (!existsSync2(file))
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath}: no such file (looked for ${file}). Give the module that exports the service's TypeORM DataSource or its options, relative to the working directory.`
    );
  let exported;
  try {
    exported = await import(pathToFileURL(file).href);
  } catch (error) {
    const hint = /\.[mc]?ts$/.test(file) ? " A TypeScript module needs a loader: install tsx in the service (npm install --save-dev tsx)." : "";
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} does not load: ${error instanceof Error ? error.stack ?? error.message : String(error)}${hint}`
    );
  }
  const candidates = [];
  for (const [name, value] of Object.entries(exported)) {
    candidates.push([name, value]);
    if (name === "default" && typeof value === "object" && value !== null && !isDataSource(value))
      for (const [inner, innerValue] of Object.entries(value)) candidates.push([inner, innerValue]);
  }
  const dataSources = candidates.filter(([, value]) => isDataSource(value));
  const chosen = dataSources.find(([name]) => name === "default") ?? (dataSources.length === 1 ? dataSources[0] : void 0);
  if (chosen) {
    const dataSource = chosen[1];
    return {
      DataSource: dataSource.constructor,
      options: dataSource.options,
      file
    };
  }
  if (dataSources.length > 1)
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} exports ${dataSources.length} DataSources (${dataSources.map(([name]) => name).join(", ")}): export the one whose migrations to verify as the default export.`
    );
  const options = candidates.filter(([, value]) => isOptions(value));
  const chosenOptions = options.find(([name]) => name === "default") ?? (options.length === 1 ? options[0] : void 0);
  if (!chosenOptions)
    throw new DataSourceModuleError(
      modulePath,
      `data-source ${modulePath} exports no TypeORM DataSource and no DataSource options (exports: ${candidates.map(([name]) => name).join(", ") || "none"}). Export \`new DataSource({...})\` or its options, as the default export or as the only one.`
    );
  return {
    DataSource: await serviceTypeormClass(file),
    options: chosenOptions[1],
    file
  };
}
async function serviceTypeormClass(file) {
  let typeorm;
  try {
    const entry = createRequire2(file).resolve("typeorm");
    typeorm = await import(pathToFileURL(entry).href);
  } catch (error) {
    throw new DataSourceModuleError(
      file,
      `the data source module exports options, but typeorm cannot be loaded from ${dirname(file)}: ${messageOf(error)}. Install typeorm in the service.`
    );
  }
  const DataSource3 = typeorm.DataSource ?? typeorm.default?.DataSource;
  if (typeof DataSource3 !== "function")
    throw new DataSourceModuleError(
      file,
      "the service resolves a typeorm without a DataSource class: TypeORM 0.3 or newer is needed."
    );
  return DataSource3;
}
function migrationTimestamp(name) {
  const digits = /(\d{13})(?!.*\d)/.exec(name);
  return digits ? Number(digits[1]) : Number.NaN;
}
function isMigrationClass(value) {
  return typeof value === "function" && typeof value.prototype?.up === "function";
}
function migrationOf(migration, file) {
  let name = migration.name;
  try {
    name = new migration().name ?? migration.name;
  } catch {
  }
  return { name, timestamp: migrationTimestamp(name), file, migration };
}
async function loadServiceMigrations(options, cwd) {
  const given = options.migrations;
  const list = Array.isArray(given) ? given : given && typeof given === "object" ? Object.values(given) : [];
  const migrations = [];
  for (const entry of list) {
    if (isMigrationClass(entry)) {
      migrations.push(migrationOf(entry));
      continue;
    }
    if (typeof entry !== "string")
      throw new DataSourceModuleError(
        "migrations",
        `the data source's migrations hold ${typeof entry}: only migration classes and file globs can be run.`
      );
    const files = (await globFiles(entry, cwd)).filter((file) => !/\.d\.[mc]?ts$/.test(file));
    for (const file of files) {
      const exported = await import(pathToFileURL(file).href);
      const classes = /* @__PURE__ */ new Set();
      for (const value of Object.values(exported)) {
        if (isMigrationClass(value)) classes.add(value);
        else if (value && typeof value === "object") {
          for (const inner of Object.values(value)) if (isMigrationClass(inner)) classes.add(inner);
        }
      }
      for (const migration of classes) migrations.push(migrationOf(migration, file));
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const migration of migrations) {
    const twin = seen.get(migration.name);
    if (twin && twin.migration !== migration.migration)
      throw new DataSourceModuleError(
        "migrations",
        `two migrations are named ${migration.name} (${twin.file ?? "a class"} and ${migration.file ?? "a class"}): TypeORM would refuse them.`
      );
    seen.set(migration.name, migration);
  }
  return [...seen.values()].map((migration, index) => ({ migration, index })).sort(
    (a, b) => (Number.isNaN(a.migration.timestamp) ? 0 : a.migration.timestamp) - (Number.isNaN(b.migration.timestamp) ? 0 : b.migration.timestamp) || a.index - b.index
  ).map(({ migration }) => migration);
}
function optionsFor(service, database, migrations, withoutEntities = false) {
  const target = database.options;
  const server = database.kind === "sqlite" ? { database: target.database } : {
    url: void 0,
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
    // Replication and a schema of the service's own would point elsewhere than our database.
    replication: void 0,
    schema: void 0
  };
  return {
    ...service.options,
    ...server,
    ...withoutEntities ? { entities: [], subscribers: [] } : {},
    migrations,
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
    logging: false
  };
}
function serviceAdmin(service) {
  return async (target) => {
    const admin = new service.DataSource({
      type: service.options.type,
      host: target.host,
      port: target.port,
      username: target.username,
      password: target.password ?? "",
      database: target.database ?? (target.kind === "postgres" ? "postgres" : void 0),
      logging: false
    });
    await admin.initialize();
    const quoteChar = target.kind === "mysql" ? "`" : '"';
    return {
      query: async (sql, params) => {
        const rows = await admin.query(sql, params);
        return Array.isArray(rows) ? rows : [];
      },
      quote: (name) => `${quoteChar}${name.split(quoteChar).join(quoteChar + quoteChar)}${quoteChar}`,
      close: () => admin.destroy()
    };
  };
}

// src/library/migrations/check.ts
var DEFAULT_ROWS_PER_TABLE = 200;
function oldMigrationTest(oldMigrations) {
  if (typeof oldMigrations === "function") return oldMigrations;
  const names = new Set(oldMigrations ?? []);
  return (migration) => names.has(migration.name);
}
var MigrationsSetupError = class extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "MigrationsSetupError";
};
function isEntityMetadataError(error) {
  const name = error?.name ?? "";
  const message = error?.message ?? "";
  return /ColumnTypeUndefined|DataTypeNotSupported|EntityMetadata|MissingPrimaryColumn|MetadataAlreadyExists|TypeORMError/.test(
    name
  ) && !/connect|ECONNREFUSED|password|database .* does not exist/i.test(message);
}
function errorText(error) {
  if (!(error instanceof Error)) return String(error);
  const query = error.query;
  return `${error.name}: ${error.message}${typeof query === "string" ? ` (SQL: ${query.slice(0, 500)})` : ""}`;
}
function bookkeepingTables(options) {
  return [
    String(options.migrationsTableName ?? "migrations"),
    String(options.metadataTableName ?? "typeorm_metadata")
  ];
}
function transactionMode(options) {
  const mode = options.migrationsTransactionMode;
  return mode === "none" || mode === "each" ? mode : "all";
}
async function checkMigrations(options) {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => void 0);
  const service = typeof options.dataSource === "string" ? await loadServiceDataSource(options.dataSource, cwd) : { ...options.dataSource, file: "" };
  const intent = typeof options.intent === "string" ? await readIntent(isAbsolute3(options.intent) ? options.intent : resolve4(cwd, options.intent)) : options.intent ?? { migrations: /* @__PURE__ */ new Map() };
  const all = await loadServiceMigrations(service.options, cwd);
  const isOld = oldMigrationTest(options.oldMigrations);
  const old = all.filter((migration) => isOld(migration));
  const fresh = all.filter((migration) => !isOld(migration));
  log(
    `${all.length} migrations: ${old.length} of the old version, ${fresh.length} new (${fresh.map((m) => m.name).join(", ") || "none"})`
  );
  const url = options.url ?? databaseUrlFromEnv();
  const type = service.options.type;
  const dialect = dialectOfType(type);
  if (dialect === void 0)
    throw new MigrationsSetupError(
      `the data source's type is '${type}': the migrations check runs on SQLite (sqlite, better-sqlite3, sqljs), PostgreSQL and MySQL/MariaDB`
    );
  if (url === void 0 && dialect !== "sqlite")
    throw new MigrationsSetupError(
      `the data source is ${type}: give a server URL (database-url, or VERIFY_MIGRATION_DATABASE_URL) where a throwaway database can be created, e.g. postgres://postgres@127.0.0.1:5432/postgres`
    );
  if (url !== void 0) {
    const target = parseServerUrl(url);
    if (dialect !== target.kind)
      throw new MigrationsSetupError(
        `the data source is ${type} but the database URL ${maskUrl(url)} is ${target.kind}: give a server of the service's own engine`
      );
  }
  const database = await createThrowawayDatabase({
    url,
    label: "migrations",
    openAdmin: serviceAdmin(service)
  });
  const open = [];
  try {
    return await runCheck2({
      service,
      database,
      old,
      fresh,
      intent,
      options,
      cwd,
      log,
      open
    });
  } finally {
    for (const dataSource of open)
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => void 0);
    await database.drop();
  }
}
async function runCheck2(context) {
  const { service, database, old, fresh, intent, options, log } = context;
  const mode = transactionMode(service.options);
  const exclude = bookkeepingTables(service.options);
  let withoutEntities = false;
  const connect = async (migrations) => {
    const classes = migrations.map((migration) => migration.migration);
    let dataSource2 = new service.DataSource(
      optionsFor(service, database, classes, withoutEntities)
    );
    context.open.push(dataSource2);
    try {
      await dataSource2.initialize();
    } catch (error) {
      if (withoutEntities || !isEntityMetadataError(error)) throw error;
      withoutEntities = true;
      log(
        `the service's entities cannot be built here (${errorText(error)}): the migrations run without them`
      );
      dataSource2 = new service.DataSource(optionsFor(service, database, classes, true));
      context.open.push(dataSource2);
      await dataSource2.initialize();
    }
    return dataSource2;
  };
  const close = async (dataSource2) => {
    if (dataSource2.isInitialized) await dataSource2.destroy();
    context.open.splice(context.open.indexOf(dataSource2), 1);
  };
  const oldStart = performance.now();
  for (let index = 0; index < old.length; index++) {
    const dataSource2 = await connect(old.slice(0, index + 1));
    try {
      await dataSource2.runMigrations({ transaction: mode });
    } catch (error) {
      throw new MigrationsSetupError(
        `old version: migration ${old[index].name} fails on a fresh ${database.kind} database: ${errorText(error)}`
      );
    } finally {
      await close(dataSource2);
    }
  }
  const oldSeconds = (performance.now() - oldStart) / 1e3;
  log(`old version: ${old.length} migrations ran in ${oldSeconds.toFixed(2)} s`);
  let dataSource = await connect(old);
  let connection = sqlConnectionOf(dataSource);
  const schema = await readSchema(connection, { excludeTables: exclude });
  let seed;
  try {
    seed = options.seedFile ? await runSeedFile(options.seedFile, context.cwd, dataSource, connection) : await seedDatabase(connection, schema, {
      rowsPerTable: options.rowsPerTable ?? DEFAULT_ROWS_PER_TABLE,
      seed: options.seed ?? 1,
      onProgress: (line) => log(`${line}`)
    });
  } catch (error) {
    throw new MigrationsSetupError(`seeding the old version's tables failed: ${errorText(error)}`);
  }
  if ("skipped" in seed)
    for (const skipped of seed.skipped)
      log(`seed: table ${skipped.table} left empty: ${skipped.reason}`);
  const data = await readData(connection, schema);
  const keylessTables = schema.tables.filter((table) => table.primaryKey.length === 0).map((table) => table.name);
  for (const table of keylessTables)
    log(`table ${table} has no primary key: its rows are compared as a multiset`);
  await close(dataSource);
  const states = [{ schema, data }];
  const outcomes = [];
  let applied = 0;
  let stopped;
  const read = async () => {
    const now = await readSchema(connection, { excludeTables: exclude });
    return { schema: now, data: await readData(connection, now) };
  };
  for (let index = 0; index < fresh.length; index++) {
    const migration = fresh[index];
    const before = states[states.length - 1];
    const outcome = {
      name: migration.name,
      ...migration.file ? { file: relativeTo(context.cwd, migration.file) } : {},
      seconds: 0,
      changes: [],
      findings: [],
      down: "not-run",
      passed: false
    };
    outcomes.push(outcome);
    dataSource = await connect([...old, ...fresh.slice(0, index + 1)]);
    connection = sqlConnectionOf(dataSource);
    const up = await timedUp(
      dataSource,
      database.kind === "postgres" ? connect : void 0,
      mode,
      exclude
    );
    outcome.seconds = up.seconds;
    if (up.locks) outcome.locks = up.locks;
    if (up.rewritten) outcome.rewritten = up.rewritten;
    if (up.error !== void 0) {
      outcome.error = up.error;
      const hint = violationHint(up.error, before);
      outcome.findings.push({
        migration: migration.name,
        kind: "up-failed",
        verdict: "fail",
        message: `up() failed on the seeded copy: ${up.error}${hint ? ` (${hint})` : ""}`
      });
      log(`${migration.name}: up() FAILED after ${up.seconds.toFixed(2)} s: ${up.error}`);
      stopped = { migration: migration.name, reason: "its up() failed" };
      await close(dataSource);
      break;
    }
    applied = index + 1;
    const after = await read();
    const changes = diffSchemas(before.schema, after.schema);
    const findings = forwardFindings(migration.name, before, after, changes);
    outcome.changes = changes.map((change) => ({
      ...change,
      class: classifyChange(change, findings)
    }));
    outcome.findings.push(...findings);
    log(
      `${migration.name}: up() ${up.seconds.toFixed(2)} s, ${changes.length} schema changes, ${findings.filter((f) => f.verdict !== "info").length} findings`
    );
    if (typeof migration.migration.prototype.down !== "function") {
      outcome.down = "missing";
      outcome.findings.push({
        migration: migration.name,
        kind: "down-missing",
        verdict: "fail",
        message: "has no down(): it cannot be rolled back"
      });
      states.push(after);
      await close(dataSource);
      continue;
    }
    const downStart = performance.now();
    try {
      await dataSource.undoLastMigration({ transaction: mode });
      applied = index;
      outcome.downSeconds = (performance.now() - downStart) / 1e3;
      const back = await read();
      const drift = rollbackFindings(
        migration.name,
        before,
        back,
        diffSchemas(before.schema, back.schema)
      );
      outcome.findings.push(...drift);
      outcome.down = drift.some((finding) => finding.verdict === "fail") ? "drift" : "restored";
      log(`${migration.name}: down() ${outcome.downSeconds.toFixed(2)} s, ${outcome.down}`);
    } catch (thrown) {
      outcome.down = "failed";
      outcome.downError = errorText(thrown);
      outcome.findings.push({
        migration: migration.name,
        kind: "down-failed",
        verdict: "fail",
        message: `down() failed: ${outcome.downError}`
      });
      log(`${migration.name}: down() FAILED: ${outcome.downError}`);
    }
    try {
      await dataSource.runMigrations({ transaction: mode });
      applied = index + 1;
    } catch (thrown) {
      outcome.findings.push({
        migration: migration.name,
        kind: "down-failed",
        verdict: "fail",
        message: `up() fails when run again after its own down(): ${errorText(thrown)} (the down() did not give back a state up() can run on)`
      });
      stopped = {
        migration: migration.name,
        reason: "its down() left a state its up() cannot run on again"
      };
      await close(dataSource);
      break;
    }
    states.push(await read());
    await close(dataSource);
  }
  const rollback = await rollbackAll(context, connect, close, applied, states[0], exclude, mode);
  const unusedDeclarations = [];
  for (const outcome of outcomes) {
    const declared = intent.migrations.get(outcome.name);
    for (const line of unusedIntent(outcome.findings, declared))
      unusedDeclarations.push(
        `${outcome.name}: ${line.text} (line ${line.line}): nothing it declares happened`
      );
    outcome.findings = applyIntent(outcome.findings, declared);
    outcome.passed = !outcome.findings.some((finding) => finding.verdict === "fail");
    if (outcome.down === "drift" && !outcome.findings.some(
      (finding) => finding.verdict === "fail" && finding.kind.startsWith("rollback")
    ))
      outcome.down = "declared";
  }
  const names = new Set(fresh.map((migration) => migration.name));
  return {
    dialect: database.kind,
    database: database.kind === "sqlite" ? database.maskedUrl : `${database.name} on ${database.maskedUrl}`,
    oldMigrations: old.map((migration) => migration.name),
    oldSeconds,
    seed,
    keylessTables,
    migrations: outcomes,
    staleIntent: [
      ...[...intent.migrations.keys()].filter((name) => !names.has(name)),
      ...unusedDeclarations
    ],
    rollback,
    ...stopped ? { stopped } : {},
    passed: outcomes.every((outcome) => outcome.passed) && outcomes.length === fresh.length && rollback.passed
  };
}
function relativeTo(cwd, file) {
  const path = relative2(cwd, file);
  return path.startsWith("..") || isAbsolute3(path) ? file : path;
}
async function runSeedFile(file, cwd, dataSource, connection) {
  const path = isAbsolute3(file) ? file : resolve4(cwd, file);
  const start = performance.now();
  if (/\.sql$/i.test(path)) {
    const text = await readFile2(path, "utf8");
    for (const statement of text.split(/;\s*$/m).map((part) => part.trim()))
      if (statement !== "" && !/^--[^\n]*$/.test(statement)) await connection.query(statement);
  } else {
    const module = await import(pathToFileURL2(path).href);
    if (typeof module.default !== "function")
      throw new Error(
        `seed file ${file} has no default export function (dataSource) => Promise<void>`
      );
    await module.default(dataSource);
  }
  return { file, seconds: (performance.now() - start) / 1e3 };
}
async function timedUp(dataSource, observe, mode, exclude) {
  const observer = observe ? await observe([]) : void 0;
  try {
    const watch = observer ? sqlConnectionOf(observer) : void 0;
    const filesBefore = watch ? await tableFiles(watch) : void 0;
    const sampler = watch ? sampleLocks(watch) : void 0;
    const start = performance.now();
    const committed = watch ? locksAtCommit(dataSource, () => start) : void 0;
    let error;
    try {
      await dataSource.runMigrations({ transaction: mode });
    } catch (thrown) {
      error = errorText(thrown);
    }
    const seconds = (performance.now() - start) / 1e3;
    const locks = sampler && committed ? mergeLocks(await sampler.stop(), committed()).filter(
      (lock) => !exclude.includes(lock.table)
    ) : void 0;
    const rewritten = watch && filesBefore && error === void 0 ? rewrittenTables(filesBefore, await tableFiles(watch)) : void 0;
    return {
      seconds,
      ...error !== void 0 ? { error } : {},
      ...locks ? { locks } : {},
      ...rewritten ? { rewritten } : {}
    };
  } finally {
    if (observer?.isInitialized) await observer.destroy();
  }
}
async function rollbackAll(context, connect, close, applied, start, exclude, mode) {
  const reverted = [];
  for (let index = applied - 1; index >= 0; index--) {
    const migration = context.fresh[index];
    if (typeof migration.migration.prototype.down !== "function")
      return {
        reverted,
        failed: { migration: migration.name, error: "it has no down()" },
        drift: [],
        passed: false
      };
    const dataSource2 = await connect([...context.old, ...context.fresh.slice(0, index + 1)]);
    try {
      await dataSource2.undoLastMigration({ transaction: mode });
      reverted.push(migration.name);
    } catch (error) {
      return {
        reverted,
        failed: { migration: migration.name, error: errorText(error) },
        drift: [],
        passed: false
      };
    } finally {
      await close(dataSource2);
    }
  }
  const dataSource = await connect(context.old);
  try {
    const schema = await readSchema(sqlConnectionOf(dataSource), { excludeTables: exclude });
    const drift = diffSchemas(start.schema, schema).filter(
      (change) => change.kind !== "column-order-changed"
    );
    context.log(
      `rollback to the old version: ${reverted.length} down()s, ${drift.length === 0 ? "schema restored" : `${drift.length} schema differences`}`
    );
    return { reverted, drift, passed: drift.length === 0 };
  } finally {
    await close(dataSource);
  }
}

// src/library/migrations/describe.ts
import { existsSync as existsSync3 } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative as relative5, resolve as resolve5 } from "node:path";

// src/common/git.ts
import { execFile } from "node:child_process";
import { relative as relative3, sep as sep2 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var GitRefError = class extends Error {
  constructor(ref, message) {
    super(message);
    this.ref = ref;
  }
  ref;
  /** Shown before the message in stacks and logs, instead of `Error`. */
  name = "GitRefError";
};
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}
async function filesAtRef(ref, cwd) {
  if (ref.startsWith("-") || /[\0\s]/.test(ref))
    throw new GitRefError(
      ref,
      `base-ref '${ref}' is not a git ref: give a branch, tag or commit such as origin/main, v1.4.0 or HEAD~1.`
    );
  let root;
  try {
    root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (error) {
    throw new GitRefError(
      ref,
      `the migrations' old version is read with git, but ${cwd} is not inside a git repository (${firstLine(error)}). Check the repository out with actions/checkout (fetch-depth: 0), or give the old migrations by name.`
    );
  }
  let commit;
  try {
    commit = (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    const shallow = (await git(root, ["rev-parse", "--is-shallow-repository"]).catch(() => "")).trim().startsWith("true");
    throw new GitRefError(
      ref,
      shallow ? `base-ref '${ref}' is not in this clone: it is shallow (actions/checkout fetches one commit by default). Set fetch-depth: 0 on the actions/checkout step so the old version's migrations can be read.` : `base-ref '${ref}' names no commit in this repository. Give a branch, tag or commit that exists here: for a pull request's base, origin/<branch> (fetched with fetch-depth: 0); for migrations not committed yet, HEAD.${ref === "HEAD~1" ? " (HEAD~1, the previous commit, is the default outside a pull request.)" : ""}`
    );
  }
  const listing = await git(root, ["ls-tree", "-r", "--name-only", "-z", commit]);
  return { ref, commit, root, files: new Set(listing.split("\0").filter((path) => path !== "")) };
}
async function changedSince(at, files) {
  const paths = files.map((file) => relative3(at.root, file).split(sep2).join("/")).filter((path) => at.files.has(path));
  if (paths.length === 0) return [];
  const output = await git(at.root, ["diff", "--name-only", at.commit, "--", ...paths]);
  return output.split("\n").filter((line) => line !== "");
}
function firstLine(error) {
  const text = error.stderr || error.message || String(error);
  return text.trim().split("\n")[0];
}

// src/library/migrations/old-at-ref.ts
import { basename, extname, relative as relative4, sep as sep3 } from "node:path";
var SOURCE_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"]);
function oldAtRef(at) {
  const stems = /* @__PURE__ */ new Set();
  for (const file of at.files) {
    const extension = extname(file);
    if (SOURCE_EXTENSIONS.has(extension)) stems.add(basename(file, extension));
  }
  return (migration) => {
    if (!migration.file) return false;
    const path = relative4(at.root, migration.file).split(sep3).join("/");
    if (at.files.has(path)) return true;
    const extension = extname(migration.file);
    return !path.startsWith("../") && stems.has(basename(migration.file, extension));
  };
}

// src/library/migrations/describe.ts
var DIFFERENCE_KINDS = {
  "table-dropped-with-data": "missing",
  "column-dropped-with-data": "missing",
  "rows-lost": "missing",
  "down-missing": "missing"
};
function differencesOf(findings, intentFile) {
  return findings.filter((finding) => finding.verdict === "fail").map((finding) => ({
    path: [finding.migration, finding.table, finding.column].filter(Boolean).join("."),
    kind: DIFFERENCE_KINDS[finding.kind] ?? "changed",
    ...finding.count !== void 0 ? { old: finding.count } : {},
    message: finding.cascadeFrom ? `${finding.message}. A cascade is a side effect to fix, not a change to declare.` : finding.intent ? `${finding.message}. If this is intended, declare it: add "- ${finding.intent}" under "${finding.migration}:" in ${intentFile}` : finding.message
  }));
}
function intentFileOf(given, files, cwd) {
  if (given) return { path: resolve5(cwd, given), exists: existsSync3(resolve5(cwd, given)) };
  const folders = [...new Set(files.filter((file) => !!file).map(dirname2)), cwd];
  for (const folder of folders) {
    const candidate = join3(folder, INTENT_FILE_NAME);
    if (existsSync3(candidate)) return { path: candidate, exists: true };
  }
  return { path: join3(folders[0], INTENT_FILE_NAME), exists: false };
}
async function describeMigrations(title, options) {
  const cwd = options.cwd ?? process.cwd();
  const service = await loadServiceDataSource(options.dataSource, cwd);
  const migrations = await loadServiceMigrations(service.options, cwd);
  const at = options.baseRef !== void 0 ? await filesAtRef(options.baseRef, cwd) : void 0;
  const isOld = oldMigrationTest(at ? oldAtRef(at) : options.oldMigrations);
  const fresh = migrations.filter((migration) => !isOld(migration));
  const intentFile = typeof options.intent === "object" ? void 0 : intentFileOf(
    options.intent,
    migrations.map((migration) => migration.file),
    resolve5(cwd)
  );
  const intent = typeof options.intent === "object" ? options.intent : intentFile?.exists ? intentFile.path : void 0;
  const intentName = intentFile ? relative5(resolve5(cwd), intentFile.path) : INTENT_FILE_NAME;
  let result;
  const outcomeOf = (name) => {
    const outcome = result?.migrations.find((candidate) => candidate.name === name);
    if (!outcome)
      throw new Error(
        result?.stopped ? `${name} was not checked: the check stopped at ${result.stopped.migration}, because ${result.stopped.reason} (see its tests)` : `${name} was not checked: the check did not run`
      );
    return outcome;
  };
  defineMigrationDescribe("describeMigrations", "database_migration", () => ({
    ctx: null,
    scope: "all",
    setUp: async () => {
      result = await checkMigrations({
        ...options,
        cwd,
        dataSource: service,
        oldMigrations: isOld,
        intent,
        log: options.log ?? ((line) => console.log(`  ${line}`))
      });
      if (at) {
        const changed = await changedSince(
          at,
          migrations.filter((migration) => isOld(migration) && migration.file).map((m) => m.file)
        );
        if (changed.length > 0) {
          result.changedOldMigrations = changed;
          (options.log ?? console.log)(
            `  warning: ${changed.length} of the old version's migration files changed since ${at.ref} (production ran the text at ${at.ref}): ${changed.join(", ")}`
          );
        }
      }
      if (options.resultPath) await writeFile(options.resultPath, JSON.stringify(result));
    },
    tearDown: async () => void 0
  }))(title, null, function() {
    this.timeout(0);
    it(`old version: ${migrations.length - fresh.length} migrations run and every table is seeded`, function() {
      if (!result) throw new Error("the check did not run");
    });
    for (const migration of fresh) {
      it(`${migration.name}: up() keeps the data`, function() {
        const outcome = outcomeOf(migration.name);
        const forward = outcome.findings.filter(
          (finding) => !finding.kind.startsWith("rollback") && !finding.kind.startsWith("down")
        );
        if (outcome.error)
          throw new Error(`${migration.name}: up() failed on the seeded copy: ${outcome.error}`);
        const failing = differencesOf(forward, intentName);
        if (failing.length > 0)
          throw new DifferencesError(failing, `${migration.name}: up() on the seeded copy`);
      });
      it(`${migration.name}: down() restores the schema and data`, function() {
        const outcome = outcomeOf(migration.name);
        const back = outcome.findings.filter(
          (finding) => finding.kind.startsWith("rollback") || finding.kind.startsWith("down")
        );
        if (outcome.error)
          throw new Error(
            `${migration.name}: down() was not checked: its up() failed (see its test)`
          );
        if (outcome.down === "failed" || outcome.down === "missing")
          throw new Error(back.map((finding) => finding.message).join("; "));
        if (outcome.down === "not-run")
          throw new Error(
            `${migration.name}: down() was not run: a newer migration's down() failed or is missing (see its test)`
          );
        const failing = differencesOf(back, intentName);
        if (failing.length > 0)
          throw new DifferencesError(
            failing,
            `${migration.name}: down() after up() on the seeded copy`
          );
      });
    }
    if (fresh.length > 0)
      it(`rollback to the old version: ${fresh.length} down()s newest first restore its schema`, function() {
        if (!result) throw new Error("the check did not run");
        const { rollback } = result;
        if (rollback.failed)
          throw new Error(
            `${rollback.failed.migration}: down() failed on the way back to the old version: ${rollback.failed.error}`
          );
        if (rollback.reverted.length < fresh.length)
          throw new Error(
            `only ${rollback.reverted.length} of ${fresh.length} new migrations were applied and reverted: the check stopped at ${result.stopped?.migration ?? "an earlier migration"} (see its tests)`
          );
        if (rollback.drift.length > 0)
          throw new DifferencesError(
            rollback.drift.map((change) => ({
              path: [change.table, change.name].filter(Boolean).join("."),
              kind: "changed",
              message: `after every down(): ${change.message}`
            })),
            "rollback to the old version"
          );
      });
  });
}
export {
  CATEGORY_PROPERTY,
  DATABASE_URL_ENV,
  DEFAULT_NEW_VERSION,
  DEFAULT_OLD_VERSION,
  DEFAULT_ROWS_PER_TABLE,
  DataSourceModuleError,
  DatabaseUrlError,
  DifferencesError,
  GitRefError,
  INTENT_FILE_NAME,
  IntentFileError,
  MAX_LISTED_DIFFERENCES,
  MigrationsSetupError,
  Replayer,
  SECRET_HEADERS,
  SeedOptionsError,
  ThrowawayDatabaseError,
  TrafficError,
  assertNoDifferences,
  checkInPlaceMigration,
  checkMigrations,
  compareApiResponses,
  compareDatabases,
  compareDatabasesDetailed,
  compareObjects,
  createApiClient,
  createThrowawayDatabase,
  databaseUrlFromEnv,
  describeApiMigration,
  describeDatabaseMigration,
  describeFunctionalMigration,
  describeMigrations,
  describeValue,
  diffSchemas,
  disposeValue,
  expectSameApiResponse,
  expectSameDatabase,
  expectSameObjects,
  familyOfType,
  formatDifferences,
  formatPath,
  loadTraffic,
  maskHeaders,
  maskUrl,
  narrowing,
  newVersion,
  oldVersion,
  openVersionDataSource,
  parseIntent,
  progressLogger,
  readSchema,
  routeKey,
  seedDatabase,
  sqlConnectionOf,
  startApp,
  sweepStaleThrowawayDatabases,
  verifyInPlaceMigration
};
