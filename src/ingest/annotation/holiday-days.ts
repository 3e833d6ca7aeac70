/**
 * Holidays as the day of a saying: "told reporters on Christmas Eve", "Officials on Christmas Day
 * said S", "said on Thanksgiving that S". Like a bare weekday, a holiday is the most recent one on or
 * before the publication date; "before Christmas" or "since Thanksgiving" date nothing.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { HOLIDAY_ALTERNATION } from '../text/day-words.ts';
import type { TextSpan } from '../text/spans.ts';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const HOLIDAY = new RegExp(`^(?:${HOLIDAY_ALTERNATION})$`, 'i');

/** The month and day of a holiday in a year; the movable ones are counted from their month's weekdays. */
function holidayIn(name: string, year: number): { month: number; day: number } | undefined {
  const n = name.toLowerCase().replace(/[’]/g, "'");
  if (/^christmas eve$/.test(n)) return { month: 12, day: 24 };
  if (/^christmas(?: day)?$/.test(n)) return { month: 12, day: 25 };
  if (/^new year's eve$/.test(n)) return { month: 12, day: 31 };
  if (/^new year's(?: day)?$/.test(n)) return { month: 1, day: 1 };
  if (/^(?:fourth of july|july fourth|independence day)$/.test(n)) return { month: 7, day: 4 };
  if (/^veterans day$/.test(n)) return { month: 11, day: 11 };
  if (/^halloween$/.test(n)) return { month: 10, day: 31 };
  if (/^valentine's day$/.test(n)) return { month: 2, day: 14 };
  if (/^st\.? patrick's day$/.test(n)) return { month: 3, day: 17 };
  // US holidays on a weekday of their month: Thanksgiving the fourth Thursday of November,
  // Memorial Day the last Monday of May, Labor Day the first Monday of September.
  if (/^thanksgiving(?: day)?$/.test(n)) return { month: 11, day: nthWeekday(year, 11, 4, 4) };
  if (/^memorial day$/.test(n)) return { month: 5, day: nthWeekday(year, 6, 1, 1) + 31 - 7 };
  if (/^labor day$/.test(n)) return { month: 9, day: nthWeekday(year, 9, 1, 1) };
  return undefined;
}

/** The day of the month of the nth `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

/** The holiday an expression names ("Christmas Eve", "on the Fourth of July"), the last one on or before `published`. */
export function holidayDay(expression: string, published: CalendarDay | undefined): CalendarDay | undefined {
  const name = expression
    .trim()
    .replace(/^(?:on\s+)?(?:the\s+)?/i, '')
    .replace(/\s+(?:morning|afternoon|evening|night)$/i, '');
  if (!HOLIDAY.test(name) || !published) return undefined;
  for (const year of [published.year, published.year - 1]) {
    const day = holidayIn(name, year);
    const passed =
      day && (year < published.year || day.month < published.month || (day.month === published.month && day.day <= published.day));
    if (day && passed) return { year, ...day };
  }
  return undefined;
}

/**
 * The words of a holiday a time phrase is headed by ("Christmas Eve" under "on Christmas Eve", "New
 * Year's Eve", "Fourth of July"), when nothing but "on" introduces it.
 */
export function holidaySpan(tree: DependencyTree, head: number): TextSpan | undefined {
  if (!/^NNP/.test(tree.token(head).pos)) return undefined;
  if (tree.children(head, 'case').some((k) => !/^on$/i.test(tree.token(k).word))) return undefined;
  const words = tree.subtree(
    head,
    (edge, from) => /^(det|punct|acl|acl:relcl|amod|advmod|appos|conj|cc)$/.test(edge.dep) || (from === head && edge.dep === 'case'),
  );
  const first = words[0];
  const last = words.at(-1)!;
  const written = tree.sentence.tokens
    .slice(first - 1, last)
    .map((t) => t.word)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1');
  return HOLIDAY.test(written) ? { start: tree.token(first).start, end: tree.token(last).end } : undefined;
}
