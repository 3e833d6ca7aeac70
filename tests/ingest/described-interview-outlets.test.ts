/**
 * The outlet a speaker talked to, named with a description before it ("broadcaster SVT", "Dutch
 * broadcaster NOS"), with a hyphen inside ("the Atlanta Journal-Constitution") or set beside a
 * medium's noun ("her local paper, the Harwick Echo"), is the claim's via; a day is never one
 * (src/ingest/annotation/outlet-name-words.ts, appositive-outlets.ts), and no word of the longer
 * name is looked up alone ("Journal" of "the Journal-Constitution"). A listener that is no outlet is
 * no via. Real CoreNLP parses of texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('the outlet a speaker talked to, named with a description', () => {
  it('"in an interview with broadcaster SVT on Thursday" is SVT, not the day', async () => {
    const claim = await claimWith(
      'Forestry minister Karin Lund, in an interview with broadcaster SVT on Thursday, said the logging ban would last two years.',
      'logging ban',
    );
    expect(claim?.claimants).toEqual(['Karin Lund']);
    expect(claim?.via).toEqual(['SVT']);
  });

  it('"said in an interview with Dutch broadcaster NOS that S" is NOS', async () => {
    const claim = await claimWith(
      'Harbor pilot Bram Visser said in an interview with Dutch broadcaster NOS that the channel was too shallow for the new ships.',
      'too shallow',
    );
    expect(claim?.via).toEqual(['NOS']);
  });

  it('"the Atlanta Journal-Constitution" is that paper, not the Wall Street Journal', async () => {
    const claim = await claimWith(
      'School superintendent Gail Porter said in an interview with the Atlanta Journal-Constitution that three schools would close.',
      'three schools would close',
    );
    expect(claim?.via).toEqual(['Atlanta Journal-Constitution']);
  });

  it('"the Journal-Constitution" alone is not the Wall Street Journal its first word names', async () => {
    const claim = await claimWith(
      'Transit director Omar Fields said in an interview with the Journal-Constitution that bus fares would rise in July.',
      'bus fares',
    );
    expect(claim?.claimants).toEqual(['Omar Fields']);
    expect(claim?.via).toHaveLength(1);
    expect(claim?.via[0]).toMatch(/Journal.Constitution/);
  });

  it('"told her local paper, the Harwick Echo, that S" is the Echo', async () => {
    const claim = await claimWith(
      'Nadia Brooks, who runs a bakery on Main Street, told her local paper, the Harwick Echo, that the new parking fees had halved her sales.',
      'parking fees',
    );
    expect(claim?.claimants).toEqual(['Nadia Brooks']);
    expect(claim?.via).toEqual(['Harwick Echo']);
  });

  it('a hearing or a judge the speaker told is no via', async () => {
    const text =
      'Engineer Paul Rhee told a city council hearing that the bridge needed new cables. Contractor Dana Wills told Judge Amy Hart that the cables had been ordered.';
    expect((await claimWith(text, 'new cables'))?.via).toEqual([]);
    expect((await claimWith(text, 'had been ordered'))?.via).toEqual([]);
  });
});
