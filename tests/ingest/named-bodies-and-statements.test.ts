/**
 * "The group Freedom House said", "the labor group Workers United said": the name after a noun of its
 * kind, with no comma, is the speaker, not the noun (src/ingest/attribution/sources/unpunctuated-appositives.ts).
 * "X issued a statement. “…,” the statement said": the statement speaks for X
 * (src/ingest/attribution/sources/statement-holders.ts). Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a body named after a noun of its kind', () => {
  it('"the group Freedom House" is Freedom House, not the group named before', async () => {
    const text =
      'Police in Minsk detained 40 protesters on Saturday. Front Line Defenders condemned the arrests. ' +
      'The group Freedom House said the detainees had been beaten.';
    expect((await claimWith(text, 'the detainees had been beaten'))?.claimants).toEqual(['Freedom House']);
  });

  it('"the labor group Workers United" is Workers United', async () => {
    const text =
      'The mine collapsed in March, killing 12 workers. The labor group Workers United said safety rules had been ignored for years.';
    expect((await claimWith(text, 'safety rules had been ignored'))?.claimants).toEqual(['Workers United']);
  });
});

describe('"the statement" as a speaker', () => {
  it('a quotation closed by "the statement said" is the words of whoever issued it just before', async () => {
    const text =
      'The Norwegian Coastal Administration issued a statement on the spill. “The oil has not reached the shore,” the statement said.';
    const claimants = (await claimWith(text, 'The oil has not reached the shore'))?.claimants ?? [];
    expect(claimants).toHaveLength(1);
    expect(claimants[0]).toMatch(/Coastal Administration$/);
  });

  it('"The statement said S" after "put out a statement" is the body that put it out', async () => {
    const text = 'The Treasury Department put out a statement late Friday. The statement said the sanctions would take effect at once.';
    expect((await claimWith(text, 'the sanctions would take effect'))?.claimants).toEqual(['Treasury Department']);
  });

  it('does not give the statement to a body that only denied something before', async () => {
    const text = 'The defense ministry denied the report on Monday. “No soldiers took part in the raid,” the statement said.';
    const claimants = (await claimWith(text, 'No soldiers took part'))?.claimants ?? [];
    expect(claimants.join(' ')).not.toMatch(/ministry/i);
  });
});
