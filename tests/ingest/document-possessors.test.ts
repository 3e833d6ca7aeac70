/**
 * "The harbor commission's report warns that S": an authored paper held by a possessive speaks for its
 * holder (sources/document-possessors.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe("a paper's possessive holder", () => {
  it('"The harbor commission\'s report warns that S" is the commission\'s', async () => {
    const text = "The harbor commission's report warns that the breakwater could fail in a major storm.";
    const claimants = await claimantsOf(text, 'the breakwater could fail');
    expect(claimants).toHaveLength(1);
    expect(claimants![0]).toMatch(/harbor commission$/i);
  });

  it('"Lena Ortiz\'s lawsuit alleges that S" is Lena Ortiz\'s', async () => {
    const text = "Lena Ortiz's lawsuit alleges that the gym ignored repeated complaints about the broken treadmill.";
    expect(await claimantsOf(text, 'the gym ignored')).toEqual(['Lena Ortiz']);
  });

  it('"Wednesday\'s ruling says S": a day holds no paper', async () => {
    const text = "Wednesday's ruling says the ferry contract was awarded unlawfully.";
    const claimants = await claimantsOf(text, 'the ferry contract');
    expect(claimants).toHaveLength(1);
    expect(claimants![0]).toMatch(/ruling/i);
  });
});
