/**
 * The day of an occasion told in the sentence before the saying (src/ingest/annotation/occasion-sentence-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('an occasion in the sentence before dates the saying', () => {
  it('"On Friday, X issued a statement. The statement said S"', async () => {
    // the issuing (an act, dated at main too) and what the statement said
    expect(await saidOnDates('On Friday, the Orlin water board issued a statement. The statement said the wells were clean.')).toEqual([
      '2023-03-03',
      '2023-03-03',
    ]);
  });

  it('"X gave a speech in P on Saturday. In it, she said S"', async () => {
    expect(await saidOnDates('Mayor Ines Varo gave a speech in Dunmere on Saturday. In it, she said the port would expand.')).toEqual([
      '2023-03-04',
    ]);
  });

  it('"On Sunday, X appeared on a show. She said S"; not the sentence after that', async () => {
    // "She added that S2" there would add to the same appearance (also-said-days.ts); a plain later saying does not.
    expect(
      await saidOnDates(
        'On Sunday, Ines Varo appeared on the Harbor Hour. She said the port would expand. Later, she said the tolls would stay.',
      ),
    ).toEqual(['2023-03-05', undefined]);
  });

  it('"X sat down with the Globe on Thursday. She said S": Thursday', async () => {
    expect(await saidOnDates('Councilor Ada Prell sat down with the Globe on Thursday. She said the bridge would reopen.')).toEqual([
      '2023-03-02',
    ]);
  });

  it('an address, a hearing, questions from reporters, a network, a platform: the saying after is dated', async () => {
    expect(
      await saidOnDates('On Saturday, Governor Nell Araya took questions from reporters. "We will pay for every rivet," she said.'),
    ).toEqual(['2023-03-04']);
    expect(
      await saidOnDates('Warden Piet Oduya testified before the county board on Tuesday. He said the jail needed forty more guards.'),
    ).toEqual(['2023-02-28']);
    expect(await saidOnDates('Senator Ruth Calloway went on CNN on Sunday. She said the tariff would be lifted by May.')).toEqual([
      '2023-03-05',
    ]);
    expect(await saidOnDates('Coach Dario Venn took to Instagram on Sunday. "I am not going anywhere," he wrote.')).toEqual(['2023-03-05']);
  });

  // Each text with the day of each claim; a first sentence's act or saying is dated at s61-rc too.
  it.each([
    // an occasion told in passing
    [
      'On Friday night, Senator Ruth Calloway thanked donors in a speech. She said the clinic would open in June.',
      ['2023-03-03', '2023-03-03'],
    ],
    // the paper put out speaks
    [
      'On Thursday, the Orlin tenants union filed a complaint with the city. The complaint said the heat had been off for weeks.',
      ['2023-03-02', '2023-03-02'],
    ],
    ['On Saturday, the Dunmere aquarium posted a video of the otters. The post said the pups were gaining weight.', ['2023-03-04']],
    // anyone who says "there"
    [
      'On Wednesday, the Orlin fire department held a news conference. Its chief, Dara Quill, said there that the blaze was arson.',
      ['2023-03-01'],
    ],
    // not a later saying after a dated saying (a plain one takes its day: next-saying-days.ts), nor another speaker without "there"
    [
      'Mayor Tom Baker told WBAL in an interview Tuesday that buses would run all night. "Nobody will be stranded," he later said.',
      ['2023-02-28', undefined],
    ],
    ['On Wednesday, the Orlin fire department held a news conference. Its chief, Dara Quill, said the blaze was arson.', [undefined]],
  ])('in passing, the paper put out, "said there": %s', async (text, days) => {
    expect(await saidOnDates(text)).toEqual(days);
  });

  it('a visit or a meeting with others than the press does not date the saying after it', async () => {
    expect(
      await saidOnDates('On Saturday, Governor Nell Araya met with union leaders. She said the state would pay for every rivet.'),
    ).toEqual([undefined]);
    expect(await saidOnDates('On Saturday, Governor Nell Araya toured the bridge. She said the state would pay for every rivet.')).toEqual([
      undefined,
    ]);
  });
  it.each([
    // a span of days in what was said is no day of the saying's own
    ['President Ona Reyes gave a speech to parliament on Tuesday. She said the payroll tax would be cut within 100 days.', ['2023-02-28']],
    ['Governor Nell Araya spoke at the statehouse on Monday. She said the bridge would reopen in the coming days.', ['2023-03-06']],
    ['Governor Nell Araya spoke at the statehouse on Monday. She said the bridge had been shut for days.', ['2023-03-06']],
    // a time of the sentence's own still keeps the occasion's day away
    ['Governor Nell Araya spoke at the statehouse on Monday. That night, she said the bridge would reopen.', [undefined]],
  ])('a span of time in the saying, a time of its own: %s', async (text, days) => {
    expect(await saidOnDates(text)).toEqual(days);
  });
});
