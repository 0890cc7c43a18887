import assert from 'node:assert/strict';

/**
 * For tests that need something the machine may lack (pytest, a tmpfs mount, a service's
 * `npm ci`): on a laptop the test skips and says what is missing and how to get it; in CI
 * (`VERIFY_MIGRATION_REQUIRE_ALL`, set by .ci/run) it fails instead, so that a missing tool can
 * never turn part of the suite into a silent pass.
 */
export function skipOrFail(context: Mocha.Context, missing: string): void {
  if (process.env.VERIFY_MIGRATION_REQUIRE_ALL)
    assert.fail(`${missing} (required here: VERIFY_MIGRATION_REQUIRE_ALL is set)`);
  console.log(`      skipped: ${missing}`);
  context.skip();
}
