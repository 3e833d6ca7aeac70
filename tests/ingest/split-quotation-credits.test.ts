/**
 * A credit that closes a quotation the sentence splitter cut at its '?' or '!' takes the whole quotation as
 * its content, not the cue's object or "of" phrase (src/ingest/attribution/boundaries/split-quotation-credits.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

/** The content of the reading whose cue is `cue`, with its first claimant's name. */
async function readingOf(text: string, cue: string): Promise<[string | undefined, string] | undefined> {
  const found = await parsedAttributions(text);
  const a = found.find((x) => text.slice(x.cue.span.start, x.cue.span.end) === cue);
  expect(a, shownReadings(text, found)).toBeDefined();
  return a && [a.claimants[0]?.name, contentText(text, a)];
}

describe('credits closing a quotation split at its question or exclamation mark', () => {
  it('reads the question a titled speaker asked, not the person asked', async () => {
    const text = `The hearing turned tense. "Who signed off on the overtime?" Sen. Leon Marsh asked the agency's director, Karen Whitby.`;
    expect(await readingOf(text, 'asked')).toEqual(['Leon Marsh', 'Who signed off on the overtime?']);
  });

  it('gives a shouted quotation to the one who shouted it, not to the speaker before', async () => {
    const text =
      'The hearing turned tense. "Who signed off on the overtime?" Sen. Leon Marsh asked. "Build it now! Build it here!" Mayor Ellen Cruz shouted at one point, drawing cheers.';
    const found = await parsedAttributions(text);
    const quoted = found.filter((a) => contentText(text, a).includes('Build it now'));
    expect(
      quoted.map((a) => a.claimants[0]?.name),
      shownReadings(text, found),
    ).toEqual(['Ellen Cruz']);
  });

  it('reads the question, not the day it was asked on', async () => {
    const text = 'The board met again. "Is this fair to the families?" Councilman Ray Odom asked reporters on Monday.';
    expect(await readingOf(text, 'asked')).toEqual(['Ray Odom', 'Is this fair to the families?']);
  });

  it('reads a quotation cut at an inner question mark back to its opening mark, not the "of" phrase', async () => {
    const text =
      'Turnout was low. "Would we have scheduled the week differently? Absolutely," Dana Pruitt, a party strategist, said of the campaign.';
    expect(await readingOf(text, 'said')).toEqual(['Dana Pruitt', 'Would we have scheduled the week differently? Absolutely,']);
  });

  it('keeps a content the credit gives itself with "that"', async () => {
    const text = 'The vote was close. "Why wait?" Rep. Ann Cole said, adding that the votes were there.';
    const found = await parsedAttributions(text);
    const added = found.find((a) => a.cue.lemma === 'add');
    expect(added && contentText(text, added), shownReadings(text, found)).toBe('that the votes were there');
  });
});
