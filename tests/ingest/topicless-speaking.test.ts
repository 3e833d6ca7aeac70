/**
 * Sentences that tell someone would or would not speak, with nothing said ("did not want to speak on the
 * record", "agreed to talk on condition that S", "is expected to speak at a dinner"), and a "things to
 * say" whose "things" the parser makes the subject, give no claim (src/ingest/attribution/filters/
 * topicless-speaking.ts and infinitive-relative-subjects.ts); a refusal and a speaking with a topic keep theirs.
 * Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('speaking with nothing said', () => {
  it('"who did not want to speak on the record" is no claim; what they said is', async () => {
    const text = 'Three nurses who did not want to speak on the record said the ward had been understaffed for months.';
    const readings = await cueReadings(text);
    expect(readings.filter((r) => r.startsWith('want'))).toEqual([]);
    expect(readings.some((r) => r.startsWith('say') && r.includes('understaffed'))).toBe(true);
  });

  it('"agreed to talk on condition that S" is no claim', async () => {
    const text = 'Inspector Joan Park agreed to talk on condition that her remarks be limited to the audit.';
    expect(await cueReadings(text)).toEqual([]);
  });

  it('"is expected to speak at the dinner" is no claim', async () => {
    const text = 'The governor is expected to speak at the party’s annual dinner in Albany on Saturday night.';
    expect(await cueReadings(text)).toEqual([]);
  });

  it('"has nothing but good things to say" never makes "good things" a speaker', async () => {
    const text =
      'Athletic director Ana Ruiz has nothing but good things to say about her goalkeeper, and she told the Daily Star that the team would win the title.';
    const claimants = (await namedClaims(text)).flatMap((c) => c.claimants);
    expect(claimants.filter((n) => /things/.test(n))).toEqual([]);
    expect(claimants).toContain('Ana Ruiz');
  });

  it('a refusal to speak keeps its reading', async () => {
    const text = 'A spokeswoman for the county declined to speak on the record.';
    expect((await cueReadings(text)).some((r) => r.startsWith('decline'))).toBe(true);
  });
});
