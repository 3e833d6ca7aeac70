/**
 * The day of a court paper that carries the claim: "In Tuesday's ruling, Judge Ida Marr wrote that S",
 * "In a ruling issued Tuesday, the judge wrote S", "The lawsuit, filed Tuesday in state court, alleges
 * S", "According to court documents filed Friday, S". A ruling, a lawsuit or a court's papers speak on
 * the day they were issued or filed, as a statement does; the day is the paper's possessive or
 * compound ("his Feb. 27 ruling"), or the one on its participle (filed, issued, released, unsealed) or
 * passive relative clause ("The complaint, which was filed Monday, says S"). Only where the paper is
 * the cue's subject, the noun "according to" marks, or the place the cue hangs "in" ("commented on
 * Tuesday's ruling" is about the ruling, not said in it). Issue 11's fourth date probe (60 items, 45
 * dated): 4 of them, and 2 of a second batch of 20 written after; no undated item dated.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dayCarryingNouns } from './day-carrying-nouns.ts';
import { namingDaySpan } from './month-day-spans.ts';
import { AIRING, dateOn, namingDay, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

/** Papers a court issues or a party files; the statements, reports and filings of OCCASIONS are read in said-on.ts. */
const COURT_PAPERS = new Set([
  'ruling',
  'lawsuit',
  'suit',
  'complaint',
  'indictment',
  'affidavit',
  'motion',
  'petition',
  'opinion',
  'document',
  'documents',
  'papers',
]);

export function courtPaperDay(tree: DependencyTree, cue: number, text: string, according: boolean): TextSpan | undefined {
  const carriers = dayCarryingNouns(tree, cue, according);
  const isCourtPaper = (n: number) =>
    COURT_PAPERS.has(tree.token(n).lemma.toLowerCase()) || COURT_PAPERS.has(tree.token(n).word.toLowerCase());
  const misread = according ? undefined : misreadParticipleDay(tree, cue, text, isCourtPaper);
  if (misread) return misread;
  for (const paper of carriers.filter(isCourtPaper)) {
    const day = namingDay(tree, paper);
    if (day !== undefined) return namingDaySpan(tree, day);
    const span = tree
      // "The complaint, which was filed Monday, says S": the relative clause's passive verb as the participle.
      .children(paper, /^(acl|acl:relcl)$/)
      .filter((v) => PARTICIPLE_TAG.test(tree.token(v).pos) && !AIRING.test(tree.token(v).lemma))
      .filter((v) => tree.relation(v) === 'acl' || tree.children(v, 'nsubj:pass').length > 0)
      .map((v) => dateOn(tree, v, text, TIME_RELATION))
      .find((s) => s !== undefined);
    if (span) return span;
  }
  return undefined;
}

/**
 * "A lawsuit filed Monday in Montgomery County alleges S": the parser can read the participle as the
 * main verb, with the paper as its subject and the cue as its loose dependent; the participle's day is the paper's.
 */
function misreadParticipleDay(tree: DependencyTree, cue: number, text: string, isCourtPaper: (n: number) => boolean): TextSpan | undefined {
  const participle = tree.head(cue);
  if (tree.relation(cue) !== 'dep' || participle === 0 || participle > cue || tree.relation(participle) !== 'ROOT') return undefined;
  if (!PARTICIPLE_TAG.test(tree.token(participle).pos) || AIRING.test(tree.token(participle).lemma)) return undefined;
  const paper = tree.child(participle, 'nsubj');
  if (paper === undefined || paper > participle || !isCourtPaper(paper)) return undefined;
  return dateOn(tree, participle, text, TIME_RELATION);
}
