/**
 * Names that are no entity of the type the tagger gives (src/ingest/entities/): the field word of a
 * cabinet title ("Interior Secretary Dana Whitfield") is no organization of its own, and "The
 * Yemeni said" or "A Guatemalan who works … said" is one unnamed person of a people, a Group as "a
 * Yemeni" is. Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { namedClaims } from '../support/named-claims.ts';

describe("a cabinet title's field word", () => {
  it('makes no organization of its own; the person is the speaker', async () => {
    const text =
      'Interior Secretary Dana Whitfield said Tuesday that the department will pause new leases in Wyoming. ' +
      'Energy Secretary Luis Ortega backed the pause.';
    const types = await entityTypes(text);
    expect(types['Dana Whitfield']).toBe('Person');
    expect(types).not.toHaveProperty('Interior');
    expect(types).not.toHaveProperty('Energy');
    const claims = await namedClaims(text);
    expect(claims.some((c) => c.claimants.includes('Dana Whitfield'))).toBe(true);
  });

  it('makes none beside the department the text names in full', async () => {
    const text =
      'Commerce Secretary Helen Park said she had not been briefed. ' +
      'Transportation Secretary Nina Albright said shippers had added two weeks to their routes. ' +
      'The Commerce Department said the review would take six months.';
    const types = await entityTypes(text);
    expect(types).not.toHaveProperty('Commerce');
    expect(types).not.toHaveProperty('Transportation');
    expect(types['Commerce Department']).toBe('Organization');
  });

  it('a body holding the post stays an organization', async () => {
    const types = await entityTypes('Army Secretary Paul Verde said recruiting had improved, the Pentagon said.');
    expect(types['Paul Verde']).toBe('Person');
    expect(types.Army).toBe('Organization');
  });
});

describe("a people's adjective as the speaker", () => {
  it('"The Yemeni said" is one unnamed person of that people: a Group', async () => {
    const types = await entityTypes(
      'Houthi officials said the group fired the drone. The Yemeni said in a video that more attacks would follow.',
    );
    expect(types.Yemeni).toBe('Group');
  });

  it('"A Guatemalan who works …" is a Group though no list knows the people', async () => {
    const types = await entityTypes('A Guatemalan who works on a banana farm near the coast said the water rose in minutes.');
    expect(types.Guatemalan).toBe('Group');
  });

  it("a body named with the people's adjective stays an organization", async () => {
    const types = await entityTypes('The Yemeni Embassy said the visa was valid.');
    expect(types['Yemeni Embassy']).toBe('Organization');
  });
});
