/**
 * "The brothers deny any wrongdoing, their spokesman said": a possessive pronoun crediting the words
 * before it stands for their subject when that is a description agreeing with it, so it names no
 * earlier body or person the description is not (src/ingest/attribution/sources/content-subject-possessors.ts),
 * on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a possessive speaker after the words it credits', () => {
  it('"their spokesman" after "the brothers" is not the prosecutors\' spokesman', async () => {
    const text =
      'Prosecutors say the Vance brothers ran a scheme to defraud investors. The brothers deny any wrongdoing, their spokesman said.';
    const claimants = (await claimantsOf(text, 'deny any wrongdoing')) ?? [];
    expect(claimants.join(' ')).not.toMatch(/Prosecutors/);
  });

  it('"his doctor" after "the boy" is not the doctor of the man named before', async () => {
    const text =
      'Police arrested Tom Reyes after his truck struck a boy on a bicycle in Fresno. The boy is in stable condition, his doctor said Tuesday.';
    const claimants = (await claimantsOf(text, 'is in stable condition')) ?? [];
    expect(claimants.join(' ')).not.toMatch(/Reyes/);
  });

  it('"its spokesman" after "the company" is still the company named before', async () => {
    const text =
      'Kessling Motors recalled 4,000 pickup trucks over faulty brakes. The company expects repairs to take a month, its spokesman said.';
    const [claimant] = (await claimantsOf(text, 'expects repairs to take a month')) ?? [];
    expect(claimant).toMatch(/^Kessling Motors'?s? spokesman$/);
  });
});
