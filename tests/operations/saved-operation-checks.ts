/**
 * What each saved operation (operations/*.graphql) must answer on the seeded graph, by file name.
 * Expected values come from the seed annotation or from the facts of the issue (ISSUE below),
 * never from the API's own output. A new operation file needs an entry here, or its test fails.
 */
import { expect } from 'vitest';
import { articleKey } from '../../src/graph/ids.ts';
import {
  expectClaimMatchesSeed,
  expectSaidOnAscending,
  keyOf,
  nameOf,
  seed,
  seedClaimsWithText,
  seedDistance,
  seedEdgeSet,
  seedEntity,
  seedEntityNamed,
} from './seed-expectations.ts';

/** Runs another saved operation (by file name) and returns its data. */
export type RunOperation = (file: string, variables?: Record<string, unknown>) => Promise<any>;

export interface OperationCheck {
  /** Variables for the run, e.g. ids looked up by an earlier operation. */
  variables?: (run: RunOperation) => Promise<Record<string, unknown>>;
  check: (data: any) => void;
}

/** The facts the issue states, in its own words; names resolve through the seed's names and aliases. */
const ISSUE = {
  russia498: { claimant: "Russia's defense ministry", value: 498, saidOn: '2022-03-02', via: 'Reuters' },
  golub: { name: 'Svetlana Golub', via: 'the Guardian' },
  pentagonOfficial: { name: 'A Pentagon official', via: 'the New York Times', saidOn: '2022-03-01' },
  contradiction: { approximately: 6000, contradicts: 498 },
};

/** Provenance steps of one role, as nodes. */
const stepsWith = (role: string) => (provenance: { role: string; node: any }[]) =>
  provenance.filter((s) => s.role === role).map((s) => s.node);
const claimantsOf = stepsWith('CLAIMANT');
const viaOf = stepsWith('INTERMEDIARY');

const texts = (nodes: { text: string }[]) => nodes.map((n) => n.text);
const sortedTexts = (claims: { text: string }[]) => texts(claims).sort();

/** The 498 claim, as the issue describes it. */
function expectRussia498(claims: any[]) {
  const fact = ISSUE.russia498;
  const found = claims.filter((c) => c.figures.some((f: { value: number }) => f.value === fact.value));
  expect(found).toHaveLength(1);
  const [c] = found;
  expect(c.claimants.map((e: { id: string }) => keyOf(e.id))).toEqual([seedEntityNamed(fact.claimant).id]);
  expect(c.saidOn.date).toBe(fact.saidOn);
  expect(c.reportedVia.map((e: { name: string }) => e.name)).toEqual([seedEntityNamed(fact.via).name]);
}

function expectEntityIdFor(node: { id: string; name: string; type: string }, nameOrAlias: string) {
  const e = seedEntityNamed(nameOrAlias);
  expect(keyOf(node.id)).toBe(e.id);
  expect(node.name).toBe(e.name);
  expect(node.type).toBe(e.type.toUpperCase());
}

function expectRelationsMatchSeed(entityId: string, relations: { type: string; direction: string; other: { id: string } }[]) {
  const expected = seed.relations.flatMap((r) => [
    ...(r.from === entityId ? [`${r.type} OUTGOING ${r.to}`] : []),
    ...(r.to === entityId ? [`${r.type} INCOMING ${r.from}`] : []),
  ]);
  expect(relations.map((r) => `${r.type} ${r.direction} ${keyOf(r.other.id)}`).sort()).toEqual(expected.sort());
}

export const CHECKS: Record<string, OperationCheck> = {
  'death-toll-claims.graphql': {
    check: (data) => {
      const lists = {
        figures: seed.claims.filter((c) => c.kind === 'FIGURE'),
        killed: seedClaimsWithText('killed'),
        died: seedClaimsWithText('died'),
        toll: seedClaimsWithText('toll'),
      };
      for (const [alias, expected] of Object.entries(lists)) {
        expect(expected.length, `the seed has claims for ${alias}`).toBeGreaterThan(0);
        expect(data[alias].totalCount, alias).toBe(expected.length);
        expect(sortedTexts(data[alias].nodes), alias).toEqual(sortedTexts(expected));
        expectSaidOnAscending(data[alias].nodes);
        data[alias].nodes.forEach(expectClaimMatchesSeed);
      }
      expectRussia498(data.figures.nodes);
      expectRussia498(data.died.nodes);
    },
  },

  'golub-claims.graphql': {
    check: ({ entity }) => {
      const golub = seedEntityNamed(ISSUE.golub.name);
      expect(keyOf(entity.id)).toBe(golub.id);
      expect(entity.description).toBe(golub.description);
      expectRelationsMatchSeed(golub.id, entity.relations);
      const expected = seed.claims.filter((c) => c.claimants.includes(golub.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(entity.claims.totalCount).toBe(expected.length);
      // Entity.claims lists claims in the order they were added, which is the seed's order.
      expect(texts(entity.claims.nodes)).toEqual(texts(expected));
      for (const claim of entity.claims.nodes) {
        expectClaimMatchesSeed(claim);
        expect(claim.reportedVia.map((e: { name: string }) => e.name)).toEqual([seedEntityNamed(ISSUE.golub.via).name]);
      }
    },
  },

  'provenance-498.graphql': {
    check: ({ claims }) => {
      const expected = seedClaimsWithText('498');
      expect(claims.totalCount).toBe(expected.length);
      expect(texts(claims.nodes)).toEqual(texts(expected));
      const c = expectClaimMatchesSeed(claims.nodes[0]);
      expect(seed.text.slice(c.evidence.start, c.evidence.end)).toBe(claims.nodes[0].evidence.text);
      expectRussia498(claims.nodes.map((n: any) => ({ ...n, claimants: claimantsOf(n.provenance), reportedVia: viaOf(n.provenance) })));
      const article = claims.nodes[0].provenance.find((s: { role: string }) => s.role === 'ARTICLE').node;
      // The publication time keeps the offset it was published with (schema: DateTime).
      expect(article.publishedAt).toBe(seed.article.publishedAt);
    },
  },

  'pentagon-kremlin-ids.graphql': {
    check: (data) => {
      expectEntityIdFor(data.from, 'Pentagon');
      expectEntityIdFor(data.to, 'Kremlin');
    },
  },

  'pentagon-to-kremlin.graphql': {
    variables: async (run) => {
      const ids = await run('pentagon-kremlin-ids.graphql');
      return { from: ids.from.id, to: ids.to.id };
    },
    check: ({ path }) => {
      const [from, to] = [seedEntityNamed('Pentagon').id, seedEntityNamed('Kremlin').id];
      const distance = seedDistance(from, to);
      expect(distance).not.toBeNull();
      expect(path).not.toBeNull();
      expect(path.length).toBe(distance);
      expect(path.steps).toHaveLength(distance!);
      const keys = path.nodes.map((n: { id: string }) => keyOf(n.id));
      expect(keys[0]).toBe(from);
      expect(keys.at(-1)).toBe(to);
      expect(path.nodes[0].name).toBe(nameOf(from));
      // Each step is a relationship of the seed graph, in its own direction, joining neighbours on the path.
      const edges = seedEdgeSet();
      path.steps.forEach((s: any, i: number) => {
        const edge = `${keyOf(s.from.id)} -${s.relationship}-> ${keyOf(s.to.id)}`;
        expect(edges.has(edge), edge).toBe(true);
        expect([keyOf(s.from.id), keyOf(s.to.id)].sort()).toEqual([keys[i], keys[i + 1]].sort());
      });
      const article = path.nodes.find((n: { id: string }) => keyOf(n.id) === articleKey(seed.article.id));
      if (article) expect(article.title).toBe(seed.article.title);
      // Steps into or out of an article in the middle of the path are the weak links, and only
      // those (two five-hop paths tie here, one of them through the seed article).
      const inner = new Set(keys.slice(1, -1).filter((k: string) => k === articleKey(seed.article.id)));
      path.steps.forEach((s: any) => {
        expect(s.weakLink, s.explanation).toBe(inner.has(keyOf(s.from.id)) || inner.has(keyOf(s.to.id)));
        for (const end of [s.from, s.to]) expect(s.explanation).toContain((end.name ?? end.title ?? end.text).slice(0, 40));
      });
    },
  },

  'reuters-id.graphql': {
    check: ({ outlet }) => expectEntityIdFor(outlet, ISSUE.russia498.via),
  },

  'via-reuters.graphql': {
    variables: async (run) => ({ outlet: (await run('reuters-id.graphql')).outlet.id }),
    check: ({ claims }) => {
      const reuters = seedEntityNamed(ISSUE.russia498.via).id;
      const expected = seed.claims.filter((c) => c.via.includes(reuters));
      expect(expected.length).toBeGreaterThan(0);
      expect(claims.totalCount).toBe(expected.length);
      expect(sortedTexts(claims.nodes)).toEqual(sortedTexts(expected));
      expectSaidOnAscending(claims.nodes);
      claims.nodes.forEach(expectClaimMatchesSeed);
      expectRussia498(claims.nodes);
    },
  },

  'pentagon-official-claims.graphql': {
    check: ({ entity }) => {
      const fact = ISSUE.pentagonOfficial;
      const official = seedEntityNamed(fact.name);
      expectEntityIdFor(entity, fact.name);
      expectRelationsMatchSeed(official.id, entity.relations);
      expect(entity.relations.map((r: any) => r.other.name)).toContain(seedEntity('org/pentagon').name);
      const expected = seed.claims.filter((c) => c.claimants.includes(official.id));
      expect(entity.claims.totalCount).toBe(expected.length);
      expect(texts(entity.claims.nodes)).toEqual(texts(expected));
      for (const claim of entity.claims.nodes) {
        expectClaimMatchesSeed(claim);
        expect(claim.reportedVia.map((e: { name: string }) => e.name)).toEqual([seedEntityNamed(fact.via).name]);
        expect(claim.saidOn.date).toBe(fact.saidOn);
      }
    },
  },

  'contradictions.graphql': {
    check: ({ contradictions }) => {
      const byText = (id: string) => seed.claims.find((c) => c.id === id)!.text;
      const expected = seed.claimRelations
        .filter((r) => r.type === 'CONTRADICTS' || r.type === 'DISPUTES')
        .map((r) => `${r.type}: ${byText(r.from)} | ${byText(r.to)} | ${r.reason}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(contradictions.map((c: any) => `${c.type}: ${c.a.text} | ${c.b.text} | ${c.reason}`).sort()).toEqual(expected.sort());
      for (const c of contradictions) [c.a, c.b].forEach(expectClaimMatchesSeed);
      const fact = ISSUE.contradiction;
      const figure = (side: any) => side.figures.map((f: { value: number }) => f.value);
      const pair = contradictions.filter(
        (c: any) => c.type === 'CONTRADICTS' && figure(c.a).includes(fact.approximately) && figure(c.b).includes(fact.contradicts),
      );
      expect(pair).toHaveLength(1);
      expect(pair[0].a.figures[0].approximate).toBe(true);
    },
  },
};
