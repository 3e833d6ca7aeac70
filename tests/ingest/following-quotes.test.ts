/**
 * A sentence of only speaker and cue, with no quotation closing before it, reads the quotation that opens
 * right after it (quotes/following-quotes.ts), read off real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/ingest/attribution/index.ts';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

const words = (text: string, a: Attribution) => contentText(text, a, ' | ');

describe('quotations after a speaker sentence', () => {
  it('credits the quotation after "X, the officer, said in a statement." to X', async () => {
    const text =
      'The county closed the pool on Elm Street last week.\n\nAmara Okafor, the health officer for Dunmore County, said in a statement. “The water failed every test we ran this spring.”';
    const found = await parsedAttributions(text);
    const said = found.find((a) => words(text, a).includes('failed every test'));
    expect(said, shownReadings(text, found)).toBeDefined();
    expect(said!.claimants[0].name).toBe('Amara Okafor');
  });

  it('credits the quotation after "X agreed." to X', async () => {
    const text =
      'Most growers in the valley expect a thin harvest.\n\nThe co-op’s Lena Brandvold agreed. “The frost took half the blossoms, and the rain took the rest.”';
    const found = await parsedAttributions(text);
    const agreed = found.find((a) => words(text, a).includes('frost took half'));
    expect(agreed, shownReadings(text, found)).toBeDefined();
    expect(agreed!.claimants[0].name).toBe('Lena Brandvold');
  });
});
