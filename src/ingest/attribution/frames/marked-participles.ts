/**
 * "X declined to comment, saying they cannot talk about it yet": the parser sometimes takes a
 * participle cue after a comma for the mark of the clause it reports (saying <-mark- discuss).
 * That clause is the content, and the speaker is the subject of the verb the clause hangs on.
 */
import { DependencyTree, isVerb } from '../tree.ts';

export interface MarkedParticiple {
  content: number[];
  source: number | undefined;
}

/** `v` read as the participle cue of the clause it marks; `subjectOf` is passed in so this file need not import frames.ts. */
export function markedParticiple(
  tree: DependencyTree,
  v: number,
  subjectOf: (tree: DependencyTree, v: number) => number | undefined,
): MarkedParticiple | undefined {
  if (tree.token(v).pos !== 'VBG' || tree.relation(v) !== 'mark' || v < 2 || tree.token(v - 1).word !== ',') return undefined;
  const clause = tree.head(v);
  const host = tree.head(clause);
  const predicate = isVerb(tree.token(clause)) || tree.child(clause, 'cop') !== undefined;
  if (!predicate || tree.child(clause, /^nsubj/) === undefined || host === 0 || host > v) return undefined;
  return { content: tree.subtree(clause, (edge) => edge.to === v).filter((t) => t !== v), source: subjectOf(tree, host) };
}
