import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireWriteAccess } from '../write-access.ts';
import { ingestArticle } from '../../ingest/ingest-article.ts';

export const Mutation: MutationResolvers = {
  ingestArticle: (_, { input, dryRun }, context) => {
    if (!dryRun) requireWriteAccess(context);
    return ingestArticle(context, input, { dryRun: dryRun ?? false });
  },
};
