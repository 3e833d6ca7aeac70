/**
 * "The campaign said" after one campaign named with its owner ("the Dana Whitlow campaign", "Senator
 * Rhea Calder's campaign") is that campaign (src/ingest/entities/campaigns-named-before.ts); after two
 * campaigns it stays unresolved. Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

const CASES: Array<{ name: string; text: string; content: string; speakers: string[] }> = [
  {
    name: '"The campaign said" after "Senator Rhea Calder\'s campaign" is her campaign',
    text:
      "Senator Rhea Calder's campaign spent $1 million on ads in Iowa last week. " +
      'Calder has led in two recent polls. The campaign said the ads would keep running through the caucuses.',
    content: 'keep running through the caucuses',
    speakers: ["Rhea Calder's campaign"],
  },
  {
    name: '"The campaign said" after "Governor Lena Ostrova\'s campaign" is hers, not the governor\'s title',
    text:
      "Governor Lena Ostrova's campaign bought $400,000 in radio ads across the state on Monday. " +
      "The ads attack her opponent's record on taxes. The campaign said the ads would run until Election Day.",
    content: 'run until Election Day',
    speakers: ["Lena Ostrova's campaign"],
  },
  {
    name: '"The campaign said" after two campaigns stays its own',
    text:
      'The Dana Whitlow campaign and the Pete Marsh campaign both raised more than $2 million in March. ' +
      'Both candidates are seeking the same open seat. The campaign said its total was a record for the district.',
    content: 'a record for the district',
    speakers: ['campaign'],
  },
];

describe('a campaign named with its owner, then as "the campaign"', () => {
  for (const { name, text, content, speakers } of CASES)
    it(name, async () => {
      const claims = await namedClaims(text);
      expect(claims.find((c) => c.evidence.includes(content))?.claimants).toEqual(speakers);
    });
});
