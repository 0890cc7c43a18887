import type { FilesAtRef } from '../../common/git.js';
import type { ServiceMigration } from './service.js';
/**
 * A test of each migration: true when the base ref holds its file. A migration loaded from a
 * build output (dist/migrations/X.js, not committed) counts when the ref holds a source file of
 * the same name (X.ts) anywhere. A migration given as a class, with no file, is never old.
 */
export declare function oldAtRef(at: FilesAtRef): (migration: ServiceMigration) => boolean;
