/**
 * "Ruiz backed the tax in 2019, when the budget was in crisis, she wrote in a Washington Post op-ed": the parser
 * may hang the closing verb of saying on a word inside S (as `dep`, `parataxis` or `ccomp`) and put S's last clause under
 * the verb, so the clause it hangs on holds only part of S and the model rates that reading low. When the verb's
 * subject opens right after the comma that ends S, the verb takes no clause after it, and a clause of S hangs
 * on it, S is everything before that comma (unless a colon or semicolon comes before it).
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import { PLAIN_SAYING } from './closing-sayings.ts';

const CLAUSE = /^(advcl|ccomp|dep|parataxis|conj)$/;

/** The tokens of S for closing verb `v` with subject `source`, or undefined when the sentence has not this shape. */
export function closingSentenceContent(tree: DependencyTree, v: number, source: number | undefined): number[] | undefined {
  if (!/^(dep|parataxis|ccomp)$/.test(tree.relation(v)) || !PLAIN_SAYING.has(tree.token(v).lemma.toLowerCase())) return undefined;
  if (source === undefined || source > v || tree.head(source) !== v || !/^nsubj/.test(tree.relation(source))) return undefined;
  const clauses = tree.children(v).filter((k) => CLAUSE.test(tree.relation(k)));
  if (clauses.some((k) => k > v) || !(clauses.some((k) => k < source) || hungOnNoun(tree, v))) return undefined;
  const subject = Math.min(...tree.subtree(source));
  const comma = subject > 2 && tree.token(subject - 1).pos === "''" ? subject - 2 : subject - 1;
  if (comma < 2 || tree.token(comma).word !== ',') return undefined;
  // The verb closes the sentence: every word after the comma is the credit's.
  const credit = new Set(tree.subtree(v));
  if (tokenRange(comma + 1, tree.size).some((t) => !credit.has(t) && !isPunct(tree.token(t)))) return undefined;
  // 'X saw it differently: "S," he said': where S starts is another reading's to find.
  if (tokenRange(1, comma - 1).some((t) => /^[:;]$/.test(tree.token(t).word))) return undefined;
  const content = tokenRange(1, comma - 1);
  while (content.length > 0 && isPunct(tree.token(content[0]))) content.shift();
  return content.length > 0 ? content : undefined;
}

/** "X is considering retirement, his agent said": the verb hung as `dep` on a noun of S, no clause of S under it. */
function hungOnNoun(tree: DependencyTree, v: number): boolean {
  return tree.relation(v) === 'dep' && /^NN/.test(tree.token(tree.head(v)).pos) && tree.head(v) < v;
}
