/**
 * How far an interview's outlet reaches, on real CoreNLP parses of texts written for these tests: a
 * party or post description right after the named speaker is that speaker, so the interview goes on
 * to it (entities/described-previous-speakers.ts), and a claim made at a rally, a campaign event, a
 * town hall or a news conference named in its frame is not the interview's
 * (annotation/gathering-occasions.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('described speakers and gatherings after an interview', () => {
  it("\"Sen. X said in an interview with Fox News S1. 'Q,' the Montana Democrat said.\": Q is X's, via Fox News", async () => {
    const text =
      'Sen. Marisa Quade said in an interview with Fox News that the farm bill would pass by the end of June. ' +
      '"We have the votes, and the leadership knows it," the Montana Democrat said.';
    expect(await claimWith(text, 'leadership knows it')).toEqual({ claimants: ['Marisa Quade'], via: ['Fox News'] });
  });

  it("\"Gov. X told the Register S1. 'Q,' the Republican governor said.\": Q is X's, via the Register", async () => {
    const text =
      'Gov. Helen Marsh told the Des Moines Register that she would not block the carbon pipeline. ' +
      '"Farmers need the market it creates," the Republican governor said.';
    expect(await claimWith(text, 'market it creates')).toEqual({ claimants: ['Helen Marsh'], via: ['Des Moines Register'] });
  });

  it('"Mayor X told the Tribune S1. The police chief said S2.": a post the mayor was not given stays another person', async () => {
    const text =
      'Mayor Carla Benton told the Chicago Tribune that the city may lay off 900 workers. The police chief said officers would not be cut.';
    const claim = await claimWith(text, 'officers would not be cut');
    expect(claim?.claimants).not.toContain('Carla Benton');
    expect(claim?.via).toEqual([]);
  });

  it("\"X told CNN S1. At a campaign event in Reno on Tuesday, X said S2. 'Q,' she said.\": neither is CNN's", async () => {
    const text =
      'Julia Okafor told CNN on Sunday that she had no plans to drop out of the race. ' +
      'At a campaign event in Reno on Tuesday, Okafor said the polls were missing young voters. ' +
      '"Watch what happens in November," she said.';
    expect(await claimWith(text, 'missing young voters')).toEqual({ claimants: ['Julia Okafor'], via: [] });
    expect(await claimWith(text, 'Watch what happens')).toEqual({ claimants: ['Julia Okafor'], via: [] });
  });

  it('"X told NPR S1. X, who spoke Monday at a rally outside the courthouse, said S2.": S2 takes no via', async () => {
    const text =
      'Attorney Rosa Diaz told NPR that her client was innocent. ' +
      'Diaz, who spoke Monday at a rally outside the courthouse, said the charges were meant to silence tenants.';
    expect(await claimWith(text, 'silence tenants')).toEqual({ claimants: ['Rosa Diaz'], via: [] });
  });

  it('"X told ESPN S1. The team announced S2. At a news conference Wednesday, X said S3.": S3 takes no via', async () => {
    const text =
      'Coach Dale Perrin told ESPN that his quarterback would start Sunday. ' +
      'The team announced Tuesday that it had released two linebackers. ' +
      'At a news conference Wednesday, Perrin said the offense needed work.';
    expect(await claimWith(text, 'offense needed work')).toEqual({ claimants: ['Dale Perrin'], via: [] });
  });

  it('"X told the Tribune S1. X said the rally was peaceful.": a gathering in the content is no occasion', async () => {
    const text = 'Police Chief Tom Ellis told the Chicago Tribune that no arrests were made. Ellis said the rally downtown was peaceful.';
    expect(await claimWith(text, 'rally downtown was peaceful')).toEqual({ claimants: ['Tom Ellis'], via: ['Chicago Tribune'] });
  });
});
