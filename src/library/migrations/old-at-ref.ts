/**
 * The old version's migrations: those whose files the repository holds at the base ref that
 * {@link filesAtRef} read.
 */
import { basename, extname, relative, sep } from 'node:path';
import type { FilesAtRef } from '../../common/git.js';
import type { ServiceMigration } from './service.js';

const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/**
 * A test of each migration: true when the base ref holds its file. A migration loaded from a
 * build output (dist/migrations/X.js, not committed) counts when the ref holds a source file of
 * the same name (X.ts) anywhere. A migration given as a class, with no file, is never old.
 */
export function oldAtRef(at: FilesAtRef): (migration: ServiceMigration) => boolean {
  const stems = new Set<string>();
  for (const file of at.files) {
    const extension = extname(file);
    if (SOURCE_EXTENSIONS.has(extension)) stems.add(basename(file, extension));
  }
  return (migration) => {
    if (!migration.file) return false;
    const path = relative(at.root, migration.file).split(sep).join('/');
    if (at.files.has(path)) return true;
    const extension = extname(migration.file);
    // A file outside the repository was never in its history.
    return !path.startsWith('../') && stems.has(basename(migration.file, extension));
  };
}
