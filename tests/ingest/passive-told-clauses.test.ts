/**
 * "Residents told CNN the bridge was washed away": without "that", the parser may make the telling the
 * clausal subject of a passive reported clause (`csubj:pass`, "the bridge" the object of "told"); it is read
 * back like the active form (boundaries/told-clauses.ts), off real CoreNLP parses of sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('a telling made the subject of a passive clause', () => {
  it.each([
    ['Witnesses told Reuters the convoy was hit twice.', 'Witnesses', 'the convoy was hit twice'],
    ['Residents told CNN the bridge was washed away.', 'Residents', 'the bridge was washed away'],
  ])('reads %s', async (text, speaker, words) => {
    const found = await parsedAttributions(text);
    const claim = found.find((a) => contentText(text, a, ' | ').includes(words));
    expect(claim, shownReadings(text, found)).toBeDefined();
    expect(claim!.claimants[0].name).toContain(speaker);
  });
});
