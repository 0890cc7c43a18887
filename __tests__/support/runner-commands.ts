/**
 * What the GitHub runner would execute of a step's output: a stand-in for actions/runner's
 * `ActionCommandManager.TryProcessCommand` with `ActionCommand.TryParseV2` and `TryParse`, read
 * from its source (src/Runner.Worker/ActionCommandManager.cs, src/Runner.Common/ActionCommand.cs).
 *
 * - Lines end at `\n`, `\r\n` and a bare `\r` (.NET's `StreamReader.ReadLine`, which the runner's
 *   process invoker reads the step's stdout and stderr with).
 * - `::name props::data`: the line, after .NET's `TrimStart()`, starts with `::`; the name runs to
 *   the first space or the next `::`, and must be a registered command (case-insensitive).
 * - `##[name props]data`: found ANYWHERE in the line (`IndexOf`), tried when the first form fails.
 * - `stop-commands` stops all processing until a line whose command is its token (either form);
 *   while stopped nothing else is executed.
 */

/** The commands the runner registers (its command extensions), and `stop-commands`. */
const REGISTERED = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

/** One command the runner would execute. */
export interface ExecutedCommand {
  /** The command's name, lower-cased; `resume` for the line that ends a stop. */
  command: string;
  /** `name=value` properties, unescaped as the runner does. */
  properties: Record<string, string>;
  /** The data after the command, unescaped. */
  data: string;
  /** The whole line it was read from. */
  line: string;
}

/** The state the runner is left in, and what it executed. */
export interface RunnerReading {
  executed: ExecutedCommand[];
  /** The token the runner still waits for, when the output ends with commands stopped. */
  stoppedBy?: string;
}

/** .NET's `Char.IsWhiteSpace`, for `TrimStart()` (wider than JavaScript's `\s` in U+001C..U+001F, U+0085). */
const DOTNET_LEADING_SPACE =
  // eslint-disable-next-line no-control-regex
  /^[\t\n\v\f\r \u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function unescape(text: string, mappings: Array<[string, string]>): string {
  return mappings.reduce(
    (result, [token, replacement]) => result.split(replacement).join(token),
    text,
  );
}

const DATA: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const V1: Array<[string, string]> = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function parseV2(line: string, registered: Set<string>): ExecutedCommand | undefined {
  const message = line.replace(DOTNET_LEADING_SPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter((part) => part !== '')) {
      const equals = pair.indexOf('=');
      if (equals > 0 && equals < pair.length - 1)
        properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), PROPERTY);
    }
  }
  return { command: name, properties, data: unescape(message.slice(end + 2), DATA), line };
}

function parseV1(line: string, registered: Set<string>): ExecutedCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  const info = line.slice(prefix + 3, bracket);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter((part) => part !== '')) {
      const equals = pair.indexOf('=');
      if (equals > 0 && equals < pair.length - 1)
        properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), V1);
    }
  }
  return { command: name, properties, data: unescape(line.slice(bracket + 1), V1), line };
}

/** Reads `output` (one stream of a step) as the runner does; see the module's comment. */
export function readAsRunner(output: string): RunnerReading {
  const registered = new Set(REGISTERED);
  const executed: ExecutedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const command = parseV2(line, registered) ?? parseV1(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
        executed.push({ ...command, command: 'resume' });
      }
      continue;
    }
    if (command.command === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
    }
    executed.push(command);
  }
  return { executed, stoppedBy: stopToken };
}
