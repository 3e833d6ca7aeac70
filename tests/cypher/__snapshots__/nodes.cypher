// NODES_BY_IDS.Entity
// params: $ids
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// NODES_BY_IDS.Claim
// params: $ids
UNWIND $ids AS id MATCH (n:Claim {id: id}) RETURN id, n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence} AS n
;

// NODES_BY_IDS.Article
// params: $ids
UNWIND $ids AS id MATCH (n:Article {id: id}) RETURN id, n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash} AS n
;

// NODES_BY_IDS.Channel
// params: $ids
UNWIND $ids AS id MATCH (n:Channel {id: id}) RETURN id, n {.id, .name, .medium} AS n
;

// ARTICLE_TEXTS
// params: $ids
UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text, a.body AS body
;
