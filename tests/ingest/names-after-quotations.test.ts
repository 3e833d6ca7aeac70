/**
 * A name after a quotation's closing mark that the parser hung on a noun inside the quotation, which
 * it took for the cue's subject, speaks ('The "question of S remains open," Lind, a professor, wrote')
 * (src/ingest/attribution/sources/names-after-quotations.ts), on a real CoreNLP parse of a sentence
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a name after a quotation hung on a noun inside it', () => {
  it('speaks for the quotation', async () => {
    const text =
      'The “question of how one drafts a plea to win over a split bench remains open,” Nora Lind, a law professor at Westfield College, wrote last week.';
    expect(await namedContents(text)).toEqual([
      [['Nora Lind'], 'question of how one drafts a plea to win over a split bench remains open'],
    ]);
  });
});
