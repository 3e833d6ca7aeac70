/**
 * A title-case headline's ordinary word that the tagger takes for a name ("Crypto Founder Hid
 * Millions") is no entity when the body writes it only in lower case; on real CoreNLP parses of
 * short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('ordinary words capitalised by a headline', () => {
  it('"Crypto" in the headline, "crypto" in the body: no entity', async () => {
    const typed = await entityKinds(
      [
        'Prosecutors: Crypto Founder Hid Millions in Bahamas',
        '',
        'Federal prosecutors say Evan Marsh, founder of the collapsed crypto exchange Coinvault, moved $40 million to the Bahamas.',
      ].join('\n'),
    );
    expect(typed.Crypto).toBeUndefined();
    expect(typed).toMatchObject({ 'Evan Marsh': 'Person', Bahamas: 'Place' });
  });

  it('a headline name the body repeats capitalised stays', async () => {
    const typed = await entityKinds(
      [
        'Apple Sues Supplier Over Leaked Designs',
        '',
        'Apple has sued a former supplier in Shenzhen, saying it leaked designs for two phones, Reuters reports. Apple said the apple-shaped logo was copied too.',
      ].join('\n'),
    );
    expect(typed).toMatchObject({ Apple: 'Organization/OTHER' });
  });
});
