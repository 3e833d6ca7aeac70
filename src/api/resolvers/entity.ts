import type { ArticleModel, EntityModel, MaybePromise } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import type { EntityResolvers, OrganizationKind } from '../generated/resolvers-types.ts';
import { entityClaimPage } from '../fetch-plan.ts';
import { toGlobalId } from '../../graph/ids.ts';

type PageArgs = { first?: number | null; after?: string | null };

/** Fields every entity type shares; Person, Organization, Place and Group all use them. */
export const entityFields = {
  id: (e: EntityModel) => toGlobalId(e.key),
  type: (e: EntityModel) => e.nodeType.toUpperCase() as 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP',
  // The same page keys as the fetch plan's, which may have fetched the page with the entity.
  claims: (e: EntityModel, args: PageArgs & { includeMembers?: boolean | null }, { graph }: ApiContext) =>
    graph.claimPage(e.key, entityClaimPage('claims', args)),
  mentionedIn: (e: EntityModel, args: PageArgs, { graph }: ApiContext) => graph.claimPage(e.key, entityClaimPage('mentionedIn', args)),
  relations: (e: EntityModel, _: unknown, { graph }: ApiContext) => graph.entityRelations(e.key),
  articles: (e: EntityModel, _: unknown, { graph }: ApiContext) =>
    graph.neighbours('entityArticles', e.key) as MaybePromise<ArticleModel[]>,
};

export const Entity: EntityResolvers = {
  __resolveType: (e) => e.nodeType,
};

export const Person = entityFields;
export const Group = entityFields;
export const Place = entityFields;
export const Organization = { ...entityFields, kind: (e: EntityModel) => (e.kind ?? 'OTHER') as OrganizationKind };
