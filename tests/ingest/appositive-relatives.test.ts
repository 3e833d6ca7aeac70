/**
 * A "who" set off by a comma after a name and its description, which the parse hangs on no noun,
 * speaks for that name (src/ingest/attribution/sources/appositive-relatives.ts), on a real CoreNLP
 * parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('a relative after a described name', () => {
  it("names the person whose description the 'who' follows", async () => {
    const text = "Ted Ruiz, the former county sheriff, who has envied Mr. Baker's quick rise as he has faltered, called his rival a fraud.";
    expect(await claimantNames(text)).toEqual([['Ted Ruiz']]);
  });
});
