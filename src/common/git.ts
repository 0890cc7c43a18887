/**
 * What a git ref holds: the files at the base ref, from which the migrations mode tells the old
 * version's migrations from the new ones. git runs with an argument list (no shell); the ref is checked before anything runs, and a
 * shallow clone or an unknown ref gets a message that says how to fix the checkout.
 */
import { execFile } from 'node:child_process';
import { relative, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A base ref that cannot be read. */
export class GitRefError extends Error {
  /** Shown before the message in stacks and logs, instead of `Error`. */
  override name = 'GitRefError';
  constructor(
    /** The ref as given. */
    readonly ref: string,
    message: string,
  ) {
    super(message);
  }
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** The files a ref holds, as paths relative to the repository's top folder. */
export interface FilesAtRef {
  /** The ref as given. */
  ref: string;
  /** The commit it names. */
  commit: string;
  /** The repository's top folder. */
  root: string;
  /** Every file at the ref, relative to `root`, with `/` separators. */
  files: Set<string>;
}

/**
 * The default base ref: the pull request's base branch (`origin/<GITHUB_BASE_REF>`) when the
 * workflow runs for a pull request, else the previous commit.
 */
export function defaultBaseRef(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.GITHUB_BASE_REF?.trim();
  return base ? `origin/${base}` : 'HEAD~1';
}

/** Lists the files at `ref` in the repository that holds `cwd`. Throws `GitRefError` saying how to fix. */
export async function filesAtRef(ref: string, cwd: string): Promise<FilesAtRef> {
  if (ref.startsWith('-') || /[\0\s]/.test(ref))
    throw new GitRefError(
      ref,
      `base-ref '${ref}' is not a git ref: give a branch, tag or commit such as origin/main, v1.4.0 or HEAD~1.`,
    );
  let root: string;
  try {
    root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    throw new GitRefError(
      ref,
      `the migrations' old version is read with git, but ${cwd} is not inside a git repository (${firstLine(error)}). Check the repository out with actions/checkout (fetch-depth: 0), or give the old migrations by name.`,
    );
  }
  let commit: string;
  try {
    commit = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    const shallow = (await git(root, ['rev-parse', '--is-shallow-repository']).catch(() => ''))
      .trim()
      .startsWith('true');
    throw new GitRefError(
      ref,
      shallow
        ? `base-ref '${ref}' is not in this clone: it is shallow (actions/checkout fetches one commit by default). Set fetch-depth: 0 on the actions/checkout step so the old version's migrations can be read.`
        : `base-ref '${ref}' names no commit in this repository. Give a branch, tag or commit that exists here: for a pull request's base, origin/<branch> (fetched with fetch-depth: 0); for migrations not committed yet, HEAD.${ref === 'HEAD~1' ? ' (HEAD~1, the previous commit, is the default outside a pull request.)' : ''}`,
    );
  }
  const listing = await git(root, ['ls-tree', '-r', '--name-only', '-z', commit]);
  return { ref, commit, root, files: new Set(listing.split('\0').filter((path) => path !== '')) };
}

/** The old version's migration files that changed since the ref (production ran the ref's text). */
export async function changedSince(at: FilesAtRef, files: string[]): Promise<string[]> {
  const paths = files
    .map((file) => relative(at.root, file).split(sep).join('/'))
    .filter((path) => at.files.has(path));
  if (paths.length === 0) return [];
  const output = await git(at.root, ['diff', '--name-only', at.commit, '--', ...paths]);
  return output.split('\n').filter((line) => line !== '');
}

function firstLine(error: unknown): string {
  const text = (error as { stderr?: string }).stderr || (error as Error).message || String(error);
  return text.trim().split('\n')[0];
}
