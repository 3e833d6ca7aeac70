// ARTICLE_BY_HASH
// params: $hash
MATCH (a:Article {contentHash: $hash}) RETURN a.id AS id
;

// CLAIM_CONTENT_HASH
// params: $hash, $id
MERGE (a:Article {contentHash: $hash})
ON CREATE SET a.id = $id, a.createdAt = datetime()
RETURN a.id AS id, a.title IS NULL AS created
;

// LINK_CONFLICTING_FIGURES
// params: $claimIds, $ratio
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})-[:HAS_FIGURE]->(f:Figure)
MATCH (other:Figure {measure: f.measure, subject: f.subject})<-[:HAS_FIGURE]-(o:Claim)
WHERE o <> c
  AND abs(other.value - f.value) > $ratio * CASE WHEN other.value > f.value THEN other.value ELSE f.value END
  AND NOT EXISTS { (c)-[:CLAIMED_BY]->(e:Entity)<-[:CLAIMED_BY]-(o) }
  AND NOT EXISTS { (c)-[:CONTRADICTS]-(o) }
  // Two new claims are linked once, from the smaller id.
  AND (NOT o.id IN $claimIds OR c.id < o.id)
WITH DISTINCT c, o, f, other
MERGE (c)-[r:CONTRADICTS]->(o)
ON CREATE SET r.reason = 'different figures for ' + f.measure + ' ' + f.subject + ': ' + f.text + ' vs ' + other.text
RETURN count(r) AS linked
;
