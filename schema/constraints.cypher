// Constraints and indexes of the provenance graph. Applied at start-up by src/graph/apply-schema.ts
// (statements are separated by semicolons; every one is idempotent). The model is described in
// schema/graph-model.md.

// Uniqueness of the stable node keys (also the lookup index for every id-based query).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_content_hash IF NOT EXISTS FOR (n:Article) REQUIRE n.contentHash IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT channel_id IF NOT EXISTS FOR (n:Channel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;

// entity(name:) and entities(filter: {nameContains}) match `lookup`, the lower-cased name and
// aliases joined as "|name|alias|...|", with CONTAINS, which a TEXT index serves.
CREATE TEXT INDEX entity_lookup IF NOT EXISTS FOR (n:Entity) ON (n.lookup);
CREATE RANGE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// claims(filter/orderBy) over dates, kinds and creation order.
CREATE RANGE INDEX claim_said_on IF NOT EXISTS FOR (n:Claim) ON (n.saidOn);
CREATE RANGE INDEX claim_created IF NOT EXISTS FOR (n:Claim) ON (n.createdAt);
CREATE RANGE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE RANGE INDEX claim_modality IF NOT EXISTS FOR (n:Claim) ON (n.modality);
CREATE RANGE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// An anchor's claims in creation order (claim pages of a claimant, outlet or mentioned entity): each
// claim→entity link carries the entity's id and the claim's (createdAt, seq, id), so a page is a seek
// of `skip + limit` index entries whatever the anchor's degree (src/graph/read/cypher/claims.ts).
CREATE RANGE INDEX claimed_by_anchor_created IF NOT EXISTS FOR ()-[r:CLAIMED_BY]-() ON (r.anchor, r.createdAt, r.seq, r.claim);
CREATE RANGE INDEX reported_via_anchor_created IF NOT EXISTS FOR ()-[r:REPORTED_VIA]-() ON (r.anchor, r.createdAt, r.seq, r.claim);
CREATE RANGE INDEX mentions_anchor_created IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.anchor, r.createdAt, r.seq, r.claim);

// Figures are compared by what they count (measure + subject) to find contradictions.
CREATE RANGE INDEX figure_measure_subject IF NOT EXISTS FOR (n:Figure) ON (n.measure, n.subject);

// search(query:): one full-text index over entity names and aliases, claim text and quotes,
// article titles, decks and text, with Lucene's English analyzer (stemming: "capture" finds
// "captured"; English stop words dropped). An existing index with another analyzer is dropped and
// built again at start-up (src/graph/apply-schema.ts).
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Entity|Claim|Article) ON EACH [n.name, n.aliasText, n.text, n.quote, n.title, n.deck] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// Curation (src/graph/write/curation): the edit log, its sequence (whose node lock serializes curation
// writes), one EditTarget per node key an edit touched (history(id:) starts from its index),
// merged entity ids that keep resolving, and claims(filter: {origin}).
CREATE CONSTRAINT edit_id IF NOT EXISTS FOR (n:Edit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edit_target_id IF NOT EXISTS FOR (n:EditTarget) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edit_sequence_name IF NOT EXISTS FOR (n:EditSequence) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (n:MergedEntity) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX edit_seq IF NOT EXISTS FOR (n:Edit) ON (n.seq);
CREATE RANGE INDEX claim_origin IF NOT EXISTS FOR (n:Claim) ON (n.origin);
