/**
 * A name stays on its line (src/ingest/attribution/sources/line-bound-names.ts): a headline with no
 * closing stop glued to the paragraph under it must not lend its last words to the paragraph's first
 * name, read off real CoreNLP parses of lines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('a name across a line break', () => {
  it("names the paragraph's speaker without the headline's last word", async () => {
    const text =
      'Ada Lin Pushes Back On Reporting About Holt\nAda Lin was quick to push back on Friday. Lin said the reporters had missed every fact.';
    expect(await claimantNames(text)).toEqual([['Ada Lin'], ['Ada Lin']]);
  });
});
