/**
 * "Ruiz backed the tax in 2019, when the budget was in crisis, she wrote in a Washington Post op-ed": the parser
 * may hang the closing verb of saying on a word inside S (as `dep`, `parataxis` or `ccomp`) and put S's last clause under
 * the verb, so the clause it hangs on holds only part of S and the model rates that reading low. When the verb's
 * subject opens right after the comma that ends S, the verb takes no clause after it, and a clause of S hangs
 * on it, S is everything before that comma (unless a colon or semicolon comes before it).
 * So it is when the verb holds none of S but hangs as `dep` on S's last word before the comma ("He kept drinking
 * from a stream, his daughter told reporters", "She has canceled a press tour, a friend of hers told People").
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import { PLAIN_SAYING } from './closing-sayings.ts';

const CLAUSE = /^(advcl|ccomp|dep|parataxis|conj)$/;

/** The tokens of S for closing verb `v` with subject `source`, or undefined when the sentence has not this shape. */
export function closingSentenceContent(tree: DependencyTree, v: number, source: number | undefined): number[] | undefined {
  if (!/^(dep|parataxis|ccomp)$/.test(tree.relation(v)) || !PLAIN_SAYING.has(tree.token(v).lemma.toLowerCase())) return undefined;
  if (source === undefined || source > v || tree.head(source) !== v || !/^nsubj/.test(tree.relation(source))) return undefined;
  const clauses = tree.children(v).filter((k) => CLAUSE.test(tree.relation(k)));
  if (clauses.some((k) => k > v)) return undefined;
  const subject = Math.min(...tree.subtree(source));
  const comma = subject > 2 && tree.token(subject - 1).pos === "''" ? subject - 2 : subject - 1;
  if (comma < 2 || tree.token(comma).word !== ',') return undefined;
  if (!clauses.some((k) => k < source) && !hungOnLastWords(tree, v, comma)) return undefined;
  // The verb closes the sentence: every word after the comma is the credit's.
  const credit = new Set(tree.subtree(v));
  if (tokenRange(comma + 1, tree.size).some((t) => !credit.has(t) && !isPunct(tree.token(t)))) return undefined;
  // 'X saw it differently: "S," he said': where S starts is another reading's to find.
  if (tokenRange(1, comma - 1).some((t) => /^[:;]$/.test(tree.token(t).word))) return undefined;
  const content = tokenRange(1, comma - 1);
  while (content.length > 0 && isPunct(tree.token(content[0]))) content.shift();
  return content.length > 0 ? content : undefined;
}

/**
 * The verb hangs as `dep` on the word right before the comma that ends S, and that word is in S's main clause,
 * not in a clause S reports ('he warned, "S2," Trump told NBC': S2 is Trump's, not the warning).
 */
function hungOnLastWords(tree: DependencyTree, v: number, comma: number): boolean {
  if (tree.relation(v) !== 'dep' || tree.head(v) !== comma - 1 || isPunct(tree.token(comma - 1))) return false;
  for (let t = comma - 1; t > 0; t = tree.head(t)) if (/^(ccomp|parataxis)$/.test(tree.relation(t))) return false;
  return true;
}
