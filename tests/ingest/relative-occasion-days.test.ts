/**
 * A saying told in a relative clause about an occasion takes the occasion's day
 * (src/ingest/annotation/relative-occasion-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("a relative clause's occasion's day", () => {
  it('"held a news conference Thursday afternoon, where she said S": Thursday', async () => {
    expect(
      await saidOnDates(
        'Harbor commissioner Elke Varn held a news conference Thursday afternoon, where she said the cranes would be replaced.',
      ),
    ).toEqual(['2023-03-02']);
  });

  it('"conceded in a speech Friday morning in which he said S": Friday for the saying too', async () => {
    expect(await saidOnDates('Incumbent Piet Ramos conceded in a speech Friday morning in which he said the voters had spoken.')).toEqual([
      '2023-03-03',
      '2023-03-03',
    ]);
  });

  it('"released a video Thursday in which she said S": Thursday', async () => {
    expect(await saidOnDates('Senator Ola Brandt released a video Thursday in which she said the tariff had failed.')).toEqual([
      '2023-03-02',
    ]);
  });

  it('"attacked a memo Thursday in which the union said S": the union\'s saying stays undated', async () => {
    expect(await saidOnDates('Mayor Ola Brandt attacked a memo Thursday in which the dockers union said wages had fallen.')).toEqual([
      '2023-03-02',
      undefined,
    ]);
  });
});
