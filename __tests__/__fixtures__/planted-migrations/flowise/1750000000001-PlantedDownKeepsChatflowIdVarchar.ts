// PLANTED BUG (a), written for verify-migration's tests; not part of Flowise.
// up() turns chat_message.chatflowid from uuid into varchar; down() should turn it back into
// uuid but skips it: after down() the rows are intact and the column is still varchar.
// See ../PLANTED.md.
import { MigrationInterface, QueryRunner } from 'typeorm'

export class PlantedDownKeepsChatflowIdVarchar1750000000001 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "chat_message" ALTER COLUMN "chatflowid" TYPE varchar;`)
    }

    public async down(_queryRunner: QueryRunner): Promise<void> {
        // The bug: ALTER TABLE "chat_message" ALTER COLUMN "chatflowid" TYPE uuid USING "chatflowid"::uuid; is missing.
    }
}
