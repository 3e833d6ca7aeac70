/**
 * Issue 3: specific facts of the seed graph, checked in Cypher against the real database.
 * Names and values come from the issue and the article text; keys from the annotation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';

describe('the seed graph: facts from the article', () => {
  const db = testDatabase();
  const one = async (cypher: string, params: Record<string, unknown> = {}) => {
    const result = await db.read((tx) => tx.run(cypher, params));
    return result.records.map((r) => r.toObject());
  };

  beforeAll(() => resetToSeed(db));
  afterAll(() => db.close());

  it('Svetlana Golub is HEAD_OF the Soldiers\' Mothers Committee', async () => {
    const rows = await one(`
      MATCH (p:Person:Entity {name: 'Svetlana Golub'})-[r:HEAD_OF]->(o:Organization:Entity)
      RETURN o.name AS org, o.kind AS kind, r.evidence AS evidence`);
    expect(rows).toHaveLength(1);
    expect(rows[0].org).toBe("Soldiers' Mothers Committee");
    expect(rows[0].kind).toBe('NGO');
    expect(a.text).toContain(rows[0].evidence as string);
    expect(rows[0].evidence).toContain('head of');
  });

  it("Russia's defense ministry said the 498 figure on 2022-03-02, via Reuters", async () => {
    const rows = await one(`
      MATCH (c:Claim)-[:HAS_FIGURE]->(f:Figure {value: 498})
      MATCH (c)-[:CLAIMED_BY]->(who:Entity)
      MATCH (c)-[:REPORTED_VIA]->(via:Organization)
      RETURN c.saidOn = date('2022-03-02') AS onMarch2, c.saidOnPrecision AS precision,
             collect(DISTINCT who.id) AS claimants, collect(DISTINCT via.name) AS via,
             f.measure AS measure, f.approximate AS approximate`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ onMarch2: true, precision: 'DAY', via: ['Reuters'], measure: 'killed', approximate: false });
    expect(rows[0].claimants).toEqual(['org/russia-defense-ministry']);
  });

  it("Golub's phone has been ringing \"since Thursday\": the claim refers to 2022-02-24, six days before publication", async () => {
    const rows = await one(`
      MATCH (c:Claim)-[:CLAIMED_BY]->(:Person {name: 'Svetlana Golub'})
      WHERE c.refersTo IS NOT NULL
      RETURN c.refersTo = date('2022-02-24') AS onFeb24, c.refersToText AS words, c.evidenceText AS evidence, c.saidOn AS saidOn`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ onFeb24: true, words: 'since Thursday', saidOn: null });
    expect(rows[0].evidence).toContain('since Thursday');
  });

  it("the Pentagon official's claim came via the New York Times, said on 2022-03-01", async () => {
    const rows = await one(`
      MATCH (c:Claim)-[:CLAIMED_BY]->(g:Group)-[:MEMBER_OF]->(:Organization {name: 'Pentagon'})
      MATCH (c)-[:REPORTED_VIA]->(via:Organization)
      RETURN c.text AS text, toString(c.saidOn) AS saidOn, collect(via.name) AS via`);
    expect(rows).toHaveLength(1);
    expect(rows[0].saidOn).toBe('2022-03-01');
    expect(rows[0].via).toEqual(['The New York Times']);
    expect(rows[0].text).toMatch(/morale/i);
  });

  it("the Facebook channel is operated by Ukraine's defense ministry and hosted on Facebook", async () => {
    const rows = await one(`
      MATCH (ch:Channel)-[:HOSTED_ON]->(pl:Organization {name: 'Facebook'})
      MATCH (ch)-[:OPERATED_BY]->(op:Entity)
      OPTIONAL MATCH (c:Claim)-[:VIA_CHANNEL]->(ch)
      RETURN ch.medium AS medium, op.id AS operator, pl.kind AS platformKind, collect(c.id) AS claims`);
    expect(rows).toHaveLength(1);
    expect(rows[0].operator).toBe('org/ukraine-defense-ministry');
    expect(rows[0].platformKind).toBe('PLATFORM');
    expect(rows[0].medium).toBe('facebook-page');
    const channel = a.channels.find((c) => c.platform === 'org/facebook')!;
    const expected = a.claims.filter((c) => c.channel === channel.id).map((c) => `claim/${a.article.id}/${c.id}`);
    expect([...(rows[0].claims as string[])].sort()).toEqual(expected.sort());
  });

  it('the 6,000 figure CONTRADICTS the 498 figure', async () => {
    const rows = await one(`
      MATCH (x:Claim)-[:HAS_FIGURE]->(:Figure {value: 6000})
      MATCH (y:Claim)-[:HAS_FIGURE]->(:Figure {value: 498})
      MATCH (x)-[r:CONTRADICTS]->(y)
      RETURN r.reason AS reason`);
    expect(rows).toHaveLength(1);
    expect(rows[0].reason).toMatch(/6,000/);
    expect(rows[0].reason).toMatch(/498/);
  });

  it('the belief of Golub and military experts DISPUTES the 498 figure', async () => {
    const rows = await one(`
      MATCH (x:Claim {kind: 'BELIEF', modality: 'BELIEVED'})-[r:DISPUTES]->(y:Claim)-[:HAS_FIGURE]->(:Figure {value: 498})
      MATCH (x)-[:CLAIMED_BY]->(who:Entity)
      RETURN r.reason AS reason, collect(who.name) AS claimants`);
    expect(rows).toHaveLength(1);
    expect([...(rows[0].claimants as string[])].sort()).toEqual(['Svetlana Golub', 'military experts']);
    expect(rows[0].reason).toBeTruthy();
  });

  it('the article keeps its publication time with the -06:00 offset', async () => {
    const rows = await one(`
      MATCH (a:Article)
      RETURN a.publishedAt.offset AS offset, a.publishedAt.hour AS hour, a.publishedAt.minute AS minute,
             a.publishedAt.epochMillis AS epochMillis, a.publishedAtText AS printed`);
    expect(rows).toHaveLength(1);
    // The page prints "Mar 2, 2022 1:16 PM CST": 13:16 local time, six hours behind UTC.
    expect(rows[0]).toMatchObject({ offset: '-06:00', hour: 13, minute: 16, printed: 'Mar 2, 2022 1:16 PM CST' });
    expect(rows[0].epochMillis).toBe(Date.UTC(2022, 2, 2, 19, 16));
  });

  it('every claim carries its evidence offsets, and they slice exactly its text', async () => {
    const rows = await one(`
      MATCH (c:Claim)-[:APPEARS_IN]->(a:Article)
      WITH a, collect(c) AS claims
      RETURN size(claims) AS claims,
             size([x IN claims WHERE x.evidenceStart IS NOT NULL AND x.evidenceEnd > x.evidenceStart
                   AND substring(a.text, x.evidenceStart, x.evidenceEnd - x.evidenceStart) = x.evidenceText]) AS exact,
             [x IN claims WHERE coalesce(substring(a.text, x.evidenceStart, x.evidenceEnd - x.evidenceStart) <> x.evidenceText, true) | x.id] AS wrong`);
    expect(rows[0].wrong).toEqual([]);
    expect(rows[0].claims).toBe(a.claims.length);
    expect(rows[0].exact).toBe(a.claims.length);
  });

  it('the stored article text is the text file, byte for byte', async () => {
    const rows = await one('MATCH (a:Article) RETURN a.text AS text, size(a.text) AS size');
    expect(rows[0].text).toBe(a.text);
    // Same length in Neo4j as in JavaScript, so evidence offsets mean the same on both sides.
    expect(rows[0].size).toBe(a.text.length);
  });
});
