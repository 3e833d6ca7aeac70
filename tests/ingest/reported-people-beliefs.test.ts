/**
 * A plural noun for people the lexicon does not know, with a verb of belief or expectation, is the
 * claimant inside an outlet's report, the outlet its via (src/ingest/attribution/sources/reported-people-beliefs.ts);
 * on its own it still makes no claim. Real CoreNLP parses of sentences written for this test: before,
 * the outlet's "according to" claimed the belief and was carried on to the next speaker.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('people believing or expecting, inside an outlet report', () => {
  it('"Seismologists expect S, according to the Guardian": the seismologists claim it, the Guardian carries it', async () => {
    const claims = await claimsWithVia(
      'Seismologists expect aftershocks to continue for weeks, according to the Guardian. The governor said the shelters would stay open.',
    );
    expect(claims).toContainEqual({ claimants: ['Seismologists'], via: ['The Guardian'] });
    expect(claims.flatMap((c) => c.claimants)).not.toContain('The Guardian');
    expect(claims).toContainEqual({ claimants: ['governor'], via: [] });
  });

  it('"Ornithologists believe S, the Denver Post reports": the ornithologists claim it', async () => {
    const claims = await claimsWithVia('Ornithologists believe the cranes will return to the marsh next spring, the Denver Post reports.');
    expect(claims).toEqual([{ claimants: ['Ornithologists'], via: ['Denver Post'] }]);
  });

  it('makes no claim of "Ornithologists believe S" that no report holds', async () => {
    expect(await claimsWithVia('Ornithologists believe the cranes will return to the marsh next spring.')).toEqual([]);
  });
});
