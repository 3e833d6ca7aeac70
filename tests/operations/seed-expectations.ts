/**
 * Expected values, computed from the seed annotation (never from API output): what a claim
 * should look like through the API, its provenance chain, and shortest paths in the seed graph.
 */
import { expect } from 'vitest';
import { articleKey, channelKey, claimKey, fromGlobalId } from '../../src/graph/ids.ts';
import { seedAnnotation as seed } from '../support/seed-annotation.ts';

export type SeedClaim = (typeof seed.claims)[number];
export type SeedEntity = (typeof seed.entities)[number];

export { seed };

export function seedEntity(id: string): SeedEntity {
  const entity = seed.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id} in the seed`);
  return entity;
}

/** The seed entity a name or alias from the issue refers to ("the Guardian" → The Guardian). */
export function seedEntityNamed(nameOrAlias: string): SeedEntity {
  const lower = nameOrAlias.toLowerCase();
  const found = seed.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === lower));
  if (found.length !== 1) throw new Error(`"${nameOrAlias}" names ${found.length} seed entities`);
  return found[0];
}

export const nameOf = (id: string) => seedEntity(id).name;

/** Claims whose text or quote contains `word`, case-insensitively, as the API's text filter does. */
export const seedClaimsWithText = (word: string) =>
  seed.claims.filter((c) => `${c.text}\n${c.quote ?? ''}`.toLowerCase().includes(word.toLowerCase()));

export function seedClaimWithText(text: string): SeedClaim {
  const found = seed.claims.filter((c) => c.text === text);
  if (found.length !== 1) throw new Error(`${found.length} seed claims have the text "${text}"`);
  return found[0];
}

/** The node key inside a global id returned by the API. */
export function keyOf(globalId: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw new Error(`"${globalId}" is not a global id`);
  return decoded.key;
}

const pick = (full: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, full[k]]));

/** The provenance chain the seed implies: claimant → channel → outlets → author → article → publisher. */
export function seedProvenance(c: SeedClaim): { role: string; key: string; label: string }[] {
  const a = seed.article;
  const entity = (role: string) => (id: string) => ({ role, key: id, label: nameOf(id) });
  const channel = seed.channels.find((ch) => ch.id === c.channel);
  return [
    ...c.claimants.map(entity('CLAIMANT')),
    ...(channel ? [{ role: 'CHANNEL', key: channelKey(channel.id), label: channel.name }] : []),
    ...c.via.map(entity('INTERMEDIARY')),
    ...(a.author ? [entity('AUTHOR')(a.author)] : []),
    { role: 'ARTICLE', key: articleKey(a.id), label: a.title },
    ...(a.publisher ? [entity('PUBLISHER')(a.publisher)] : []),
  ];
}

interface ApiNode {
  id: string;
  name?: string;
  title?: string;
}

export const provenanceOf = (steps: { role: string; node: ApiNode }[]) =>
  steps.map((s) => ({ role: s.role, key: keyOf(s.node.id), label: s.node.name ?? s.node.title }));

/**
 * Checks every field the operation asked for on a claim against the seed claim with the same
 * text; a field the operation did not ask for is not checked.
 */
export function expectClaimMatchesSeed(api: Record<string, any>): SeedClaim {
  const c = seedClaimWithText(api.text);
  const fields: Record<string, () => void> = {
    id: () => expect(keyOf(api.id)).toBe(claimKey(seed.article.id, c.id)),
    text: () => {},
    quote: () => expect(api.quote).toBe(c.quote ?? null),
    kind: () => expect(api.kind).toBe(c.kind),
    modality: () => expect(api.modality).toBe(c.modality),
    verb: () => expect(api.verb).toBe(c.verb),
    saidOn: () => expect(api.saidOn).toEqual(c.saidOn ? pick(c.saidOn, Object.keys(api.saidOn ?? {})) : null),
    figures: () => expect(api.figures).toEqual(c.figures.map((f, i) => pick({ qualifier: null, ...f }, Object.keys(api.figures[i] ?? {})))),
    claimants: () => expect(api.claimants.map((e: ApiNode) => keyOf(e.id))).toEqual(c.claimants),
    reportedVia: () => expect(api.reportedVia.map((e: ApiNode) => e.name)).toEqual(c.via.map(nameOf)),
    mentions: () => expect(api.mentions.map((e: ApiNode) => keyOf(e.id)).sort()).toEqual([...c.mentions].sort()),
    evidence: () => expect(api.evidence).toEqual(pick(c.evidence, Object.keys(api.evidence))),
    provenance: () => expect(provenanceOf(api.provenance)).toEqual(seedProvenance(c)),
  };
  for (const key of Object.keys(api)) {
    if (!fields[key]) throw new Error(`expectClaimMatchesSeed does not know how to check Claim.${key}; add it`);
    fields[key]();
  }
  return c;
}

/** Claims said on a date come first in date order, then the undated ones (orderBy SAID_ON ASC). */
export function expectSaidOnAscending(claims: { saidOn: { date: string } | null }[]) {
  const dates = claims.map((c) => c.saidOn?.date ?? '9999-99-99');
  expect(dates).toEqual([...dates].sort());
}

/**
 * The seed as an undirected graph over the nodes the API's path() may cross (entities, claims,
 * the article, channels), with each edge's relationship type and direction. The article's own
 * MENTIONS list is not crossed by path().
 */
function seedEdges(): { from: string; type: string; to: string }[] {
  const a = seed.article;
  const art = articleKey(a.id);
  const claim = (id: string) => claimKey(a.id, id);
  return [
    ...(a.author ? [{ from: art, type: 'WRITTEN_BY', to: a.author }] : []),
    ...(a.publisher ? [{ from: art, type: 'PUBLISHED_BY', to: a.publisher }] : []),
    ...a.cites.map((to) => ({ from: art, type: 'CITES', to })),
    ...(a.caption?.creditedTo ?? []).map((to) => ({ from: art, type: 'IMAGE_CREDIT', to })),
    ...seed.channels.flatMap((ch) => [
      ...(ch.operator ? [{ from: channelKey(ch.id), type: 'OPERATED_BY', to: ch.operator }] : []),
      ...(ch.platform ? [{ from: channelKey(ch.id), type: 'HOSTED_ON', to: ch.platform }] : []),
    ]),
    ...seed.claims.flatMap((c) => [
      { from: claim(c.id), type: 'APPEARS_IN', to: art },
      ...c.claimants.map((to) => ({ from: claim(c.id), type: 'CLAIMED_BY', to })),
      ...c.mentions.map((to) => ({ from: claim(c.id), type: 'MENTIONS', to })),
      ...c.via.map((to) => ({ from: claim(c.id), type: 'REPORTED_VIA', to })),
      ...(c.channel ? [{ from: claim(c.id), type: 'VIA_CHANNEL', to: channelKey(c.channel) }] : []),
    ]),
    ...seed.relations.map((r) => ({ from: r.from, type: r.type, to: r.to })),
    ...seed.claimRelations.map((r) => ({ from: claim(r.from), type: r.type, to: claim(r.to) })),
  ];
}

export const seedEdgeSet = () => new Set(seedEdges().map((e) => `${e.from} -${e.type}-> ${e.to}`));

/** Breadth-first distance between two node keys in the seed graph, or null. */
export function seedDistance(from: string, to: string): number | null {
  const adjacent = new Map<string, string[]>();
  for (const e of seedEdges()) {
    adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
    adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), e.from]);
  }
  const distance = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return distance.get(at)!;
    for (const next of adjacent.get(at) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, distance.get(at)! + 1);
        queue.push(next);
      }
    }
  }
  return null;
}
