/**
 * Issue 4: Claim.provenance — claimant → channel → outlets → author → article → publisher —
 * and the other Claim fields, against the annotation.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotatedClaim } from '../../src/graph/annotation.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { annotatedEntity, articleGid, channelGid, claimGid, claimWithFigure, gid } from './ids.ts';
import { sorted } from './responses.ts';

const PROVENANCE = `provenance { role node { __typename id
  ... on Entity { name }
  ... on Channel { name medium operator { id name } platform { id name kind } }
  ... on Article { title } } }`;

/** The chain the annotation implies for a claim, as (role, id) pairs. */
function expectedChain(c: AnnotatedClaim) {
  return [
    ...c.claimants.map((id) => ({ role: 'CLAIMANT', id: gid(id) })),
    ...(c.channel ? [{ role: 'CHANNEL', id: channelGid(c.channel) }] : []),
    ...c.via.map((id) => ({ role: 'INTERMEDIARY', id: gid(id) })),
    ...(a.article.author ? [{ role: 'AUTHOR', id: gid(a.article.author) }] : []),
    { role: 'ARTICLE', id: articleGid },
    ...(a.article.publisher ? [{ role: 'PUBLISHER', id: gid(a.article.publisher) }] : []),
  ];
}

describe('claim provenance over HTTP', () => {
  const { server } = seededServer();
  const claim = async (localId: string) =>
    expectData(await server.graphql(`query($id: ID!) { claim(id: $id) { id ${PROVENANCE} } }`, { id: claimGid(localId) })).claim;

  it("the 498 claim: Russia's defense ministry → Reuters → Rob Quinn → the article → Newser", async () => {
    const c = await claim(claimWithFigure(498).id);
    const steps = c.provenance.map((s: any) => ({ role: s.role, type: s.node.__typename, name: s.node.name ?? s.node.title }));
    expect(steps).toEqual([
      { role: 'CLAIMANT', type: 'Organization', name: annotatedEntity('org/russia-defense-ministry').name },
      { role: 'INTERMEDIARY', type: 'Organization', name: 'Reuters' },
      { role: 'AUTHOR', type: 'Person', name: 'Rob Quinn' },
      { role: 'ARTICLE', type: 'Article', name: a.article.title },
      { role: 'PUBLISHER', type: 'Organization', name: 'Newser' },
    ]);
    expect(annotatedEntity('org/russia-defense-ministry').aliases).toContain("Russia's defense ministry");
  });

  it('a Facebook-channel claim: the ministry → its Facebook page → Business Insider → ... → Newser', async () => {
    const fb = a.channels.find((ch) => ch.platform === 'org/facebook')!;
    const local = a.claims.find((x) => x.channel === fb.id)!;
    const c = await claim(local.id);
    expect(c.provenance.map((s: any) => s.role)).toEqual(['CLAIMANT', 'CHANNEL', 'INTERMEDIARY', 'AUTHOR', 'ARTICLE', 'PUBLISHER']);
    const [claimant, channel, outlet, author, article, publisher] = c.provenance.map((s: any) => s.node);
    expect(claimant).toMatchObject({ __typename: 'Organization', id: gid('org/ukraine-defense-ministry') });
    expect(channel).toEqual({
      __typename: 'Channel',
      id: channelGid(fb.id),
      name: fb.name,
      medium: 'facebook-page',
      operator: { id: gid('org/ukraine-defense-ministry'), name: annotatedEntity('org/ukraine-defense-ministry').name },
      platform: { id: gid('org/facebook'), name: 'Facebook', kind: 'PLATFORM' },
    });
    expect(outlet).toMatchObject({ __typename: 'Organization', name: 'Business Insider' });
    expect(author).toMatchObject({ __typename: 'Person', name: 'Rob Quinn' });
    expect(article).toMatchObject({ __typename: 'Article', id: articleGid });
    expect(publisher).toMatchObject({ __typename: 'Organization', name: 'Newser' });
  });

  it('a claim with two claimants lists both first, in order', async () => {
    const local = a.claims.find((x) => x.claimants.length > 1)!;
    const c = await claim(local.id);
    expect(c.provenance.slice(0, 2).map((s: any) => s.node.id)).toEqual(local.claimants.map(gid));
    expect(c.provenance.slice(0, 3).map((s: any) => s.role)).toEqual(['CLAIMANT', 'CLAIMANT', 'INTERMEDIARY']);
  });

  it('every claim has the chain its annotation implies', async () => {
    const data = expectData(await server.graphql(`{ claims(first: 100) { nodes { id ${PROVENANCE} } } }`));
    expect(data.claims.nodes).toHaveLength(a.claims.length);
    for (const node of data.claims.nodes) {
      const local = a.claims.find((x) => claimGid(x.id) === node.id)!;
      expect(
        node.provenance.map((s: any) => ({ role: s.role, id: s.node.id })),
        local.id,
      ).toEqual(expectedChain(local));
    }
  });

  it('every claim has its annotated claimants, mentions, outlets, channel, saidOn and figures', async () => {
    const data = expectData(
      await server.graphql(`{ claims(first: 100) { nodes {
        id claimants { id } mentions { id } reportedVia { id } channel { id }
        saidOn { date precision text }
        figures { value approximate qualifier measure subject text }
      } } }`),
    );
    for (const node of data.claims.nodes) {
      const c = a.claims.find((x) => claimGid(x.id) === node.id)!;
      expect(
        node.claimants.map((e: any) => e.id),
        c.id,
      ).toEqual(c.claimants.map(gid));
      expect(sorted(node.mentions.map((e: any) => e.id)), c.id).toEqual(sorted(c.mentions.map(gid)));
      expect(
        node.reportedVia.map((e: any) => e.id),
        c.id,
      ).toEqual(c.via.map(gid));
      expect(node.channel, c.id).toEqual(c.channel ? { id: channelGid(c.channel) } : null);
      expect(node.saidOn, c.id).toEqual(c.saidOn ?? null);
      expect(node.figures, c.id).toEqual(c.figures.map((f) => ({ ...f, qualifier: f.qualifier ?? null })));
    }
  });

  it('Claim.figures of the 6,000 and 498 claims', async () => {
    const data = expectData(
      await server.graphql(
        `query($a: ID!, $b: ID!) {
        a: claim(id: $a) { figures { value approximate qualifier measure subject text } }
        b: claim(id: $b) { figures { value approximate qualifier measure subject text } }
      }`,
        { a: claimGid(claimWithFigure(6000).id), b: claimGid(claimWithFigure(498).id) },
      ),
    );
    // "Ukraine says around 6,000 Russian invaders have been killed" / "498 of its troops have died".
    expect(data.a.figures).toEqual([
      { value: 6000, approximate: true, qualifier: 'around', measure: 'killed', subject: 'Russian troops', text: 'around 6,000' },
    ]);
    expect(data.b.figures).toEqual([
      { value: 498, approximate: false, qualifier: null, measure: 'killed', subject: 'Russian troops', text: '498' },
    ]);
  });

  it('the Pentagon official claim came via the New York Times on 2022-03-01', async () => {
    const local = a.claims.find((x) => x.claimants.includes('group/pentagon-official'))!;
    const data = expectData(
      await server.graphql(`query($id: ID!) { claim(id: $id) { saidOn { date } reportedVia { name } claimants { name } } }`, {
        id: claimGid(local.id),
      }),
    );
    expect(data.claim).toEqual({
      saidOn: { date: '2022-03-01' },
      reportedVia: [{ name: 'The New York Times' }],
      claimants: [{ name: 'Pentagon official' }],
    });
  });
});
