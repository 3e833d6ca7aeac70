/**
 * A speaker's next claim, told to a listener of its own, does not take the outlet of the speaker's
 * interview before it (spreadVia in src/ingest/annotation/drafts.ts); real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

const TEXT =
  'Two ferries collided near the river mouth on Sunday, the Kettering Clarion reports. Captain Ole Brakstad tells the Clarion the crew had left the ship before dawn. ';

describe("a speaker's next claim told to another listener", () => {
  it('gives "told the harbour board that S" no via', async () => {
    const text = TEXT + 'Brakstad told the harbour board on Monday that the channel markers had been moved.';
    expect(await claimWith(text, 'harbour board')).toEqual({ claimants: ['Ole Brakstad'], via: [] });
  });

  it('keeps the via of the same speaker\'s next "said"', async () => {
    const text = TEXT + 'Brakstad said the channel markers had been moved.';
    expect(await claimWith(text, 'markers')).toEqual({ claimants: ['Ole Brakstad'], via: ['Kettering Clarion'] });
  });
});
