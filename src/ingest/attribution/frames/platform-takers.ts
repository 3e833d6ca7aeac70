/**
 * "Rep. Will Carden took to Twitter to call the ruling 'a disgrace'": the parser may read "to Twitter to
 * call" as a clause whose subject is "Twitter" (the preposition made the clause's marker). The one who
 * speaks there is the subject of "took" (also "went on Facebook to", "turned to Instagram to").
 * A Newser shape: PolNeAR train and dev predictions unchanged.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs that take a speaker to the place where the infinitive's saying happens. */
const TAKING = new Set(['take', 'go', 'turn']);

/** The subject of "took" for an infinitive cue `v` whose parsed subject is the platform after "to". */
export function platformTaker(tree: DependencyTree, v: number): number | undefined {
  const subject = tree.child(v, 'nsubj');
  if (subject === undefined || tree.token(v).pos !== 'VB' || !/^(advcl|xcomp)$/.test(tree.relation(v))) return undefined;
  const marks = tree.children(v, 'mark');
  const prepositionBefore = marks.some((m) => m < subject && /^(to|on)$/i.test(tree.token(m).word));
  const infinitiveTo = marks.some((m) => m > subject && m < v && tree.token(m).pos === 'TO');
  const host = tree.head(v);
  if (!prepositionBefore || !infinitiveTo || host === 0 || !TAKING.has(tree.token(host).lemma.toLowerCase())) return undefined;
  return tree.child(host, 'nsubj');
}
