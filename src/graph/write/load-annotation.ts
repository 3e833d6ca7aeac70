/**
 * Writes one validated Annotation to Neo4j inside the caller's write transaction.
 *
 * Idempotent: nodes are MERGEd on their stable keys, and the relationships an article owns
 * (its links, its claims' links, its figures) are replaced, so loading the same annotation
 * twice leaves the same nodes and relationships. Atomic: the caller runs this in one
 * transaction, so a failure leaves nothing behind.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Annotation } from '../annotation.ts';
import { toGraphRows, type GraphRows } from './annotation-rows.ts';

export interface LoadStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** A load's counters, and how many entities it created (the rest were in the graph already, possibly written a moment ago by a concurrent load). */
export type WriteStats = LoadStats & { entitiesCreated: number };

/** Relationship types an article owns and rewrites on every load (closed set, never user input). */
const ARTICLE_OWNED = 'WRITTEN_BY|PUBLISHED_BY|CITES|IMAGE_CREDIT|MENTIONS';
const CLAIM_OWNED = 'CLAIMED_BY|MENTIONS|REPORTED_VIA|VIA_CHANNEL|APPEARS_IN';

/**
 * What a claim→entity link `r` from claim `c` to entity `e` copies, for the relationship indexes
 * `(anchor, createdAt, seq, claim)` (schema/constraints.cypher): the copies follow the claim's
 * creation order (createdAt and seq never change) and the entity a merge moves the link to.
 */
export const CLAIM_LINK_ORDER = 'r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id';

const STATEMENTS = {
  article: `
    MERGE (a:Article {id: $article.id})
    ON CREATE SET a.createdAt = datetime()
    SET a += $article.props,
        a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE datetime($article.publishedAt) END
    // An undated article is also :Undated, so that articles() lists it without a scan.
    WITH a
    CALL (a) { WITH a WHERE a.publishedAt IS NULL SET a:Undated }
    CALL (a) { WITH a WHERE a.publishedAt IS NOT NULL REMOVE a:Undated }`,

  entities: `
    UNWIND $entities AS e
    MERGE (n:Entity {id: e.id})
    ON CREATE SET n.createdAt = datetime(), n.name = e.name
    SET n:$(e.type)
    SET n.kind = coalesce(e.kind, n.kind),
        n.description = coalesce(n.description, e.description),
        n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + [e.name] + e.aliases |
          CASE WHEN x = n.name OR x IN acc THEN acc ELSE acc + x END)
    SET n.lookup = reduce(s = '|' + toLower(n.name) + '|', x IN n.aliases | s + toLower(x) + '|'),
        n.aliasText = reduce(s = '', x IN n.aliases | s + x + ' ; ')`,

  clearArticleLinks: `
    MATCH (a:Article {id: $article.id})-[r:${ARTICLE_OWNED}]->()
    DELETE r`,

  removeStaleClaims: `
    MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $article.id})
    WHERE NOT c.id IN $claimIds
    OPTIONAL MATCH (c)-[:HAS_FIGURE]->(f:Figure)
    DETACH DELETE c, f`,

  clearClaimLinks: `
    UNWIND $claimIds AS id
    MATCH (c:Claim {id: id})-[r:${CLAIM_OWNED}]->()
    DELETE r`,

  clearFigures: `
    UNWIND $claimIds AS id
    MATCH (:Claim {id: id})-[:HAS_FIGURE]->(f:Figure)
    DETACH DELETE f`,

  articleLinks: `
    MATCH (a:Article {id: $article.id})
    UNWIND $articleLinks AS l
    MATCH (e:Entity {id: l.to})
    MERGE (a)-[r:$(l.type)]->(e)
    SET r += l.props`,

  channels: `
    UNWIND $channels AS ch
    MERGE (c:Channel {id: ch.id})
    ON CREATE SET c.createdAt = datetime()
    SET c.name = ch.name, c.medium = ch.medium
    WITH c, ch
    OPTIONAL MATCH (c)-[old:OPERATED_BY|HOSTED_ON]->()
    DELETE old
    WITH DISTINCT c, ch
    CALL (c, ch) {
      MATCH (op:Entity {id: ch.operator}) MERGE (c)-[:OPERATED_BY]->(op)
    }
    CALL (c, ch) {
      MATCH (pl:Entity {id: ch.platform}) MERGE (c)-[:HOSTED_ON]->(pl)
    }`,

  claims: `
    MATCH (a:Article {id: $article.id})
    UNWIND $claims AS row
    MERGE (c:Claim {id: row.id})
    ON CREATE SET c.createdAt = datetime()
    SET c += row.props,
        c.saidOn = CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END,
        c.refersTo = CASE WHEN row.refersTo IS NULL THEN null ELSE date(row.refersTo) END
    MERGE (c)-[:APPEARS_IN]->(a)`,

  // CLAIMED_BY, MENTIONS, REPORTED_VIA carry the entity's id and the claim's creation order
  // (CLAIM_LINK_ORDER), what the anchor's claim pages seek on.
  claimEntityLinks: `
    UNWIND $claimEntityLinks AS l
    MATCH (c:Claim {id: l.from})
    MATCH (e:Entity {id: l.to})
    MERGE (c)-[r:$(l.type)]->(e)
    SET r += l.props, ${CLAIM_LINK_ORDER}`,

  claimChannels: `
    UNWIND $claimChannels AS l
    MATCH (c:Claim {id: l.from})
    MATCH (ch:Channel {id: l.to})
    MERGE (c)-[:VIA_CHANNEL]->(ch)`,

  figures: `
    UNWIND $figures AS f
    MATCH (c:Claim {id: f.claimId})
    CREATE (c)-[:HAS_FIGURE]->(n:Figure)
    SET n = f.props`,

  entityRelations: `
    UNWIND $entityRelations AS l
    MATCH (a:Entity {id: l.from})
    MATCH (b:Entity {id: l.to})
    MERGE (a)-[r:$(l.type)]->(b)
    SET r += l.props`,

  claimRelations: `
    UNWIND $claimRelations AS l
    MATCH (a:Claim {id: l.from})
    MATCH (b:Claim {id: l.to})
    MERGE (a)-[r:$(l.type)]->(b)
    SET r += l.props`,
} as const;

/** Statement order matters: nodes before the relationships that join them. */
const ORDER: (keyof typeof STATEMENTS)[] = [
  'article',
  'entities',
  'clearArticleLinks',
  'removeStaleClaims',
  'clearClaimLinks',
  'clearFigures',
  'articleLinks',
  'channels',
  'claims',
  'claimEntityLinks',
  'claimChannels',
  'figures',
  'entityRelations',
  'claimRelations',
];

export async function writeAnnotation(tx: ManagedTransaction, annotation: Annotation): Promise<WriteStats> {
  return writeRows(tx, toGraphRows(annotation));
}

export async function writeRows(tx: ManagedTransaction, rows: GraphRows): Promise<WriteStats> {
  const stats: WriteStats = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    entitiesCreated: 0,
  };
  for (const name of ORDER) {
    const result = await tx.run(STATEMENTS[name], rows);
    const updates = result.summary.counters.updates();
    for (const key of ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet'] as const)
      stats[key] += updates[key];
    if (name === 'entities') stats.entitiesCreated = updates.nodesCreated;
  }
  return stats;
}

export { STATEMENTS as LOAD_STATEMENTS, ORDER as LOAD_ORDER };
