/**
 * Resolves the words that gave a claim's date ("Tuesday", "yesterday", "March 1") against a new
 * publication time, as the extractor does: a bare weekday is the latest such day on or before
 * publication; a month and day without a year is the latest such date on or before it; anything
 * else chrono-node reads with the publication time as reference.
 */
import * as chrono from 'chrono-node';

export interface ResolvedDay {
  date: string;
  precision: 'DAY' | 'MONTH';
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day at the place of publication of an ISO date-time with offset. */
function localDay(publishedAt: string): { year: number; month: number; day: number; offsetMinutes: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+(Z|([+-])(\d{2}):?(\d{2}))/.exec(publishedAt);
  if (!m) return undefined;
  const offsetMinutes = m[4] === 'Z' ? 0 : (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7]));
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), offsetMinutes };
}

function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date the words give relative to `publishedAt`, or undefined when they give none. */
export function resolveDateWords(words: string, publishedAt: string): ResolvedDay | undefined {
  const pub = localDay(publishedAt);
  if (!pub) return undefined;
  const lower = words.trim().toLowerCase();
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`^(?:(?:since|on|last|this|by|until)\\s+)?${w}$`).test(lower));
  if (weekday >= 0) {
    const back = (new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay() - weekday + 7) % 7;
    return { date: isoDay(pub.year, pub.month, pub.day - back), precision: 'DAY' };
  }
  if (/^(today|this morning|tonight|this afternoon|this evening)$/.test(lower))
    return { date: isoDay(pub.year, pub.month, pub.day), precision: 'DAY' };
  if (lower === 'yesterday') return { date: isoDay(pub.year, pub.month, pub.day - 1), precision: 'DAY' };
  const parsed = chrono.parse(words, { instant: new Date(publishedAt), timezone: pub.offsetMinutes })[0];
  if (!parsed || !parsed.start.isCertain('month')) return undefined;
  const s = parsed.start;
  let year = s.get('year')!;
  if (!s.isCertain('year')) {
    year = pub.year;
    if (s.get('month')! > pub.month || (s.get('month') === pub.month && (s.get('day') ?? 1) > pub.day)) year--;
  }
  if (!s.isCertain('day')) return { date: isoDay(year, s.get('month')!, 1), precision: 'MONTH' };
  return { date: isoDay(year, s.get('month')!, s.get('day')!), precision: 'DAY' };
}
