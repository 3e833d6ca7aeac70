/**
 * The benchmark databases: one local Neo4j instance per corpus size (bench/bench-neo4j.ts), so a
 * loaded corpus persists between runs. A `:BenchCorpus` marker node,
 * written after a complete load, says what the database holds; a run whose size and seed match
 * it skips generation and loading, any other starts from a new data folder.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { parseAnnotation, type Annotation } from '../src/graph/annotation.ts';
import { applySchema } from '../src/graph/apply-schema.ts';
import { bulkLoad, type BulkLoadStats } from '../src/graph/write/bulk-load.ts';
import { GraphDatabase } from '../src/graph/database.ts';
import { loadSeed } from '../src/graph/seed.ts';
import { loadConfig } from '../src/server/config.ts';
import type { LocalNeo4j } from '../src/server/local-neo4j/instance.ts';
import { instanceHome, recordedPid, runningHere, startBenchNeo4j } from './bench-neo4j.ts';
import { articleLocalId, corpusShape, generateArticle, SIZES, type SizeName } from './generate.ts';
import { finishImport, importCorpus } from './import-corpus.ts';

export { BENCH_MEMORY, BENCH_PORTS, benchNeo4jPid, startBenchNeo4j, stopBenchNeo4j } from './bench-neo4j.ts';

/** Bump when the generator's output changes, so stale databases are reloaded. */
export const GENERATOR_VERSION = 1;

export function parseSize(value: string | undefined): SizeName {
  const size = (value ?? '1k') as SizeName;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}, got ${value}`);
  return size;
}

export interface BenchDatabase {
  local: LocalNeo4j;
  db: GraphDatabase;
  marker: CorpusMarker;
  /** Closes the driver and stops the Neo4j. */
  close(): Promise<void>;
}

/**
 * The size's Neo4j, holding the requested corpus: started, and loaded unless its marker says the
 * corpus is there already. A database holding anything else is not emptied through Cypher (after
 * a million deletions Neo4j plans and writes slowly for minutes): the instance is stopped, its
 * data folder removed, and a fresh one started.
 */
export async function openBenchDatabase(options: EnsureOptions): Promise<BenchDatabase> {
  const { size, log } = options;
  const open = async () => {
    const local = await startBenchNeo4j(size, log);
    if (local.startedHere) runningHere.add(local);
    const db = new GraphDatabase({ uri: local.uri, username: 'neo4j', password: 'neo4j', database: 'neo4j' });
    return {
      local,
      db,
      close: async () => {
        await db.close();
        await local.stop();
        runningHere.delete(local);
      },
    };
  };
  let current = await open();
  try {
    const existing = await readMarker(current.db);
    if (!options.force && matches(existing, options)) {
      log(
        `the database already holds the ${size} corpus (seed ${options.seed}, ${existing!.articles} articles, ${existing!.claims} claims); skipping the load`,
      );
      return { ...current, marker: existing! };
    }
    const prefix = existing || options.force ? 0 : await loadedPrefix(current.db, options);
    if (prefix > 0) {
      log(`resuming an interrupted load: the first ${prefix} articles of the ${size} corpus are in the database`);
      return { ...current, marker: await loadInto(current.db, { ...options, resumeFrom: prefix }) };
    }
    if (!current.local.startedHere) {
      throw new Error(
        `the running bench-${size} Neo4j holds ${existing ? `another corpus (${JSON.stringify(existing)})` : 'no complete corpus'}; stop it (pid ${recordedPid(size)}) so that this run can start a fresh one`,
      );
    }
    log(
      existing
        ? `the database holds another corpus (${JSON.stringify(existing)}); starting from an empty one`
        : 'loading the corpus into a new database',
    );
    await current.close();
    rmSync(join(instanceHome(size), 'data'), { recursive: true, force: true });
    if ((options.method ?? 'import') === 'import' && size !== 'seed') {
      const started = performance.now();
      const stats = await importCorpus({
        cacheDir: loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_CACHE_DIR,
        home: instanceHome(size),
        annotations: corpusAnnotations(options),
        batchSize: options.batchSize,
        onArticle: (n) => n % 10_000 === 0 && log(`CSV: ${n} articles`),
        log,
      });
      current = await open();
      const { schemaSeconds } = await finishImport(current.db, log);
      const marker = importMarker(options, stats, { ...stats, schemaSeconds }, performance.now() - started);
      await current.db.write((tx) => tx.run('CREATE (m:BenchCorpus) SET m = $marker', { marker }));
      return { ...current, marker };
    }
    current = await open();
    const marker = await loadInto(current.db, options);
    return { ...current, marker };
  } catch (error) {
    await current.close();
    throw error;
  }
}

const matches = (m: CorpusMarker | null, o: EnsureOptions) =>
  !!m && m.size === o.size && m.seed === o.seed && m.version === GENERATOR_VERSION;

export interface CorpusMarker {
  size: SizeName;
  /** How it was loaded: Neo4j's offline importer, or the online bulk loader (absent before the importer). */
  method?: 'import' | 'online';
  /** The importer's phases: CSV files written, `neo4j-admin database import`, constraints and indexes online. */
  csvSeconds?: number;
  importSeconds?: number;
  schemaSeconds?: number;
  /** Set when the load resumed an interrupted one: the time and rates are this last part's. */
  resumedFrom?: number;
  seed: number;
  version: number;
  articles: number;
  claims: number;
  loadSeconds: number;
  articlesPerSecond: number;
  claimsPerSecond: number;
  loadedAt: string;
}

export async function readMarker(db: GraphDatabase): Promise<CorpusMarker | null> {
  const result = await db.read((tx) => tx.run('MATCH (m:BenchCorpus) RETURN properties(m) AS m LIMIT 1'));
  return result.records.length ? (result.records[0].get('m') as CorpusMarker) : null;
}

/**
 * Deletes everything, in chunks small enough for the 1 GB heap: relationships first (a DETACH
 * DELETE of a hub takes its 25k relationships into one transaction), then the nodes. Only for a
 * database that is not one of ours (`--uri`); ours are replaced by a new data folder instead.
 */
async function emptyDatabase(db: GraphDatabase): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

export interface EnsureOptions {
  size: SizeName;
  seed: number;
  /** Articles of the corpus already loaded (an interrupted load): generation starts after them. */
  resumeFrom?: number;
  batchSize?: number;
  force?: boolean;
  /**
   * A fresh load of a bench instance: Neo4j's offline importer (default) or the online bulk loader.
   * Resuming an interrupted online load, and any `--uri` database, always go online.
   */
  method?: 'import' | 'online';
  log: (msg: string) => void;
}

/** Makes any database (`--uri`) hold exactly the requested corpus, emptying it through Cypher if need be. */
export async function ensureCorpus(db: GraphDatabase, options: EnsureOptions): Promise<{ marker: CorpusMarker; loaded: boolean }> {
  const { size, seed, log } = options;
  await applySchema(db);
  const existing = await readMarker(db);
  if (!options.force && matches(existing, options)) {
    log(
      `the database already holds the ${size} corpus (seed ${seed}, ${existing!.articles} articles, ${existing!.claims} claims); skipping the load`,
    );
    return { marker: existing!, loaded: false };
  }
  log(existing ? `the database holds another corpus (${JSON.stringify(existing)}); emptying it` : 'emptying the database');
  await emptyDatabase(db);
  return { marker: await loadInto(db, options), loaded: true };
}

/** Schema, corpus, then the marker that says it is complete. */
async function loadInto(db: GraphDatabase, options: EnsureOptions): Promise<CorpusMarker> {
  await applySchema(db);
  const marker = await loadCorpus(db, options);
  await db.write((tx) => tx.run('CREATE (m:BenchCorpus) SET m = $marker', { marker }));
  return marker;
}

/**
 * How many articles of the requested corpus an interrupted load left, or 0 when the database holds
 * anything else. Batches commit whole and in corpus order, so a load leaves a prefix: the corpus's
 * first and n-th articles must be there with the titles the generator gives them, and no other.
 */
async function loadedPrefix(db: GraphDatabase, options: EnsureOptions): Promise<number> {
  if (options.size === 'seed') return 0;
  const shape = corpusShape({ seed: options.seed, articles: SIZES[options.size] });
  const n = await db.read(async (tx) => Number((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n')));
  if (n === 0 || n >= SIZES[options.size]) return 0;
  const title = async (i: number) =>
    (
      await db.read((tx) => tx.run('MATCH (a:Article {id: $id}) RETURN a.title AS title', { id: `article/${articleLocalId(i)}` }))
    ).records[0]?.get('title');
  const expected = (i: number) => generateArticle(shape, { seed: options.seed, articles: SIZES[options.size] }, i).article.title;
  const ok = (await title(0)) === expected(0) && (await title(n - 1)) === expected(n - 1) && (await title(n)) === undefined;
  return ok ? n : 0;
}

/** The corpus of the size, validated, from article `from` on (generated lazily). */
function* corpusAnnotations(options: EnsureOptions, from = 0): Generator<Annotation> {
  const articles = SIZES[options.size];
  const shape = corpusShape({ seed: options.seed, articles });
  for (let i = from; i < articles; i++) {
    const a = generateArticle(shape, { seed: options.seed, articles }, i);
    yield parseAnnotation(a, a.article.id);
  }
}

function importMarker(
  options: EnsureOptions,
  stats: { articles: number; claims: number },
  phases: { csvSeconds: number; importSeconds: number; schemaSeconds: number },
  ms: number,
): CorpusMarker {
  const loadSeconds = ms / 1000;
  const marker: CorpusMarker = {
    size: options.size,
    method: 'import',
    seed: options.seed,
    version: GENERATOR_VERSION,
    articles: stats.articles,
    claims: stats.claims,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    articlesPerSecond: Math.round(stats.articles / loadSeconds),
    claimsPerSecond: Math.round(stats.claims / loadSeconds),
    ...phases,
    loadedAt: new Date().toISOString(),
  };
  options.log(
    `imported ${marker.articles} articles and ${marker.claims} claims in ${marker.loadSeconds} s (CSV ${phases.csvSeconds} s, import ${phases.importSeconds} s, Neo4j start, constraints and indexes ${phases.schemaSeconds} s): ${marker.articlesPerSecond} articles/s, ${marker.claimsPerSecond} claims/s`,
  );
  return marker;
}

/** Generates and loads the corpus with a progress bar; reports throughput. */
export async function loadCorpus(db: GraphDatabase, options: EnsureOptions): Promise<CorpusMarker> {
  const { size, seed } = options;
  const started = performance.now();
  let stats: Pick<BulkLoadStats, 'articles' | 'claims'>;
  if (size === 'seed') {
    const loaded = await loadSeed(db);
    stats = { articles: loaded.length, claims: 17 };
  } else {
    const articles = SIZES[size];
    const bar = new cliProgress.SingleBar(
      {
        format: 'loading |{bar}| {value}/{total} articles | {claims} claims | {rate} articles/s | ETA {eta_formatted}',
        etaBuffer: 20,
        hideCursor: true,
        // Without a terminal (CI, a log file), a line every 15 s.
        noTTYOutput: true,
        notTTYSchedule: 15_000,
      },
      cliProgress.Presets.shades_classic,
    );
    const from = options.resumeFrom ?? 0;
    bar.start(articles, from, { claims: 0, rate: 0 });
    const annotations = corpusAnnotations(options, from);
    stats = await bulkLoad(db, annotations, {
      batchSize: options.batchSize ?? 50,
      onBatch: (t) =>
        bar.update(from + t.articles, { claims: t.claims, rate: Math.round(t.articles / ((performance.now() - started) / 1000)) }),
    });
    bar.stop();
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const resumed = options.resumeFrom
    ? await db.read(async (tx) => Number((await tx.run('MATCH (c:Claim) RETURN count(c) AS n')).records[0].get('n')))
    : undefined;
  const marker: CorpusMarker = {
    size,
    method: 'online',
    ...(options.resumeFrom ? { resumedFrom: options.resumeFrom } : {}),
    seed,
    version: GENERATOR_VERSION,
    articles: (options.resumeFrom ?? 0) + stats.articles,
    claims: resumed ?? stats.claims,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    articlesPerSecond: Math.round(stats.articles / loadSeconds),
    claimsPerSecond: Math.round(stats.claims / loadSeconds),
    loadedAt: new Date().toISOString(),
  };
  options.log(
    `loaded ${marker.articles} articles and ${marker.claims} claims in ${marker.loadSeconds} s: ${marker.articlesPerSecond} articles/s, ${marker.claimsPerSecond} claims/s`,
  );
  return marker;
}
