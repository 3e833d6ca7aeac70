/**
 * "Mayor Ruiz's decision to close the pier angered the fishermen": the parser often makes the possessed
 * noun the subject of the infinitive after it (the infinitive heads the sentence, "angered" hangs on it),
 * where it should be the noun's own clause, which `frames.ts` reads as 'noun-to' ("X's proposal to S").
 * Read the same way here: the infinitive without the noun and without the finite clause hung on it.
 * The cue model judges the noun, as for 'noun-to' ("call", "proposal", "refusal" rate high; "ability",
 * "chance" low). On PolNeAR train: 6 more right claimants, 1 more wrong, 4 more matching no annotation.
 */
import { type DependencyTree } from '../tree.ts';

/** Relations by which the parser hangs the sentence's own predicate on the misread infinitive. */
const HUNG_PREDICATE = /^(advcl|ccomp|parataxis|conj|dep|xcomp)$/;
const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/** The content of possessed noun `noun` when the parser made it the subject of the infinitive after it. */
export function possessedInfinitive(tree: DependencyTree, noun: number): number[] | undefined {
  if (!/^NNS?$/.test(tree.token(noun).pos) || tree.child(noun, 'nmod:poss') === undefined) return undefined;
  const to = noun + 1;
  if (to > tree.size || tree.token(to).pos !== 'TO' || tree.relation(to) !== 'mark') return undefined;
  const verb = tree.head(to);
  if (verb === 0 || tree.head(noun) !== verb || !/^nsubj/.test(tree.relation(noun)) || tree.token(verb).pos !== 'VB') return undefined;
  // "waited for the mayor's aides to leave": the noun is the infinitive's subject indeed.
  if (tree.children(verb, 'mark').some((m) => tree.token(m).lemma.toLowerCase() === 'for')) return undefined;
  const finite = (c: number) => tree.subtree(c).some((t) => FINITE.test(tree.token(t).pos));
  const hung = tree.children(verb).filter((c) => c > verb && HUNG_PREDICATE.test(tree.relation(c)) && finite(c));
  const cut = new Set([...tree.subtree(noun), ...hung.flatMap((c) => tree.subtree(c))]);
  return tree.subtree(verb).filter((t) => t > noun && !cut.has(t));
}
