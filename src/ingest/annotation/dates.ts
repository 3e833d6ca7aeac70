/**
 * Dates against the publication time. chrono-node parses the expressions; a bare weekday
 * is the most recent such day on or before publication ("since Thursday" written on a
 * Wednesday is six days earlier; "Wednesday" written on a Wednesday is that day).
 */
import * as chrono from 'chrono-node';
import { lookupKnown } from '../entities/gazetteer.ts';
import { WEEKDAYS, WEEKDAY_ALTERNATION } from '../text/day-words.ts';
import { holidayDay } from './holiday-days.ts';
import { wordTable } from '../text/own-entries.ts';

export interface Published {
  /** ISO 8601 with offset: 2022-03-02T13:16:00-06:00 */
  iso: string;
  /** The local calendar date at the place of publication. */
  year: number;
  month: number;
  day: number;
  offsetMinutes: number;
}

export interface ResolvedDate {
  date: string;
  /** A WEEK's date is its Monday. */
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  text: string;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "Mar 2, 2022 1:16 PM CST" → 2022-03-02T13:16:00-06:00. */
export function parsePublished(written: string): Published | undefined {
  const result = chrono.parse(written)[0];
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return undefined;
  const s = result.start;
  const offset = s.get('timezoneOffset') ?? 0;
  const sign = offset < 0 ? '-' : '+';
  const year = s.get('year')!;
  const month = s.get('month')!;
  const day = s.get('day')!;
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}:${pad(s.get('second') ?? 0)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return { iso, year, month, day, offsetMinutes: offset };
}

export function publishedFromIso(iso: string): Published | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
  if (!m) return undefined;
  const offset = m[4] === 'Z' ? 0 : (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7]));
  return { iso, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), offsetMinutes: offset };
}

function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The week phrases resolved against publication: "last week", "earlier this week", "late last week" (week-dates.ts). */
export const WEEK_PHRASE = /^(?:(?:earlier|early|late)\s+)?(?:this|last)\s+week$/i;

/**
 * The week of publication, or one `weeksBack` before it, as its Monday (an ISO week: an article
 * posted on a Sunday is in the week that began six days earlier).
 */
function weekOf(published: Published, weeksBack: number, text: string): ResolvedDate {
  const sinceMonday = (new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay() + 6) % 7;
  return { date: isoDay(published.year, published.month, published.day - sinceMonday - 7 * weeksBack), precision: 'WEEK', text };
}

/** Years counted back from publication's: "last year" is the one before. */
const YEAR_BACK = wordTable<number>({
  'this year': 0,
  'earlier this year': 0,
  'last year': 1,
  'late last year': 1,
  'early last year': 1,
});

/** Resolves a date expression; relative ones need the publication date. */
export function resolveDate(expression: string, published: Published | undefined): ResolvedDate | undefined {
  const lower = expression.trim().toLowerCase();
  const holiday = holidayDay(expression, published);
  if (holiday) return { date: isoDay(holiday.year, holiday.month, holiday.day), precision: 'DAY', text: expression.trim() };
  const weekday = WEEKDAYS.findIndex((w) =>
    new RegExp(
      `^(?:(?:since|on|last|this|by|until|this past)\\s+)?(?:(?:late|early)\\s+)?${w}(?:\\s+(?:morning|afternoon|evening|night))?$`,
    ).test(lower),
  );
  if (weekday >= 0) {
    if (!published) return undefined;
    const pubDay = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
    const back = (pubDay - weekday + 7) % 7;
    return { date: isoDay(published.year, published.month, published.day - back), precision: 'DAY', text: expression.trim() };
  }
  if (/^(today|this morning|tonight|this afternoon|this evening)$/.test(lower)) {
    return published
      ? { date: isoDay(published.year, published.month, published.day), precision: 'DAY', text: expression.trim() }
      : undefined;
  }
  if (lower === 'yesterday' || lower === 'last night') {
    return published
      ? { date: isoDay(published.year, published.month, published.day - 1), precision: 'DAY', text: expression.trim() }
      : undefined;
  }
  // "last week", "earlier this week": a WEEK, never a day ("last week" is not seven days ago).
  if (WEEK_PHRASE.test(lower)) return published ? weekOf(published, /\blast\b/.test(lower) ? 1 : 0, expression.trim()) : undefined;
  // Other weeks ("last weekend", "two weeks ago") name neither a day nor a week counted from publication; a year alone is a YEAR.
  if (/\bweek(?:end)?s?\b/.test(lower)) return undefined;
  const yearAlone =
    /^(?:in\s+)?(\d{4})$/.exec(lower)?.[1] ??
    (published && YEAR_BACK.has(lower) ? String(published.year - YEAR_BACK.get(lower)!) : undefined);
  if (yearAlone) return { date: isoDay(Number(yearAlone), 1, 1), precision: 'YEAR', text: expression.trim() };
  const reference = published ? { instant: new Date(published.iso), timezone: published.offsetMinutes } : undefined;
  const parsed = reference ? chrono.parse(expression, reference)[0] : chrono.parse(expression)[0];
  if (!parsed) return undefined;
  const s = parsed.start;
  if (!s.isCertain('month')) return undefined;
  let year = s.get('year')!;
  if (!s.isCertain('year')) {
    if (!published) return undefined;
    year = published.year;
    if (s.get('month')! > published.month || (s.get('month') === published.month && (s.get('day') ?? 1) > published.day)) year--;
  }
  if (!s.isCertain('day')) return { date: isoDay(year, s.get('month')!, 1), precision: 'MONTH', text: parsed.text };
  return { date: isoDay(year, s.get('month')!, s.get('day')!), precision: 'DAY', text: parsed.text };
}

const DATE_WORD = new RegExp(
  `^(?:(?:on|since|last)\\s+)?(?:${WEEKDAY_ALTERNATION}|today|yesterday)\\b(?!['’]s\\b|\\s+show\\b)|^(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?!\\d)(?:,\\s*\\d{4})?`,
  'i',
);
const DAY_BEFORE_VERB = new RegExp(`(${WEEKDAY_ALTERNATION}|today|yesterday)\\s*,?\\s*$`, 'i');

/** A date written right after (or just before) the reporting verb: "said Wednesday that", "revealed Friday". */
export function dateNearVerb(text: string, verbEnd: number, verbStart: number, published: Published | undefined): ResolvedDate | undefined {
  // The date may follow an object or agent: "revealed Friday", "released by the X Press Service on Tuesday".
  const window = text.slice(verbEnd, verbEnd + 80);
  for (const gap of window.matchAll(/\s+/g)) {
    const between = window.slice(0, gap.index);
    if (!/^(?:\s+(?:by|the|[A-Z][\w.'’-]*))*$/.test(between)) break;
    // "noted the Sept. 11 attacks", "recalled the June 3 vote": a date after "the" names an event.
    if (/(?:^|\s)the$/i.test(between)) continue;
    const m = DATE_WORD.exec(window.slice(gap.index + gap[0].length));
    if (m && !closesProgrammeName(between.trim().split(/\s+/), m[0])) return resolveDate(m[0], published);
  }
  const before = text.slice(Math.max(0, verbStart - 20), verbStart);
  const m = DAY_BEFORE_VERB.exec(before);
  if (!m || closesProgrammeName(before.slice(0, m.index).trim().split(/\s+/), m[1])) return undefined;
  const dayStart = verbStart - before.length + m.index;
  if (RELATIVE_CLAUSE_OPEN.test(text.slice(Math.max(0, dayStart - 150), dayStart))) return undefined;
  return resolveDate(m[1], published);
}

/**
 * "The treasurer, who toured the plant on Wednesday, said": a day closing a relative clause on the
 * speaker dates what the speaker did, not the saying.
 */
const RELATIVE_CLAUSE_OPEN = /,\s*(?:who|whom|whose|which)\b[^,;.!?]*$/i;

/** "told Fox News Sunday": the day word closes a programme's name the gazetteer knows (with up to three words before it), and dates nothing. */
export function closesProgrammeName(wordsBefore: string[], day: string): boolean {
  const words = wordsBefore.slice(-3);
  return words.some((_, k) => lookupKnown([...words.slice(k), day.trim()].join(' '))?.kind === 'MEDIA');
}
