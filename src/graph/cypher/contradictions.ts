/** contradictions(first:): claim pairs joined by CONTRADICTS or DISPUTES, newest first. */
export const CONTRADICTIONS = `
  MATCH (a:Claim)-[r:CONTRADICTS|DISPUTES]->(b:Claim)
  RETURN a, b, type(r) AS type, r.reason AS reason
  ORDER BY a.createdAt DESC, type, a.id, b.id
  LIMIT $limit`;
