/**
 * A town hall is an occasion, and a website or network named with "on" is where the words were put
 * out (src/ingest/annotation/occasion-forms.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('occasions the word lists missed', () => {
  it('"During a town hall Thursday night, X said S": Thursday', async () => {
    expect(await saidOnDates('During a town hall Thursday night in Orlin, Senator Ilse Marn said the clinic would reopen.')).toEqual([
      '2023-03-02',
    ]);
  });

  it('"In a statement on Instagram Thursday, the band said S": Thursday', async () => {
    expect(await saidOnDates('In a statement on Instagram Thursday, the Kessel Rovers said the match would be replayed.')).toEqual([
      '2023-03-02',
    ]);
  });

  it('"In a post on its website Friday, the company said S": Friday', async () => {
    expect(await saidOnDates('In a post on its website Friday, the Ostby ferry line said two boats would be retired.')).toEqual([
      '2023-03-03',
    ]);
  });

  it('"In a statement on the strike Friday, the union said S": no date', async () => {
    expect(await saidOnDates('In a statement on the strike Friday, the Ostby dockers union said wages had fallen.')).toEqual([undefined]);
  });
});
