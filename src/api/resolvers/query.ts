import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { MAX_HOPS } from '../../graph/read/cypher/path.ts';
import { badInput } from '../errors.ts';
import { decodeId } from '../global-ids.ts';
import { orSurvivor } from '../merged-ids.ts';
import { pageWindow } from '../pagination.ts';
import { rootFetch } from '../fetch-plan.ts';

const MAX_SEARCH_HITS = 100;
const MAX_TEXT_ARGUMENT = 500;

function checkText(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (value.length > MAX_TEXT_ARGUMENT) throw badInput(`${argument} is longer than ${MAX_TEXT_ARGUMENT} characters`, argument);
  return value;
}

/** Optional id filter → node key, checked for the expected kind. */
const filterKey = (id: string | null | undefined, argument: string, label: 'Entity' | 'Article') =>
  id == null ? undefined : decodeId(id, argument, label).key;

export const Query: QueryResolvers = {
  node: (_, { id }, context, info) => {
    const { graph } = context;
    const { key, label } = decodeId(id, 'id');
    // A merged entity's id resolves to the entity it was merged into.
    if (label === 'Entity') return orSurvivor(context, graph.entityByKey(key, rootFetch(info)), key);
    return graph.node(label, key);
  },

  entity: async (_, { id, name }, context, info) => {
    const { graph } = context;
    if ((id == null) === (name == null)) throw badInput('pass exactly one of id or name');
    if (id != null) {
      const key = decodeId(id, 'id', 'Entity').key;
      // The entity's claims and relations come in the entity's own statement.
      return orSurvivor(context, graph.entityByKey(key, rootFetch(info)), key);
    }
    const text = checkText(name, 'name')!.trim();
    return text ? graph.entityByName(text) : null;
  },

  entities: (_, { filter, first, after }, { graph }) => {
    const { offset, limit } = pageWindow(first, after);
    return graph.entities(
      { type: filter?.type ?? undefined, nameContains: checkText(filter?.nameContains, 'filter.nameContains') || undefined },
      offset,
      limit,
    );
  },

  claim: (_, { id }, { graph }) => graph.claim(decodeId(id, 'id', 'Claim').key),

  claims: (_, { filter, orderBy, first, after }, { graph }, info) => {
    const { offset, limit, afterKey } = pageWindow(first, after);
    const f = filter ?? {};
    if (f.saidFrom && f.saidTo && f.saidFrom > f.saidTo) throw badInput('filter.saidFrom is after filter.saidTo', 'filter');
    return graph.claims(
      {
        claimant: filterKey(f.claimant, 'filter.claimant', 'Entity'),
        mentions: filterKey(f.mentions, 'filter.mentions', 'Entity'),
        reportedVia: filterKey(f.reportedVia, 'filter.reportedVia', 'Entity'),
        article: filterKey(f.article, 'filter.article', 'Article'),
        kind: f.kind ?? undefined,
        modality: f.modality ?? undefined,
        saidFrom: f.saidFrom ?? undefined,
        saidTo: f.saidTo ?? undefined,
        text: checkText(f.text, 'filter.text') || undefined,
        origin: f.origin ?? undefined,
      },
      { field: orderBy?.field ?? 'CREATED', direction: orderBy?.direction ?? 'ASC' },
      offset,
      limit,
      rootFetch(info),
      afterKey,
    );
  },

  article: (_, { id }, { graph }) => graph.article(decodeId(id, 'id', 'Article').key),

  articles: async (_, { first, after }, { graph }) => {
    const { offset, limit } = pageWindow(first, after);
    return graph.articles(offset, limit);
  },

  search: async (_, { query, first }, { graph }, info) => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_HITS)
      throw badInput(`first must be between 1 and ${MAX_SEARCH_HITS}`, 'first');
    const text = checkText(query, 'query')!;
    // Each hit carries the query for its highlights.
    return (await graph.search(text, first, rootFetch(info))).map((hit) => ({ ...hit, query: text }));
  },

  path: (_, { from, to, maxHops }, { graph }, info) => {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
      throw badInput(`maxHops must be between 1 and ${MAX_HOPS}`, 'maxHops');
    const a = decodeId(from, 'from');
    const b = decodeId(to, 'to');
    return graph.path({ key: a.key, label: a.label }, { key: b.key, label: b.label }, maxHops, rootFetch(info));
  },

  contradictions: (_, { first }, { graph }, info) => {
    const { limit } = pageWindow(first, null);
    return graph.contradictions(limit, rootFetch(info));
  },
};
