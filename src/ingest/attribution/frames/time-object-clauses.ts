/**
 * "Officials told the band the same afternoon that its slot could not be moved": the parser takes the
 * time phrase for the verb's object and hangs the "that" clause on its noun, as if "afternoon" were
 * what was said. The clause is the verb's complement, and the time noun is no cue of its own.
 */
import type { DependencyTree } from '../tree.ts';

const TIME_NOUN = /^(day|afternoon|morning|evening|night|week|weekend|month|year)$/i;
const TIME_ON_VERB = /^(obj|iobj|obl:tmod)$/;

/** A time noun hung on a verb as its object or time, carrying a clause of its own. */
export function isTimeObject(tree: DependencyTree, n: number): boolean {
  const head = tree.head(n);
  return (
    head !== 0 &&
    TIME_NOUN.test(tree.token(n).lemma) &&
    TIME_ON_VERB.test(tree.relation(n)) &&
    tree.token(head).pos.startsWith('VB') &&
    tree.children(n, 'ccomp').length > 0
  );
}

/** The clauses verb `v`'s time objects carry: "told X the same day that S" gives S. */
export function clausesOnTimeObjects(tree: DependencyTree, v: number): number[] {
  return tree
    .children(v, TIME_ON_VERB)
    .filter((n) => isTimeObject(tree, n))
    .flatMap((n) => tree.children(n, 'ccomp'));
}
