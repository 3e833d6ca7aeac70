/**
 * A cue's sentence that ends on a colon after a few words of object reads the quotation the colon
 * announces (quotes/colon-quotes.ts), read off real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/ingest/attribution/index.ts';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

const words = (text: string, a: Attribution) => contentText(text, a, ' | ');

describe('quotations after a colon', () => {
  it('reads "released the following statement:" as the quotation in the next paragraph', async () => {
    const text =
      'The storm flooded the harbor at Port Alder on Friday.\n\nMayor Ines Varga released the following statement:\n\n“We will reopen the docks as soon as the water goes down.”';
    const found = await parsedAttributions(text);
    const statement = found.find((a) => words(text, a).includes('reopen the docks'));
    expect(statement, shownReadings(text, found)).toBeDefined();
    expect(statement!.claimants[0].name).toBe('Ines Varga');
  });

  it('reads "called them on it:" as the quotation in the paragraph after the colon', async () => {
    const text =
      'The panel kept asking about the old road tax.\n\nAt one point, Tomas Lindqvist called them on it:\n\n“Nobody in this valley has paid that tax since the bridge opened.”';
    const found = await parsedAttributions(text);
    const called = found.find((a) => words(text, a).includes('Nobody in this valley'));
    expect(called, shownReadings(text, found)).toBeDefined();
    expect(called!.claimants[0].name).toBe('Tomas Lindqvist');
  });
});
