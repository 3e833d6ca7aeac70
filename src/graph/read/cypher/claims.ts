/**
 * The root `claims` query: a filter becomes one MATCH anchored on the most selective
 * id-based filter (so it starts from an index seek), plus WHERE conditions for the rest.
 * Every value is a parameter; only fixed fragments from this file are concatenated.
 *
 * `page` answers a whole connection in one statement, one row: the total and the page, each
 * claim one map (its properties) with what the request's selection will ask of it next as more
 * keys (`include`: its claimants, the parts of its provenance chain), so that a list of claims
 * with their provenance costs one statement, not one per field. `count` alone serves a page of size 0 (`first: 0`).
 */
import type { CursorKey } from '../../model.ts';
import { statementFor } from './statement-texts.ts';
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

/** Link types whose links carry the entity's id and the claim's creation order, with an index on them. */
const ORDERED_LINKS = new Set(['CLAIMED_BY', 'REPORTED_VIA', 'MENTIONS']);

/**
 * The hint that makes a page's read of `r`'s link index a seek. The planner costs the plans with the
 * index's sampled statistics, and right after a bulk load (before the index is resampled) it has
 * been seen to read a later page's `r.createdAt = … AND r.seq > …` branch with a scan of the whole
 * index (every anchor's links) instead: the hint keeps the page's cost at the entries it reads.
 */
export const seekLinkIndex = (rel: string) => `USING RANGE INDEX SEEK r:${rel}(anchor, createdAt, seq, claim)`;

/**
 * Rows `c`: one page (`skip`, `limit`: parameter expressions) of the claims of the node bound to
 * `anchor` over relationship `rel` that pass `conditions`, in `orderBy` order.
 *
 * In creation order (`direction`) over a claim→entity link, the page is a seek of the link's
 * index `(anchor, createdAt, seq, claim)` (schema/constraints.cypher): every link copies the
 * entity's id and its claim's `createdAt, seq, id`, so the index holds each anchor's claims in
 * creation order and the page reads `skip + limit` entries whatever the anchor's degree (more when
 * `conditions` reject claims: the seek goes on until the page is full). The planner provides that
 * order only when it is asked for every property of the index, the anchor included (`ORDER BY
 * r.anchor, r.createdAt, r.seq, r.claim`), with a predicate on each, and only when the link's far
 * end is not bound (`->()`; with `->(anchor)` it expands the anchor and sorts). Other orders and
 * the article's claims (few) expand and sort.
 *
 * `after` (a keyset page) continues right after the claim whose key is `$afterCreatedAt`,
 * `$afterSeq`, `$afterClaim` instead of skipping: the index holds each key in one place, so the
 * page is three seeks that each read at most `limit` entries (the same createdAt and seq with a
 * later id; the same createdAt with a later seq; a later createdAt), merged.
 */
export function anchoredClaimPage(options: {
  anchor: string;
  rel: string;
  conditions: string[];
  orderBy: string;
  /** Creation order, in this direction: read from the link index. */
  direction?: 'ASC' | 'DESC';
  skip: string;
  limit: string;
  /** Continue after the claim of `$afterCreatedAt, $afterSeq, $afterClaim` (creation order only). */
  after?: boolean;
  /** Appended to the names of the `after` parameters, for a statement holding several such pages. */
  afterSuffix?: string;
}): string {
  const { anchor, rel, conditions, orderBy, direction, skip, limit, after, afterSuffix = '' } = options;
  const where = (extra: string[]) => (extra.length ? `\n    WHERE ${extra.join('\n      AND ')}` : '');
  if (!direction || !ORDERED_LINKS.has(rel)) {
    return `CALL (${anchor}) {\n    MATCH (${anchor})<-[:${rel}]-(c:Claim)${where(conditions)}\n    WITH c ORDER BY ${orderBy}\n    SKIP ${skip} LIMIT ${limit}\n    RETURN c\n  }`;
  }
  const order = ['r.anchor', 'r.createdAt', 'r.seq', 'r.claim'].map((p) => `${p} ${direction}`).join(', ');
  const seekFrom = (keys: string[]) =>
    `MATCH (c:Claim)-[r:${rel}]->()\n    ${seekLinkIndex(rel)}${where([`r.anchor = ${anchor}.id`, ...keys, ...conditions])}\n    WITH c, r ORDER BY ${order}`;
  if (!after) {
    return `CALL (${anchor}) {\n    ${seekFrom(['r.createdAt IS NOT NULL', 'r.seq IS NOT NULL', 'r.claim IS NOT NULL'])}\n    SKIP ${skip} LIMIT ${limit}\n    RETURN c\n  }`;
  }
  const later = direction === 'ASC' ? '>' : '<';
  const at = `datetime($afterCreatedAt${afterSuffix})`;
  const [seq, claim] = [`$afterSeq${afterSuffix}`, `$afterClaim${afterSuffix}`];
  const seeks = [
    [`r.createdAt = ${at}`, `r.seq = ${seq}`, `r.claim ${later} ${claim}`],
    [`r.createdAt = ${at}`, `r.seq ${later} ${seq}`, 'r.claim IS NOT NULL'],
    [`r.createdAt ${later} ${at}`, 'r.seq IS NOT NULL', 'r.claim IS NOT NULL'],
  ].map((keys) => `  ${seekFrom(keys).replace(/\n/g, '\n  ')}\n      LIMIT ${limit}\n      RETURN c, r`);
  const merged = ['r.createdAt', 'r.seq', 'r.claim'].map((p) => `${p} ${direction}`).join(', ');
  return `CALL (${anchor}) {\n    CALL (${anchor}) {\n    ${seeks.join('\n      UNION ALL\n    ')}\n    }\n    WITH c, r ORDER BY ${merged}\n    LIMIT ${limit}\n    RETURN c\n  }`;
}

/** Each claim's key in the link index (createdAt, seq, id), collected beside its page: what its cursor carries. */
export const collectKeys = (c: string) => `collect([toString(${c}.createdAt), ${c}.seq, ${c}.id])`;

/** The parameters of a page after `key` (see anchoredClaimPage's `after`). */
export const afterKeyParams = (key: CursorKey, suffix = '') => ({
  [`afterCreatedAt${suffix}`]: key.createdAt,
  [`afterSeq${suffix}`]: key.seq,
  [`afterClaim${suffix}`]: key.id,
});

/**
 * Whether a claims query with this filter and order reads its page from an anchor's link index,
 * so that a cursor can carry the key to seek from (see anchoredClaimPage's `after`).
 */
export function pagesByKey(filter: ClaimQueryFilter, order: ClaimQueryOrder): boolean {
  const anchor = ANCHORS.find((a) => filter[a.filter] != null);
  return order.field === 'CREATED' && anchor != null && ORDERED_LINKS.has(anchor.rel);
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

const givenFilters = (filter: ClaimQueryFilter) => (Object.keys(CONDITIONS) as (keyof ClaimQueryFilter)[]).filter((k) => filter[k] != null);

function claimQueryParams(filter: ClaimQueryFilter, given: (keyof ClaimQueryFilter)[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const k of given) params[k] = filter[k];
  if (filter.origin != null) params.curated = 'CURATED';
  return params;
}

/** buildClaimQuery, with the statement texts built once per shape (the per-request path). */
export function claimQuery(
  filter: ClaimQueryFilter,
  order: ClaimQueryOrder,
  include: ClaimInclude = {},
  projection: Projection = FULL_PROJECTION,
  afterKey = false,
): ClaimQuery {
  const given = givenFilters(filter);
  const shape = `${given.join(',')}|${order.field}|${order.direction}|${include.claimants ? 1 : 0}${include.provenance ? 1 : 0}|${afterKey ? 1 : 0}`;
  const texts = statementFor(projection, `claims:${shape}`, () => {
    const { count, page } = buildClaimQuery(filter, order, include, projection, afterKey);
    return { count, page };
  });
  return { count: texts.count, page: texts.page, params: claimQueryParams(filter, given) };
}

/**
 * The statements of a claims query. A page read from an anchor's link index (pagesByKey) also
 * returns each claim's key (`keys`, for the cursors), and with `afterKey` starts right after the
 * claim of `$afterCreatedAt, $afterSeq, $afterClaim` rather than at `$offset`.
 */
export function buildClaimQuery(
  filter: ClaimQueryFilter,
  order: ClaimQueryOrder,
  include: ClaimInclude = {},
  projection: Projection = FULL_PROJECTION,
  afterKey = false,
): ClaimQuery {
  const keyed = pagesByKey(filter, order);
  const given = givenFilters(filter);
  const anchor = ANCHORS.find((a) => given.includes(a.filter));
  const conditions = given.filter((k) => k !== anchor?.filter).map((k) => CONDITIONS[k]);
  const params = claimQueryParams(filter, given);
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
  // Each claim of the page is one map: its properties, and what the selection asks of it next.
  const extra = [
    ...(include.claimants || include.provenance ? [fragments.claimants] : []),
    ...(include.provenance ? fragments.provenance : []),
  ].map((e) => `\n    ${e}`);
  const entry = claimProjection('c', projection.claim, false, extra) + (extra.length ? '\n  ' : '');
  // Sorted again so that collect() keeps the order.
  const collect = [
    `  WITH c ORDER BY ${orderBy}`,
    ...(include.provenance ? [`  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)\n  WITH c, a ORDER BY ${orderBy}`] : []),
    keyed ? `  RETURN collect(${entry}) AS page, ${collectKeys('c')} AS keys` : `  RETURN collect(${entry}) AS page`,
  ];
  const page = anchor
    ? [
        `OPTIONAL MATCH ${anchor.node}`,
        `WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE ${conditions.length ? anchoredCount : anchor.degree} END AS total`,
        'CALL (anchor) {',
        `  ${anchoredClaimPage({ anchor: 'anchor', rel: anchor.rel, conditions, orderBy, direction: order.field === 'CREATED' ? order.direction : undefined, skip: '$offset', limit: '$limit', after: keyed && afterKey })}`,
        ...collect,
        '}',
        keyed ? 'RETURN total, page, keys' : 'RETURN total, page',
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
