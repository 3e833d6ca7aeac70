/**
 * A cue in the perfect ("has said") that the parser left without a subject, hung loosely on an opening
 * participle, speaks for the name right before its auxiliary (src/ingest/attribution/frames/stranded-subjects.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf, parsedAttributions } from '../support/parsed-attributions.ts';

describe('"…, led by X, Y has said S" with the cue left without a subject', () => {
  it('credits the name before the auxiliary', async () => {
    const text =
      'Despite being surrounded by angry dock workers, led by union boss Tomas Reyes, Ines Varga has said the port will stay open through the winter.';
    expect(await claimantsOf(text, 'the port will stay open')).toEqual(['Ines Varga']);
  });

  it('reads no speaker into a relative clause in the perfect with no clause of its own', async () => {
    const text = 'The mayor struck notes similar to those Ines Varga had sounded at the harbor.';
    expect((await parsedAttributions(text)).some((a) => a.claimants.some((c) => c.name === 'Ines Varga'))).toBe(false);
  });
});
