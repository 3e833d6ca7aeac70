import type { ArticleModel, EntityModel, MaybePromise } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import type { EntityResolvers, OrganizationKind } from '../generated/resolvers-types.ts';
import { pageWindow } from '../pagination.ts';
import { toGlobalId } from '../../graph/ids.ts';

type PageArgs = { first?: number | null; after?: string | null };

/** Fields every entity type shares; Person, Organization, Place and Group all use them. */
export const entityFields = {
  id: (e: EntityModel) => toGlobalId(e.key),
  type: (e: EntityModel) => e.nodeType.toUpperCase() as 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP',
  claims: (e: EntityModel, { first, after, includeMembers }: PageArgs & { includeMembers?: boolean | null }, { graph }: ApiContext) => {
    const { offset, limit } = pageWindow(first, after);
    return graph.claimPage(includeMembers ? 'entityClaimsWithMembers' : 'entityClaims', e.key, offset, limit);
  },
  mentionedIn: (e: EntityModel, { first, after }: PageArgs, { graph }: ApiContext) => {
    const { offset, limit } = pageWindow(first, after);
    return graph.claimPage('entityMentionedIn', e.key, offset, limit);
  },
  relations: (e: EntityModel, _: unknown, { graph }: ApiContext) => graph.entityRelations(e.key),
  articles: (e: EntityModel, _: unknown, { graph }: ApiContext) => graph.neighbours('entityArticles', e.key) as MaybePromise<ArticleModel[]>,
};

export const Entity: EntityResolvers = {
  __resolveType: (e) => e.nodeType,
};

export const Person = entityFields;
export const Group = entityFields;
export const Place = entityFields;
export const Organization = { ...entityFields, kind: (e: EntityModel) => (e.kind ?? 'OTHER') as OrganizationKind };
