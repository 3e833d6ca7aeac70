/**
 * Ordinary attributions the parser misread, on real CoreNLP parses of texts written for this test: a
 * quotation closed by "he told reporters" hung as parataxis (frames/closing-sayings.ts); a "that" clause
 * hung on the issuer of an interview (frames/issued-medium-complements.ts); "An X who fled Y said S", where
 * the parser made Y the speaker (sources/relative-object-speakers.ts); a closing "the company said" that holds part
 * of S (frames/closing-sentence-credits.ts); a body's name read as a verb (nlp/verb-read-body-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf, contentText, parsedAttributions } from '../support/parsed-attributions.ts';
import { namedClaims } from '../support/named-claims.ts';

describe('ordinary attributions the parser misread', () => {
  it('"“S,” he told reporters" after a quotation the parser hung as parataxis', async () => {
    const text = 'Mayor Tom Reyes spoke at City Hall on Tuesday. "This budget follows every rule," he told reporters.';
    expect(await claimantsOf(text, 'This budget follows every rule')).toEqual(['Tom Reyes']);
  });

  it('"said in an interview published Sunday by the Athletic that S" is the speaker\'s', async () => {
    const text =
      'Striker Leo Maddox said in an interview published Sunday by the Athletic that he was not sure his knee could take another season.';
    expect(await claimantsOf(text, 'his knee could take another season')).toEqual(['Leo Maddox']);
  });

  it('"An Iraqi who fled Mosul said S": the Iraqi speaks, not the city', async () => {
    const text = 'An Iraqi who fled Mosul said the militants had burned his orchards.';
    const claimants = await claimantsOf(text, 'burned his orchards');
    expect(claimants).toBeDefined();
    expect(claimants!.join(' ')).toMatch(/Iraqi/);
    expect(claimants!.join(' ')).not.toMatch(/Mosul/);
  });

  it('"A nurse who treated Chikwanha residents said S": the nurse speaks, and S is the whole clause', async () => {
    const text = 'A nurse who treated Chikwanha residents said many children were showing signs of cholera.';
    const found = await parsedAttributions(text);
    const reading = found.find((a) => contentText(text, a).includes('many children'));
    expect(reading?.claimants.map((c) => c.name).join(' ')).toMatch(/nurse/);
    expect(contentText(text, reading!)).toMatch(/signs of cholera/);
  });

  it('a name right before "said" after a comma is still its own speaker', async () => {
    const text = 'Ana Ruiz, who fled Caracas in 2019, said the economy had collapsed.';
    expect(await claimantsOf(text, 'the economy had collapsed')).toEqual(['Ana Ruiz']);
  });

  it('"S when S2, the company said in a statement": the closing credit holds all of S', async () => {
    const text =
      "Halvern Pharma makes most of the country's insulin. The shortage began when its plant in Dayton closed, the company said in a statement.";
    const reading = (await parsedAttributions(text)).find((a) => a.cue.lemma === 'say');
    expect(reading?.claimants.map((c) => c.name)).toEqual(['Halvern Pharma']);
    expect(contentText(text, reading!)).toMatch(/^The shortage began when its plant in Dayton closed/);
  });

  it('"Common Cause, a nonpartisan watchdog group, said S": the body speaks although "Cause" was read as a verb', async () => {
    const text = 'Common Cause, a nonpartisan watchdog group, said the new rules favor incumbents in every district.';
    const claims = await namedClaims(text, '2026-12-02');
    expect(claims.find((c) => c.evidence.includes('favor incumbents'))?.claimants).toEqual(['Common Cause']);
  });
});
