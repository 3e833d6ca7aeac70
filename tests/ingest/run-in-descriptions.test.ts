/**
 * "Chef and owner Daniel Okafor said", "says longtime resident and retired nurse Ann Cole": descriptions
 * joined by "and" written straight before a person's name, with no comma, name that one person; the
 * first description is no second claimant beside him, and a later pronoun finds him
 * (src/ingest/attribution/sources/run-in-names.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a description run into a name', () => {
  it('"chef and owner" before a name is one person, whom "he" finds later', async () => {
    const text = 'Chef and owner Luis Ortega said the kitchen would reopen in June. He told the Globe that the old menu would return.';
    expect(await claimantsOf(text, 'the kitchen would reopen')).toEqual(['Luis Ortega']);
    expect(await claimantsOf(text, 'the old menu would return')).toEqual(['Luis Ortega']);
  });

  it('two descriptions joined by "and" after a closing "says" are one person', async () => {
    const text = '"We lost everything in one night," says longtime resident and retired nurse Edna Park.';
    expect(await claimantsOf(text, 'We lost everything in one night')).toEqual(['Edna Park']);
  });

  it('two descriptions joined by "and" opening the sentence are one person', async () => {
    const text = 'Longtime resident and retired nurse Edna Park said the flood had taken half the street.';
    expect(await claimantsOf(text, 'the flood had taken half the street')).toEqual(['Edna Park']);
  });

  it('a plural group joined to a named person is still two claimants', async () => {
    const text = 'Residents and city councilor Ray Dunn said the bridge was unsafe.';
    const claimants = (await claimantsOf(text, 'the bridge was unsafe')) ?? [];
    expect(claimants).toContain('Ray Dunn');
    expect(claimants.length).toBe(2);
  });
});
