/**
 * A vote told in a relative clause on its voter describes the person and is no claim
 * (src/ingest/attribution/filters/voting-relatives.ts), on real CoreNLP parses of sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

async function readings(text: string): Promise<Array<[string, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, contentText(text, a)]);
}

describe('a vote in a relative clause on the voter', () => {
  it('reads no claim in the voting record', async () => {
    for (const text of [
      'Councillor Mara Lent, who voted for the harbor levy last spring, said she would run again.',
      'Senator Ruel, who voted against the earlier budget bill in May, has called for a new one.',
    ]) {
      expect(
        (await readings(text)).map(([cue]) => cue),
        text,
      ).not.toContain('vote');
    }
  });

  it("keeps the speaker's own saying and a council's vote", async () => {
    const said = 'Councillor Mara Lent, who voted for the harbor levy last spring, said she would run again.';
    expect(await readings(said)).toContainEqual(['say', 'she would run again']);
    expect(await readings('The council voted for the levy on Monday.')).toEqual([['vote', 'the levy']]);
  });
});
