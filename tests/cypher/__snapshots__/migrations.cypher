// MIGRATION_STATEMENTS.linkEditTargets
// params: $limit
MATCH (e:Edit)
WHERE e.seq IS NOT NULL AND e.targets IS NOT NULL AND NOT EXISTS { (e)-[:TOUCHED]->(:EditTarget) }
WITH e LIMIT $limit
FOREACH (key IN e.targets | MERGE (t:EditTarget {id: key}) CREATE (e)-[:TOUCHED]->(t))
RETURN count(e) AS linked
;

// MIGRATION_STATEMENTS.articlesToRehash
// params: $after, $version, $limit
MATCH (a:Article)
WHERE a.id > $after AND a.text IS NOT NULL AND (a.contentHashVersion IS NULL OR a.contentHashVersion < $version)
RETURN a.id AS id, a.text AS text, a.contentHash AS hash
ORDER BY a.id
LIMIT $limit
;

// MIGRATION_STATEMENTS.hashesTaken
// params: $rows
UNWIND $rows AS row
MATCH (other:Article {contentHash: row.hash})
WHERE other.id <> row.id
RETURN row.id AS id
;

// MIGRATION_STATEMENTS.setContentHashes
// params: $rows, $version
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.contentHash = row.hash, a.contentHashVersion = $version
;

// MIGRATION_STATEMENTS.articlesOfClaimsWithoutOrigin
// params: (none)
MATCH (c:Claim)-[:APPEARS_IN]->(a:Article)
WHERE c.origin IS NULL
RETURN DISTINCT a.id AS id, a.text AS text
;

// MIGRATION_STATEMENTS.setOrigins
// params: $rows
UNWIND $rows AS row
CALL (row) {
  MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: row.id})
  WHERE c.origin IS NULL
  SET c.origin = row.origin
  RETURN count(c) AS set
}
RETURN row.origin AS origin, sum(set) AS set
;

// MIGRATION_STATEMENTS.claimLinksIndexed
// params: (none)
CALL () { MATCH (:Claim)-[r:CLAIMED_BY]->() RETURN count(r) AS links }
CALL () {
  MATCH ()-[r:CLAIMED_BY]->()
  WHERE r.anchor IS NOT NULL AND r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL
  RETURN count(r) AS indexed
}
RETURN 'CLAIMED_BY' AS type, links, indexed
UNION ALL
CALL () { MATCH (:Claim)-[r:REPORTED_VIA]->() RETURN count(r) AS links }
CALL () {
  MATCH ()-[r:REPORTED_VIA]->()
  WHERE r.anchor IS NOT NULL AND r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL
  RETURN count(r) AS indexed
}
RETURN 'REPORTED_VIA' AS type, links, indexed
UNION ALL
CALL () { MATCH (:Claim)-[r:MENTIONS]->() RETURN count(r) AS links }
CALL () {
  MATCH ()-[r:MENTIONS]->()
  WHERE r.anchor IS NOT NULL AND r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL
  RETURN count(r) AS indexed
}
RETURN 'MENTIONS' AS type, links, indexed
;

// MIGRATION_STATEMENTS.setClaimLinkOrder
// params: $batch
MATCH (c:Claim)
CALL (c) {
  MATCH (c)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(e:Entity)
  WHERE r.anchor IS NULL OR r.claim IS NULL OR r.createdAt IS NULL OR r.seq IS NULL
  SET r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id
  RETURN count(r) AS set
} IN TRANSACTIONS OF $batch ROWS
RETURN sum(set) AS set
;

// MIGRATION_STATEMENTS.setOrphanOrigins
// params: (none)
MATCH (c:Claim)
WHERE c.origin IS NULL
SET c.origin = 'CURATED'
RETURN count(c) AS set
;
