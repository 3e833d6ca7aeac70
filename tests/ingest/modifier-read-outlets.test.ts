/**
 * Outlets named "The" and a word the tagger reads as a common word (nlp/modifier-read-outlets.ts): "The
 * Intercept reports that S" and "S, The Athletic reports." are the outlet's claims, and "told The Intercept"
 * keeps its outlet when a later sentence closes on another outlet's credit. Real CoreNLP parses of sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, claimsWithVia } from '../support/named-claims.ts';

describe('an outlet named "The" and a common word', () => {
  it('"The Intercept reports that S": the outlet\'s claim', async () => {
    expect(await claimsWithVia('The Intercept reports that the county quietly sealed the audit records.')).toEqual([
      { claimants: ['The Intercept'], via: [] },
    ]);
  });

  it('"S, The Athletic reports.": the outlet\'s claim, not the subject\'s', async () => {
    expect(await claimsWithVia('The goalkeeper has agreed to a two-year extension with the club, The Athletic reports.')).toEqual([
      { claimants: ['The Athletic'], via: [] },
    ]);
  });

  it('"X tells The Athletic": the outlet the gazetteer knows carries the quote', async () => {
    expect(await claimWith('"We never stopped believing," midfielder Joel Banks tells The Athletic.', 'believing')).toEqual({
      claimants: ['Joel Banks'],
      via: ['The Athletic'],
    });
  });

  it('"X told The Intercept that S" keeps its outlet before a later "…, Politico reports"', async () => {
    const text =
      'Attorney Dana Ruiz told The Intercept that the audit was rushed. Two council members have asked for a hearing, Politico reports.';
    expect(await claimWith(text, 'audit')).toEqual({ claimants: ['Dana Ruiz'], via: ['The Intercept'] });
  });

  it('"the Independent candidate" stays a candidate', async () => {
    expect(await claimsWithVia('The Independent candidate said the race was still close.')).toEqual([
      { claimants: ['Independent candidate'], via: [] },
    ]);
  });
});
