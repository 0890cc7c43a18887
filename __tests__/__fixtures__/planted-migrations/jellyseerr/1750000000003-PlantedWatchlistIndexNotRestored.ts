// PLANTED BUG (c), written for verify-migration's tests; not part of Jellyseerr.
// up() replaces the index on "watchlist" ("tmdbId") by one on ("tmdbId", "mediaType"); down()
// drops the new index but does not recreate "IDX_939f205946256cc0d2a1ac51a8": after down() the
// table has no index on "tmdbId". See ../PLANTED.md.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlantedWatchlistIndexNotRestored1750000000003 implements MigrationInterface {
  name = 'PlantedWatchlistIndexNotRestored1750000000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_939f205946256cc0d2a1ac51a8"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_planted_watchlist_tmdb_type" ON "watchlist" ("tmdbId", "mediaType") `
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The bug: CREATE INDEX "IDX_939f205946256cc0d2a1ac51a8" ON "watchlist" ("tmdbId") is missing.
    await queryRunner.query(`DROP INDEX "IDX_planted_watchlist_tmdb_type"`);
  }
}
