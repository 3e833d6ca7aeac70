// STATE_STATEMENTS.article
// params: $id
MATCH (a:Article {id: $id})
RETURN a {.id, .title, .url, publishedAt: toString(a.publishedAt), .publishedAtText,
  author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(e:Entity) RETURN e.id }[0],
  publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(e:Entity) RETURN e.id }[0],
  claims: COLLECT { MATCH (a)<-[:APPEARS_IN]-(c:Claim) RETURN c.id ORDER BY c.id }} AS state
;

// STATE_STATEMENTS.entities
// params: $ids
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, labels: labels(n), .name, .kind, .aliases, .description} AS state
;

// STATE_STATEMENTS.claim
// params: $id
MATCH (c:Claim {id: $id})
RETURN c {.id, .text, .kind, .modality, .verb, .origin, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText,
  claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(e:Entity) RETURN e.id ORDER BY r.order },
  reportedVia: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(e:Entity) RETURN e.id ORDER BY r.order },
  channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(ch:Channel) RETURN ch.id }[0],
  article: COLLECT { MATCH (c)-[:APPEARS_IN]->(a:Article) RETURN a.id }[0]} AS state
;

// STATE_STATEMENTS.entitiesExist
// params: $ids
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS found, coalesce(n:Organization, false) AS organization
;

// STATE_STATEMENTS.channelExists
// params: $id
OPTIONAL MATCH (ch:Channel {id: $id})
RETURN ch IS NOT NULL AS found
;

// ARTICLE_STATEMENTS.setProperties
// params: $id, $props
MATCH (a:Article {id: $id})
SET a += $props
;

// ARTICLE_STATEMENTS.setPublishedAt
// params: $id, $publishedAt
MATCH (a:Article {id: $id})
SET a.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE datetime($publishedAt) END,
    a.publishedAtText = null
WITH a
CALL (a) { WITH a WHERE a.publishedAt IS NULL SET a:Undated }
CALL (a) { WITH a WHERE a.publishedAt IS NOT NULL REMOVE a:Undated }
;

// ARTICLE_STATEMENTS.claimDates
// params: $id
MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $id})
WHERE c.saidOnText IS NOT NULL OR c.refersToText IS NOT NULL
RETURN c.id AS id, c.saidOnText AS saidOnText, c.refersToText AS refersToText
;

// ARTICLE_STATEMENTS.setClaimDates
// params: $dates
UNWIND $dates AS d
MATCH (c:Claim {id: d.id})
SET c.saidOn = CASE WHEN d.saidOn IS NULL THEN c.saidOn ELSE date(d.saidOn) END,
    c.saidOnPrecision = coalesce(d.saidOnPrecision, c.saidOnPrecision),
    c.refersTo = CASE WHEN d.refersTo IS NULL THEN c.refersTo ELSE date(d.refersTo) END,
    c.refersToPrecision = coalesce(d.refersToPrecision, c.refersToPrecision)
;

// ARTICLE_STATEMENTS.setAuthor
// params: $id, $entity
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[old:WRITTEN_BY]->()
DELETE old
WITH DISTINCT a
MATCH (e:Entity {id: $entity})
MERGE (a)-[:WRITTEN_BY]->(e)
MERGE (a)-[:MENTIONS]->(e)
;

// ARTICLE_STATEMENTS.removeAuthor
// params: $id
MATCH (a:Article {id: $id})-[old:WRITTEN_BY]->()
DELETE old
;

// ARTICLE_STATEMENTS.setPublisher
// params: $id, $entity
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
DELETE old
WITH DISTINCT a
MATCH (e:Entity {id: $entity})
MERGE (a)-[:PUBLISHED_BY]->(e)
MERGE (a)-[:MENTIONS]->(e)
;

// ARTICLE_STATEMENTS.removePublisher
// params: $id
MATCH (a:Article {id: $id})-[old:PUBLISHED_BY]->()
DELETE old
;

// ARTICLE_STATEMENTS.findEntityByName
// params: $needle, $type, $name
MATCH (n:Entity)
WHERE n.lookup CONTAINS $needle AND $type IN labels(n)
RETURN n.id AS id
ORDER BY CASE WHEN toLower(n.name) = $name THEN 0 ELSE 1 END, n.id
LIMIT 1
;

// ARTICLE_STATEMENTS.createEntity
// params: $entity
MERGE (n:Entity {id: $entity.id})
ON CREATE SET n.createdAt = datetime(), n.name = $entity.name, n.aliases = [], n.kind = $entity.kind,
  n.lookup = '|' + toLower($entity.name) + '|', n.aliasText = ''
SET n:$($entity.type)
RETURN n.id AS id
;

// ARTICLE_STATEMENTS.deleteCandidates
// params: $id
MATCH (a:Article {id: $id})
RETURN COLLECT { MATCH (a)-->(e:Entity) RETURN e.id
         UNION MATCH (a)<-[:APPEARS_IN]-(:Claim)-->(e:Entity) RETURN e.id
         UNION MATCH (a)<-[:APPEARS_IN]-(:Claim)-[:VIA_CHANNEL]->(:Channel)-->(e:Entity) RETURN e.id } AS entities,
       COLLECT { MATCH (a)<-[:APPEARS_IN]-(:Claim)-[:VIA_CHANNEL]->(ch:Channel) RETURN DISTINCT ch.id } AS channels
;

// ARTICLE_STATEMENTS.deleteClaims
// params: $id
MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $id})
OPTIONAL MATCH (c)-[:HAS_FIGURE]->(f:Figure)
DETACH DELETE c, f
;

// ARTICLE_STATEMENTS.deleteEntityRelations
// params: $id
MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
WHERE r.article = $id
DELETE r
;

// ARTICLE_STATEMENTS.deleteArticle
// params: $id
MATCH (a:Article {id: $id})
DETACH DELETE a
;

// ARTICLE_STATEMENTS.deleteUnusedChannels
// params: $channels
UNWIND $channels AS id
MATCH (ch:Channel {id: id})
WHERE NOT EXISTS { (ch)<-[:VIA_CHANNEL]-() }
DETACH DELETE ch
;

// ARTICLE_STATEMENTS.deleteUnreferencedEntities
// params: $entities
UNWIND $entities AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deleted
;

// ENTITY_STATEMENTS.setState
// params: $id, $state
MATCH (n:Entity {id: $id})
SET n.name = $state.name, n.kind = $state.kind, n.aliases = $state.aliases, n.description = $state.description,
    n.lookup = reduce(s = '|' + toLower($state.name) + '|', x IN $state.aliases | s + toLower(x) + '|'),
    n.aliasText = reduce(s = '', x IN $state.aliases | s + x + ' ; ')
REMOVE n:Person:Organization:Place:Group
SET n:$($state.type)
;

// ENTITY_STATEMENTS.moveOutgoing
// params: $into, $from
MATCH (into:Entity {id: $into})
UNWIND $from AS fromId
MATCH (f:Entity {id: fromId})-[old]->(other)
WHERE other <> into AND NOT other.id IN $from
MERGE (into)-[r:$(type(old))]->(other)
ON CREATE SET r = properties(old)
DELETE old
;

// ENTITY_STATEMENTS.moveIncoming
// params: $into, $from
MATCH (into:Entity {id: $into})
UNWIND $from AS fromId
MATCH (f:Entity {id: fromId})<-[old]-(other)
WHERE other <> into AND NOT other.id IN $from
MERGE (other)-[r:$(type(old))]->(into)
ON CREATE SET r = properties(old)
// A claim's link names its entity (the claim-page indexes): it follows the move.
SET r.anchor = CASE WHEN r.anchor IS NULL THEN null ELSE into.id END
DELETE old
;

// ENTITY_STATEMENTS.deleteMerged
// params: $from
UNWIND $from AS id
MATCH (f:Entity {id: id})
DETACH DELETE f
;

// ENTITY_STATEMENTS.redirect
// params: $into, $from
MATCH (into:Entity {id: $into})
UNWIND $from AS id
MERGE (m:MergedEntity {id: id})
WITH m, into
OPTIONAL MATCH (m)-[old:MERGED_INTO]->()
DELETE old
WITH DISTINCT m, into
CREATE (m)-[:MERGED_INTO]->(into)
;

// ENTITY_STATEMENTS.survivor
// params: $id
MATCH (:MergedEntity {id: $id})-[:MERGED_INTO]->(n:Entity)
RETURN n.id AS id
;

// ENTITY_STATEMENTS.resolve
// params: $ids
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (:MergedEntity {id: id})-[:MERGED_INTO]->(s:Entity)
RETURN id, coalesce(n.id, s.id) AS resolved
;

// CLAIM_STATEMENTS.setProperties
// params: $id, $props
MATCH (c:Claim {id: $id})
SET c += $props
;

// CLAIM_STATEMENTS.setSaidOn
// params: $id, $saidOn
MATCH (c:Claim {id: $id})
SET c.saidOn = CASE WHEN $saidOn IS NULL THEN null ELSE date($saidOn) END,
    c.saidOnPrecision = CASE WHEN $saidOn IS NULL THEN null ELSE 'DAY' END,
    c.saidOnText = null
;

// CLAIM_STATEMENTS.setClaimants
// params: $id, $entities
MATCH (c:Claim {id: $id})
REMOVE c.claimantMentions
WITH c
OPTIONAL MATCH (c)-[old:CLAIMED_BY]->()
DELETE old
WITH DISTINCT c
UNWIND range(0, size($entities) - 1) AS order
MATCH (e:Entity {id: $entities[order]})
CREATE (c)-[r:CLAIMED_BY {order: order}]->(e)
SET r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id
;

// CLAIM_STATEMENTS.setReportedVia
// params: $id, $entities
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[old:REPORTED_VIA]->()
DELETE old
WITH DISTINCT c
UNWIND range(0, size($entities) - 1) AS order
MATCH (e:Entity {id: $entities[order]})
CREATE (c)-[r:REPORTED_VIA {order: order}]->(e)
SET r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id
;

// CLAIM_STATEMENTS.setChannel
// params: $id, $channel
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[old:VIA_CHANNEL]->()
DELETE old
WITH DISTINCT c
MATCH (ch:Channel {id: $channel})
CREATE (c)-[:VIA_CHANNEL]->(ch)
;

// CLAIM_STATEMENTS.removeChannel
// params: $id
MATCH (c:Claim {id: $id})-[old:VIA_CHANNEL]->()
DELETE old
;

// CLAIM_STATEMENTS.deleteClaim
// params: $id
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[:HAS_FIGURE]->(f:Figure)
DETACH DELETE c, f
;

// CLAIM_STATEMENTS.rememberDeleted
// params: $id
MATCH (c:Claim {id: $id})-[:APPEARS_IN]->(a:Article)
SET a.deletedClaimSpans = coalesce(a.deletedClaimSpans, []) + [toString(c.evidenceStart) + ':' + toString(c.evidenceEnd)]
;

// REEXTRACT_STATEMENTS.source
// params: $id
MATCH (a:Article {id: $id})
RETURN a.text AS text, a.title AS title, a.url AS url, toString(a.publishedAt) AS publishedAt,
  COLLECT { MATCH (a)-[:PUBLISHED_BY]->(e:Entity) RETURN e.name }[0] AS outlet,
  COLLECT { MATCH (a)-[:WRITTEN_BY]->(e:Entity) RETURN e.name }[0] AS author,
  coalesce(a.deletedClaimSpans, []) AS deletedClaimSpans
;

// REEXTRACT_STATEMENTS.claims
// params: $id
MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $id})
RETURN c.id AS id, coalesce(c.origin, 'CURATED') AS origin, c.evidenceStart AS start, c.evidenceEnd AS end
;

// REEXTRACT_STATEMENTS.deleteClaims
// params: $ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:HAS_FIGURE]->(f:Figure)
DETACH DELETE c, f
;
