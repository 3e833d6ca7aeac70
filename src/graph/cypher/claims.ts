/**
 * The root `claims` query: a filter becomes one MATCH anchored on the most selective
 * id-based filter (so it starts from an index seek), plus WHERE conditions for the rest.
 * Every value is a parameter; only fixed fragments from this file are concatenated.
 */
export interface ClaimQueryFilter {
  claimant?: string;
  mentions?: string;
  reportedVia?: string;
  article?: string;
  kind?: string;
  modality?: string;
  saidFrom?: string;
  saidTo?: string;
  text?: string;
}

export interface ClaimQueryOrder {
  field: 'SAID_ON' | 'CREATED';
  direction: 'ASC' | 'DESC';
}

export interface ClaimQuery {
  count: string;
  page: string;
  params: Record<string, unknown>;
}

const ANCHORS: { filter: keyof ClaimQueryFilter; pattern: string }[] = [
  { filter: 'claimant', pattern: '(:Entity {id: $claimant})<-[:CLAIMED_BY]-(c:Claim)' },
  { filter: 'reportedVia', pattern: '(:Entity {id: $reportedVia})<-[:REPORTED_VIA]-(c:Claim)' },
  { filter: 'mentions', pattern: '(:Entity {id: $mentions})<-[:MENTIONS]-(c:Claim)' },
  { filter: 'article', pattern: '(:Article {id: $article})<-[:APPEARS_IN]-(c:Claim)' },
];

const CONDITIONS: Record<keyof ClaimQueryFilter, string> = {
  claimant: 'EXISTS { (c)-[:CLAIMED_BY]->(:Entity {id: $claimant}) }',
  reportedVia: 'EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }',
  mentions: 'EXISTS { (c)-[:MENTIONS]->(:Entity {id: $mentions}) }',
  article: 'EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }',
  kind: 'c.kind = $kind',
  modality: 'c.modality = $modality',
  saidFrom: 'c.saidOn >= date($saidFrom)',
  saidTo: 'c.saidOn <= date($saidTo)',
  text: '(toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))',
};

const ORDER_BY: Record<ClaimQueryOrder['field'], Record<ClaimQueryOrder['direction'], string>> = {
  // Claims without a date sort last in both directions.
  SAID_ON: {
    ASC: 'c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC',
    DESC: 'c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC',
  },
  CREATED: {
    ASC: 'c.createdAt ASC, c.seq ASC, c.id ASC',
    DESC: 'c.createdAt DESC, c.seq DESC, c.id DESC',
  },
};

export function buildClaimQuery(filter: ClaimQueryFilter, order: ClaimQueryOrder): ClaimQuery {
  const given = (Object.keys(CONDITIONS) as (keyof ClaimQueryFilter)[]).filter((k) => filter[k] != null);
  const anchor = ANCHORS.find((a) => given.includes(a.filter));
  const match = `MATCH ${anchor ? anchor.pattern : '(c:Claim)'}`;
  // Without an anchor, `c.createdAt IS NOT NULL` lets the planner walk the claim_created index.
  const conditions = [...(anchor ? [] : ['c.createdAt IS NOT NULL']), ...given.filter((k) => k !== anchor?.filter).map((k) => CONDITIONS[k])];
  const where = conditions.length ? `\nWHERE ${conditions.join('\n  AND ')}` : '';
  const params: Record<string, unknown> = {};
  for (const k of given) params[k] = filter[k];
  return {
    // Each anchor pattern yields a claim at most once, so no DISTINCT; an unfiltered count(c)
    // is answered from the count store.
    count: `${match}${given.length ? where : ''}\nRETURN count(c) AS total`,
    page: `${match}${where}\nWITH c\nORDER BY ${ORDER_BY[order.field][order.direction]}\nSKIP $offset LIMIT $limit\nRETURN c`,
    params,
  };
}
