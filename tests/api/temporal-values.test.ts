/**
 * Statements return temporal properties printed by Neo4j (`toString`) rather than as driver
 * temporal objects (src/graph/read/cypher/projections.ts). Pinned here: the API's dates and
 * date-times name the same day, instant and UTC offset as the stored values, read back through
 * the driver's own temporal types, for every claim and article, through every path that reads
 * them (a claims page, a claim by id, a contradiction, search, the provenance chain).
 */
import neo4j, { type Date as Neo4jDate, type DateTime as Neo4jDateTime } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graph/ids.ts';
import { expectData, seededServer } from '../support/harness.ts';

interface Stored {
  createdAt: Neo4jDateTime;
  saidOn: Neo4jDate | null;
  refersTo: Neo4jDate | null;
}

const instant = (dt: Neo4jDateTime) => dt.toStandardDate().getTime();
const offsetOf = (iso: string) =>
  iso.endsWith('Z') ? 0 : (iso.slice(-6, -5) === '-' ? -1 : 1) * (Number(iso.slice(-5, -3)) * 3600 + Number(iso.slice(-2)) * 60);

describe('temporal values over HTTP', () => {
  const { server, db } = seededServer();
  const stored = new Map<string, Stored>();
  let article: { id: string; publishedAt: Neo4jDateTime };

  beforeAll(async () => {
    await db.read(async (tx) => {
      const claims = await tx.run(
        'MATCH (c:Claim) RETURN c.id AS id, c.createdAt AS createdAt, c.saidOn AS saidOn, c.refersTo AS refersTo',
      );
      for (const r of claims.records)
        stored.set(toGlobalId(r.get('id')), { createdAt: r.get('createdAt'), saidOn: r.get('saidOn'), refersTo: r.get('refersTo') });
      const [a] = (await tx.run('MATCH (a:Article) RETURN a.id AS id, a.publishedAt AS publishedAt')).records;
      article = { id: toGlobalId(a.get('id')), publishedAt: a.get('publishedAt') };
    });
  });

  const expectSameAsStored = (claim: {
    id: string;
    createdAt: string;
    saidOn: { date: string } | null;
    refersTo: { date: string } | null;
  }) => {
    const s = stored.get(claim.id)!;
    expect(s, claim.id).toBeDefined();
    expect(Date.parse(claim.createdAt)).toBe(instant(s.createdAt));
    expect(offsetOf(claim.createdAt)).toBe(s.createdAt.timeZoneOffsetSeconds);
    expect(claim.saidOn?.date ?? null).toBe(s.saidOn ? s.saidOn.toString() : null);
    expect(claim.refersTo?.date ?? null).toBe(s.refersTo ? s.refersTo.toString() : null);
  };
  const CLAIM_DATES = 'id createdAt saidOn { date } refersTo { date }';

  it('a page of claims: every claim’s createdAt, saidOn and refersTo are the stored ones', async () => {
    const data = expectData(await server.graphql(`{ claims(first: 100) { nodes { ${CLAIM_DATES} } } }`));
    expect(data.claims.nodes.length).toBe(stored.size);
    expect(data.claims.nodes.some((c: any) => c.saidOn) && data.claims.nodes.some((c: any) => c.refersTo)).toBe(true);
    for (const claim of data.claims.nodes) expectSameAsStored(claim);
  });

  it('a claim by id, a contradiction’s claims and an entity’s claims agree with the store too', async () => {
    const [someId] = stored.keys();
    expectSameAsStored(expectData(await server.graphql(`query($id: ID!) { claim(id: $id) { ${CLAIM_DATES} } }`, { id: someId })).claim);
    const conflicts = expectData(
      await server.graphql(`{ contradictions(first: 10) { a { ${CLAIM_DATES} } b { ${CLAIM_DATES} } } }`),
    ).contradictions;
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) [c.a, c.b].forEach(expectSameAsStored);
    const golub = expectData(await server.graphql(`{ entity(name: "Golub") { claims(first: 20) { nodes { ${CLAIM_DATES} } } } }`)).entity;
    expect(golub.claims.nodes.length).toBeGreaterThan(0);
    for (const claim of golub.claims.nodes) expectSameAsStored(claim);
  });

  it('the article’s publishedAt keeps its instant and its UTC offset wherever it is read', async () => {
    const byId = expectData(await server.graphql(`query($id: ID!) { article(id: $id) { publishedAt } }`, { id: article.id })).article
      .publishedAt;
    const viaProvenance = expectData(
      await server.graphql(`{ claims(first: 1) { nodes { provenance { node { ... on Article { publishedAt } } } } } }`),
    ).claims.nodes[0].provenance.find((step: any) => step.node.publishedAt).node.publishedAt;
    const viaSearch = expectData(
      await server.graphql(`{ search(query: "Russian mothers", first: 20) { node { ... on Article { publishedAt } } } }`),
    ).search.find((hit: any) => hit.node.publishedAt)?.node.publishedAt;
    for (const printed of [byId, viaProvenance, viaSearch]) {
      expect(Date.parse(printed)).toBe(instant(article.publishedAt));
      expect(offsetOf(printed)).toBe(article.publishedAt.timeZoneOffsetSeconds);
    }
    expect(neo4j.isDateTime(article.publishedAt)).toBe(true);
  });
});
