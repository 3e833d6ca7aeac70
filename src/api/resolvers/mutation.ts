import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { ingestArticle } from '../ingest-article.ts';
import { requireWriteAccess } from '../write-access.ts';

export const Mutation: MutationResolvers = {
  // A dry run writes nothing but still needs the key: extraction costs CPU, and the mutation
  // is off entirely on servers without API_KEY.
  ingestArticle: (_, { input, dryRun }, context) => {
    requireWriteAccess(context);
    return ingestArticle(context, input, { dryRun: dryRun ?? false });
  },
};
