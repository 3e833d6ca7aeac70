/**
 * A cue set off by commas inside the clause it reports, parsed as the sentence's root with the rest
 * of the clause as a parataxis after it, reports both parts
 * (src/ingest/attribution/frames/interrupting-roots.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a cue that interrupts the clause it reports', () => {
  it('credits its subject with the words on both sides', async () => {
    const text = 'Over the same decade, city payroll records show, the fire department has doubled in size.';
    expect(await claimantsOf(text, 'the fire department has doubled in size')).toEqual(['city payroll records']);
  });
});
