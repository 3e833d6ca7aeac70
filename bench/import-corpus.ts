/**
 * An initial load through Neo4j's offline importer: the annotations become CSV files
 * (src/graph/write/import-csv.ts), `neo4j-admin database import full` writes a fresh database in the
 * stopped instance's folder (bench/neo4j-import.ts), and once the server runs on it,
 * `finishImport` creates the project's constraints and indexes and waits until they are online.
 * The graph is the one `bulkLoad` writes (tests/bench/import-csv.test.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../src/graph/annotation.ts';
import { applySchema, schemaStatements } from '../src/graph/apply-schema.ts';
import type { GraphDatabase } from '../src/graph/database.ts';
import { ImportCsvWriter } from '../src/graph/write/import-csv.ts';
import { runNeo4jImport } from './neo4j-import.ts';

export interface ImportCorpusOptions {
  cacheDir: string;
  /** The instance folder; its Neo4j must be stopped. */
  home: string;
  annotations: Iterable<Annotation>;
  /** Articles per createdAt timestamp, as the online loader's batch (default 50). */
  batchSize?: number;
  /** Importer JVM heap and off-heap cap. */
  memory?: { heap: string; offHeap: string };
  onArticle?: (articles: number) => void;
  log: (msg: string) => void;
}

export interface ImportCorpusStats {
  articles: number;
  claims: number;
  nodes: number;
  relationships: number;
  csvSeconds: number;
  importSeconds: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Writes the CSV files and runs the importer (the instance's database is replaced); the CSV files are removed after. */
export async function importCorpus(options: ImportCorpusOptions): Promise<ImportCorpusStats> {
  const csvDir = join(options.home, 'import-csv');
  rmSync(csvDir, { recursive: true, force: true });
  try {
    let started = performance.now();
    const writer = new ImportCsvWriter(csvDir, { batchSize: options.batchSize });
    let n = 0;
    for (const annotation of options.annotations) {
      writer.add(annotation);
      options.onArticle?.(++n);
    }
    const files = writer.finish();
    const csvSeconds = seconds(started);
    options.log(
      `CSV files written in ${csvSeconds} s (${files.articles} articles, ${files.nodes} nodes, ${files.relationships} relationships)`,
    );
    started = performance.now();
    await runNeo4jImport({
      cacheDir: options.cacheDir,
      home: options.home,
      files,
      heap: options.memory?.heap,
      offHeap: options.memory?.offHeap,
      log: options.log,
    });
    const importSeconds = seconds(started);
    return {
      articles: files.articles,
      claims: files.claims,
      nodes: files.nodes,
      relationships: files.relationships,
      csvSeconds,
      importSeconds,
    };
  } catch (error) {
    // A failed import leaves store files no server can open; the next load starts from none.
    rmSync(join(options.home, 'data'), { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/**
 * On the imported database, served: the schema's constraints and indexes, awaited (populating them
 * over a large store takes minutes, longer than applySchema's own wait), then what CSV cannot say:
 * an empty list (entities without aliases hold `aliases: []`). Then applySchema, which finds
 * everything in place.
 */
export async function finishImport(db: GraphDatabase, log: (msg: string) => void): Promise<{ schemaSeconds: number }> {
  const started = performance.now();
  for (const statement of schemaStatements()) await db.write((tx) => tx.run(statement));
  await db.write((tx) => tx.run('CALL db.awaitIndexes(7200)'));
  await db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.aliases IS NULL SET n.aliases = []'));
  await applySchema(db);
  const schemaSeconds = seconds(started);
  log(`constraints and indexes online in ${schemaSeconds} s`);
  return { schemaSeconds };
}
