/**
 * The root `claims` query: a filter becomes one MATCH anchored on the most selective
 * id-based filter (so it starts from an index seek), plus WHERE conditions for the rest.
 * Every value is a parameter; only fixed fragments from this file are concatenated.
 *
 * `page` answers a whole connection in one statement, one row: the total and the page, each
 * claim with what the request's selection will ask of it next (`include`: its claimants, the
 * parts of its provenance chain), so that a list of claims with their provenance costs one
 * statement, not one per field. `count` alone serves a page of size 0 (`first: 0`).
 */
import {
  articleProjection,
  channelProjection,
  claimProjection,
  entityProjection,
  FULL_PROJECTION,
  type Projection,
} from './projections.ts';

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
  /** CURATED, EXTRACTED or EDITED; claims stored before origins existed count as CURATED. */
  origin?: string;
}

export interface ClaimQueryOrder {
  field: 'SAID_ON' | 'CREATED';
  direction: 'ASC' | 'DESC';
}

/** What to fetch with each claim of the page (the request's selection decides). */
export interface ClaimInclude {
  claimants?: boolean;
  provenance?: boolean;
}

/**
 * Per-claim fragments for `c` (and its article `a`, bound when provenance is included); the same
 * fragments serve CLAIM_PROVENANCE in provenance.ts. Lists are in the chain's order.
 */
export const claimIncludeFragments = (p: Projection = FULL_PROJECTION) => ({
  claimants: `claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN ${entityProjection('n', p.entity)} ORDER BY r.order }`,
  provenance: [
    `channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN ${channelProjection('n', p.channel)} }`,
    `via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN ${entityProjection('n', p.entity)} ORDER BY r.order }`,
    `article: CASE WHEN a IS NULL THEN null ELSE ${articleProjection('a', p.article)} END`,
    `author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN ${entityProjection('n', p.entity)} }`,
    `publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN ${entityProjection('n', p.entity)} }`,
  ],
});
export const CLAIM_INCLUDE_FRAGMENTS = claimIncludeFragments();

export interface ClaimQuery {
  count: string;
  page: string;
  params: Record<string, unknown>;
}

/**
 * Anchors: the id filters a claims query can start from, the anchor bound to `anchor`. `degree`
 * counts the anchor's claims without visiting them: CLAIMED_BY, REPORTED_VIA and APPEARS_IN only
 * ever start at a claim, so the anchor's degree is the count (read from the node, constant time
 * even for an outlet with 100k claims). Articles MENTION entities too, so mentions are counted
 * through the Claim label.
 */
interface Anchor {
  filter: keyof ClaimQueryFilter;
  node: string;
  rel: string;
  degree: string;
}

const ANCHORS: Anchor[] = [
  { filter: 'claimant', node: '(anchor:Entity {id: $claimant})', rel: 'CLAIMED_BY', degree: 'COUNT { (anchor)<-[:CLAIMED_BY]-() }' },
  {
    filter: 'reportedVia',
    node: '(anchor:Entity {id: $reportedVia})',
    rel: 'REPORTED_VIA',
    degree: 'COUNT { (anchor)<-[:REPORTED_VIA]-() }',
  },
  { filter: 'mentions', node: '(anchor:Entity {id: $mentions})', rel: 'MENTIONS', degree: 'COUNT { (anchor)<-[:MENTIONS]-(:Claim) }' },
  { filter: 'article', node: '(anchor:Article {id: $article})', rel: 'APPEARS_IN', degree: 'COUNT { (anchor)<-[:APPEARS_IN]-() }' },
];

/** The number of claims in the graph, from the count store. Row `claimCount`. */
export const CLAIM_COUNT = 'CALL () { MATCH (x:Claim) RETURN count(x) AS claimCount }';

/**
 * Rows `c`: one page (`skip`, `limit`: parameter expressions) of the claims of the node bound to
 * `anchor` over relationship `rel` that pass `conditions`, in `orderBy` order. Needs `total` (how
 * many claims pass) and `claimCount` (CLAIM_COUNT) in scope.
 *
 * In creation order (`indexOrder`), the page is read whichever way is cheaper for this anchor:
 * - few claims: expand them all and keep the top `skip + limit` (≈ 5 db hits a claim);
 * - many claims (a hub: a ministry quoted in 10% of all claims): walk the claim_created index in
 *   order and keep the claims of this anchor until the page is full; about `claims / total` claims
 *   are read per claim of the page (≈ 12 db hits each), whatever the hub's size.
 * The second wins when 5·total² > 12·(skip + limit)·claimCount. Only the branch whose condition holds
 * runs (the walk sits in its own subquery, behind the condition). Other orders expand and sort.
 */
export function anchoredClaimPage(options: {
  anchor: string;
  rel: string;
  conditions: string[];
  orderBy: string;
  indexOrder: boolean;
  skip: string;
  limit: string;
}): string {
  const { anchor, rel, conditions, orderBy, skip, limit } = options;
  const where = (extra: string[]) => (extra.length ? `\n    WHERE ${extra.join('\n      AND ')}` : '');
  const expand = `MATCH (${anchor})<-[:${rel}]-(c:Claim)${where(conditions)}\n    WITH c ORDER BY ${orderBy}\n    SKIP ${skip} LIMIT ${limit}\n    RETURN c`;
  if (!options.indexOrder) return `CALL (${anchor}) {\n    ${expand}\n  }`;
  const few = `5 * total * total <= 12 * (${skip} + ${limit}) * claimCount`;
  const walk = `MATCH (c:Claim)${where(['c.createdAt IS NOT NULL', `EXISTS { (c)-[:${rel}]->(${anchor}) }`, ...conditions]).replace(/\n {4}/g, '\n      ')}\n      WITH c ORDER BY ${orderBy}\n      SKIP ${skip} LIMIT ${limit}\n      RETURN c`;
  return [
    `CALL (${anchor}, total, claimCount) {`,
    `    WITH ${anchor}, total, claimCount WHERE ${few}`,
    `    ${expand}`,
    '    UNION ALL',
    `    WITH ${anchor}, total, claimCount WHERE NOT (${few})`,
    `    CALL (${anchor}) {`,
    `      ${walk}`,
    '    }',
    '    RETURN c',
    '  }',
  ].join('\n');
}

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
  origin: 'coalesce(c.origin, $curated) = $origin',
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

export function buildClaimQuery(
  filter: ClaimQueryFilter,
  order: ClaimQueryOrder,
  include: ClaimInclude = {},
  projection: Projection = FULL_PROJECTION,
): ClaimQuery {
  const given = (Object.keys(CONDITIONS) as (keyof ClaimQueryFilter)[]).filter((k) => filter[k] != null);
  const anchor = ANCHORS.find((a) => given.includes(a.filter));
  const conditions = given.filter((k) => k !== anchor?.filter).map((k) => CONDITIONS[k]);
  const params: Record<string, unknown> = {};
  for (const k of given) params[k] = filter[k];
  if (filter.origin != null) params.curated = 'CURATED';
  const orderBy = ORDER_BY[order.field][order.direction];
  const where = (list: string[]) => (list.length ? `\nWHERE ${list.join('\n  AND ')}` : '');

  // Each anchor pattern yields a claim at most once, so no DISTINCT; an unfiltered count(c)
  // is answered from the count store. No row when the anchor does not exist: total 0.
  const anchoredCount = anchor && `COUNT { MATCH (anchor)<-[:${anchor.rel}]-(c:Claim)${where(conditions).replace(/\n/g, '\n  ')} }`;
  const count = anchor
    ? `MATCH ${anchor.node}\nRETURN ${conditions.length ? anchoredCount : anchor.degree} AS total`
    : // With conditions, `c.createdAt IS NOT NULL` has the claim_created index serve the claims
      // rather than a scan of the Claim label; unfiltered, count(c) is read from the count store.
      `MATCH (c:Claim)${where(conditions.length ? ['c.createdAt IS NOT NULL', ...conditions] : [])}\nRETURN count(c) AS total`;

  const fragments = claimIncludeFragments(projection);
  const fields = [
    `claim: ${claimProjection('c', projection.claim)}`,
    ...(include.claimants || include.provenance ? [fragments.claimants] : []),
    ...(include.provenance ? fragments.provenance : []),
  ];
  // What each claim of the page comes with; sorted again so that collect() keeps the order.
  const collect = [
    `  WITH c ORDER BY ${orderBy}`,
    ...(include.provenance ? [`  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)\n  WITH c, a ORDER BY ${orderBy}`] : []),
    `  RETURN collect({\n    ${fields.join(',\n    ')}\n  }) AS page`,
  ];
  const page = anchor
    ? [
        `OPTIONAL MATCH ${anchor.node}`,
        CLAIM_COUNT,
        `WITH anchor, claimCount, CASE WHEN anchor IS NULL THEN 0 ELSE ${conditions.length ? anchoredCount : anchor.degree} END AS total`,
        'CALL (anchor, total, claimCount) {',
        `  ${anchoredClaimPage({ anchor: 'anchor', rel: anchor.rel, conditions, orderBy, indexOrder: order.field === 'CREATED', skip: '$offset', limit: '$limit' })}`,
        ...collect,
        '}',
        'RETURN total, page',
      ].join('\n')
    : [
        `CALL () {\n  ${count.replace(/\n/g, '\n  ')}\n}`,
        'CALL () {',
        // `c.createdAt IS NOT NULL` lets the planner walk the claim_created index.
        `  MATCH (c:Claim)${where(['c.createdAt IS NOT NULL', ...conditions]).replace(/\n/g, '\n  ')}`,
        `  WITH c ORDER BY ${orderBy}\n  SKIP $offset LIMIT $limit`,
        ...collect,
        '}',
        'RETURN total, page',
      ].join('\n');
  return { count, page, params };
}
