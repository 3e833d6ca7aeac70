/**
 * An outlet's credit over a sentence that already has a speaker: the outlet carries the speaker's words
 * (its via) and never claims them, also when the outlet is named only after a medium's noun ("state news
 * agency VNA", "the business daily ...") or by a newspaper title word ("the Advocate")
 * (src/ingest/annotation/described-credit-outlets.ts); and a relative clause describing the speaker
 * is no claim of the outlet's (src/ingest/attribution/credits/speaker-relatives.ts). Texts written
 * for this test, read on real CoreNLP parses.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('an outlet credit over a speaker', () => {
  it('"she said, according to the Advocate": the speaker keeps the quotation, the paper is its via', async () => {
    const text =
      'Delphine Arceneaux, 61, lives a block from the refinery. "They have been poisoning us for twenty years," she said, according to the Advocate.';
    const claims = (await namedClaims(text)).filter((c) => c.evidence.includes('poisoning us'));
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants).toEqual(['Delphine Arceneaux']);
    expect(claims[0].via).toEqual(['Advocate']);
  });

  it('"according to state news agency VNA": the ministry estimates, VNA carries it', async () => {
    const text =
      'Typhoon Kai tore through central Vietnam on Monday. The industry ministry estimates that 400,000 homes lost power, according to state news agency VNA.';
    const claims = (await namedClaims(text)).filter((c) => c.evidence.includes('400,000 homes'));
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants[0]).toMatch(/ministry/);
    expect(claims[0].via).toEqual(['VNA']);
  });

  it('"according to the business daily <name>": the union leader speaks, the daily is the via', async () => {
    const text =
      'Halvorsen Foods will close its plant in Bergen. Union leader Jon Eide said workers were worried about their jobs, according to the business daily Dagens Naeringsliv.';
    const claims = (await namedClaims(text)).filter((c) => c.evidence.includes('worried about their jobs'));
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants).toEqual(['Jon Eide']);
    expect(claims[0].via).toEqual(['Dagens Naeringsliv']);
  });

  it('a relative clause on the speaker is no claim under "according to Reuters"', async () => {
    const text =
      'Shares of Halvorsen Foods fell 9% on Thursday. Thornbury Partners, which advises the company on the sale, said the offer was far too low, according to Reuters.';
    const claims = await namedClaims(text);
    expect(claims.filter((c) => c.claimants.includes('Reuters'))).toEqual([]);
    const said = claims.filter((c) => c.evidence.includes('far too low'));
    expect(said.map((c) => [c.claimants, c.via])).toEqual([[['Thornbury Partners'], ['Reuters']]]);
  });

  it('the outlet does not claim a relative clause on a group whose act it reports (a control)', async () => {
    const text =
      'The mayor closed the pier on Friday. Fishermen, who say the ban will ruin them, protested outside city hall, according to the Harbor Courier.';
    const claims = await namedClaims(text);
    expect(claims.filter((c) => c.claimants.some((n) => /Courier/.test(n)) && c.evidence.includes('ruin them'))).toEqual([]);
  });
});
