import { toGlobalId } from '../../graph/ids.ts';
import type { EntityModel, MaybePromise } from '../../graph/model.ts';
import type { ArticleResolvers } from '../generated/resolvers-types.ts';
import { pageWindow } from '../pagination.ts';

export const Article: ArticleResolvers = {
  id: (a) => toGlobalId(a.key),
  // Articles met along a claim's provenance are read without their text (kilobytes each).
  text: async (a, _, { graph }) => a.text ?? (await graph.articleText(a.key)).text,
  body: async (a, _, { graph }) => a.body ?? (await graph.articleText(a.key)).body,
  author: (a, _, { graph }) => graph.neighbour('articleAuthor', a.key) as MaybePromise<EntityModel | null>,
  publisher: (a, _, { graph }) => graph.neighbour('articlePublisher', a.key) as MaybePromise<EntityModel | null>,
  cites: (a, _, { graph }) => graph.neighbours('articleCites', a.key) as MaybePromise<EntityModel[]>,
  imageCredits: (a, _, { graph }) => graph.neighbours('articleImageCredits', a.key) as MaybePromise<EntityModel[]>,
  entities: (a, _, { graph }) => graph.neighbours('articleEntities', a.key) as MaybePromise<EntityModel[]>,
  claims: (a, { first, after }, { graph }) => {
    return graph.claimPage(a.key, { field: 'articleClaims', ...pageWindow(first, after) });
  },
};
