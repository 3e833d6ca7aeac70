/**
 * A noun of stance with no possessor names its holder in a "from"/"by"/"among" phrase before what
 * the stance is on ("warnings from the engineers about the dam") (src/ingest/attribution/frames/holder-phrases.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a stance held in a "from" phrase', () => {
  it('credits the holder with what the stance is on', async () => {
    const text = 'The vote was delayed amid stern warnings from the county engineers about the aging levee.';
    expect(await namedContents(text)).toContainEqual([['the county engineers'], 'the aging levee']);
  });

  it('credits the holder with a "that" clause after it', async () => {
    const text = 'The levy passed despite claims from several landlords that rents would soar.';
    expect(await namedContents(text)).toContainEqual([['several landlords'], 'that rents would soar']);
  });
});
