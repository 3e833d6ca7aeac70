import { ENTITY_RELATION_TYPES } from '../annotation.ts';
import { anchoredClaimPage, CLAIM_COUNT, CLAIM_INCLUDE_FRAGMENTS } from './claims.ts';
import { articleProjection, channelProjection, claimProjection, entityProjection, FULL_PROJECTION, type Projection } from './projections.ts';

/**
 * Batched one-hop look-ups used by field resolvers (Claim.claimants, Article.cites, ...).
 * Every statement takes `$ids` (node keys of the parents) and returns rows `(id, n)` in the
 * order the field lists them; DataLoader groups the rows back by parent.
 */
export const NEIGHBOURS = {
  claimClaimants: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  claimMentions: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY n.properties.name`,
  claimReportedVia: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  claimChannel: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
    RETURN id, ${channelProjection('n')} AS n`,
  claimFigures: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:HAS_FIGURE]->(n:Figure)
    RETURN id, n ORDER BY n.id`,
  claimContradicts: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:CONTRADICTS]-(n:Claim)
    WITH DISTINCT id, n ORDER BY n.id
    RETURN id, ${claimProjection('n')} AS n`,
  claimDisputes: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
    RETURN id, ${claimProjection('n')} AS n ORDER BY n.properties.id`,
  claimDisputedBy: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
    RETURN id, ${claimProjection('n')} AS n ORDER BY n.properties.id`,
  channelOperator: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n`,
  channelPlatform: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n`,
  articleAuthor: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
    RETURN id, ${entityProjection('n')} AS n`,
  articlePublisher: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n`,
  articleCites: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  articleImageCredits: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  articleEntities: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY n.properties.name`,
  entityArticles: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
    WITH id, n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC
    RETURN id, ${articleProjection('n')} AS n`,
} as const;

export type NeighbourField = keyof typeof NEIGHBOURS;

/**
 * Claim.provenance in one statement: everything on the chain from claimant to reader, for a batch
 * of claims. Rows `(id, parts)`, parts being `{claimants, channel, via, article, author,
 * publisher}`, lists in the chain's order: the same fragments as a claims page that includes
 * provenance (claims.ts), and the same answers as claimClaimants + claimChannel + claimReportedVia
 * + the article + articleAuthor + articlePublisher, which it primes.
 */
export const CLAIM_PROVENANCE = `
  UNWIND $ids AS id
  MATCH (c:Claim {id: id})
  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
  RETURN id, {
    ${[CLAIM_INCLUDE_FRAGMENTS.claimants, ...CLAIM_INCLUDE_FRAGMENTS.provenance].join(',\n    ')}
  } AS parts`;

const ENTITY_RELATION_PATTERN = ENTITY_RELATION_TYPES.join('|');

/** Entity.relations: typed entity-entity relationships in both directions. Rows `(id, type, outgoing, evidence, n)`. */
export const ENTITY_RELATIONS = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})-[r:${ENTITY_RELATION_PATTERN}]-(n:Entity)
  RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, ${entityProjection('n')} AS n
  ORDER BY type, n.properties.name`;

/**
 * An entity's claim lists, for an entity bound to `e`: the relationship from its claims and the
 * total. CLAIMED_BY only ever starts at a claim, so its degree, read from the node without
 * expanding, is the number of claims; articles MENTION entities too, so mentions are counted
 * through the Claim label. Pages are in creation order, read the cheaper way for the entity
 * (anchoredClaimPage in claims.ts: expand and sort for most, an index walk for hubs).
 */
export const ENTITY_CLAIM_LISTS = {
  entityClaims: { rel: 'CLAIMED_BY', total: 'COUNT { (e)<-[:CLAIMED_BY]-() }' },
  entityMentionedIn: { rel: 'MENTIONS', total: 'COUNT { (e)<-[:MENTIONS]-(:Claim) }' },
} as const;

const CREATION_ORDER = 'c.createdAt ASC, c.seq ASC, c.id ASC';

/** Relations that make an entity speak for another: its members, parts and heads. */
const MEMBER_RELATION_TYPES = 'MEMBER_OF|PART_OF|HEAD_OF';

/** Rows `c` of one page of an entity's list; `total` and `claimCount` in scope. */
const entityPageRows = (field: keyof typeof ENTITY_CLAIM_LISTS, skip: string, limit: string) =>
  anchoredClaimPage({ anchor: 'e', rel: ENTITY_CLAIM_LISTS[field].rel, conditions: [], orderBy: CREATION_ORDER, indexOrder: true, skip, limit });

const entityClaimPage = (field: keyof typeof ENTITY_CLAIM_LISTS) => `
    ${CLAIM_COUNT}
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    WITH id, e, claimCount, ${ENTITY_CLAIM_LISTS[field].total} AS total
    CALL (e, total, claimCount) {
      ${entityPageRows(field, '$offset', '$limit').replace(/\n/g, '\n    ')}
      WITH c ORDER BY ${CREATION_ORDER}
      RETURN collect(${claimProjection('c')}) AS page
    }
    RETURN id, total, page`;

/**
 * Paged claim lists per parent (Entity.claims, Entity.mentionedIn, Article.claims).
 * `$ids`, `$offset`, `$limit`; rows `(id, total, page)`. Claims are in creation order (an
 * article's in text order). Each parent's page is a top-k or an index walk (never the full
 * sorted list), and the total is a relationship count (ENTITY_CLAIM_LISTS; APPEARS_IN, like
 * CLAIMED_BY, only starts at a claim).
 */
export const CLAIM_PAGES = {
  entityClaims: entityClaimPage('entityClaims'),
  entityMentionedIn: entityClaimPage('entityMentionedIn'),
  articleClaims: `
    UNWIND $ids AS id
    MATCH (a:Article {id: id})
    CALL (a) {
      MATCH (a)<-[:APPEARS_IN]-(c:Claim)
      WITH c ORDER BY c.seq, c.id
      SKIP $offset LIMIT $limit
      RETURN collect(${claimProjection('c')}) AS page
    }
    RETURN id, COUNT { (a)<-[:APPEARS_IN]-() } AS total, page`,
  // Entity.claims(includeMembers: true): the claims of the entity and of everything that is a
  // member, part or head of it (up to three such links), each once, in creation order.
  entityClaimsWithMembers: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH (m:Entity)-[:${MEMBER_RELATION_TYPES}*0..3]->(e)
      WITH DISTINCT m
      MATCH (m)<-[:CLAIMED_BY]-(c:Claim)
      RETURN DISTINCT c
    }
    WITH id, collect(c) AS claims
    CALL (claims) {
      UNWIND claims AS c
      WITH c ORDER BY ${CREATION_ORDER}
      SKIP $offset LIMIT $limit
      RETURN collect(${claimProjection('c')}) AS page
    }
    RETURN id, size(claims) AS total, page`,
} as const;

/** The claim-page windows and relations an entity page asks for (see buildEntityPageQuery). */
export interface EntityPageInclude {
  pages: { field: keyof typeof ENTITY_CLAIM_LISTS; offset: number; limit: number }[];
  relations: boolean;
}

/**
 * entity(id:) with what its selection asks for (claims, mentionedIn, relations), in one
 * statement: one row `(n, pages, relations)` (none when there is no such entity), `pages[i]` being
 * `{total, page}` for `include.pages[i]` (`$offset<i>`, `$limit<i>`).
 */
export function buildEntityPageQuery(include: EntityPageInclude, projection: Projection = FULL_PROJECTION): string {
  const totals = include.pages.map((p, i) => `${ENTITY_CLAIM_LISTS[p.field].total} AS total${i}`);
  const calls = include.pages.map(
    (p, i) => `CALL (e, claimCount, total${i}) {
      WITH e, claimCount, total${i} AS total
      ${entityPageRows(p.field, `$offset${i}`, `$limit${i}`).replace(/\n/g, '\n    ')}
      WITH c ORDER BY ${CREATION_ORDER}
      RETURN collect(${claimProjection('c', projection.claim)}) AS page${i}
    }`,
  );
  const relations = include.relations
    ? `COLLECT {
        MATCH (e)-[r:${ENTITY_RELATION_PATTERN}]-(n:Entity)
        RETURN {type: type(r), outgoing: startNode(r) = e, evidence: r.evidence, n: ${entityProjection('n', projection.entity)}} AS relation
        ORDER BY relation.type, n.name
      }`
    : '[]';
  return [
    '',
    '    MATCH (e:Entity {id: $id})',
    ...(include.pages.length ? [`    ${CLAIM_COUNT}`, `    WITH e, claimCount, ${totals.join(', ')}`] : []),
    ...calls.map((c) => `    ${c}`),
    `    RETURN ${entityProjection('e', projection.entity)} AS n,`,
    `      [${include.pages.map((_, i) => `{total: total${i}, page: page${i}}`).join(', ')}] AS pages,`,
    `      ${relations} AS relations`,
  ].join('\n');
}

export type ClaimPageField = keyof typeof CLAIM_PAGES;
