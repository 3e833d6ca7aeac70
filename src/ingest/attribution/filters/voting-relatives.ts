/**
 * "Councillor Mara Lent, who voted for the harbor levy, said S": a vote told in a relative clause
 * on its voter is a record that describes the person, and PolNeAR marks no attribution there
 * ("The council voted for the levy" keeps its reading). PolNeAR train: 4 such readings, none
 * matching an annotation.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const RELATIVE_SUBJECTS = new Set(['who', 'that', 'which']);

/** A reading of "vote" whose subject is the relative pronoun of its clause. */
export function isVotingRelative(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'vote' || tree.relation(a.cue.token) !== 'acl:relcl') return false;
  return tree.children(a.cue.token, 'nsubj').some((s) => RELATIVE_SUBJECTS.has(tree.token(s).word.toLowerCase()));
}
