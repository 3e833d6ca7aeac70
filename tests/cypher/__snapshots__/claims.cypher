// claims unfiltered count
// params: (none)
MATCH (c:Claim)
RETURN count(c) AS total
;

// claims unfiltered page CREATED ASC
// params: $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims unfiltered page CREATED DESC
// params: $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims unfiltered page SAID_ON ASC
// params: $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims unfiltered page SAID_ON DESC
// params: $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant count
// params: $claimant
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
RETURN count(c) AS total
;

// claims claimant page CREATED ASC
// params: $claimant, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant page CREATED DESC
// params: $claimant, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant page SAID_ON ASC
// params: $claimant, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant page SAID_ON DESC
// params: $claimant, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims reportedVia count
// params: $reportedVia
MATCH (:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)
RETURN count(c) AS total
;

// claims reportedVia page CREATED ASC
// params: $reportedVia, $offset, $limit
MATCH (:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims reportedVia page CREATED DESC
// params: $reportedVia, $offset, $limit
MATCH (:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims reportedVia page SAID_ON ASC
// params: $reportedVia, $offset, $limit
MATCH (:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims reportedVia page SAID_ON DESC
// params: $reportedVia, $offset, $limit
MATCH (:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions count
// params: $mentions
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
RETURN count(c) AS total
;

// claims mentions page CREATED ASC
// params: $mentions, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions page CREATED DESC
// params: $mentions, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions page SAID_ON ASC
// params: $mentions, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions page SAID_ON DESC
// params: $mentions, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims article count
// params: $article
MATCH (:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)
RETURN count(c) AS total
;

// claims article page CREATED ASC
// params: $article, $offset, $limit
MATCH (:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims article page CREATED DESC
// params: $article, $offset, $limit
MATCH (:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims article page SAID_ON ASC
// params: $article, $offset, $limit
MATCH (:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims article page SAID_ON DESC
// params: $article, $offset, $limit
MATCH (:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims kind count
// params: $kind
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
RETURN count(c) AS total
;

// claims kind page CREATED ASC
// params: $kind, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims kind page CREATED DESC
// params: $kind, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims kind page SAID_ON ASC
// params: $kind, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims kind page SAID_ON DESC
// params: $kind, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims modality count
// params: $modality
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
RETURN count(c) AS total
;

// claims modality page CREATED ASC
// params: $modality, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims modality page CREATED DESC
// params: $modality, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims modality page SAID_ON ASC
// params: $modality, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims modality page SAID_ON DESC
// params: $modality, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims saidRange count
// params: $saidFrom, $saidTo
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
RETURN count(c) AS total
;

// claims saidRange page CREATED ASC
// params: $saidFrom, $saidTo, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims saidRange page CREATED DESC
// params: $saidFrom, $saidTo, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims saidRange page SAID_ON ASC
// params: $saidFrom, $saidTo, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims saidRange page SAID_ON DESC
// params: $saidFrom, $saidTo, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims text count
// params: $text
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
RETURN count(c) AS total
;

// claims text page CREATED ASC
// params: $text, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims text page CREATED DESC
// params: $text, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims text page SAID_ON ASC
// params: $text, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims text page SAID_ON DESC
// params: $text, $offset, $limit
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant+reportedVia+kind count
// params: $claimant, $reportedVia, $kind
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
  AND c.kind = $kind
RETURN count(c) AS total
;

// claims claimant+reportedVia+kind page CREATED ASC
// params: $claimant, $reportedVia, $kind, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
  AND c.kind = $kind
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant+reportedVia+kind page CREATED DESC
// params: $claimant, $reportedVia, $kind, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
  AND c.kind = $kind
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant+reportedVia+kind page SAID_ON ASC
// params: $claimant, $reportedVia, $kind, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
  AND c.kind = $kind
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims claimant+reportedVia+kind page SAID_ON DESC
// params: $claimant, $reportedVia, $kind, $offset, $limit
MATCH (:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)
WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
  AND c.kind = $kind
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions+article+saidFrom+text count
// params: $mentions, $article, $saidFrom, $text
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
  AND c.saidOn >= date($saidFrom)
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
RETURN count(c) AS total
;

// claims mentions+article+saidFrom+text page CREATED ASC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
  AND c.saidOn >= date($saidFrom)
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions+article+saidFrom+text page CREATED DESC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
  AND c.saidOn >= date($saidFrom)
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions+article+saidFrom+text page SAID_ON ASC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
  AND c.saidOn >= date($saidFrom)
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
SKIP $offset LIMIT $limit
RETURN c
;

// claims mentions+article+saidFrom+text page SAID_ON DESC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)
WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
  AND c.saidOn >= date($saidFrom)
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
WITH c
ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
SKIP $offset LIMIT $limit
RETURN c
;
