/**
 * A plain "He said S2" right after the same speaker's dated saying takes its day
 * (src/ingest/annotation/next-saying-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

const FERRY = 'Harbor master Ivo Penn said Tuesday that the ferry would resume service.';

const CASES: Array<[string, string, Array<string | undefined>]> = [
  ['a bare "He said" in the next sentence', `${FERRY} He said the storm had damaged two docks.`, ['2023-02-28', '2023-02-28']],
  [
    'a chain: a quotation credited by name, then a pronoun',
    'Fire marshal Lena Ostrow said Sunday that the warehouse fire was set on purpose. "Someone wanted it gone," Ostrow said. She said arrests were likely.',
    ['2023-03-05', '2023-03-05', '2023-03-05'],
  ],
  ['another occasion stays undated', `${FERRY} He said in a later interview that the docks needed repairs.`, ['2023-02-28', undefined]],
  ['an earlier saying ("has said") stays undated', `${FERRY} He has said the docks are too old.`, ['2023-02-28', undefined]],
  ['another speaker stays undated', `${FERRY} Councilwoman Rita Salo said the fares were too high.`, ['2023-02-28', undefined]],
];

describe('"X said Tuesday S1. He said S2" takes the earlier saying\'s day', () => {
  it.each(CASES)('%s', async (_name, text, dates) => {
    expect(await saidOnDates(text)).toEqual(dates);
  });
});
