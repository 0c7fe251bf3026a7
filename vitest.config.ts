import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a speed limit: the Action's end-to-end audits wait out the
    // throttling plugin between writes, and on a machine loaded by other work one took over a
    // minute. No test may fail for being slow (speed is measured by `npm run bench`).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
