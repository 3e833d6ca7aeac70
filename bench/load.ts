/**
 * `npm run bench:load -- --size 1k|10k|100k|seed [--seed N] [--batch 50] [--force] [--online] [--uri bolt://…]`
 *
 * Generates the synthetic corpus (bench/generate.ts) and loads it, reporting the load throughput at
 * the end. Without --uri it loads the size's own benchmark Neo4j (`.neo4j/instances/bench-<size>`,
 * started and stopped here), which `npm run bench` then reuses: a fresh load goes through Neo4j's
 * offline importer (bench/import-corpus.ts), or with --online through the project's bulk loader,
 * `--batch` annotations per write transaction. With --uri (any Neo4j, which may hold other data),
 * always the bulk loader. `--batch` is also the importer's createdAt granularity.
 */
import { GraphDatabase } from '../src/graph/database.ts';
import { numberArg, parseArgs } from './args.ts';
import { ensureCorpus, openBenchDatabase, parseSize, stopBenchNeo4j } from './corpus-db.ts';
import { DEFAULT_SEED } from './generate.ts';
import { stopOnSignal } from './shutdown.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size'));
const seed = numberArg(args, 'seed', DEFAULT_SEED);
const log = (msg: string) => console.log(`[bench:load] ${msg}`);
const options = {
  size,
  seed,
  batchSize: numberArg(args, 'batch', 50),
  force: args.has('force'),
  method: args.has('online') ? ('online' as const) : ('import' as const),
  log,
};

stopOnSignal(stopBenchNeo4j, log);

let exitCode = 0;
try {
  if (args.has('uri')) {
    const db = new GraphDatabase({
      uri: args.get('uri')!,
      username: 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'neo4j',
      database: 'neo4j',
    });
    try {
      console.log(JSON.stringify((await ensureCorpus(db, options)).marker));
    } finally {
      await db.close();
    }
  } else {
    const bench = await openBenchDatabase(options);
    console.log(JSON.stringify(bench.marker));
    await bench.close();
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
}
process.exit(exitCode);
