/**
 * A quotation closed by an inverted verb and a titled name ('"S," said former tenant X during Y'):
 * when the parser hangs the name elsewhere or takes the quotation for the verb's subject, the name
 * after the verb still speaks (src/ingest/attribution/quotes/closing-speakers.ts), on a real CoreNLP
 * parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an inverted name after a closing quotation', () => {
  it('speaks for a quotation the parser made the subject', async () => {
    const text =
      '“Picture a flooded cellar, its pump humming, its walls dripping while the landlord says, ‘Our insurer must decide first,’ ” said former tenant Ivy Castellano during the second hearing, urging the council to act.';
    expect(await claimantsOf(text, 'Picture a flooded cellar')).toEqual(['Ivy Castellano']);
  });
});
