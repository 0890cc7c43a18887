// Test-only clock: preloaded (NODE_OPTIONS=--import) into a run whose leftovers a later test
// needs old. Date reads `VM_TEST_CLOCK_BEHIND_SECONDS` earlier than the real clock, so the
// throwaway databases the run names carry a creation time that long ago, as if the run had
// been killed that long before: the sweep is then tested without waiting for names to age.
const behindMs = Number(process.env.VM_TEST_CLOCK_BEHIND_SECONDS) * 1000;
if (Number.isFinite(behindMs) && behindMs > 0) {
  const RealDate = Date;
  class ClockBehind extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() - behindMs);
      else super(...args);
    }
    static now() {
      return RealDate.now() - behindMs;
    }
  }
  globalThis.Date = ClockBehind;
}
