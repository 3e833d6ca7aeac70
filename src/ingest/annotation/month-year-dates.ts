/**
 * A month or a year as all the text gives of a saying's time: "said last month that S", "told the Bee
 * earlier this month", "said in May that S", "said in late October", "in mid-May", "in early 2019",
 * "In a 2023 speech, X said S", "said in a December report".
 * The claim's saidOn then has MONTH or YEAR precision. Only a phrase hung on the reporting verb (or a
 * year on its occasion) counts: "said last year's flood cost $3 million" dates the flood.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import type { Published, ResolvedDate } from './dates.ts';
import { OCCASIONS } from './said-on.ts';

const MONTH_ALTERNATION =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_NAME = new RegExp(`^(?:${MONTH_ALTERNATION})\\.?$`, 'i');
const YEAR_NUMBER = /^(?:19|20)\d\d$/;
/** "last month", "earlier this month", "late last year": the period counted from publication. */
const COUNTED_PERIOD = /^(?:(?:earlier|late|early)\s+)?(?:this|last)\s+(?:month|year)$/i;
/** How a time phrase hangs on the reporting verb without a preposition ("said last month"). */
const BARE_TIME = /^(obl:tmod|obl:npmod|nmod:tmod)$/;
/** How far back a month alone can date a saying; older months belong to what was said. */
const MONTH_REACH_DAYS = 400;

export function monthOrYearSpan(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const present = isPresent(tree, cue);
  for (const child of tree.children(cue, /^obl/)) {
    const word = tree.token(child).word;
    const cases = tree.children(child, 'case').map((k) => tree.token(k).word.toLowerCase());
    if (BARE_TIME.test(tree.relation(child)) && cases.length === 0 && !present) {
      const span = tree.span(tree.subtree(child, (edge) => edge.dep === 'punct'));
      if (span && COUNTED_PERIOD.test(text.slice(span.start, span.end))) return span;
    }
    if (cases.length !== 1 || cases[0] !== 'in') continue;
    // "said in May that S", "said in 2019 that S"; not "in May 3" (a day, read elsewhere) nor "in May's vote".
    if (present) continue;
    const month = monthPart(tree, child);
    if (month) return month;
    if (
      YEAR_NUMBER.test(word) &&
      tree.token(child).pos === 'CD' &&
      tree.children(child).filter((c) => !isPartOfPeriod(tree, c)).length === 1
    )
      return { start: tree.token(child).start, end: tree.token(child).end };
    // "In a 2023 speech, X said S": the year of the occasion.
    if (OCCASIONS.has(tree.token(child).lemma.toLowerCase())) {
      const year = tree.children(child, 'nummod').find((n) => YEAR_NUMBER.test(tree.token(n).word));
      if (year !== undefined) return { start: tree.token(year).start, end: tree.token(year).end };
    }
  }
  return undefined;
}

/** "in early October", "in late 2019", "in mid-March": the part of the month or year the saying fell in. */
const PART_OF_PERIOD = /^(?:early|late|mid)$/i;
const MID_MONTH = /^mid-/i;

/** The month a phrase hung on the cue names alone, or in part ("early October", "mid-May"); not "May 3" nor "May's vote". */
function monthPart(tree: DependencyTree, node: number): TextSpan | undefined {
  const token = tree.token(node);
  const prefix = MID_MONTH.exec(token.word)?.[0].length ?? 0;
  // The tagger may make "mid-February" a common noun; the month after "mid-" is a name all the same.
  if (!MONTH_NAME.test(token.word.slice(prefix)) || (token.pos !== 'NNP' && !(prefix && token.pos === 'NN'))) return undefined;
  const modifiers = tree.children(node, /^(nummod|nmod:poss|amod|det)$/);
  if (!modifiers.every((m) => isPartOfPeriod(tree, m))) return undefined;
  return { start: token.start + prefix, end: token.end };
}

function isPartOfPeriod(tree: DependencyTree, modifier: number): boolean {
  return tree.relation(modifier) === 'amod' && PART_OF_PERIOD.test(tree.token(modifier).word);
}

function isPresent(tree: DependencyTree, cue: number): boolean {
  return /^VB[ZP]$/.test(tree.token(cue).pos);
}

/** A month or a year alone, or a period counted back: "September", "Last September", "2011", "earlier this year". */
const MONTH_OR_YEAR_WORDS = new RegExp(
  `^(?:(?:earlier|late|early)\\s+)?(?:(?:last|this)\\s+)?(?:(?:${MONTH_ALTERNATION})\\.?|(?:19|20)\\d\\d|month|year)$`,
  'i',
);

/**
 * "Last September, when the center was vandalised, Babar says he contacted Ali's wife": a saying in the
 * present is not in a past month or year; the parser hung the period of what was said on the cue.
 */
export function presentCueOverPastPeriod(tree: DependencyTree, cue: number, text: string, span: TextSpan): boolean {
  return isPresent(tree, cue) && MONTH_OR_YEAR_WORDS.test(text.slice(span.start, span.end).trim());
}

/**
 * A week, month or year date that can be a saying's: not after publication, a week or month not long
 * before it, and not a month cut off its day by the rule that found it ("14 on Sept. 30": "Sept.").
 */
export function coarseSayingDate(
  date: ResolvedDate,
  published: Published | undefined,
  text: string,
  span: TextSpan,
): ResolvedDate | undefined {
  if (/^\s*\d/.test(text.slice(span.end, span.end + 4))) return undefined;
  if (!published) return date;
  const publishedDay = published.iso.slice(0, 10);
  if (date.date > publishedDay) return undefined;
  if (date.precision === 'YEAR') return date;
  const days = (Date.parse(`${publishedDay}T00:00:00Z`) - Date.parse(`${date.date}T00:00:00Z`)) / 86_400_000;
  return days <= MONTH_REACH_DAYS ? date : undefined;
}
