"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/mocha-reporter/reporter.ts
var reporter_exports = {};
__export(reporter_exports, {
  default: () => reporter_default
});
module.exports = __toCommonJS(reporter_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/common/categories.ts
var CATEGORY_PROPERTY = "verifyMigrationCategory";
var TITLE_TAGS = [
  [/(^|\s)@database(\s|$)/i, "database_migration"],
  [/(^|\s)@api(\s|$)/i, "api_migration"],
  [/(^|\s)@functional(\s|$)/i, "functional_migration"]
];
function categoryFromTitle(title) {
  for (const [pattern, category] of TITLE_TAGS) {
    if (pattern.test(title)) return category;
  }
  return void 0;
}
function categoryOf(node) {
  const own = categoryFromTitle(node.title);
  if (own) return own;
  for (let suite = node.parent; suite; suite = suite.parent) {
    const marked = suite[CATEGORY_PROPERTY];
    if (typeof marked === "string") return marked;
    const tagged = categoryFromTitle(suite.title);
    if (tagged) return tagged;
  }
  return "other";
}

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

// src/common/reporter-records.ts
var RECORDS_ENV = "VERIFY_MIGRATION_RECORDS";

// src/mocha-reporter/reporter.ts
function relativeFile(file) {
  if (!file) return null;
  return (0, import_node_path.relative)(process.cwd(), file).split(import_node_path.sep).join("/");
}
function titlePathOf(node) {
  if (node.titlePath) return node.titlePath();
  const titles = [];
  for (let current = node; current; current = current.parent) {
    if (current.parent || current.title) titles.unshift(current.title);
  }
  return titles;
}
function errorRecord(error) {
  if (!error || typeof error !== "object") return { message: String(error) };
  const { name, message, stack, code, differences } = error;
  return {
    name: typeof name === "string" ? name : void 0,
    message: typeof message === "string" ? message : String(error),
    stack: typeof stack === "string" ? stack : void 0,
    code: typeof code === "string" ? code : void 0,
    differences: Array.isArray(differences) ? jsonSafe(differences) : void 0
  };
}
function hookKind(title) {
  const match = /^"(before all|before each|after all|after each)" hook/.exec(title);
  return match ? match[1] : void 0;
}
function firstPlace(stack) {
  for (const line of (stack ?? "").split("\n")) {
    const match = /(?:\(|at |^)((?:file:\/\/)?\/[^():]+|[^()\s:/<][^():]*?):(\d+):\d+\)?$/.exec(
      line.trim()
    );
    if (!match) continue;
    const file = match[1].replace(/^file:\/\//, "");
    const path = (0, import_node_path.relative)(process.cwd(), (0, import_node_path.resolve)(process.cwd(), file));
    if (!path.startsWith("..") && !path.includes("node_modules")) return ` (${path}:${match[2]})`;
  }
  return "";
}
var VerifyMigrationReporter = class {
  fd;
  testIds = /* @__PURE__ */ new WeakMap();
  idsByTitle = /* @__PURE__ */ new Map();
  suiteIds = /* @__PURE__ */ new WeakMap();
  /** Milliseconds each test's `beforeEach` hooks took: part of its time (the databases it gets). */
  setupMs = /* @__PURE__ */ new WeakMap();
  tally = { passes: 0, failures: 0, pending: 0 };
  constructor(runner) {
    const path = process.env[RECORDS_ENV];
    if (!path)
      throw new Error(
        `${RECORDS_ENV} is not set: the verify-migration reporter does not know where to write`
      );
    this.fd = (0, import_node_fs.openSync)(path, "a");
    const constants = runner.constructor.constants;
    runner.once(constants.EVENT_RUN_BEGIN, () => {
      const tests = this.collect(runner);
      this.write({ type: "start", total: runner.total ?? tests.length, tests });
    });
    runner.on(
      constants.EVENT_TEST_BEGIN,
      (test) => this.write({ type: "test-begin", id: this.idOf(test) })
    );
    runner.on(constants.EVENT_TEST_PASS, (test) => {
      this.tally.passes++;
      const duration = this.durationOf(test);
      this.write({ type: "pass", id: this.idOf(test), duration });
      this.print(`  \u2714 ${test.fullTitle()} (${duration}ms)`);
    });
    runner.on(constants.EVENT_TEST_PENDING, (test) => {
      this.tally.pending++;
      this.write({ type: "pending", id: this.idOf(test) });
      this.print(`  - ${test.fullTitle()} (pending)`);
    });
    runner.on(
      constants.EVENT_TEST_FAIL,
      (runnable, error) => this.onFail(runnable, error)
    );
    runner.on(constants.EVENT_HOOK_BEGIN, (hook) => {
      const place = this.hookPlace(hook);
      if (place) this.write({ type: "hook-begin", ...place });
    });
    runner.on(constants.EVENT_HOOK_END, (hook) => {
      const kind = hookKind(hook.title);
      if (kind) this.write({ type: "hook-end" });
      const test = hook.ctx?.currentTest;
      if (kind === "before each" && test)
        this.setupMs.set(test, (this.setupMs.get(test) ?? 0) + (hook.duration ?? 0));
    });
    runner.once(constants.EVENT_RUN_END, () => {
      this.write({ type: "end", ...this.tally });
      this.print(
        `
  ${this.tally.passes} passing, ${this.tally.failures} failing, ${this.tally.pending} pending`
      );
    });
    const seen = /* @__PURE__ */ new WeakSet();
    process.on("unhandledRejection", (reason, promise) => {
      if (seen.has(promise)) return;
      seen.add(promise);
      const error = errorRecord(reason);
      this.write({ type: "uncaught", title: "an unhandled promise rejection", error });
      this.print(`  \u2716 an unhandled promise rejection: ${error.message}${firstPlace(error.stack)}`);
    });
  }
  onFail(runnable, error) {
    this.tally.failures++;
    const record = errorRecord(error);
    const place = firstPlace(record.stack);
    const hook = runnable.type === "hook" ? this.hookPlace(runnable) : void 0;
    if (hook) {
      this.write({ type: "hook-fail", ...hook, error: record });
      this.print(`  \u2716 ${runnable.fullTitle()}: ${record.message}${place}`);
      return;
    }
    const id = this.findId(runnable);
    if (id === void 0) {
      this.write({ type: "uncaught", title: runnable.title, error: record });
    } else {
      this.write({ type: "fail", id, duration: this.durationOf(runnable), error: record });
    }
    this.print(`  \u2716 ${runnable.fullTitle()}: ${record.message}${place}`);
  }
  /** A test's time: its own and its `beforeEach` hooks' (mocha's `duration` is the test's alone). */
  durationOf(test) {
    return (test.duration ?? 0) + (this.setupMs.get(test) ?? 0);
  }
  /** Every test the run will account for, in run order, filtered by grep as mocha filters it. */
  collect(runner) {
    const tests = [];
    let nextSuiteId = 0;
    const walk = (suite, ancestors) => {
      const suiteId = nextSuiteId++;
      this.suiteIds.set(suite, suiteId);
      const path = [...ancestors, suiteId];
      for (const test of suite.tests ?? []) {
        let match = runner._grep ? runner._grep.test(test.fullTitle()) : true;
        if (runner._invert) match = !match;
        if (!match) continue;
        const id = tests.length;
        this.testIds.set(test, id);
        const key = `${test.file ?? ""}\0${test.fullTitle()}`;
        this.idsByTitle.set(key, [...this.idsByTitle.get(key) ?? [], id]);
        tests.push({
          id,
          title_path: titlePathOf(test),
          suite_ids: path,
          file: relativeFile(test.file),
          category: categoryOf(test),
          pending: test.isPending?.() ?? false
        });
      }
      for (const child of suite.suites ?? []) walk(child, path);
    };
    walk(runner.suite, []);
    return tests;
  }
  /** Which hook this is and where it sits; undefined when its title names none of mocha's four kinds. */
  hookPlace(hook) {
    const kind = hookKind(hook.title);
    if (!kind) return void 0;
    const suite = hook.parent;
    return {
      hook: kind,
      title: hook.title,
      title_path: titlePathOf(hook),
      suite_id: suite ? this.suiteIds.get(suite) ?? 0 : 0,
      file: relativeFile(hook.file ?? suite?.file),
      category: categoryOf(hook)
    };
  }
  idOf(test) {
    return this.findId(test) ?? -1;
  }
  /** Mocha clones a test for each retry, so a test is found by object first, then by file and title. */
  findId(test) {
    const known = this.testIds.get(test);
    if (known !== void 0) return known;
    return this.idsByTitle.get(`${test.file ?? ""}\0${test.fullTitle()}`)?.[0];
  }
  write(record) {
    (0, import_node_fs.writeSync)(this.fd, `${JSON.stringify(record)}
`);
  }
  print(line) {
    process.stdout.write(`${line}
`);
  }
};
var reporter_default = VerifyMigrationReporter;
module.exports = module.exports.default;
