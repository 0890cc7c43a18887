// PLANTED BUG (c), written for verify-migration's tests; not part of Flowise.
// up() replaces the index "IDX_e574527322272fd838f4f0f3d3" on chat_message (chatflowid) by one
// on (chatflowid, "chatId"); down() drops the new index but does not recreate the old one.
// See ../PLANTED.md.
import { MigrationInterface, QueryRunner } from 'typeorm'

export class PlantedChatMessageIndexNotRestored1750000000003 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_e574527322272fd838f4f0f3d3";`)
        await queryRunner.query(
            `CREATE INDEX IF NOT EXISTS "IDX_planted_chat_message_flow_chat" ON chat_message USING btree ("chatflowid", "chatId");`
        )
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // The bug: CREATE INDEX "IDX_e574527322272fd838f4f0f3d3" ON chat_message USING btree ("chatflowid"); is missing.
        await queryRunner.query(`DROP INDEX "IDX_planted_chat_message_flow_chat";`)
    }
}
