/**
 * "The ministry issued a statement. “…,” it said"; "The coach, Odair Hellmann, took to Instagram.
 * “…,” he wrote"; "The police held a briefing. They said S": the pronoun after a sentence whose
 * subject put out an occasion stands for that subject
 * (src/ingest/attribution/sources/occasion-holders.ts), on real CoreNLP parses of texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a pronoun speaking for whoever put out the occasion just before', () => {
  it('"it said" closing a quotation after a ministry issued a statement', async () => {
    const text =
      'Farmers blocked roads near Tromsø for a second day. On Monday, the Ministry of Agriculture and Food issued a statement. ' +
      '“The subsidy cuts will be reviewed before the spring planting,” it said.';
    expect(await claimantsOf(text, 'will be reviewed before the spring planting')).toEqual(['Ministry of Agriculture and Food']);
  });

  it('"he wrote" after a coach named in apposition took to Instagram, not the speaker before', async () => {
    const text =
      'Midfielder Tomas Reyes said the squad had stopped believing in the plan. “We were lost,” he said. ' +
      'The coach, Odair Hellmann, took to Instagram on Sunday. “I leave with my head held high,” he wrote.';
    expect(await claimantsOf(text, 'I leave with my head held high')).toEqual(['Odair Hellmann']);
  });

  it('"They said" after the police held a briefing', async () => {
    const text =
      'A hiker went missing on Mount Mansfield on Friday. The Vermont State Police held a news briefing on Sunday. ' +
      'They said a helicopter crew had found the hiker near a ravine.';
    expect(await claimantsOf(text, 'a helicopter crew had found the hiker')).toEqual(['Vermont State Police']);
  });

  it('"it wrote" after a fire department posted an update on Facebook', async () => {
    const text =
      'A warehouse fire burned through the night in Dunmore. The Dunmore Fire Department posted an update on Facebook early Thursday. ' +
      '“The fire is contained, and no one was hurt,” it wrote.';
    expect(await claimantsOf(text, 'no one was hurt')).toEqual(['Dunmore Fire Department']);
  });

  it('leaves "she" alone when the one who posted was a man', async () => {
    const text = 'Governor Alan Marsh posted a video on X on Tuesday. “The bridge will reopen by June,” she said.';
    expect(await claimantsOf(text, 'The bridge will reopen by June')).not.toEqual(['Alan Marsh']);
  });
});
