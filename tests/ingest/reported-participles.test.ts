/**
 * "The toll plan, first reported by the Dayton Ledger, would ...": a participle of reporting that
 * describes a noun and names its agent makes that agent the noun's source, as the stance
 * participles of frames/participle-agents.ts do; on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a reporting participle with a "by" agent', () => {
  it('"X, first reported by Y," is Y\'s report of X', async () => {
    const text = 'The toll plan, first reported by the Dayton Ledger, would double fares on the bridge.';
    expect(await readings(text)).toContainEqual([['the Dayton Ledger'], 'The toll plan']);
  });

  it('not a noun "according to" already credits', async () => {
    const text = 'Turnout was light, according to early figures reported by two stations.';
    expect((await readings(text)).map(([names]) => names)).not.toContainEqual(['two stations']);
  });
});
