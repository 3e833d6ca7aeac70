/**
 * "Rural voters blast Reyes", "Governor Ruiz blasts Senator Tom Reyes over the tariff plan": a verb of
 * stance the tagger read as a noun and the parser hung as a compound on (or over) the name it is aimed
 * at speaks for the noun just before it (frames/compound-verbs.ts); on real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a stance verb read as a compound noun', () => {
  it('"Rural voters blast Reyes" reads the voters\' stance on Reyes', async () => {
    expect(await readings('Rural voters blast Reyes.')).toContainEqual([['Rural voters'], 'Reyes']);
  });

  it('"Governor Ruiz blasts Senator Tom Reyes over S" reads Ruiz\'s stance', async () => {
    const text = 'Governor Ruiz blasts Senator Tom Reyes over the tariff plan.';
    expect(await readings(text)).toContainEqual([['Ruiz'], 'Senator Tom Reyes over the tariff plan']);
  });

  it('"Angry farmers blast levy on diesel" reads the farmers\' stance on a common noun', async () => {
    expect(await readings('Angry farmers blast levy on diesel.')).toContainEqual([['Angry farmers'], 'levy on diesel']);
  });
});
