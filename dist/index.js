import { createRequire as __vmCreateRequire } from 'node:module';
const require = __vmCreateRequire(import.meta.url);
import {
  XMLParser,
  XMLValidator,
  __commonJS,
  __toESM,
  error,
  getInput,
  getMultilineInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-4B7NVDIF.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants2;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/main.ts
import { mkdtemp as mkdtemp2, readdir as readdir3, readFile as readFile6, rm as rm5 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname8, join as join4, relative as relative10 } from "node:path";

// src/core/errors.ts
var InputError = class extends Error {
  constructor(input, value, allowed) {
    super(
      `Input '${input}' has the value ${renderInputValue(value)}, which is not allowed: use ${allowed}.`
    );
    this.input = input;
    this.value = value;
    this.allowed = allowed;
  }
  input;
  value;
  allowed;
  name = "InputError";
};
var SHOWN_VALUE_CHARACTERS = 120;
function renderInputValue(value) {
  if (value.length <= SHOWN_VALUE_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_VALUE_CHARACTERS))}... (${value.length} characters)`;
}
var ReportReadError = class extends Error {
  constructor(file, reason) {
    super(`Cannot use ${file}: ${reason}`);
    this.file = file;
  }
  file;
  name = "ReportReadError";
};
var ReportWriteError = class extends Error {
  constructor(file, reason, report2) {
    super(`Cannot write the report file ${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.report = report2;
  }
  file;
  reason;
  report;
  name = "ReportWriteError";
};
var ReportPathBusyError = class extends Error {
  constructor(reportPath, holder) {
    super(
      `Another verification run is writing its report to ${reportPath} right now (${holder}): two runs would mix their report files. Give each run its own 'report-path', or run them one after the other.`
    );
    this.reportPath = reportPath;
    this.holder = holder;
  }
  reportPath;
  holder;
  name = "ReportPathBusyError";
};

// src/core/validate.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

// src/results/types.ts
var CATEGORIES = ["database_migration", "api_migration", "functional_migration"];

// src/junit/categories.ts
var ALIASES = {
  database: "database_migration",
  api: "api_migration",
  functional: "functional_migration"
};
var ALL_CATEGORIES = [...CATEGORIES, "other"];
var NAME_TAGS = [
  [/(^|[^A-Za-z0-9])(@database|database_migration)([^A-Za-z0-9]|$)/i, "database_migration"],
  [/(^|[^A-Za-z0-9])(@api|api_migration)([^A-Za-z0-9]|$)/i, "api_migration"],
  [/(^|[^A-Za-z0-9])(@functional|functional_migration)([^A-Za-z0-9]|$)/i, "functional_migration"]
];
var CLASS_WORDS = [
  [/Database/, "database_migration"],
  [/API|Api/, "api_migration"],
  [/Functional/, "functional_migration"]
];
function tagOf(text2) {
  return NAME_TAGS.find(([pattern]) => pattern.test(text2))?.[1];
}
function className(classname2) {
  const parts = classname2.split(".");
  return parts[parts.length - 1];
}
function parseCategoryMapping(input, lines) {
  const all = typeof lines === "string" ? lines.split(/\r?\n/) : lines.flatMap((line) => line.split(/\r?\n/));
  const rules = [];
  for (const raw of all) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf("=");
    if (at === -1) {
      throw new InputError(
        input,
        line,
        "lines of the form 'Pattern=category', e.g. 'TestInventory=database_migration'"
      );
    }
    const source = line.slice(0, at).trim();
    const name = line.slice(at + 1).trim();
    if (source === "")
      throw new InputError(input, line, "a pattern before the '=' (a regular expression)");
    const category = ALIASES[name] ?? ALL_CATEGORIES.find((known) => known === name);
    if (category === void 0) {
      throw new InputError(
        input,
        line,
        `a known category after the '=': one of ${[...ALL_CATEGORIES, ...Object.keys(ALIASES)].join(", ")}`
      );
    }
    let pattern;
    try {
      pattern = new RegExp(source);
    } catch (error2) {
      throw new InputError(
        input,
        line,
        `a valid regular expression before the '=' (${error2.message})`
      );
    }
    rules.push({ source, pattern, category });
  }
  return rules;
}
function junitCategory(test, rules = []) {
  const subject = test.classname === "" ? test.name : `${test.classname} ${test.name}`;
  for (const rule of rules) {
    if (rule.pattern.test(subject) || (test.file ? rule.pattern.test(test.file) : false))
      return rule.category;
  }
  const fromName = tagOf(test.name) ?? tagOf(test.classname);
  if (fromName) return fromName;
  const word = CLASS_WORDS.find(([pattern]) => pattern.test(className(test.classname)))?.[1];
  if (word) return word;
  for (const suite of [...test.suites].reverse()) {
    const tagged = tagOf(suite);
    if (tagged) return tagged;
  }
  return "other";
}

// src/junit/command.ts
var INPUT = "command";
var USE_A_SHELL = 'no shell is used: the command runs directly with its arguments. Quote the character to pass it as text, or run a shell explicitly, e.g. command: bash -c "pytest --junitxml=junit.xml | tee pytest.log"';
var OPERATORS = {
  "|": "'|' (a pipe)",
  "&": "'&' ('&&' or running in the background)",
  ";": "';' (a command separator)",
  ">": "'>' (a redirection)",
  "<": "'<' (a redirection)",
  "`": "a backtick (command substitution)",
  "(": "'(' (a subshell)",
  ")": "')' (a subshell)"
};
function refuse(text2, what, position) {
  throw new InputError(
    INPUT,
    text2,
    `a command without ${what} at position ${position + 1}: ${USE_A_SHELL}`
  );
}
function isExpansion(text2, index) {
  const next = text2[index + 1];
  return next !== void 0 && /[({A-Za-z_0-9?@*#!$-]/.test(next);
}
function parseCommand(text2) {
  const words = [];
  let word = "";
  let inWord = false;
  let index = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  while (index < text2.length) {
    const char = text2[index];
    if (char === " " || char === "	" || char === "\r") {
      end();
      index += 1;
    } else if (char === "\n") {
      refuse(text2, "a newline (a shell would start a second command there)", index);
    } else if (char === "\\") {
      if (index + 1 >= text2.length) {
        throw new InputError(
          INPUT,
          text2,
          "a command that does not end with a lone backslash (it escapes nothing)"
        );
      }
      if (text2[index + 1] !== "\n") {
        word += text2[index + 1];
        inWord = true;
      }
      index += 2;
    } else if (char === "'") {
      const close = text2.indexOf("'", index + 1);
      if (close === -1) {
        throw new InputError(
          INPUT,
          text2,
          `a command whose quotes are balanced (the ' at position ${index + 1} is never closed)`
        );
      }
      word += text2.slice(index + 1, close);
      inWord = true;
      index = close + 1;
    } else if (char === '"') {
      inWord = true;
      index += 1;
      let closed = false;
      while (index < text2.length) {
        const inner = text2[index];
        if (inner === '"') {
          closed = true;
          index += 1;
          break;
        }
        if (inner === "\\" && index + 1 < text2.length && '"\\$`\n'.includes(text2[index + 1])) {
          if (text2[index + 1] !== "\n") word += text2[index + 1];
          index += 2;
          continue;
        }
        if (inner === "`")
          refuse(text2, "a backtick (command substitution, even inside double quotes)", index);
        if (inner === "$" && isExpansion(text2, index)) {
          refuse(
            text2,
            `'$${text2[index + 1]}' (an expansion, even inside double quotes; single quotes keep it as text)`,
            index
          );
        }
        word += inner;
        index += 1;
      }
      if (!closed) {
        throw new InputError(
          INPUT,
          text2,
          `a command whose quotes are balanced (a " is never closed)`
        );
      }
    } else if (char in OPERATORS) {
      refuse(text2, OPERATORS[char], index);
    } else if (char === "$" && isExpansion(text2, index)) {
      refuse(
        text2,
        `'$${text2[index + 1]}' (an expansion: no variable or command is substituted)`,
        index
      );
    } else if (char === "*" || char === "?") {
      refuse(text2, `'${char}' (a glob a shell would expand into file names)`, index);
    } else if (char === "#" && !inWord) {
      refuse(
        text2,
        "'#' at the start of a word (a shell would ignore the rest as a comment)",
        index
      );
    } else {
      word += char;
      inWord = true;
      index += 1;
    }
  }
  end();
  if (words.length === 0)
    throw new InputError(INPUT, text2, "a command to run, e.g. pytest --junitxml=junit.xml");
  const [command, ...args] = words;
  if (command === "")
    throw new InputError(INPUT, text2, "a command whose program name is not empty");
  return { command, args };
}

// src/core/validate.ts
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
function requireText(input, value, max = 200) {
  const text2 = (value ?? "").trim();
  if (text2 === "") throw new InputError(input, value ?? "", "a non-empty value");
  if (CONTROL_CHARACTERS.test(text2)) {
    throw new InputError(
      input,
      text2,
      "text without control characters (no newlines, tabs or escapes)"
    );
  }
  if (text2.includes("\uFFFD")) {
    throw new InputError(
      input,
      text2,
      "valid UTF-8 text (the value holds bytes that are not UTF-8, shown as U+FFFD)"
    );
  }
  if (text2.length > max) throw new InputError(input, text2, `at most ${max} characters`);
  return text2;
}
function parseBoolean(input, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(input, value, "true or false");
}
function parseWholeNumber(input, value, min, max) {
  const text2 = value.trim();
  const number = Number(text2);
  if (!/^\d+$/.test(text2) || number < min || number > max) {
    throw new InputError(input, value, `a whole number from ${min} to ${max}`);
  }
  return number;
}
var MAX_TIMEOUT_MINUTES = 10080;
function parseTimeoutMinutes(input, value) {
  const text2 = value.trim();
  if (text2 === "") return void 0;
  const minutes = Number(text2);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text2) || !(minutes > 0) || minutes > MAX_TIMEOUT_MINUTES) {
    throw new InputError(
      input,
      value,
      `a positive number of minutes, at most ${MAX_TIMEOUT_MINUTES} (e.g. 30 or 0.5), or nothing for no limit`
    );
  }
  return minutes;
}
function parseShard(input, value) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || total > 256 || index < 1 || index > total) {
    throw new InputError(input, value, "'i/n' with whole numbers 1 <= i <= n <= 256, e.g. 2/3");
  }
  return { index, total };
}
function parseShardFor(mode, input, value) {
  if (value === void 0 || value === "") return void 0;
  if (mode === "merge")
    throw new InputError(
      input,
      value,
      "no shard in a merge job (it collects every shard itself): give the shard to the run jobs of the matrix only"
    );
  return parseShard(input, value);
}
function parseChoice(input, value, choices) {
  const text2 = value.trim();
  if (choices.includes(text2)) return text2;
  throw new InputError(input, value, `one of: ${choices.join(", ")}`);
}
function parseGrep(input, value) {
  const text2 = value.trim();
  if (text2 === "") return void 0;
  if (CONTROL_CHARACTERS.test(text2))
    throw new InputError(input, text2, "a single-line regular expression");
  try {
    new RegExp(text2);
  } catch (error2) {
    throw new InputError(input, text2, `a valid regular expression (${error2.message})`);
  }
  return text2;
}
function splitOutsideBraces(line) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const character of line) {
    if (character === "{") depth++;
    if (character === "}") depth = Math.max(0, depth - 1);
    if (character === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  return [...parts, current];
}
function parseSpecGlobs(input, lines) {
  const globs = lines.flatMap(splitOutsideBraces).map((glob2) => glob2.trim()).filter((glob2) => glob2 !== "");
  if (globs.length === 0)
    throw new InputError(
      input,
      lines.join("\n"),
      "at least one glob, e.g. test/migration/**/*.spec.ts"
    );
  for (const glob2 of globs) {
    if (CONTROL_CHARACTERS.test(glob2) || isAbsolute(glob2) || glob2.split(/[\\/]/).includes("..")) {
      throw new InputError(
        input,
        glob2,
        'globs relative to working-directory, without ".." or an absolute path'
      );
    }
  }
  return globs;
}
function realPathOf(path) {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return resolve(realpathSync(existing), relative(existing, path));
}
function isInside(root, path) {
  const fromRoot = relative(root, path);
  return fromRoot === "" || !fromRoot.startsWith(`..${sep}`) && fromRoot !== ".." && !isAbsolute(fromRoot);
}
function resolveInside(input, value, base, workspace) {
  const text2 = value.trim();
  if (text2 === "" || CONTROL_CHARACTERS.test(text2)) {
    throw new InputError(input, value, "a path inside the workspace, without control characters");
  }
  const path = resolve(base, text2);
  if (!isInside(workspace, path) || !isInside(realPathOf(workspace), realPathOf(path))) {
    throw new InputError(
      input,
      value,
      `a path inside the workspace (${workspace}); it resolves to ${path}`
    );
  }
  return path;
}
function resolveDirectoryInside(input, value, workspace) {
  const path = resolveInside(input, value, workspace, workspace);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new InputError(
      input,
      value,
      `an existing directory inside the workspace; ${path} is not one`
    );
  }
  return path;
}
function optionalPathInside(input, value, base, workspace) {
  return value.trim() === "" ? void 0 : resolveInside(input, value, base, workspace);
}
function resolveReportPath(input, value, workingDirectory, workspace) {
  if (!value.trim().toLowerCase().endsWith(".json")) {
    throw new InputError(
      input,
      value,
      "a file name ending in .json (the JUnit, Markdown and log files are written beside it)"
    );
  }
  return resolveInside(input, value, workingDirectory, workspace);
}
function parseCommandRunner(names, command, junitLines, mappingLines) {
  const text2 = command.trim();
  const junit = junitLines.map((line) => line.trim()).filter((line) => line !== "");
  if (text2 === "") {
    if (junit.length > 0)
      throw new InputError(
        names.junitPath,
        junit.join("\n"),
        `nothing unless '${names.command}' is given too`
      );
    if (mappingLines.some((line) => line.trim() !== "")) {
      throw new InputError(
        names.categoryMapping,
        mappingLines.join("\n"),
        `nothing unless '${names.command}' is given too (mocha suites are tagged in their titles)`
      );
    }
    return void 0;
  }
  if (junit.length === 0) {
    throw new InputError(
      names.junitPath,
      "",
      `globs of the JUnit XML files that '${names.command}' writes (e.g. reports/junit.xml)`
    );
  }
  const { command: program, args } = parseCommand(text2);
  return {
    command: program,
    args,
    junitGlobs: parseSpecGlobs(names.junitPath, junit),
    categoryMapping: parseCategoryMapping(names.categoryMapping, mappingLines)
  };
}

// src/action/artifact.ts
var ArtifactUploadError = class extends Error {
  constructor(artifactName, cause) {
    super(
      `Uploading artifact '${artifactName}' failed: ${cause instanceof Error ? cause.message : String(cause)}`
    );
    this.artifactName = artifactName;
    this.cause = cause;
  }
  artifactName;
  cause;
  name = "ArtifactUploadError";
};
var ArtifactTimeoutError = class extends Error {
  constructor(operation, timeoutSeconds) {
    super(
      `the artifact service did not finish ${operation} within ${timeoutSeconds} seconds (${ARTIFACT_TIMEOUT_INPUT}); it may be slow or unreachable`
    );
    this.operation = operation;
    this.timeoutSeconds = timeoutSeconds;
  }
  operation;
  timeoutSeconds;
  name = "ArtifactTimeoutError";
};
var ARTIFACT_TIMEOUT_INPUT = "artifact-timeout-seconds";
function validateArtifactTimeout(value) {
  return parseWholeNumber(ARTIFACT_TIMEOUT_INPUT, value, 1, 21600);
}
async function withinTimeLimit(work, operation, timeoutSeconds) {
  if (timeoutSeconds === void 0) return work;
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new ArtifactTimeoutError(operation, timeoutSeconds)),
      timeoutSeconds * 1e3
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
var ARTIFACT_NAME_INPUT = "artifact-name";
var RETENTION_DAYS_INPUT = "retention-days";
var FORBIDDEN_NAME_CHARACTERS = [
  ['"', 'double quote "'],
  [":", "colon :"],
  ["<", "less than <"],
  [">", "greater than >"],
  ["|", "vertical bar |"],
  ["*", "asterisk *"],
  ["?", "question mark ?"],
  ["\r", "carriage return \\r"],
  ["\n", "line feed \\n"],
  ["\\", "backslash \\"],
  ["/", "forward slash /"]
];
function validateArtifactName(name) {
  if (name.trim() === "") {
    throw new InputError(
      ARTIFACT_NAME_INPUT,
      name,
      "a non-empty name (empty means <service>-verification-report)"
    );
  }
  const found = FORBIDDEN_NAME_CHARACTERS.filter(([character]) => name.includes(character));
  if (found.length === 0) return;
  const all = FORBIDDEN_NAME_CHARACTERS.map(([, label]) => label).join(", ");
  throw new InputError(
    ARTIFACT_NAME_INPUT,
    name,
    `a name without ${found.map(([, label]) => label).join(", ")}. Artifact names cannot contain any of: ${all} (file systems such as NTFS cannot store them, and a name must not be a path)`
  );
}
function defaultArtifactName(service) {
  const forbidden = new Set(FORBIDDEN_NAME_CHARACTERS.map(([character]) => character));
  const safe = [...service].map((character) => forbidden.has(character) ? "-" : character).join("");
  return `${safe}-verification-report`;
}
function validateRetentionDays(value) {
  if (value === void 0 || typeof value === "string" && value.trim() === "") return void 0;
  return parseWholeNumber(RETENTION_DAYS_INPUT, String(value), 1, 90);
}
function isArtifactServiceAvailable(env = process.env) {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN?.trim()) && Boolean(env.ACTIONS_RESULTS_URL?.trim());
}
function artifactUrl(id, env = process.env) {
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!repository || !runId) return void 0;
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}
function createArtifactStore(logger, client, env = process.env) {
  let loaded;
  const artifactClient = () => client !== void 0 ? Promise.resolve(client) : loaded ??= import("./chunks/artifact-6T65VCPV.js").then(
    ({ DefaultArtifactClient }) => new DefaultArtifactClient()
  );
  return {
    async upload(name, files, rootDirectory, retentionDays, timeoutSeconds) {
      validateArtifactName(name);
      const retention = validateRetentionDays(retentionDays);
      return logger.group(`Upload artifact ${name}`, async () => {
        logger.info(
          `Uploading ${files.length} file(s) from ${rootDirectory} as artifact '${name}'.`
        );
        let response;
        try {
          response = await withinTimeLimit(
            (await artifactClient()).uploadArtifact(
              name,
              files,
              rootDirectory,
              retention ? { retentionDays: retention } : {}
            ),
            `the upload of '${name}'`,
            timeoutSeconds
          );
        } catch (error2) {
          throw new ArtifactUploadError(name, error2);
        }
        if (response.id === void 0) {
          throw new ArtifactUploadError(
            name,
            new Error("the artifact service returned no artifact id")
          );
        }
        const uploaded = {
          id: response.id,
          url: artifactUrl(response.id, env),
          size: response.size ?? 0
        };
        logger.info(
          `Artifact '${name}' uploaded: id ${uploaded.id}, ${uploaded.size} bytes${uploaded.url ? `, ${uploaded.url}` : ""}.`
        );
        return uploaded;
      });
    },
    async list(timeoutSeconds) {
      const { artifacts } = await withinTimeLimit(
        (async () => (await artifactClient()).listArtifacts())(),
        "listing this run's artifacts",
        timeoutSeconds
      );
      return artifacts.map(({ id, name, size }) => ({ id, name, size }));
    },
    async download(id, path, timeoutSeconds) {
      const { downloadPath } = await withinTimeLimit(
        (async () => (await artifactClient()).downloadArtifact(id, { path }))(),
        `the download of artifact ${id}`,
        timeoutSeconds
      );
      return downloadPath ?? path;
    }
  };
}

// src/action/constants.ts
var MODES = ["run", "merge"];

// src/action/inputs.ts
function workspaceRoot() {
  const workspace = process.env.GITHUB_WORKSPACE;
  if (!workspace)
    throw new InputError("GITHUB_WORKSPACE", "", "the workspace path the runner sets");
  return workspace;
}
function getInputs() {
  const workspace = workspaceRoot();
  const service = requireText("service" /* Service */, getInput("service" /* Service */, { required: true }));
  const workingDirectory = resolveDirectoryInside(
    "working-directory" /* WorkingDirectory */,
    getInput("working-directory" /* WorkingDirectory */) || ".",
    workspace
  );
  const mode = parseChoice("mode" /* Mode */, getInput("mode" /* Mode */), MODES);
  const artifactName = getInput("artifact-name" /* ArtifactName */) || defaultArtifactName(service);
  validateArtifactName(artifactName);
  return {
    settings: {
      service,
      oldVersion: requireText("old-version" /* OldVersion */, getInput("old-version" /* OldVersion */)),
      newVersion: requireText("new-version" /* NewVersion */, getInput("new-version" /* NewVersion */)),
      workspace,
      workingDirectory,
      spec: parseSpecGlobs("spec" /* Spec */, getMultilineInput("spec" /* Spec */)),
      grep: parseGrep("grep" /* Grep */, getInput("grep" /* Grep */)),
      reportPath: resolveReportPath(
        "report-path" /* ReportPath */,
        getInput("report-path" /* ReportPath */),
        workingDirectory,
        workspace
      ),
      allowEmpty: parseBoolean("allow-empty" /* AllowEmpty */, getInput("allow-empty" /* AllowEmpty */)),
      shard: parseShardFor(mode, "shard" /* Shard */, getInput("shard" /* Shard */)),
      previousReport: optionalPathInside(
        "previous-report" /* PreviousReport */,
        getInput("previous-report" /* PreviousReport */),
        workingDirectory,
        workspace
      ),
      timeoutMinutes: parseTimeoutMinutes(
        "timeout-minutes" /* TimeoutMinutes */,
        getInput("timeout-minutes" /* TimeoutMinutes */)
      ),
      commandRunner: parseCommandRunner(
        {
          command: "command" /* Command */,
          junitPath: "junit-path" /* JunitPath */,
          categoryMapping: "category-mapping" /* CategoryMapping */
        },
        getInput("command" /* Command */),
        getMultilineInput("junit-path" /* JunitPath */),
        getMultilineInput("category-mapping" /* CategoryMapping */)
      )
    },
    mode,
    artifactName,
    uploadArtifact: parseBoolean("upload-artifact" /* UploadArtifact */, getInput("upload-artifact" /* UploadArtifact */)),
    retentionDays: validateRetentionDays(getInput("retention-days" /* RetentionDays */)),
    artifactTimeoutSeconds: validateArtifactTimeout(getInput("artifact-timeout-seconds" /* ArtifactTimeoutSeconds */)),
    failOnFailure: parseBoolean("fail-on-failure" /* FailOnFailure */, getInput("fail-on-failure" /* FailOnFailure */))
  };
}

// src/action/publish.ts
import { relative as relative2 } from "node:path";
var MAX_ANNOTATIONS = 50;
function setOutputs(report2, files, workspace, artifact) {
  const { overall } = report2;
  setOutput("status" /* Status */, overall.status);
  setOutput("passed" /* Passed */, String(overall.status === "passed"));
  setOutput("tests" /* Tests */, String(overall.tests));
  setOutput("failures" /* Failures */, String(overall.failures));
  setOutput("errors" /* Errors */, String(overall.errors));
  setOutput("skipped" /* Skipped */, String(overall.skipped));
  setOutput("time" /* Time */, String(overall.time));
  setOutput("report-path" /* ReportPath */, files ? relative2(workspace, files.json) : "");
  setOutput("artifact-id" /* ArtifactId */, artifact ? String(artifact.id) : "");
  setOutput("artifact-url" /* ArtifactUrl */, artifact?.url ?? "");
}
function annotationPlace(location, file, workingDirectory, workspace) {
  const path = location?.file ?? file;
  if (!path) return {};
  return {
    file: relative2(workspace, `${workingDirectory}/${path}`),
    startLine: location?.line,
    startColumn: location?.column
  };
}
function annotate(report2, workingDirectory, workspace) {
  const failing = [
    ...report2.tests.filter((test) => test.state === "failed" || test.state === "error").map((test) => ({
      title: test.full_title,
      message: test.message ?? test.state,
      location: test.location,
      file: test.file
    })),
    ...report2.hook_failures.map((hook) => ({
      title: hook.full_title,
      message: hook.message,
      location: hook.location,
      file: hook.file
    }))
  ];
  for (const item of failing.slice(0, MAX_ANNOTATIONS)) {
    error(item.message, {
      title: item.title,
      ...annotationPlace(item.location, item.file, workingDirectory, workspace)
    });
  }
  if (failing.length > MAX_ANNOTATIONS) {
    error(
      `${failing.length - MAX_ANNOTATIONS} more failing tests or hooks are listed in the report and the job summary.`
    );
  }
}
async function writeJobSummary(markdown) {
  await summary.addRaw(markdown, true).write();
}

// src/core/merge.ts
import { relative as relative9 } from "node:path";

// src/merge/shards.ts
function shardArtifactName(artifactName, shard) {
  return `${artifactName}-shard-${shard.index}-of-${shard.total}`;
}
function shardFromArtifactName(artifactName, name) {
  if (!name.startsWith(`${artifactName}-shard-`)) return void 0;
  const match = /^(\d+)-of-(\d+)$/.exec(name.slice(artifactName.length + "-shard-".length));
  return match ? { index: Number(match[1]), total: Number(match[2]) } : void 0;
}
var describeShard = (shard) => shard ? `shard ${shard.index}/${shard.total}` : "a shard";
function mergeShards(found, expected) {
  const problems = [];
  const usable = [];
  for (const item of found) {
    if ("unreadable" in item) {
      problems.push(
        `${describeShard(item.shard)} (${item.source}) cannot be read: ${item.unreadable}`
      );
      continue;
    }
    const shard = item.report.run.shard ?? item.shard;
    if (!shard) {
      problems.push(`${item.source} is not a shard report (its run has no shard)`);
      continue;
    }
    if (item.shard && (item.shard.index !== shard.index || item.shard.total !== shard.total)) {
      problems.push(
        `${item.source} is named ${describeShard(item.shard)} but its report says ${describeShard(shard)}`
      );
      continue;
    }
    const { report: report2 } = item;
    if (report2.service !== expected.service || report2.old_version !== expected.oldVersion || report2.new_version !== expected.newVersion) {
      problems.push(
        `${describeShard(shard)} (${item.source}) verified ${JSON.stringify(report2.service)} ${report2.old_version} -> ${report2.new_version}, but this merge is for ${JSON.stringify(expected.service)} ${expected.oldVersion} -> ${expected.newVersion}`
      );
      continue;
    }
    usable.push({ source: item.source, shard, report: report2 });
  }
  const totals = [
    .../* @__PURE__ */ new Set([
      ...usable.map((item) => item.shard.total),
      ...found.flatMap((item) => item.shard ? [item.shard.total] : [])
    ])
  ];
  if (found.length === 0) problems.push("no shard reports were found");
  if (totals.length > 1)
    problems.push(
      `the shards disagree on how many shards there are: ${totals.sort((a, b) => a - b).join(", ")}`
    );
  const total = Math.max(0, ...totals);
  for (let index = 1; index <= total; index++) {
    const sources = found.filter(
      (item) => ("report" in item ? item.report.run.shard ?? item.shard : item.shard)?.index === index
    );
    if (sources.length === 0) problems.push(`shard ${index}/${total} is missing`);
    if (sources.length > 1)
      problems.push(
        `shard ${index}/${total} was found ${sources.length} times: ${sources.map((item) => item.source).join(", ")}`
      );
  }
  usable.sort((a, b) => a.shard.index - b.shard.index);
  problems.push(...planProblems(usable));
  const tests = [];
  const hookFailures = [];
  for (const { shard, report: report2 } of usable) {
    tests.push(...report2.tests);
    hookFailures.push(...report2.hook_failures);
    for (const problem of report2.run.problems ?? [])
      problems.push(`shard ${shard.index}/${shard.total}: ${problem}`);
    if (!report2.run.completed)
      problems.push(`shard ${shard.index}/${shard.total}: its run did not complete`);
  }
  return {
    outcome: {
      completed: usable.every((item) => item.report.run.completed),
      exit_code: usable.every((item) => item.report.run.exit_code === 0) ? 0 : 1,
      tests,
      hook_failures: hookFailures,
      problems,
      duration: usable.reduce((sum, item) => sum + item.report.overall.time, 0)
    },
    specFiles: usable.flatMap((item) => item.report.run.spec_files)
  };
}
function planProblems(usable) {
  const problems = [];
  const planned = usable.filter((item) => item.report.run.shard_plan);
  const digests = new Set(planned.map((item) => item.report.run.shard_plan.digest));
  if (digests.size > 1 || planned.length > 0 && planned.length < usable.length) {
    const describe2 = (item) => {
      const plan = item.report.run.shard_plan;
      return `${describeShard(item.shard)}: ${plan ? `${plan.files} file(s) by ${plan.balanced_by}, plan ${plan.digest.slice(0, 12)}` : "no plan"}`;
    };
    problems.push(
      `the shards split different spec files or durations, so files may have run twice or never (${usable.map(describe2).join("; ")}); give every shard the same spec files and the same previous-report`
    );
  }
  const ranBy = /* @__PURE__ */ new Map();
  for (const { shard, report: report2 } of usable) {
    for (const file of report2.run.spec_files) {
      const shards = ranBy.get(file) ?? [];
      if (!shards.some((other) => other.index === shard.index)) ranBy.set(file, [...shards, shard]);
    }
  }
  for (const [file, shards] of ranBy) {
    if (shards.length > 1)
      problems.push(`${file} was run by ${shards.map(describeShard).join(" and ")}`);
  }
  const expected = planned[0]?.report.run.shard_plan?.files;
  if (digests.size === 1 && usable.length === planned.length && expected !== void 0 && ranBy.size < expected) {
    problems.push(`the shards ran ${ranBy.size} of the ${expected} spec file(s) their plan had`);
  }
  return problems;
}

// src/results/counting.ts
var ALL_CATEGORIES2 = [...CATEGORIES, "other"];
var MAX_NAMED = 10;
var KNOWN_STATES = /* @__PURE__ */ new Set(["passed", "failed", "error", "skipped"]);
function isKnownState(state) {
  return typeof state === "string" && KNOWN_STATES.has(state);
}
function roundSeconds(seconds3) {
  return Math.round(seconds3 * 1e3) / 1e3;
}
function categoryKey(category) {
  return ALL_CATEGORIES2.includes(category) ? category : "other";
}
function countTests(tests, hookFailures = []) {
  let passed = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let time = 0;
  for (const test of tests) {
    if (test.state === "passed") passed += 1;
    else if (test.state === "failed") failures += 1;
    else if (test.state === "skipped") skipped += 1;
    else errors += 1;
    if (typeof test.duration === "number" && Number.isFinite(test.duration) && test.duration > 0)
      time += test.duration;
  }
  const ran = tests.length - skipped;
  const clean = failures === 0 && errors === 0 && hookFailures.length === 0;
  return {
    status: ran > 0 && clean ? "passed" : "failed",
    tests: tests.length,
    passed,
    failures,
    errors,
    skipped,
    hook_failures: hookFailures.length,
    time: roundSeconds(time)
  };
}
function countByCategory(tests, hookFailures = []) {
  const testsOf = new Map(ALL_CATEGORIES2.map((category) => [category, []]));
  const hooksOf = new Map(
    ALL_CATEGORIES2.map((category) => [category, []])
  );
  for (const test of tests) testsOf.get(categoryKey(test.category)).push(test);
  for (const hook of hookFailures) hooksOf.get(categoryKey(hook.category)).push(hook);
  const results = {
    database_migration: countTests(
      testsOf.get("database_migration"),
      hooksOf.get("database_migration")
    ),
    api_migration: countTests(testsOf.get("api_migration"), hooksOf.get("api_migration")),
    functional_migration: countTests(
      testsOf.get("functional_migration"),
      hooksOf.get("functional_migration")
    )
  };
  const otherTests = testsOf.get("other");
  const otherHooks = hooksOf.get("other");
  if (otherTests.length > 0 || otherHooks.length > 0)
    results.other = countTests(otherTests, otherHooks);
  return results;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function nameOf(item) {
  const where = item.location ? `${item.location.file}:${item.location.line}` : item.file;
  return where ? `"${item.full_title}" (${where})` : `"${item.full_title}"`;
}
function listNames(items) {
  const named = items.slice(0, MAX_NAMED).map(nameOf).join("; ");
  return items.length > MAX_NAMED ? `${named}; and ${items.length - MAX_NAMED} more` : named;
}
function describeStop(outcome) {
  if (outcome.signal) return `the test process was killed by ${outcome.signal}`;
  if (outcome.exit_code !== null && outcome.exit_code !== void 0) {
    return `the test process exited with code ${outcome.exit_code} before reporting the end of the run`;
  }
  return "the test process stopped before reporting the end of the run";
}
function gate(outcome, options) {
  const reasons = [];
  if (!outcome.completed) reasons.push(`the run did not complete: ${describeStop(outcome)}`);
  for (const problem of outcome.problems) reasons.push(`the run cannot be trusted: ${problem}`);
  const unaccounted = outcome.tests.filter((test) => !isKnownState(test.state));
  const failed = outcome.tests.filter((test) => test.state === "failed");
  const errored = outcome.tests.filter((test) => test.state === "error");
  const skipped = outcome.tests.filter((test) => test.state === "skipped");
  if (unaccounted.length > 0) {
    reasons.push(
      `${plural(unaccounted.length, "collected test has", "collected tests have")} no known outcome and ${unaccounted.length === 1 ? "is" : "are"} counted as errors: ${listNames(unaccounted)}`
    );
  }
  if (failed.length > 0)
    reasons.push(`${plural(failed.length, "test")} failed: ${listNames(failed)}`);
  if (errored.length > 0) {
    reasons.push(
      `${plural(errored.length, "test")} had ${errored.length === 1 ? "an error" : "errors"}: ${listNames(errored)}`
    );
  }
  if (outcome.hook_failures.length > 0) {
    reasons.push(
      `${plural(outcome.hook_failures.length, "after hook")} failed: ${listNames(outcome.hook_failures)}`
    );
  }
  if (!options.allowEmpty) {
    if (outcome.tests.length === 0) {
      reasons.push("no tests were collected; set allow-empty: true if that is expected");
    } else if (skipped.length === outcome.tests.length) {
      reasons.push(
        `no test ran: all ${plural(outcome.tests.length, "collected test")} were skipped; set allow-empty: true if that is expected`
      );
    }
  }
  return { status: reasons.length === 0 ? "passed" : "failed", reasons };
}
function countOutcome(outcome, options) {
  const results = countByCategory(outcome.tests, outcome.hook_failures);
  const totals = countTests(outcome.tests, outcome.hook_failures);
  const verdict = gate(outcome, options);
  return { results, overall: { ...totals, status: verdict.status, reasons: verdict.reasons } };
}

// src/results/json-safe.ts
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

// src/report/types.ts
var REPORT_SCHEMA_VERSION = "1.0.0";
var GITHUB_RUN_FIELDS = {
  github_run_id: "GITHUB_RUN_ID",
  github_run_attempt: "GITHUB_RUN_ATTEMPT",
  github_sha: "GITHUB_SHA",
  github_ref: "GITHUB_REF",
  github_repository: "GITHUB_REPOSITORY",
  github_workflow: "GITHUB_WORKFLOW",
  github_job: "GITHUB_JOB"
};

// src/report/build.ts
function copyLocation(location) {
  if (!location) return void 0;
  const copy = { file: location.file, line: location.line };
  if (location.column !== void 0) copy.column = location.column;
  return copy;
}
function copyDifference(difference) {
  const copy = {
    path: difference.path,
    kind: difference.kind,
    message: difference.message
  };
  if (difference.old !== void 0) copy.old = jsonSafe(difference.old);
  if (difference.new !== void 0) copy.new = jsonSafe(difference.new);
  return copy;
}
function copyTest(test) {
  const copy = {
    title_path: [...test.title_path],
    full_title: test.full_title,
    file: test.file,
    category: test.category,
    state: test.state,
    duration: test.duration
  };
  if (test.message !== void 0) copy.message = test.message;
  if (test.stack !== void 0) copy.stack = test.stack;
  const location = copyLocation(test.location);
  if (location) copy.location = location;
  if (test.differences) copy.differences = test.differences.map(copyDifference);
  return copy;
}
function copyHookFailure(hook) {
  const copy = {
    title: hook.title,
    full_title: hook.full_title,
    file: hook.file,
    category: hook.category,
    message: hook.message
  };
  if (hook.stack !== void 0) copy.stack = hook.stack;
  const location = copyLocation(hook.location);
  if (location) copy.location = location;
  return copy;
}
function buildRunInfo(run2, outcome) {
  const info2 = {
    spec_files: [...run2.spec_files],
    runner: run2.runner ?? "mocha",
    exit_code: outcome.exit_code,
    completed: outcome.completed,
    problems: [...outcome.problems],
    duration: Math.round(outcome.duration * 1e3) / 1e3
  };
  for (const field of Object.keys(GITHUB_RUN_FIELDS)) {
    const value = run2[field];
    if (typeof value === "string" && value !== "") info2[field] = value;
  }
  if (run2.shard) info2.shard = { index: run2.shard.index, total: run2.shard.total };
  if (run2.shard_plan) {
    const { files, balanced_by, digest } = run2.shard_plan;
    info2.shard_plan = { files, balanced_by, digest };
  }
  if (run2.grep !== void 0) info2.grep = run2.grep;
  return info2;
}
function buildReport(input) {
  const { settings, outcome } = input;
  const { results, overall } = countOutcome(outcome, { allowEmpty: settings.allowEmpty });
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    timestamp: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    service: settings.service,
    old_version: settings.oldVersion,
    new_version: settings.newVersion,
    results,
    overall,
    tests: outcome.tests.map(copyTest),
    hook_failures: outcome.hook_failures.map(copyHookFailure),
    run: buildRunInfo(input.run, outcome)
  };
}

// src/report/lock.ts
import { mkdir as mkdir2, readFile as readFile2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname as dirname3 } from "node:path";

// src/report/write.ts
import { randomBytes } from "node:crypto";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/report/junit.ts
var MAX_DIFFERENCES = 50;
var ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function legalXml(text2) {
  return text2.replace(
    ILLEGAL_XML,
    (char) => `\\u${char.codePointAt(0).toString(16).padStart(4, "0")}`
  );
}
function escapeXmlText(text2) {
  return legalXml(text2).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeXmlAttribute(text2) {
  return escapeXmlText(text2).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function attributes(pairs) {
  return Object.entries(pairs).filter(([, value]) => value !== void 0 && value !== null).map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`).join("");
}
function classname(titlePath2, fallback) {
  const suites = titlePath2.slice(0, -1).filter((title) => title !== "");
  return suites.length > 0 ? suites.join(" > ") : fallback;
}
function describeDifference(difference) {
  return `- ${difference.path} (${difference.kind}): ${difference.message}`;
}
function failureText(item, differences) {
  const parts = [];
  if (item.location) parts.push(`at ${item.location.file}:${item.location.line}`);
  const message = item.message ?? "";
  const stack = item.stack ?? "";
  parts.push(stack.includes(message) ? stack : `${message}
${stack}`.trim());
  if (differences && differences.length > 0) {
    const shown = differences.slice(0, MAX_DIFFERENCES).map(describeDifference);
    if (differences.length > MAX_DIFFERENCES) {
      shown.push(
        `... and ${differences.length - MAX_DIFFERENCES} more differences (see the JSON report)`
      );
    }
    parts.push(`Differences (${differences.length}):
${shown.join("\n")}`);
  }
  return parts.filter((part) => part !== "").join("\n\n");
}
function renderTestCase(test, category) {
  const head = `    <testcase${attributes({
    name: test.title_path.at(-1) ?? test.full_title,
    classname: classname(test.title_path, category),
    file: test.file,
    time: test.duration
  })}`;
  switch (test.state) {
    case "passed":
      return `${head}/>`;
    case "skipped":
      return `${head}>
      <skipped/>
    </testcase>`;
    case "failed":
      return `${head}>
      <failure${attributes({ message: test.message ?? "failed", type: "AssertionError" })}>${escapeXmlText(failureText(test, test.differences))}</failure>
    </testcase>`;
    default:
      return `${head}>
      <error${attributes({ message: test.message ?? `no known outcome (${String(test.state)})`, type: "Error" })}>${escapeXmlText(failureText(test, test.differences))}</error>
    </testcase>`;
  }
}
function renderHookFailure(hook, category) {
  const suites = hook.full_title.endsWith(hook.title) ? hook.full_title.slice(0, -hook.title.length).trim() : "";
  return `    <testcase${attributes({ name: hook.title, classname: suites || category, file: hook.file, time: 0 })}>
      <error${attributes({ message: hook.message, type: "HookFailure" })}>${escapeXmlText(failureText(hook))}</error>
    </testcase>`;
}
function renderJUnit(report2) {
  const categories = Object.keys(report2.results);
  const suites = [];
  let totalTests = 0;
  let totalErrors = 0;
  for (const category of categories) {
    const result = report2.results[category];
    const tests = report2.tests.filter((test) => categoryKey(test.category) === category);
    const hooks = report2.hook_failures.filter((hook) => categoryKey(hook.category) === category);
    totalTests += result.tests + hooks.length;
    totalErrors += result.errors + hooks.length;
    const open = `  <testsuite${attributes({
      name: category,
      tests: result.tests + hooks.length,
      failures: result.failures,
      errors: result.errors + hooks.length,
      skipped: result.skipped,
      time: result.time,
      timestamp: report2.timestamp
    })}`;
    const cases = [
      ...tests.map((test) => renderTestCase(test, category)),
      ...hooks.map((hook) => renderHookFailure(hook, category))
    ];
    suites.push(cases.length === 0 ? `${open}/>` : `${open}>
${cases.join("\n")}
  </testsuite>`);
  }
  const root = `<testsuites${attributes({
    name: `${report2.service} ${report2.old_version} -> ${report2.new_version}`,
    tests: totalTests,
    failures: report2.overall.failures,
    errors: totalErrors,
    skipped: report2.overall.skipped,
    time: report2.overall.time,
    timestamp: report2.timestamp
  })}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!-- verify-migration report. A failing after/afterEach hook is written as an extra testcase with an error,",
    "     counted in its testsuite's tests and errors; the JSON report counts it apart, in hook_failures. -->",
    root,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/markdown.ts
var MAX_FAILURES = 50;
var MAX_DIFFERENCES2 = 10;
var MAX_MESSAGE = 2e3;
var MAX_DETAILS_SIZE = 6e5;
var MAX_STACK_LINES = 15;
var CATEGORY_NAMES = {
  database_migration: "Database migration",
  api_migration: "API migration",
  functional_migration: "Functional migration",
  other: "Other (no category)"
};
function truncate(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max)}\u2026 (${text2.length - max} more characters in the report)`;
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/`/g, "&#96;");
}
function escapeMarkdown(text2) {
  const escaped = text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD").replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`).replace(
    /^(\s*)([#+=-]|\d{1,9}(?=[.)](\s|$)))/,
    (_, space, mark) => /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`
  ).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/\r\n|\r|\n/g, "<br>");
}
function preformatted(text2) {
  const clean = text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD");
  return `<pre>${escapeHtml(clean)}</pre>`;
}
function place(location, file) {
  if (location) return `${location.file}:${location.line}`;
  return file ?? "unknown file";
}
function seconds(value) {
  return `${Number(value.toFixed(3))}`;
}
function statusIcon(status) {
  return status === "passed" ? "\u2705 passed" : "\u274C failed";
}
function resultRow(name, result) {
  const cells = [
    name,
    result.tests === 0 ? "\u2796 no tests" : statusIcon(result.status),
    result.tests,
    result.passed,
    result.failures,
    result.errors,
    result.skipped,
    result.hook_failures,
    seconds(result.time)
  ];
  return `| ${cells.join(" | ")} |`;
}
function describeDifferences(differences) {
  const lines = differences.slice(0, MAX_DIFFERENCES2).map(
    (difference) => `- <code>${escapeMarkdown(difference.path)}</code> (${escapeMarkdown(difference.kind)}): ${escapeMarkdown(truncate(difference.message, 500))}`
  );
  if (differences.length > MAX_DIFFERENCES2) {
    lines.push(
      `- \u2026 and ${differences.length - MAX_DIFFERENCES2} more differences (see the JSON report)`
    );
  }
  return lines;
}
function renderFailing(item) {
  const lines = [
    `#### ${item.kind}: ${escapeMarkdown(item.title)}`,
    "",
    `at <code>${escapeMarkdown(place(item.location, item.file))}</code>`,
    "",
    preformatted(truncate(item.message, MAX_MESSAGE)),
    ""
  ];
  if (item.differences && item.differences.length > 0) {
    lines.push(
      `${item.differences.length} difference${item.differences.length === 1 ? "" : "s"}:`,
      "",
      ...describeDifferences(item.differences),
      ""
    );
  }
  if (item.stack) {
    const stackLines = item.stack.split(/\r\n|\r|\n/);
    const shown = stackLines.slice(0, MAX_STACK_LINES).join("\n");
    const rest = stackLines.length > MAX_STACK_LINES ? `
\u2026 ${stackLines.length - MAX_STACK_LINES} more lines` : "";
    lines.push(
      "<details><summary>Stack</summary>",
      "",
      preformatted(truncate(shown, MAX_MESSAGE * 2) + rest),
      "",
      "</details>",
      ""
    );
  }
  return lines;
}
function renderMarkdown(report2) {
  const passed = report2.overall.status === "passed";
  const lines = [
    `## ${passed ? "\u2705" : "\u274C"} Migration verification ${passed ? "passed" : "failed"}: ${escapeMarkdown(report2.service)} ${escapeMarkdown(report2.old_version)} \u2192 ${escapeMarkdown(report2.new_version)}`,
    ""
  ];
  if (report2.overall.reasons.length > 0) {
    lines.push(
      "The deploy gate failed because:",
      "",
      ...report2.overall.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
      ""
    );
  }
  lines.push(
    "| Category | Status | Tests | Passed | Failures | Errors | Skipped | Hook failures | Time (s) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  );
  for (const category of Object.keys(report2.results)) {
    lines.push(
      resultRow(CATEGORY_NAMES[category] ?? escapeMarkdown(category), report2.results[category])
    );
  }
  lines.push(
    resultRow("**Overall**", report2.overall).replace(
      /➖ no tests|✅ passed|❌ failed/,
      (cell) => `**${cell}**`
    ),
    ""
  );
  const failing = [
    ...report2.tests.filter((test) => test.state !== "passed" && test.state !== "skipped").map((test) => ({
      kind: test.state === "failed" ? "\u274C Failed" : "\u{1F4A5} Error",
      title: test.full_title,
      message: test.message ?? (test.state === "error" ? "error" : `no known outcome (${String(test.state)})`),
      stack: test.stack,
      location: test.location,
      file: test.file,
      differences: test.differences
    })),
    ...report2.hook_failures.map((hook) => ({
      kind: "\u{1F4A5} After hook failed",
      title: hook.full_title,
      message: hook.message,
      stack: hook.stack,
      location: hook.location,
      file: hook.file
    }))
  ];
  if (failing.length > 0) {
    lines.push("### Failures and errors", "");
    let size = lines.reduce((total, line) => total + line.length + 1, 0);
    let shown = 0;
    for (const item of failing.slice(0, MAX_FAILURES)) {
      const rendered = renderFailing(item);
      const renderedSize = rendered.reduce((total, line) => total + line.length + 1, 0);
      if (size + renderedSize > MAX_DETAILS_SIZE) break;
      lines.push(...rendered);
      size += renderedSize;
      shown += 1;
    }
    if (shown < failing.length) {
      lines.push(
        `\u2026 and ${failing.length - shown} more failing tests or hooks (see the JSON report).`,
        ""
      );
    }
  }
  const where = [
    report2.run.shard ? `shard ${report2.run.shard.index}/${report2.run.shard.total}` : void 0,
    `${report2.run.spec_files.length} spec file${report2.run.spec_files.length === 1 ? "" : "s"}`,
    report2.run.grep !== void 0 ? `grep ${escapeMarkdown(report2.run.grep)}` : void 0,
    `report ${escapeMarkdown(report2.timestamp)}`
  ].filter((part) => part !== void 0);
  lines.push(`<sub>${where.join(" \xB7 ")}</sub>`, "");
  return lines.join("\n");
}

// src/report/shape.ts
var STATUSES = ["passed", "failed"];
var STATES = ["passed", "failed", "error", "skipped"];
var ALL_CATEGORIES3 = [...CATEGORIES, "other"];
var KINDS = ["missing", "extra", "changed", "type"];
var COUNT_KEYS = ["tests", "passed", "failures", "errors", "skipped", "hook_failures"];
var GITHUB_FIELDS = Object.keys(GITHUB_RUN_FIELDS);
var Problems = class {
  list = [];
  add(path, expected, value) {
    this.list.push(`${path} should be ${expected}, found ${describe(value)}`);
  }
};
function describe(value) {
  if (value === void 0) return "nothing";
  const text2 = JSON.stringify(value) ?? String(value);
  return text2.length > 60 ? `${text2.slice(0, 60)}\u2026` : text2;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isSeconds(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}
function checkObject(problems, path, value, required, allowed) {
  if (!isObject(value)) {
    problems.add(path, "an object", value);
    return false;
  }
  for (const key of required) if (!(key in value)) problems.list.push(`${path}.${key} is missing`);
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) problems.list.push(`${path}.${key} is not a known key`);
  return true;
}
function checkString(problems, path, value, optional = false) {
  if (optional && value === void 0) return;
  if (typeof value !== "string") problems.add(path, "a string", value);
}
function checkEnum(problems, path, value, values) {
  if (typeof value !== "string" || !values.includes(value))
    problems.add(path, `one of ${values.join(", ")}`, value);
}
function checkStrings(problems, path, value) {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string"))
    problems.add(path, "a list of strings", value);
}
function checkResult(problems, path, value, overall) {
  const keys = ["status", ...COUNT_KEYS, "time", ...overall ? ["reasons"] : []];
  if (!checkObject(problems, path, value, keys, keys)) return;
  checkEnum(problems, `${path}.status`, value.status, STATUSES);
  for (const key of COUNT_KEYS)
    if (!isCount(value[key])) problems.add(`${path}.${key}`, "a whole number \u2265 0", value[key]);
  if (!isSeconds(value.time)) problems.add(`${path}.time`, "a number of seconds \u2265 0", value.time);
  if (overall) checkStrings(problems, `${path}.reasons`, value.reasons);
  const [tests, passed, failures, errors, skipped] = COUNT_KEYS.map((key) => value[key]);
  if ([tests, passed, failures, errors, skipped].every(isCount) && tests !== passed + failures + errors + skipped) {
    problems.list.push(
      `${path}: tests (${String(tests)}) is not passed + failures + errors + skipped`
    );
  }
}
function checkLocation(problems, path, value) {
  if (value === void 0) return;
  if (!checkObject(problems, path, value, ["file", "line"], ["file", "line", "column"])) return;
  checkString(problems, `${path}.file`, value.file);
  if (!isCount(value.line)) problems.add(`${path}.line`, "a whole number \u2265 0", value.line);
  if (value.column !== void 0 && !isCount(value.column))
    problems.add(`${path}.column`, "a whole number \u2265 0", value.column);
}
function checkFile(problems, path, value) {
  if (value !== null && typeof value !== "string") problems.add(path, "a string or null", value);
}
function checkTest(problems, path, value) {
  const required = ["title_path", "full_title", "file", "category", "state", "duration"];
  if (!checkObject(problems, path, value, required, [
    ...required,
    "message",
    "stack",
    "location",
    "differences"
  ]))
    return;
  checkStrings(problems, `${path}.title_path`, value.title_path);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES3);
  checkEnum(problems, `${path}.state`, value.state, STATES);
  if (!isSeconds(value.duration))
    problems.add(`${path}.duration`, "a number of seconds \u2265 0", value.duration);
  checkString(problems, `${path}.message`, value.message, true);
  checkString(problems, `${path}.stack`, value.stack, true);
  checkLocation(problems, `${path}.location`, value.location);
  if (value.differences === void 0) return;
  if (!Array.isArray(value.differences)) {
    problems.add(`${path}.differences`, "a list", value.differences);
    return;
  }
  value.differences.forEach((difference, index) => {
    const at = `${path}.differences[${index}]`;
    if (!checkObject(
      problems,
      at,
      difference,
      ["path", "kind", "message"],
      ["path", "kind", "message", "old", "new"]
    ))
      return;
    checkString(problems, `${at}.path`, difference.path);
    checkEnum(problems, `${at}.kind`, difference.kind, KINDS);
    checkString(problems, `${at}.message`, difference.message);
  });
}
function checkHook(problems, path, value) {
  const required = ["title", "full_title", "file", "category", "message"];
  if (!checkObject(problems, path, value, required, [...required, "stack", "location"])) return;
  checkString(problems, `${path}.title`, value.title);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES3);
  checkString(problems, `${path}.message`, value.message);
  checkString(problems, `${path}.stack`, value.stack, true);
  checkLocation(problems, `${path}.location`, value.location);
}
function checkRun(problems, path, value) {
  const required = ["spec_files", "runner", "exit_code", "completed", "problems"];
  if (!checkObject(problems, path, value, required, [
    ...required,
    ...GITHUB_FIELDS,
    "shard",
    "shard_plan",
    "grep",
    "duration"
  ]))
    return;
  for (const field of GITHUB_FIELDS) checkString(problems, `${path}.${field}`, value[field], true);
  checkStrings(problems, `${path}.spec_files`, value.spec_files);
  checkStrings(problems, `${path}.problems`, value.problems);
  checkString(problems, `${path}.runner`, value.runner);
  checkString(problems, `${path}.grep`, value.grep, true);
  if (value.exit_code !== null && !Number.isInteger(value.exit_code))
    problems.add(`${path}.exit_code`, "a whole number or null", value.exit_code);
  if (typeof value.completed !== "boolean")
    problems.add(`${path}.completed`, "true or false", value.completed);
  if (value.duration !== void 0 && !isSeconds(value.duration))
    problems.add(`${path}.duration`, "a number of seconds \u2265 0", value.duration);
  if (value.shard !== void 0 && checkObject(problems, `${path}.shard`, value.shard, ["index", "total"], ["index", "total"])) {
    const { index, total } = value.shard;
    if (!Number.isInteger(index) || !Number.isInteger(total) || index < 1 || index > total) {
      problems.add(`${path}.shard`, "a slice index/total with 1 \u2264 index \u2264 total", value.shard);
    }
  }
  const plan = value.shard_plan;
  if (plan !== void 0 && checkObject(problems, `${path}.shard_plan`, plan, PLAN_KEYS, PLAN_KEYS)) {
    if (!Number.isInteger(plan.files) || plan.files < 0)
      problems.add(`${path}.shard_plan.files`, "a whole number \u2265 0", plan.files);
    checkEnum(problems, `${path}.shard_plan.balanced_by`, plan.balanced_by, ["files", "durations"]);
    if (typeof plan.digest !== "string" || !/^[0-9a-f]{64}$/.test(plan.digest))
      problems.add(`${path}.shard_plan.digest`, "a SHA-256 in hex", plan.digest);
  }
}
var PLAN_KEYS = ["files", "balanced_by", "digest"];
var TOP_KEYS = [
  "schema_version",
  "timestamp",
  "service",
  "old_version",
  "new_version",
  "results",
  "overall",
  "tests",
  "hook_failures",
  "run"
];
function reportShapeProblems(value) {
  const problems = new Problems();
  if (!checkObject(problems, "report", value, TOP_KEYS, TOP_KEYS)) return problems.list;
  const major = REPORT_SCHEMA_VERSION.split(".")[0];
  if (typeof value.schema_version !== "string" || value.schema_version.split(".")[0] !== major) {
    problems.add("report.schema_version", `a ${major}.x version`, value.schema_version);
  }
  for (const key of ["timestamp", "service", "old_version", "new_version"])
    checkString(problems, `report.${key}`, value[key]);
  if (typeof value.timestamp === "string" && Number.isNaN(Date.parse(value.timestamp))) {
    problems.add("report.timestamp", "an ISO 8601 date-time", value.timestamp);
  }
  if (checkObject(problems, "report.results", value.results, CATEGORIES, ALL_CATEGORIES3)) {
    for (const [category, result] of Object.entries(value.results)) {
      if (ALL_CATEGORIES3.includes(category))
        checkResult(problems, `report.results.${category}`, result, false);
    }
  }
  checkResult(problems, "report.overall", value.overall, true);
  if (Array.isArray(value.tests))
    value.tests.forEach((test, index) => checkTest(problems, `report.tests[${index}]`, test));
  else problems.add("report.tests", "a list", value.tests);
  if (Array.isArray(value.hook_failures)) {
    value.hook_failures.forEach(
      (hook, index) => checkHook(problems, `report.hook_failures[${index}]`, hook)
    );
  } else {
    problems.add("report.hook_failures", "a list", value.hook_failures);
  }
  checkRun(problems, "report.run", value.run);
  const overall = isObject(value.overall) ? value.overall : {};
  if (Array.isArray(value.tests) && isCount(overall.tests) && overall.tests !== value.tests.length) {
    problems.list.push(
      `report.overall.tests (${String(overall.tests)}) is not the number of test records (${value.tests.length})`
    );
  }
  if (Array.isArray(value.hook_failures) && isCount(overall.hook_failures) && overall.hook_failures !== value.hook_failures.length) {
    problems.list.push(
      `report.overall.hook_failures (${String(overall.hook_failures)}) is not the number of hook failure records (${value.hook_failures.length})`
    );
  }
  return problems.list;
}

// src/report/write.ts
var MAX_PROBLEMS = 5;
function reportFilePaths(reportPath) {
  const stem = reportPath.endsWith(".json") ? reportPath.slice(0, -".json".length) : reportPath;
  return {
    json: reportPath,
    junit: `${stem}.junit.xml`,
    markdown: `${stem}.md`,
    log: `${stem}.log`
  };
}
async function writeAtomically(path, content) {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, path);
  } catch (error2) {
    await rm(temp, { force: true }).catch(() => void 0);
    throw new ReportWriteError(path, error2.message);
  }
}
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}
async function writeReportFiles(report2, reportPath) {
  const files = reportFilePaths(reportPath);
  try {
    await mkdir(dirname2(reportPath), { recursive: true }).catch((error2) => {
      throw new ReportWriteError(
        dirname2(reportPath),
        `the report's folder cannot be created: ${error2.message}`
      );
    });
    await writeAtomically(files.junit, renderJUnit(report2));
    await writeAtomically(files.markdown, renderMarkdown(report2));
    if (!await exists(files.log)) {
      await writeAtomically(
        files.log,
        `verify-migration: no test process ran (${report2.run.spec_files.length} spec files).
`
      );
    }
    await writeAtomically(files.json, `${JSON.stringify(report2, null, 2)}
`);
  } catch (error2) {
    if (error2 instanceof ReportWriteError)
      throw new ReportWriteError(error2.file, error2.reason, report2);
    throw error2;
  }
  return files;
}
async function readReport(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error2) {
    const code = error2.code;
    throw new ReportReadError(
      path,
      code === "ENOENT" ? "the file does not exist" : `the file cannot be read (${error2.message})`
    );
  }
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error2) {
    throw new ReportReadError(path, `it is not valid JSON (${error2.message})`);
  }
  const problems = reportShapeProblems(value);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS).join("; ");
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : "";
    throw new ReportReadError(path, `it is not a verification report: ${listed}${more}`);
  }
  return value;
}

// src/report/lock.ts
function startTicks(pid) {
  try {
    const stat3 = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat3.slice(stat3.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function isAlive(holder) {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error2) {
    if (error2.code !== "EPERM") return false;
  }
  const start = startTicks(holder.pid);
  return holder.start === void 0 || start === void 0 || start === holder.start;
}
async function readHolder(path) {
  try {
    const value = JSON.parse(await readFile2(path, "utf8"));
    if (typeof value.pid !== "number" || typeof value.host !== "string") return void 0;
    return { pid: value.pid, host: value.host, start: value.start, since: String(value.since) };
  } catch {
    return void 0;
  }
}
async function lockReportPath(reportPath) {
  const path = `${reportPath}.lock`;
  const me = {
    pid: process.pid,
    host: hostname(),
    start: startTicks(process.pid),
    since: (/* @__PURE__ */ new Date()).toISOString()
  };
  try {
    await mkdir2(dirname3(reportPath), { recursive: true });
  } catch (error2) {
    throw new ReportWriteError(
      dirname3(reportPath),
      `the report's folder cannot be created: ${error2.message}`
    );
  }
  let released = false;
  const lock = {
    path,
    async release() {
      if (released) return;
      released = true;
      await rm2(path, { force: true }).catch(() => void 0);
    }
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile2(path, `${JSON.stringify(me)}
`, { flag: "wx" });
      return lock;
    } catch (error2) {
      const code = error2.code;
      if (code !== "EEXIST") {
        if (code !== "ENOTDIR" && code !== "EACCES" && code !== "EROFS")
          await rm2(path, { force: true }).catch(() => void 0);
        throw new ReportWriteError(
          path,
          `the report's folder cannot be written: ${error2.message}`
        );
      }
    }
    const holder = await readHolder(path);
    if (holder === void 0 && attempt === 0) {
      await new Promise((resolve5) => setTimeout(resolve5, 200));
      continue;
    }
    if (holder && isAlive(holder)) {
      throw new ReportPathBusyError(
        reportPath,
        `process ${holder.pid} on ${holder.host}, since ${holder.since}`
      );
    }
    if (attempt >= 2)
      throw new ReportPathBusyError(reportPath, `its lock ${path} keeps coming back`);
    await rm2(path, { force: true });
  }
}
async function withReportLock(reportPath, write) {
  const lock = await lockReportPath(reportPath);
  try {
    await rm2(reportFilePaths(reportPath).log, { force: true });
    return await write();
  } finally {
    await lock.release();
  }
}

// src/core/verify.ts
import { mkdtemp, readFile as readFile5, rename as rename2, rm as rm4, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname7, join as join3, relative as relative8 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/plan/previous-report.ts
import { existsSync as existsSync3 } from "node:fs";
import { relative as relative5 } from "node:path";

// src/plan/spec-files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { createHash } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { readdir as readdir2, realpath as realpath2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, join, relative as relative4, sep as sep3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync as realpathSync2, stat, statSync as statSync2 } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname4, normalize, relative as relative3, resolve as resolve2, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative3(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath2 = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath2, true))) paths.push(relativePath2);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname4(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname4(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group: group2, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group2) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname4(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath2 = excludeFormatter(p, true);
    return relativePath2 !== "." && !partialMatcher(relativePath2) || ignore(relativePath2);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync2
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative11] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative11) : [];
}

// src/plan/spec-files.ts
async function findSpecFiles(workingDirectory, globs, input = "spec") {
  const files = await glob(globs, {
    cwd: workingDirectory,
    onlyFiles: true,
    dot: false,
    // Following linked folders could walk out of the workspace, or over the whole disk.
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**"],
    expandDirectories: false
  });
  for (const file of files) {
    if (file.includes("\uFFFD") && !existsSync2(join(workingDirectory, file))) {
      throw new InputError(
        input,
        file,
        "spec files whose names are valid UTF-8 (this name holds bytes that are not, so it cannot be opened); rename the file"
      );
    }
  }
  const found = [.../* @__PURE__ */ new Set([...files, ...await linkedSpecFiles(workingDirectory, globs)])];
  const root = await realpath2(workingDirectory);
  for (const file of found) {
    const target = await realpath2(join(workingDirectory, file)).catch(() => void 0);
    const fromRoot = target === void 0 ? void 0 : relative4(root, target);
    if (fromRoot === void 0 || fromRoot === "" || fromRoot === ".." || fromRoot.startsWith(`..${sep3}`) || isAbsolute3(fromRoot)) {
      throw new InputError(
        input,
        file,
        `spec files inside the working directory; ${file} leads through a symbolic link to ${target ?? "nothing (its target does not exist)"}, and code outside the working directory is never run`
      );
    }
  }
  return found.filter((file) => !file.startsWith("../")).sort(compareText);
}
async function linkedSpecFiles(workingDirectory, globs) {
  const matches = (0, import_picomatch2.default)(
    globs.map((pattern) => pattern.replace(/^\.\//, "")),
    { dot: false }
  );
  const links = [];
  const walk = async (folder) => {
    for (const entry of await readdir2(join(workingDirectory, folder), { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink() && matches(path)) links.push(path);
    }
  };
  await walk("");
  return links;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function shardFiles(files, shard, previousDurations) {
  const sorted = [...new Set(files)].sort(compareText);
  if (!previousDurations || previousDurations.size === 0) {
    return sorted.filter((_, position) => position % shard.total === shard.index - 1);
  }
  const known = sorted.map((file) => previousDurations.get(file)).filter((seconds3) => seconds3 !== void 0);
  const fallback = known.length > 0 ? known.reduce((sum, seconds3) => sum + seconds3, 0) / known.length : 1;
  const weighted = sorted.map((file) => ({ file, seconds: previousDurations.get(file) ?? fallback })).sort((a, b) => b.seconds - a.seconds || compareText(a.file, b.file));
  const loads = Array.from({ length: shard.total }, () => ({ seconds: 0, files: [] }));
  for (const { file, seconds: seconds3 } of weighted) {
    let target = 0;
    for (let candidate = 1; candidate < loads.length; candidate++) {
      const [a, b] = [loads[candidate], loads[target]];
      if (a.seconds < b.seconds || a.seconds === b.seconds && a.files.length < b.files.length)
        target = candidate;
    }
    loads[target].seconds += seconds3;
    loads[target].files.push(file);
  }
  return loads[shard.index - 1].files.sort(compareText);
}
function durationsByFile(tests) {
  const durations = /* @__PURE__ */ new Map();
  for (const test of tests) {
    if (test.file === null || !(test.duration >= 0)) continue;
    durations.set(test.file, (durations.get(test.file) ?? 0) + test.duration);
  }
  return durations;
}
function planShard(files, shard, previousDurations) {
  const sorted = [...new Set(files)].sort(compareText);
  const durations = previousDurations && previousDurations.size > 0 ? previousDurations : void 0;
  const used = durations ? sorted.flatMap((file) => durations.has(file) ? [[file, durations.get(file)]] : []) : [];
  const digest = createHash("sha256").update(JSON.stringify({ files: sorted, durations: used })).digest("hex");
  return {
    files: shardFiles(sorted, shard, durations),
    plan: { files: sorted.length, balanced_by: durations ? "durations" : "files", digest }
  };
}

// src/plan/previous-report.ts
async function loadPreviousDurations(input, path, workspace, logger) {
  const shown = relative5(workspace, path) || path;
  if (!existsSync3(path)) {
    logger.warning(`${input}: ${shown} does not exist; balancing shards by file count instead`);
    return void 0;
  }
  try {
    const report2 = await readReport(path);
    const durations = durationsByFile(report2.tests);
    logger.info(`Balancing shards by the durations of ${durations.size} spec file(s) in ${shown}`);
    return durations;
  } catch (error2) {
    throw new InputError(
      input,
      shown,
      `a verification-report.json written by verify-migration (${error2.message})`
    );
  }
}

// src/junit/run.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, relative as relative6, resolve as resolve4, sep as sep4 } from "node:path";

// src/junit/parse.ts
var REPEATED = /* @__PURE__ */ new Set(["testsuites", "testsuite", "testcase", "failure", "error", "skipped"]);
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Attribute values stay strings: a test named "1e3" or "true" keeps its name.
  parseAttributeValue: false,
  parseTagValue: false,
  textNodeName: "#text",
  // Tracebacks keep their indentation.
  trimValues: false,
  isArray: (name) => REPEATED.has(name)
});
function asNode(value) {
  if (typeof value === "string") return { "#text": value };
  return value !== null && typeof value === "object" ? value : {};
}
function children(node, name) {
  const value = node[name];
  return Array.isArray(value) ? value.map(asNode) : [];
}
function attribute(node, name) {
  const value = node[name];
  return typeof value === "string" ? value : void 0;
}
function text(node) {
  const value = node["#text"];
  return typeof value === "string" ? value.trim() : "";
}
function seconds2(value) {
  const number = Number((value ?? "").replace(/,/g, ""));
  return Number.isFinite(number) && number >= 0 ? number : 0;
}
function messageOf(element) {
  const message = attribute(element, "message")?.trim();
  if (message) return message;
  return text(element).split("\n").find((line) => line.trim() !== "")?.trim() ?? void 0;
}
function readCase(testcase, suites, suiteFile, pytest) {
  const failures = children(testcase, "failure");
  const errors = children(testcase, "error");
  const skipped = children(testcase, "skipped");
  const problems = [...failures, ...errors];
  const state = failures.length > 0 ? "failed" : errors.length > 0 ? "error" : skipped.length > 0 ? "skipped" : "passed";
  const lineText = attribute(testcase, "line");
  const lineNumber = lineText !== void 0 && /^\d+$/.test(lineText.trim()) ? Number(lineText) : null;
  const record = {
    name: attribute(testcase, "name") ?? "",
    classname: attribute(testcase, "classname") ?? "",
    suites,
    file: attribute(testcase, "file") ?? suiteFile,
    // pytest writes its 0-based `item.location` line; everyone else counts from 1.
    line: lineNumber === null ? null : pytest ? lineNumber + 1 : lineNumber,
    state,
    duration: seconds2(attribute(testcase, "time"))
  };
  if (state === "skipped") {
    const message = messageOf(skipped[0]);
    if (message) record.message = message;
  } else if (problems.length > 0) {
    const messages = problems.map(messageOf).filter((message) => message !== void 0);
    if (messages.length > 0) record.message = messages.join("\n");
    const stacks = problems.map(text).filter((stack) => stack !== "");
    if (stacks.length > 0) record.stack = stacks.join("\n\n");
  }
  return record;
}
function walkSuite(suite, outer, outerFile, pytest, into) {
  const name = attribute(suite, "name");
  const path = name !== void 0 && name !== "" ? [...outer, name] : outer;
  const file = attribute(suite, "file") ?? attribute(suite, "filepath") ?? outerFile;
  const isPytest = pytest || name === "pytest";
  for (const testcase of children(suite, "testcase"))
    into.push(readCase(testcase, path, file, isPytest));
  for (const nested of children(suite, "testsuite")) walkSuite(nested, path, file, isPytest, into);
  for (const group2 of children(suite, "testsuites")) walkSuite(group2, path, file, isPytest, into);
}
function parseJUnit(xml, file) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ReportReadError(
      file,
      `it is not well-formed XML (line ${line}, column ${col}: ${msg})`
    );
  }
  const document = asNode(parser.parse(xml));
  const roots = Object.keys(document).filter((key) => !key.startsWith("?") && key !== "#text");
  const root = roots[0];
  if (root !== "testsuites" && root !== "testsuite") {
    const found = root === void 0 ? "no root element" : `the root element <${root}>`;
    throw new ReportReadError(
      file,
      `it is not JUnit XML: it has ${found}, not <testsuites> or <testsuite>`
    );
  }
  const tests = [];
  for (const top of children(document, root)) {
    if (root === "testsuites") {
      for (const suite of children(top, "testsuite")) walkSuite(suite, [], null, false, tests);
      for (const testcase of children(top, "testcase"))
        tests.push(readCase(testcase, [], null, false));
    } else {
      walkSuite(top, [], null, false, tests);
    }
  }
  return { file, tests };
}

// src/run/process.ts
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { mkdir as mkdir3 } from "node:fs/promises";
import { dirname as dirname5 } from "node:path";
import { finished } from "node:stream/promises";
function listProcesses() {
  let names;
  try {
    names = readdirSync2("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return void 0;
  }
  const entries = [];
  for (const name of names) {
    try {
      const stat3 = readFileSync2(`/proc/${name}/stat`, "utf8");
      const fields = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
      if (fields[0] !== "Z")
        entries.push({ pid: Number(name), ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch {
    }
  }
  return entries;
}
function treeOf(pid) {
  const entries = listProcesses() ?? [];
  const found = new Set(
    entries.filter((entry) => entry.pgrp === pid && entry.pid !== pid).map((entry) => entry.pid)
  );
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const entry of entries) {
      if (entry.ppid === parent && !found.has(entry.pid)) {
        found.add(entry.pid);
        queue.push(entry.pid);
      }
    }
  }
  return [...found];
}
function sendKill(target) {
  try {
    process.kill(target, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}
function killProcessTree(pid) {
  if (process.platform === "win32") {
    spawn("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore", windowsHide: true }).on(
      "error",
      () => void 0
    );
    return 0;
  }
  const others = treeOf(pid);
  sendKill(-pid);
  sendKill(pid);
  return others.filter((other) => sendKill(other)).length;
}
function liveInGroup(pgrp) {
  return listProcesses()?.filter((entry) => entry.pgrp === pgrp);
}
var LEFTOVER_GRACE_MS = 250;
async function killGroupLeftovers(pid) {
  let left = liveInGroup(pid);
  for (let waited = 0; left?.length && waited < LEFTOVER_GRACE_MS; waited += 25) {
    await new Promise((resolve5) => setTimeout(resolve5, 25));
    left = liveInGroup(pid);
  }
  const names = left?.map((entry) => commandName(entry.pid));
  const signalled = sendKill(-pid);
  return names ?? signalled;
}
function commandName(pid) {
  try {
    return readFileSync2(`/proc/${pid}/comm`, "utf8").trim() || String(pid);
  } catch {
    return String(pid);
  }
}
var CLOSE_GRACE_MS = 5e3;
var createExecProcess = () => ({
  run(command, args, options) {
    return new Promise((resolve5, reject) => {
      const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: process.platform !== "win32",
        windowsHide: true
      });
      let settled = false;
      let exitCode = null;
      let graceTimer;
      let exited = false;
      const stop = () => {
        if (child.pid === void 0) return;
        if (exited) sendKill(-child.pid);
        else killProcessTree(child.pid);
      };
      const settle = (action) => {
        if (settled) return;
        settled = true;
        options.signal?.removeEventListener("abort", stop);
        if (graceTimer) clearTimeout(graceTimer);
        action();
      };
      child.stdout.on("data", options.onStdout);
      child.stderr.on("data", options.onStderr);
      if (options.signal?.aborted) stop();
      else options.signal?.addEventListener("abort", stop, { once: true });
      child.once("error", (error2) => settle(() => reject(error2)));
      let leftovers = Promise.resolve();
      child.once("exit", (code) => {
        if (settled) return;
        exited = true;
        exitCode = code;
        if (child.pid !== void 0 && process.platform !== "win32" && !options.signal?.aborted) {
          leftovers = killGroupLeftovers(child.pid).then((left) => {
            if (left === false || Array.isArray(left) && left.length === 0) return;
            const what = left === true ? "the processes" : `${left.length} process(es) (${left.join(", ")})`;
            options.onStderr(
              Buffer.from(
                `verify-migration: killed ${what} that the test process left running after it exited
`
              )
            );
          });
        }
        graceTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          void leftovers.then(() => settle(() => resolve5(exitCode)));
        }, CLOSE_GRACE_MS);
      });
      child.once("close", (code) => {
        void leftovers.then(() => settle(() => resolve5(code ?? exitCode)));
      });
    });
  }
});
function commandLine(command, args) {
  return [command, ...args].map((word) => /^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)).join(" ");
}
function lineSplitter(emit) {
  let pending = "";
  return {
    write(data) {
      const lines = (pending + data.toString("utf8")).split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const line of lines) emit(line);
    },
    flush() {
      if (pending !== "") emit(pending);
      pending = "";
    }
  };
}
async function closeStream(stream) {
  stream.end();
  await finished(stream).catch(() => void 0);
}
var STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function minutesText(seconds3) {
  const minutes = Number((seconds3 / 60).toPrecision(6));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
var STDERR_TAIL_BYTES = 4096;
async function runLoggedProcess(options) {
  const { command, args, logger } = options;
  const env = {};
  for (const [name, value] of Object.entries(options.env))
    if (value !== void 0) env[name] = value;
  const shown = commandLine(command, args);
  await mkdir3(dirname5(options.logPath), { recursive: true });
  const log2 = createWriteStream(options.logPath, { flags: "w" });
  let logError;
  log2.on("error", (error2) => {
    logError ??= error2.message;
  });
  const redact = options.redact ?? ((text2) => text2);
  const toLog = (line) => {
    log2.write(`${redact(line)}
`);
    logger.info(line);
  };
  const out = lineSplitter(toLog);
  const err = lineSplitter(toLog);
  let stderrTail = "";
  log2.write(`$ ${redact(shown)}
`);
  logger.info(`Running ${shown} in ${options.cwd}`);
  const startedAt = Date.now();
  let exitCode = null;
  let startError;
  const stopper = new AbortController();
  let stoppedBecause;
  const stop = (reason) => {
    if (stoppedBecause !== void 0) return;
    stoppedBecause = reason;
    logger.error(`Stopping the test process and every process it started: ${reason}.`);
    stopper.abort();
  };
  const limit = options.timeLimitSeconds;
  const timer = limit === void 0 ? void 0 : setTimeout(
    () => stop(
      `the time limit of ${minutesText(limit)} (${options.timeLimitName ?? "timeout-minutes"}) was reached`
    ),
    limit * 1e3
  );
  const onSignal = (signal) => stop(`verify-migration itself received ${signal} (the run was cancelled or interrupted)`);
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  try {
    exitCode = await (options.processFactory ?? createExecProcess)().run(command, args, {
      cwd: options.cwd,
      env,
      onStdout: (data) => {
        out.write(data);
      },
      onStderr: (data) => {
        err.write(data);
        stderrTail = (stderrTail + data.toString("utf8")).slice(-STDERR_TAIL_BYTES);
      },
      signal: stopper.signal
    });
  } catch (error2) {
    startError = error2 instanceof Error ? error2.message : String(error2);
  } finally {
    if (timer) clearTimeout(timer);
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
    out.flush();
    err.flush();
  }
  const duration = (Date.now() - startedAt) / 1e3;
  if (stoppedBecause !== void 0) log2.write(`stopped: ${stoppedBecause}
`);
  log2.write(
    startError ? `could not start ${command}: ${startError}
` : `exit code: ${exitCode ?? "none (killed)"}
`
  );
  await closeStream(log2);
  if (logError !== void 0)
    logger.warning(`Could not write the log ${options.logPath}: ${logError}`);
  return { exitCode, startError, duration, stderrTail, startedAt, stoppedBecause };
}

// src/junit/run.ts
var MTIME_SLACK_MS = 2e3;
function checkGlobs(globs) {
  if (globs.length === 0)
    throw new InputError(
      "junit-path",
      "",
      "at least one glob of the JUnit XML files, e.g. junit.xml"
    );
  for (const pattern of globs) {
    if (pattern.trim() === "" || isAbsolute4(pattern) || pattern.split(/[\\/]/).includes("..")) {
      throw new InputError(
        "junit-path",
        pattern,
        "a glob relative to the working directory, without '..', e.g. reports/*.xml"
      );
    }
  }
}
async function findXml(workingDirectory, globs) {
  const files = await glob([...globs], {
    cwd: workingDirectory,
    absolute: true,
    onlyFiles: true,
    dot: true
  });
  return files.sort();
}
async function mtimes(files) {
  const times = /* @__PURE__ */ new Map();
  for (const file of files) {
    const info2 = await stat2(file).catch(() => void 0);
    if (info2) times.set(file, info2.mtimeMs);
  }
  return times;
}
function relativePath(workingDirectory, file) {
  const path = relative6(workingDirectory, resolve4(workingDirectory, file));
  return path === "" || path.startsWith("..") || isAbsolute4(path) ? resolve4(workingDirectory, file) : path.split(sep4).join("/");
}
function titlePath(test) {
  if (test.classname === "" || test.name.includes(test.classname)) return [test.name];
  return [test.classname, test.name];
}
function toRecord(test, workingDirectory, rules) {
  const title_path = titlePath(test);
  const file = test.file === null ? null : relativePath(workingDirectory, test.file);
  const record = {
    title_path,
    full_title: title_path.join(" "),
    file,
    category: junitCategory({ ...test, file }, rules),
    state: test.state,
    duration: test.duration
  };
  if (test.message !== void 0 && (test.state === "failed" || test.state === "error"))
    record.message = test.message;
  if (test.stack !== void 0) record.stack = test.stack;
  if ((test.state === "failed" || test.state === "error") && file !== null && test.line !== null) {
    record.location = { file, line: test.line };
  }
  return record;
}
async function runCommandSuites(options) {
  const { workingDirectory, command, args, logger } = options;
  checkGlobs(options.junitGlobs);
  const rules = options.categoryMapping ?? [];
  const problems = [];
  const globsText = options.junitGlobs.map((pattern) => JSON.stringify(pattern)).join(", ");
  const shown = commandLine(command, args);
  const before = await mtimes(await findXml(workingDirectory, options.junitGlobs));
  const {
    exitCode,
    startError,
    duration,
    startedAt: started,
    stoppedBecause
  } = await runLoggedProcess({
    command,
    args,
    cwd: workingDirectory,
    env: { ...options.baseEnv ?? process.env, ...options.env },
    logPath: options.logPath,
    logger,
    processFactory: options.processFactory,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact
  });
  if (startError !== void 0) {
    problems.push(`the command ${shown} could not be started: ${startError}`);
    logger.error(problems[problems.length - 1]);
    return {
      completed: false,
      exit_code: null,
      signal: null,
      tests: [],
      hook_failures: [],
      problems,
      duration
    };
  }
  if (stoppedBecause !== void 0)
    problems.push(
      `${stoppedBecause}: the command ${shown} and every process it started were killed`
    );
  else if (exitCode === null)
    problems.push(`the command ${shown} was killed by a signal before it exited`);
  const files = await findXml(workingDirectory, options.junitGlobs);
  const after = await mtimes(files);
  const tests = [];
  let freshFiles = 0;
  let broken = 0;
  for (const file of files) {
    const name = relativePath(workingDirectory, file);
    const mtime = after.get(file);
    if (mtime === void 0) continue;
    const unchanged = before.get(file) === mtime;
    if (unchanged || mtime < started - MTIME_SLACK_MS) {
      problems.push(
        `${name} was written before the command started (modified ${new Date(mtime).toISOString()}, command started ${new Date(started).toISOString()}): it is left over from an earlier run and is not counted; make the command write it, or remove it before the run`
      );
      continue;
    }
    freshFiles += 1;
    let suite;
    try {
      suite = parseJUnit(await readFile3(file, "utf8"), name);
    } catch (error2) {
      broken += 1;
      problems.push(
        error2 instanceof ReportReadError ? error2.message : `Cannot read ${name}: ${error2 instanceof Error ? error2.message : String(error2)}`
      );
      continue;
    }
    if (suite.tests.length === 0) {
      problems.push(
        `${name} holds no tests (no <testcase> elements): nothing in it can pass the gate`
      );
      continue;
    }
    for (const test of suite.tests) tests.push(toRecord(test, workingDirectory, rules));
  }
  const code = exitCode === null ? "no exit code" : `exit code ${exitCode}`;
  if (files.length === 0) {
    problems.push(
      exitCode !== 0 ? `the command ${shown} failed (${code}) and wrote no JUnit XML matching ${globsText}` : `the command ${shown} succeeded but wrote no JUnit XML matching ${globsText}: tell the runner to write it there (pytest --junitxml=junit.xml, jest with jest-junit, go test with go-junit-report or gotestsum --junitfile)`
    );
  } else if (freshFiles === 0) {
    problems.push(
      `the command ${shown} (${code}) wrote no new JUnit XML matching ${globsText}; only old files were found`
    );
  }
  const failing = tests.filter((test) => test.state === "failed" || test.state === "error").length;
  if (exitCode !== null && freshFiles > 0 && broken === 0 && tests.length > 0) {
    if (exitCode !== 0 && failing === 0) {
      problems.push(
        `the command ${shown} exited with code ${exitCode} but its JUnit XML reports no failures or errors: the exit code and the XML disagree, so something failed outside the tests the XML lists (a collection error, a crash, a step after the tests); see the log`
      );
    } else if (exitCode === 0 && failing > 0) {
      problems.push(
        `the command ${shown} exited with code 0 but its JUnit XML reports ${failing} failed or errored test(s): the exit code and the XML disagree (does the command hide the runner's exit code?)`
      );
    }
  }
  for (const problem of problems) logger.error(problem);
  return {
    completed: exitCode !== null && freshFiles > 0,
    exit_code: exitCode,
    signal: null,
    tests,
    hook_failures: [],
    problems,
    duration
  };
}

// src/run/mocha.ts
import { accessSync, constants, readFileSync as readFileSync3 } from "node:fs";
import { readFile as readFile4, rm as rm3 } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { delimiter, dirname as dirname6, join as join2 } from "node:path";

// src/reporter/records.ts
var RECORDS_ENV = "VERIFY_MIGRATION_RECORDS";

// src/run/outcome.ts
import { isAbsolute as isAbsolute5, relative as relative7, sep as sep5 } from "node:path";
function parseRecords(text2, source) {
  const records = [];
  const problems = [];
  const lines = text2.split("\n");
  const last = lines.pop() ?? "";
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      const record = JSON.parse(line);
      if (!record || typeof record !== "object" || typeof record.type !== "string")
        throw new Error("not a record");
      records.push(record);
    } catch {
      problems.push(
        `the reporter's stream ${source} is corrupted at line ${index + 1}: ${JSON.stringify(line.slice(0, 80))}`
      );
    }
  });
  if (last.trim() !== "")
    problems.push(
      `the reporter's stream ${source} ends in a truncated record: ${JSON.stringify(last.slice(0, 80))}`
    );
  return { records, problems };
}
function stateOf(error2) {
  return error2.name === "AssertionError" || error2.code === "ERR_ASSERTION" ? "failed" : "error";
}
function locate(stack, workingDirectory) {
  for (const line of (stack ?? "").split("\n")) {
    const match = /(?:\(|at |^)((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (!match) continue;
    let file = match[1];
    if (file.startsWith("file://")) file = decodeURIComponent(new URL(file).pathname);
    const path = relative7(workingDirectory, file);
    if (path === "" || path.startsWith("..") || isAbsolute5(path) || path.split(sep5).includes("node_modules"))
      continue;
    return { file: path.split(sep5).join("/"), line: Number(match[2]), column: Number(match[3]) };
  }
  return void 0;
}
function fullTitleOf(titlePath2) {
  return titlePath2.join(" ");
}
function describeTest(test) {
  return `${JSON.stringify(fullTitleOf(test.title_path))}${test.file ? ` in ${test.file}` : ""}`;
}
function describeHook(hook) {
  const suite = fullTitleOf(hook.title_path.slice(0, -1));
  return `the ${hook.title}${suite ? ` of ${JSON.stringify(suite)}` : " at the root"}` + (hook.file ? ` in ${hook.file}` : "");
}
function stderrExcerpt(stderr) {
  const lines = stderr.trim().split("\n").slice(-15).join("\n").trim();
  return lines === "" ? "(nothing on stderr)" : lines.slice(-1500);
}
function exitDescription(end) {
  return end.exitCode === null ? "killed by a signal" : `exit code ${end.exitCode}`;
}
function loadExitDescription(end) {
  if (end.exitCode === 13)
    return "exit code 13, node's 'unsettled top-level await': a spec file awaits a promise that can never settle";
  return exitDescription(end);
}
function buildOutcome(parsed, end, context) {
  const problems = [...parsed.problems];
  const { records } = parsed;
  const start = records.find((record) => record.type === "start");
  const ended = records.some((record) => record.type === "end");
  if (end.startError !== void 0)
    problems.push(`the test process could not be started: ${end.startError}`);
  if (!start) {
    problems.push(
      end.stoppedBecause !== void 0 ? `${end.stoppedBecause} before mocha started the run: the test process and every process it started were killed` : `mocha did not start the run (${loadExitDescription(end)}): a spec file failed to load or mocha could not start:
${stderrExcerpt(end.stderrTail)}`
    );
    return {
      completed: false,
      exit_code: end.exitCode,
      tests: [],
      hook_failures: [],
      problems,
      duration: end.duration
    };
  }
  const collected = new Map(start.tests.map((test) => [test.id, test]));
  const results = /* @__PURE__ */ new Map();
  const hookFailures = [];
  let lastStarted;
  let openHook;
  for (const record of records) {
    if (record.type !== "hook-begin") openHook = void 0;
    switch (record.type) {
      case "hook-begin": {
        const { type: _type, ...place2 } = record;
        openHook = place2;
        break;
      }
      case "test-begin":
        lastStarted = record.id;
        break;
      case "pass":
        if (!results.has(record.id))
          results.set(record.id, { state: "passed", duration: record.duration });
        break;
      case "pending":
        if (!results.has(record.id)) results.set(record.id, { state: "skipped", duration: 0 });
        break;
      case "fail":
        results.set(record.id, {
          state: stateOf(record.error),
          duration: record.duration,
          error: record.error
        });
        break;
      case "hook-fail":
        hookFailures.push(record);
        break;
      case "uncaught":
        problems.push(
          `an error was not caught by any test (${record.title}): ${record.error.message}`
        );
        break;
    }
  }
  const cutInHook = ended ? void 0 : openHook;
  if (cutInHook) {
    const message = end.stoppedBecause !== void 0 ? `still running when ${end.stoppedBecause}: the test process was killed` : `the test process ended while this hook ran (${exitDescription(end)})`;
    hookFailures.push({ type: "hook-fail", ...cutInHook, error: { message } });
  }
  const blockingHooks = /* @__PURE__ */ new Set();
  const tests = start.tests.map((test) => {
    const base = {
      title_path: test.title_path,
      full_title: fullTitleOf(test.title_path),
      file: test.file,
      category: test.category
    };
    const result = results.get(test.id);
    if (result) {
      const record = { ...base, state: result.state, duration: result.duration / 1e3 };
      if (result.error) {
        record.message = result.error.message;
        if (result.error.stack) record.stack = result.error.stack;
        const location = locate(result.error.stack, context.workingDirectory);
        if (location) record.location = location;
        if (result.error.differences) record.differences = result.error.differences;
      }
      return record;
    }
    const hook = [...hookFailures].reverse().find((failure) => test.suite_ids.includes(failure.suite_id));
    if (hook) {
      blockingHooks.add(hook);
      const record = {
        ...base,
        state: "error",
        duration: 0,
        message: `${hook.title} failed: ${hook.error.message}`
      };
      if (hook.error.stack) record.stack = hook.error.stack;
      const location = locate(hook.error.stack, context.workingDirectory);
      if (location) record.location = location;
      return record;
    }
    if (test.pending && ended) return { ...base, state: "skipped", duration: 0 };
    let message = ended ? "did not run, and mocha gave no reason" : "did not run: the test process ended before reaching it";
    if (end.stoppedBecause !== void 0 && !ended) {
      message = test.id === lastStarted ? `still running when ${end.stoppedBecause}: the test process was killed` : `did not run: ${end.stoppedBecause} first and the test process was killed`;
    }
    return { ...base, state: "error", duration: 0, message };
  });
  const hook_failures = hookFailures.filter((hook) => hook.hook.startsWith("after") || !blockingHooks.has(hook)).map((hook) => {
    const failure = {
      title: hook.title,
      full_title: fullTitleOf(hook.title_path),
      file: hook.file,
      category: hook.category,
      message: hook.error.message
    };
    if (hook.error.stack) failure.stack = hook.error.stack;
    const location = locate(hook.error.stack, context.workingDirectory);
    if (location) failure.location = location;
    return failure;
  });
  const reported = tests.filter((_, index) => results.has(start.tests[index].id)).length;
  if (end.stoppedBecause !== void 0) {
    const last = lastStarted === void 0 || ended || results.has(lastStarted) ? void 0 : collected.get(lastStarted);
    problems.push(
      `${end.stoppedBecause}: the test process and every process it started were killed ` + (ended ? "after the run had finished (something the suites started kept mocha from exiting)" : `after ${reported} of ${tests.length} tests` + (cutInHook ? `; still running: ${describeHook(cutInHook)}` : last ? `; still running: ${describeTest(last)}` : ""))
    );
  } else if (!ended) {
    const last = lastStarted === void 0 ? void 0 : collected.get(lastStarted);
    problems.push(
      `the test process exited before the run finished (${exitDescription(end)}) after ${reported} of ${tests.length} tests` + (cutInHook ? `; it was running ${describeHook(cutInHook)}` : last ? `; last test started: ${describeTest(last)}` : "") + " (a process.exit() in a test or hook, a crash, or a kill)"
    );
  } else if (end.exitCode === null) {
    problems.push("the test process was killed by a signal after the run finished");
  } else {
    const failing = tests.filter((test) => test.state === "failed" || test.state === "error").length + hook_failures.length;
    if (end.exitCode !== 0 && failing === 0) {
      problems.push(
        `mocha exited with code ${end.exitCode} although no test or hook failed:
${stderrExcerpt(end.stderrTail)}`
      );
    }
  }
  if (start.total !== tests.length) {
    problems.push(`mocha counted ${start.total} tests but the reporter collected ${tests.length}`);
  }
  const planned = new Set(context.plannedFiles);
  const unplanned = [
    ...new Set(
      tests.map((test) => test.file).filter((file) => file !== null && !planned.has(file))
    )
  ];
  if (unplanned.length > 0) {
    problems.push(
      `mocha also ran spec files that were not planned (${unplanned.slice(0, 5).join(", ")}${unplanned.length > 5 ? ", ..." : ""}): remove 'spec' from the working directory's .mocharc (the action passes the files itself) or widen the spec input`
    );
  }
  return {
    completed: ended && end.exitCode !== null && end.startError === void 0,
    exit_code: end.exitCode,
    tests,
    hook_failures,
    problems,
    duration: end.duration
  };
}

// src/run/mocha.ts
function projectMocha(workingDirectory) {
  try {
    const manifestPath = createRequire2(join2(workingDirectory, "package.json")).resolve(
      "mocha/package.json"
    );
    const manifest = JSON.parse(readFileSync3(manifestPath, "utf8"));
    const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.mocha ?? "bin/mocha.js";
    return { bin: join2(dirname6(manifestPath), bin), version: manifest.version };
  } catch {
    return void 0;
  }
}
function findNode(env) {
  for (const folder of (env.PATH ?? "").split(delimiter)) {
    if (!folder || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(folder)) continue;
    const candidate = join2(folder, "node");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return process.execPath;
}
async function runMochaSuites(options) {
  const { workingDirectory, logger } = options;
  const own = projectMocha(workingDirectory);
  const grep = options.grep ? ["--grep", options.grep] : [];
  const args = own ? [
    own.bin,
    "--reporter",
    options.reporterPath,
    "--no-parallel",
    "--forbid-only",
    ...grep,
    "--",
    ...options.files
  ] : [
    options.bundledRunnerPath,
    "--reporter",
    options.reporterPath,
    ...grep,
    "--",
    ...options.files
  ];
  logger.info(
    own ? `Using the working directory's mocha ${own.version}` : "No mocha in the working directory: using the bundled mocha"
  );
  await rm3(options.recordsPath, { force: true });
  const end = await runLoggedProcess({
    command: findNode(options.env),
    args,
    cwd: workingDirectory,
    env: { ...options.env, [RECORDS_ENV]: options.recordsPath },
    logPath: options.logPath,
    logger,
    processFactory: options.processFactory,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact
  });
  let text2 = "";
  const parsedProblems = [];
  try {
    text2 = await readFile4(options.recordsPath, "utf8");
  } catch (error2) {
    if (error2.code !== "ENOENT") {
      parsedProblems.push(`the reporter's stream cannot be read: ${error2.message}`);
    }
  }
  const parsed = parseRecords(text2, "of test events");
  parsed.problems.unshift(...parsedProblems);
  return buildOutcome(parsed, end, { workingDirectory, plannedFiles: options.files });
}

// src/core/secrets.ts
var URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;
var KEY_VALUE_PASSWORD = /\b(?:password|passwd|pwd)=([^\s;&'"]+)/gi;
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|_PASS|_PWD|CREDENTIALS?|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)$/i;
var MIN_SECRET_LENGTH = 8;
function secretsFromEnv(env) {
  const secrets = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (SECRET_NAME.test(name) && value.trim().length >= MIN_SECRET_LENGTH)
      secrets.add(value.trim());
    for (const secret of secretsInText(value)) secrets.add(secret);
  }
  return [...secrets];
}
function secretsInText(text2) {
  const secrets = /* @__PURE__ */ new Set();
  for (const pattern of [URL_WITH_PASSWORD, KEY_VALUE_PASSWORD]) {
    for (const match of text2.matchAll(pattern)) {
      secrets.add(match[1]);
      try {
        secrets.add(decodeURIComponent(match[1]));
      } catch {
      }
    }
  }
  return [...secrets].filter((secret) => secret.length >= 3);
}
function redactor(secrets) {
  const sorted = [...new Set(secrets)].filter((secret) => secret !== "").sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text2) => text2;
  return (text2) => sorted.reduce((result, secret) => result.split(secret).join("***"), text2);
}
function redactingLogger(logger, redact) {
  return {
    info: (message) => logger.info(redact(message)),
    warning: (message) => logger.warning(redact(message)),
    error: (message) => logger.error(redact(message)),
    group: (name, fn) => logger.group(redact(name), fn)
  };
}
function redactDeep(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)])
    );
  }
  return value;
}

// src/core/verify.ts
function runMetadata(env) {
  const entries = Object.entries(GITHUB_RUN_FIELDS).map(([field, variable]) => [
    field,
    env[variable]
  ]);
  return Object.fromEntries(entries);
}
async function redactFile(path, redact) {
  const text2 = await readFile5(path, "utf8").catch(() => void 0);
  if (text2 === void 0 || redact(text2) === text2) return;
  await writeFile3(`${path}.redacting`, redact(text2));
  await rename2(`${path}.redacting`, path);
}
function timeLimitSeconds(settings) {
  return settings.timeoutMinutes === void 0 ? void 0 : settings.timeoutMinutes * 60;
}
function notRunOutcome(problem) {
  return {
    completed: true,
    exit_code: 0,
    tests: [],
    hook_failures: [],
    problems: problem ? [problem] : [],
    duration: 0
  };
}
async function verify(settings, deps) {
  return withReportLock(settings.reportPath, () => verifyLocked(settings, deps));
}
async function verifyLocked(settings, deps) {
  const env = deps.env ?? process.env;
  const distDirectory = deps.distDirectory ?? dirname7(fileURLToPath2(import.meta.url));
  const files = reportFilePaths(settings.reportPath);
  const redact = redactor([
    ...secretsFromEnv(env),
    // A command may name a database URL itself: its password is as secret as one in a variable.
    ...secretsInText(
      [settings.commandRunner?.command ?? "", ...settings.commandRunner?.args ?? []].join(" ")
    ),
    ...deps.secrets ?? []
  ]);
  const logger = redactingLogger(deps.logger, redact);
  const report2 = async (outcome2, specFiles2, runner, shardPlan) => {
    await redactFile(files.log, redact);
    const built = buildReport({
      settings,
      outcome: redactDeep(outcome2, redact),
      run: {
        ...runMetadata(env),
        shard: settings.shard,
        shard_plan: shardPlan,
        spec_files: specFiles2,
        grep: settings.grep,
        runner
      }
    });
    const written = await writeReportFiles(built, settings.reportPath);
    logger.info(`Report written to ${relative8(settings.workspace, written.json)}`);
    return { report: built, files: written };
  };
  if (settings.commandRunner) {
    if (settings.shard) {
      throw new InputError(
        "shard",
        `${settings.shard.index}/${settings.shard.total}`,
        "nothing when a command runs the suites: split them in the command's own way instead"
      );
    }
    const runner = settings.commandRunner;
    const outcome2 = await logger.group(
      `Running ${runner.command} and reading its JUnit XML`,
      () => runCommandSuites({
        workingDirectory: settings.workingDirectory,
        command: runner.command,
        args: runner.args,
        junitGlobs: runner.junitGlobs,
        baseEnv: env,
        env: { OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
        logPath: files.log,
        logger,
        categoryMapping: runner.categoryMapping,
        timeLimitSeconds: timeLimitSeconds(settings),
        redact
      })
    );
    const specFiles2 = [
      ...new Set(
        outcome2.tests.map((test) => test.file).filter((file) => file !== null)
      )
    ].sort();
    return report2(outcome2, specFiles2, runner.command);
  }
  const allFiles = await findSpecFiles(settings.workingDirectory, settings.spec);
  if (settings.previousReport && !settings.shard)
    logger.warning("previous-report is used only with shard; ignoring it");
  const planned = settings.shard && planShard(
    allFiles,
    settings.shard,
    settings.previousReport ? await loadPreviousDurations(
      "previous-report",
      settings.previousReport,
      settings.workspace,
      logger
    ) : void 0
  );
  const specFiles = planned ? planned.files : allFiles;
  const where = relative8(settings.workspace, settings.workingDirectory) || ".";
  logger.info(
    `Found ${allFiles.length} spec file(s) in ${where} for ${settings.spec.join(", ")}` + (settings.shard ? `; shard ${settings.shard.index}/${settings.shard.total} runs ${specFiles.length}` : "")
  );
  let outcome;
  if (specFiles.length === 0) {
    const noFiles = settings.shard && allFiles.length > 0 ? `shard ${settings.shard.index}/${settings.shard.total} has no spec files: there are ${allFiles.length} in all, so use at most ${allFiles.length} shards` : `no spec files match ${settings.spec.map((glob2) => JSON.stringify(glob2)).join(", ")} in ${where}`;
    outcome = notRunOutcome(settings.allowEmpty ? void 0 : noFiles);
    if (!settings.allowEmpty) logger.error(noFiles);
  } else {
    const temp = await mkdtemp(
      join3(deps.tempDirectory ?? env.RUNNER_TEMP ?? tmpdir(), "verify-migration-")
    );
    try {
      outcome = await logger.group(
        `Running ${specFiles.length} spec file(s) with mocha`,
        () => runMochaSuites({
          workingDirectory: settings.workingDirectory,
          files: specFiles,
          grep: settings.grep,
          env: { ...env, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
          reporterPath: join3(distDirectory, "reporter.cjs"),
          bundledRunnerPath: join3(distDirectory, "mocha-runner.js"),
          recordsPath: join3(temp, "records.jsonl"),
          logPath: files.log,
          logger,
          timeLimitSeconds: timeLimitSeconds(settings),
          redact
        })
      );
    } finally {
      await rm4(temp, { recursive: true, force: true }).catch(
        (error2) => logger.warning(`Could not remove ${temp}: ${error2.message}`)
      );
    }
  }
  return report2(outcome, specFiles, "mocha", planned ? planned.plan : void 0);
}

// src/core/merge.ts
async function readShardReport(source, path, shard) {
  try {
    return { source, shard, report: await readReport(path) };
  } catch (error2) {
    return { source, shard, unreadable: error2.message };
  }
}
async function mergeVerification(settings, found, deps) {
  const { outcome, specFiles } = mergeShards(found, {
    service: settings.service,
    oldVersion: settings.oldVersion,
    newVersion: settings.newVersion
  });
  deps.logger.info(
    `Merging ${found.length} shard report(s): ${found.map((item) => item.source).join(", ") || "none"}`
  );
  for (const problem of outcome.problems) deps.logger.error(problem);
  const report2 = buildReport({
    settings,
    outcome,
    run: { ...runMetadata(deps.env ?? process.env), spec_files: specFiles, runner: "merge" }
  });
  const files = await withReportLock(
    settings.reportPath,
    () => writeReportFiles(report2, settings.reportPath)
  );
  deps.logger.info(`Merged report written to ${relative9(settings.workspace, files.json)}`);
  return { report: report2, files };
}

// src/main.ts
var actionLogger = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  error: (message) => error(message),
  group: (name, fn) => group(name, fn)
};
function artifactStoreFor(deps) {
  if (deps.artifactStore) return deps.artifactStore;
  return isArtifactServiceAvailable(process.env) ? createArtifactStore(actionLogger) : void 0;
}
async function mergeFromArtifacts(inputs, store) {
  const temp = await mkdtemp2(join4(process.env.RUNNER_TEMP ?? tmpdir2(), "verify-migration-merge-"));
  try {
    const found = [];
    let artifacts = [];
    try {
      artifacts = (await store.list(inputs.artifactTimeoutSeconds)).filter(
        (artifact) => shardFromArtifactName(inputs.artifactName, artifact.name)
      );
    } catch (error2) {
      found.push({
        source: "this run's artifact list",
        unreadable: `listing the artifacts failed: ${error2.message}`
      });
    }
    for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
      const shard = shardFromArtifactName(inputs.artifactName, artifact.name);
      try {
        const folder = await store.download(
          artifact.id,
          join4(temp, String(artifact.id)),
          inputs.artifactTimeoutSeconds
        );
        const reports = (await readdir3(folder)).filter((name) => name.endsWith(".json"));
        if (reports.length !== 1) {
          found.push({
            source: artifact.name,
            shard,
            unreadable: `it holds ${reports.length} JSON reports, expected exactly one`
          });
          continue;
        }
        found.push(await readShardReport(artifact.name, join4(folder, reports[0]), shard));
      } catch (error2) {
        found.push({
          source: artifact.name,
          shard,
          unreadable: `download failed: ${error2.message}`
        });
      }
    }
    return await mergeVerification(inputs.settings, found, { logger: actionLogger });
  } finally {
    await rm5(temp, { recursive: true, force: true }).catch(
      (error2) => warning(`Could not remove ${temp}: ${error2.message}`)
    );
  }
}
async function run(deps = {}) {
  try {
    for (const secret of secretsFromEnv(process.env)) setSecret(secret);
    const inputs = getInputs();
    const { settings } = inputs;
    const store = artifactStoreFor(deps);
    let result;
    if (inputs.mode === "merge") {
      if (!store)
        throw new Error(
          "mode 'merge' downloads the shard reports of this workflow run, so it needs GitHub Actions' artifact service (ACTIONS_RUNTIME_TOKEN); outside GitHub Actions use the CLI's --mode merge with --shard-report files."
        );
      result = await mergeFromArtifacts(inputs, store);
    } else {
      result = await verify(settings, { logger: actionLogger });
    }
    const { report: report2, files } = result;
    await writeJobSummary(await readFile6(files.markdown, "utf8"));
    annotate(report2, settings.workingDirectory, settings.workspace);
    const artifactName = settings.shard ? shardArtifactName(inputs.artifactName, settings.shard) : inputs.artifactName;
    let artifact;
    let uploadFailure;
    if (!inputs.uploadArtifact) {
      info("upload-artifact is false: the report stays in the workspace only.");
    } else if (!store) {
      notice(
        "Not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the report was not uploaded as an artifact."
      );
    } else {
      try {
        artifact = await store.upload(
          artifactName,
          [files.json, files.junit, files.markdown, files.log],
          dirname8(files.json),
          inputs.retentionDays,
          inputs.artifactTimeoutSeconds
        );
        info(`Uploaded artifact ${artifactName} (id ${artifact.id}).`);
      } catch (error2) {
        const cause = error2 instanceof ArtifactUploadError && error2.cause instanceof Error ? error2.cause : error2;
        uploadFailure = `The report could not be uploaded as artifact '${artifactName}': ${cause.message}. The gate's result (${report2.overall.status}) stands; the report is at ${relative10(settings.workspace, files.json)} and in the job summary.`;
      }
    }
    setOutputs(report2, files, settings.workspace, artifact);
    if (report2.overall.status === "failed") {
      const message = `Migration verification failed: ${report2.overall.reasons.join(" ")}`;
      if (inputs.failOnFailure) setFailed(message);
      else warning(`${message} (fail-on-failure is false, so the step passes)`);
    } else {
      info(`Migration verification passed: ${report2.overall.tests} tests.`);
    }
    if (uploadFailure) setFailed(uploadFailure);
  } catch (error2) {
    if (error2 instanceof ReportWriteError && error2.report) {
      const { report: report2 } = error2;
      try {
        setOutputs(report2, void 0, "");
        await writeJobSummary(
          `> **The report could not be written:** ${escapeMarkdown(error2.message)}

${renderMarkdown(report2)}`
        );
      } catch (publishError) {
        warning(
          `Could not publish the unwritten report's summary: ${publishError.message}`
        );
      }
    }
    setOutput("status" /* Status */, "failed");
    setOutput("passed" /* Passed */, "false");
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}

// src/index.ts
await run();
process.exit();
