/**
 * "S, some residents now think.": a closing cue the parser made the root and gave two subjects, the
 * reported clause's and the speaker's (src/ingest/attribution/frames/doubled-subjects.ts), on a real
 * CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a closing cue with the reported clause as a second subject', () => {
  it.each([
    [
      'And, thanks to the feud on the council, a tax-free summer for the harbor would all-but-guarantee Reyes is voted out in the fall, some residents now think.',
      'tax-free summer',
      'residents',
    ],
  ])('is spoken by the subject right before the cue: %s', async (text, content, speaker) => {
    expect(((await claimantsOf(text, content)) ?? []).join(' ')).toContain(speaker);
  });
});
