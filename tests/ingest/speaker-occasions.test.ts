/**
 * An occasion set off by commas on the speaker (src/ingest/annotation/speaker-occasions.ts): "X, in an
 * interview with CNN, said S" where the parser hangs the occasion on the speaker's name, on real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an occasion set off on the speaker', () => {
  it('"X, in an interview with CNN, said S": through the network', async () => {
    expect(await claimsWithVia('Consumer advocate Ines Baptiste, in an interview with CNN, said the rules are far too weak.')).toEqual([
      { claimants: ['Ines Baptiste'], via: ['CNN'] },
    ]);
  });

  it('"X, in an email to Reuters, said S": through the agency', async () => {
    expect(await claimsWithVia('Consumer advocate Mona Reyes, in an email to Reuters, said the fines are far too small.')).toEqual([
      { claimants: ['Mona Reyes'], via: ['Reuters'] },
    ]);
  });

  it('an occasion that describes the speaker, with no comma before it, names no outlet', async () => {
    expect(await claimsWithVia('A lawyer in the case with the Times said the deal was dead.')).not.toContainEqual(
      expect.objectContaining({ via: ['The New York Times'] }),
    );
  });
});
