/**
 * "X told the Post her son studied law and she has not heard from him since": two clauses joined by
 * "and" or "but", each with its own subject, are two claims of the speaker, as the hand annotations
 * have them (the seed's "498 of its troops have died … and almost 1,600 more have been wounded").
 * A verb phrase that shares the first clause's subject ("have weakened X and caused Y") stays one
 * claim, and so does a quotation, and content whose first part is no clause of its own: a topic
 * ("talked about trade and how he would fix it"), an object ("backed Ruiz and, later, Ortiz"), an
 * infinitive ("declined to comment, and aides said S": the aides' words, not the speaker's), or a
 * noun the parser read as a clause ("jobs making furnaces and heating equipment will be moved"). Only
 * the Newser claims are split: PolNeAR annotates one attribution per cue, and the attribution stage
 * keeps that.
 */
import { DependencyTree, isPunct } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';

/** The draft, or one draft per clause when its content is two clauses with their own subjects. */
export function splitJoinedClauses(draft: DraftClaim, tree: DependencyTree): DraftClaim[] {
  if (draft.quote) return [draft];
  const { content } = draft;
  const inside = (i: number) => {
    const t = tree.token(i);
    return t !== undefined && t.start >= content.start && t.end <= content.end;
  };
  const tokens = tree.sentence.tokens.map((t) => t.index).filter(inside);
  const tops = tokens.filter((i) => !inside(tree.head(i)) && !isPunct(tree.token(i)));
  if (tops.length !== 1 || !isOwnClause(tree, tops[0])) return [draft];
  const joint = ownClauseConjunct(tree, tops[0], inside);
  if (!joint) return [draft];
  let firstEnd = joint.cc - 1;
  while (firstEnd > tokens[0] && isPunct(tree.token(firstEnd))) firstEnd--;
  const secondStart = tree.token(joint.cc + 1);
  const first: TextSpan = { start: content.start, end: tree.token(firstEnd).end };
  const second: TextSpan = { start: secondStart.start, end: content.end };
  return [
    { ...draft, content: first, evidence: { start: draft.evidence.start, end: first.end } },
    { ...draft, content: second, evidence: { start: second.start, end: Math.max(draft.evidence.end, second.end) } },
  ];
}

/** A subject that counts on the first clause ("498 … died and almost 1,600 more were wounded"): one claim, split by its figures. */
const LEANING = /^(more|fewer|others?|rest|many|most|some|several|few)$/i;

/** A clause with its own subject; an "-ing" head without its auxiliary is a noun phrase misread ("jobs making furnaces"). */
function isOwnClause(tree: DependencyTree, head: number): boolean {
  if (!tree.children(head, /^(nsubj|csubj|expl)/).length) return false;
  return tree.token(head).pos !== 'VBG' || tree.children(head, /^(aux|cop)/).length > 0;
}

/** A conjunct of the content's head, inside the content, with its own subject after its "and"/"but". */
function ownClauseConjunct(tree: DependencyTree, head: number, inside: (i: number) => boolean): { cc: number } | undefined {
  for (const d of tree.children(head, 'conj')) {
    if (!inside(d) || d < head) continue;
    const cc = tree.children(d, 'cc').find((c) => /^(and|but)$/i.test(tree.token(c).word));
    const subject = tree.children(d, /^nsubj/).find((s) => cc !== undefined && s > cc);
    if (cc === undefined || subject === undefined || !inside(cc + 1) || LEANING.test(tree.token(subject).word)) continue;
    if (!/^(VB|JJ|NN)/.test(tree.token(d).pos)) continue;
    return { cc };
  }
  return undefined;
}
