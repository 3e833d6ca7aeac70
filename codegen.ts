import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver and model types from the SDL in schema/graphql. Regenerate with `npm run codegen`;
 * CI fails when the checked-in file is stale (`npm run codegen:check`).
 */
const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  generates: {
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context.ts#ApiContext',
        scalars: { DateTime: 'string', Date: 'string' },
        mappers: {
          Person: '../../graph/model.ts#EntityModel',
          Organization: '../../graph/model.ts#EntityModel',
          Place: '../../graph/model.ts#EntityModel',
          Group: '../../graph/model.ts#EntityModel',
          Entity: '../../graph/model.ts#EntityModel',
          EntityRelation: '../../graph/model.ts#EntityRelationModel',
          Claim: '../../graph/model.ts#ClaimModel',
          Figure: '../../graph/model.ts#FigureModel',
          Channel: '../../graph/model.ts#ChannelModel',
          Article: '../../graph/model.ts#ArticleModel',
          Evidence: '../../graph/model.ts#EvidenceModel',
          ProvenanceStep: '../../graph/model.ts#ProvenanceStepModel',
          SearchHit: '../../graph/model.ts#SearchHitModel',
          Path: '../../graph/model.ts#PathModel',
          PathStep: '../../graph/model.ts#PathStepModel',
          Contradiction: '../../graph/model.ts#ContradictionModel',
          ClaimConnection: '../../graph/model.ts#ClaimConnectionModel',
          EntityConnection: '../../graph/model.ts#EntityConnectionModel',
          ArticleConnection: '../../graph/model.ts#ArticleConnectionModel',
          IngestResult: '../../graph/model.ts#IngestResultModel',
          Edit: '../../graph/write/curation/edits.ts#EditModel',
          EditConnection: '../../graph/write/curation/edits.ts#EditConnectionModel',
          DeleteResult: '../../graph/write/curation/edits.ts#DeleteResultModel',
          ReextractResult: '../../graph/write/curation/edits.ts#ReextractResultModel',
        },
      },
    },
    // Which concrete types implement each interface (Node, Entity), for clients' caches: Apollo
    // Client's InMemoryCache({ possibleTypes }) drops fields selected through `... on Entity` or
    // `fragment on Node` without it. See README "Client set-up".
    'schema/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
  },
};

export default config;
