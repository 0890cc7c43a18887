import { createRequire as __vmCreateRequire } from 'node:module';
const require = __vmCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM,
  core_exports,
  endGroup,
  getInput,
  getMultilineInput,
  notice,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary
} from "./chunks/chunk-5GDJWS6I.js";

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
    var constants5 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants5.globChars(opts.windows);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
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
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
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
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
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
      } = constants5.globChars(opts.windows);
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
    var constants5 = require_constants();
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
    picomatch3.constants = constants5;
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

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text2 } = this;
        if (text2.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text2);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes: attributes2 } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes2[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes2 = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes2[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes2[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/main.ts
import { mkdtemp as mkdtemp2, readdir as readdir3, rm as rm7 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname9, join as join8, relative as relative14 } from "node:path";

// src/common/errors.ts
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
var BaselineError = class extends InputError {
  constructor(input, file, line, reason) {
    super(input, file, "a baseline file of accepted differences");
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.message = `Input '${input}': the baseline ${file}${line > 0 ? `, line ${line}` : ""}, cannot be used: ${reason}.`;
  }
  file;
  line;
  reason;
  name = "BaselineError";
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

// src/inputs/validate.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";

// src/common/paths.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function realPathOf(path) {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return resolve(realpathSync(existing), relative(existing, path));
}
function isInside(root, path) {
  const fromRoot = relative(root, path);
  return fromRoot === "" || !fromRoot.startsWith(`..${sep}`) && fromRoot !== ".." && !isAbsolute(fromRoot);
}
function realPathOutside(path, workspace) {
  const real = realPathOf(path);
  return isInside(workspace, path) && isInside(realPathOf(workspace), real) ? void 0 : real;
}

// src/common/records.ts
var CATEGORIES = ["database_migration", "api_migration", "functional_migration"];
var ALL_CATEGORIES = [...CATEGORIES, "other"];

// src/inputs/category-mapping.ts
var ALIASES = {
  database: "database_migration",
  api: "api_migration",
  functional: "functional_migration"
};
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
    } catch (error) {
      throw new InputError(
        input,
        line,
        `a valid regular expression before the '=' (${error.message})`
      );
    }
    rules.push({ source, pattern, category });
  }
  return rules;
}

// src/inputs/command.ts
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

// src/common/traffic.ts
import { readFileSync } from "node:fs";

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
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : "";
  const inner = quote ? value.slice(1, -1) : value;
  return inner === "" ? value : `${quote}${MASK}${quote}`;
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
var PASSWORD_EQUALS_VALUE = /\b(?:password|passwd|pwd)=("[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'|[^\s;&'"]+)/gi;
function unquoted(value) {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
function secretsInText(text2) {
  const secrets = /* @__PURE__ */ new Set();
  const found = [
    ...[...text2.matchAll(URL_CREDENTIALS)].map((match) => match[2]),
    ...[...text2.matchAll(PASSWORD_EQUALS_VALUE)].map((match) => unquoted(match[1]))
  ];
  for (const secret of found) {
    secrets.add(secret);
    try {
      secrets.add(decodeURIComponent(secret));
    } catch {
    }
  }
  return [...secrets].filter((secret) => secret.length >= 3 && secret !== MASK);
}
function redactor(secrets) {
  const sorted = [...new Set(secrets)].filter((secret) => secret !== "").sort((a, b) => b.length - a.length);
  return (text2) => maskCredentials(sorted.reduce((result, secret) => result.split(secret).join(MASK), text2));
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

// src/common/traffic.ts
var TrafficError = class extends Error {
  /** The 1-based line at fault, when there is one. */
  line;
  constructor(message, line) {
    super(message);
    this.name = "TrafficError";
    this.line = line;
  }
};
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
      text2 = readFileSync(source, "utf8");
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

// src/inputs/validate.ts
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
  const number2 = Number(text2);
  if (!/^\d+$/.test(text2) || number2 < min || number2 > max) {
    throw new InputError(input, value, `a whole number from ${min} to ${max}`);
  }
  return number2;
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
  } catch (error) {
    throw new InputError(input, text2, `a valid regular expression (${error.message})`);
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
    if (CONTROL_CHARACTERS.test(glob2) || isAbsolute2(glob2) || glob2.split(/[\\/]/).includes("..")) {
      throw new InputError(
        input,
        glob2,
        'globs relative to working-directory, without ".." or an absolute path'
      );
    }
  }
  return globs;
}
function resolveInside(input, value, base, workspace) {
  const text2 = value.trim();
  if (text2 === "" || CONTROL_CHARACTERS.test(text2)) {
    throw new InputError(input, value, "a path inside the workspace, without control characters");
  }
  const path = resolve2(base, text2);
  if (realPathOutside(path, workspace) !== void 0) {
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
  if (!existsSync2(path) || !statSync(path).isDirectory()) {
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
function parseBaselinePath(input, value, workingDirectory, workspace) {
  if (value.trim() === "") return void 0;
  if (!value.trim().toLowerCase().endsWith(".json"))
    throw new InputError(
      input,
      value,
      "a file name ending in .json (the baseline of accepted differences, e.g. verification-baseline.json)"
    );
  return resolveInside(input, value, workingDirectory, workspace);
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
var MAX_ROWS_PER_TABLE = 1e7;
function parseMigrationsFor(mode, names, values, workingDirectory, workspace, defaultBaseRef2) {
  if (mode !== "migrations") {
    if (values.dataSource.trim() !== "")
      throw new InputError(
        names.dataSource,
        values.dataSource,
        "nothing unless mode is 'migrations'"
      );
    return void 0;
  }
  if (values.dataSource.trim() === "")
    throw new InputError(
      names.dataSource,
      "",
      "the path of the module that exports the service's TypeORM DataSource or its options (e.g. src/data-source.ts), relative to the working directory"
    );
  const dataSource = resolveInside(
    names.dataSource,
    values.dataSource.trim(),
    workingDirectory,
    workspace
  );
  if (!existsSync2(dataSource))
    throw new InputError(
      names.dataSource,
      values.dataSource,
      `an existing file relative to the working directory (${dataSource} does not exist)`
    );
  const oldMigrations = values.oldMigrations.map((name) => name.trim()).filter((name) => name !== "");
  for (const name of oldMigrations) requireText(names.oldMigrations, name);
  const baseRefText = values.baseRef.trim();
  if (baseRefText !== "" && oldMigrations.length > 0)
    throw new InputError(
      names.oldMigrations,
      oldMigrations.join(","),
      `either ${names.baseRef} or ${names.oldMigrations}, not both`
    );
  const baseRef = oldMigrations.length > 0 ? void 0 : parseGitRef(names.baseRef, baseRefText === "" ? defaultBaseRef2 : baseRefText);
  const optional = (input, value) => value.trim() === "" ? void 0 : resolveInside(input, value.trim(), workingDirectory, workspace);
  const databaseUrl = parseDatabaseUrl(names.databaseUrl, values.databaseUrl);
  return {
    dataSource,
    ...baseRef !== void 0 ? { baseRef } : {},
    ...oldMigrations.length > 0 ? { oldMigrations } : {},
    rowsPerTable: parseWholeNumber(
      names.rowsPerTable,
      values.rowsPerTable || "200",
      1,
      MAX_ROWS_PER_TABLE
    ),
    seed: parseWholeNumber(names.seed, values.seed || "1", 0, 2 ** 31 - 1),
    ...optional(names.seedFile, values.seedFile) ? { seedFile: optional(names.seedFile, values.seedFile) } : {},
    ...optional(names.intent, values.intent) ? { intent: optional(names.intent, values.intent) } : {},
    ...databaseUrl !== void 0 ? { databaseUrl } : {}
  };
}
function parseDatabaseUrl(input, value) {
  const databaseUrl = value.trim();
  if (databaseUrl === "") return void 0;
  if (!/^(postgres|postgresql|mysql|mariadb):\/\//.test(databaseUrl))
    throw new InputError(
      input,
      databaseUrl.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@"),
      "a postgres://, postgresql://, mysql:// or mariadb:// URL of a server where a throwaway database may be created (or nothing, for a SQLite file)"
    );
  return databaseUrl;
}
function parseReplayFor(mode, names, values, workingDirectory, workspace) {
  if (mode !== "replay") {
    for (const [input, value] of [
      [names.traffic, values.traffic],
      [names.trafficApp, values.trafficApp]
    ])
      if (value.trim() !== "")
        throw new InputError(input, value, "nothing unless mode is 'replay'");
    return void 0;
  }
  const existing = (input, value, what, extensions) => {
    if (value.trim() === "") throw new InputError(input, "", what);
    const path = resolveInside(input, value.trim(), workingDirectory, workspace);
    if (!extensions.test(path)) throw new InputError(input, value, what);
    if (!existsSync2(path) || !statSync(path).isFile())
      throw new InputError(
        input,
        value,
        `an existing file relative to the working directory (${path} does not exist)`
      );
    return path;
  };
  const traffic = existing(
    names.traffic,
    values.traffic,
    "the path of a recording relative to the working directory: a HAR 1.2 file (.har, .json) or JSON Lines (.jsonl, .ndjson; schema/traffic.schema.json)",
    /\.(har|json|jsonl|ndjson)$/i
  );
  const app = existing(
    names.trafficApp,
    values.trafficApp,
    "the path of the module that exports createApp(version, { role, database }) (e.g. test/replay-app.ts), relative to the working directory",
    /\.[mc]?[jt]s$/i
  );
  let requests;
  try {
    requests = loadTraffic(traffic).length;
  } catch (error) {
    if (!(error instanceof TrafficError)) throw error;
    throw new InputError(
      names.traffic,
      values.traffic,
      `a recording that can be replayed (${error.message})`
    );
  }
  if (requests === 0)
    throw new InputError(names.traffic, values.traffic, "a recording with at least one request");
  const databaseUrl = parseDatabaseUrl(names.databaseUrl, values.databaseUrl);
  return { traffic, app, requests, ...databaseUrl !== void 0 ? { databaseUrl } : {} };
}
function parseGitRef(input, value) {
  const ref = requireText(input, value);
  if (ref.startsWith("-") || /\s|\.\.|[:?*[\\]|@\{/.test(ref))
    throw new InputError(
      input,
      ref,
      'a branch, tag or commit (e.g. origin/main, v1.4.0, HEAD~1): no leading "-", spaces, "..", ":", "?", "*", "[", "\\" or "@{"'
    );
  return ref;
}
function checkCombinations(settings, names) {
  const noSuites = settings.migrations ? "nothing in mode 'migrations': it runs the service's migrations, not suites" : settings.replay ? "nothing in mode 'replay': it replays the recording, not suites" : void 0;
  if (noSuites) {
    for (const [input, given] of [
      [names.command, settings.commandRunner?.command],
      [names.shard, settings.shard && `${settings.shard.index}/${settings.shard.total}`]
    ]) {
      if (given) throw new InputError(input, given, noSuites);
    }
  }
  if (settings.commandRunner && settings.shard)
    throw new InputError(
      names.shard,
      `${settings.shard.index}/${settings.shard.total}`,
      "nothing when a command runs the suites: split them in the command's own way instead"
    );
  if (settings.updateBaseline && (settings.migrations || settings.commandRunner))
    throw new InputError(
      names.updateBaseline,
      "true",
      `false with '${names.command}' or mode 'migrations': only the library's comparators in mocha suites are matched against a baseline`
    );
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
  const artifactClient = () => client !== void 0 ? Promise.resolve(client) : loaded ??= import("./chunks/artifact-U565YJFL.js").then(
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
        } catch (error) {
          throw new ArtifactUploadError(name, error);
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

// src/inputs/settings.ts
var MODES = ["run", "merge", "migrations", "replay"];

// src/common/git.ts
import { execFile } from "node:child_process";
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
function defaultBaseRef(env = process.env) {
  const base = env.GITHUB_BASE_REF?.trim();
  return base ? `origin/${base}` : "HEAD~1";
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
function firstLine(error) {
  const text2 = error.stderr || error.message || String(error);
  return text2.trim().split("\n")[0];
}

// src/action/inputs.ts
var MIGRATIONS_INPUTS = {
  dataSource: "data-source" /* DataSource */,
  baseRef: "base-ref" /* BaseRef */,
  oldMigrations: "old-migrations" /* OldMigrations */,
  rowsPerTable: "rows-per-table" /* RowsPerTable */,
  seed: "seed" /* Seed */,
  seedFile: "seed-file" /* SeedFile */,
  intent: "intent" /* Intent */,
  databaseUrl: "database-url" /* DatabaseUrl */
};
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
  const inputs = {
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
      ),
      baseline: parseBaselinePath(
        "baseline" /* Baseline */,
        getInput("baseline" /* Baseline */),
        workingDirectory,
        workspace
      ),
      updateBaseline: parseBoolean("update-baseline" /* UpdateBaseline */, getInput("update-baseline" /* UpdateBaseline */)),
      migrations: parseMigrationsFor(
        mode,
        MIGRATIONS_INPUTS,
        {
          dataSource: getInput("data-source" /* DataSource */),
          baseRef: getInput("base-ref" /* BaseRef */),
          oldMigrations: getMultilineInput("old-migrations" /* OldMigrations */),
          rowsPerTable: getInput("rows-per-table" /* RowsPerTable */),
          seed: getInput("seed" /* Seed */),
          seedFile: getInput("seed-file" /* SeedFile */),
          intent: getInput("intent" /* Intent */),
          databaseUrl: getInput("database-url" /* DatabaseUrl */)
        },
        workingDirectory,
        workspace,
        defaultBaseRef(process.env)
      ),
      replay: parseReplayFor(
        mode,
        {
          traffic: "traffic" /* Traffic */,
          trafficApp: "traffic-app" /* TrafficApp */,
          databaseUrl: "database-url" /* DatabaseUrl */
        },
        {
          traffic: getInput("traffic" /* Traffic */),
          trafficApp: getInput("traffic-app" /* TrafficApp */),
          databaseUrl: getInput("database-url" /* DatabaseUrl */)
        },
        workingDirectory,
        workspace
      )
    },
    mode,
    artifactName,
    uploadArtifact: parseBoolean("upload-artifact" /* UploadArtifact */, getInput("upload-artifact" /* UploadArtifact */)),
    retentionDays: validateRetentionDays(getInput("retention-days" /* RetentionDays */)),
    artifactTimeoutSeconds: validateArtifactTimeout(getInput("artifact-timeout-seconds" /* ArtifactTimeoutSeconds */)),
    failOnFailure: parseBoolean("fail-on-failure" /* FailOnFailure */, getInput("fail-on-failure" /* FailOnFailure */))
  };
  checkCombinations(inputs.settings, {
    command: "command" /* Command */,
    shard: "shard" /* Shard */,
    updateBaseline: "update-baseline" /* UpdateBaseline */
  });
  return inputs;
}

// src/common/commands.ts
import { randomBytes } from "node:crypto";
var IGNORABLE = /(?![\t\r\n])[\p{C}\p{Default_Ignorable_Code_Point}]/gu;
function mayHoldCommand(text2) {
  const visible = text2.replace(IGNORABLE, "");
  return visible.includes("::") || visible.includes("##[");
}
function newToken() {
  return randomBytes(16).toString("hex");
}
function createCommandGuard(write, token = newToken) {
  let stopped;
  const resume = () => {
    if (stopped === void 0) return;
    write(`::${stopped}::
`);
    stopped = void 0;
  };
  return {
    text(text2) {
      if (stopped !== void 0 && text2.toLowerCase().includes(stopped)) resume();
      if (stopped === void 0 && mayHoldCommand(text2)) {
        let fresh = token();
        while (text2.toLowerCase().includes(fresh.toLowerCase())) fresh = token();
        write(`::stop-commands::${fresh}
`);
        stopped = fresh.toLowerCase();
      }
      write(`${text2}
`);
    },
    command(issue) {
      resume();
      return issue();
    },
    close: resume
  };
}

// src/action/output.ts
var ANNOTATIONS_PER_STEP = 10;
var RESERVED_ERRORS = 2;
function createActionOutput(write = (chunk) => void process.stdout.write(chunk)) {
  const guard = createCommandGuard(write);
  const secrets = [];
  let redact = redactor(secrets);
  const issued = { error: 0, warning: 0 };
  const left = (kind) => ANNOTATIONS_PER_STEP - issued[kind] - (kind === "error" ? RESERVED_ERRORS : 0);
  const output = {
    logger: {
      info: (message) => output.text(message),
      warning: (message) => void output.annotate("warning", message),
      error: (message) => void output.annotate("error", message),
      async group(name, fn) {
        guard.command(() => startGroup(redact(name)));
        try {
          return await fn();
        } finally {
          guard.command(() => endGroup());
        }
      }
    },
    text: (message) => guard.text(redact(message)),
    annotate(kind, message, properties) {
      if (left(kind) <= 0) {
        guard.text(`${kind === "error" ? "Error" : "Warning"}: ${redact(message)}`);
        return false;
      }
      issued[kind] += 1;
      const redacted = properties && {
        ...properties,
        title: properties.title === void 0 ? void 0 : redact(properties.title)
      };
      guard.command(() => core_exports[kind](redact(message), redacted));
      return true;
    },
    errorsLeft: () => Math.max(0, left("error")),
    notice: (message) => guard.command(() => notice(redact(message))),
    fail(message) {
      issued.error += 1;
      guard.command(() => setFailed(redact(message)));
    },
    setSecret(secret) {
      guard.command(() => setSecret(secret));
      secrets.push(secret);
      redact = redactor(secrets);
    },
    redact: (text2) => redact(text2),
    close: () => guard.close()
  };
  return output;
}

// src/action/publish.ts
import { relative as relative2 } from "node:path";
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
function annotationOrder(failing) {
  const chosen = /* @__PURE__ */ new Set();
  const firstOf = (key) => {
    const seen = /* @__PURE__ */ new Set();
    failing.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) return;
      seen.add(value);
      chosen.add(index);
    });
  };
  firstOf((item) => item.category);
  firstOf((item) => JSON.stringify([item.file, item.category]));
  failing.forEach((_, index) => chosen.add(index));
  return [...chosen].map((index) => failing[index]);
}
function annotate(report2, workingDirectory, workspace, output, fullReport) {
  const failing = [
    ...report2.tests.filter((test) => test.state === "failed" || test.state === "error").map((test) => ({
      title: test.full_title,
      message: test.message ?? test.state,
      location: test.location,
      file: test.file,
      category: test.category
    })),
    ...report2.hook_failures.map((hook) => ({
      title: hook.full_title,
      message: hook.message,
      location: hook.location,
      file: hook.file,
      category: hook.category
    }))
  ];
  const shown = annotationOrder(failing).slice(0, output.errorsLeft());
  let issued = 0;
  for (const item of shown) {
    const properties = {
      title: shorten(item.title, MAX_ANNOTATION_TITLE),
      ...annotationPlace(item.location, item.file, workingDirectory, workspace)
    };
    if (output.annotate("error", shorten(item.message, MAX_ANNOTATION_MESSAGE), properties))
      issued += 1;
  }
  if (failing.length > issued) {
    output.notice(
      `${failing.length} tests or hooks failed and ${issued} are annotated (the runner keeps ${ANNOTATIONS_PER_STEP} error annotations per step): the report holds the other ${failing.length - issued}, see the job summary and ${fullReport}.`
    );
  }
}
var MAX_ANNOTATION_TITLE = 500;
var MAX_ANNOTATION_MESSAGE = 4e3;
function shorten(text2, max) {
  if (text2.length <= max) return text2;
  const end = /[\uD800-\uDBFF]/.test(text2[max - 1]) ? max - 1 : max;
  return `${text2.slice(0, end)}\u2026 (${text2.length - end} more characters in the report)`;
}
async function writeJobSummary(markdown) {
  await summary.addRaw(markdown, true).write();
}

// src/pipeline/merge.ts
import { relative as relative13 } from "node:path";

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
      // A real process's code: 0 when every shard's was, else the first shard's that was not.
      exit_code: usable.find((item) => item.report.run.exit_code !== 0)?.report.run.exit_code ?? 0,
      tests,
      hook_failures: hookFailures,
      problems,
      // Wall-clock seconds, as in a single run's report: the shards ran side by side, so the
      // slowest shard's test process is how long the tests took.
      duration: Math.max(0, ...usable.map((item) => item.report.run.duration ?? 0))
    },
    specFiles: usable.flatMap((item) => item.report.run.spec_files),
    baselines: usable.flatMap((item) => item.report.baseline ? [item.report.baseline] : [])
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
function entryFor(test, difference) {
  const entry = { test, path: difference.path, kind: difference.kind };
  if (difference.old !== void 0) entry.old = jsonSafe(difference.old);
  if (difference.new !== void 0) entry.new = jsonSafe(difference.new);
  return entry;
}
function ranToTheEnd(test) {
  return test.state === "passed";
}
function staleEntries(entries, tests, complete) {
  const byTitle = /* @__PURE__ */ new Map();
  for (const test of tests)
    byTitle.set(test.full_title, [...byTitle.get(test.full_title) ?? [], test]);
  const acceptedAt = /* @__PURE__ */ new Map();
  for (const test of tests)
    for (const difference of test.accepted_differences ?? []) {
      const place2 = JSON.stringify([test.full_title, difference.kind, difference.path]);
      const same = acceptedAt.get(place2);
      if (same) same.push(difference);
      else acceptedAt.set(place2, [difference]);
    }
  return entries.filter((entry) => {
    const ran = byTitle.get(entry.test);
    if (!ran) return complete;
    if (!ran.every(ranToTheEnd)) return false;
    const place2 = JSON.stringify([entry.test, entry.kind, entry.path]);
    return !(acceptedAt.get(place2) ?? []).some(
      (difference) => entryAccepts(entry, entry.test, difference)
    );
  });
}
function updatedBaseline(entries, tests, complete, masked) {
  const stale = new Set(staleEntries(entries, tests, complete));
  const kept = entries.filter((entry) => !stale.has(entry));
  const added = [];
  for (const test of tests) {
    if (test.state !== "failed") continue;
    for (const difference of test.differences ?? []) {
      const entry = entryFor(test.full_title, difference);
      if ("old" in entry && masked(entry.old)) delete entry.old;
      if ("new" in entry && masked(entry.new)) delete entry.new;
      added.push(entry);
    }
  }
  const unique = /* @__PURE__ */ new Map();
  for (const entry of [...kept, ...added]) {
    const { line: _line, ...written } = entry;
    if (!unique.has(entryKey(written))) unique.set(entryKey(written), written);
  }
  return [...unique.values()].sort(
    (a, b) => a.test.localeCompare(b.test) || a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind)
  );
}
function formatBaseline(entries) {
  const lines = entries.map((entry) => {
    const { line: _line, ...written } = entry;
    return `    ${JSON.stringify(jsonSafe(written))}`;
  });
  return `{
  "version": ${BASELINE_VERSION},
  "accepted": [${lines.length ? `
${lines.join(",\n")}
  ` : ""}]
}
`;
}

// src/report/baseline.ts
function listed(test, difference) {
  const item = {
    test,
    path: difference.path,
    kind: difference.kind,
    message: difference.message
  };
  if (difference.old !== void 0) item.old = jsonSafe(difference.old);
  if (difference.new !== void 0) item.new = jsonSafe(difference.new);
  return item;
}
function differencesOf(tests) {
  const passed = tests.filter((test) => test.state === "passed" && (test.accepted_differences ?? []).length > 0).map((test) => test.full_title);
  const accepted = tests.flatMap(
    (test) => (test.accepted_differences ?? []).map((difference) => listed(test.full_title, difference))
  );
  const fresh = tests.filter((test) => test.state === "failed").flatMap(
    (test) => (test.differences ?? []).map((difference) => listed(test.full_title, difference))
  );
  return { accepted, fresh, passed };
}
function mergedBaselineSection(sections, tests) {
  if (sections.length === 0) return void 0;
  const { accepted, fresh, passed } = differencesOf(tests);
  const stale = /* @__PURE__ */ new Map();
  for (const entry of sections.flatMap((section) => section.stale_entries))
    stale.set(JSON.stringify([entry.test, entry.path, entry.kind, entry.line]), entry);
  return {
    file: sections[0].file,
    entries: Math.max(...sections.map((section) => section.entries)),
    accepted: accepted.length,
    new: fresh.length,
    stale: stale.size,
    passed_with_accepted: passed,
    accepted_differences: accepted,
    new_differences: fresh,
    stale_entries: [...stale.values()]
  };
}
function baselineSection(input, tests) {
  const { accepted, fresh, passed } = differencesOf(tests);
  const stale = staleEntries(input.entries, tests, input.complete).map((entry) => {
    const item = { test: entry.test, path: entry.path, kind: entry.kind };
    if ("old" in entry) item.old = entry.old;
    if ("new" in entry) item.new = entry.new;
    if (entry.reason !== void 0) item.reason = entry.reason;
    if (entry.line !== void 0) item.line = entry.line;
    return item;
  });
  const section = {
    file: input.file,
    entries: input.entries.length,
    accepted: accepted.length,
    new: fresh.length,
    stale: stale.length,
    passed_with_accepted: passed,
    accepted_differences: accepted,
    new_differences: fresh,
    stale_entries: stale
  };
  if (input.written !== void 0) section.written = input.written;
  return section;
}
var MAX_LISTED = 20;
var MAX_PATHS = 5;
function byTest(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) groups.set(item.test, [...groups.get(item.test) ?? [], item]);
  return groups;
}
function listGroups(groups, style, word, note = () => "") {
  const lines = [...groups].slice(0, MAX_LISTED).map(([test, items]) => {
    const paths = items.slice(0, MAX_PATHS).map((item) => `${style.code(item.path)} (${item.kind})`).join(", ");
    const more = items.length > MAX_PATHS ? `, \u2026 ${items.length - MAX_PATHS} more` : "";
    return `${style.bullet}${style.text(test)}${note(test)}: ${items.length} ${word}: ${paths}${more}`;
  });
  if (groups.size > MAX_LISTED)
    lines.push(`${style.bullet}\u2026 and ${groups.size - MAX_LISTED} more tests (see the JSON report)`);
  return lines;
}
function renderBaseline(section, style) {
  const passed = new Set(section.passed_with_accepted);
  const written = section.written === void 0 ? "" : `; updated: it holds ${section.written} now`;
  const lines = [
    style.heading(`Baseline of accepted differences: ${style.code(section.file)}`),
    "",
    `${section.accepted} accepted, ${section.new} new, ${section.stale} stale (the baseline held ${section.entries} entr${section.entries === 1 ? "y" : "ies"}${written}).`,
    ""
  ];
  if (section.accepted > 0)
    lines.push(
      "Accepted differences:",
      "",
      ...listGroups(
        byTest(section.accepted_differences),
        style,
        "accepted",
        (test) => passed.has(test) ? " (passed with accepted differences)" : " (has new differences too)"
      ),
      ""
    );
  if (section.new > 0)
    lines.push(
      "New differences (not in the baseline: these fail):",
      "",
      ...listGroups(byTest(section.new_differences), style, "new"),
      ""
    );
  if (section.stale > 0) {
    lines.push(
      "Stale entries (accepted, but they did not occur: remove them, or run with update-baseline):",
      "",
      ...section.stale_entries.slice(0, MAX_LISTED).map(
        (entry) => `${style.bullet}${style.text(entry.test)}: ${style.code(entry.path)} (${entry.kind})${entry.line === void 0 ? "" : `, line ${entry.line}`}`
      )
    );
    if (section.stale > MAX_LISTED)
      lines.push(`${style.bullet}\u2026 and ${section.stale - MAX_LISTED} more (see the JSON report)`);
    lines.push("");
  }
  return lines;
}

// src/results/counting.ts
var MAX_NAMED = 10;
var KNOWN_STATES = /* @__PURE__ */ new Set(["passed", "failed", "error", "skipped"]);
function isKnownState(state) {
  return typeof state === "string" && KNOWN_STATES.has(state);
}
function roundSeconds(seconds3) {
  return Math.round(seconds3 * 1e3) / 1e3;
}
function categoryKey(category) {
  return ALL_CATEGORIES.includes(category) ? category : "other";
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
  const testsOf = new Map(ALL_CATEGORIES.map((category) => [category, []]));
  const hooksOf = new Map(
    ALL_CATEGORIES.map((category) => [category, []])
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
  if (!options.allowEmpty && outcome.completed) {
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

// src/report/escape.ts
function escapeMarkdown(text2) {
  const escaped = text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD").replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`).replace(
    /^(\s*)([#+=-]|\d{1,9}(?=[.)](\s|$)))/,
    (_, space, mark) => /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`
  ).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/\r\n|\r|\n/g, "<br>");
}

// src/report/migrations.ts
var text = (value) => typeof value === "string" ? value : String(value ?? "");
var number = (value) => typeof value === "number" && Number.isFinite(value) ? Math.round(value * 1e3) / 1e3 : 0;
var list = (value) => Array.isArray(value) ? value : [];
var optionalText = (value) => typeof value === "string" ? value : void 0;
function copyEntry(raw) {
  const entry = {
    name: text(raw.name),
    seconds: number(raw.seconds),
    down: text(raw.down),
    passed: raw.passed === true,
    changes: list(raw.changes).map((item) => {
      const change = item;
      return {
        kind: text(change.kind),
        class: text(change.class),
        table: text(change.table),
        ...optionalText(change.name) !== void 0 ? { name: text(change.name) } : {},
        message: text(change.message)
      };
    }),
    findings: list(raw.findings).map((item) => {
      const finding = item;
      return {
        kind: text(finding.kind),
        verdict: text(finding.verdict),
        ...optionalText(finding.table) !== void 0 ? { table: text(finding.table) } : {},
        ...optionalText(finding.column) !== void 0 ? { column: text(finding.column) } : {},
        ...typeof finding.count === "number" ? { count: number(finding.count) } : {},
        ...Array.isArray(finding.examples) ? { examples: finding.examples.map(text) } : {},
        message: text(finding.message),
        ...optionalText(finding.intent) !== void 0 ? { intent: text(finding.intent) } : {}
      };
    })
  };
  if (optionalText(raw.file) !== void 0) entry.file = text(raw.file);
  if (optionalText(raw.error) !== void 0) entry.error = text(raw.error);
  if (typeof raw.downSeconds === "number") entry.down_seconds = number(raw.downSeconds);
  if (optionalText(raw.downError) !== void 0) entry.down_error = text(raw.downError);
  if (Array.isArray(raw.locks))
    entry.locks = raw.locks.map((item) => {
      const lock = item;
      return {
        table: text(lock.table),
        mode: text(lock.mode),
        milliseconds: number(lock.milliseconds)
      };
    });
  if (Array.isArray(raw.rewritten)) entry.rewritten = raw.rewritten.map(text);
  return entry;
}
function copyRollback(raw) {
  const failed = raw.failed;
  return {
    reverted: list(raw.reverted).map(text),
    ...failed && typeof failed === "object" ? { failed: { migration: text(failed.migration), error: text(failed.error) } } : {},
    drift: list(raw.drift).map((change) => text(change.message)),
    passed: raw.passed === true
  };
}
function migrationsSection(result) {
  if (typeof result !== "object" || result === null) return void 0;
  const raw = result;
  const seed = raw.seed ?? {};
  const tables = list(seed.tables);
  return {
    dialect: text(raw.dialect),
    database: text(raw.database),
    old_migrations: list(raw.oldMigrations).map(text),
    old_seconds: number(raw.oldSeconds),
    seed: typeof seed.file === "string" ? { file: seed.file, seconds: number(seed.seconds) } : {
      tables: tables.length,
      rows: tables.reduce((total, table) => total + number(table.rows), 0),
      skipped: list(seed.skipped).map((item) => ({
        table: text(item.table),
        reason: text(item.reason)
      })),
      seconds: number(seed.seconds)
    },
    keyless_tables: list(raw.keylessTables).map(text),
    stale_intent: list(raw.staleIntent).map(text),
    ...Array.isArray(raw.changedOldMigrations) ? { changed_old_migrations: raw.changedOldMigrations.map(text) } : {},
    rollback: copyRollback(raw.rollback ?? {}),
    passed: raw.passed === true,
    migrations: list(raw.migrations).map((item) => copyEntry(item))
  };
}
var VERDICT_ICON = { fail: "\u274C", declared: "\u{1F4DD}", info: "\u2139\uFE0F" };
var MAX_SECTION_SIZE = 2e5;
function renderMigrations(section) {
  const lines = [
    "### Migrations",
    "",
    `${section.migrations.length} new migration${section.migrations.length === 1 ? "" : "s"} on a seeded ${escapeMarkdown(section.dialect)} copy (old version: ${section.old_migrations.length} migrations; ` + (section.seed.file ? `seeded by ${escapeMarkdown(section.seed.file)})` : `${section.seed.rows ?? 0} generated rows in ${section.seed.tables ?? 0} tables)`),
    "",
    "| Migration | up (s) | Schema changes | Findings | down |",
    "| --- | ---: | --- | --- | --- |"
  ];
  for (const entry of section.migrations) {
    const classes = /* @__PURE__ */ new Map();
    for (const change of entry.changes)
      classes.set(change.class, (classes.get(change.class) ?? 0) + 1);
    const verdicts = ["fail", "declared", "info"].map(
      (verdict) => [
        verdict,
        entry.findings.filter((finding) => finding.verdict === verdict).length
      ]
    ).filter(([, count]) => count > 0).map(
      ([verdict, count]) => `${VERDICT_ICON[verdict]} ${count} ${verdict === "fail" ? "failing" : verdict}`
    );
    lines.push(
      `| ${entry.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(entry.name)} | ${entry.error ? "failed" : entry.seconds.toFixed(3)} | ${[...classes.entries()].map(([name, count]) => `${count} ${name}`).join(", ") || "none"} | ${verdicts.join(", ") || "none"} | ${escapeMarkdown(entry.down)} |`
    );
  }
  lines.push("");
  let size = lines.reduce((total, line) => total + line.length + 1, 0);
  let shown = 0;
  for (const entry of section.migrations) {
    const details = renderEntry(entry);
    const detailsSize = details.reduce((total, line) => total + line.length + 1, 0);
    if (size + detailsSize > MAX_SECTION_SIZE) break;
    lines.push(...details);
    size += detailsSize;
    shown += 1;
  }
  if (shown < section.migrations.length)
    lines.push(
      `\u2026 and the details of ${section.migrations.length - shown} more migrations (see the JSON report's migrations section).`,
      ""
    );
  const { rollback } = section;
  lines.push(
    rollback.passed ? `\u2705 Rollback to the old version: ${rollback.reverted.length} down()s newest first gave back its schema.` : rollback.failed ? `\u274C Rollback to the old version: ${escapeMarkdown(rollback.failed.migration)}'s down() failed: ${escapeMarkdown(rollback.failed.error)}` : `\u274C Rollback to the old version: ${rollback.drift.length} schema differences remain: ${rollback.drift.map(escapeMarkdown).join("; ")}`,
    ""
  );
  if (section.changed_old_migrations?.length)
    lines.push(
      `\u26A0\uFE0F ${section.changed_old_migrations.length} migration file${section.changed_old_migrations.length === 1 ? "" : "s"} of the old version changed since the base ref (production ran the old text; this check ran the new): ${section.changed_old_migrations.map(escapeMarkdown).join(", ")}`,
      ""
    );
  for (const table of section.keyless_tables)
    lines.push(
      `\u2139\uFE0F Table ${escapeMarkdown(table)} has no primary key: its rows were compared as a multiset.`
    );
  for (const name of section.stale_intent)
    lines.push(
      `\u2139\uFE0F The intent file declares ${escapeMarkdown(name)}, which is not a new migration here (stale).`
    );
  if (section.keyless_tables.length + section.stale_intent.length > 0) lines.push("");
  return lines;
}
function renderEntry(entry) {
  const lines = [
    `<details${entry.passed ? "" : " open"}><summary>${entry.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(entry.name)}${entry.file ? ` (${escapeMarkdown(entry.file)})` : ""}</summary>`,
    ""
  ];
  if (entry.error) lines.push(`- up() failed: ${escapeMarkdown(entry.error)}`);
  for (const change of entry.changes)
    lines.push(`- schema, ${escapeMarkdown(change.class)}: ${escapeMarkdown(change.message)}`);
  for (const finding of entry.findings) {
    const intent = finding.verdict === "fail" && finding.intent ? ` If intended, declare it in verify-migration.intent.yml: \`${escapeMarkdown(finding.intent)}\`` : finding.verdict === "declared" && finding.intent ? ` (declared: ${escapeMarkdown(finding.intent)})` : "";
    lines.push(
      `- ${VERDICT_ICON[finding.verdict] ?? ""} ${escapeMarkdown(finding.message)}${intent}`
    );
  }
  if (entry.locks && entry.locks.length > 0)
    lines.push(
      `- locks: ${entry.locks.map((lock) => `${escapeMarkdown(lock.mode)} on ${escapeMarkdown(lock.table)} for ${lock.milliseconds} ms`).join("; ")}`
    );
  if (entry.rewritten && entry.rewritten.length > 0)
    lines.push(`- rewrote: ${entry.rewritten.map(escapeMarkdown).join(", ")}`);
  lines.push(
    `- time: up ${entry.seconds.toFixed(3)} s${entry.down_seconds !== void 0 ? `, down ${entry.down_seconds.toFixed(3)} s` : ""}; down: ${escapeMarkdown(entry.down)}${entry.down_error ? ` (${escapeMarkdown(entry.down_error)})` : ""}`,
    "",
    "</details>",
    ""
  );
  return lines;
}

// src/common/report.ts
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
  if (test.accepted_differences)
    copy.accepted_differences = test.accepted_differences.map(copyDifference);
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
function buildRunInfo(run3, outcome) {
  const info = {
    spec_files: [...run3.spec_files],
    runner: run3.runner ?? "mocha",
    exit_code: outcome.exit_code,
    completed: outcome.completed,
    problems: [...outcome.problems],
    duration: Math.round(outcome.duration * 1e3) / 1e3
  };
  for (const field of Object.keys(GITHUB_RUN_FIELDS)) {
    const value = run3[field];
    if (typeof value === "string" && value !== "") info[field] = value;
  }
  if (run3.shard) info.shard = { index: run3.shard.index, total: run3.shard.total };
  if (run3.shard_plan) {
    const { files, balanced_by, digest } = run3.shard_plan;
    info.shard_plan = { files, balanced_by, digest };
  }
  if (run3.grep !== void 0) info.grep = run3.grep;
  return info;
}
function buildReport(input) {
  const { settings, outcome } = input;
  const { results, overall } = countOutcome(outcome, { allowEmpty: settings.allowEmpty });
  const report2 = {
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
  const migrations = migrationsSection(input.migrations);
  if (migrations) report2.migrations = migrations;
  if (input.baseline) report2.baseline = baselineSection(input.baseline, report2.tests);
  return report2;
}

// src/report/lock.ts
import { constants as constants2, readFileSync as readFileSync2 } from "node:fs";
import { lstat as lstat2, mkdir as mkdir2, open as open2, rm as rm2, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname as dirname3 } from "node:path";

// src/report/write.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname as dirname2, join, relative as relative4, sep as sep3 } from "node:path";

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
function* renderJUnitChunks(report2) {
  const groups = Object.keys(report2.results).map((category) => ({
    category,
    result: report2.results[category],
    tests: report2.tests.filter((test) => categoryKey(test.category) === category),
    hooks: report2.hook_failures.filter((hook) => categoryKey(hook.category) === category)
  }));
  let totalTests = 0;
  let totalErrors = 0;
  for (const { result, hooks } of groups) {
    totalTests += result.tests + hooks.length;
    totalErrors += result.errors + hooks.length;
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
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!-- verify-migration report. A failing after/afterEach hook is written as an extra testcase with an error,",
    "     counted in its testsuite's tests and errors; the JSON report counts it apart, in hook_failures. -->",
    root,
    ""
  ].join("\n");
  for (const { category, result, tests, hooks } of groups) {
    const open4 = `  <testsuite${attributes({
      name: category,
      tests: result.tests + hooks.length,
      failures: result.failures,
      errors: result.errors + hooks.length,
      skipped: result.skipped,
      time: result.time,
      timestamp: report2.timestamp
    })}`;
    if (tests.length === 0 && hooks.length === 0) {
      yield `${open4}/>
`;
      continue;
    }
    yield `${open4}>
`;
    for (const test of tests) yield `${renderTestCase(test, category)}
`;
    for (const hook of hooks) yield `${renderHookFailure(hook, category)}
`;
    yield "  </testsuite>\n";
  }
  yield "</testsuites>\n";
}

// src/common/stack-frames.ts
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";
function isForeign(frame) {
  return /(^|[\\/(\s])node_modules[\\/]|\(node:|^at (async )?node:|\(native\)$/.test(frame);
}
function shownFrames(stack) {
  const lines = (stack ?? "").split(/\r\n|\r|\n/);
  const all = lines.map((line) => line.trim()).filter((line) => line.startsWith("at "));
  if (all.length === 0) return { frames: (stack ?? "").trim() === "" ? [] : lines, hidden: 0 };
  const own = all.filter((frame) => !isForeign(frame));
  const frames = own.length > 0 ? own : all;
  return { frames, hidden: all.length - frames.length };
}
var FRAME = /(?:\(|at |^)((?:file:\/\/)?\/[^()]*?|[^()\s:/<][^():]*?):(\d+):(\d+)\)?\s*$/;
function locate(stack, workingDirectory) {
  for (const line of (stack ?? "").split("\n")) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    let file = match[1];
    if (file.startsWith("file://")) file = decodeURIComponent(new URL(file).pathname);
    const path = relative3(workingDirectory, resolve3(workingDirectory, file));
    if (path === "" || path.startsWith("..") || isAbsolute3(path) || isForeign(line.trim()))
      continue;
    return { file: path.split(sep2).join("/"), line: Number(match[2]), column: Number(match[3]) };
  }
  return void 0;
}

// src/report/failing.ts
var CATEGORY_NAMES = {
  database_migration: "Database migration",
  api_migration: "API migration",
  functional_migration: "Functional migration",
  other: "Other (no category)"
};
function failingItems(report2) {
  return [
    ...report2.tests.filter((test) => test.state !== "passed" && test.state !== "skipped").map((test) => ({
      kind: test.state === "failed" ? "failed" : "error",
      title: test.full_title,
      message: test.message ?? (test.state === "error" ? "error" : `no known outcome (${String(test.state)})`),
      stack: test.stack,
      location: test.location,
      file: test.file,
      differences: test.differences
    })),
    ...report2.hook_failures.map((hook) => ({
      kind: "hook",
      title: hook.full_title,
      message: hook.message,
      stack: hook.stack,
      location: hook.location,
      file: hook.file
    }))
  ];
}

// src/report/markdown.ts
var KIND_LABELS = {
  failed: "\u274C Failed",
  error: "\u{1F4A5} Error",
  hook: "\u{1F4A5} After hook failed"
};
var MAX_SUMMARY_BYTES = 900 * 1024;
var MAX_FAILURES = 50;
var MAX_DIFFERENCES2 = 10;
var MAX_MESSAGE = 2e3;
var MAX_TITLE = 500;
var MAX_REASON = 2e3;
var MAX_DIFFERENCE = 500;
var MAX_NAME = 200;
var MAX_REASONS_BYTES = 100 * 1024;
var CLOSING_BYTES = 4 * 1024;
var MAX_STACK_LINES = 15;
function truncate(text2, max) {
  if (text2.length <= max) return text2;
  const end = /[\uD800-\uDBFF]/.test(text2[max - 1]) ? max - 1 : max;
  return `${text2.slice(0, end)}\u2026 (${text2.length - end} more characters in the report)`;
}
function bytesOf(lines) {
  return lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0);
}
var BESIDE = "the JSON report beside this summary (also in the artifact, when one was uploaded)";
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/`/g, "&#96;");
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
    (difference) => `- <code>${escapeMarkdown(truncate(difference.path, MAX_TITLE))}</code> (${escapeMarkdown(truncate(difference.kind, MAX_NAME))}): ${escapeMarkdown(truncate(difference.message, MAX_DIFFERENCE))}`
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
    `#### ${KIND_LABELS[item.kind]}: ${escapeMarkdown(truncate(item.title, MAX_TITLE))}`,
    "",
    `at <code>${escapeMarkdown(truncate(place(item.location, item.file), MAX_TITLE))}</code>`,
    "",
    preformatted(truncate(item.message, MAX_MESSAGE)),
    ""
  ];
  const differences = item.differences ?? [];
  const shownMessage = truncate(item.message, MAX_MESSAGE);
  if (differences.length > 0 && !differences.slice(0, MAX_DIFFERENCES2).every((difference) => shownMessage.includes(difference.message))) {
    lines.push(
      `${differences.length} difference${differences.length === 1 ? "" : "s"}:`,
      "",
      ...describeDifferences(differences),
      ""
    );
  }
  const { frames, hidden } = shownFrames(item.stack);
  if (frames.length > 0) {
    const shown = frames.slice(0, MAX_STACK_LINES).join("\n");
    const more = frames.length - Math.min(frames.length, MAX_STACK_LINES) + hidden;
    const rest = more > 0 ? `
\u2026 ${more} more frame${more === 1 ? "" : "s"} in the JSON report` : "";
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
function renderMarkdown(report2, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const fullReport = options.fullReport ?? BESIDE;
  const name = (text2) => escapeMarkdown(truncate(text2, MAX_NAME));
  const passed = report2.overall.status === "passed";
  const lines = [
    `## ${passed ? "\u2705" : "\u274C"} Migration verification ${passed ? "passed" : "failed"}: ${name(report2.service)} ${name(report2.old_version)} \u2192 ${name(report2.new_version)}`,
    ""
  ];
  if (report2.overall.reasons.length > 0) {
    lines.push("The deploy gate failed because:", "");
    let size = 0;
    let shown = 0;
    for (const reason of report2.overall.reasons) {
      const line = `- ${escapeMarkdown(truncate(reason, MAX_REASON))}`;
      size += Buffer.byteLength(line) + 1;
      if (size > MAX_REASONS_BYTES) break;
      lines.push(line);
      shown += 1;
    }
    if (shown < report2.overall.reasons.length)
      lines.push(
        `- \u2026 and ${report2.overall.reasons.length - shown} more reasons, in ${escapeMarkdown(fullReport)}`
      );
    lines.push("");
  }
  lines.push(
    "| Category | Status | Tests | Passed | Failures | Errors | Skipped | Hook failures | Time (s) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  );
  for (const category of Object.keys(report2.results)) {
    lines.push(resultRow(CATEGORY_NAMES[category] ?? name(category), report2.results[category]));
  }
  lines.push(
    resultRow("**Overall**", report2.overall).replace(
      /➖ no tests|✅ passed|❌ failed/,
      (cell) => `**${cell}**`
    ),
    ""
  );
  if (report2.migrations) lines.push(...renderMigrations(report2.migrations));
  if (report2.baseline)
    lines.push(
      ...renderBaseline(report2.baseline, {
        heading: (text2) => `### ${text2}`,
        text: (text2) => escapeMarkdown(truncate(text2, MAX_TITLE)),
        code: (text2) => `<code>${escapeMarkdown(truncate(text2, MAX_TITLE))}</code>`,
        bullet: "- "
      })
    );
  const failing = failingItems(report2);
  if (failing.length > 0) {
    lines.push("### Failures and errors", "");
    const budget = maxBytes - CLOSING_BYTES;
    let size = bytesOf(lines);
    let shown = 0;
    for (const item of failing.slice(0, MAX_FAILURES)) {
      const rendered = renderFailing(item);
      const renderedSize = bytesOf(rendered);
      if (size + renderedSize > budget) break;
      lines.push(...rendered);
      size += renderedSize;
      shown += 1;
    }
    if (shown < failing.length) {
      const why = shown < Math.min(failing.length, MAX_FAILURES) ? `this summary stays under ${Math.floor(maxBytes / 1024)} KiB, as GitHub shows nothing of a step summary over 1 MiB` : `this summary shows the first ${MAX_FAILURES}`;
      lines.push(
        `\u2026 and ${failing.length - shown} more failing tests or hooks, not shown here (${why}): every one is in ${escapeMarkdown(fullReport)}.`,
        ""
      );
    }
  }
  const where = [
    report2.run.shard ? `shard ${report2.run.shard.index}/${report2.run.shard.total}` : void 0,
    `${report2.run.spec_files.length} spec file${report2.run.spec_files.length === 1 ? "" : "s"}`,
    report2.run.grep !== void 0 ? `grep ${name(report2.run.grep)}` : void 0,
    `report ${name(report2.timestamp)}`
  ].filter((part) => part !== void 0);
  lines.push(`<sub>${where.join(" \xB7 ")}</sub>`, "");
  const markdown = lines.join("\n");
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const note = `

\u2026 cut at ${maxBytes} bytes: the whole report is in ${escapeMarkdown(fullReport)}.
`;
  return `${Buffer.from(markdown).subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note))).toString("utf8").replace(/\uFFFD$/, "")}${note}`;
}

// src/report/write.ts
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
  const temp = `${path}.${process.pid}.${randomBytes2(6).toString("hex")}.tmp`;
  try {
    const handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      420
    );
    try {
      if (typeof content === "string") await handle.writeFile(content, "utf8");
      else {
        let pending = "";
        for (const piece of content) {
          pending += piece;
          if (pending.length >= 1 << 20) {
            await handle.write(pending, null, "utf8");
            pending = "";
          }
        }
        if (pending !== "") await handle.write(pending, null, "utf8");
      }
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => void 0);
    throw new ReportWriteError(path, error.message);
  }
}
function* reportJsonChunks(report2) {
  const marker = "\0tests\0";
  const outline = JSON.stringify({ ...report2, tests: marker }, null, 2);
  const at = outline.indexOf(JSON.stringify(marker));
  yield outline.slice(0, at);
  if (report2.tests.length === 0) yield "[]";
  else {
    yield "[\n";
    for (let index = 0; index < report2.tests.length; index++) {
      const text2 = JSON.stringify(report2.tests[index], null, 2).replace(/\n/g, "\n    ");
      yield `    ${text2}${index === report2.tests.length - 1 ? "\n" : ",\n"}`;
    }
    yield "  ]";
  }
  yield `${outline.slice(at + JSON.stringify(marker).length)}
`;
}
async function checkReportFolder(reportPath, workspace) {
  const folder = dirname2(reportPath);
  const parts = relative4(workspace, folder).split(sep3).filter((part) => part !== "");
  let current = workspace;
  for (const part of ["", ...parts]) {
    current = part === "" ? current : join(current, part);
    const stats = await lstat(current).catch(() => void 0);
    if (stats === void 0) return;
    if (!stats.isSymbolicLink() && !stats.isDirectory() && current !== workspace) {
      throw new ReportWriteError(folder, `${current} is not a folder`);
    }
    const outside = stats.isSymbolicLink() ? realPathOutside(current, workspace) : void 0;
    if (outside !== void 0 || part === "..") {
      throw new ReportWriteError(
        folder,
        `the report's folder leads through the symbolic link ${current} to ${outside ?? "a folder"} outside the workspace (was it replaced while the suites ran?): nothing is written through it`
      );
    }
  }
}
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}
async function writeReportFiles(report2, reportPath, workspace) {
  const files = reportFilePaths(reportPath);
  try {
    if (workspace !== void 0) await checkReportFolder(reportPath, workspace);
    await mkdir(dirname2(reportPath), { recursive: true }).catch((error) => {
      throw new ReportWriteError(
        dirname2(reportPath),
        `the report's folder cannot be created: ${error.message}`
      );
    });
    await writeAtomically(files.junit, renderJUnitChunks(report2));
    await writeAtomically(files.markdown, renderMarkdown(report2));
    if (!await exists(files.log)) {
      await writeAtomically(
        files.log,
        `verify-migration: no test process ran (${report2.run.spec_files.length} spec files).
`
      );
    }
    await writeAtomically(files.json, reportJsonChunks(report2));
  } catch (error) {
    if (error instanceof ReportWriteError)
      throw new ReportWriteError(error.file, error.reason, report2);
    throw error;
  }
  return files;
}

// src/report/lock.ts
var FOREIGN_LOCK_STALE_AFTER_MS = 24 * 60 * 60 * 1e3;
function startTicks(pid) {
  try {
    const stat3 = readFileSync2(`/proc/${pid}/stat`, "utf8");
    return stat3.slice(stat3.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function age(ms) {
  const [amount, unit] = ms >= 2 * 864e5 ? [Math.floor(ms / 864e5), "days"] : ms >= 2 * 36e5 ? [Math.floor(ms / 36e5), "hours"] : [Math.max(0, Math.floor(ms / 6e4)), "minutes"];
  return `${amount} ${unit}`;
}
function whyDead(holder, path, modifiedMs, staleAfterMs, now) {
  const who = `process ${holder.pid} on ${holder.host}, since ${holder.since}`;
  if (holder.host !== hostname()) {
    const since = Date.parse(holder.since);
    const newest = Number.isNaN(since) ? modifiedMs : Math.max(modifiedMs, since);
    if (now - newest <= staleAfterMs) return void 0;
    return `Took over the lock ${path}: it was left ${age(now - newest)} ago by ${who}, another machine, and no run lasts longer than ${age(staleAfterMs)}`;
  }
  const gone = `Took over the lock ${path}: it was left by ${who}, which no longer runs`;
  if (holder.pid === process.pid) return gone;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return gone;
  }
  const start = startTicks(holder.pid);
  if (holder.start === void 0 || start === void 0 || start === holder.start) return void 0;
  return `Took over the lock ${path}: it was left by ${who}, which no longer runs (another process has its pid now)`;
}
function kindOf(stats) {
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isDirectory()) return "a folder";
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isSocket()) return "a socket";
  return "a device";
}
async function readLock(path) {
  let handle;
  try {
    handle = await open2(path, constants2.O_RDONLY | constants2.O_NONBLOCK | constants2.O_NOFOLLOW);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { kind: "gone" };
    const stats = await lstat2(path).catch(() => void 0);
    if (stats && !stats.isFile()) return { kind: "not a file", what: kindOf(stats) };
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: "not a file", what: kindOf(stats) };
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let holder;
    try {
      const value = JSON.parse(
        buffer.subarray(0, bytesRead).toString("utf8")
      );
      if (typeof value.pid === "number" && typeof value.host === "string")
        holder = {
          pid: value.pid,
          host: value.host,
          start: value.start,
          since: String(value.since)
        };
    } catch {
      holder = void 0;
    }
    return { kind: "file", holder, modifiedMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}
async function lockReportPath(reportPath, options = {}) {
  const path = `${reportPath}.lock`;
  const now = options.now ?? Date.now;
  const staleAfterMs = options.foreignStaleAfterMs ?? FOREIGN_LOCK_STALE_AFTER_MS;
  const me = {
    pid: process.pid,
    host: hostname(),
    start: startTicks(process.pid),
    since: new Date(now()).toISOString()
  };
  try {
    await mkdir2(dirname3(reportPath), { recursive: true });
  } catch (error) {
    throw new ReportWriteError(
      dirname3(reportPath),
      `the report's folder cannot be created: ${error.message}`
    );
  }
  let released = false;
  let identity;
  const lock = {
    path,
    async release() {
      if (released) return;
      released = true;
      const stats = await lstat2(path).catch(() => void 0);
      if (stats && identity && (stats.dev !== identity.dev || stats.ino !== identity.ino)) return;
      await rm2(path, { force: true }).catch(() => void 0);
    }
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}
`, { flag: "wx" });
      const stats = await lstat2(path).catch(() => void 0);
      if (stats) identity = { dev: stats.dev, ino: stats.ino };
      return lock;
    } catch (error) {
      const code = error.code;
      if (code !== "EEXIST") {
        if (code !== "ENOTDIR" && code !== "EACCES" && code !== "EROFS")
          await rm2(path, { force: true }).catch(() => void 0);
        throw new ReportWriteError(
          path,
          `the report's folder cannot be written: ${error.message}`
        );
      }
    }
    const found = await readLock(path);
    if (found.kind === "not a file") {
      throw new ReportWriteError(
        path,
        `the report's lock is ${found.what}, not a regular file: it was not made by a verification run and is left as it is; remove it, or choose another report-path`
      );
    }
    if (found.kind === "gone") continue;
    const { holder } = found;
    if (holder === void 0 && attempt === 0) {
      await new Promise((resolve8) => setTimeout(resolve8, 200));
      continue;
    }
    const why = holder === void 0 ? `Took over the lock ${path}: it names no run that could hold it (its content is not a lock's)` : whyDead(holder, path, found.modifiedMs, staleAfterMs, now());
    if (holder && why === void 0) {
      throw new ReportPathBusyError(
        reportPath,
        `process ${holder.pid} on ${holder.host}, since ${holder.since}`
      );
    }
    if (attempt >= 3)
      throw new ReportPathBusyError(reportPath, `its lock ${path} keeps coming back`);
    await rm2(path, { force: true });
    if (why !== void 0) options.onTakeOver?.(why);
  }
}
async function withReportLock(reportPath, write, options = {}) {
  const lock = await lockReportPath(reportPath, options);
  try {
    await rm2(reportFilePaths(reportPath).log, { force: true });
    return await write();
  } finally {
    await lock.release();
  }
}

// src/common/report-read.ts
import { readFile } from "node:fs/promises";
var STATUSES = ["passed", "failed"];
var STATES = ["passed", "failed", "error", "skipped"];
var KINDS2 = ["missing", "extra", "changed", "type"];
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
    "differences",
    "accepted_differences"
  ]))
    return;
  checkStrings(problems, `${path}.title_path`, value.title_path);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES);
  checkEnum(problems, `${path}.state`, value.state, STATES);
  if (!isSeconds(value.duration))
    problems.add(`${path}.duration`, "a number of seconds \u2265 0", value.duration);
  checkString(problems, `${path}.message`, value.message, true);
  checkString(problems, `${path}.stack`, value.stack, true);
  checkLocation(problems, `${path}.location`, value.location);
  checkDifferences(problems, `${path}.differences`, value.differences);
  checkDifferences(problems, `${path}.accepted_differences`, value.accepted_differences);
}
function checkDifferences(problems, path, value) {
  if (value === void 0) return;
  if (!Array.isArray(value)) {
    problems.add(path, "a list", value);
    return;
  }
  value.forEach((difference, index) => {
    const at = `${path}[${index}]`;
    if (!checkObject(
      problems,
      at,
      difference,
      ["path", "kind", "message"],
      ["path", "kind", "message", "old", "new"]
    ))
      return;
    checkString(problems, `${at}.path`, difference.path);
    checkEnum(problems, `${at}.kind`, difference.kind, KINDS2);
    checkString(problems, `${at}.message`, difference.message);
  });
}
function checkHook(problems, path, value) {
  const required = ["title", "full_title", "file", "category", "message"];
  if (!checkObject(problems, path, value, required, [...required, "stack", "location"])) return;
  checkString(problems, `${path}.title`, value.title);
  checkString(problems, `${path}.full_title`, value.full_title);
  checkFile(problems, `${path}.file`, value.file);
  checkEnum(problems, `${path}.category`, value.category, ALL_CATEGORIES);
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
var BASELINE_COUNTS = ["entries", "accepted", "new", "stale"];
var BASELINE_LISTS = ["accepted_differences", "new_differences", "stale_entries"];
function checkBaseline(problems, path, value) {
  const required = ["file", "passed_with_accepted", ...BASELINE_COUNTS, ...BASELINE_LISTS];
  if (!checkObject(problems, path, value, required, [...required, "written"])) return;
  checkString(problems, `${path}.file`, value.file);
  checkStrings(problems, `${path}.passed_with_accepted`, value.passed_with_accepted);
  for (const key of [...BASELINE_COUNTS, "written"]) {
    if (key === "written" && value.written === void 0) continue;
    if (!isCount(value[key])) problems.add(`${path}.${key}`, "a whole number \u2265 0", value[key]);
  }
  const counted = {
    accepted_differences: "accepted",
    new_differences: "new",
    stale_entries: "stale"
  };
  for (const key of BASELINE_LISTS) {
    const list2 = value[key];
    if (!Array.isArray(list2)) {
      problems.add(`${path}.${key}`, "a list", list2);
      continue;
    }
    if (isCount(value[counted[key]]) && value[counted[key]] !== list2.length)
      problems.list.push(
        `${path}.${counted[key]} (${String(value[counted[key]])}) is not the number of ${key} (${list2.length})`
      );
    list2.forEach((item, index) => {
      const at = `${path}.${key}[${index}]`;
      if (!isObject(item)) return problems.add(at, "an object", item);
      checkString(problems, `${at}.test`, item.test);
      checkString(problems, `${at}.path`, item.path);
      checkEnum(problems, `${at}.kind`, item.kind, KINDS2);
    });
  }
}
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
  if (!checkObject(problems, "report", value, TOP_KEYS, [...TOP_KEYS, "baseline"]))
    return problems.list;
  const major = REPORT_SCHEMA_VERSION.split(".")[0];
  if (typeof value.schema_version !== "string" || value.schema_version.split(".")[0] !== major) {
    problems.add("report.schema_version", `a ${major}.x version`, value.schema_version);
  }
  for (const key of ["timestamp", "service", "old_version", "new_version"])
    checkString(problems, `report.${key}`, value[key]);
  if (typeof value.timestamp === "string" && Number.isNaN(Date.parse(value.timestamp))) {
    problems.add("report.timestamp", "an ISO 8601 date-time", value.timestamp);
  }
  if (checkObject(problems, "report.results", value.results, CATEGORIES, ALL_CATEGORIES)) {
    for (const [category, result] of Object.entries(value.results)) {
      if (ALL_CATEGORIES.includes(category))
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
  if (value.baseline !== void 0) checkBaseline(problems, "report.baseline", value.baseline);
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
var MAX_PROBLEMS = 5;
async function readReport(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ReportReadError(
      path,
      code === "ENOENT" ? "the file does not exist" : `the file cannot be read (${error.message})`
    );
  }
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new ReportReadError(path, `it is not valid JSON (${error.message})`);
  }
  const problems = reportShapeProblems(value);
  if (problems.length > 0) {
    const listed2 = problems.slice(0, MAX_PROBLEMS).join("; ");
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : "";
    throw new ReportReadError(path, `it is not a verification report: ${listed2}${more}`);
  }
  return value;
}

// src/pipeline/verify.ts
import { mkdtemp, rm as rm6 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname8, join as join7, relative as relative12 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/plan/previous-report.ts
import { existsSync as existsSync4 } from "node:fs";
import { relative as relative7 } from "node:path";

// src/plan/spec-files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { createHash } from "node:crypto";
import { existsSync as existsSync3 } from "node:fs";
import { readdir as readdir2, realpath as realpath2 } from "node:fs/promises";
import { isAbsolute as isAbsolute5, join as join2, relative as relative6, sep as sep5 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync as realpathSync2, stat, statSync as statSync2 } from "fs";
import { isAbsolute as isAbsolute4, posix, resolve as resolve5 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname4, normalize, relative as relative5, resolve as resolve4, sep as sep4 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep4) normalized = normalized.substring(0, normalized.length - 1);
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
  if (resolvePaths) path = resolve4(path);
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
    else return convertSlashes(relative5(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
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
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
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
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
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
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
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
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
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
    pathSeparator: sep4,
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
  result = isAbsolute4(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
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
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve5(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
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
  const [crawler, relative15] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative15) : [];
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
    if (file.includes("\uFFFD") && !existsSync3(join2(workingDirectory, file))) {
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
    const target = await realpath2(join2(workingDirectory, file)).catch(() => void 0);
    const fromRoot = target === void 0 ? void 0 : relative6(root, target);
    if (fromRoot === void 0 || fromRoot === "" || fromRoot === ".." || fromRoot.startsWith(`..${sep5}`) || isAbsolute5(fromRoot)) {
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
    for (const entry of await readdir2(join2(workingDirectory, folder), { withFileTypes: true })) {
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
  const shown = relative7(workspace, path) || path;
  if (!existsSync4(path)) {
    logger.warning(`${input}: ${shown} does not exist; balancing shards by file count instead`);
    return void 0;
  }
  try {
    const report2 = await readReport(path);
    const durations = durationsByFile(report2.tests);
    logger.info(`Balancing shards by the durations of ${durations.size} spec file(s) in ${shown}`);
    return durations;
  } catch (error) {
    throw new InputError(
      input,
      shown,
      `a verification-report.json written by verify-migration (${error.message})`
    );
  }
}

// src/junit/run.ts
import { stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute6, relative as relative8, resolve as resolve6, sep as sep6 } from "node:path";

// src/junit/categories.ts
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

// src/junit/parse.ts
var import_saxes = __toESM(require_saxes(), 1);
import { constants as constants3 } from "node:fs";
import { open as open3 } from "node:fs/promises";
var MAX_JUNIT_DEPTH = 256;
function seconds2(value) {
  const number2 = Number((value ?? "").replace(/,/g, ""));
  return Number.isFinite(number2) && number2 >= 0 ? number2 : 0;
}
function messageOf(problem) {
  const message = problem.message?.trim();
  if (message) return message;
  return problem.text.trim().split("\n").find((line) => line.trim() !== "")?.trim() ?? void 0;
}
function declaredCount(value) {
  const text2 = value?.trim();
  return text2 !== void 0 && /^\d{1,15}$/.test(text2) ? Number(text2) : void 0;
}
function detached(text2) {
  return JSON.parse(JSON.stringify(text2));
}
function sharedStrings() {
  const seen = /* @__PURE__ */ new Map();
  return (text2) => {
    let kept = seen.get(text2);
    if (kept === void 0) {
      kept = detached(text2);
      if (seen.size < 1e5) seen.set(kept, kept);
    }
    return kept;
  };
}
function readCase(frame, shared) {
  const { attributes: attributes2, failures, errors, skipped } = frame;
  const suites = frame.suite?.path ?? [];
  const pytest = frame.suite?.pytest ?? false;
  const problems = [...failures, ...errors];
  const state = failures.length > 0 ? "failed" : errors.length > 0 ? "error" : skipped.length > 0 ? "skipped" : "passed";
  const lineText = attributes2.line;
  const lineNumber = lineText !== void 0 && /^\d+$/.test(lineText.trim()) ? Number(lineText) : null;
  const record = {
    name: detached(attributes2.name ?? ""),
    classname: shared(attributes2.classname ?? ""),
    suites,
    file: attributes2.file !== void 0 ? shared(attributes2.file) : frame.suite?.file ?? null,
    // pytest writes its 0-based `item.location` line; everyone else counts from 1.
    line: lineNumber === null ? null : pytest ? lineNumber + 1 : lineNumber,
    state,
    duration: seconds2(attributes2.time)
  };
  if (state === "skipped") {
    const message = messageOf(skipped[0]);
    if (message) record.message = detached(message);
  } else if (problems.length > 0) {
    const messages = problems.map(messageOf).filter((message) => message !== void 0);
    if (messages.length > 0) record.message = detached(messages.join("\n"));
    const stacks = problems.map((problem) => problem.text.trim()).filter((stack) => stack !== "");
    if (stacks.length > 0) record.stack = detached(stacks.join("\n\n"));
  }
  return record;
}
function createJUnitParser(file, onCase) {
  const parser = new import_saxes.SaxesParser({ position: true, xmlns: false });
  const stack = [];
  const mismatches = [];
  let tests = 0;
  let sawRoot = false;
  const shared = sharedStrings();
  const suiteFile = (attributes2, outer) => {
    const own = attributes2.file ?? attributes2.filepath;
    return own === void 0 ? outer : shared(own);
  };
  const refuse2 = (reason) => {
    throw new ReportReadError(file, reason);
  };
  parser.on("error", (error) => {
    const message = error.message.replace(/^\d+:\d+: /, "");
    refuse2(`it is not well-formed XML (line ${parser.line}, column ${parser.column}: ${message})`);
  });
  parser.on("doctype", (doctype) => {
    if (doctype.includes("["))
      refuse2(
        `it declares a DOCTYPE with an internal subset (line ${parser.line}): entities are never expanded and external ones never read, so JUnit XML must not need them`
      );
  });
  const text2 = (chunk) => {
    const top = stack[stack.length - 1];
    if (top?.kind === "problem") top.problem.text += chunk;
  };
  parser.on("text", text2);
  parser.on("cdata", text2);
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const attributes2 = tag.attributes;
    if (stack.length >= MAX_JUNIT_DEPTH)
      refuse2(
        `its elements nest deeper than ${MAX_JUNIT_DEPTH} levels (line ${parser.line}): no JUnit producer nests suites that deep`
      );
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== "testsuites" && tag.name !== "testsuite")
        refuse2(
          `it is not JUnit XML: it has the root element <${tag.name}>, not <testsuites> or <testsuite>`
        );
    }
    if (parent === void 0 || parent.kind === "suite") {
      if (tag.name === "testsuite" || tag.name === "testsuites") {
        const name = attributes2.name;
        const report2 = parent === void 0 && tag.name === "testsuites";
        const titled = name !== void 0 && name !== "" && !report2;
        stack.push({
          kind: "suite",
          path: titled ? [...parent?.path ?? [], shared(name)] : parent?.path ?? [],
          file: report2 ? null : suiteFile(attributes2, parent?.file ?? null),
          pytest: !report2 && ((parent?.pytest ?? false) || name === "pytest"),
          label: name !== void 0 && name !== "" ? (
            // A name is shown, not kept whole: a hostile one could be megabytes.
            `<${tag.name} name=${JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}...` : name)}>`
          ) : `<${tag.name}>`,
          attributes: attributes2,
          shown: { tests: 0, failing: 0 }
        });
        return;
      }
      if (tag.name === "testcase") {
        stack.push({
          kind: "case",
          attributes: attributes2,
          suite: parent ?? null,
          failures: [],
          errors: [],
          skipped: []
        });
        return;
      }
    }
    if (parent?.kind === "case") {
      const problem = { message: attributes2.message, text: "" };
      if (tag.name === "failure") parent.failures.push(problem);
      else if (tag.name === "error") parent.errors.push(problem);
      else if (tag.name === "skipped") parent.skipped.push(problem);
      else {
        stack.push({ kind: "ignored" });
        return;
      }
      stack.push({ kind: "problem", problem });
      return;
    }
    stack.push({ kind: "ignored" });
  });
  parser.on("closetag", () => {
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame?.kind === "case") {
      tests += 1;
      onCase(readCase(frame, shared));
      if (parent?.kind === "suite") {
        parent.shown.tests += 1;
        if (frame.failures.length > 0 || frame.errors.length > 0) parent.shown.failing += 1;
      }
    } else if (frame?.kind === "suite") {
      for (const attribute of ["tests", "failures", "errors"]) {
        const declared = declaredCount(frame.attributes[attribute]);
        const shown = attribute === "tests" ? frame.shown.tests : frame.shown.failing;
        if (declared !== void 0 && declared > shown)
          mismatches.push({ suite: frame.label, attribute, declared, shown });
      }
      if (parent?.kind === "suite") {
        parent.shown.tests += frame.shown.tests;
        parent.shown.failing += frame.shown.failing;
      }
    }
  });
  return {
    write(chunk) {
      parser.write(chunk);
    },
    close() {
      parser.close();
      if (!sawRoot)
        refuse2("it is not JUnit XML: it has no root element, not <testsuites> or <testsuite>");
      return { tests, mismatches };
    }
  };
}
async function readJUnitFile(path, file, onCase) {
  const parser = createJUnitParser(file, onCase);
  let handle;
  try {
    handle = await open3(path, constants3.O_RDONLY | constants3.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const what = stats.isFIFO() ? "a FIFO (named pipe)" : stats.isDirectory() ? "a folder" : "a device or socket";
      throw new ReportReadError(file, `it is ${what}, not a regular file`);
    }
  } catch (error) {
    await handle?.close();
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError(file, `it cannot be read: ${error.message}`);
  }
  const stream = handle.createReadStream({ encoding: "utf8", highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) parser.write(chunk);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError(file, `it cannot be read: ${error.message}`);
  } finally {
    stream.destroy();
  }
  return { file, ...parser.close() };
}

// src/run/process.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir3 } from "node:fs/promises";
import { dirname as dirname5 } from "node:path";

// src/run/lines.ts
import { finished } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
function lineSplitter(emit) {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const take = (text2) => {
    const open4 = text2.endsWith("\r");
    const lines = (open4 ? text2.slice(0, -1) : text2).split(/\r\n|\r|\n/);
    pending = (lines.pop() ?? "") + (open4 ? "\r" : "");
    for (const line of lines) emit(line);
  };
  return {
    write(data) {
      take(pending + decoder.write(data));
    },
    flush() {
      take(pending + decoder.end());
      const last = pending.endsWith("\r") ? pending.slice(0, -1) : pending;
      if (pending !== "") emit(last);
      pending = "";
    }
  };
}
async function closeStream(stream) {
  stream.end();
  await finished(stream).catch(() => void 0);
}

// src/run/spawn.ts
import { spawn as spawn2 } from "node:child_process";

// src/run/process-tree.ts
import { spawn } from "node:child_process";
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
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
      const stat3 = readFileSync3(`/proc/${name}/stat`, "utf8");
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
    await new Promise((resolve8) => setTimeout(resolve8, 25));
    left = liveInGroup(pid);
  }
  const names = left?.map((entry) => commandName(entry.pid));
  const signalled = sendKill(-pid);
  return names ?? signalled;
}
function commandName(pid) {
  try {
    return readFileSync3(`/proc/${pid}/comm`, "utf8").trim() || String(pid);
  } catch {
    return String(pid);
  }
}

// src/run/spawn.ts
var CLOSE_GRACE_MS = 5e3;
var createExecProcess = () => ({
  run(command, args, options) {
    return new Promise((resolve8, reject) => {
      const child = spawn2(command, [...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: process.platform !== "win32",
        windowsHide: true
      });
      let group = { phase: "running" };
      const stop = () => {
        if (child.pid === void 0 || group.phase === "settled") return;
        if (group.phase === "leader-exited") sendKill(-child.pid);
        else killProcessTree(child.pid);
      };
      const settle = (action) => {
        if (group.phase === "settled") return;
        if (group.phase === "leader-exited") clearTimeout(group.graceTimer);
        group = { phase: "settled" };
        options.signal?.removeEventListener("abort", stop);
        action();
      };
      child.stdout.on("data", options.onStdout);
      child.stderr.on("data", options.onStderr);
      if (options.signal?.aborted) stop();
      else options.signal?.addEventListener("abort", stop, { once: true });
      child.once("error", (error) => settle(() => reject(error)));
      child.once("exit", (code) => {
        if (group.phase !== "running") return;
        const leftovers = reportLeftovers(child.pid, options);
        const graceTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          void leftovers.then(() => settle(() => resolve8(code)));
        }, CLOSE_GRACE_MS);
        group = { phase: "leader-exited", exitCode: code, leftovers, graceTimer };
      });
      child.once("close", (code) => {
        const exited = group.phase === "leader-exited" ? group : void 0;
        void (exited?.leftovers ?? Promise.resolve()).then(
          () => settle(() => resolve8(code ?? exited?.exitCode ?? null))
        );
      });
    });
  }
});
async function reportLeftovers(pid, options) {
  if (pid === void 0 || process.platform === "win32" || options.signal?.aborted) return;
  const left = await killGroupLeftovers(pid);
  if (left === false || Array.isArray(left) && left.length === 0) return;
  const what = left === true ? "the processes" : `${left.length} process(es) (${left.join(", ")})`;
  options.onStderr(
    Buffer.from(
      `verify-migration: killed ${what} that the test process left running after it exited
`
    )
  );
}

// src/run/process.ts
function commandLine(command, args) {
  return [command, ...args].map((word) => /^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)).join(" ");
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
  log2.on("error", (error) => {
    logError ??= error.message;
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
  } catch (error) {
    startError = error instanceof Error ? error.message : String(error);
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
    if (pattern.trim() === "" || isAbsolute6(pattern) || pattern.split(/[\\/]/).includes("..")) {
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
    const info = await stat2(file).catch(() => void 0);
    if (info) times.set(file, info.mtimeMs);
  }
  return times;
}
function relativePath(workingDirectory, file) {
  const path = relative8(workingDirectory, resolve6(workingDirectory, file));
  return path === "" || path.startsWith("..") || isAbsolute6(path) ? resolve6(workingDirectory, file) : path.split(sep6).join("/");
}
function titlePath(test) {
  if (test.classname === "" || test.name.includes(test.classname)) return [test.name];
  return [test.classname, test.name];
}
function toRecord(test, workingDirectory, rules, paths) {
  const title_path = titlePath(test);
  let file = null;
  if (test.file !== null) {
    file = paths.get(test.file) ?? relativePath(workingDirectory, test.file);
    paths.set(test.file, file);
  }
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
var MAX_MISMATCHES = 3;
function describeMismatches(name, mismatches) {
  const listed2 = mismatches.slice(0, MAX_MISMATCHES).map(
    ({ suite, attribute, declared, shown }) => attribute === "tests" ? `${suite} declares tests="${declared}" but holds ${shown} <testcase> elements` : `${suite} declares ${attribute}="${declared}" but only ${shown} of its test cases failed or errored`
  ).join("; ");
  const more = mismatches.length > MAX_MISMATCHES ? `; and ${mismatches.length - MAX_MISMATCHES} more` : "";
  return `${name} declares more than it holds: ${listed2}${more}. The file was cut short or edited, so the tests it lists cannot be trusted to be all of them`;
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
  let linkedOut = 0;
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
    const outside = realPathOutside(file, options.workspace ?? workingDirectory);
    if (outside !== void 0) {
      broken += 1;
      linkedOut += 1;
      problems.push(
        `${name} leads through a symbolic link to ${outside}, outside the workspace: it is not read, since the JUnit XML must be the run's own; write it inside the workspace`
      );
      continue;
    }
    freshFiles += 1;
    const records = [];
    const paths = /* @__PURE__ */ new Map();
    let suite;
    try {
      suite = await readJUnitFile(
        file,
        name,
        (test) => records.push(toRecord(test, workingDirectory, rules, paths))
      );
    } catch (error) {
      broken += 1;
      problems.push(
        error instanceof ReportReadError ? error.message : `Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`
      );
      continue;
    }
    if (suite.tests === 0) {
      problems.push(
        `${name} holds no tests (no <testcase> elements): nothing in it can pass the gate`
      );
      continue;
    }
    if (suite.mismatches.length > 0) problems.push(describeMismatches(name, suite.mismatches));
    for (const record of records) tests.push(record);
  }
  const code = exitCode === null ? "no exit code" : `exit code ${exitCode}`;
  if (files.length === 0) {
    problems.push(
      exitCode !== 0 ? `the command ${shown} failed (${code}) and wrote no JUnit XML matching ${globsText}` : `the command ${shown} succeeded but wrote no JUnit XML matching ${globsText}: tell the runner to write it there (pytest --junitxml=junit.xml, jest with jest-junit, go test with go-junit-report or gotestsum --junitfile)`
    );
  } else if (freshFiles === 0 && linkedOut === 0) {
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

// src/run/migrations.ts
import { existsSync as existsSync5, readFileSync as readFileSync5 } from "node:fs";
import { readFile as readFile3, rm as rm4 } from "node:fs/promises";
import { createRequire as createRequire3 } from "node:module";
import { join as join5, relative as relative9, resolve as resolve7 } from "node:path";

// src/common/child-environment.ts
var DATABASE_URL_ENV = "VERIFY_MIGRATION_DATABASE_URL";
var MIGRATIONS_CONFIG_ENV = "VERIFY_MIGRATION_MIGRATIONS_CONFIG";
var REPLAY_CONFIG_ENV = "VERIFY_MIGRATION_REPLAY_CONFIG";

// src/run/mocha.ts
import { execFile as execFile2 } from "node:child_process";
import { accessSync, constants as constants4, readFileSync as readFileSync4 } from "node:fs";
import { readFile as readFile2, rm as rm3 } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { delimiter, dirname as dirname6, join as join4 } from "node:path";

// src/common/reporter-records.ts
var RECORDS_ENV = "VERIFY_MIGRATION_RECORDS";

// src/run/outcome.ts
import { join as join3 } from "node:path";
import { pathToFileURL } from "node:url";
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
function stateOf(error) {
  return error.name === "AssertionError" || error.code === "ERR_ASSERTION" ? "failed" : "error";
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
var ERROR_LINE = /^\s*(?:Exception during run: |Error: the spec file .*? failed to load: |Error: a spec file failed to load: )?((?:[A-Z][\w$]*)?Error\b.*)$/;
function findLoadFailure(stderr, plannedFiles, workingDirectory) {
  let best;
  for (const file of plannedFiles) {
    const absolute = join3(workingDirectory, file);
    for (const form of [absolute, pathToFileURL(absolute).href, file]) {
      const at = stderr.indexOf(form);
      if (at !== -1 && (best === void 0 || at < best.at)) best = { file, at };
    }
  }
  if (best === void 0) return void 0;
  const lines = stderr.split("\n");
  const start = lines.findIndex((line) => ERROR_LINE.test(line));
  if (start === -1) return { file: best.file, cause: "the error was not printed", stack: "" };
  let end = start + 1;
  while (end < lines.length && !/^\s+at /.test(lines[end]) && lines[end].trim() !== "") end += 1;
  const frames = end;
  while (end < lines.length && /^\s+at /.test(lines[end])) end += 1;
  const first = ERROR_LINE.exec(lines[start])[1].replace(/^(\w*Error)\[ @.*? \]/, "$1");
  const cause = [first, ...lines.slice(start + 1, frames)].join("\n").trim();
  const stack = [first, ...lines.slice(start + 1, end)].join("\n").trim();
  const failure = { file: best.file, cause, stack };
  const location = locate(stack, workingDirectory);
  if (location && location.file === best.file) failure.line = location.line;
  return failure;
}
function loadFailureRecord(failure) {
  const record = {
    title_path: [failure.file, "loading the spec file"],
    full_title: `${failure.file} loading the spec file`,
    file: failure.file,
    category: "other",
    state: "error",
    duration: 0,
    message: `${failure.file} did not load: ${failure.cause}`
  };
  if (failure.stack !== "") record.stack = failure.stack;
  if (failure.line !== void 0) record.location = { file: failure.file, line: failure.line };
  return record;
}
function buildOutcome(parsed, end, context) {
  const start = parsed.records.find((record) => record.type === "start");
  const ended = parsed.records.some((record) => record.type === "end");
  const problems = [...parsed.problems];
  if (end.startError !== void 0)
    problems.push(`the test process could not be started: ${end.startError}`);
  if (!start) return outcomeWithoutRun(problems, end, context.loadFailure);
  const replay = replayRecords(parsed.records);
  problems.push(...replay.uncaught);
  const cutInHook = ended ? void 0 : replay.openHook;
  if (cutInHook) {
    const message = end.stoppedBecause !== void 0 ? `still running when ${end.stoppedBecause}: the test process was killed` : `the test process ended while this hook ran (${exitDescription(end)})`;
    replay.hookFailures.push({ type: "hook-fail", ...cutInHook, error: { message } });
  }
  const blockingHooks = /* @__PURE__ */ new Set();
  const tests = start.tests.map(
    (test) => testRecord(test, replay, blockingHooks, { end, ended, cwd: context.workingDirectory })
  );
  const hook_failures = replay.hookFailures.filter((hook) => hook.hook.startsWith("after") || !blockingHooks.has(hook)).map((hook) => hookFailure(hook, context.workingDirectory));
  problems.push(
    ...endProblems(end, ended, { start, replay, tests, hook_failures, cutInHook }),
    ...collectionProblems(start, tests, context.plannedFiles)
  );
  return {
    completed: ended && end.exitCode !== null && end.startError === void 0,
    exit_code: end.exitCode,
    tests,
    hook_failures,
    problems,
    duration: end.duration
  };
}
function outcomeWithoutRun(problems, end, loadFailure) {
  const failure = end.stoppedBecause === void 0 ? loadFailure : void 0;
  problems.push(
    end.stoppedBecause !== void 0 ? `${end.stoppedBecause} before mocha started the run: the test process and every process it started were killed` : failure !== void 0 ? `the spec file ${failure.file} did not load, so mocha ran no test (${loadExitDescription(end)}): ${failure.cause}` : `mocha did not start the run (${loadExitDescription(end)}): a spec file failed to load or mocha could not start:
${stderrExcerpt(end.stderrTail)}`
  );
  return {
    completed: false,
    exit_code: end.exitCode,
    // Counted as an error, so a JUnit reader sees the failure, not an empty run.
    tests: failure === void 0 ? [] : [loadFailureRecord(failure)],
    hook_failures: [],
    problems,
    duration: end.duration
  };
}
function replayRecords(records) {
  const replay = { results: /* @__PURE__ */ new Map(), hookFailures: [], uncaught: [] };
  for (const record of records) {
    if (record.type !== "hook-begin") replay.openHook = void 0;
    switch (record.type) {
      case "hook-begin": {
        const { type: _type, ...place2 } = record;
        replay.openHook = place2;
        break;
      }
      case "test-begin":
        replay.lastStarted = record.id;
        break;
      case "pass":
        if (!replay.results.has(record.id))
          replay.results.set(record.id, {
            state: "passed",
            duration: record.duration,
            accepted: record.accepted
          });
        break;
      case "pending":
        if (!replay.results.has(record.id))
          replay.results.set(record.id, { state: "skipped", duration: 0 });
        break;
      case "fail":
        replay.results.set(record.id, {
          state: stateOf(record.error),
          duration: record.duration,
          error: record.error,
          accepted: record.accepted
        });
        break;
      case "hook-fail":
        replay.hookFailures.push(record);
        break;
      case "uncaught":
        replay.uncaught.push(
          `an error was not caught by any test (${record.title}): ${record.error.message}`
        );
        break;
    }
  }
  return replay;
}
function errorFields(message, error, cwd) {
  const fields = { message };
  if (error.stack) fields.stack = error.stack;
  const location = locate(error.stack, cwd);
  if (location) fields.location = location;
  return fields;
}
function testRecord(test, replay, blockingHooks, run3) {
  const base = {
    title_path: test.title_path,
    full_title: fullTitleOf(test.title_path),
    file: test.file,
    category: test.category
  };
  const result = replay.results.get(test.id);
  if (result) {
    const record = { ...base, state: result.state, duration: result.duration / 1e3 };
    if (result.accepted) record.accepted_differences = result.accepted;
    if (result.error) {
      Object.assign(record, errorFields(result.error.message, result.error, run3.cwd));
      if (result.error.differences) record.differences = result.error.differences;
    }
    return record;
  }
  const hook = [...replay.hookFailures].reverse().find((failure) => test.suite_ids.includes(failure.suite_id));
  if (hook) {
    blockingHooks.add(hook);
    return {
      ...base,
      state: "error",
      duration: 0,
      ...errorFields(`${hook.title} failed: ${hook.error.message}`, hook.error, run3.cwd)
    };
  }
  if (test.pending && run3.ended) return { ...base, state: "skipped", duration: 0 };
  let message = run3.ended ? "did not run, and mocha gave no reason" : "did not run: the test process ended before reaching it";
  if (run3.end.stoppedBecause !== void 0 && !run3.ended) {
    message = test.id === replay.lastStarted ? `still running when ${run3.end.stoppedBecause}: the test process was killed` : `did not run: ${run3.end.stoppedBecause} first and the test process was killed`;
  }
  return { ...base, state: "error", duration: 0, message };
}
function hookFailure(hook, cwd) {
  return {
    title: hook.title,
    full_title: fullTitleOf(hook.title_path),
    file: hook.file,
    category: hook.category,
    ...errorFields(hook.error.message, hook.error, cwd)
  };
}
function endProblems(end, ended, run3) {
  const { replay, tests, cutInHook } = run3;
  const collected = new Map(run3.start.tests.map((test) => [test.id, test]));
  const reported = run3.start.tests.filter((test) => replay.results.has(test.id)).length;
  const last = replay.lastStarted === void 0 ? void 0 : collected.get(replay.lastStarted);
  if (end.stoppedBecause !== void 0) {
    const stillRunning = ended || replay.lastStarted === void 0 || replay.results.has(replay.lastStarted) ? void 0 : last;
    return [
      `${end.stoppedBecause}: the test process and every process it started were killed ` + (ended ? "after the run had finished (something the suites started kept mocha from exiting)" : `after ${reported} of ${tests.length} tests` + (cutInHook ? `; still running: ${describeHook(cutInHook)}` : stillRunning ? `; still running: ${describeTest(stillRunning)}` : ""))
    ];
  }
  if (!ended) {
    return [
      `the test process exited before the run finished (${exitDescription(end)}) after ${reported} of ${tests.length} tests` + (cutInHook ? `; it was running ${describeHook(cutInHook)}` : last ? `; last test started: ${describeTest(last)}` : "") + " (a process.exit() in a test or hook, a crash, or a kill)"
    ];
  }
  if (end.exitCode === null)
    return ["the test process was killed by a signal after the run finished"];
  const failing = tests.filter((test) => test.state === "failed" || test.state === "error").length + run3.hook_failures.length;
  if (end.exitCode !== 0 && failing === 0) {
    return [
      `mocha exited with code ${end.exitCode} although no test or hook failed:
${stderrExcerpt(end.stderrTail)}`
    ];
  }
  return [];
}
function collectionProblems(start, tests, plannedFiles) {
  const problems = [];
  if (start.total !== tests.length) {
    problems.push(`mocha counted ${start.total} tests but the reporter collected ${tests.length}`);
  }
  const planned = new Set(plannedFiles);
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
  return problems;
}

// src/run/mocha.ts
function projectMocha(workingDirectory) {
  try {
    const manifestPath = createRequire2(join4(workingDirectory, "package.json")).resolve(
      "mocha/package.json"
    );
    const manifest = JSON.parse(readFileSync4(manifestPath, "utf8"));
    const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.mocha ?? "bin/mocha.js";
    return { bin: join4(dirname6(manifestPath), bin), version: manifest.version };
  } catch {
    return void 0;
  }
}
function findNode(env) {
  for (const folder of (env.PATH ?? "").split(delimiter)) {
    if (!folder || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(folder)) continue;
    const candidate = join4(folder, "node");
    try {
      accessSync(candidate, constants4.X_OK);
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
    text2 = await readFile2(options.recordsPath, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") {
      parsedProblems.push(`the reporter's stream cannot be read: ${error.message}`);
    }
  }
  const parsed = parseRecords(text2, "of test events");
  parsed.problems.unshift(...parsedProblems);
  const started = parsed.records.some((record) => record.type === "start");
  const loadFailure = started ? void 0 : findLoadFailure(end.stderrTail, options.files, workingDirectory);
  if (loadFailure) await pinpoint(loadFailure, workingDirectory, findNode(options.env));
  return buildOutcome(parsed, end, { workingDirectory, plannedFiles: options.files, loadFailure });
}
async function pinpoint(failure, workingDirectory, node) {
  if (failure.line !== void 0) return;
  const path = join4(workingDirectory, failure.file);
  if (/^SyntaxError\b/.test(failure.cause) && /\.[cm]?js$/.test(failure.file)) {
    const check = await new Promise((resolve8) => {
      execFile2(
        node,
        ["--check", path],
        { cwd: workingDirectory, timeout: 1e4 },
        (_error, _stdout, stderr) => resolve8(String(stderr))
      );
    });
    const line = new RegExp(`^${escapeRegExp(path)}:(\\d+)$`, "m").exec(check)?.[1];
    if (line !== void 0) {
      failure.line = Number(line);
      failure.cause = `${failure.cause} (line ${line})`;
    }
    return;
  }
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(failure.cause)?.[1];
  if (missing === void 0) return;
  const source = await readFile2(path, "utf8").catch(() => void 0);
  const index = source?.split("\n").findIndex((line) => line.includes(`'${missing}'`) || line.includes(`"${missing}"`));
  if (index !== void 0 && index !== -1) failure.line = index + 1;
}
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/run/migrations.ts
function notRun(problem) {
  return {
    completed: true,
    exit_code: 0,
    tests: [
      {
        title_path: ["migrations", "set up"],
        full_title: "migrations set up",
        file: null,
        category: "database_migration",
        state: "error",
        duration: 0,
        message: problem
      }
    ],
    hook_failures: [],
    problems: [],
    duration: 0
  };
}
function typeScriptLoader(workingDirectory, dataSource, input = "data-source") {
  if (!/\.[mc]?ts$/.test(dataSource)) return { nodeOptions: [] };
  const configs = [
    ".mocharc.json",
    ".mocharc.jsonc",
    ".mocharc.yml",
    ".mocharc.yaml",
    ".mocharc.js",
    ".mocharc.cjs",
    ".mocharc.mjs",
    "package.json"
  ];
  for (const name of configs) {
    const path = join5(workingDirectory, name);
    if (!existsSync5(path)) continue;
    const text2 = readFileSync5(path, "utf8");
    const mochaPart = name === "package.json" ? JSON.stringify(JSON.parse(text2).mocha ?? "") : text2;
    if (/tsx|ts-node|@swc-node|esbuild-register/.test(mochaPart)) return { nodeOptions: [] };
  }
  try {
    createRequire3(join5(workingDirectory, "package.json")).resolve("tsx");
    return { nodeOptions: ["--import", "tsx"] };
  } catch {
    return {
      problem: `${input} ${dataSource} is TypeScript, and the working directory has no tsx to load it: install it in the service (npm install --save-dev tsx), or point ${input} at the compiled .js module`
    };
  }
}
async function runMigrationsCheck(options) {
  const { settings, logger, workingDirectory } = options;
  if (settings.baseRef !== void 0) {
    try {
      const at = await filesAtRef(settings.baseRef, workingDirectory);
      logger.info(
        `Old version: the migration files at ${settings.baseRef} (${at.commit.slice(0, 12)})`
      );
    } catch (error) {
      if (error instanceof GitRefError) {
        logger.error(error.message);
        return { outcome: notRun(error.message) };
      }
      throw error;
    }
  } else {
    logger.info(
      `Old version: the ${settings.oldMigrations?.length ?? 0} migrations named in old-migrations`
    );
  }
  const loader = typeScriptLoader(workingDirectory, settings.dataSource);
  if ("problem" in loader) {
    logger.error(loader.problem);
    return { outcome: notRun(loader.problem) };
  }
  const resultPath = join5(options.temp, "migrations-result.json");
  await rm4(resultPath, { force: true });
  const config = {
    dataSource: settings.dataSource,
    ...settings.baseRef !== void 0 ? { baseRef: settings.baseRef } : {},
    ...settings.oldMigrations ? { oldMigrations: settings.oldMigrations } : {},
    rowsPerTable: settings.rowsPerTable,
    seed: settings.seed,
    ...settings.seedFile ? { seedFile: settings.seedFile } : {},
    ...settings.intent ? { intent: settings.intent } : {},
    resultPath
  };
  const env = {
    ...options.env,
    [MIGRATIONS_CONFIG_ENV]: JSON.stringify(config),
    ...settings.databaseUrl ? { [DATABASE_URL_ENV]: settings.databaseUrl } : {}
  };
  if (loader.nodeOptions.length > 0)
    env.NODE_OPTIONS = [env.NODE_OPTIONS ?? "", ...loader.nodeOptions].join(" ").trim();
  const suiteFile = relative9(workingDirectory, options.suitePath);
  const outcome = await runMochaSuites({
    workingDirectory,
    files: [suiteFile],
    env,
    reporterPath: options.reporterPath,
    bundledRunnerPath: options.bundledRunnerPath,
    recordsPath: join5(options.temp, "records.jsonl"),
    logPath: options.logPath,
    logger,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact,
    processFactory: options.processFactory
  });
  let result;
  try {
    result = JSON.parse(await readFile3(resultPath, "utf8"));
  } catch {
  }
  return {
    outcome: locateInMigrations(outcome, result, workingDirectory, settings.dataSource),
    result
  };
}
function declarationLine(text2, method) {
  const declaration = new RegExp(
    `^\\s*(?:(?:public|private|protected|static|async|override)\\s+)*${method}\\s*\\(`
  );
  return text2.split("\n").findIndex((line) => declaration.test(line)) + 1 || 1;
}
function locateInMigrations(outcome, result, workingDirectory, dataSource) {
  const migrations = result?.migrations;
  const byName = new Map(
    (Array.isArray(migrations) ? migrations : []).filter((migration) => typeof migration.name === "string").map((migration) => [migration.name, migration])
  );
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync5(resolve7(workingDirectory, file), "utf8"));
      } catch {
        texts.set(file, "");
      }
    }
    return texts.get(file);
  };
  const dataSourceFile = relative9(workingDirectory, dataSource);
  const tests = outcome.tests.map((test) => {
    const title = test.title_path[test.title_path.length - 1] ?? "";
    const migration = byName.get(title.split(":")[0]);
    const file = typeof migration?.file === "string" ? migration.file : void 0;
    if (!migration || !file) return { ...test, file: dataSourceFile };
    const down = /: down\(\)/.test(title);
    const seconds3 = down ? migration.downSeconds : migration.seconds;
    return {
      ...test,
      file,
      ...typeof seconds3 === "number" ? { duration: Math.round(seconds3 * 1e3) / 1e3 } : {},
      ...test.state === "failed" || test.state === "error" ? { location: { file, line: declarationLine(textOf(file), down ? "down" : "up") } } : {}
    };
  });
  return { ...outcome, tests };
}

// src/run/replay.ts
import { basename as basename2, join as join6, relative as relative10 } from "node:path";
function notRun2(problem) {
  return {
    completed: true,
    exit_code: 0,
    tests: [
      {
        title_path: ["replay", "set up"],
        full_title: "replay set up",
        file: null,
        category: "api_migration",
        state: "error",
        duration: 0,
        message: problem
      }
    ],
    hook_failures: [],
    problems: [],
    duration: 0
  };
}
async function runReplay(options) {
  const { settings, logger, workingDirectory } = options;
  const loader = typeScriptLoader(workingDirectory, settings.app, "traffic-app");
  if ("problem" in loader) {
    logger.error(loader.problem);
    return notRun2(loader.problem);
  }
  const config = {
    traffic: settings.traffic,
    app: settings.app,
    title: `replay ${basename2(settings.traffic)}`
  };
  const env = {
    ...options.env,
    [REPLAY_CONFIG_ENV]: JSON.stringify(config),
    ...settings.databaseUrl ? { [DATABASE_URL_ENV]: settings.databaseUrl } : {}
  };
  if (loader.nodeOptions.length > 0)
    env.NODE_OPTIONS = [env.NODE_OPTIONS ?? "", ...loader.nodeOptions].join(" ").trim();
  const outcome = await runMochaSuites({
    workingDirectory,
    files: [relative10(workingDirectory, options.suitePath)],
    env,
    reporterPath: options.reporterPath,
    bundledRunnerPath: options.bundledRunnerPath,
    recordsPath: join6(options.temp, "records.jsonl"),
    logPath: options.logPath,
    logger,
    timeLimitSeconds: options.timeLimitSeconds,
    redact: options.redact,
    processFactory: options.processFactory
  });
  return locateInRecording(outcome, settings.traffic, workingDirectory);
}
function locateInRecording(outcome, traffic, workingDirectory) {
  const file = relative10(workingDirectory, traffic);
  let lines = [];
  try {
    lines = loadTraffic(traffic).map((request) => request.line);
  } catch {
  }
  const tests = outcome.tests.map((test) => {
    const title = test.title_path[test.title_path.length - 1] ?? "";
    const line = lines[Number(/^#(\d+)\//.exec(title)?.[1] ?? 0) - 1];
    return {
      ...test,
      file,
      ...line !== void 0 && (test.state === "failed" || test.state === "error") ? { location: { file, line } } : {}
    };
  });
  return { ...outcome, tests };
}

// src/pipeline/baseline.ts
import { readFile as readFile4, rename as rename2, rm as rm5, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname7, relative as relative11 } from "node:path";
async function loadBaseline(input, path, workingDirectory) {
  const file = relative11(workingDirectory, path) || path;
  let text2;
  try {
    text2 = await readFile4(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return { path, file, exists: false, entries: [] };
    throw new BaselineError(input, file, 0, error.message);
  }
  try {
    return { path, file, exists: true, entries: parseBaseline(text2) };
  } catch (error) {
    if (error instanceof BaselineSyntaxError)
      throw new BaselineError(input, file, error.line, error.reason);
    throw error;
  }
}
async function writeUpdatedBaseline(baseline, tests, complete, workspace) {
  const entries = updatedBaseline(
    baseline.entries,
    tests,
    complete,
    (value) => canonicalJson(value).includes(MASK)
  );
  const outside = realPathOutside(dirname7(baseline.path), workspace);
  if (outside !== void 0)
    throw new Error(`its folder now leads out of the workspace, to ${outside}`);
  const beside = `${baseline.path}.writing`;
  await rm5(beside, { force: true });
  await writeFile2(beside, formatBaseline(entries), { flag: "wx" });
  await rename2(beside, baseline.path);
  return entries;
}

// src/pipeline/verify.ts
function runMetadata(env) {
  const entries = Object.entries(GITHUB_RUN_FIELDS).map(([field, variable]) => [
    field,
    env[variable]
  ]);
  return Object.fromEntries(entries);
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
  return withReportLock(settings.reportPath, () => verifyLocked(settings, deps), {
    onTakeOver: (message) => deps.logger.warning(message)
  });
}
async function verifyLocked(settings, deps) {
  const env = deps.env ?? process.env;
  const distDirectory = deps.distDirectory ?? dirname8(fileURLToPath2(import.meta.url));
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
  const report2 = async (outcome2, specFiles2, runner, shardPlan, migrations, baseline2) => {
    const redacted = redactDeep(outcome2, redact);
    const complete = settings.grep === void 0 && settings.shard === void 0;
    let baselineWritten;
    if (baseline2 && settings.updateBaseline) {
      try {
        const entries = await writeUpdatedBaseline(
          baseline2,
          redacted.tests,
          complete,
          settings.workspace
        );
        baselineWritten = entries.length;
        logger.info(
          `Baseline written to ${baseline2.file}: ${baselineWritten} accepted difference(s)`
        );
      } catch (error) {
        const problem = `the baseline ${baseline2.file} could not be written: ${error.message}`;
        logger.error(problem);
        redacted.problems.push(problem);
      }
    }
    const built = redactDeep(
      buildReport({
        settings,
        outcome: redacted,
        run: {
          ...runMetadata(env),
          shard: settings.shard,
          shard_plan: shardPlan,
          spec_files: specFiles2,
          grep: settings.grep,
          runner
        },
        migrations,
        baseline: baseline2 && {
          file: baseline2.file,
          entries: baseline2.entries,
          complete,
          written: baselineWritten
        }
      }),
      redact
    );
    try {
      await checkReportFolder(settings.reportPath, settings.workspace);
    } catch (error) {
      if (error instanceof ReportWriteError)
        throw new ReportWriteError(error.file, error.reason, built);
      throw error;
    }
    const written = await writeReportFiles(built, settings.reportPath, settings.workspace);
    logger.info(`Report written to ${relative12(settings.workspace, written.json)}`);
    return { report: built, files: written };
  };
  const withTemp = async (fn) => {
    const temp = await mkdtemp(
      join7(deps.tempDirectory ?? env.RUNNER_TEMP ?? tmpdir(), "verify-migration-")
    );
    try {
      return await fn(temp);
    } finally {
      await rm6(temp, { recursive: true, force: true }).catch(
        (error) => logger.warning(`Could not remove ${temp}: ${error.message}`)
      );
    }
  };
  if (settings.migrations) {
    const migrations = settings.migrations;
    return withTemp(async (temp) => {
      const { outcome: outcome2, result } = await logger.group(
        `Verifying the migrations of ${relative12(settings.workingDirectory, migrations.dataSource)} on a seeded copy`,
        () => runMigrationsCheck({
          workingDirectory: settings.workingDirectory,
          settings: migrations,
          env: { ...env, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
          reporterPath: join7(distDirectory, "reporter.cjs"),
          bundledRunnerPath: join7(distDirectory, "mocha-runner.js"),
          suitePath: join7(distDirectory, "migrations-suite.mjs"),
          temp,
          logPath: files.log,
          logger,
          timeLimitSeconds: timeLimitSeconds(settings),
          redact
        })
      );
      return await report2(
        outcome2,
        [relative12(settings.workingDirectory, migrations.dataSource)],
        "migrations",
        void 0,
        result
      );
    });
  }
  if (settings.replay) {
    const replay = settings.replay;
    const traffic = relative12(settings.workingDirectory, replay.traffic);
    return withTemp(async (temp) => {
      const outcome2 = await logger.group(
        `Replaying ${replay.requests} recorded request(s) of ${traffic} against old, a second old and new`,
        () => runReplay({
          workingDirectory: settings.workingDirectory,
          settings: replay,
          env: { ...env, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
          reporterPath: join7(distDirectory, "reporter.cjs"),
          bundledRunnerPath: join7(distDirectory, "mocha-runner.js"),
          suitePath: join7(distDirectory, "replay-suite.mjs"),
          temp,
          logPath: files.log,
          logger,
          timeLimitSeconds: timeLimitSeconds(settings),
          redact
        })
      );
      return report2(outcome2, [traffic], "replay");
    });
  }
  if (settings.commandRunner) {
    const runner = settings.commandRunner;
    const outcome2 = await logger.group(
      `Running ${runner.command} and reading its JUnit XML`,
      () => runCommandSuites({
        workingDirectory: settings.workingDirectory,
        workspace: settings.workspace,
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
  const baseline = settings.baseline === void 0 ? void 0 : await loadBaseline("baseline", settings.baseline, settings.workingDirectory);
  const usedBaseline = baseline && (baseline.exists || settings.updateBaseline) ? baseline : void 0;
  if (usedBaseline)
    logger.info(
      baseline?.exists ? `Baseline ${usedBaseline.file}: ${usedBaseline.entries.length} accepted difference(s)` : `Baseline ${usedBaseline.file} is not there yet: it will be written from this run`
    );
  const suiteEnv = { ...env };
  delete suiteEnv[BASELINE_ENV];
  if (usedBaseline?.exists) suiteEnv[BASELINE_ENV] = usedBaseline.path;
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
  const where = relative12(settings.workspace, settings.workingDirectory) || ".";
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
      join7(deps.tempDirectory ?? env.RUNNER_TEMP ?? tmpdir(), "verify-migration-")
    );
    try {
      outcome = await logger.group(
        `Running ${specFiles.length} spec file(s) with mocha`,
        () => runMochaSuites({
          workingDirectory: settings.workingDirectory,
          files: specFiles,
          grep: settings.grep,
          env: { ...suiteEnv, OLD_VERSION: settings.oldVersion, NEW_VERSION: settings.newVersion },
          reporterPath: join7(distDirectory, "reporter.cjs"),
          bundledRunnerPath: join7(distDirectory, "mocha-runner.js"),
          recordsPath: join7(temp, "records.jsonl"),
          logPath: files.log,
          logger,
          timeLimitSeconds: timeLimitSeconds(settings),
          redact
        })
      );
    } finally {
      await rm6(temp, { recursive: true, force: true }).catch(
        (error) => logger.warning(`Could not remove ${temp}: ${error.message}`)
      );
    }
  }
  return report2(
    outcome,
    specFiles,
    "mocha",
    planned ? planned.plan : void 0,
    void 0,
    usedBaseline
  );
}

// src/pipeline/merge.ts
async function readShardReport(source, path, shard) {
  try {
    return { source, shard, report: await readReport(path) };
  } catch (error) {
    return { source, shard, unreadable: error.message };
  }
}
async function mergeVerification(settings, found, deps) {
  const redact = redactor(secretsFromEnv(deps.env ?? process.env));
  const logger = redactingLogger(deps.logger, redact);
  const { outcome, specFiles, baselines } = mergeShards(found, {
    service: settings.service,
    oldVersion: settings.oldVersion,
    newVersion: settings.newVersion
  });
  logger.info(
    `Merging ${found.length} shard report(s): ${found.map((item) => item.source).join(", ") || "none"}`
  );
  for (const problem of outcome.problems) logger.error(problem);
  const built = buildReport({
    settings,
    outcome,
    run: { ...runMetadata(deps.env ?? process.env), spec_files: specFiles, runner: "merge" }
  });
  const baseline = mergedBaselineSection(baselines, built.tests);
  if (baseline) built.baseline = baseline;
  const report2 = redactDeep(built, redact);
  const files = await withReportLock(
    settings.reportPath,
    () => writeReportFiles(report2, settings.reportPath, settings.workspace),
    { onTakeOver: (message) => deps.logger.warning(message) }
  );
  logger.info(`Merged report written to ${relative13(settings.workspace, files.json)}`);
  return { report: report2, files };
}

// src/main.ts
function artifactStoreFor(deps, output) {
  if (deps.artifactStore) return deps.artifactStore;
  return isArtifactServiceAvailable(process.env) ? createArtifactStore(output.logger) : void 0;
}
async function mergeFromArtifacts(inputs, store, output) {
  const temp = await mkdtemp2(join8(process.env.RUNNER_TEMP ?? tmpdir2(), "verify-migration-merge-"));
  try {
    const found = [];
    let artifacts = [];
    try {
      artifacts = (await store.list(inputs.artifactTimeoutSeconds)).filter(
        (artifact) => shardFromArtifactName(inputs.artifactName, artifact.name)
      );
    } catch (error) {
      found.push({
        source: "this run's artifact list",
        unreadable: `listing the artifacts failed: ${error.message}`
      });
    }
    for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
      const shard = shardFromArtifactName(inputs.artifactName, artifact.name);
      try {
        const folder = await store.download(
          artifact.id,
          join8(temp, String(artifact.id)),
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
        found.push(await readShardReport(artifact.name, join8(folder, reports[0]), shard));
      } catch (error) {
        found.push({
          source: artifact.name,
          shard,
          unreadable: `download failed: ${error.message}`
        });
      }
    }
    return await mergeVerification(inputs.settings, found, { logger: output.logger });
  } finally {
    await rm7(temp, { recursive: true, force: true }).catch(
      (error) => output.annotate("warning", `Could not remove ${temp}: ${error.message}`)
    );
  }
}
async function run2(deps = {}) {
  const output = createActionOutput();
  try {
    await runAction(deps, output);
  } finally {
    output.close();
  }
}
async function runAction(deps, output) {
  const logger = output.logger;
  try {
    for (const secret of secretsFromEnv(process.env)) output.setSecret(secret);
    const inputs = getInputs();
    const { settings } = inputs;
    const store = artifactStoreFor(deps, output);
    let result;
    if (inputs.mode === "merge") {
      if (!store)
        throw new Error(
          "mode 'merge' downloads the shard reports of this workflow run, so it needs GitHub Actions' artifact service (ACTIONS_RUNTIME_TOKEN); outside GitHub Actions use the CLI's --mode merge with --shard-report files."
        );
      result = await mergeFromArtifacts(inputs, store, output);
    } else {
      result = await verify(settings, { logger });
    }
    const { report: report2, files } = result;
    const artifactName = settings.shard ? shardArtifactName(inputs.artifactName, settings.shard) : inputs.artifactName;
    const reportPath = relative14(settings.workspace, files.json);
    const fullReport = inputs.uploadArtifact && store ? `${reportPath} in the workspace and in the artifact ${artifactName} of this run` : `${reportPath} in the workspace`;
    await writeJobSummary(renderMarkdown(report2, { fullReport }));
    annotate(report2, settings.workingDirectory, settings.workspace, output, fullReport);
    let artifact;
    let uploadFailure;
    if (!inputs.uploadArtifact) {
      logger.info("upload-artifact is false: the report stays in the workspace only.");
    } else if (!store) {
      output.notice(
        "Not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the report was not uploaded as an artifact."
      );
    } else {
      try {
        artifact = await store.upload(
          artifactName,
          [files.json, files.junit, files.markdown, files.log],
          dirname9(files.json),
          inputs.retentionDays,
          inputs.artifactTimeoutSeconds
        );
        logger.info(`Uploaded artifact ${artifactName} (id ${artifact.id}).`);
      } catch (error) {
        const cause = error instanceof ArtifactUploadError && error.cause instanceof Error ? error.cause : error;
        uploadFailure = `The report could not be uploaded as artifact '${artifactName}': ${cause.message}. The gate's result (${report2.overall.status}) stands; the report is at ${relative14(settings.workspace, files.json)} and in the job summary.`;
      }
    }
    setOutputs(report2, files, settings.workspace, artifact);
    if (report2.overall.status === "failed") {
      const reasons = report2.overall.reasons.map((reason, index) => `(${index + 1}) ${reason}`);
      const message = `Migration verification failed: ${reasons.join("; ")}`;
      if (inputs.failOnFailure) output.fail(message);
      else output.annotate("warning", `${message} (fail-on-failure is false, so the step passes)`);
    } else {
      logger.info(`Migration verification passed: ${report2.overall.tests} tests.`);
    }
    if (uploadFailure) output.fail(uploadFailure);
  } catch (error) {
    if (error instanceof ReportWriteError && error.report) {
      const { report: report2 } = error;
      try {
        setOutputs(report2, void 0, "");
        const note = `> **The report could not be written:** ${escapeMarkdown(output.redact(error.message))}

`;
        await writeJobSummary(
          note + renderMarkdown(report2, {
            maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(note),
            fullReport: "nowhere: it could not be written (see above)"
          })
        );
      } catch (publishError) {
        output.annotate(
          "warning",
          `Could not publish the unwritten report's summary: ${publishError.message}`
        );
      }
    }
    setOutput("status" /* Status */, "failed");
    setOutput("passed" /* Passed */, "false");
    output.fail(error instanceof Error ? error.message : String(error));
  }
}

// src/index.ts
await run2();
process.exit();
