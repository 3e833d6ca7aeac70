/**
 * updateClaim, deleteClaim and Claim.origin through HTTP on the real Neo4j: corrections, the
 * EXTRACTED → EDITED transition, claims(filter: {origin}), the history, and refusals that write nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, graphFingerprint, HISTORY, writer } from './support.ts';

const claimKey = (local: string) => `claim/${seedAnnotation.article.id}/${local}`;
const seedClaim = (local: string) => seedAnnotation.claims.find((c) => c.id === local)!;
const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');

const UPDATE = `
  mutation($id: ID!, $input: ClaimUpdate!) {
    updateClaim(id: $id, input: $input) {
      id text kind modality origin saidOn { date precision } claimants { id } reportedVia { id } channel { id }
    }
  }`;
const DELETE = `mutation($id: ID!) { deleteClaim(id: $id) { id edit { operation targetId before after } } }`;
const ORIGIN_COUNT = `query($origin: ClaimOrigin) { claims(filter: {origin: $origin}, first: 0) { totalCount } }`;

describe('updateClaim and deleteClaim', () => {
  const { server, db } = seededServer();

  it('fixes a claimant and reorders the outlets; a curated claim stays CURATED; the edit is in the claim and article history', async () => {
    const c06 = seedClaim('c06');
    const fixed = ['org/ukraine-defense-ministry'];
    const via = ['org/associated-press', ...c06.via];
    const data = expectData(
      await server.graphql(UPDATE, { id: gid(claimKey('c06')), input: { claimants: fixed.map(gid), reportedVia: via.map(gid) } }, writer),
    ).updateClaim;
    expect(data.claimants.map((e: { id: string }) => e.id)).toEqual(fixed.map(gid));
    expect(data.reportedVia.map((e: { id: string }) => e.id)).toEqual(via.map(gid));
    expect(data.origin).toBe('CURATED');
    expect(data.text).toBe(c06.text);

    for (const id of [claimKey('c06'), `article/${seedAnnotation.article.id}`]) {
      const [edit] = expectData(await server.graphql(HISTORY, { id: gid(id) })).history.nodes;
      expect(edit.operation).toBe('UPDATE_CLAIM');
      expect(JSON.parse(edit.before)).toMatchObject({ claimants: c06.claimants, reportedVia: c06.via });
      expect(JSON.parse(edit.after)).toMatchObject({ claimants: fixed, reportedVia: via });
    }
  });

  it('sets and clears the date and the channel, and changes kind, modality and text', async () => {
    const channel = `channel/${seedAnnotation.channels[0].id}`;
    const set = expectData(
      await server.graphql(
        UPDATE,
        {
          id: gid(claimKey('c12')),
          input: { saidOn: '2022-03-01', channel: gid(channel), kind: 'QUOTE', modality: 'HEDGED', text: 'Golub says it is chaos.' },
        },
        writer,
      ),
    ).updateClaim;
    expect(set).toMatchObject({
      saidOn: { date: '2022-03-01', precision: 'DAY' },
      channel: { id: gid(channel) },
      kind: 'QUOTE',
      modality: 'HEDGED',
      text: 'Golub says it is chaos.',
    });
    const cleared = expectData(
      await server.graphql(UPDATE, { id: gid(claimKey('c12')), input: { saidOn: null, channel: null } }, writer),
    ).updateClaim;
    expect(cleared.saidOn).toBeNull();
    expect(cleared.channel).toBeNull();
    const history = expectData(await server.graphql(HISTORY, { id: gid(claimKey('c12')) })).history;
    expect(history.nodes.map((e: { sequence: number }) => e.sequence)).toEqual(
      [...history.nodes.map((e: { sequence: number }) => e.sequence)].sort((a, b) => b - a),
    );
    expect(history.totalCount).toBe(2);
  });

  it('an extracted claim becomes EDITED when a person changes it, and claims(filter: {origin}) finds each kind', async () => {
    const ingested = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { claims { id origin } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle;
    expect(ingested.claims.length).toBeGreaterThan(1);
    expect(new Set(ingested.claims.map((c: { origin: string }) => c.origin))).toEqual(new Set(['EXTRACTED']));
    const target = ingested.claims[0].id;
    const edited = expectData(await server.graphql(UPDATE, { id: target, input: { modality: 'HEDGED' } }, writer)).updateClaim;
    expect(edited.origin).toBe('EDITED');

    const count = async (origin: string | null) => expectData(await server.graphql(ORIGIN_COUNT, { origin })).claims.totalCount;
    expect(await count('CURATED')).toBe(seedAnnotation.claims.length);
    expect(await count('EDITED')).toBe(1);
    expect(await count('EXTRACTED')).toBe(ingested.claims.length - 1);
    expect(await count(null)).toBe(seedAnnotation.claims.length + ingested.claims.length);
  });

  it('deletes a claim and its figures; its history keeps the deletion with the claim as it was', async () => {
    const withFigure = seedAnnotation.claims.find((c) => c.figures.length > 0 && c.id !== 'c06')!;
    const key = claimKey(withFigure.id);
    const deleted = expectData(await server.graphql(DELETE, { id: gid(key) }, writer)).deleteClaim;
    expect(deleted.id).toBe(gid(key));
    expect(deleted.edit.after).toBeNull();
    expect(JSON.parse(deleted.edit.before)).toMatchObject({ id: key, text: withFigure.text });
    const gone = expectData(await server.graphql('query($id: ID!) { claim(id: $id) { id } }', { id: gid(key) }));
    expect(gone.claim).toBeNull();
    const figures = await db.read((tx) =>
      tx.run('MATCH (f:Figure) WHERE f.id STARTS WITH $prefix RETURN count(f) AS n', { prefix: `${key}#` }),
    );
    expect(figures.records[0].get('n')).toBe(0);
    const [edit] = expectData(await server.graphql(HISTORY, { id: gid(key) })).history.nodes;
    expect(edit).toMatchObject({ operation: 'DELETE_CLAIM', target: null });
  });

  it.each([
    ['an empty input', () => ({ id: gid(claimKey('c01')), input: {} })],
    ['no claimants', () => ({ id: gid(claimKey('c01')), input: { claimants: [] } })],
    ['an unknown claimant', () => ({ id: gid(claimKey('c01')), input: { claimants: [gid('person/nobody-at-all')] } })],
    ['an outlet that is a place', () => ({ id: gid(claimKey('c01')), input: { reportedVia: [gid('place/kyiv')] } })],
    ['an unknown channel', () => ({ id: gid(claimKey('c01')), input: { channel: gid('channel/no-such-channel') } })],
    ['a null text', () => ({ id: gid(claimKey('c01')), input: { text: null } })],
    ['a date that is not a date', () => ({ id: gid(claimKey('c01')), input: { saidOn: 'last Tuesday' } })],
    ['an unknown claim', () => ({ id: gid(claimKey('c99')), input: { text: 'x' } })],
    ['an article id', () => ({ id: gid(`article/${seedAnnotation.article.id}`), input: { text: 'x' } })],
  ])('updateClaim refuses %s with BAD_USER_INPUT and writes nothing', async (_, variables) => {
    const before = await graphFingerprint(db);
    const response = await server.graphql(UPDATE, variables(), writer);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('deleteClaim refuses an unknown claim (BAD_USER_INPUT) and a request without the writer role, writing nothing', async () => {
    const before = await graphFingerprint(db);
    expect((await server.graphql(DELETE, { id: gid(claimKey('c99')) }, writer)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(DELETE, { id: gid(claimKey('c01')) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await server.graphql(DELETE, { id: gid(claimKey('c01')) }, { authorization: 'Bearer wrong-key-0123456789' })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(await graphFingerprint(db)).toBe(before);
  });
});
