// LOAD_STATEMENTS.article
// params: $article
MERGE (a:Article {id: $article.id})
ON CREATE SET a.createdAt = datetime()
SET a += $article.props,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE datetime($article.publishedAt) END
// An undated article is also :Undated, so that articles() lists it without a scan.
WITH a
CALL (a) { WITH a WHERE a.publishedAt IS NULL SET a:Undated }
CALL (a) { WITH a WHERE a.publishedAt IS NOT NULL REMOVE a:Undated }
;

// LOAD_STATEMENTS.entities
// params: $entities
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.createdAt = datetime(), n.name = e.name
SET n:$(e.type)
SET n.kind = coalesce(e.kind, n.kind),
    n.description = coalesce(n.description, e.description),
    n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + [e.name] + e.aliases |
      CASE WHEN x = n.name OR x IN acc THEN acc ELSE acc + x END)
SET n.lookup = reduce(s = '|' + toLower(n.name) + '|', x IN n.aliases | s + toLower(x) + '|'),
    n.aliasText = reduce(s = '', x IN n.aliases | s + x + ' ; ')
;

// LOAD_STATEMENTS.clearArticleLinks
// params: $article
MATCH (a:Article {id: $article.id})-[r:WRITTEN_BY|PUBLISHED_BY|CITES|IMAGE_CREDIT|MENTIONS]->()
DELETE r
;

// LOAD_STATEMENTS.removeStaleClaims
// params: $article, $claimIds
MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $article.id})
WHERE NOT c.id IN $claimIds
OPTIONAL MATCH (c)-[:HAS_FIGURE]->(f:Figure)
DETACH DELETE c, f
;

// LOAD_STATEMENTS.clearClaimLinks
// params: $claimIds
UNWIND $claimIds AS id
MATCH (c:Claim {id: id})-[r:CLAIMED_BY|MENTIONS|REPORTED_VIA|VIA_CHANNEL|APPEARS_IN]->()
DELETE r
;

// LOAD_STATEMENTS.clearFigures
// params: $claimIds
UNWIND $claimIds AS id
MATCH (:Claim {id: id})-[:HAS_FIGURE]->(f:Figure)
DETACH DELETE f
;

// LOAD_STATEMENTS.articleLinks
// params: $article, $articleLinks
MATCH (a:Article {id: $article.id})
UNWIND $articleLinks AS l
MATCH (e:Entity {id: l.to})
MERGE (a)-[r:$(l.type)]->(e)
SET r += l.props
;

// LOAD_STATEMENTS.channels
// params: $channels
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
}
;

// LOAD_STATEMENTS.claims
// params: $article, $claims
MATCH (a:Article {id: $article.id})
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.createdAt = datetime()
SET c += row.props,
    c.saidOn = CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END,
    c.refersTo = CASE WHEN row.refersTo IS NULL THEN null ELSE date(row.refersTo) END
MERGE (c)-[:APPEARS_IN]->(a)
;

// LOAD_STATEMENTS.claimEntityLinks
// params: $claimEntityLinks
UNWIND $claimEntityLinks AS l
MATCH (c:Claim {id: l.from})
MATCH (e:Entity {id: l.to})
MERGE (c)-[r:$(l.type)]->(e)
SET r += l.props, r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id
;

// LOAD_STATEMENTS.claimChannels
// params: $claimChannels
UNWIND $claimChannels AS l
MATCH (c:Claim {id: l.from})
MATCH (ch:Channel {id: l.to})
MERGE (c)-[:VIA_CHANNEL]->(ch)
;

// LOAD_STATEMENTS.figures
// params: $figures
UNWIND $figures AS f
MATCH (c:Claim {id: f.claimId})
CREATE (c)-[:HAS_FIGURE]->(n:Figure)
SET n = f.props
;

// LOAD_STATEMENTS.entityRelations
// params: $entityRelations
UNWIND $entityRelations AS l
MATCH (a:Entity {id: l.from})
MATCH (b:Entity {id: l.to})
MERGE (a)-[r:$(l.type)]->(b)
SET r += l.props
;

// LOAD_STATEMENTS.claimRelations
// params: $claimRelations
UNWIND $claimRelations AS l
MATCH (a:Claim {id: l.from})
MATCH (b:Claim {id: l.to})
MERGE (a)-[r:$(l.type)]->(b)
SET r += l.props
;
