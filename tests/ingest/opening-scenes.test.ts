/**
 * "Asked whether S, X said, 'Q'": the opening question is what X was asked, never what X says; X's
 * reading takes the quotation or the verb's own complement (frames/opening-scenes.ts, and the
 * closing clauses read off the words in credits/credits.ts), on real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a quotation after an opening question', () => {
  it('credits a one-word quoted answer, not the question, to the speaker', async () => {
    const text = 'Asked whether the ferry would keep running through the winter, harbor master Ines Moreau said, "Probably."';
    const read = await readings(text);
    expect(read).toContainEqual([['Ines Moreau'], 'Probably']);
    expect(read.filter(([names]) => names.includes('Ines Moreau'))).toHaveLength(1);
  });

  it('takes the quotation when the parser hangs the cue under it', async () => {
    const text = 'Asked a pointed question about the budget at the town meeting, Mayor Tom Reyes said, "I do accept the blame."';
    const read = await readings(text);
    expect(read).toContainEqual([['Tom Reyes'], 'I do accept the blame']);
    expect(read.some(([names, content]) => names.includes('Tom Reyes') && content.includes('budget'))).toBe(false);
  });

  it('keeps any opening participle clause out of the answer', async () => {
    const text = 'Reached by phone at her office late Tuesday, county clerk Dana Whitfield said, "Maybe."';
    const read = await readings(text);
    expect(read).toContainEqual([['Dana Whitfield'], 'Maybe']);
    expect(read.some(([, content]) => content.includes('phone'))).toBe(false);
  });

  it("leaves a reporter's closing credit over the whole scene whole", async () => {
    const text = 'When asked about the closed pool, Mayor Tom Reyes said, "We will fix it by June," the Ledger reported.';
    const read = await readings(text);
    expect(read.some(([, content]) => content.startsWith('When asked about the closed pool'))).toBe(true);
  });
});
