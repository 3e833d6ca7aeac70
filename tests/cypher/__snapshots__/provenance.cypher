// CLAIM_PROVENANCE
// params: $ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
RETURN id, {
  claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY r.order },
  channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN {labels: ['Channel'], properties: n {.id, .name, .medium}} },
  via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY r.order },
  article: CASE WHEN a IS NULL THEN null ELSE {labels: ['Article'], properties: a {.id, .title, .deck, .subtitle, .url, publishedAt: toString(a.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} END,
  author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} },
  publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} }
} AS parts
;
