import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/ingest/attribution/quotes/quotes.ts';
import { parsePublished, resolveDate } from '../../src/ingest/annotation/dates.ts';
import { extractFigures } from '../../src/ingest/annotation/figures.ts';
import { boilerplateBlocks, splitLines } from '../../src/ingest/text/clean.ts';
import { sameSaidOn, score, scoreArticle } from '../../src/ingest/eval.ts';
import { slugify } from '../../src/graph/ids.ts';

describe('dates', () => {
  const published = parsePublished('Mar 2, 2022 1:16 PM CST')!;
  it('parses the Newser posting time with its zone', () => {
    expect(published.iso).toBe('2022-03-02T13:16:00-06:00');
  });
  it('takes a bare weekday as the latest such day on or before publication', () => {
    expect(resolveDate('Wednesday', published)?.date).toBe('2022-03-02');
    expect(resolveDate('since Thursday', published)?.date).toBe('2022-02-24');
    expect(resolveDate('Thursday', undefined)).toBeUndefined();
  });
  it('puts a month and day without a year before publication', () => {
    expect(resolveDate('May 3', published)?.date).toBe('2021-05-03');
  });
  it('reads "this past Thursday" as that weekday', () => {
    expect(resolveDate('this past Thursday', published)).toMatchObject({ date: '2022-02-24', precision: 'DAY' });
  });
  it('reads a part of a weekday ("late Monday", "Tuesday night") as that day', () => {
    expect(resolveDate('late Monday', published)).toMatchObject({ date: '2022-02-28', precision: 'DAY' });
    expect(resolveDate('Tuesday night', published)).toMatchObject({ date: '2022-03-01', precision: 'DAY' });
  });
  it('names a WEEK, its Monday, for a week ("last week", "earlier this week"), no day, and a YEAR for a year ("last year", "in 2019")', () => {
    // Published on Wednesday, March 2, 2022: its week began on Monday, February 28.
    expect(resolveDate('earlier this week', published)).toMatchObject({ date: '2022-02-28', precision: 'WEEK' });
    expect(resolveDate('last week', published)).toMatchObject({ date: '2022-02-21', precision: 'WEEK' });
    expect(resolveDate('late last week', published)).toMatchObject({ date: '2022-02-21', precision: 'WEEK' });
    expect(resolveDate('last week', undefined)).toBeUndefined();
    expect(resolveDate('last weekend', published)).toBeUndefined();
    expect(resolveDate('two weeks ago', published)).toBeUndefined();
    // An ISO week: posted on Sunday, March 6, "this week" began on Monday, February 28.
    expect(resolveDate('this week', parsePublished('Mar 6, 2022 9:00 AM CST'))).toMatchObject({ date: '2022-02-28', precision: 'WEEK' });
    expect(resolveDate('last year', published)).toMatchObject({ date: '2021-01-01', precision: 'YEAR' });
    expect(resolveDate('in 2019', published)).toMatchObject({ date: '2019-01-01', precision: 'YEAR' });
  });
});

describe('quotes', () => {
  it('pairs mixed straight and curly marks in order: the spans between the marks', () => {
    const text = '"It is crazy,” she says. "We are getting calls."';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['It is crazy,', 'We are getting calls.']);
  });
  it('pairs within a paragraph only, with offsets into the whole text', () => {
    const text = 'He said: "no.\n\nThen “yes,” she said.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['yes,']);
    expect(quotes[0].start).toBe(text.indexOf('yes'));
  });
});

describe('figures', () => {
  it('normalizes measure and subject', () => {
    const text = 'around 6,000 Russian invaders have been killed';
    expect(extractFigures(text, 0, text.length)[0]).toMatchObject({
      value: 6000,
      approximate: true,
      qualifier: 'around',
      measure: 'killed',
      subject: 'Russian troops',
    });
  });
  it('uses the claimant for "its" and the previous subject for "more"', () => {
    const text = '498 of its troops have died in the conflict and almost 1,600 more have been wounded';
    const figures = extractFigures(text, 0, text.length, { claimantCountry: 'Russia' });
    expect(figures.map((f) => [f.value, f.measure, f.subject])).toEqual([
      [498, 'killed', 'Russian troops'],
      [1600, 'wounded', 'Russian troops'],
    ]);
  });
});

describe('boilerplate', () => {
  it('finds the app-install block as one span', () => {
    const text = 'Story text.\n\nGet the news faster.\nTap to install our app.\nX\n';
    const blocks = boilerplateBlocks(splitLines(text));
    expect(blocks).toHaveLength(1);
    expect(text.slice(blocks[0].start, blocks[0].end)).toBe('Get the news faster.\nTap to install our app.\nX');
  });
});

describe('slugs and scores', () => {
  it('slugifies names', () => {
    expect(slugify("Soldiers' Mothers Committee")).toBe('soldiers-mothers-committee');
  });
  it("counts a claim date right only at the gold date's precision: a week is none of its days", () => {
    const week = { date: '2022-02-28', precision: 'WEEK' as const, text: 'last week' };
    expect(sameSaidOn(week, { ...week, text: 'earlier this week' })).toBe(true);
    expect(sameSaidOn(week, { date: '2022-02-28', precision: 'DAY', text: 'Monday' })).toBe(false);
    expect(
      sameSaidOn({ date: '2022-03-01', precision: 'MONTH', text: 'in March' }, { date: '2022-03-01', precision: 'DAY', text: 'March 1' }),
    ).toBe(false);
  });
  it('computes F1', () => {
    expect(score(3, 4, 6).f1).toBeCloseTo(0.6);
  });
  it('matches claims by overlapping evidence and claimant alias', () => {
    const entity = { id: 'org/x', type: 'Organization' as const, kind: 'MEDIA' as const, name: 'X News', aliases: ['X'] };
    const claim = (start: number, end: number) => ({
      id: 'c01',
      claimants: ['org/x'],
      verb: 'says',
      kind: 'STATEMENT' as const,
      modality: 'ASSERTED' as const,
      text: 't',
      figures: [],
      via: [],
      mentions: [],
      evidence: { start, end, text: 'x' },
    });
    const s = scoreArticle(
      { entities: [{ ...entity, name: 'x', aliases: [] }], claims: [claim(0, 10)] },
      { entities: [entity], claims: [claim(5, 20)] },
    );
    expect(s.claims.f1).toBe(1);
    expect(s.entities.f1).toBe(1);
  });
});

describe('thirdPerson (regression: "say" was written "saies" in normalized claim text)', () => {
  it('conjugates reporting verbs for the normalized text', async () => {
    const { thirdPerson } = await import('../../src/ingest/annotation/verbs.ts');
    expect(['say', 'deny', 'dispute', 'reveal', 'confirm'].map(thirdPerson)).toEqual(['says', 'denies', 'disputes', 'reveals', 'confirms']);
  });
});

describe('slugify (regression: a one-word 1,000-character title made an article id too long to be a valid global id)', () => {
  it('keeps slugs to 80 characters without a trailing hyphen', () => {
    const slug = slugify('x'.repeat(1000));
    expect(slug.length).toBe(80);
    expect(slugify(`${'ab '.repeat(40)}`).endsWith('-')).toBe(false);
  });
});
