import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Version 1.0.0: the `tool` table. */
export class CreateTools1700000000000 implements MigrationInterface {
  name = 'CreateTools1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tool',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar', length: '100', isUnique: true },
          { name: 'url', type: 'varchar', length: '300' },
          { name: 'category', type: 'varchar', length: '50', default: "'general'" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tool');
  }
}
