/**
 * An outlet named in the claim's own sentence in forms a news summary writes: a statement or post
 * the outlet carried or translated (src/ingest/annotation/outlet-phrases.ts), and a credit set
 * between commas before a conjoined clause (src/ingest/attribution/credits/credit-before-conjunction.ts),
 * a participle on the claimant (annotation/source-participles.ts) and a "that" clause hung on the
 * occasion (attribution/frames/occasion-complements.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a work the outlet carried on', () => {
  it('credits "said in a statement carried by Al Arabiya"', async () => {
    expect(
      await claimsWithVia('Rebel spokesman Tarek Mounsi said in a statement carried by Al Arabiya that the raid was planned.'),
    ).toEqual([{ claimants: ['Tarek Mounsi'], via: ['Al Arabiya'] }]);
  });

  it('credits "said in a post translated by the BBC"', async () => {
    expect(await claimsWithVia('Cleric Hadi Talman said in a post translated by the BBC that the vote in Varsk was rigged.')).toEqual([
      { claimants: ['Hadi Talman'], via: ['BBC'] },
    ]);
  });
});

describe('a credit between commas before a conjoined clause', () => {
  it('credits the clause before it ("S, the BBC reports, while …")', async () => {
    const claims = await claimsWithVia('Rebels say they mined the Dornach road, the BBC reports, while the army blames smugglers.');
    expect(claims).toContainEqual({ claimants: ['Rebels'], via: ['BBC'] });
  });

  it('credits the clause before it ("S, CNN reports, and …")', async () => {
    const claims = await claimsWithVia('Police in Varsk say the driver fled, CNN reports, and a search is under way.');
    expect(claims).toContainEqual({ claimants: ['Police in Varsk'], via: ['CNN'] });
  });
});

describe('a participle on the claimant naming the outlet', () => {
  it('credits "X, quoted in the Tribune, said S"', async () => {
    expect(await claimsWithVia('Mayor Ilse Varga, quoted in the New York Times, said the Harwick dam would hold.')).toEqual([
      { claimants: ['Ilse Varga'], via: ['The New York Times'] },
    ]);
  });

  it('credits "X, reached by phone by the AP, said S"', async () => {
    expect(await claimsWithVia('A farmer in Oldmere, reached by phone by the AP, said the shelling went on all night.')).toEqual([
      { claimants: ['farmer in Oldmere'], via: ['Associated Press'] },
    ]);
  });

  it('credits "An activist quoted by Reuters said S" though the parser reads "quoted" as the verb', async () => {
    expect((await claimsWithVia('An activist quoted by Reuters said the blasts in Tarvo killed dozens.')).map((c) => c.via)).toEqual([
      ['Reuters'],
    ]);
  });
});

describe('a "that" clause the parser hangs on the occasion', () => {
  it('is the claim of "said in comments to the AP that S"', async () => {
    expect(await claimsWithVia('Mayor Ilse Varga said in comments to the AP that the Harwick dam would hold.')).toEqual([
      { claimants: ['Ilse Varga'], via: ['Associated Press'] },
    ]);
  });
});
