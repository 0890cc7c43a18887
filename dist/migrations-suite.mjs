import { createRequire as __vmCreateRequire } from 'node:module';
const require = __vmCreateRequire(import.meta.url);

// src/library/migrations/describe.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative as relative5, resolve as resolve4 } from "node:path";

// src/library/assert.ts
import { AssertionError } from "node:assert";

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
function splitList(text2) {
  return splitTokens(tokenize(text2)).map(
    (part) => text2.slice(part[0].start, part[part.length - 1].end).trim()
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
  let text2 = collapseWhitespace(expression);
  for (; ; ) {
    const tokens = tokenize(text2);
    if (tokens.length !== 1 || tokens[0].kind !== "group") return text2;
    text2 = collapseWhitespace(tokens[0].value);
  }
}
function collapseWhitespace(text2) {
  let out = "";
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    if (c in CLOSING) {
      const end = skipQuoted(text2, i);
      out += text2.slice(i, end);
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < text2.length && /\s/.test(text2[i])) i++;
      const previous = out[out.length - 1];
      const next = text2[i];
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
  const text2 = String(value ?? "NO ACTION");
  return ACTIONS[text2] ?? ACTIONS[text2.toUpperCase()] ?? "NO ACTION";
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
function columnList(text2) {
  return splitList(text2).map((item) => {
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
    const text2 = parseCreateIndex(sqlText);
    const keys = rows.map(
      (row, i) => row.col === null || Number(row.cid) < 0 ? text2.keys[i] ?? "<expression>" : row.col
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
    if (Number(first.partial) === 1 && text2.where !== void 0) index.where = text2.where;
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
    const columnsOf = rows.map((row) => row.from);
    const parentKey = tables.get(first.table)?.primaryKey ?? [];
    const referenced = rows.map((row, i) => row.to ?? parentKey[i] ?? "");
    table.foreignKeys.push({
      // SQLite keeps no constraint names in its catalogue: one made from the columns, stable.
      name: `${first.tbl}_${columnsOf.join("_")}_fkey`,
      columns: columnsOf,
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
    const columnsOf = jsonArray(row.columns);
    switch (str(row.type)) {
      case "p":
        table.primaryKey = columnsOf;
        break;
      case "u":
        table.uniques.push({ name, columns: columnsOf });
        break;
      case "f":
        table.foreignKeys.push({
          name,
          columns: columnsOf,
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
function unquoteIdentifier(text2) {
  const tokens = tokenize(text2);
  return tokens.length === 1 && tokens[0].kind === "ident" ? tokens[0].value : text2;
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

// src/library/compare/db-server-hash.ts
var MAX_SPAN = 2n ** 62n;

// src/library/compare/db-sqlite-attach.ts
var NEW_SCHEMA = "vm_new";
var CONNECTION_PRAGMAS = ["main.cache_size = -2000", `${NEW_SCHEMA}.cache_size = -2000`];
var PARALLEL_MIN_BYTES = 32 * 2 ** 20;
var CHUNK_BYTES = 4 * 2 ** 20;
var WORKER_FILE = new URL(
  import.meta.url.endsWith(".ts") ? "./sqlite-attach-worker.ts" : "./sqlite-attach-worker.js",
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

// src/library/migrations/check.ts
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { isAbsolute as isAbsolute3, relative as relative2, resolve as resolve3 } from "node:path";
import { readFile as readFile2 } from "node:fs/promises";

// src/common/child-environment.ts
var DATABASE_URL_ENV = "VERIFY_MIGRATION_DATABASE_URL";
var MIGRATIONS_CONFIG_ENV = "VERIFY_MIGRATION_MIGRATIONS_CONFIG";

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
var DEFAULT_STALE_AFTER_SECONDS = 6 * 60 * 60;

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
function clip(text2) {
  return text2.length <= 80 ? text2 : `${text2.slice(0, 77)}...`;
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
function hashString(text2, salt = 0) {
  let hash = (2166136261 ^ salt) >>> 0;
  for (let index = 0; index < text2.length; index++) {
    hash ^= text2.charCodeAt(index);
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
function withinBounds(value, bounds) {
  if (value === null) return true;
  if (typeof value === "string" && bounds.nonEmpty && value === "") return false;
  if (bounds.min === void 0 && bounds.max === void 0) return true;
  const number = typeof value === "boolean" || Buffer.isBuffer(value) ? NaN : Number(value);
  if (Number.isNaN(number)) return true;
  if (bounds.min !== void 0 && (bounds.minExclusive ? number <= bounds.min : number < bounds.min))
    return false;
  if (bounds.max !== void 0 && (bounds.maxExclusive ? number >= bounds.max : number > bounds.max))
    return false;
  return true;
}
function insideBounds(bounds) {
  if (bounds.min !== void 0) {
    const low = bounds.minExclusive ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min);
    return bounds.max === void 0 || low <= bounds.max ? low : bounds.min;
  }
  if (bounds.max !== void 0)
    return bounds.maxExclusive ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max);
  return 1;
}
function bounded(values, bounds) {
  const random = values.random;
  return {
    ...values,
    edges: values.edges.filter((value) => withinBounds(value, bounds)),
    random: () => {
      for (let attempt = 0; attempt < 8; attempt++) {
        const value = random();
        if (withinBounds(value, bounds)) return value;
      }
      return insideBounds(bounds);
    },
    safe: withinBounds(values.safe, bounds) ? values.safe : insideBounds(bounds)
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
function cut(text2, length) {
  if (length === void 0 || text2.length <= length) return text2;
  return Array.from(text2).slice(0, length).join("");
}
function codePoints(text2) {
  let count = 0;
  for (const _ of text2) count++;
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
function integerValues(column, random, cautious, bounds) {
  let { min, max } = integerRange(column);
  if (bounds?.min !== void 0) {
    const low2 = BigInt(bounds.minExclusive ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min));
    if (low2 > min && low2 <= max) min = low2;
  }
  if (bounds?.max !== void 0) {
    const high2 = BigInt(bounds.maxExclusive ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max));
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
    let text2 = random.pick(WORDS);
    for (let part = 1; part < parts; part++) text2 += ` ${random.pick(WORDS)}`;
    if (random.chance(0.5)) text2 += ` ${random.next().toString(36)}`;
    pool.push(cut(text2, length));
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
  let text2 = "";
  while (text2.length < digits) text2 += random.next().toString(16).padStart(8, "0");
  return text2.slice(0, digits);
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
  let text2 = DAYS.get(day);
  if (text2 === void 0) {
    text2 = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAYS.size < 1e5) DAYS.set(day, text2);
  }
  return text2;
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
    const chunks = [];
    for (let start = 0; start < rows.length; start += size)
      chunks.push(rows.slice(start, start + size));
    return chunks;
  }
  async insert(table, columns, rows) {
    if (this.json) {
      const text2 = jsonRows(rows);
      if (text2 !== void 0) {
        const select = columns.map((_, index) => `json_extract(value, '$[${index}]')`).join(", ");
        try {
          await this.connection.query(
            `INSERT INTO ${this.quote(table)} (${columns.map(this.quote).join(", ")}) SELECT ${select} FROM json_each(?)`,
            [text2]
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
    const chunks = [];
    let current = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 8;
      for (const value of row) rowBytes += estimateBytes(value);
      if (current.length > 0 && (size + rowBytes > this.bytes || (current.length + 1) * perRow > MYSQL_PLACEHOLDERS)) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
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
    const chunks = [];
    let current = [];
    let size = 0;
    for (const row of rows) {
      let rowBytes = 0;
      for (const value of row) rowBytes += estimateBytes(value);
      if (current.length > 0 && (size + rowBytes > POSTGRES_BYTES || current.length >= POSTGRES_ROWS)) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push(row);
      size += rowBytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
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
  const bounds = /* @__PURE__ */ new Map();
  const unread = /* @__PURE__ */ new Set();
  const names = new Set(table.columns.map((column) => column.name.toLowerCase()));
  const boundOf = (name) => {
    let entry = bounds.get(name);
    if (entry === void 0) bounds.set(name, entry = {});
    return entry;
  };
  for (const check of table.checks) {
    const text2 = check.expression.toLowerCase().replace(/^\s*check\b/, "").replace(/["`]/g, "").replace(/::(?:character varying|double precision|[a-z_]+)(?:\[\])?/g, "").replace(/'(-?\d+(?:\.\d+)?)'/g, "$1");
    for (const part of text2.split(/\band\b/)) {
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
  return { bounds, unread };
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
      await new Promise((resolve5) => setImmediate(resolve5));
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
  const text2 = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `'${text2}'`;
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
function parseIntentStatement(text2) {
  const normal = text2.trim().replace(/\s+/g, " ");
  for (const [pattern, make] of STATEMENTS) {
    const match = pattern.exec(normal);
    if (match) return make(match);
  }
  return void 0;
}
function parseIntent(text2, file) {
  const intent = { file, migrations: /* @__PURE__ */ new Map() };
  let current;
  const lines = text2.split(/\r?\n/);
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
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { migrations: /* @__PURE__ */ new Map() };
    throw new IntentFileError(file, void 0, `cannot be read: ${error.message}`);
  }
  return parseIntent(text2, file);
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
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";

// src/library/migrations/glob.ts
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";
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
  const absolute = (isAbsolute(glob) ? glob : resolve(cwd, glob)).split(sep).join("/");
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
  const file = isAbsolute2(modulePath) ? modulePath : resolve2(cwd, modulePath);
  if (!existsSync(file))
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
    const entry = createRequire(file).resolve("typeorm");
    typeorm = await import(pathToFileURL(entry).href);
  } catch (error) {
    throw new DataSourceModuleError(
      file,
      `the data source module exports options, but typeorm cannot be loaded from ${dirname(file)}: ${messageOf(error)}. Install typeorm in the service.`
    );
  }
  const DataSource = typeorm.DataSource ?? typeorm.default?.DataSource;
  if (typeof DataSource !== "function")
    throw new DataSourceModuleError(
      file,
      "the service resolves a typeorm without a DataSource class: TypeORM 0.3 or newer is needed."
    );
  return DataSource;
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
  const intent = typeof options.intent === "string" ? await readIntent(isAbsolute3(options.intent) ? options.intent : resolve3(cwd, options.intent)) : options.intent ?? { migrations: /* @__PURE__ */ new Map() };
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
    return await runCheck({
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
async function runCheck(context) {
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
  const path = isAbsolute3(file) ? file : resolve3(cwd, file);
  const start = performance.now();
  if (/\.sql$/i.test(path)) {
    const text2 = await readFile2(path, "utf8");
    for (const statement of text2.split(/;\s*$/m).map((part) => part.trim()))
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
  const text2 = error.stderr || error.message || String(error);
  return text2.trim().split("\n")[0];
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
  if (given) return { path: resolve4(cwd, given), exists: existsSync2(resolve4(cwd, given)) };
  const folders = [...new Set(files.filter((file) => !!file).map(dirname2)), cwd];
  for (const folder of folders) {
    const candidate = join3(folder, INTENT_FILE_NAME);
    if (existsSync2(candidate)) return { path: candidate, exists: true };
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
    resolve4(cwd)
  );
  const intent = typeof options.intent === "object" ? options.intent : intentFile?.exists ? intentFile.path : void 0;
  const intentName = intentFile ? relative5(resolve4(cwd), intentFile.path) : INTENT_FILE_NAME;
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

// src/library/migrations/suite-entry.ts
var text = process.env[MIGRATIONS_CONFIG_ENV];
if (!text)
  throw new Error(
    `${MIGRATIONS_CONFIG_ENV} is not set: this file is the migrations mode's suite, run by verify-migration (mode: migrations), not a spec file to run by hand`
  );
var config = JSON.parse(text);
await describeMigrations("migrations", {
  dataSource: config.dataSource,
  cwd: process.cwd(),
  ...config.baseRef !== void 0 ? { baseRef: config.baseRef } : {},
  ...config.oldMigrations ? { oldMigrations: config.oldMigrations } : {},
  rowsPerTable: config.rowsPerTable,
  seed: config.seed,
  ...config.seedFile ? { seedFile: config.seedFile } : {},
  ...config.intent ? { intent: config.intent } : {},
  resultPath: config.resultPath
});
