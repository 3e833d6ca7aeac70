/**
 * Issue 14: claim pages seek the claim links' indexes `(anchor, createdAt, seq, claim)`, so every
 * CLAIMED_BY, REPORTED_VIA and MENTIONS from a claim must carry its entity's id and its claim's
 * creation order, through every write: the loader, updateClaim, mergeEntities, deleteClaim and the
 * start-up migration of links written before they carried them. After each, the anchor's pages
 * (through HTTP, both directions) are compared with the claims found by expanding the anchor in
 * Neo4j and sorting them by the claim's own properties.
 */
import { describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/graph/database.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, writer } from './support.ts';

const claimKey = (local: string) => `claim/${seedAnnotation.article.id}/${local}`;

type Filter = 'claimant' | 'reportedVia' | 'mentions';
const REL: Record<Filter, string> = { claimant: 'CLAIMED_BY', reportedVia: 'REPORTED_VIA', mentions: 'MENTIONS' };

const PAGE = `
  query($filter: ClaimFilter!, $direction: OrderDirection!) {
    claims(filter: $filter, orderBy: {field: CREATED, direction: $direction}, first: 100) { totalCount nodes { id } }
  }`;

/** Links from claims whose copies disagree with their claim and entity (none may). */
async function staleLinks(db: GraphDatabase): Promise<number> {
  const result = await db.read((tx) =>
    tx.run(`
      MATCH (c:Claim)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(e:Entity)
      WHERE r.anchor IS NULL OR r.anchor <> e.id OR r.createdAt IS NULL OR r.createdAt <> c.createdAt
        OR r.seq IS NULL OR r.seq <> c.seq OR r.claim IS NULL OR r.claim <> c.id
      RETURN count(r) AS n`),
  );
  return Number(result.records[0].get('n'));
}

/** The anchor's claims as the pages must list them, found without the link indexes. */
async function expectedPage(db: GraphDatabase, filter: Filter, entity: string, direction: 'ASC' | 'DESC'): Promise<string[]> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (c:Claim)-[:${REL[filter]}]->(:Entity {id: $entity})
       RETURN c.id AS id ORDER BY c.createdAt ${direction}, c.seq ${direction}, c.id ${direction}`,
      { entity },
    ),
  );
  return result.records.map((r) => gid(r.get('id') as string));
}

describe('claim links keep their anchor and creation order through curation', () => {
  const { server, db } = seededServer();

  const expectPagesRight = async (filter: Filter, entity: string) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const data = expectData(await server.graphql(PAGE, { filter: { [filter]: gid(entity) }, direction })).claims;
      const expected = await expectedPage(db, filter, entity, direction);
      expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(expected);
      expect(data.totalCount).toBe(expected.length);
    }
  };

  it('the loader writes them on every claim link', async () => {
    const links = await db.read((tx) => tx.run('MATCH (:Claim)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(:Entity) RETURN count(r) AS n'));
    expect(Number(links.records[0].get('n'))).toBeGreaterThan(20);
    expect(await staleLinks(db)).toBe(0);
    const c06 = seedAnnotation.claims.find((c) => c.id === 'c06')!;
    await expectPagesRight('claimant', c06.claimants[0]);
    await expectPagesRight('reportedVia', c06.via[0]);
  });

  it('updateClaim: the new claimants and outlets list the claim in order, the old ones no longer do', async () => {
    const c06 = seedAnnotation.claims.find((c) => c.id === 'c06')!;
    const claimant = 'org/ukraine-defense-ministry';
    const via = ['org/associated-press', ...c06.via];
    expectData(
      await server.graphql(
        `mutation($id: ID!, $input: ClaimUpdate!) { updateClaim(id: $id, input: $input) { id } }`,
        { id: gid(claimKey('c06')), input: { claimants: [gid(claimant)], reportedVia: via.map(gid) } },
        writer,
      ),
    );
    expect(await staleLinks(db)).toBe(0);
    for (const entity of [claimant, ...c06.claimants]) await expectPagesRight('claimant', entity);
    for (const entity of via) await expectPagesRight('reportedVia', entity);
    const page = expectData(await server.graphql(PAGE, { filter: { claimant: gid(claimant) }, direction: 'ASC' })).claims;
    expect(page.nodes.map((n: { id: string }) => n.id)).toContain(gid(claimKey('c06')));
  });

  it("mergeEntities: the merged entity's claims and mentions move to the survivor's pages, in order", async () => {
    const into = 'org/russia-defense-ministry';
    const from = 'org/russia-defense-ministry-press-service';
    const before = (await expectedPage(db, 'claimant', from, 'ASC')).length + (await expectedPage(db, 'claimant', into, 'ASC')).length;
    expectData(
      await server.graphql(
        `mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { id } }`,
        {
          into: gid(into),
          from: [gid(from)],
        },
        writer,
      ),
    );
    expect(await staleLinks(db)).toBe(0);
    expect((await expectedPage(db, 'claimant', into, 'ASC')).length).toBe(before);
    for (const filter of ['claimant', 'mentions', 'reportedVia'] as const) await expectPagesRight(filter, into);
  });

  it("deleteClaim: the claim leaves its anchors' pages", async () => {
    const c = seedAnnotation.claims.find((x) => x.id !== 'c06' && x.claimants.length > 0)!;
    expectData(await server.graphql(`mutation($id: ID!) { deleteClaim(id: $id) { id } }`, { id: gid(claimKey(c.id)) }, writer));
    const page = expectData(await server.graphql(PAGE, { filter: { claimant: gid(c.claimants[0]) }, direction: 'ASC' })).claims;
    expect(page.nodes.map((n: { id: string }) => n.id)).not.toContain(gid(claimKey(c.id)));
    await expectPagesRight('claimant', c.claimants[0]);
  });

  it('links written before they carried their order get it at start-up, once', async () => {
    const stripped = await db.write(async (tx) =>
      Number(
        (
          await tx.run(
            'MATCH (:Claim)-[r:CLAIMED_BY|REPORTED_VIA|MENTIONS]->(:Entity) REMOVE r.anchor, r.createdAt, r.seq, r.claim RETURN count(r) AS n',
          )
        ).records[0].get('n'),
      ),
    );
    expect(await staleLinks(db)).toBe(stripped);
    expect((await applySchema(db)).claimLinksOrdered).toBe(stripped);
    expect(await staleLinks(db)).toBe(0);
    expect((await applySchema(db)).claimLinksOrdered).toBe(0);
    const c06 = seedAnnotation.claims.find((c) => c.id === 'c06')!;
    for (const entity of c06.via) await expectPagesRight('reportedVia', entity);
    await expectPagesRight('mentions', 'org/russia-defense-ministry');
  });
});
