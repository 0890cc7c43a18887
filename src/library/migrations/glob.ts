/**
 * The file globs TypeORM data sources name their migrations with (`src/migrations/*.ts`,
 * `dist/**\/migrations/*{.js,.ts}`, an absolute `__dirname` path): `*`, `**`, `?` and `{a,b}`,
 * matched against the files below the glob's fixed folder. Written here, small, because the suite
 * library's ES module bundle cannot carry a glob package that `require`s Node's built-ins.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The regular expression of a glob's pattern part (after its fixed folder). */
export function globPattern(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '*' && pattern[index + 1] === '*') {
      // `**/` is any number of folders (none too); a trailing `**` is anything.
      if (pattern[index + 2] === '/') {
        source += '(?:[^/]+/)*';
        index += 2;
      } else {
        source += '.*';
        index += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = pattern.indexOf('}', index);
      if (end === -1) source += '\\{';
      else {
        source += `(?:${pattern
          .slice(index + 1, end)
          .split(',')
          .map((choice) => choice.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        index = end;
      }
    } else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every file below `folder`, as `/`-separated paths relative to it; node_modules and dot folders left out. */
async function filesBelow(folder: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(folder, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        files.push(...(await filesBelow(folder, path)));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** The files a glob names (absolute paths, sorted); the glob resolves against `cwd` unless absolute. */
export async function globFiles(glob: string, cwd: string): Promise<string[]> {
  const absolute = (isAbsolute(glob) ? glob : resolve(cwd, glob)).split(sep).join('/');
  const segments = absolute.split('/');
  const fixed = segments.findIndex((segment) => /[*?{]/.test(segment));
  if (fixed === -1) {
    const file = absolute.split('/').join(sep);
    return (await stat(file).catch(() => undefined))?.isFile() ? [file] : [];
  }
  const base = segments.slice(0, fixed).join('/') || '/';
  const pattern = globPattern(segments.slice(fixed).join('/'));
  return (await filesBelow(base))
    .filter((path) => pattern.test(path))
    .map((path) => join(base, path))
    .sort((a, b) => relative(base, a).localeCompare(relative(base, b)));
}
