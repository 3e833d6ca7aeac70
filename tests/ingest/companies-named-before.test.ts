/**
 * "The social media company said" after one business named before it is that business
 * (src/ingest/entities/companies-named-before.ts), and so is a pronoun resolved to the description; after
 * two businesses it stays unresolved. The description is no alias of the business. Real CoreNLP parses
 * of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { inject } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

const CASES: Array<{ name: string; text: string; content: string; speakers: string[] }> = [
  {
    name: '"The social media company said" is the company named before',
    text:
      'Halvern Networks Inc. removed 5,000 fake profiles from its site on Wednesday. ' +
      'The profiles had been used to sell fake concert tickets. ' +
      'The social media company said most of the profiles were created in one week.',
    content: 'created in one week',
    speakers: ['Halvern Networks Inc.'],
  },
  {
    name: '"It said" after "the social media company said" is that company too',
    text:
      'Halvern Networks Inc. removed 5,000 fake profiles from its site on Wednesday. ' +
      'The profiles had been used to sell fake concert tickets. ' +
      'The social media company said on Friday that most of the profiles were created in one week. ' +
      'It said it had hired 40 new reviewers to check new accounts.',
    content: 'hired 40 new reviewers',
    speakers: ['Halvern Networks Inc.'],
  },
  {
    name: '"The tech giant said" is the corporation named before',
    text:
      'Dravik Technologies Corp. will build a chip plant near Austin, the company announced on Monday. ' +
      'The plant will cost $4 billion. The tech giant said construction would begin in the spring.',
    content: 'construction would begin',
    speakers: ['Dravik Technologies Corp.'],
  },
  {
    name: '"The company said" after two companies stays its own',
    text:
      'Tolliver Steel agreed to buy Marwick Alloys for $2 billion on Tuesday. ' +
      'The deal must still be approved by regulators. The company said it expected the sale to close in June.',
    content: 'close in June',
    speakers: ['company'],
  },
];

describe('a business named once, then by a description of its kind', () => {
  for (const { name, text, content, speakers } of CASES)
    it(name, async () => {
      const claims = await namedClaims(text);
      expect(claims.find((c) => c.evidence.includes(content))?.claimants).toEqual(speakers);
    });
});

describe('a business description is no alias', () => {
  it('"the social media company" resolved to the business does not become one of its names', async () => {
    const text =
      'Halvern Networks Inc. removed 5,000 fake profiles from its site on Wednesday. ' +
      'The profiles had been used to sell fake concert tickets. ' +
      'The social media company said most of the profiles were created in one week.';
    const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
    const business = annotation.entities.find((e) => e.name === 'Halvern Networks Inc.');
    expect(business?.aliases ?? []).not.toContainEqual(expect.stringMatching(/company/i));
  });
});
