/**
 * A service that still uses TypeORM 0.3 with the archived `sqlite3` driver: it makes its own
 * DataSource with `type: 'sqlite'`, as such services do, and hands it to the verification library.
 */
import 'reflect-metadata';
import { DataSource, EntitySchema } from 'typeorm';

/** The service's one entity: an integer key, text, a float and bytes. */
export const Tool = new EntitySchema({
  name: 'Tool',
  tableName: 'tools',
  columns: {
    id: { type: 'integer', primary: true },
    name: { type: 'varchar', length: 100 },
    price: { type: 'real' },
    blob: { type: 'blob', nullable: true },
  },
});

/** A DataSource on the SQLite file `file`, schema made from the entities. Call `initialize()`. */
export function createDataSource(file) {
  return new DataSource({ type: 'sqlite', database: file, entities: [Tool], synchronize: true, logging: false });
}
