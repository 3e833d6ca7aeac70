/**
 * A speaker's second verb of saying, a participle after "before" that the parser hangs inside the first
 * content as an oblique ("said S before predicting S2"), reads on its own and
 * the first content ends before it (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real
 * CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('participles joined by before', () => {
  it('cuts "said S before predicting S2", the participle hung as an oblique', async () => {
    const found = await readings('Mayor Tom Reyes said the deal was finished before predicting that the unions would sign it by June.');
    expect(found).toContainEqual(['say', 'Tom Reyes', 'the deal was finished']);
    expect(found).toContainEqual(['predict', 'Tom Reyes', 'that the unions would sign it by June']);
  });
});
