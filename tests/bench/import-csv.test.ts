/**
 * The offline importer (bench/import-corpus.ts: CSV files + `neo4j-admin database import full`)
 * writes the graph the online bulk loader writes: the same corpus loaded both ways, into the run's
 * Neo4j (bulkLoad) and into a Neo4j of its own (the importer needs a stopped instance's folder),
 * then compared over the driver.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishImport, importCorpus } from '../../bench/import-corpus.ts';
import { generateCorpus } from '../../bench/generate.ts';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { GraphDatabase } from '../../src/graph/database.ts';
import { bulkLoad } from '../../src/graph/write/bulk-load.ts';
import { loadConfig } from '../../src/server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';
import { emptyDatabase, resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { freePort } from '../support/servers.ts';

/** Every node and relationship, each property with its Cypher type; createdAt by type only. */
async function dump(db: GraphDatabase): Promise<{ nodes: string[]; relationships: string[] }> {
  return db.read(async (tx) => {
    const props = (x: string) => `[k IN keys(${x}) | [k, CASE k WHEN 'createdAt' THEN null ELSE ${x}[k] END, valueType(${x}[k])]]`;
    const nodes = await tx.run(`MATCH (n) WHERE NOT n:BenchCorpus RETURN labels(n) AS labels, ${props('n')} AS props`);
    const rels = await tx.run(`MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, ${props('r')} AS props`);
    // Temporal values print as ISO 8601.
    const canon = (v: unknown) =>
      JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) && x.constructor !== Object ? String(x) : x));
    const byKey = (p: unknown[][]) => [...p].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    return {
      nodes: nodes.records.map((r) => canon([[...r.get('labels')].sort(), byKey(r.get('props'))])).sort(),
      relationships: rels.records.map((r) => canon([r.get('type'), r.get('from'), r.get('to'), byKey(r.get('props'))])).sort(),
    };
  });
}

/** Reads the API's pages depend on: counts, claim order along the link indexes, full-text hits, the schema. */
async function reads(db: GraphDatabase) {
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.read((tx) => tx.run(cypher, params))).records.map((r) => r.toObject());
  return {
    labels: await rows('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'),
    types: await rows('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    linksCopyTheirClaim: await rows(`
      MATCH (c:Claim)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(e:Entity)
      RETURN count(*) AS links, count(CASE WHEN r.createdAt = c.createdAt AND r.seq = c.seq AND r.claim = c.id AND r.anchor = e.id THEN 1 END) AS copies`),
    claimsInCreationOrder: await rows(`
      MATCH (e:Entity) WHERE COUNT { (e)<-[:CLAIMED_BY|REPORTED_VIA]-() } > 3
      CALL (e) {
        MATCH (e)<-[r:CLAIMED_BY|REPORTED_VIA]-(c:Claim)
        WITH r ORDER BY r.createdAt DESC, r.seq DESC, r.claim DESC
        RETURN collect(type(r) + ' ' + r.claim)[..12] AS newest
      }
      RETURN e.id AS entity, newest ORDER BY entity`),
    search: await rows(`
      UNWIND ['minister', 'killed', 'Reuters', 'ministry health'] AS q
      CALL (q) {
        CALL db.index.fulltext.queryNodes('search', q) YIELD node, score
        WITH node.id AS id, score ORDER BY score DESC, id LIMIT 10
        RETURN collect(id) AS ids
      }
      RETURN q, ids ORDER BY q`),
    lookup: await rows("MATCH (n:Entity) WHERE n.lookup CONTAINS '|min' RETURN n.id AS id ORDER BY id"),
    indexes: await rows('SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN * ORDER BY name'),
    constraints: await rows('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name'),
  };
}

describe('the offline importer', () => {
  const db = testDatabase();
  const annotations: Annotation[] = [
    seedAnnotation,
    ...[...generateCorpus({ seed: 5, articles: 60 })].map((a) => parseAnnotation(a, a.article.id)),
  ];
  const batchSize = 7;
  const cacheDir = loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_CACHE_DIR;
  let home: string;
  let local: LocalNeo4j | undefined;
  let imported: GraphDatabase | undefined;

  beforeAll(async () => {
    await emptyDatabase(db);
    await applySchema(db);
    await bulkLoad(db, annotations, { batchSize });

    const port = await freePort();
    const name = `test-import-${port}`;
    home = join(cacheDir, 'instances', name);
    await importCorpus({ cacheDir, home, annotations, batchSize, log: () => {} });
    local = await startLocalNeo4j({ cacheDir, name, boltPort: port, reuse: false, log: () => {} });
    imported = new GraphDatabase({ uri: local.uri, username: 'neo4j', password: 'neo4j', database: 'neo4j' });
    await finishImport(imported, () => {});
  });
  afterAll(async () => {
    await imported?.close();
    await local?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
    await resetToSeed(db);
    await db.close();
  });

  it('writes the same nodes and relationships, with the same properties and property types', async () => {
    const online = await dump(db);
    const offline = await dump(imported!);
    expect(online.nodes.length).toBeGreaterThan(800);
    expect(offline.nodes).toEqual(online.nodes);
    expect(offline.relationships).toEqual(online.relationships);
  });

  it('answers the same reads: counts, claim pages in creation order, full-text search, lookups, and the same schema online', async () => {
    const online = await reads(db);
    const offline = await reads(imported!);
    expect(online.claimsInCreationOrder.length).toBeGreaterThan(10);
    expect(online.search.length).toBe(4);
    expect(online.linksCopyTheirClaim[0].copies).toEqual(online.linksCopyTheirClaim[0].links);
    expect(offline.indexes.every((i) => i.state === 'ONLINE')).toBe(true);
    expect(offline).toEqual(online);
  });
});
