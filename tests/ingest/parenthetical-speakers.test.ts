/**
 * A speaker named between commas right after a verb of saying that interrupts its own content
 * ("The real risk, said Maria Delgado, a tax lawyer, is that S"): the speaker is the name, not the
 * content's subject the parser made the verb's subject (frames/parenthetical-speakers.ts); on real
 * CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

async function attributions(text: string): Promise<Array<{ content: string; claimants: string[] }>> {
  return (await parsedAttributions(text)).map((a) => ({ content: contentText(text, a), claimants: a.claimants.map((c) => c.name) }));
}

describe('a speaker named between commas after the cue', () => {
  it('"The real risk of S, said NAME, a tax lawyer, is S2" is the lawyer\'s', async () => {
    const text = 'The real risk of the new levy, said Maria Delgado, a tax lawyer in Denver, is that small shops will close.';
    const found = await attributions(text);
    expect(found.map((a) => a.claimants)).toEqual([['Maria Delgado']]);
    expect(found[0].content).toContain('small shops will close');
  });

  it('"And the mayor, said NAME, who worked for him, never forgets S" is the speaker\'s, not the mayor\'s', async () => {
    const text = 'And the mayor, said Hollis, who worked for him for a decade, never forgets a slight.';
    expect((await attributions(text)).map((a) => a.claimants)).toEqual([['Hollis']]);
  });

  it('"Any fair reading of S, says NAME, an economist, would show S2" is the economist\'s', async () => {
    const text = 'Any fair reading of the budget, says Tom Archer, an economist at the state university, would show a deficit by spring.';
    expect((await attributions(text)).map((a) => a.claimants)).toEqual([['Tom Archer']]);
  });

  it('keeps the subject of "told": the name after it is the listener', async () => {
    const text = 'Ana Ruiz, who sat on the county board, told Reuters, "We will not approve the bridge this year."';
    const found = await attributions(text);
    expect(found.find((a) => a.content.includes('approve the bridge'))?.claimants).toEqual(['Ana Ruiz']);
  });
});
