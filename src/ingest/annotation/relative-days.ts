/**
 * A day counted from one already named: "Governor Tam Oyelaran said Wednesday that the dyke had held.
 * A day earlier, he had warned it might fail." (Tuesday); "The day before, she had said S", "Two days
 * later, the rebels said S", "said the next day that S". The phrase hangs on the cue; its day is the
 * last day written before it (within a few sentences), moved by the count. Issue 11's date probe D:
 * 3 of its 46 dated sayings; a bare "earlier" or "later" moves nothing and dates nothing. "The same
 * day, X said S" and "said the same day that S" take that day itself (moved by none).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { WEEKDAY_ALTERNATION } from '../text/day-words.ts';
import type { TextSpan } from '../text/spans.ts';
import { resolveDate, type Published, type ResolvedDate } from './dates.ts';
import { wordTable } from '../text/own-entries.ts';

const BACK = /^(?:earlier|before|previous|prior)$/i;
const ON = /^(?:later|after|next|following)$/i;
const EVENT_DIRECTION = /^(?:after|before)$/i;
const DIRECTION = /\b(?:earlier|before|previous|prior|later|after|next|following)\b/i;
/** "the same day", "that same day", "on the same day": the day named last, not moved. */
const SAME_DAY = /^(?:on\s+)?(?:the|that)\s+same\s+day$/i;
const COUNT = wordTable<number>({
  a: 1,
  one: 1,
  the: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
});

/** The relative phrase on the cue ("A day earlier", "the next day"), if any. */
export function relativeDaySpan(tree: DependencyTree, cue: number): TextSpan | undefined {
  for (const child of tree.children(cue, /^(obl:tmod|obl:npmod|advmod|obl)$/)) {
    const phrase = tree.subtree(child).filter((w) => tree.relation(w) !== 'punct');
    if (SAME_DAY.test(phrase.map((w) => tree.token(w).word).join(' '))) return tree.span(phrase);
    if (tree.relation(child) === 'obl') continue;
    const day = /^days?$/i.test(tree.token(child).word)
      ? child
      : BACK.test(tree.token(child).word) || ON.test(tree.token(child).word)
        ? tree.children(child, 'obl:npmod').find((d) => /^days?$/i.test(tree.token(d).word))
        : undefined;
    if (day === undefined || offsetOf(tree, day) === undefined) continue;
    const words = tree.subtree(child).filter((w) => tree.relation(w) !== 'punct');
    return tree.span(words);
  }
  return dayAfterEvent(tree, cue);
}

/**
 * "A day after the vote, X said", "Two days after the flood, …", "A day after the paint went on, …":
 * the day is counted from an event, written before as the last day (the same anchor as "A day later").
 * The parser hangs "after" on the event's noun or clause, or makes the day a part of the clause.
 * Only a phrase opening the sentence: in "said S, a day after the poll came out" the event seldom has a day written.
 */
function dayAfterEvent(tree: DependencyTree, cue: number): TextSpan | undefined {
  const phraseOf = (node: number) => {
    const words = tree.subtree(node).filter((w) => tree.relation(w) !== 'punct');
    return Math.min(...words) === 1 ? tree.span(words) : undefined;
  };
  for (const child of tree.children(cue, /^(obl|obl:tmod|obl:npmod)$/)) {
    if (!countedEventDay(tree, child)) continue;
    const after = [child, ...tree.children(child, /^(nmod|dep|acl)$/)].some((w) =>
      tree.children(w, /^(case|mark)$/).some((m) => EVENT_DIRECTION.test(tree.token(m).word)),
    );
    if (after) return phraseOf(child);
  }
  for (const clause of tree.children(cue, 'advcl')) {
    const after = tree.children(clause, 'mark').some((m) => EVENT_DIRECTION.test(tree.token(m).word));
    if (after && tree.children(clause, /^(dep|obl:tmod|obl:npmod)$/).some((d) => countedEventDay(tree, d))) return phraseOf(clause);
  }
  return undefined;
}

/** "a day", "two days", "the day" opening the phrase. */
function countedEventDay(tree: DependencyTree, day: number): boolean {
  if (!/^days?$/i.test(tree.token(day).word)) return false;
  const determiner = tree.children(day, /^(det|nummod)$/).find((d) => d < day);
  return determiner !== undefined && COUNT.has(tree.token(determiner).word.toLowerCase());
}

/** "a day earlier", "the next day", "two days later": a day counted from another. */
export function isCountedDay(words: string): boolean {
  if (SAME_DAY.test(words)) return true;
  return COUNT.has(words.split(/\s+/)[0].toLowerCase()) && /\bdays?\b/i.test(words) && DIRECTION.test(words);
}

/** "A day earlier, …": one day before the last day written before the phrase; none when no day is written there. */
export function resolveCountedDay(text: string, phrase: TextSpan, published: Published | undefined): ResolvedDate | undefined {
  const words = text.slice(phrase.start, phrase.end);
  const count = SAME_DAY.test(words) ? 0 : COUNT.get(words.split(/\s+/)[0].toLowerCase())!;
  const sign = BACK.test(DIRECTION.exec(words)?.[0] ?? '') ? -1 : 1;
  const before = text.slice(Math.max(0, phrase.start - WINDOW), phrase.start);
  for (const anchor of [...before.matchAll(ANCHOR)].reverse()) {
    const date = resolveDate(anchor[0], published);
    if (date?.precision !== 'DAY') continue;
    const [y, m, d] = date.date.split('-').map(Number);
    return { date: new Date(Date.UTC(y, m - 1, d + sign * count)).toISOString().slice(0, 10), precision: 'DAY', text: words };
  }
  return undefined;
}

/** How far back the named day may be: about three sentences. */
const WINDOW = 400;
const ANCHOR = new RegExp(
  `\\b(?:${WEEKDAY_ALTERNATION}|today|yesterday)\\b|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}\\b(?:,\\s*\\d{4})?`,
  'gi',
);

function offsetOf(tree: DependencyTree, day: number): number | undefined {
  const determiner = tree.children(day, /^(det|nummod)$/).map((d) => tree.token(d).word.toLowerCase())[0];
  const direction = [...tree.children(day, /^(amod|advmod)$/), tree.head(day)].some(
    (w) => w > 0 && (BACK.test(tree.token(w).word) || ON.test(tree.token(w).word)),
  );
  return determiner !== undefined && direction ? COUNT.get(determiner) : undefined;
}
