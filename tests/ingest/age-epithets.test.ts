/**
 * "The 52-year-old said" stands for the one person named earlier with that age in commas after the
 * name (src/ingest/attribution/sources/age-epithets.ts), on real CoreNLP parses of texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an age epithet stands for the person named with that age', () => {
  it('"the 52-year-old" after "Ines Valdo, 52," with another person named between', async () => {
    const text =
      'Ines Valdo, 52, found a stolen clock in a barn near Lyon. Her neighbor Paul Marek helped her carry it to the museum. ' +
      'The 52-year-old said the clock still keeps perfect time.';
    expect(await claimantsOf(text, 'still keeps perfect time')).toEqual(['Ines Valdo']);
  });

  it('stays a description when two people were given that age', async () => {
    const text =
      'Ines Valdo, 52, and Paul Marek, 52, found a stolen clock in a barn near Lyon. ' +
      'The 52-year-old said the clock still keeps perfect time.';
    expect(await claimantsOf(text, 'still keeps perfect time')).not.toContain('Ines Valdo');
  });

  it('stays a description when a couple sharing a surname are both that age', async () => {
    const text =
      'Ines Valdo, 52, and her husband, Tomas Valdo, 52, found a stolen clock in a barn near Lyon. ' +
      'The 52-year-old said the clock still keeps perfect time.';
    const names = (await claimantsOf(text, 'still keeps perfect time')) ?? [];
    expect(names.filter((n) => n.includes('Valdo'))).toEqual([]);
  });
});
