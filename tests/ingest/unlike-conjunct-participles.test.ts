/**
 * "warned that the dam could fail and implying that S2": a participle the parser joined to the content's
 * verb, a verb of another form under a modal, is the speaker's own second saying, whatever the content's
 * subject (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real CoreNLP parse of a
 * sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('participles joined to a verb of another form', () => {
  it('cuts "warned that S could V and implying that S2" into two readings of one speaker', async () => {
    const text =
      'On Friday the mayor warned residents in a long interview that the old dam could fail this spring and implying that the county had hidden the risk.';
    const found = await namedContents(text);
    expect(found).toContainEqual([['the mayor'], 'that the old dam could fail this spring']);
    expect(found).toContainEqual([['the mayor'], 'that the county had hidden the risk']);
  });
});
