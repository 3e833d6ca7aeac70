/**
 * "X's call to S" where the parser made the possessed noun the subject of the infinitive after it
 * (src/ingest/attribution/frames/possessed-infinitives.ts), on a real CoreNLP parse of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a possessed noun the parser made the subject of its infinitive', () => {
  it('credits the possessor with the infinitive hung on the main verb', async () => {
    const text = "Despite Governor Tom Reyes's call to abandon the toll plan, the council voted for it.";
    expect(await namedContents(text)).toContainEqual([['Tom Reyes'], 'to abandon the toll plan']);
  });

  it('credits the possessor with the infinitive made a clausal subject', async () => {
    const text = "Dana Whitfield's proposal to tax yachts is sound policy and smart politics.";
    expect(await namedContents(text)).toContainEqual([['Dana Whitfield'], 'to tax yachts']);
  });

  it('leaves out the finite clause hung on the infinitive', async () => {
    const text = "Mayor Ortiz's promise to reopen the mill as her first act has shown how far the town has fallen.";
    expect(await namedContents(text)).toContainEqual([['Ortiz'], 'to reopen the mill']);
  });
});
