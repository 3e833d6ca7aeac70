/**
 * A title-case headline the tagger read as one name through its verb (src/ingest/entities/headlines/headline-clause-runs.ts):
 * the mention is cut to the subject's proper nouns before the verb, or dropped when the body names them.
 * Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate, entityNames, claimantsOf } from '../support/annotated-texts.ts';

describe('a headline read as one name through its verb', () => {
  it('"Lindgren Warns the Council" is no person: the headline speaks for the mayor the body names', async () => {
    const a = await annotate(
      'Lindgren Warns the Council\n\nMayor Astrid Lindgren said Thursday that the city would close two bus depots. ' +
        'Lindgren told the council the savings would pay for new road repairs.',
    );
    expect(entityNames(a).filter((n) => /Lindgren/.test(n))).toEqual(['Astrid Lindgren']);
    expect(claimantsOf(a, 'would close two bus depots')).toEqual(['Astrid Lindgren']);
  });

  it('a run through an auxiliary ("Brandt Would Put Judges On Court") is no organization beside the senator', async () => {
    const a = await annotate(
      'Brandt Would Put Judges On Court\n\nSenator Paul Brandt said Thursday that he would name only judges who read the ' +
        'constitution literally, the Herald reports. Brandt spoke at a town hall in Reno.',
    );
    expect(entityNames(a).filter((n) => /Brandt/.test(n))).toEqual(['Paul Brandt']);
    expect(a.entities.find((e) => e.name === 'Paul Brandt')?.type).toBe('Person');
  });

  it("a subject the body does not name keeps its name without the verb; the headline's other names stay", async () => {
    const a = await annotate('Dario Ferraz Says Lima Lied\n\nDario Ferraz said Friday that his old partner had taken the money.');
    expect(entityNames(a)).toEqual(expect.arrayContaining(['Dario Ferraz', 'Lima']));
    expect(entityNames(a).some((n) => /Lied/.test(n))).toBe(false);
  });
});
