/**
 * A clause joined by a conjunction, with another speaker as its own subject, stands beside the reading
 * whose content it sits in (src/ingest/attribution/filters/own-subject-clauses.ts), on a real CoreNLP
 * parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content, on a real parse. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a, ' | ')]);
}

describe('own-subject clauses', () => {
  it("keeps 'suggested' beside 'calling for' ('X is calling for S after Y suggested S2'), and the first content ends before 'after'", async () => {
    const text =
      'A city councilman is calling for the festival to be canceled after the organizer suggested that the police were unprepared.';
    expect(await readings(text)).toEqual([
      ['call', 'A city councilman', 'for the festival to be canceled'],
      ['suggest', 'the organizer', 'that the police were unprepared'],
    ]);
  });

  it('keeps a joined clause with no cue of its own inside the content', async () => {
    const text = 'The mayor said the new stadium would bring jobs, while the old arena would become a park.';
    expect(await readings(text)).toEqual([
      ['say', 'The mayor', 'the new stadium would bring jobs, while the old arena would become a park'],
    ]);
  });
});
