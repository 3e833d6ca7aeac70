import { anchoredClaimPage, collectKeys } from './claims.ts';
import { claimProjection } from './projections.ts';

/**
 * An entity's claim lists, for an entity bound to `e`: the relationship from its claims and the
 * total. CLAIMED_BY only ever starts at a claim, so its degree, read from the node without
 * expanding, is the number of claims; articles MENTION entities too, so mentions are counted
 * through the Claim label. Pages are in creation order, a seek of the link's index
 * (anchoredClaimPage in claims.ts), whatever the entity's degree.
 */
export const ENTITY_CLAIM_LISTS = {
  entityClaims: { rel: 'CLAIMED_BY', total: 'COUNT { (e)<-[:CLAIMED_BY]-() }' },
  entityMentionedIn: { rel: 'MENTIONS', total: 'COUNT { (e)<-[:MENTIONS]-(:Claim) }' },
} as const;

export const CREATION_ORDER = 'c.createdAt ASC, c.seq ASC, c.id ASC';

/** Relations that make an entity speak for another: its members, parts and heads. */
const MEMBER_RELATION_TYPES = 'MEMBER_OF|PART_OF|HEAD_OF';

export type EntityClaimList = keyof typeof ENTITY_CLAIM_LISTS;

/**
 * Rows `c` of one page of an entity's list: `skip` claims in, or, with `after`, right after the
 * claim whose key is in `$afterCreatedAt<suffix>`, `$afterSeq<suffix>`, `$afterClaim<suffix>`
 * (a keyset page: three seeks of one page each, see anchoredClaimPage).
 */
export const entityPageRows = (field: EntityClaimList, skip: string, limit: string, after?: { suffix: string }) =>
  anchoredClaimPage({
    anchor: 'e',
    rel: ENTITY_CLAIM_LISTS[field].rel,
    conditions: [],
    orderBy: CREATION_ORDER,
    direction: 'ASC',
    skip,
    limit,
    after: after != null,
    afterSuffix: after?.suffix,
  });

const entityClaimPage = (field: EntityClaimList, after?: { suffix: string }) => `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    WITH id, e, ${ENTITY_CLAIM_LISTS[field].total} AS total
    CALL (e) {
      ${entityPageRows(field, '$offset', '$limit', after).replace(/\n/g, '\n    ')}
      WITH c ORDER BY ${CREATION_ORDER}
      RETURN collect(${claimProjection('c')}) AS page, ${collectKeys('c')} AS keys
    }
    RETURN id, total, page, keys`;

/**
 * Paged claim lists per parent (Entity.claims, Entity.mentionedIn, Article.claims).
 * `$ids`, `$offset`, `$limit`; rows `(id, total, page)`, and `keys` for an entity's lists
 * (ENTITY_CLAIM_LISTS), whose cursors are keyed. Claims are in creation order (an
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

export type ClaimPageField = keyof typeof CLAIM_PAGES;

/**
 * An entity's lists continuing after a cursor's key (`$afterCreatedAt`, `$afterSeq`,
 * `$afterClaim`) instead of `$offset`: "the entity's claims created after that claim" is defined
 * for any entity, so one statement serves every entity of a batch.
 */
export const KEYED_CLAIM_PAGES: Record<EntityClaimList, string> = {
  entityClaims: entityClaimPage('entityClaims', { suffix: '' }),
  entityMentionedIn: entityClaimPage('entityMentionedIn', { suffix: '' }),
};

/** Whether a page of this list may continue from a cursor's key. */
export const isKeyedList = (field: ClaimPageField): field is EntityClaimList => field in ENTITY_CLAIM_LISTS;
