/**
 * Attributions whose cue is kept but whose source the frames or the source checks used to leave
 * unnamed (src/ingest/attribution/sources/), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('sources that are things, not people', () => {
  it('names a document that is the subject of a verb of reporting ("a review of the ledgers shows S")', async () => {
    const text = 'A review of the ledgers shows that the water company hid the test results from the county.';
    expect(await claimantsOf(text, 'hid the test results')).toEqual(['A review of the ledgers']);
  });

  it('names the subject of a verb of showing ("the delay highlights S")', async () => {
    const text = 'The delay highlights the risk that the plant will close before winter.';
    expect(await claimantsOf(text, 'the plant will close')).toEqual(['The delay']);
  });

  it('names the common noun an "according to" names ("according to the index, S")', async () => {
    const text = 'According to the index, the city is the most expensive place to rent an apartment.';
    expect(await claimantsOf(text, 'the most expensive place')).toEqual(['the index']);
  });
});

describe('subjects the parse hides', () => {
  it('names the subject of a contracted perfect the parser read as a passive ("she\'s said S")', async () => {
    const text = "Ana Ortiz spoke at the plant on Monday. She's said the bridge will be rebuilt by June.";
    expect(await claimantsOf(text, 'the bridge will be rebuilt')).toEqual(['Ana Ortiz']);
  });

  it('names a name the parser left as a loose dependent right before the verb (\'"S," Devine declared\')', async () => {
    const text = '"The count is far from over," Devine declared.';
    expect(await claimantsOf(text, 'The count is far')).toEqual(['Devine']);
  });

  it('names the subject the parser made the object of "as" ("As another study from the county noted, S")', async () => {
    const text = 'As another study from the county noted, the average age of the residents was 18.';
    expect(await claimantsOf(text, 'the average age')).toEqual(['another study from the county']);
  });

  it('names an inverted subject between an opening phrase and the quotation (\'But, said Ruiz, "S"\')', async () => {
    const text = 'But, said Ruiz, "We will not back down on the bridge."';
    expect(await claimantsOf(text, 'We will not back down')).toEqual(['Ruiz']);
  });
});
