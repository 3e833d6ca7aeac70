// CLAIM_PROVENANCE
// params: $ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
RETURN id, {
  claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY r.order },
  channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN n {.id, .name, .medium} },
  via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY r.order },
  article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .deck, .subtitle, .url, publishedAt: toString(a.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash} END,
  author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} },
  publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} }
} AS parts
;
