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

// MIGRATION_STATEMENTS.setOrphanOrigins
// params: (none)
MATCH (c:Claim)
WHERE c.origin IS NULL
SET c.origin = 'CURATED'
RETURN count(c) AS set
;
