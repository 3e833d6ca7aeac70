/**
 * Readings whose object shows nothing was said (src/ingest/attribution/filters/questioned-people.ts,
 * shown-things.ts, declined-comments.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

async function readingsOf(text: string, lemma: string): Promise<string[]> {
  return (await cueReadings(text)).filter((c) => c.startsWith(`${lemma}:`));
}

describe('objects that tell no claim', () => {
  it('reads no claim in people questioned', async () => {
    for (const text of [
      'A county judge questioned lawyers for the school board on Thursday.',
      'Police questioned two neighbors of the victim for several hours.',
    ])
      expect(await readingsOf(text, 'question'), text).toEqual([]);
  });

  it('reads no claim in a thing a person shows to people', async () => {
    for (const text of [
      'Maria Alvarez showed reporters a map of the flooded streets.',
      'The farmer showed the damaged crops to visitors on Sunday.',
    ])
      expect(await readingsOf(text, 'show'), text).toEqual([]);
  });

  it('reads no claim in no comment or no details given', async () => {
    for (const text of ['The company offered no comment on the lawsuit.', "The hospital offered no details about the patient's condition."])
      expect(await readingsOf(text, 'offer'), text).toEqual([]);
  });

  it('keeps a thing questioned, what a poll shows and a defense offered', async () => {
    for (const [text, lemma, content] of [
      ["Senator Ruth Calder has questioned the agency's budget figures.", 'question', "the agency's budget figures"],
      ['Calder questioned whether the budget was realistic.', 'question', 'whether the budget was realistic'],
      ['A new poll shows Ruiz leading the race.', 'show', 'Ruiz leading the race'],
      ['The senator offered a spirited defense of the budget.', 'offer', 'a spirited defense of the budget'],
    ])
      expect(await readingsOf(text, lemma), text).toEqual([`${lemma}: ${content}`]);
  });
});
