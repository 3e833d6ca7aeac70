/**
 * A "who" set off by a comma after a name and its description, which the parse hangs on no noun or
 * on a noun that names nobody, speaks for that name (src/ingest/attribution/sources/appositive-relatives.ts),
 * on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames, claimantsOf } from '../support/parsed-attributions.ts';

describe('a relative after a described name', () => {
  it("names the person whose description the 'who' follows", async () => {
    const text = "Ted Ruiz, the former county sheriff, who has envied Mr. Baker's quick rise as he has faltered, called his rival a fraud.";
    expect(await claimantNames(text)).toEqual([['Ted Ruiz']]);
  });

  it('names the person, not the place that ends the description', async () => {
    const text = 'Among the speakers was Ana Ortiz, a teacher in Fresno, who said that the school had no heat.';
    expect(await claimantNames(text)).toEqual([['Ana Ortiz']]);
  });

  it("names the person before the comma when the parse hangs the 'who' on a noun that names nobody", async () => {
    const text = 'The plan drew a quick endorsement from Dana Whitfield, who declared that the county could not wait another year.';
    expect(await claimantsOf(text, 'the county could not wait')).toEqual(['Dana Whitfield']);
  });

  it("names the people noun before the comma when the parse hangs the 'who' on a noun that names nobody", async () => {
    const text = 'The ruling set off a wave of worry among county nurses, who warned that the clinics would close.';
    expect(await claimantsOf(text, 'the clinics would close')).toEqual(['county nurses']);
  });

  it("names the person a second 'who' after 'and' speaks for, which the parse joins to the first clause", async () => {
    const text = 'Tom Baker, who ran the county for a decade and who now claims that the budget was never balanced, spoke first.';
    expect(await claimantsOf(text, 'the budget was never balanced')).toEqual(['Tom Baker']);
  });
});
