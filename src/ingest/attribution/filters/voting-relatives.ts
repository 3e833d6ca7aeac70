/**
 * "Councillor Mara Lent, who voted for the harbor levy, said S": a vote told in a relative clause
 * on its voter is a record that describes the person, and PolNeAR marks no attribution there
 * ("The council voted for the levy" keeps its reading). PolNeAR train: 4 such readings, none
 * matching an annotation.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string };
}

const RELATIVE_SUBJECTS = new Set(['who', 'that', 'which']);

/** `readings` without a reading of "vote" whose subject is the relative pronoun of its clause. */
export function withoutVotingRelatives<A extends Reading>(doc: NlpDocument, readings: A[]): A[] {
  const inRelative = (a: A) => {
    if (a.cue.lemma !== 'vote') return false;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    if (tree.relation(a.cue.token) !== 'acl:relcl') return false;
    return tree.children(a.cue.token, 'nsubj').some((s) => RELATIVE_SUBJECTS.has(tree.token(s).word.toLowerCase()));
  };
  return readings.filter((a) => !inRelative(a));
}
