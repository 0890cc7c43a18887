// PLANTED BUG (b), written for verify-migration's tests; not part of Flowise.
// up() replaces chat_flow.category by a new "categories" column but copies nothing into it:
// every chatflow's category is lost (the new column is empty, the old one is dropped). down()
// brings back an empty "category": the values do not come back. See ../PLANTED.md.
import { MigrationInterface, QueryRunner } from 'typeorm'

export class PlantedReplaceChatflowCategory1750000000002 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "chat_flow" ADD COLUMN "categories" TEXT;`)
        await queryRunner.query(`ALTER TABLE "chat_flow" DROP COLUMN "category";`)
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "chat_flow" ADD COLUMN "category" TEXT;`)
        await queryRunner.query(`ALTER TABLE "chat_flow" DROP COLUMN "categories";`)
    }
}
