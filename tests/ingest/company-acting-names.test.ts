/**
 * A one-word name the tagger calls a person that acts as a company is one: it suspends accounts, it has
 * shares or a chief executive (src/ingest/entities/company-acting-names.ts); and "the software maker
 * said" is the business named before it, though WordNet reads "maker" as a person first
 * (companies-named-before.ts). Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { namedClaims } from '../support/named-claims.ts';

describe('a name that acts as a company', () => {
  it('"Plumora suspended 3,000 accounts … The social media company said S": S is Plumora\'s, an organization', async () => {
    const text =
      'Plumora suspended 3,000 accounts on Monday for posting fake reviews. ' +
      'The social media company said the accounts were linked to one seller.';
    expect(await entityTypes(text)).toMatchObject({ Plumora: 'Organization' });
    const claims = await namedClaims(text);
    expect(claims.find((c) => c.evidence.includes('linked to one seller'))?.claimants).toEqual(['Plumora']);
  });

  it('"Shares of Trevanta fell", "Korvell CEO Dana Pike": organizations', async () => {
    const typed = await entityTypes(
      'Trevanta said demand had slowed. Shares of Trevanta fell 6% on Thursday. ' +
        'Korvell said it would close two plants. Korvell CEO Dana Pike told workers the decision was hard.',
    );
    expect(typed).toMatchObject({ Trevanta: 'Organization', Korvell: 'Organization', 'Dana Pike': 'Person' });
  });

  it('"Martin Ostrander … Ostrander\'s shares": still a person', async () => {
    const typed = await entityTypes(
      "Martin Ostrander sold part of his stake last year. Ostrander's shares were worth $2 million, Ostrander said.",
    );
    expect(typed).toMatchObject({ 'Martin Ostrander': 'Person' });
  });

  it('"The software maker said" after one company is that company', async () => {
    const claims = await namedClaims(
      'Dellwyn Systems Inc. will cut 400 jobs, the company announced on Monday. ' + 'The software maker said it expected a loss this year.',
    );
    expect(claims.find((c) => c.evidence.includes('expected a loss'))?.claimants).toEqual(['Dellwyn Systems Inc.']);
  });
});
