/**
 * A surname the tagger read as an adverb or adjective ("Hardy/RB told"), hung on the cue as its
 * modifier, is the cue's speaker (attribution/frames/stranded-subjects.ts); on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a surname read as a modifier of the cue', () => {
  it('"Hardy told CNN that S": Hardy speaks, through CNN', async () => {
    const claim = await claimWith('Hardy told CNN that the buses would run on time by spring.', 'buses');
    expect(claim).toEqual({ claimants: ['Hardy'], via: ['CNN'] });
  });

  it('"Hardy also said S", after the full name: the person named in full', async () => {
    const text = 'Transit director Dale Hardy opened the hearing. Hardy also said the drivers had been underpaid for a decade.';
    expect(await claimWith(text, 'underpaid')).toEqual({ claimants: ['Dale Hardy'], via: [] });
  });
});
