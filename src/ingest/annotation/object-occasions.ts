/**
 * "Vale confirmed the split in a statement to People, saying S", "denied the allegations in an interview
 * with CNN": the parser hangs the occasion on the verb's object rather than on the verb. A speaker's own
 * occasion there (a statement, an interview, a letter) is still where the claim was given, so its
 * listener is the claim's; a work the object sits in ("the allegations in a Post report") is not one.
 * When the object is the claim's content ("X denied the claims in a statement to the AP"), the occasion
 * and its listener sit inside the content, where outlet-phrases.ts does not look for a listener:
 * `objectOccasionListeners` names them.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { isOpEd } from './op-eds.ts';

/** Occasions a speaker gives a claim on, by their head word. */
const SPEAKERS_OCCASION = /^(statement|interview|letter|email|e-mail|message|note|comment|remark|op-ed|column|essay|appearance)$/i;
const OCCASION_CASE = /^(in|during)$/i;

/** The speaker's occasions hung on the verb's object: "confirmed the split [in a statement to People]". */
export function objectOccasions(tree: DependencyTree, verb: number): number[] {
  return tree
    .children(verb, 'obj')
    .flatMap((o) => tree.children(o, /^nmod/))
    .filter(
      (n) =>
        (SPEAKERS_OCCASION.test(tree.token(n).lemma) || isOpEd(tree, n)) &&
        tree.children(n, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word)),
    );
}

const LISTENER_CASE = /^(to|with)$/i;

/** Whom the speaker gave an occasion hung on the verb's object: "AP" in "denied the claims in a statement to the AP". */
export function objectOccasionListeners(tree: DependencyTree, verb: number): number[] {
  return objectOccasions(tree, verb)
    .flatMap((o) => tree.children(o, /^nmod/))
    .filter((n) => tree.children(n, 'case').some((k) => LISTENER_CASE.test(tree.token(k).word)));
}
