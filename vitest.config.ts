import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * The `unit` project: files that need no Neo4j, no CoreNLP, no network and no Java (pure functions
 * on the sources and the files of the repository), so `npm run test:unit` runs in seconds on any
 * machine with Node. Every other test file is `integration`. A new file lands in `integration`
 * unless it is listed here; list it only when it imports nothing from tests/support/harness.ts that
 * it calls, never `inject()`s the run's servers, and spawns nothing.
 */
const UNIT = [
  'tests/api/cursors.test.ts',
  'tests/api/fetch-plan.test.ts',
  'tests/api/path-explanation.test.ts',
  'tests/api/schema-descriptions.test.ts',
  'tests/bench/generate.test.ts',
  'tests/cypher/cypher-snapshots.test.ts',
  'tests/graph/enums.test.ts',
  'tests/graph/ids.test.ts',
  'tests/ingest/claim-labels.test.ts',
  'tests/ingest/content-ends.test.ts',
  'tests/ingest/dependency-tree.test.ts',
  'tests/ingest/entity-registry.test.ts',
  'tests/ingest/own-entries.test.ts',
  'tests/ingest/pronoun-features.test.ts',
  'tests/ingest/sentence-at.test.ts',
  'tests/ingest/units.test.ts',
  'tests/layout/import-cycles.test.ts',
  'tests/layout/ingest-stages.test.ts',
  'tests/layout/npm-scripts.test.ts',
  'tests/mutation/article-file.test.ts',
  'tests/mutation/ingest-cli-arguments.test.ts',
  'tests/operations/saved-operations-written.test.ts',
  'tests/server/docker-compose.test.ts',
  'tests/web/operation-name.test.ts',
];

// graphql ships a CommonJS build (`main`, which Node and so Apollo, graphql-armor and
// graphql-query-complexity load) and an ES module build (`module`, which Vite would pick for our
// sources): two copies whose `instanceof` checks reject each other's schema. Point every import of
// `graphql` at the CommonJS build, the one Node itself loads, so tests see what production sees.
const GRAPHQL_CJS = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: GRAPHQL_CJS }],
  },
  test: {
    // The JSON report (one file for both projects) lets .ci/run print a plain "N passed, N failed"
    // closing line.
    reporters: ['default', ['json', { outputFile: 'results/vitest.json' }]],
    // Before-hooks in the order they are registered, after-hooks in reverse (the default, made
    // explicit): tests/support/harness.ts `seededServer()` sets up ahead of a file's own hooks.
    sequence: { hooks: 'stack' },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          // Unit files run first (`npm test` runs both projects), side by side.
          sequence: { groupOrder: 0 },
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT,
          // One real Neo4j and one CoreNLP for the whole run (tests/support/global-setup.ts); files
          // share them, so they run one after another and each resets the graph it needs.
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
