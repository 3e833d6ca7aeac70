/**
 * The span of a day word that names an occasion, with the day of the month when the word is a month:
 * in "Mayor Ines Varo, in a Feb. 14 letter to the council, wrote that S" the parser makes "Feb." a
 * compound of "letter" and "14" a number of "letter", so the day word alone ("Feb.") names no day.
 * A month followed by a number of one or two digits runs through it ("Feb. 14"). Issue 11's fourth
 * date probe (60 items, 45 dated): 1 of them.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { holidaySpan } from './holiday-days.ts';

const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

export function namingDaySpan(tree: DependencyTree, day: number): TextSpan {
  const holiday = holidaySpan(tree, day);
  if (holiday) return holiday;
  const { start, end } = tree.token(day);
  const next = day < tree.size ? tree.token(day + 1) : undefined;
  if (MONTH.test(tree.token(day).word) && next && next.pos === 'CD' && /^\d{1,2}$/.test(next.word)) return { start, end: next.end };
  return { start, end };
}
