import { toGlobalId } from '../../graph/ids.ts';
import type { GraphSource } from '../../graph/read/graph-source.ts';
import type {
  ArticleModel,
  ChannelModel,
  ClaimModel,
  EntityModel,
  MaybePromise,
  ProvenanceParts,
  ProvenanceStepModel,
} from '../../graph/model.ts';
import type { ChannelResolvers, ClaimResolvers, EvidenceResolvers } from '../generated/resolvers-types.ts';

export const Claim: ClaimResolvers = {
  id: (c) => toGlobalId(c.key),
  saidOn: (c) => c.saidOn as never,
  refersTo: (c) => c.refersTo as never,
  claimants: (c, _, { graph }) => graph.neighbours('claimClaimants', c.key) as MaybePromise<EntityModel[]>,
  mentions: (c, _, { graph }) => graph.neighbours('claimMentions', c.key) as MaybePromise<EntityModel[]>,
  reportedVia: (c, _, { graph }) => graph.neighbours('claimReportedVia', c.key) as MaybePromise<EntityModel[]>,
  channel: (c, _, { graph }) => graph.neighbour('claimChannel', c.key) as MaybePromise<ChannelModel | null>,
  figures: (c, _, { graph }) => graph.neighbours('claimFigures', c.key),
  article: (c, _, { graph }) => graph.article(c.articleKey) as MaybePromise<ArticleModel>,
  evidence: (c) => ({ articleKey: c.articleKey, ...c.evidence }),
  contradicts: (c, _, { graph }) => graph.neighbours('claimContradicts', c.key) as MaybePromise<ClaimModel[]>,
  disputes: (c, _, { graph }) => graph.neighbours('claimDisputes', c.key) as MaybePromise<ClaimModel[]>,
  disputedBy: (c, _, { graph }) => graph.neighbours('claimDisputedBy', c.key) as MaybePromise<ClaimModel[]>,
  provenance: (c, _, { graph }) => {
    // One statement for the whole chain of every claim in the list (GraphSource.provenance),
    // usually primed by the claims page that listed the claim. A claim that is not in the graph
    // (a dry-run ingest) has its parts primed field by field.
    const parts = graph.provenance(c.key);
    if (parts instanceof Promise) return parts.then(async (p) => provenanceSteps(p ?? (await provenanceFromFields(c, graph))));
    return parts ? provenanceSteps(parts) : provenanceFromFields(c, graph).then(provenanceSteps);
  },
};

export const Evidence: EvidenceResolvers = {
  article: (e, _, { graph }) => graph.article(e.articleKey) as MaybePromise<ArticleModel>,
};

export const Channel: ChannelResolvers = {
  id: (c) => toGlobalId(c.key),
  operator: (c, _, { graph }) => graph.neighbour('channelOperator', c.key) as MaybePromise<EntityModel | null>,
  platform: (c, _, { graph }) => graph.neighbour('channelPlatform', c.key) as MaybePromise<EntityModel | null>,
};

/** The chain in order: claimant → channel → outlets → author → article → publisher. */
function provenanceSteps(parts: ProvenanceParts): ProvenanceStepModel[] {
  // A plain loop: this runs for every claim of every page (no closures or spread arrays per claim).
  const steps: ProvenanceStepModel[] = [];
  for (const node of parts.claimants) steps.push({ role: 'CLAIMANT', node });
  if (parts.channel) steps.push({ role: 'CHANNEL', node: parts.channel });
  for (const node of parts.via) steps.push({ role: 'INTERMEDIARY', node });
  if (parts.author) steps.push({ role: 'AUTHOR', node: parts.author });
  if (parts.article) steps.push({ role: 'ARTICLE', node: parts.article });
  if (parts.publisher) steps.push({ role: 'PUBLISHER', node: parts.publisher });
  return steps;
}

/** The provenance parts from the one-hop loaders (primed for a dry-run ingest's claims). */
async function provenanceFromFields(c: ClaimModel, graph: GraphSource): Promise<ProvenanceParts> {
  const [claimants, channel, via, article, author, publisher] = await Promise.all([
    graph.neighbours('claimClaimants', c.key) as MaybePromise<EntityModel[]>,
    graph.neighbour('claimChannel', c.key) as MaybePromise<ChannelModel | null>,
    graph.neighbours('claimReportedVia', c.key) as MaybePromise<EntityModel[]>,
    graph.article(c.articleKey),
    graph.neighbour('articleAuthor', c.articleKey) as MaybePromise<EntityModel | null>,
    graph.neighbour('articlePublisher', c.articleKey) as MaybePromise<EntityModel | null>,
  ]);
  return { claimants, channel, via, article, author, publisher };
}
