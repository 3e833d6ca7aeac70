/** Resolvers of schema/graphql/curation.graphql: the curation mutations, the history and the Edit type. */
import { editPage, type EditModel } from '../../graph/write/curation/edits.ts';
import { toGlobalId } from '../../graph/ids.ts';
import type {
  DeleteResultResolvers,
  EditResolvers,
  MutationResolvers,
  QueryResolvers,
  ReextractResultResolvers,
} from '../generated/resolvers-types.ts';
import {
  deleteArticleMutation,
  deleteClaimMutation,
  mergeEntitiesMutation,
  reextractArticleMutation,
  updateArticleMutation,
  updateClaimMutation,
  updateEntityMutation,
} from '../curation.ts';
import { decodeId } from '../global-ids.ts';
import { pageWindow } from '../pagination.ts';
import { nodeOrSurvivor } from '../merged-ids.ts';

export const CurationMutation: MutationResolvers = {
  updateArticle: (_, { id, input }, context) => updateArticleMutation(context, id, input),
  deleteArticle: (_, { id }, context) => deleteArticleMutation(context, id),
  updateEntity: (_, { id, input }, context) => updateEntityMutation(context, id, input),
  mergeEntities: (_, { into, from }, context) => mergeEntitiesMutation(context, into, from),
  updateClaim: (_, { id, input }, context) => updateClaimMutation(context, id, input),
  deleteClaim: (_, { id }, context) => deleteClaimMutation(context, id),
  reextractArticle: (_, { id }, context) => reextractArticleMutation(context, id),
};

export const CurationQuery: QueryResolvers = {
  history: (_, { id, first, after }, { db }) => {
    const { key } = decodeId(id, 'id');
    const { offset, limit } = pageWindow(first, after);
    return editPage(db, key, offset, limit);
  },
  edits: (_, { first, after }, { db }) => {
    const { offset, limit } = pageWindow(first, after);
    return editPage(db, null, offset, limit);
  },
};

export const Edit: EditResolvers = {
  id: (e) => toGlobalId(e.key),
  sequence: (e) => e.seq,
  targetId: (e) => toGlobalId(e.target),
  targetIds: (e) => e.targets.map(toGlobalId),
  // A merged entity's edits show the survivor; a deleted node shows null.
  target: (e: EditModel, _, context) => nodeOrSurvivor(context, e.target),
};

export const DeleteResult: DeleteResultResolvers = {
  id: (d) => toGlobalId(d.key),
};

export const ReextractResult: ReextractResultResolvers = {};
