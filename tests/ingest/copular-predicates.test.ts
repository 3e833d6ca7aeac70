/**
 * "X was one of the first officials to praise S": the predicate noun phrase describes the speaker the
 * copula's subject names, and is kept among that claimant's names (real CoreNLP parses of texts
 * written for this test).
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

async function claimantOf(text: string, content: string) {
  return (await parsedAttributions(text)).find((a) => contentText(text, a).includes(content))?.claimants[0];
}

describe('a speaker described by a copula', () => {
  it('keeps "one of the first officials" as a name of the mayor who praised the budget', async () => {
    const text = 'Mayor Ann Porter was one of the first officials to praise the new county budget.';
    const claimant = await claimantOf(text, 'the new county budget');
    expect(claimant?.name).toBe('Ann Porter');
    expect(claimant?.aliases).toContain('one of the first officials');
  });

  it('keeps "the only senator" as a name of the man who signed the letter', async () => {
    const text = 'Tom Reyes is the only senator to sign the letter against the pipeline.';
    const claimant = await claimantOf(text, 'the letter against the pipeline');
    expect(claimant?.name).toBe('Tom Reyes');
    expect(claimant?.aliases).toContain('the only senator');
  });
});
