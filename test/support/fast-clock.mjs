// Preloaded (node --import) into `node dist/index.js` by the end-to-end tests only: the child's
// clock runs SPEED times faster, so the throttling plugin's second between writes (three before a
// write that notifies) and a secondary rate limit's retry-after pass in a fiftieth of the time.
// The bundle is byte for byte what the runner runs and reads no setting of ours: only time, as
// Bottleneck and the plugins measure it (Date.now and setTimeout), is scaled, consistently, the
// way vitest's fake timers would be in-process. `new Date()` keeps the real date (today's list).
const SPEED = 50;
// Undici's own long timeouts (5 minutes) are left at their length: only waits of up to this are scaled.
const LONGEST_SCALED_MS = 180_000;

const realNow = Date.now.bind(Date);
const start = realNow();
Date.now = () => Math.floor(start + (realNow() - start) * SPEED);

const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function fastSetTimeout(callback, ms, ...args) {
  const delay = typeof ms === 'number' && ms > 0 && ms <= LONGEST_SCALED_MS ? ms / SPEED : ms;
  return realSetTimeout(callback, delay, ...args);
};
