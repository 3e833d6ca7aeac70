/**
 * 'While Ms. Okafor says the clinic will reopen, the county has no plans for it' / 'When the mayor
 * said he would sign the bill, the council cheered': the parser made the cue's complement the head
 * of the whole sentence and hung the cue below it as an adverbial clause. What the cue reports is
 * then the rest of its own clause: the words after it up to the comma that closes it.
 */
import { DependencyTree, isVerb, tokenRange } from '../tree.ts';

export function clauseRaisedOverCue(tree: DependencyTree, v: number): number[] | undefined {
  const head = tree.head(v);
  if (tree.relation(v) !== 'advcl' || !isVerb(tree.token(v)) || head <= v) return undefined;
  if (tree.child(v, 'mark') === undefined || tree.child(v, 'nsubj') === undefined) return undefined;
  if (tree.children(v, /^(ccomp|xcomp|obj|dep)$/).some((c) => c > v)) return undefined;
  let end = v + 1;
  while (end <= tree.size && tree.token(end).word !== ',') end++;
  // The raised clause must stand inside the cue's clause, before its comma.
  if (end > tree.size || head >= end) return undefined;
  return tokenRange(v + 1, end - 1).filter((t) => tree.dominates(head, t) && !tree.dominates(v, t));
}
