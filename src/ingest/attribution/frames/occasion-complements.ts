/**
 * "Mayor Ilse Varga said in comments to the AP that the dam would hold": the parser may hang the "that"
 * clause on the occasion's last noun ("AP") instead of on the verb, and the verb is left without content.
 * A "that" clause under a name in a prepositional phrase on the cue, after the cue, is the cue's.
 */
import { isVerb, type DependencyTree } from '../tree.ts';
import { complementsUnderIssuedMedium } from './issued-medium-complements.ts';
import { complementsUnderOccasionNoun } from './occasion-noun-complements.ts';
import { complementsUnderRecipientNoun } from './recipient-noun-complements.ts';

/** Prepositions that hang the way or occasion of a saying on its verb: "in comments to", "during an appearance on". */
const OCCASION_CASE = /^(in|during|to|with)$/i;

/** "that" clauses under the nouns of an occasion phrase of verb `v`, when `v` has no complement of its own. */
export function complementsUnderOccasion(tree: DependencyTree, v: number): number[] {
  if (!isVerb(tree.token(v)) || tree.children(v, /^(ccomp|xcomp)$/).length) return [];
  const occasions = tree
    .children(v, 'obl')
    .filter((o) => o > v && tree.children(o, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word)));
  // Only a name hosts no "that" clause of its own ("in response to reports that S" keeps its noun's clause).
  const names = occasions
    .flatMap((o) => [o, ...tree.children(o, /^nmod/)])
    .filter((n) => /^NNPS?$/.test(tree.token(n).pos) || (tree.token(n).ner ?? 'O') !== 'O');
  return [
    ...names.flatMap((n) =>
      tree.children(n, 'ccomp').filter((c) => c > n && tree.children(c, 'mark').some((m) => /^that$/i.test(tree.token(m).word))),
    ),
    ...complementsUnderIssuedMedium(tree, v), // "said in a statement released Friday that S"
    ...complementsUnderOccasionNoun(tree, v), // "told investors on a call that S"
    ...complementsUnderRecipientNoun(tree, v), // "said in an email to students Wednesday that S"
  ];
}
