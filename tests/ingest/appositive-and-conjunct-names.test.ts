/**
 * Names the tagger calls PERSON that the text shows to be a body or a place: an appositive whose head
 * is a body's noun ("Kestrel, a Dutch shipping company": src/ingest/entities/appositive-bodies.ts), a
 * name right before "resident" (resident-compounds.ts), a place joined to a place after "of" on its
 * residents or with "nearby", and the first end of a stretch "between" two places (place-conjuncts.ts);
 * and a party's name with "and" inside before a lowercase "party" is one claimant
 * (src/ingest/nlp/and-joined-organizations.ts, attribution/sources/and-in-names.ts); on real CoreNLP
 * parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { claimWith } from '../support/named-claims.ts';

describe('names a description shows to be a body or a place', () => {
  it('"Kestrel, a Dutch shipping company," is an organization; "Harwell, the agency\'s director," a person', async () => {
    const typed = await entityTypes(
      "Kestrel, a Dutch shipping company, said two of its tankers were delayed by the strike. Harwell, the agency's director, said the budget was cut.",
    );
    expect(typed).toMatchObject({ Kestrel: 'Organization', Harwell: 'Person' });
  });

  it('"Tarrow resident Jana Holm": Tarrow is a place, Jana Holm a person', async () => {
    const typed = await entityTypes('Tarrow resident Jana Holm said the tap water was brown for a week.');
    expect(typed).toMatchObject({ Tarrow: 'Place', 'Jana Holm': 'Person' });
  });

  it('"Residents of Port Selwyn and nearby Marrick": both are places', async () => {
    const typed = await entityTypes('Residents of Port Selwyn and nearby Marrick said the river rose overnight.');
    expect(typed).toMatchObject({ 'Port Selwyn': 'Place', Marrick: 'Place' });
  });

  it('"the channel between Garvey and Skye Island": Garvey is a place', async () => {
    const typed = await entityTypes('The coast guard closed the channel between Garvey and Skye Island, a spokesman said.');
    expect(typed).toMatchObject({ Garvey: 'Place', 'Skye Island': 'Place' });
  });

  it('a person named in full before a stretch "between" stays a person', async () => {
    const typed = await entityTypes(
      'Senator Dara Wilkes criticised the deal. Talks between Wilkes and Canada stalled on Monday, officials said.',
    );
    expect(typed).toMatchObject({ 'Dara Wilkes': 'Person' });
    expect(
      Object.entries(typed)
        .filter(([, type]) => type === 'Place')
        .map(([name]) => name),
    ).not.toContain('Wilkes');
  });

  it('"the Law and Justice party called it" is one party speaking, not "Law" and a "Justice party"', async () => {
    const text = 'Romanian leaders welcomed the ruling, while the Law and Justice party called it "a betrayal of voters."';
    expect((await claimWith(text, 'a betrayal of voters'))?.claimants).toEqual(['Law and Justice']);
  });

  it('an untagged "The Law and Justice party said" is one party too', async () => {
    const text = 'The Law and Justice party said the court had overstepped its powers.';
    const claimants = (await claimWith(text, 'the court had overstepped'))?.claimants ?? [];
    expect(claimants).toHaveLength(1);
    expect(claimants[0]).toMatch(/^Law and Justice( party)?$/);
  });
});
