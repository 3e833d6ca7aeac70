/**
 * A noun the lexicon does not know as a source speaks when a present participle of saying, showing or
 * urging describes it right after it, with no comma between (src/ingest/attribution/sources/participle-described-nouns.ts),
 * on real CoreNLP parses of sentences written for this test; before, "placards", "posters" and "pamphlets" could not
 * speak, so the claim was dropped.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a noun described by a participle of saying', () => {
  it('speaks for what it urges', async () => {
    const text = 'Despite placards urging calm, the crowd pushed toward the gate.';
    expect(await claimantsOf(text, 'calm')).toEqual(['placards']);
  });

  it('speaks for what it says', async () => {
    const text = 'The hallway was lined with posters saying that the exam had been moved to Friday.';
    expect(await claimantsOf(text, 'the exam had been moved to Friday')).toEqual(['posters']);
  });

  it('speaks for what it claims', async () => {
    const text = 'Despite pamphlets claiming that the water was safe, many families bought bottled water.';
    expect(await claimantsOf(text, 'the water was safe')).toEqual(['pamphlets']);
  });
});
