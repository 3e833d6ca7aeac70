/**
 * "X spent much of her speech praising S": the one who spends the time does what the participle
 * says, not the time the parser made its subject (frames/spent-time-subjects.ts); on real CoreNLP
 * parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames as claimants } from '../support/parsed-attributions.ts';

describe('a participle after the time its speaker spent', () => {
  it('"X spent much of her speech praising S" is X\'s, not the speech\'s', async () => {
    expect(await claimants('Mayor Ann Ruiz spent much of her speech praising the new transit plan.')).toEqual([['Ann Ruiz']]);
  });

  it('"X spent many hours explaining that S" is X\'s', async () => {
    expect(await claimants('Governor Ann Porter spent many hours explaining that the new bridge would open in May.')).toEqual([
      ['Ann Porter'],
    ]);
  });

  it('"X spent most of the campaign attacking Y" is X\'s, not the campaign\'s', async () => {
    expect(await claimants('Senator Tom Reyes spent most of the campaign attacking his rival for missing votes.')).toEqual([['Tom Reyes']]);
  });
});
