/**
 * A verb whose object is a noun cue with its own reading ("expressed concern that S") gives way to the
 * noun's reading (src/ingest/attribution/filters/noun-cue-objects.ts), on real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parsedAttributions, contentText } from '../support/parsed-attributions.ts';

async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('noun cues as objects', () => {
  it("reads 'expressed doubt that S' once, through the noun", async () => {
    const text = 'Ms. Lindqvist expressed doubt that the merger would lower prices for rural customers.';
    const found = await readings(text);
    expect(found.map((f) => f[0])).not.toContain('express');
    expect(found.some(([, , content]) => content === 'that the merger would lower prices for rural customers')).toBe(true);
  });

  it("reads 'voiced confidence that S' once, through the noun", async () => {
    const text = 'Mayor Alvarez voiced confidence that the council would approve the budget before the summer recess.';
    const found = await readings(text);
    expect(found.map((f) => f[0])).not.toContain('voice');
    expect(found.some(([, , content]) => content.includes('the council would approve the budget'))).toBe(true);
  });

  it("keeps a verb whose object is no cue ('criticized the plan')", async () => {
    const text = 'Senator Okafor criticized the plan at a crowded meeting of dock workers.';
    expect((await readings(text)).map((f) => f[0])).toContain('criticize');
  });
});
