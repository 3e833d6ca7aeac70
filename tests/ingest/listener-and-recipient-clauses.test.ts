/**
 * Sayings with no "that" after an outlet told, or a "that" clause after the people a letter went to:
 * "told Yahoo Sports his client had not been …" (the clause hung on the listener's name,
 * frames/listener-hung-clauses.ts), "said in an email to teachers Friday that S" (the clause hung on
 * "teachers", frames/recipient-noun-complements.ts), "told CNBC claims could reach …" (the outlet read as
 * part of the content, credits/content-opening-listeners.ts), on real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

async function claimHolding(text: string, words: string) {
  return (await namedClaims(text)).find((c) => c.evidence.includes(words));
}

describe('sayings whose clause or outlet the parser hung elsewhere', () => {
  it('a clause hung on the outlet told is what the speaker told it', async () => {
    const text = "The pitcher's agent, Luis Ferro, told Yahoo Sports his client had not been offered a new contract.";
    const claim = await claimHolding(text, 'had not been offered a new contract');
    expect(claim?.claimants).toEqual(['Luis Ferro']);
  });

  it('a "that" clause after "in an email to teachers" is what the superintendent said', async () => {
    const text = 'The superintendent, Nadia Brennan, said in an email to teachers Friday that buses would run late.';
    const claim = await claimHolding(text, 'buses would run late');
    expect(claim?.claimants).toEqual(['Nadia Brennan']);
  });

  it('the outlet told is the via when the parser made it part of the content', async () => {
    const text = 'Ted Olsen, a risk analyst at Aon, told CNBC claims could reach $4 billion once flooded cars are counted.';
    const claim = await claimHolding(text, 'claims could reach');
    expect(claim?.claimants).toEqual(['Ted Olsen']);
    expect(claim?.via).toEqual(['CNBC']);
  });

  it('the outlet told is the via when the parser made it a second subject of the content', async () => {
    const text = "The goalkeeper's brother told ESPN his sibling had no plans to retire.";
    const claim = await claimHolding(text, 'had no plans to retire');
    expect(claim?.claimants.join()).toMatch(/brother/);
    expect(claim?.via).toEqual(['ESPN']);
  });

  it('an outlet after a passive "was told" is no listener', async () => {
    const text = 'Ortiz said he was told CNN would not air the interview.';
    const claim = await claimHolding(text, 'would not air the interview');
    expect(claim?.via ?? []).not.toContain('CNN');
  });

  it('"reports that S" after "in response to" is not what the speaker said', async () => {
    const text = 'Mayor Ruth Vale spoke in response to reports that the plant would close.';
    const claim = await claimHolding(text, 'the plant would close');
    expect(claim?.claimants ?? []).not.toContain('Ruth Vale');
  });
});
