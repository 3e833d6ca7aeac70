/**
 * "The governor opened a rally blasting the legislature": the parser hangs the participle on the
 * occasion before it (acl of "rally"), which cannot speak, so the reading had no speaker and was
 * dropped; the speaker is the subject of the verb the occasion belongs to
 * (src/ingest/attribution/frames/occasion-participles.ts), on real CoreNLP parses of texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { parsedAttributions, contentText, shownReadings } from '../support/parsed-attributions.ts';

/** The claimants' names of the reading whose cue is `lemma`, or undefined when there is none. */
async function claimantsByCue(text: string, lemma: string): Promise<string[] | undefined> {
  const found = await parsedAttributions(text);
  return found.find((a) => a.cue.lemma === lemma)?.claimants.map((c) => c.name);
}

describe('a participle hung on an occasion speaks for the one who holds it', () => {
  it('"opened a rally blasting X": the governor blasts', async () => {
    const text = 'On Tuesday, the Ohio governor opened a Columbus rally blasting the legislature for cutting school funding.';
    expect(await claimantsByCue(text, 'blast')).toEqual(['the Ohio governor']);
  });

  it('"closed the town hall event attacking X": Warren attacks', async () => {
    const text = 'Warren closed the town hall event attacking the bank for its fees.';
    expect(await claimantsByCue(text, 'attack')).toEqual(['Warren']);
  });

  it('"opened Tuesday\'s council meeting criticizing X": the mayor criticizes, and the content is what she criticizes', async () => {
    const text = "Mayor Lena Ortiz opened Tuesday's council meeting criticizing the budget office for the delays.";
    const found = await parsedAttributions(text);
    const reading = found.find((a) => a.cue.lemma === 'criticize');
    expect(
      reading?.claimants.map((c) => c.name),
      shownReadings(text, found),
    ).toEqual(['Lena Ortiz']);
    expect(contentText(text, reading!)).toContain('the budget office');
  });

  it('a plural role speaks by its lemma: "the anchors closed the debate insisting S", "the department heads opened the meeting warning S"', async () => {
    const anchors = "The network's anchors closed Tuesday's debate insisting that the polls had been wrong.";
    expect(await claimantsByCue(anchors, 'insist')).toEqual(["The network's anchors"]);
    const heads = 'The department heads opened the meeting warning that the budget would shrink.';
    expect(await claimantsByCue(heads, 'warn')).toEqual(['The department heads']);
  });

  it('a passive verb names no one: "was heard at the hearing accusing X" gives the hearing no claim', async () => {
    const text = 'Senator Mark Dill was heard at the hearing accusing the agency of hiding the report.';
    const found = await parsedAttributions(text);
    expect(
      found.flatMap((a) => a.claimants.map((c) => c.name)).filter((n) => /hearing/i.test(n)),
      shownReadings(text, found),
    ).toEqual([]);
  });

  it('a sign is no occasion: "held up a sign saying S" keeps its reading', async () => {
    const text = 'Protesters held up a sign saying the war must end.';
    const found = await parsedAttributions(text);
    expect(
      found.some((a) => contentText(text, a).includes('the war must end')),
      shownReadings(text, found),
    ).toBe(true);
  });
});
