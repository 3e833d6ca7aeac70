/**
 * `npm run bench:load-timing -- [--size 10k] [--articles 3050] [--batch 50] [--warmup 1050]`
 *
 * Where the online bulk loader's time goes: loads the first `--articles` of the size's corpus into a
 * throwaway Neo4j (`.neo4j/instances/bench-timing`, Bolt 7795, emptied first, stopped at the end)
 * and, after the first `--warmup` articles (plans and JIT), reports Node's share (generate,
 * validate, build the rows) and each of the 14 statements' time; the rest of the wall time is
 * the commits.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotation } from '../src/graph/annotation.ts';
import { applySchema } from '../src/graph/apply-schema.ts';
import { GraphDatabase } from '../src/graph/database.ts';
import { batchParameters, BULK_STATEMENTS } from '../src/graph/write/bulk-load.ts';
import { loadConfig } from '../src/server/config.ts';
import { startLocalNeo4j } from '../src/server/local-neo4j/instance.ts';
import { numberArg, parseArgs } from './args.ts';
import { parseSize } from './corpus-db.ts';
import { corpusShape, DEFAULT_SEED, generateArticle, SIZES } from './generate.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size') ?? '10k');
const total = numberArg(args, 'articles', 3050);
const batch = numberArg(args, 'batch', 50);
const warmup = numberArg(args, 'warmup', 1050);
const corpus = { seed: DEFAULT_SEED, articles: SIZES[size] };
const cacheDir = loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_CACHE_DIR;

rmSync(join(cacheDir, 'instances', 'bench-timing', 'data'), { recursive: true, force: true });
const local = await startLocalNeo4j({
  cacheDir,
  name: 'bench-timing',
  boltPort: 7795,
  reuse: false,
  memory: { heap: '2g', pageCache: '1g' },
  log: console.log,
});
const db = new GraphDatabase({ uri: local.uri, username: 'neo4j', password: 'neo4j', database: 'neo4j' });
try {
  await applySchema(db);
  const shape = corpusShape(corpus);
  const node = { generate: 0, validate: 0, rows: 0 };
  const statements = new Map<string, number>();
  let measuredFrom = performance.now();
  let measured = 0;
  for (let from = 0; from < total; from += batch) {
    if (from >= warmup && measured === 0) measuredFrom = performance.now();
    const t0 = performance.now();
    const raw = [];
    for (let i = from; i < Math.min(total, from + batch); i++) raw.push(generateArticle(shape, corpus, i));
    const t1 = performance.now();
    const annotations = raw.map((a) => parseAnnotation(a, a.article.id));
    const t2 = performance.now();
    const params = batchParameters(annotations);
    const t3 = performance.now();
    const times = new Map<string, number>();
    await db.write(async (tx) => {
      for (const s of BULK_STATEMENTS) {
        const started = performance.now();
        await tx.run(s.cypher, params.get(s.name));
        times.set(s.name, performance.now() - started);
      }
    });
    if (from < warmup) continue;
    measured += annotations.length;
    node.generate += t1 - t0;
    node.validate += t2 - t1;
    node.rows += t3 - t2;
    for (const [name, ms] of times) statements.set(name, (statements.get(name) ?? 0) + ms);
  }
  const wall = (performance.now() - measuredFrom) / 1000;
  const inStatements = [...statements.values()].reduce((a, b) => a + b, 0) / 1000;
  const nodeSeconds = (node.generate + node.validate + node.rows) / 1000;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${measured} articles after the first ${warmup}, batch ${batch}: ${wall.toFixed(1)} s, ${Math.round(measured / wall)} articles/s`,
  );
  console.log(`Node: generate ${s(node.generate)}, validate ${s(node.validate)}, rows ${s(node.rows)}`);
  console.log(`statements ${inStatements.toFixed(1)} s; commits and the rest ${(wall - inStatements - nodeSeconds).toFixed(1)} s`);
  for (const [name, ms] of [...statements].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(18)} ${s(ms)} ${Math.round((100 * ms) / 1000 / inStatements)}%`);
  }
} finally {
  await db.close();
  await local.stop();
}
