/**
 * "S, Moreau said, a deal that could end the strike"; "S, the school confirmed on Facebook Friday": a closing
 * credit whose verb the parser gave a phrase after it (an appositive read as its object, the place it was said)
 * says S, the clause it closes (src/ingest/attribution/frames/closing-sentence-credits.ts), on real CoreNLP
 * parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

async function contentsOf(text: string, lemma: string): Promise<string[]> {
  const found = await parsedAttributions(text);
  return found.filter((a) => a.cue.lemma === lemma).map((a) => contentText(text, a));
}

describe('a closing credit followed by a phrase says the clause it closes', () => {
  it('an appositive after "X said" is no content: the clause before the credit is', async () => {
    const text = 'Teachers in the district would get a raise of 4 percent next year, Moreau said, a deal that could end the strike.';
    const contents = await contentsOf(text, 'say');
    expect(contents, shownReadings(text, await parsedAttributions(text))).toEqual([
      'Teachers in the district would get a raise of 4 percent next year',
    ]);
  });

  it('"confirmed on Facebook" confirms the clause, not Facebook', async () => {
    const text =
      "Ortega and his wife were driving home to Tucson after a week in San Diego, their daughter's school, Lincoln Academy, confirmed on Facebook Friday.";
    const contents = await contentsOf(text, 'confirm');
    expect(contents).toHaveLength(1);
    expect(contents[0]).toMatch(/^Ortega and his wife were driving home to Tucson/);
    expect(contents[0]).not.toMatch(/Facebook/);
  });

  it('"confirmed on Twitter" after a long named subject gives the clause to the team', async () => {
    const text = "The two climbers had been missing since Tuesday, the park's rescue team, Alpine Aid, confirmed on Twitter Thursday.";
    const found = await parsedAttributions(text);
    const confirm = found.find((a) => a.cue.lemma === 'confirm');
    expect(confirm && contentText(text, confirm), shownReadings(text, found)).toBe('The two climbers had been missing since Tuesday');
    expect(confirm?.claimants.map((c) => c.name).join(' ')).toMatch(/Alpine Aid|rescue team/);
  });

  it('keeps a credit already read right', async () => {
    const text =
      'Nurses at the county hospital would get two more weeks of paid leave, Delgado said, a change that could ease the staffing crisis.';
    expect(await contentsOf(text, 'say')).toEqual(['Nurses at the county hospital would get two more weeks of paid leave']);
  });

  it('a clause after the credit stays its own reading ("S," she said, adding that S2)', async () => {
    const text = '"The bridge will be closed for a month," Ruiz said, adding that buses would replace the trams.';
    expect(await contentsOf(text, 'say')).toEqual(['The bridge will be closed for a month']);
    expect(await contentsOf(text, 'add')).toEqual(['that buses would replace the trams']);
  });

  it('an opening clause of time is not what the credit says', async () => {
    const text = 'When asked about the budget, the mayor said nothing.';
    expect((await contentsOf(text, 'say')).join(' ')).not.toMatch(/asked about the budget/);
  });
});
