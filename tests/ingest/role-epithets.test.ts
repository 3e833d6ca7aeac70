/**
 * "The glassblower said" stands for the one person named earlier with "a ... glassblower" in commas
 * after the name (src/ingest/attribution/sources/role-epithets.ts), on real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a role given after a name stands for that person', () => {
  it('"the glassblower" after "Tove Marlin, a retired glassblower from Oslo,"', async () => {
    const text =
      'Tove Marlin, a retired glassblower from Oslo, found a cracked vase at a flea market in Bergen. ' +
      'A dealer there, Hugo Brent, sold it to her for ten kroner. ' +
      'The glassblower said the vase was made in Venice around 1700.';
    expect(await claimantsOf(text, 'was made in Venice')).toEqual(['Tove Marlin']);
  });

  it('"the Republican" after "Dale Roth, a Republican from Fargo,"', async () => {
    const text =
      'State Rep. Dale Roth, a Republican from Fargo, wants the state to buy more snowplows. ' +
      'Some counties waited three days for their roads to be cleared last winter. ' +
      'The Republican said the money could come from the rainy-day fund.';
    expect(await claimantsOf(text, 'rainy-day fund')).toEqual(['Dale Roth']);
  });

  it('stays a description when two people share the role, even with one surname', async () => {
    const text =
      'Tove Marlin, a retired glassblower from Oslo, and her brother, Nils Marlin, also a glassblower, found a cracked vase in Bergen. ' +
      'The glassblower said the vase was made in Venice around 1700.';
    const claimants = await claimantsOf(text, 'was made in Venice');
    expect(claimants).not.toContain('Tove Marlin');
    expect(claimants).not.toContain('Nils Marlin');
  });

  it('not for an organization closing a phrase in the appositive ("a spokesman for the Greene campaign")', async () => {
    const text =
      'Tim Hale, a spokesman for the Greene campaign, said the senator would attend the debate. ' +
      'The Greene campaign later said the debate had been called off.';
    expect(await claimantsOf(text, 'had been called off')).not.toContain('Tim Hale');
  });

  it('not when a name follows the description ("The club president, Rolf Kern,")', async () => {
    const text =
      'Ada Voss, a former club president, joined the board in March. ' +
      'The club president, Rolf Kern, said the vote to admit her was unfair.';
    expect(await claimantsOf(text, 'was unfair')).not.toContain('Ada Voss');
  });
});
