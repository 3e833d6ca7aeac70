/** Issue 4: contradictions, and Claim.contradicts / disputes / disputedBy, over HTTP. */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { claimGid, claimWithFigure } from './ids.ts';
import { expectErrorCode, sorted } from './responses.ts';

describe('contradictions over HTTP', () => {
  const { server } = seededServer();
  const c498 = claimGid(claimWithFigure(498).id);
  const c6000 = claimGid(claimWithFigure(6000).id);
  const belief = claimGid(a.claims.find((c) => c.kind === 'BELIEF' && c.claimants.includes('person/svetlana-golub'))!.id);

  it('returns every CONTRADICTS and DISPUTES pair of the annotation, with its reason', async () => {
    const data = expectData(await server.graphql(`{ contradictions { a { id } b { id } type reason } }`));
    const expected = a.claimRelations
      .filter((r) => r.type === 'CONTRADICTS' || r.type === 'DISPUTES')
      .map((r) => ({ a: { id: claimGid(r.from) }, b: { id: claimGid(r.to) }, type: r.type, reason: r.reason }));
    expect(expected.length).toBe(2);
    expect(sorted(data.contradictions.map((x: unknown) => JSON.stringify(x)))).toEqual(sorted(expected.map((x) => JSON.stringify(x))));
  });

  it('the 6,000 figure contradicts the 498 figure; the Golub belief disputes it', async () => {
    const data = expectData(await server.graphql(`{ contradictions { a { id text } b { id figures { value } } type reason } }`));
    const byType = Object.fromEntries(data.contradictions.map((x: any) => [x.type, x]));
    expect(byType.CONTRADICTS.a.id).toBe(c6000);
    expect(byType.CONTRADICTS.b).toEqual({ id: c498, figures: [{ value: 498 }] });
    expect(byType.CONTRADICTS.reason).toMatch(/6,000/);
    expect(byType.DISPUTES.a.id).toBe(belief);
    expect(byType.DISPUTES.a.text).toMatch(/Golub and military experts/);
    expect(byType.DISPUTES.b.id).toBe(c498);
  });

  it('a side of a contradiction reaches its provenance', async () => {
    const data = expectData(
      await server.graphql(`{ contradictions { type b { provenance { role node { id ... on Entity { name } } } } } }`),
    );
    const contradicts = data.contradictions.find((x: any) => x.type === 'CONTRADICTS');
    expect(contradicts.b.provenance.filter((s: any) => s.role === 'INTERMEDIARY').map((s: any) => s.node.name)).toEqual(['Reuters']);
  });

  it('first limits the list', async () => {
    const data = expectData(await server.graphql(`{ contradictions(first: 1) { type } }`));
    expect(data.contradictions).toHaveLength(1);
    expectErrorCode(await server.graphql(`{ contradictions(first: 101) { type } }`), 'BAD_USER_INPUT');
  });

  it('Claim.contradicts works in both directions; disputes and disputedBy follow the arrow', async () => {
    const data = expectData(
      await server.graphql(
        `query($x: ID!, $y: ID!, $z: ID!) {
          x: claim(id: $x) { contradicts { id } disputes { id } disputedBy { id } }
          y: claim(id: $y) { contradicts { id } disputes { id } disputedBy { id } }
          z: claim(id: $z) { contradicts { id } disputes { id } disputedBy { id } }
        }`,
        { x: c498, y: c6000, z: belief },
      ),
    );
    expect(data.x).toEqual({ contradicts: [{ id: c6000 }], disputes: [], disputedBy: [{ id: belief }] });
    expect(data.y).toEqual({ contradicts: [{ id: c498 }], disputes: [], disputedBy: [] });
    expect(data.z).toEqual({ contradicts: [], disputes: [{ id: c498 }], disputedBy: [] });
  });
});
