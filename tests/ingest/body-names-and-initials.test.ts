/**
 * One body, one entity, typed as a body (src/ingest/entities/): a body named in full and then by its
 * initials with nothing introducing them (implied-acronyms.ts), a service district or a company's
 * works the tagger calls a location (place-tagged-bodies.ts), "the district said" after that
 * district, and "the CGT union" after "the CGT" (bodies-named-before.ts). Real CoreNLP parses of
 * texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { namedClaims } from '../support/named-claims.ts';

const speakersOf = async (text: string, words: string) => (await namedClaims(text)).find((c) => c.evidence.includes(words))?.claimants;

describe('a body named in full, then by its initials', () => {
  it('"the Federal Aviation Administration … the FAA said" is one organization', async () => {
    const text =
      'The Federal Aviation Administration grounded 40 cargo jets on Monday after an engine fire in Memphis. ' +
      'The FAA said inspectors had found cracked fan blades on three of the planes.';
    const types = await entityTypes(text);
    expect(types['Federal Aviation Administration']).toBe('Organization');
    expect(types).not.toHaveProperty('FAA');
    expect(await speakersOf(text, 'cracked fan blades')).toEqual(['Federal Aviation Administration']);
  });

  it('initials of every word count: "the Department of Energy … the DOE"', async () => {
    const text =
      'The Department of Energy will lend $2 billion to a battery maker in Nevada. ' +
      'The DOE said the plant would employ 1,500 people when it opens.';
    const types = await entityTypes(text);
    expect(types).not.toHaveProperty('DOE');
    expect(await speakersOf(text, 'employ 1,500 people')).toEqual(['Department of Energy']);
  });

  it('joins nothing when two bodies of the text have those initials', async () => {
    const text =
      'The National Weather Service and the National Wildlife Service both issued warnings on Friday. ' +
      'The NWS said the storm would reach the coast by Sunday.';
    const types = await entityTypes(text);
    expect(types.NWS).toBe('Organization');
    expect(types['National Weather Service']).toBe('Organization');
  });
});

describe('a body the tagger calls a location', () => {
  it('a water district is an organization, and "the district said" is that district', async () => {
    const text =
      'The Upper Basin Irrigation District will close its canals in May, the district said Monday. ' +
      'Board member Ellen Shaw said the canals needed repairs.';
    const types = await entityTypes(text);
    expect(types['Upper Basin Irrigation District']).toBe('Organization');
    expect(await speakersOf(text, 'close its canals')).toEqual(['Upper Basin Irrigation District']);
  });

  it("a company's name before its plant, tagged an organization elsewhere, is the company", async () => {
    const text =
      'Air samples taken near the Brandt Plastics plant showed high benzene levels. ' +
      'Brandt Plastics, which employs 200 people in Salem, said the leak had been contained.';
    const types = await entityTypes(text);
    expect(types['Brandt Plastics']).toBe('Organization');
  });

  it('a town before its factory stays a place', async () => {
    const types = await entityTypes(
      'Brightwater Foods will close its Dayton factory next year. The company said 300 workers would be offered jobs elsewhere.',
    );
    expect(types.Dayton).toBe('Place');
  });
});

describe('a body named with a noun for its kind after the name', () => {
  it('"the Unite union said" after "Unite" is that union, not a second organization', async () => {
    const text = 'Unite called a strike at three ports on Tuesday. The Unite union said 2,000 dockworkers would walk out on Monday.';
    const types = await entityTypes(text);
    expect(types).not.toHaveProperty('Unite union');
    expect(await speakersOf(text, '2,000 dockworkers')).toEqual(['Unite']);
  });

  it('"the Ortega campaign" stays a campaign: the name before it is a person\'s', async () => {
    const text = 'Maria Ortega is running for governor. The Ortega campaign said the poll was flawed.';
    expect(await speakersOf(text, 'the poll was flawed')).not.toEqual(['Maria Ortega']);
  });
});
