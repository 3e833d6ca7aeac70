/**
 * The claim check's labels (src/eval/claim-labels.ts): each prediction counted the way PolNeAR's
 * score.py counts it, and the threshold pick; on hand-made spans, no parse.
 */
import { describe, expect, it } from 'vitest';
import { bestThreshold, predictionKinds } from '../../src/eval/claim-labels.ts';

describe('claim labels', () => {
  const gold = [
    { source: { text: 'the mayor', resolved: 'Mayor Ana Ruiz' }, content: { spans: [[10, 60]] as Array<[number, number]> } },
    { source: { text: 'he', resolved: 'Tom Feld' }, content: { spans: [[100, 140]] as Array<[number, number]> } },
    { content: { spans: [[200, 230]] as Array<[number, number]> } },
  ];

  it('labels a matched prediction right when a claimant shares a word with the source or its resolved mention', () => {
    const kinds = predictionKinds(gold, [
      { spans: [[12, 58]], claimants: ['Ruiz'] },
      { spans: [[100, 138]], claimants: ['Lena Ortiz'] },
      { spans: [[200, 230]], claimants: ['Ruiz'] },
      { spans: [[400, 450]], claimants: ['Tom Feld'] },
    ]);
    expect(kinds).toEqual(['right', 'wrong', 'neutral', 'fp']);
  });

  it('matches one to one, best overlap first: the looser of two readings of one content matches nothing', () => {
    const kinds = predictionKinds(gold, [
      { spans: [[0, 60]], claimants: ['Ana Ruiz'] },
      { spans: [[10, 60]], claimants: ['Tom Feld'] },
    ]);
    expect(kinds).toEqual(['fp', 'wrong']);
  });

  it('picks the threshold with the highest F1, the lowest of equals', () => {
    expect(
      bestThreshold([
        { threshold: 0, f1: 0.7 },
        { threshold: 0.2, f1: 0.72 },
        { threshold: 0.3, f1: 0.72 },
        { threshold: 0.4, f1: 0.69 },
      ]),
    ).toEqual({ threshold: 0.2, f1: 0.72 });
  });
});
