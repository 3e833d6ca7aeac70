/**
 * "Citing budget worries, the board delayed the vote": a participle the tagger took for an
 * adjective of its object reports that object for the clause's subject
 * (frames/adjective-participles.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents, parsedAttributions } from '../support/parsed-attributions.ts';

describe("a participle read as its object's adjective", () => {
  it('"Citing X, the board delayed the vote" is the board\'s, about X', async () => {
    const text = 'Citing budget worries, the board delayed the vote.';
    expect(await namedContents(text)).toContainEqual([['the board'], 'budget worries']);
  });

  it('leaves a plain adjective alone ("the ruling party")', async () => {
    expect(await parsedAttributions('The ruling party lost the vote in the spring.')).toEqual([]);
  });
});
