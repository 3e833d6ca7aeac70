/**
 * A stance participle with a "by" agent that the parser hangs on the clause after a comma
 * (src/ingest/attribution/frames/participle-agents.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a stance participle naming its agent', () => {
  it.each([
    [
      'A judge blocked the parking law, opposed by shop owners, because it would slow deliveries downtown.',
      'shop owners',
      'the parking law',
    ],
  ])('credits the agent with the noun described: %s', async (text, source, content) => {
    const found = await namedContents(text);
    expect(
      found.some(([names, said]) => names.some((n) => n.includes(source)) && said === content),
      JSON.stringify(found),
    ).toBe(true);
  });
});
