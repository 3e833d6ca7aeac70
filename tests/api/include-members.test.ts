/**
 * Entity.claims(includeMembers: true): "what did the Pentagon say?" The Pentagon made no claim
 * itself; its official did, one MEMBER_OF away. Expected values come from the seed annotation:
 * the entity's claims and those of every entity that is MEMBER_OF, PART_OF or HEAD_OF it (up to
 * three links), each claim naming its real claimant.
 */
import { describe, expect, it } from 'vitest';
import { seed, seedEntityNamed } from '../operations/seed-expectations.ts';
import { expectData, seededServer } from '../support/harness.ts';

const QUERY = `query($name: String!, $members: Boolean, $first: Int) {
  entity(name: $name) {
    claims(includeMembers: $members, first: $first) { totalCount nodes { text claimants { name } } }
  }
}`;

/** The entity and everything linked to it by MEMBER_OF/PART_OF/HEAD_OF, up to three links. */
function speakersFor(entityId: string): Set<string> {
  const speakers = new Set([entityId]);
  for (let depth = 0; depth < 3; depth++) {
    for (const r of seed.relations) if (['MEMBER_OF', 'PART_OF', 'HEAD_OF'].includes(r.type) && speakers.has(r.to)) speakers.add(r.from);
  }
  return speakers;
}

type Answer = { entity: { claims: { totalCount: number; nodes: { text: string; claimants: { name: string }[] }[] } } };

describe('Entity.claims(includeMembers:)', () => {
  const { server } = seededServer();
  const ask = async (name: string, members: boolean, first = 100) =>
    expectData(await server.graphql<Answer>(QUERY, { name, members, first })).entity.claims;

  it.each(['Pentagon', 'Russia', "Soldiers' Mothers Committee", 'Svetlana Golub'])(
    '%s: its own claims and its members’, parts’ and heads’',
    async (name) => {
      const entity = seedEntityNamed(name);
      const own = seed.claims.filter((c) => c.claimants.includes(entity.id));
      const speakers = speakersFor(entity.id);
      const withMembers = seed.claims.filter((c) => c.claimants.some((id) => speakers.has(id)));

      const plain = await ask(name, false);
      expect(plain.totalCount).toBe(own.length);
      const all = await ask(name, true);
      expect(all.totalCount).toBe(withMembers.length);
      expect(all.nodes.map((c) => c.text).sort()).toEqual(withMembers.map((c) => c.text).sort());
      // Each claim still names who really made it.
      for (const claim of all.nodes) {
        const expected = withMembers.find((c) => c.text === claim.text)!;
        expect(claim.claimants.map((e) => e.name)).toEqual(expected.claimants.map((id) => seed.entities.find((e) => e.id === id)!.name));
      }
    },
  );

  it('answers what the Pentagon said through its official', async () => {
    expect((await ask('Pentagon', false)).totalCount).toBe(0);
    const said = await ask('Pentagon', true);
    expect(said.totalCount).toBeGreaterThan(0);
    expect(said.nodes.every((c) => c.claimants.some((e) => e.name === seedEntityNamed('Pentagon official').name))).toBe(true);
  });

  it('pages through them', async () => {
    const all = await ask('Russia', true);
    expect(all.totalCount).toBeGreaterThan(1);
    const first = await ask('Russia', true, 1);
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.nodes.map((c) => c.text)).toEqual(all.nodes.slice(0, 1).map((c) => c.text));
  });
});
