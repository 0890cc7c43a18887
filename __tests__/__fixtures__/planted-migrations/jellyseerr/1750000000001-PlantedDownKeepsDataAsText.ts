// PLANTED BUG (a), written for verify-migration's tests; not part of Jellyseerr.
// up() rebuilds "discover_slider" to turn "data" from varchar into text; down() rebuilds it
// back but keeps "data" as text (the varchar it should restore is forgotten), so after down()
// the rows are intact and the schema is not: a type left changed. See ../PLANTED.md.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlantedDownKeepsDataAsText1750000000001 implements MigrationInterface {
  name = 'PlantedDownKeepsDataAsText1750000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "temporary_discover_slider" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" integer NOT NULL, "order" integer NOT NULL, "isBuiltIn" boolean NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "title" varchar, "data" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`
    );
    await queryRunner.query(
      `INSERT INTO "temporary_discover_slider"("id", "type", "order", "isBuiltIn", "enabled", "title", "data", "createdAt", "updatedAt") SELECT "id", "type", "order", "isBuiltIn", "enabled", "title", "data", "createdAt", "updatedAt" FROM "discover_slider"`
    );
    await queryRunner.query(`DROP TABLE "discover_slider"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_discover_slider" RENAME TO "discover_slider"`
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The bug: "data" should go back to varchar here.
    await queryRunner.query(
      `CREATE TABLE "temporary_discover_slider" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" integer NOT NULL, "order" integer NOT NULL, "isBuiltIn" boolean NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "title" varchar, "data" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`
    );
    await queryRunner.query(
      `INSERT INTO "temporary_discover_slider"("id", "type", "order", "isBuiltIn", "enabled", "title", "data", "createdAt", "updatedAt") SELECT "id", "type", "order", "isBuiltIn", "enabled", "title", "data", "createdAt", "updatedAt" FROM "discover_slider"`
    );
    await queryRunner.query(`DROP TABLE "discover_slider"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_discover_slider" RENAME TO "discover_slider"`
    );
  }
}
