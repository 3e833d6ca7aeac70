/**
 * A predicate adjective joined by "and" to another shares its subject and copula
 * (src/ingest/attribution/frames/conjoined-adjectives.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a predicate adjective joined to another', () => {
  it("speaks for the first adjective's subject", async () => {
    const text = 'Mayor Lena Ortiz was tired and openly skeptical that the council would pass the levy.';
    expect(await namedContents(text)).toEqual([[['Lena Ortiz'], 'that the council would pass the levy']]);
  });

  it('reads each adjective of a shared subject', async () => {
    const text = 'Most county farmers are worried about the drought and angry that the state has not helped them.';
    expect(await namedContents(text)).toContainEqual([['Most county farmers'], 'that the state has not helped them']);
  });
});
