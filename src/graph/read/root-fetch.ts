/**
 * What a root field's statement fetches, the contract between the request's fetch plan
 * (src/api/fetch-plan.ts), which fills it, and GraphSource, which runs it: the projection, what
 * comes with claims and entities, and the typed keys of the claim pages a statement primes.
 */
import type { ClaimInclude } from './cypher/claims.ts';
import type { CursorKey } from '../model.ts';
import { isKeyedList, type ClaimPageField } from './cypher/claim-pages.ts';
import type { EntityPageInclude } from './cypher/entity-page.ts';
import { FULL_PROJECTION, type Projection } from './cypher/projections.ts';

/**
 * What a root field's statement fetches, as the request's fetch plan (src/api/fetch-plan.ts)
 * says. FULL_FETCH (every property, nothing related) for callers without a plan.
 */
export interface RootFetch {
  /** The properties of each kind of node the operation's fields read. */
  projection: Projection;
  /** What comes with each claim of a `claims` page. */
  claims: ClaimInclude;
  /** What comes with an entity fetched by key: claim pages and relations; null for nothing. */
  entity: EntityPageInclude | null;
  /** The entity's articles are asked for too: their statement runs in the entity's turn. */
  entityArticles: boolean;
}

export const FULL_FETCH: RootFetch = { projection: FULL_PROJECTION, claims: {}, entity: null, entityArticles: false };

/**
 * One page of a parent's claim list: the key a plan's statement primes and a field resolver reads.
 * `afterKey`, the key of the `after` cursor's claim, if it has one.
 */
export interface ClaimPageKey {
  field: ClaimPageField;
  offset: number;
  limit: number;
  afterKey?: CursorKey;
}

/**
 * The key the page seeks from: an entity's lists continue after the cursor's claim; other lists
 * (an article's, an entity's with its members) read a keyed cursor as its position.
 */
export const seekKeyOf = (page: ClaimPageKey): CursorKey | undefined => (isKeyedList(page.field) ? page.afterKey : undefined);

export function pageSlot(page: ClaimPageKey): string {
  const key = seekKeyOf(page);
  return `page:${page.field}:${page.offset}:${page.limit}${key ? `:${JSON.stringify([key.createdAt, key.seq, key.id])}` : ''}`;
}
