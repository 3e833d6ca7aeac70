/**
 * A speaker's second verb of saying joined to the first content by a comma and "but" ("said that S, but
 * cautioned against S2", also 'said "S," but cautioned S2' with the comma inside the quotation mark) reads on
 * its own, and the first content ends before the comma
 * (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real CoreNLP parse of sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('second sayings joined by ", but"', () => {
  it('cuts "said that S, but cautioned against S2" into two readings of one speaker', async () => {
    const text =
      'Councillor Ann Patel said on Monday that she had voted for the harbour levy, but cautioned against reading that as support for the mayor.';
    const found = await readings(text);
    expect(found).toContainEqual(['say', 'Ann Patel', 'that she had voted for the harbour levy']);
    expect(found).toContainEqual(['caution', 'Ann Patel', 'against reading that as support for the mayor']);
  });

  it('cuts "said that S, but called it X"', async () => {
    const found = await readings(
      'Councillor Ann Patel said that she had not yet read the harbour plan, but called it a fair opening offer.',
    );
    expect(found).toContainEqual(['say', 'Ann Patel', 'that she had not yet read the harbour plan']);
    expect(found).toContainEqual(['call', 'Ann Patel', 'it a fair opening offer']);
  });

  it('cuts \'says S "…," but conceded S2\' where the comma stands inside the closing quotation mark', async () => {
    const text =
      'Councillor Vera Lind says the main aim of the levy is "to fix the roads," but conceded that the cost of the bridge repairs was a growing worry.';
    const found = await readings(text);
    expect(found).toContainEqual(['say', 'Vera Lind', 'the main aim of the levy is "to fix the roads']);
    expect(found).toContainEqual(['concede', 'Vera Lind', 'that the cost of the bridge repairs was a growing worry']);
  });

  it('leaves a second verb that is no saying inside the content', async () => {
    const found = await readings('Councillor Ann Patel said she had backed the harbour levy, but voted against the ferry budget.');
    expect(found.filter(([lemma]) => lemma === 'vote')).toEqual([]);
  });
});
