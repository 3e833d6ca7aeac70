/** A predicate adjective speaks for its subject ("Republicans have been critical of S", "X is confident that S"). */
import type { DependencyTree } from '../tree.ts';
import { attitudeClauses } from './attitude-adjectives.ts';
import { looseAdjectiveClauses } from './adjective-clauses.ts';
import { conjoinedAdjectiveSubject } from './conjoined-adjectives.ts';
import { contentTokens, OBL_CUE_CASES, type Push } from './frame-proposal.ts';
import { preposedObjects, prepositionalClauses, prepositionsOf } from './prepositional-complements.ts';

/** Proposes the readings of `v` as a predicate adjective; true when it is one (it has no other reading). */
export function predicateAdjectiveProposals(tree: DependencyTree, v: number, push: Push): boolean {
  const token = tree.token(v);
  const adjectiveSubject =
    /^JJ/.test(token.pos) && tree.child(v, 'cop') !== undefined ? tree.child(v, 'nsubj') : conjoinedAdjectiveSubject(tree, v);
  if (adjectiveSubject !== undefined) {
    // "Republicans have been critical of S", "X is confident that S": a predicate adjective speaks for its subject.
    const source = adjectiveSubject;
    for (const c of tree.children(v, 'ccomp')) push(v, 'ccomp', contentTokens(tree, c), source);
    for (const o of preposedObjects(tree, v, OBL_CUE_CASES)) push(v, 'obl', contentTokens(tree, o, tree.children(o, 'case')), source);
    for (const c of prepositionalClauses(tree, v, OBL_CUE_CASES, true))
      push(v, 'obl', contentTokens(tree, c, prepositionsOf(tree, c)), source);
    for (const x of attitudeClauses(tree, v)) push(v, 'xcomp', contentTokens(tree, x), source);
    for (const clause of looseAdjectiveClauses(tree, v)) push(v, 'ccomp', clause, source);
    return true;
  }
  return false;
}
