import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Version 2.0.0: tools get a `slug` (backfilled from the existing names) and `url` is renamed to
 * `endpoint_url`. Both steps are reversible without loss: the slug is derived data, and the rename
 * keeps the values.
 */
export class ToolSlugAndEndpoint1700000000001 implements MigrationInterface {
  name = 'ToolSlugAndEndpoint1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'tool',
      new TableColumn({ name: 'slug', type: 'varchar', length: '120', isNullable: true }),
    );
    // Portable SQL (SQLite, PostgreSQL, MySQL); the service's slugOf() applies the same rule to new rows.
    await queryRunner.query(`UPDATE tool SET slug = LOWER(REPLACE(name, ' ', '-'))`);
    await queryRunner.renameColumn('tool', 'url', 'endpoint_url');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.renameColumn('tool', 'endpoint_url', 'url');
    await queryRunner.dropColumn('tool', 'slug');
  }
}
