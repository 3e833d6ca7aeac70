import { toGlobalId } from '../../graph/ids.ts';
import type { GraphSource, ProvenanceParts } from '../../graph/graph-source.ts';
import type { ArticleModel, ChannelModel, ClaimModel, EntityModel, ProvenanceStepModel } from '../../graph/model.ts';
import type { ChannelResolvers, ClaimResolvers, EvidenceResolvers } from '../generated/resolvers-types.ts';

export const Claim: ClaimResolvers = {
  id: (c) => toGlobalId(c.key),
  saidOn: (c) => c.saidOn as never,
  refersTo: (c) => c.refersTo as never,
  claimants: (c, _, { graph }) => graph.neighbours('claimClaimants', c.key) as Promise<EntityModel[]>,
  mentions: (c, _, { graph }) => graph.neighbours('claimMentions', c.key) as Promise<EntityModel[]>,
  reportedVia: (c, _, { graph }) => graph.neighbours('claimReportedVia', c.key) as Promise<EntityModel[]>,
  channel: (c, _, { graph }) => graph.neighbour('claimChannel', c.key) as Promise<ChannelModel | null>,
  figures: (c, _, { graph }) => graph.neighbours('claimFigures', c.key),
  article: async (c, _, { graph }) => (await graph.article(c.articleKey))!,
  evidence: (c) => ({ articleKey: c.articleKey, ...c.evidence }),
  contradicts: (c, _, { graph }) => graph.neighbours('claimContradicts', c.key) as Promise<ClaimModel[]>,
  disputes: (c, _, { graph }) => graph.neighbours('claimDisputes', c.key) as Promise<ClaimModel[]>,
  disputedBy: (c, _, { graph }) => graph.neighbours('claimDisputedBy', c.key) as Promise<ClaimModel[]>,
  provenance: async (c, _, { graph }) => {
    // One statement for the whole chain of every claim in the list (GraphSource.provenance). A
    // claim that is not in the graph (a dry-run ingest) has its parts primed field by field.
    const parts = (await graph.provenance(c.key)) ?? (await provenanceFromFields(c, graph));
    const step = (role: ProvenanceStepModel['role']) => (node: ProvenanceStepModel['node'] | null) => (node ? [{ role, node }] : []);
    return [
      ...parts.claimants.flatMap(step('CLAIMANT')),
      ...step('CHANNEL')(parts.channel),
      ...parts.via.flatMap(step('INTERMEDIARY')),
      ...step('AUTHOR')(parts.author),
      ...step('ARTICLE')(parts.article),
      ...step('PUBLISHER')(parts.publisher),
    ];
  },
};

export const Evidence: EvidenceResolvers = {
  article: async (e, _, { graph }) => (await graph.article(e.articleKey)) as ArticleModel,
};

export const Channel: ChannelResolvers = {
  id: (c) => toGlobalId(c.key),
  operator: (c, _, { graph }) => graph.neighbour('channelOperator', c.key) as Promise<EntityModel | null>,
  platform: (c, _, { graph }) => graph.neighbour('channelPlatform', c.key) as Promise<EntityModel | null>,
};

/** The provenance parts from the one-hop loaders (primed for a dry-run ingest's claims). */
async function provenanceFromFields(c: ClaimModel, graph: GraphSource): Promise<ProvenanceParts> {
  const [claimants, channel, via, article, author, publisher] = await Promise.all([
    graph.neighbours('claimClaimants', c.key) as Promise<EntityModel[]>,
    graph.neighbour('claimChannel', c.key) as Promise<ChannelModel | null>,
    graph.neighbours('claimReportedVia', c.key) as Promise<EntityModel[]>,
    graph.article(c.articleKey),
    graph.neighbour('articleAuthor', c.articleKey) as Promise<EntityModel | null>,
    graph.neighbour('articlePublisher', c.articleKey) as Promise<EntityModel | null>,
  ]);
  return { claimants, channel, via, article, author, publisher };
}
