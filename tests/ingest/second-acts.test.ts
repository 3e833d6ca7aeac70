/**
 * A first verb of saying whose lemma the cue model weighs little ("acknowledge") opens a pair with a
 * finite second saying after "and": the first content ends before "and", and the second verb reads on its
 * own (src/ingest/attribution/boundaries/second-acts.ts, joined-speech-verbs.ts), on a real CoreNLP parse
 * of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

describe('second acts after a lightly weighted verb of saying', () => {
  it('cuts "acknowledged that S and called X Y" into two readings of one speaker', async () => {
    const text =
      "In an interview last week, Ms. Ruiz acknowledged that she too found the ''bond ladder'' baffling and called the marina project ''a perfect example'' of how the plan had failed.";
    const found = (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
    expect(found).toContainEqual(['acknowledge', 'Ruiz', "that she too found the ''bond ladder'' baffling"]);
    expect(found).toContainEqual(['call', 'Ruiz', "the marina project ''a perfect example'' of how the plan had failed"]);
  });
});
