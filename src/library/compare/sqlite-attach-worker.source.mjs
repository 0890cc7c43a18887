// The worker's entry when the library runs from source (its tests, under tsx): tsx registers
// its hooks in the main thread only, so the worker registers them before importing the .ts
// file. The bundle never uses this file: dist/ has the worker built as sqlite-attach-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-attach-worker.ts');
