/**
 * "according to an online University of Utah/Deseret News poll": the poll's adjective is no part of
 * the organization that speaks (src/ingest/entities/adjective-led-names.ts). Real CoreNLP parses of
 * texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

const CASES: Array<{ name: string; text: string; content: string; speakers: string[] }> = [
  {
    name: 'an adjective before a joint pollster name is dropped',
    text: 'Voters are split on the toll road.\n\nThe senator leads by nine points, according to an online University of Utah/Deseret News poll out Thursday.\n',
    content: 'leads by nine points',
    speakers: ['University of Utah/Deseret News'],
  },
  {
    name: 'an adjective before an organization named elsewhere in the article is dropped',
    text:
      'Voters are split on the toll road.\n\nThe senator leads by nine points, according to an online University of Utah/Deseret News poll out Thursday.\n\n' +
      'An online University of Utah poll found that 61% of residents support the plan.\n',
    content: 'leads by nine points',
    speakers: ['University of Utah'],
  },
];

describe('a pollster named after an adjective', () => {
  for (const { name, text, content, speakers } of CASES)
    it(name, async () => {
      const claims = await namedClaims(text);
      expect(claims.find((c) => c.evidence.includes(content))?.claimants).toEqual(speakers);
    });
});
