/**
 * "The fire began shortly after midnight, investigators found.": people or a named body credited after
 * the clause they established are its source, though the cue model rates "find" low
 * (src/ingest/attribution/filters/people-findings.ts), on real CoreNLP parses of texts written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('closing findings by people', () => {
  it('"S, investigators found." is the investigators\' claim', async () => {
    const text = 'A fire destroyed a historic church in the village on Sunday. The fire began shortly after midnight, investigators found.';
    expect(await claimantsOf(text, 'The fire began shortly after midnight')).toEqual(['investigators']);
  });

  it('"S, police found." is the police\'s claim', async () => {
    const text = 'A pickup truck struck a school bus near Dayton on Friday. The driver had been drinking, police found.';
    expect(await claimantsOf(text, 'The driver had been drinking')).toEqual(['police']);
  });

  it('"S, federal safety investigators determined." names the investigators with their description', async () => {
    const text =
      'A cargo ship sank off the Oregon coast in March. The hull had cracked along an old weld, federal safety investigators determined.';
    const [claimant] = (await claimantsOf(text, 'The hull had cracked along an old weld')) ?? [];
    expect(claimant).toMatch(/investigators$/);
  });

  it('"S, researchers discovered." is the researchers\' claim', async () => {
    const text = 'Bird flu reached dairy herds in Idaho this spring. The virus had spread to three farms, researchers discovered.';
    expect(await claimantsOf(text, 'The virus had spread to three farms')).toEqual(['researchers']);
  });

  it('"S, state inspectors discovered." names the inspectors, a noun of people the lexicon does not know', async () => {
    const text =
      'The county paid a paving contractor $2 million in 2023. Half of the invoices were never checked, state inspectors discovered.';
    const [claimant] = (await claimantsOf(text, 'Half of the invoices were never checked')) ?? [];
    expect(claimant).toMatch(/inspectors$/);
  });

  it('"S, rescuers learned." is the rescuers\' claim', async () => {
    const text =
      'Two hikers were found alive in the mountains on Saturday. The pair had left a detailed route with a friend, rescuers learned.';
    expect(await claimantsOf(text, 'The pair had left a detailed route')).toEqual(['rescuers']);
  });
});
