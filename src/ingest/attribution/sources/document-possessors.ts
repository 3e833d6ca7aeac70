/**
 * "The audit office's report also warns that S", "Podliska's lawsuit alleges S": a paper someone
 * writes or files, held by a name in the possessive, speaks for that name, as a paper's "by" maker
 * does (document-authors.ts); also "the family's lawsuit", the family. Only papers that have
 * authors, and only a noun as holder: "Clinton's emails show S" is left alone (their holder wrote
 * none of what they show), so are "Tuesday's ruling" (a time) and "his lawsuit" (possessor-sources.ts).
 */
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../../text/day-words.ts';
import type { DependencyTree } from '../tree.ts';

const AUTHORED_PAPERS = new Set([
  'report',
  'study',
  'memo',
  'lawsuit',
  'suit',
  'complaint',
  'filing',
  'indictment',
  'ruling',
  'audit',
  'review',
  'analysis',
]);
const TIME_WORD = new RegExp(
  `^(?:${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|day|week|weekend|month|year|decade|quarter|season|century|morning|afternoon|evening|night)$`,
  'i',
);

/** The possessor of the authored paper `source` that is the subject of cue `cue`. */
export function documentPossessor(tree: DependencyTree, source: number, cue: number): number | undefined {
  // Not after "according to": "according to Milenio's report" names the outlet that carries the speaker's claim.
  const subject = tree.relation(source) === 'nsubj' && tree.head(source) === cue;
  if (!subject || !/^NNS?$/.test(tree.token(source).pos)) return undefined;
  if (!AUTHORED_PAPERS.has(tree.token(source).lemma.toLowerCase())) return undefined;
  const holder = tree.child(source, 'nmod:poss');
  if (holder === undefined) return undefined;
  const t = tree.token(holder);
  // "Tuesday's ruling", "last year's audit": a time, not a maker.
  if (/^(DATE|TIME|DURATION|SET|NUMBER|ORDINAL)$/.test(t.ner) || !/^NN/.test(t.pos) || TIME_WORD.test(t.lemma.replace(/\.$/, '')))
    return undefined;
  return holder;
}
