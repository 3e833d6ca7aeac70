/**
 * Wrong speakers seen in review, on real CoreNLP parses of texts written for this test:
 * a live blog's page buttons glued to a name ("FlagShareLikeReplyNora Lindqvist") are no person and
 * speak no later "she said" (src/ingest/nlp/ui-glued-names.ts); "X is considering retirement, his
 * agent said", where the parser hangs "said" on "retirement", is the agent's claim and not X's
 * (src/ingest/attribution/frames/closing-sentence-credits.ts).
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('a name glued to page buttons', () => {
  const text =
    'Protesters gathered outside parliament on Friday.\n\nFlagShareLikeReplySara Bondioli\n\nPolice said 40 people were arrested. She said the crowd had been peaceful until late afternoon.';

  it('speaks no claim, and a later "she" does not find it', async () => {
    const claims = await namedClaims(text);
    expect(claims.flatMap((c) => c.claimants).filter((name) => /Flag|Share|Reply|Bondioli/.test(name))).toEqual([]);
  });

  it('leaves the ordinary claim beside it', async () => {
    const claims = await namedClaims(text);
    expect(claims.find((c) => c.evidence.includes('40 people were arrested'))?.claimants).toEqual(['Police']);
  });
});

describe('a closing credit the parser hangs on a noun of the sentence', () => {
  it.each([
    ['Veteran goalkeeper Tomas Berg is considering retirement, his agent said Friday.', 'Tomas Berg', /agent/],
    ['Veteran actor Paul Reed is considering retirement, his publicist said in a statement.', 'Paul Reed', /publicist/],
  ])('"%s" is the credited speaker\'s', async (text, subject, speaker) => {
    const claims = await namedClaims(text);
    expect(claims.some((c) => c.claimants.includes(subject))).toBe(false);
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants.join()).toMatch(speaker);
    expect(claims[0].evidence).toContain('is considering retirement');
  });

  it('a credit hung the plain way is read as before', async () => {
    const claims = await namedClaims('Longtime fire chief Tom Aldana is considering resignation, his lawyer said.');
    expect(claims.map((c) => c.claimants)).toEqual([["Tom Aldana's lawyer"]]);
  });
});
