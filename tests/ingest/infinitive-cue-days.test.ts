/**
 * An infinitive cue of purpose takes the day of the act it is hung on
 * (src/ingest/annotation/infinitive-cue-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("an infinitive cue's act's day", () => {
  it('"took to Twitter on Friday to say S": Friday', async () => {
    expect(await saidOnDates('The Ostby mayor took to Twitter on Friday to say the ferry would run again.')).toEqual(['2023-03-03']);
  });

  it('"went on Fox News Thursday to argue that S": Thursday', async () => {
    expect(await saidOnDates('Senator Dana Voss went on Fox News Thursday to argue that the tariff had failed.')).toEqual(['2023-03-02']);
  });

  it('"called a news conference Friday to deny that S": Friday', async () => {
    expect(await saidOnDates('Kessel city treasurer Ilse Marn called a news conference Friday to deny that she had taken bribes.')).toEqual(
      ['2023-03-03'],
    );
  });

  it('"appeared on the radio Friday to thank her staff and say S": Friday', async () => {
    expect(
      await saidOnDates('Councilor Nia Orban appeared on the radio Friday to thank her staff and say that the roads came first.'),
    ).toContain('2023-03-03');
  });

  it('"will travel to Orlin on Friday to announce that S": no date', async () => {
    expect(await saidOnDates('Dana Voss will travel to Orlin on Friday to announce that the port will grow.')).not.toContain('2023-03-03');
  });
});
