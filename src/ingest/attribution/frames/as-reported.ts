/**
 * "As reported by the Ledger, the mill will close in May" and "..., per the Ledger": a report named
 * in a phrase on the clause, which the parser reads as a compound preposition ("as reported by",
 * "per") on the outlet. Read like "according to X": the clause is the content, X the source.
 */
import { isVerbOrPredicate, type DependencyTree } from '../tree.ts';

/** The outlet and the clause it is credited with, when `v` is "reported" or "per" in such a phrase. */
export function asReportedBy(tree: DependencyTree, v: number): { source: number; clause: number } | undefined {
  if (tree.relation(v) !== 'case') return undefined;
  const word = tree.token(v).word.toLowerCase();
  if (word !== 'per' && word !== 'reported') return undefined;
  const source = tree.head(v);
  if (word === 'reported' && !tree.children(source, 'case').some((k) => tree.token(k).word.toLowerCase() === 'by')) return undefined;
  if (!/^(obl|nmod)$/.test(tree.relation(source))) return undefined;
  const clause = tree.head(source);
  if (clause === 0 || !isVerbOrPredicate(tree, clause)) return undefined;
  return { source, clause };
}
