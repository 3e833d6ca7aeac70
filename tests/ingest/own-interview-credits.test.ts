/**
 * A claim that names the interview it was given in, to a listener we may not know as an outlet ("In a
 * Tuesday interview with a local radio station, X said S"), is not carried by an earlier outlet's report
 * or interview, and ends that interview's passage (src/ingest/annotation/own-interviews.ts); so does a
 * claim said at a news conference (annotation/public-occasions.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a claim that names its own interview', () => {
  it('is not carried by the report before it', async () => {
    const claims = await claimsWithVia(
      'The injured striker will miss a month, ESPN reports. In a Tuesday interview with a local radio station, coach Ivan Brod said the team would miss him.',
    );
    expect(claims).toContainEqual({ claimants: ['Ivan Brod'], via: [] });
  });

  it('ends the passage of an earlier interview with an outlet', async () => {
    const claims = await claimsWithVia(
      'Mayor Ilse Varga told ESPN on Monday that the stadium would open in May. In a Tuesday interview with a local radio station, coach Ivan Brod said the team would miss its old ground. Brod also said the players would train in Oldmere.',
    );
    expect(claims.map((c) => c.via)).toEqual([['ESPN'], [], []]);
  });

  it('keeps the outlet it was given to', async () => {
    const claims = await claimsWithVia(
      'Mayor Ilse Varga told ESPN on Monday that the stadium would open in May. In an interview with CNN, coach Ivan Brod said the team would miss its old ground.',
    );
    expect(claims.map((c) => c.via)).toEqual([['ESPN'], ['CNN']]);
  });
});

describe('a claim said at a news conference', () => {
  it("is not in an earlier interview's account, nor are the speaker's claims after it", async () => {
    const claims = await claimsWithVia(
      'Mayor Ilse Varga told the AP on Monday that the stadium would open in May. Team owner Rolf Dean said at a news conference on Tuesday that the club would pay for the roof. Dean added that tickets would go on sale in March.',
    );
    expect(claims.map((c) => c.via)).toEqual([['Associated Press'], [], []]);
  });
});
