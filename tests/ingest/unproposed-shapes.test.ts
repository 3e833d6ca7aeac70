/**
 * Attributions no frame proposed before (PolNeAR train misses): a told clause the parser read as a
 * relative clause on the listener, a headline name with a word tagged as an interjection or adjective,
 * "From the report: “S”" and a name after an ellipsis before a quotation. Real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

async function claimantOf(text: string, content: string): Promise<string[]> {
  const found = await parsedAttributions(text);
  const claim = found.find((a) => contentText(text, a).includes(content));
  expect(claim, shownReadings(text, found)).toBeDefined();
  return claim!.claimants.map((c) => c.name);
}

describe('attributions no frame proposed', () => {
  it('reads a told clause hung on the listener as a relative clause', async () => {
    const text = 'The director of the Harbor Trust, Lena Varga, told the AP her group never met the developers.';
    expect(await claimantOf(text, 'her group never met the developers')).toContain('Lena Varga');
  });

  it('reads a headline name behind a capitalised word the tagger took for an adjective', async () => {
    const text = 'EXCLUSIVE – Dana Whitfield: Don’t Sell the Old Mill.';
    expect(await claimantOf(text, 'Sell the Old Mill')).toEqual(['Dana Whitfield']);
  });

  it('reads "From the report:" before a quotation', async () => {
    const text = 'From the report: “Most of the grants went to firms with no record of building anything.”';
    expect(await claimantOf(text, 'Most of the grants went to firms')).toEqual(['the report']);
  });

  it('reads a name after an ellipsis before a quotation', async () => {
    const text = 'She posted about ... Dana Whitfield: “Thanks for the kind words on the bridge vote.”';
    expect(await claimantOf(text, 'Thanks for the kind words')).toEqual(['Dana Whitfield']);
  });
});
