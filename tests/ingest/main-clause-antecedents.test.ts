/**
 * "He" after a sentence whose names are the subject of its main clause and the subject of a clause
 * inside it, neither of them a speaker: the main clause's subject is who the sentence is about
 * (src/ingest/attribution/sources/pronoun-antecedents.ts), on real CoreNLP parses of texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a pronoun after a sentence with a clause inside it', () => {
  it('"X was furious when Y did Z. He later suggested S" is X', async () => {
    const text =
      'Coach Dan Miller was furious when referee Paul Grant ejected two of his players. He later suggested that the league should review the call.';
    expect(await claimantsOf(text, 'the league should review the call')).toEqual(['Dan Miller']);
  });

  it('"X smiled as Y lit the candles. \'S,\' he said" is X', async () => {
    const text = 'Pastor John Hale smiled as Deacon Mark Lewis lit the candles. “This church has survived worse,” he said.';
    expect(await claimantsOf(text, 'This church has survived worse')).toEqual(['John Hale']);
  });

  it('"X was just as blunt, insisting that Y wanted Z. \'S,\' he said" is X', async () => {
    const text =
      'At a rally in Dayton, Governor Alan Pierce was just as blunt, insisting without evidence that Senator Mark Dolan wanted to close the plant. “You would have to be crazy,” he said.';
    expect(await claimantsOf(text, 'You would have to be crazy')).toEqual(['Alan Pierce']);
  });

  it('still gives "he" the speaker of the sentence before', async () => {
    const text =
      'Coach Dan Miller said referee Paul Grant had ejected two of his players. He added that the league should review the call.';
    expect(await claimantsOf(text, 'the league should review the call')).toEqual(['Dan Miller']);
  });
});
