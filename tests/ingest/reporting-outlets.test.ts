/**
 * Outlets known only by the credit that closes a sentence (src/ingest/entities/reporting-outlets.ts,
 * attribution/credits/described-outlets.ts): a name neither the gazetteer nor a media word marks, a
 * medium's noun standing for the outlet named before, a name after "the newspaper", and an outlet's
 * "adds", on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia, namedClaims } from '../support/named-claims.ts';

describe('an outlet known by its closing credit', () => {
  it('is a name reporting another speaker\'s claim ("…, Milenio reports"), not the claimant of the sentence', async () => {
    expect(await claimsWithVia('Councilwoman Rosa Ibarra said the dam would be finished by 2030, Milenio reports.')).toEqual([
      { claimants: ['Rosa Ibarra'], via: ['Milenio'] },
    ]);
    // A name whose last word says it is a company or an institution carries nothing.
    expect(await claimsWithVia('Managers said sales had slowed in the quarter, Acme Corp reports.')).toEqual([
      { claimants: ['Managers'], via: [] },
    ]);
  });

  it('is named after its kind of medium ("the Greek daily Kathimerini reports", "according to the newspaper Marca")', async () => {
    expect(await claimsWithVia('Port officials said the ferry had run aground, the Greek daily Kathimerini reports.')).toEqual([
      { claimants: ['Port officials'], via: ['Kathimerini'] },
    ]);
    expect(await claimsWithVia('The coach said the club would appeal, according to the newspaper Marca.')).toEqual([
      { claimants: ['coach'], via: ['Marca'] },
    ]);
  });

  it('is the outlet named before that "the station" stands for', async () => {
    const list = await namedClaims(
      'A cannery in Dunlow closed in March, KXAN reports. Workers say they were never paid for their last month, the station reports.',
    );
    expect(list.find((c) => /never paid/.test(c.evidence))).toMatchObject({ claimants: ['Workers'], via: ['KXAN'] });
    // Opening the sentence ("As the station noted, S"), the outlet's credit is its own claim, not a carrier.
    const opening = await namedClaims(
      'A cannery in Dunlow closed in March, KXAN reports. As the station noted, it is odd because the owner has never had much to say about the town.',
    );
    expect(opening.at(-1)).toMatchObject({ claimants: ['KXAN'], via: [] });
  });

  it('carries what it "adds" ("…, Reuters adds"), as it does what it reports', async () => {
    expect(await claimsWithVia('The ministry said the talks had stalled over fishing rights, Reuters adds.')).toEqual([
      { claimants: ['ministry'], via: ['Reuters'] },
    ]);
  });

  it('is a news outlet the gazetteer knows ("ESPN reports", then "the broadcaster notes")', async () => {
    const list = await namedClaims(
      'The club fined its striker on Monday, ESPN reports. The striker said he would not renew his contract, the broadcaster notes.',
    );
    expect(list.find((c) => /renew/.test(c.evidence))).toMatchObject({ claimants: ['striker'], via: ['ESPN'] });
  });
});
