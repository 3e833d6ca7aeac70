/**
 * A "that" clause the parser hung on the participle that issued the medium of a saying ("said in a
 * statement released Friday that S") is the speaker's claim (frames/issued-medium-complements.ts), read
 * off real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('a that-clause under the participle that issued a medium', () => {
  it.each([
    ['The Velmont ministry said in a statement released Saturday that the border was closed.', 'Velmont ministry', 'the border was closed'],
    ['The harbor authority said in a notice posted Monday that the pier would stay shut.', 'harbor authority', 'the pier would stay shut'],
  ])('reads %s', async (text, speaker, words) => {
    const found = await parsedAttributions(text);
    const claim = found.find((a) => contentText(text, a, ' | ').includes(words));
    expect(claim, shownReadings(text, found)).toBeDefined();
    expect(claim!.claimants[0].name).toContain(speaker);
  });
});
