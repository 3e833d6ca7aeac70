/**
 * All resolvers, by type. Each root field's Cypher is in src/graph/read/cypher, reached through
 * the per-request GraphSource (src/graph/read/graph-source.ts).
 */
import type { NodeModel } from '../../graph/model.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { connectionFields } from '../pagination.ts';
import { DateScalar, DateTimeScalar } from '../scalars.ts';
import { Article } from './article.ts';
import { Channel, Claim, Evidence } from './claim.ts';
import { Entity, Group, Organization, Person, Place } from './entity.ts';
import { CurationMutation, CurationQuery, DeleteResult, Edit, ReextractResult } from './curation.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Path, SearchHit } from './search-path.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Node: { __resolveType: (n: NodeModel) => n.nodeType },
  Entity,
  Person,
  Organization,
  Place,
  Group,
  Claim,
  Evidence,
  Channel,
  Article,
  ClaimConnection: connectionFields,
  EntityConnection: connectionFields,
  ArticleConnection: connectionFields,
  Path,
  SearchHit,
  EditConnection: connectionFields,
  Edit,
  DeleteResult,
  ReextractResult,
  Query: { ...Query, ...CurationQuery },
  Mutation: { ...Mutation, ...CurationMutation },
};
