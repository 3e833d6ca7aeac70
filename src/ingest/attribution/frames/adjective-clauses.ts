/**
 * "Some council members are hopeful they can block the vote", "The mayor was unsure why the audit
 * stalled", "She is mindful of how fast the mood can turn": what a predicate adjective's subject
 * thinks, in a clause the parser hung loosely on the adjective (parataxis, dep, or an adverbial
 * clause opened by a question word) rather than as its complement.
 */
import { isVerbOrPredicate, type DependencyTree } from '../tree.ts';

/** Words that open a clause saying what is known, doubted or asked ("unsure why S", "sure how to S"). */
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'whether', 'if', 'who', 'which', 'where']);

/** Clause heads after adjective `v` that report what its subject thinks, with the clause's tokens. */
export function looseAdjectiveClauses(tree: DependencyTree, v: number): number[][] {
  const out: number[][] = [];
  for (const c of tree.children(v, /^(parataxis|dep|advcl)$/)) {
    if (c < v || !isVerbOrPredicate(tree, c)) continue;
    // Leading prepositions ("mindful of how S") are not content.
    const tokens = tree.subtree(c);
    const start = tokens.findIndex(
      (t) =>
        !(
          t < c &&
          tree.token(t).pos === 'IN' &&
          /^(mark|case)$/.test(tree.relation(t)) &&
          !QUESTION_WORDS.has(tree.token(t).lemma.toLowerCase())
        ),
    );
    const clause = tokens.slice(start);
    const first = tree.token(clause[0]).lemma.toLowerCase();
    if (QUESTION_WORDS.has(first)) out.push(clause);
    // "hopeful they can S": a clause with its own subject and no mark of time or cause.
    else if (tree.relation(c) !== 'advcl' && tree.child(c, /^nsubj/) !== undefined && tree.children(c, 'mark').length === 0)
      out.push(clause);
  }
  return out;
}
