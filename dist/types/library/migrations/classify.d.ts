import type { SchemaChange } from '../schema/types.js';
import type { Finding } from './findings.js';
/**
 * `additive`: adds without touching what is there; `destructive`: drops something that held data;
 * `narrowing`: a type or length that can cut values; `constraint`: a NOT NULL, UNIQUE, CHECK or
 * foreign key added (existing rows must satisfy it); `renamed`: the data followed to a new place;
 * `other`: anything else (a default, an index dropped, an empty column dropped).
 */
export type ChangeClass = 'additive' | 'destructive' | 'narrowing' | 'constraint' | 'renamed' | 'other';
/** The class of one schema change, given the migration's data findings. */
export declare function classifyChange(change: SchemaChange, findings: Finding[]): ChangeClass;
