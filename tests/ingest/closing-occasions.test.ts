/**
 * A comma-set occasion closing the sentence after the reported clause is the saying's, not the
 * content's (src/ingest/attribution/boundaries/closing-occasions.ts), on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

describe('an occasion closing the sentence after the reported clause', () => {
  it('ends the content and dates the saying ("said S, in remarks at the harbor on Tuesday")', async () => {
    const claims = await namedClaims('The mayor said the levee would hold, in remarks at the harbor on Tuesday.', PUBLISHED);
    expect(claims.map((c) => [c.evidence, c.saidOn])).toEqual([['The mayor said the levee would hold', '2017-02-21']]);
  });

  it('gives the saying its outlet ("warned that S, in an interview with the Ledger on Tuesday")', async () => {
    const claims = await namedClaims('The mayor warned that the levee would fail, in an interview with the Ledger on Tuesday.', PUBLISHED);
    expect(claims.map((c) => [c.evidence, c.via, c.saidOn])).toEqual([
      ['The mayor warned that the levee would fail', ['Ledger'], '2017-02-21'],
    ]);
  });

  it('leaves an occasion without a comma in the content ("said S in remarks at the harbor")', async () => {
    const claims = await namedClaims('The mayor said the levee would hold in remarks at the harbor on Tuesday.', PUBLISHED);
    expect(claims.map((c) => c.evidence)).toEqual(['The mayor said the levee would hold in remarks at the harbor on Tuesday']);
  });
});
