/**
 * "It is not clear how many S", "it's obvious that S": the "it" of a predicate adjective whose clause
 * is the content stands for nobody; the writer weighs S. Read as a source, the pronoun resolver would
 * name whoever came before ("The ministry ... It's not clear S": the ministry). PolNeAR train
 * annotates these with no source when at all (12 of its 99 candidates matched an attribution).
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';

export function isExpletiveSubject(tree: DependencyTree, c: Candidate): boolean {
  if (c.source === undefined || c.frame !== 'ccomp' || !/^it$/i.test(tree.token(c.source).word)) return false;
  return tree.token(c.cue).pos.startsWith('JJ') && tree.head(c.source) === c.cue && tree.child(c.cue, 'cop') !== undefined;
}
