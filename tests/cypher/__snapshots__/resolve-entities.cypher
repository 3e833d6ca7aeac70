// FIND_EXISTING
// params: $candidates
UNWIND $candidates AS candidate
CALL (candidate) {
  MATCH (n:Entity)
  WHERE n.lookup CONTAINS candidate.needle AND candidate.type IN labels(n)
  RETURN n.id AS existing
  ORDER BY CASE WHEN toLower(n.name) = candidate.name THEN 0 ELSE 1 END, n.id
  LIMIT 1
}
RETURN candidate.id AS id, collect(DISTINCT existing)[0] AS existing
;
