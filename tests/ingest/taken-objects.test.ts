/**
 * A recall or claim of a counted thing or a prize, or an organization's recall, takes it, it says nothing
 * (src/ingest/attribution/filters/taken-objects.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a recall or claim that takes something', () => {
  it('reads no claim in a counted or prized object', async () => {
    for (const text of [
      'The flash flood in the canyon claimed nine lives on Friday.',
      'A 12-year-old from Quito claimed the regional spelling crown on Saturday.',
      'The toy maker recalled 12,000 wooden rattles last week.',
      'Harlow Dairy Co. recalled its strawberry yogurt after customers found bits of plastic.',
      'Velcor Foods Recalls Frozen Pizzas Over Listeria Fears',
      'Apex Toys Inc. is recalling wooden puzzles sold at Target.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => /^(claim|recall)/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps a claim of something said and a recalled year', async () => {
    for (const [text, cue] of [
      ['The harbor board claimed on Monday that the levy would pay for the new pier.', 'claim'],
      ['Ruel spoke at length, recalling a 1998 harbor levy that had failed.', 'recall'],
      ['Mayor Ortiz recalled the night the levee broke.', 'recall'],
    ]) {
      expect(
        (await cueReadings(text)).map((c) => c.split(':')[0]),
        text,
      ).toContain(cue);
    }
  });
});
