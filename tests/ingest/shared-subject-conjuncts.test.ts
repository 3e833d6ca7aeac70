/**
 * "X said she was relieved but still feared S": a verb joined to the reported clause's verb in its
 * tense, sharing its "she", is part of what X said, not a second reading that cuts the content in two
 * (boundaries/shared-subject-conjuncts.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a verb joined to the reported clause with its subject', () => {
  it('keeps a conjunct after a copula in the speaker’s content', async () => {
    const text = 'Ana Ruiz, 60, a nurse, said she was relieved but still feared the river.';
    const read = await readings(text);
    expect(read).toContainEqual([['Ana Ruiz'], 'she was relieved but still feared the river']);
    expect(read.some(([, content]) => content === 'the river')).toBe(false);
  });

  it('keeps a conjunct in its auxiliary’s tense in the speaker’s content', async () => {
    const text = 'Tom Baker said he was aware of the plan but had not read the report.';
    const read = await readings(text);
    expect(read).toContainEqual([['Tom Baker'], 'he was aware of the plan but had not read the report']);
  });

  it('leaves a second verb of saying its own reading', async () => {
    const text = 'The singer said she was weary of the old guard and added that she wanted a new mayor.';
    const read = await readings(text);
    expect(read).toContainEqual([['The singer'], 'she was weary of the old guard']);
    expect(read).toContainEqual([['The singer'], 'that she wanted a new mayor']);
  });
});
