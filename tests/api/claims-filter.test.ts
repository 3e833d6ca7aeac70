/** Issue 4: claim(id:) and claims(filter:, orderBy:) over HTTP, every filter and both orders. */
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, MODALITIES, type AnnotatedClaim } from '../../src/graph/annotation.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { articleGid, claimGid, gid } from './ids.ts';
import { sorted } from './responses.ts';

const CLAIMS = `query($filter: ClaimFilter, $orderBy: ClaimOrder) {
  claims(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { id } }
}`;
const ids = (claims: AnnotatedClaim[]) => claims.map((c) => claimGid(c.id));
const saidOn = (c: AnnotatedClaim) => c.saidOn?.date ?? null;

describe('claims over HTTP', () => {
  const { server } = seededServer();

  /** The claim ids claims(filter:) returns, after checking totalCount agrees with the page. */
  async function filtered(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
    const data = expectData(await server.graphql(CLAIMS, { filter, orderBy }));
    expect(data.claims.totalCount).toBe(data.claims.nodes.length);
    return data.claims.nodes.map((n: { id: string }) => n.id);
  }
  /** claims(filter:) returns exactly the annotation's claims that pass `pick`, and at least one. */
  async function expectFilter(filter: Record<string, unknown>, pick: (c: AnnotatedClaim) => boolean) {
    const expected = ids(a.claims.filter(pick));
    expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
    expect(sorted(await filtered(filter)), JSON.stringify(filter)).toEqual(sorted(expected));
  }

  it('claim(id:) returns the claim with its annotated fields', async () => {
    for (const c of a.claims) {
      const data = expectData(
        await server.graphql(
          `query($id: ID!) { claim(id: $id) { id text quote kind modality verb saidOn { date precision text } evidence { start end text } } }`,
          { id: claimGid(c.id) },
        ),
      );
      expect(data.claim, c.id).toEqual({
        id: claimGid(c.id),
        text: c.text,
        quote: c.quote ?? null,
        kind: c.kind,
        modality: c.modality,
        verb: c.verb,
        saidOn: c.saidOn ?? null,
        evidence: c.evidence,
      });
    }
  });

  it('claims() without a filter returns every claim', async () => {
    expect(sorted(await filtered({}))).toEqual(sorted(ids(a.claims)));
  });

  it('filter.claimant', async () => {
    await expectFilter({ claimant: gid('person/svetlana-golub') }, (c) => c.claimants.includes('person/svetlana-golub'));
    await expectFilter({ claimant: gid('group/military-experts') }, (c) => c.claimants.includes('group/military-experts'));
    await expectFilter({ claimant: gid('org/russia-defense-ministry') }, (c) => c.claimants.includes('org/russia-defense-ministry'));
  });

  it('filter.mentions', async () => {
    await expectFilter({ mentions: gid('group/russian-forces') }, (c) => c.mentions.includes('group/russian-forces'));
    await expectFilter({ mentions: gid('org/kremlin') }, (c) => c.mentions.includes('org/kremlin'));
  });

  it('filter.reportedVia', async () => {
    for (const outlet of a.article.cites) await expectFilter({ reportedVia: gid(outlet) }, (c) => c.via.includes(outlet));
  });

  it('filter.article', async () => {
    await expectFilter({ article: articleGid }, () => true);
  });

  it('filter.kind, for every kind', async () => {
    for (const kind of CLAIM_KINDS) {
      const expected = ids(a.claims.filter((c) => c.kind === kind));
      expect(sorted(await filtered({ kind })), kind).toEqual(sorted(expected));
    }
  });

  it('filter.modality, for every modality', async () => {
    for (const modality of MODALITIES) {
      const expected = ids(a.claims.filter((c) => c.modality === modality));
      expect(sorted(await filtered({ modality })), modality).toEqual(sorted(expected));
    }
  });

  it('filter.saidFrom and filter.saidTo (inclusive; undated claims never match)', async () => {
    await expectFilter({ saidFrom: '2022-03-02' }, (c) => saidOn(c) !== null && saidOn(c)! >= '2022-03-02');
    await expectFilter({ saidTo: '2022-03-01' }, (c) => saidOn(c) !== null && saidOn(c)! <= '2022-03-01');
    await expectFilter({ saidFrom: '2022-03-01', saidTo: '2022-03-01' }, (c) => saidOn(c) === '2022-03-01');
    expect(await filtered({ saidFrom: '2022-03-03' })).toEqual([]);
  });

  it('filter.text matches the text or the quote, case-insensitively', async () => {
    const contains = (c: AnnotatedClaim, s: string) => [c.text, c.quote ?? ''].some((t) => t.toLowerCase().includes(s.toLowerCase()));
    await expectFilter({ text: 'SEA OF TEARS' }, (c) => contains(c, 'sea of tears'));
    await expectFilter({ text: 'killed' }, (c) => contains(c, 'killed'));
    // "unfortunate" is only in a quote, never in a normalized text.
    expect(a.claims.some((c) => c.text.toLowerCase().includes('unfortunate'))).toBe(false);
    await expectFilter({ text: 'Unfortunate' }, (c) => contains(c, 'unfortunate'));
    expect(await filtered({ text: 'no claim says this' })).toEqual([]);
  });

  it('filters combine with AND', async () => {
    await expectFilter(
      { claimant: gid('org/russia-defense-ministry'), kind: 'FIGURE', saidFrom: '2022-03-02', reportedVia: gid('org/reuters') },
      (c) =>
        c.claimants.includes('org/russia-defense-ministry') &&
        c.kind === 'FIGURE' &&
        saidOn(c) !== null &&
        saidOn(c)! >= '2022-03-02' &&
        c.via.includes('org/reuters'),
    );
    await expectFilter(
      { mentions: gid('group/russian-forces'), modality: 'BELIEVED', text: 'kremlin' },
      (c) => c.mentions.includes('group/russian-forces') && c.modality === 'BELIEVED' && c.text.toLowerCase().includes('kremlin'),
    );
  });

  it('a filter on an entity that exists but claims nothing is an empty list, not an error', async () => {
    expect(a.claims.some((c) => c.claimants.includes('org/facebook'))).toBe(false);
    expect(await filtered({ claimant: gid('org/facebook') })).toEqual([]);
    expect(await filtered({ claimant: gid('person/nobody') })).toEqual([]);
  });

  // All seed claims are created in one load, so creation order is the annotation's order.
  it('orderBy CREATED ASC is the annotation order; DESC is its reverse', async () => {
    expect(await filtered({}, { field: 'CREATED', direction: 'ASC' })).toEqual(ids(a.claims));
    expect(await filtered({}, { field: 'CREATED', direction: 'DESC' })).toEqual(ids(a.claims).reverse());
    expect(await filtered({})).toEqual(ids(a.claims)); // the default
  });

  it('orderBy SAID_ON sorts by date (ties in creation order) and puts undated claims last in both directions', async () => {
    const dated = a.claims.map((c, seq) => ({ c, seq })).filter(({ c }) => c.saidOn);
    const undated = a.claims.map((c, seq) => ({ c, seq })).filter(({ c }) => !c.saidOn);
    expect(dated.length).toBeGreaterThan(1);
    expect(new Set(dated.map(({ c }) => saidOn(c))).size).toBeGreaterThan(1);
    const by = (dir: 1 | -1) => (x: { c: AnnotatedClaim; seq: number }, y: { c: AnnotatedClaim; seq: number }) =>
      dir * (saidOn(x.c)! < saidOn(y.c)! ? -1 : saidOn(x.c)! > saidOn(y.c)! ? 1 : x.seq - y.seq);
    const asc = [...[...dated].sort(by(1)), ...undated].map(({ c }) => claimGid(c.id));
    const desc = [...[...dated].sort(by(-1)), ...[...undated].reverse()].map(({ c }) => claimGid(c.id));
    expect(await filtered({}, { field: 'SAID_ON', direction: 'ASC' })).toEqual(asc);
    expect(await filtered({}, { field: 'SAID_ON', direction: 'DESC' })).toEqual(desc);
  });

  it('orderBy applies within a filter', async () => {
    const golub = a.claims.filter((c) => c.claimants.includes('person/svetlana-golub'));
    expect(await filtered({ claimant: gid('person/svetlana-golub') }, { field: 'CREATED', direction: 'DESC' })).toEqual(
      ids(golub).reverse(),
    );
  });
});
