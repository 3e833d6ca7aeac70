/**
 * "Wendt said … the Ostrander-Wendt ticket": a longer form that joins another name to the short one
 * ("X - Y", "X / Y", "X for the Y", "X and Y", "X with Y", a name on each side) names two, not the
 * short name's fullest form; nor does a party word before one word ("the GOP Senate") make a fuller
 * name of "Senate". Train: 9 claimants renamed in 3 articles, right/wrong unchanged ("Weld" had
 * been "Johnson - Weld" beside "William Weld" 7 times, "Senate" "GOP Senate", a headline's
 * "<name> With George Wallace" for "George Wallace"); dev predictions byte-identical.
 */
import type { SourceType } from './name-mentions.ts';

const JOINERS = new Set(['for', '/', 'and', '&', '-', 'with']);
const PARTY_WORDS = new Set(['GOP', 'Republican', 'Democratic', 'Democrat', 'Battleground']);

/** Whether `form`, a longer form ending in `short`, joins another name to it. */
export function joinsAnotherName(form: string, short: string, type: SourceType): boolean {
  const formWords = form.split(/\s+/);
  const shortWords = short.split(/\s+/);
  const start = formWords.length - shortWords.length;
  if (start <= 0 || formWords.slice(start).join(' ') !== shortWords.join(' ')) return false;
  const before = formWords.slice(0, start);
  if (/^the$/i.test(before.at(-1)!)) before.pop();
  const capitalised = (w: string) => /^[A-Z]/.test(w) && !/^the$/i.test(w);
  // "Johnson - Weld", "Harlow Polling for the Daily Tribune": a name, a joiner, then the short name.
  const last = before.at(-1)?.toLowerCase();
  if (last !== undefined && JOINERS.has(last) && capitalised(before.at(-2) ?? '')) return true;
  if (type !== 'ORGANIZATION') return false;
  return shortWords.length === 1 && before.length > 0 && before.every((w) => PARTY_WORDS.has(w));
}
