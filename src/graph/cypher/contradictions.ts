/**
 * contradictions(first:): claim pairs joined by CONTRADICTS or DISPUTES, newest first. Only claims
 * have these relationships, so the pattern starts from a relationship-type scan, not a Claim scan.
 */
export const CONTRADICTIONS = `
  MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
  RETURN a, b, type(r) AS type, r.reason AS reason
  ORDER BY a.createdAt DESC, type, a.id, b.id
  LIMIT $limit`;
