// Test-only clock: preloaded (`node --import`) into the built action, never into the test
// process it starts, by the cases that exercise @actions/artifact's retries. The client waits
// 3 s, 4.5 s, 6.75 s... between attempts; divided here, a case still sees every attempt, every
// answer and the same final failure, without waiting half a minute for each.
const divisor = Number(process.env.VM_TEST_WAITS_DIVIDED_BY);
if (Number.isFinite(divisor) && divisor > 1) {
  const realSetTimeout = globalThis.setTimeout;
  // Only waits of a second or more: the action's own short timers (kill grace, polling) keep
  // their length, so nothing but the retry backoff (and waits as long) changes.
  globalThis.setTimeout = Object.assign(
    (callback, delay, ...args) =>
      realSetTimeout(callback, delay >= 1000 ? delay / divisor : delay, ...args),
    realSetTimeout,
  );
}
