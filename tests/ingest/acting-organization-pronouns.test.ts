import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('"It said S" right after an organization acted', () => {
  it("credits the organization that was the last sentence's subject", async () => {
    const text =
      'The Lakeview Rowing Club closed its boathouse on Thursday. It said the dock would stay shut until an engineer inspected the pilings.';
    expect(await claimantsOf(text, 'the dock would stay shut')).toEqual(['Lakeview Rowing Club']);
  });

  it('leaves "It" alone when the organization was only an object the sentence before', async () => {
    const text =
      'A storm damaged the Lakeview Rowing Club on Thursday. It said the dock would stay shut until an engineer inspected the pilings.';
    expect(await claimantsOf(text, 'the dock would stay shut')).not.toEqual(['Lakeview Rowing Club']);
  });
});
