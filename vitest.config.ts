import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run (tests/support/global-setup.ts); files share it, so
    // they run one after another and each resets the graph it needs.
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'results/vitest.json' }]],
    // Before-hooks in the order they are registered, after-hooks in reverse (the default, made
    // explicit): tests/support/harness.ts `seededServer()` sets up ahead of a file's own hooks.
    sequence: { hooks: 'stack' },
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
