import { toGlobalId } from '../../graph/ids.ts';
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
    const [claimants, channel, via, article, author, publisher] = await Promise.all([
      graph.neighbours('claimClaimants', c.key),
      graph.neighbour('claimChannel', c.key),
      graph.neighbours('claimReportedVia', c.key),
      graph.article(c.articleKey),
      graph.neighbour('articleAuthor', c.articleKey),
      graph.neighbour('articlePublisher', c.articleKey),
    ]);
    const step = (role: ProvenanceStepModel['role']) => (node: ProvenanceStepModel['node'] | null) => (node ? [{ role, node }] : []);
    return [
      ...claimants.flatMap(step('CLAIMANT')),
      ...step('CHANNEL')(channel),
      ...via.flatMap(step('INTERMEDIARY')),
      ...step('AUTHOR')(author),
      ...step('ARTICLE')(article),
      ...step('PUBLISHER')(publisher),
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
