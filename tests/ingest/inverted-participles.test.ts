/**
 * "The senator defended her plan, saying S": the parser can hang "saying" on the verb of what it
 * says, after it (as its mark, subject or dep), so that verb's subject is the participle's content's
 * own, not one it shares with the first content; the participle still reads on its own
 * (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('participles hung on what they say', () => {
  it('cuts "defended her plan to X, saying S" (saying: a dep of S\'s verb) into two readings of one speaker', async () => {
    const text = 'Senator Ana Ruiz defended her plan to expand rural broadband, saying the costs would fall within five years.';
    const found = await readings(text);
    expect(found).toContainEqual(['say', 'Ana Ruiz', 'the costs would fall within five years']);
    expect(found).toContainEqual(['defend', 'Ana Ruiz', 'to expand rural broadband']);
  });

  it('cuts "denounced X that V Y, saying S" (saying: the mark of S\'s verb) into two readings of one speaker', async () => {
    const text =
      'Mayor Ed Park has denounced landlords that raise rents sharply, saying his office doesn’t want “that kind of greed” in the city.';
    const found = await readings(text);
    expect(found).toContainEqual(['denounce', 'Ed Park', 'landlords that raise rents sharply']);
    expect(found).toContainEqual(['say', 'Ed Park', 'his office doesn’t want “that kind of greed” in the city']);
  });
});
