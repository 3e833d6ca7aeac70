/**
 * Issue 4: path(from:, to:, maxHops:). The expected shortest length comes from a breadth-first
 * search over the graph the annotation describes; every returned step is checked in Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { claimGid, claimWithFigure, gid } from './ids.ts';
import { expectErrorCode, keyOf } from './responses.ts';

/** Undirected adjacency between node keys over the API-visible nodes the annotation creates, as path() may cross them. */
function annotationGraph(): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    (adj.get(x) ?? adj.set(x, new Set()).get(x)!).add(y);
    (adj.get(y) ?? adj.set(y, new Set()).get(y)!).add(x);
  };
  const article = `article/${a.article.id}`;
  const claim = (id: string) => `claim/${a.article.id}/${id}`;
  // The article's MENTIONS of every entity are not crossed (src/graph/read/cypher/path.ts): they would
  // put any two entities of an article two hops apart.
  [a.article.author, a.article.publisher, ...a.article.cites, ...(a.article.caption?.creditedTo ?? [])]
    .filter((x): x is string => !!x)
    .forEach((e) => link(article, e));
  for (const ch of a.channels) for (const e of [ch.operator, ch.platform]) if (e) link(`channel/${ch.id}`, e);
  for (const c of a.claims) {
    link(claim(c.id), article);
    for (const e of [...c.claimants, ...c.mentions, ...c.via]) link(claim(c.id), e);
    if (c.channel) link(claim(c.id), `channel/${c.channel}`);
  }
  for (const r of a.relations) link(r.from, r.to);
  for (const r of a.claimRelations) link(claim(r.from), claim(r.to));
  return adj;
}

function shortestDistance(from: string, to: string): number | null {
  const adj = annotationGraph();
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const x = queue.shift()!;
    if (x === to) return dist.get(x)!;
    for (const y of adj.get(x) ?? []) {
      if (dist.has(y)) continue;
      dist.set(y, dist.get(x)! + 1);
      queue.push(y);
    }
  }
  return null;
}

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) { length nodes { __typename id } steps { from { id } relationship to { id } } }
}`;
type PathResult = {
  length: number;
  nodes: { __typename: string; id: string }[];
  steps: { from: { id: string }; relationship: string; to: { id: string } }[];
};

describe('path over HTTP', () => {
  const { server, db } = seededServer();
  const path = async (from: string, to: string, maxHops?: number): Promise<PathResult | null> =>
    expectData(await server.graphql(PATH, { from, to, maxHops })).path;

  /** Steps chain the nodes in order, and each is a real relationship of that type and direction. */
  async function expectChained(p: PathResult, from: string, to: string) {
    expect(p.nodes[0].id).toBe(from);
    expect(p.nodes.at(-1)!.id).toBe(to);
    expect(p.steps).toHaveLength(p.length);
    expect(p.nodes).toHaveLength(p.length + 1);
    expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
    for (const [i, step] of p.steps.entries()) {
      const ends = [p.nodes[i].id, p.nodes[i + 1].id];
      expect([step.from.id, step.to.id].sort(), `step ${i}`).toEqual([...ends].sort());
      const found = await db.read((tx) =>
        tx.run('MATCH (x {id: $from})-[r]->(y {id: $to}) WHERE type(r) = $type RETURN count(r) AS n', {
          from: keyOf(step.from.id),
          to: keyOf(step.to.id),
          type: step.relationship,
        }),
      );
      expect(found.records[0].get('n'), `step ${i}: ${keyOf(step.from.id)} -[${step.relationship}]-> ${keyOf(step.to.id)}`).toBe(1);
    }
  }

  it('connects the Pentagon and the Kremlin through claims, by a shortest path whose steps chain', async () => {
    const [from, to] = [gid('org/pentagon'), gid('org/kremlin')];
    const distance = shortestDistance('org/pentagon', 'org/kremlin')!;
    const p = await path(from, to, 6);
    expect(p, 'no path within 6 hops').not.toBeNull();
    expect(p!.length).toBe(distance);
    await expectChained(p!, from, to);
    // Not through the article's MENTIONS list, which would make any two entities 2 hops apart.
    expect(p!.length).toBeGreaterThan(2);
    expect(p!.nodes.some((n) => n.__typename === 'Claim')).toBe(true);
    expect(await path(from, to, distance - 1)).toBeNull();
  });

  it('connects claims, people, groups and channels by shortest paths whose steps chain', async () => {
    const c498 = claimWithFigure(498).id;
    for (const [x, y] of [
      [`claim/${a.article.id}/${c498}`, 'person/svetlana-golub'],
      ['person/svetlana-golub', 'group/pentagon-official'],
      ['channel/ukraine-defense-ministry-facebook', 'org/reuters'],
    ]) {
      const p = await path(gid(x), gid(y), 6);
      expect(p, `${x} → ${y}`).not.toBeNull();
      expect(p!.length, `${x} → ${y}`).toBe(shortestDistance(x, y));
      await expectChained(p!, gid(x), gid(y));
    }
  });

  it('a step keeps the relationship direction whichever way the path is read', async () => {
    const [golub, committee] = [gid('person/svetlana-golub'), gid('org/soldiers-mothers-committee')];
    const forward = await path(golub, committee, 1);
    const backward = await path(committee, golub, 1);
    const step = { from: { id: golub }, relationship: 'HEAD_OF', to: { id: committee } };
    expect(forward!.steps).toEqual([step]);
    expect(backward!.steps).toEqual([step]);
    expect(backward!.nodes.map((n) => n.id)).toEqual([committee, golub]);
  });

  it('is null when the nodes are further apart than maxHops', async () => {
    const distance = shortestDistance('org/pentagon', 'org/kremlin')!;
    expect(distance).toBeGreaterThan(1);
    expect(await path(gid('org/pentagon'), gid('org/kremlin'), distance - 1)).toBeNull();
    expect((await path(gid('org/pentagon'), gid('org/kremlin'), distance))!.length).toBe(distance);
  });

  it('from a node to itself is the node alone', async () => {
    const id = claimGid(a.claims[0].id);
    expect(await path(id, id)).toEqual({ length: 0, nodes: [{ __typename: 'Claim', id }], steps: [] });
  });

  it('is null, not an error, when an end does not exist', async () => {
    expect(await path(gid('person/nobody'), gid('org/kremlin'))).toBeNull();
    expect(await path(gid('org/kremlin'), gid('person/nobody'))).toBeNull();
  });

  it('maxHops outside 1..6 is BAD_USER_INPUT', async () => {
    for (const maxHops of [0, 7, -1]) {
      expectErrorCode(await server.graphql(PATH, { from: gid('org/pentagon'), to: gid('org/kremlin'), maxHops }), 'BAD_USER_INPUT', 'path');
    }
    // The bounds themselves are allowed.
    for (const maxHops of [1, 6])
      expect((await server.graphql(PATH, { from: gid('org/pentagon'), to: gid('org/kremlin'), maxHops })).errors).toBeUndefined();
  });

  it('a malformed end id is BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(PATH, { from: 'not an id', to: gid('org/kremlin') }), 'BAD_USER_INPUT', 'path');
    expectErrorCode(await server.graphql(PATH, { from: gid('org/kremlin'), to: '%%%' }), 'BAD_USER_INPUT', 'path');
  });
});

describe('regression: Path.length had no resolver (null for a non-null Int, so every path errored)', () => {
  const { server } = seededServer();

  it('returns length equal to the number of steps', async () => {
    const response = await server.graphql(
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { length steps { relationship } } }`,
      {
        from: gid('person/svetlana-golub'),
        to: gid('org/soldiers-mothers-committee'),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.path).toEqual({ length: 1, steps: [{ relationship: 'HEAD_OF' }] });
  });
});
