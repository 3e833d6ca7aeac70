/**
 * The type and identity of named entities the tagger gets wrong (src/ingest/entities/): a body named
 * with its acronym ("… in Europe (OSCE)", "…, known as CPJ,") is one organization; a city that owns a
 * town's office ("Tyler's police chief") is a place; a name in apposition to "a think tank" is a
 * body; a business named like a person ("Tesla") is one unless the text names a person so. Real
 * CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { namedClaims } from '../support/named-claims.ts';

describe('bodies named with their acronym', () => {
  it('a name cut by the tagger and its acronym in parentheses are one organization', async () => {
    const text =
      'The Council for Maritime Safety and Co-operation in Asia (CMSCA) said the ferry was overloaded. ' +
      'The CMSCA added that the crew had ignored two warnings.';
    const claims = await namedClaims(text);
    const speakers = claims.flatMap((c) => c.claimants);
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(speakers).size).toBe(1);
    expect(speakers[0]).toMatch(/Council for Maritime Safety and Co-operation in Asia/);
    const types = await entityTypes(text);
    expect(types).not.toHaveProperty('Asia');
    expect(types).not.toHaveProperty('CMSCA');
  });

  it('an acronym given by "known as" joins the body named before it', async () => {
    const text =
      'The Alliance of Independent Grain Growers, known as AIGG, opposed the new export levy. ' +
      'AIGG said the levy would cost farmers $40 million a year.';
    const types = await entityTypes(text);
    expect(types['Alliance of Independent Grain Growers']).toBe('Organization');
    expect(types).not.toHaveProperty('AIGG');
  });

  it("a person's name before initials in parentheses stays a person", async () => {
    const text = 'Rep. Maria Teresa Lozano (MTL) said she would vote against the bill.';
    const types = await entityTypes(text);
    expect(types['Maria Teresa Lozano']).toBe('Person');
  });
});

describe('a city that owns a town office', () => {
  it('is a place, not a person', async () => {
    const text =
      "Tyler's police chief said the curfew would stay in place. Jackson's water utility said the boil notice would last a week.";
    const types = await entityTypes(text);
    expect(types.Tyler).toBe('Place');
    expect(types.Jackson).toBe('Place');
  });

  it('a person named in full keeps the type of a person', async () => {
    const text = "Governor Paul Jackson said the levee would hold. Jackson's police chief said nobody had been hurt.";
    const types = await entityTypes(text);
    expect(types['Paul Jackson']).toBe('Person');
    expect(types).not.toHaveProperty('Jackson');
  });
});

describe('bodies the tagger takes for people', () => {
  it('a name in apposition to "a think tank" is an organization', async () => {
    const types = await entityTypes('Korvald, a Brussels think tank, said the tariffs would cut growth by half a point.');
    expect(types.Korvald).toBe('Organization');
  });

  it('a business named like a person is an organization', async () => {
    const types = await entityTypes('Tesla said on Monday it would recall 4,000 trucks over a brake defect.');
    expect(types.Tesla).toBe('Organization');
  });

  it('a person of that name named in full stays a person', async () => {
    const types = await entityTypes('James Dyson said the plan was foolish. Dyson added that he would fight it in court.');
    expect(types['James Dyson']).toBe('Person');
    expect(types).not.toHaveProperty('Dyson');
  });
});
