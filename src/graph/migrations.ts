/**
 * Start-up migrations of data written by earlier versions, run by applySchema after the
 * constraints and indexes. Each is idempotent and, once done, finds nothing to do:
 *
 * - Edits written before EditTarget existed get their (:EditTarget)<-[:TOUCHED]- links, so
 *   history(id:) finds them through the index.
 * - Articles hashed on their raw text get the hash of the normalised text (contentHash), so the
 *   same text ingested again is a duplicate instead of failing on the article_id constraint.
 * - Claims stored before `origin` existed get one: EXTRACTED when their article came through
 *   ingest, CURATED otherwise (hand annotations).
 * - Claim→entity links (CLAIMED_BY, REPORTED_VIA, MENTIONS) written before they carried the
 *   entity's id and the claim's creation order (CLAIM_LINK_ORDER) get them, so that the claim
 *   pages' relationship indexes hold every link.
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { CONTENT_HASH_VERSION, contentHash } from './write/annotation-rows.ts';
import { CLAIM_LINK_ORDER } from './write/load-annotation.ts';
import type { GraphDatabase } from './database.ts';

const BATCH = 500;

/** Claim→entity link types that carry CLAIM_LINK_ORDER (a closed set, never input). */
const CLAIM_LINK_TYPES = ['CLAIMED_BY', 'REPORTED_VIA', 'MENTIONS'];

export const MIGRATION_STATEMENTS = {
  /** Edits without TOUCHED links (an obstacle node a test writes has no seq and is left alone). */
  linkEditTargets: `
    MATCH (e:Edit)
    WHERE e.seq IS NOT NULL AND e.targets IS NOT NULL AND NOT EXISTS { (e)-[:TOUCHED]->(:EditTarget) }
    WITH e LIMIT $limit
    FOREACH (key IN e.targets | MERGE (t:EditTarget {id: key}) CREATE (e)-[:TOUCHED]->(t))
    RETURN count(e) AS linked`,

  /** Articles whose hash predates the current scheme, a page at a time in id order. */
  articlesToRehash: `
    MATCH (a:Article)
    WHERE a.id > $after AND a.text IS NOT NULL AND (a.contentHashVersion IS NULL OR a.contentHashVersion < $version)
    RETURN a.id AS id, a.text AS text, a.contentHash AS hash
    ORDER BY a.id
    LIMIT $limit`,

  /** Which of these hashes another article holds already. */
  hashesTaken: `
    UNWIND $rows AS row
    MATCH (other:Article {contentHash: row.hash})
    WHERE other.id <> row.id
    RETURN row.id AS id`,

  setContentHashes: `
    UNWIND $rows AS row
    MATCH (a:Article {id: row.id})
    SET a.contentHash = row.hash, a.contentHashVersion = $version`,

  /** The articles of claims without an origin, with the text their ingested id was made from. */
  articlesOfClaimsWithoutOrigin: `
    MATCH (c:Claim)-[:APPEARS_IN]->(a:Article)
    WHERE c.origin IS NULL
    RETURN DISTINCT a.id AS id, a.text AS text`,

  setOrigins: `
    UNWIND $rows AS row
    CALL (row) {
      MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: row.id})
      WHERE c.origin IS NULL
      SET c.origin = row.origin
      RETURN count(c) AS set
    }
    RETURN row.origin AS origin, sum(set) AS set`,

  /**
   * Per link type: its links from claims (the count store's `(:Claim)-[:T]->()`, constant time)
   * and those its claim-page index holds (an index scan); equal once the links are migrated.
   */
  claimLinksIndexed: CLAIM_LINK_TYPES.map(
    (type) => `
    CALL () { MATCH (:Claim)-[r:${type}]->() RETURN count(r) AS links }
    CALL () {
      MATCH ()-[r:${type}]->()
      WHERE r.anchor IS NOT NULL AND r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL
      RETURN count(r) AS indexed
    }
    RETURN '${type}' AS type, links, indexed`,
  ).join('\n    UNION ALL'),

  /** Auto-commit (CALL … IN TRANSACTIONS): one pass over the claims, committed every $batch claims. */
  setClaimLinkOrder: `
    MATCH (c:Claim)
    CALL (c) {
      MATCH (c)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(e:Entity)
      WHERE r.anchor IS NULL OR r.claim IS NULL OR r.createdAt IS NULL OR r.seq IS NULL
      SET ${CLAIM_LINK_ORDER}
      RETURN count(r) AS set
    } IN TRANSACTIONS OF $batch ROWS
    RETURN sum(set) AS set`,

  /** A claim with no article left: nothing says a machine made it. */
  setOrphanOrigins: `
    MATCH (c:Claim)
    WHERE c.origin IS NULL
    SET c.origin = 'CURATED'
    RETURN count(c) AS set`,
} as const;

export interface MigrationReport {
  editsLinked: number;
  articlesRehashed: number;
  /** Articles left with their old hash because another article has the same normalised text (stored twice before). */
  duplicateTexts: string[];
  claimOrigins: { EXTRACTED: number; CURATED: number };
  /** Claim→entity links given their anchor and creation order. */
  claimLinksOrdered: number;
}

export async function migrate(db: GraphDatabase): Promise<MigrationReport> {
  return {
    editsLinked: await linkEditTargets(db),
    ...(await rehashArticles(db)),
    claimOrigins: await setClaimOrigins(db),
    claimLinksOrdered: await setClaimLinkOrder(db),
  };
}

async function setClaimLinkOrder(db: GraphDatabase): Promise<number> {
  const counts = await db.read(async (tx) =>
    (await tx.run(MIGRATION_STATEMENTS.claimLinksIndexed)).records.map((r) => ({
      links: Number(r.get('links')),
      indexed: Number(r.get('indexed')),
    })),
  );
  // A claim without createdAt or seq (none is written so) leaves its links out of the index and
  // would have this pass run at every start: it finds nothing to set and costs one scan.
  if (counts.every((c) => c.indexed >= c.links)) return 0;
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which db.write does not give.
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: db.driver.executeQueryBookmarkManager,
  });
  try {
    const result = await session.run(MIGRATION_STATEMENTS.setClaimLinkOrder, { batch: neo4j.int(10 * BATCH) });
    return Number(result.records[0].get('set'));
  } finally {
    await session.close();
  }
}

async function linkEditTargets(db: GraphDatabase): Promise<number> {
  let total = 0;
  for (;;) {
    const linked = await db.write(async (tx) =>
      Number((await tx.run(MIGRATION_STATEMENTS.linkEditTargets, { limit: neo4j.int(BATCH) })).records[0].get('linked')),
    );
    total += linked;
    if (linked < BATCH) return total;
  }
}

async function rehashArticles(db: GraphDatabase): Promise<Pick<MigrationReport, 'articlesRehashed' | 'duplicateTexts'>> {
  const version = neo4j.int(CONTENT_HASH_VERSION);
  const duplicateTexts: string[] = [];
  let articlesRehashed = 0;
  let after = '';
  for (;;) {
    const page = await db.read(async (tx) =>
      (await tx.run(MIGRATION_STATEMENTS.articlesToRehash, { after, version, limit: neo4j.int(BATCH) })).records.map((r) => ({
        id: r.get('id') as string,
        text: r.get('text') as string,
        hash: r.get('hash') as string | null,
      })),
    );
    if (!page.length) break;
    after = page[page.length - 1].id;
    const rows = page.map((a) => ({ id: a.id, hash: contentHash(a.text), changed: contentHash(a.text) !== a.hash }));
    await db.write(async (tx) => {
      const taken = new Set((await tx.run(MIGRATION_STATEMENTS.hashesTaken, { rows })).records.map((r) => r.get('id') as string));
      // Two articles of this page with the same normalised text: the first keeps it.
      const seen = new Set<string>();
      const writable = rows.filter((r) => {
        if (taken.has(r.id) || seen.has(r.hash)) {
          duplicateTexts.push(r.id);
          return false;
        }
        seen.add(r.hash);
        return true;
      });
      await tx.run(MIGRATION_STATEMENTS.setContentHashes, { rows: writable, version });
      articlesRehashed += writable.filter((r) => r.changed).length;
    });
  }
  return { articlesRehashed, duplicateTexts };
}

/**
 * The extractor names an article `<title slug>-<first 6 hex of the SHA-1 of its text>`
 * (src/ingest/extract.ts, since its first version); hand annotations choose their own ids.
 */
export function madeByExtractor(id: string, text: string | null): boolean {
  if (!text) return false;
  const local = id.slice(id.indexOf('/') + 1);
  return local.endsWith(`-${createHash('sha1').update(text).digest('hex').slice(0, 6)}`);
}

async function setClaimOrigins(db: GraphDatabase): Promise<MigrationReport['claimOrigins']> {
  const articles = await db.read(async (tx) =>
    (await tx.run(MIGRATION_STATEMENTS.articlesOfClaimsWithoutOrigin)).records.map((r) => ({
      id: r.get('id') as string,
      text: r.get('text') as string | null,
    })),
  );
  const rows = articles.map((a) => ({ id: a.id, origin: madeByExtractor(a.id, a.text) ? 'EXTRACTED' : 'CURATED' }));
  const counts = { EXTRACTED: 0, CURATED: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const result = await db.write((tx) => tx.run(MIGRATION_STATEMENTS.setOrigins, { rows: batch }));
    for (const r of result.records) counts[r.get('origin') as keyof typeof counts] += Number(r.get('set'));
  }
  const orphans = await db.write(async (tx) => Number((await tx.run(MIGRATION_STATEMENTS.setOrphanOrigins)).records[0].get('set')));
  counts.CURATED += orphans;
  return counts;
}
