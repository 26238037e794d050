import { defineConfig } from 'vitest/config';

/**
 * Two lanes (`npm test` runs them in this order, then the browser tests):
 * - unit: in-process tests and scripts that start no build — `npm run test:unit`.
 * - build: real `astro build` runs and tests that start many processes (`npm run check` per
 *   bad-input case, `npm run changes` end to end) — `npm run test:build`, minutes.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/scripts/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
