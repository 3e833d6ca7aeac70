/**
 * "Councillor Mara Lent, who voted for the harbor levy, said S": a vote told in a relative clause
 * on its voter is a record that describes the person, and PolNeAR marks no attribution there
 * ("The council voted for the levy" keeps its reading, and so does "who voted for Tom Ruiz": a vote for
 * a named person backs that person, a reading stop 43 kept). PolNeAR train: 4 such readings, none
 * matching an annotation.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const RELATIVE_SUBJECTS = new Set(['who', 'that', 'which']);
const PROPER_NOUN = /^NNPS?$/;

/** A reading of "vote" whose subject is the relative pronoun of its clause. */
export function isVotingRelative(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'vote' || tree.relation(a.cue.token) !== 'acl:relcl') return false;
  // "who voted for Tom Ruiz" backs a person named after the preposition, and stands (background-relatives.ts).
  const backed = tree
    .children(a.cue.token, 'obl')
    .filter((o) => tree.children(o, 'case').some((k) => /^(for|against)$/i.test(tree.token(k).word)));
  if (backed.some((o) => PROPER_NOUN.test(tree.token(o).pos))) return false;
  return tree.children(a.cue.token, 'nsubj').some((s) => RELATIVE_SUBJECTS.has(tree.token(s).word.toLowerCase()));
}
