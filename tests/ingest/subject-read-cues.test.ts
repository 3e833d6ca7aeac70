/**
 * "A study published Thursday by the Kessler Foundation says fewer than half of workers have found
 * jobs": the parser makes the paper's participle the main verb and hangs "says" on the reported clause
 * as its subject; the verb is still the cue and the paper's maker the speaker
 * (src/ingest/attribution/frames/subject-read-cues.ts), on real CoreNLP parses of sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a speech verb the parser read as part of the clause it reports', () => {
  it('"A study published Thursday by X says fewer than half …" is X\'s claim', async () => {
    const text =
      'A study published Thursday by the Kessler Foundation says fewer than half of disabled workers who lost their jobs during the pandemic have found new ones.';
    expect(await claimantsOf(text, 'fewer than half of disabled workers')).toEqual(['Kessler Foundation']);
  });
});
