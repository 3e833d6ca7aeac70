/**
 * "The planners were pleased with the draft and confident that the council would pass it": a
 * predicate adjective joined by "and" to another one shares its subject and copula, so the parser
 * gives it neither; it speaks for the first adjective's subject like any predicate adjective.
 */
import type { DependencyTree } from '../tree.ts';

const ADJECTIVE = /^JJ/;

/** The subject that conjoined adjective `v` shares with the predicate adjective it is joined to, if any. */
export function conjoinedAdjectiveSubject(tree: DependencyTree, v: number): number | undefined {
  if (!ADJECTIVE.test(tree.token(v).pos) || tree.relation(v) !== 'conj') return undefined;
  if (tree.child(v, /^nsubj/) !== undefined || tree.child(v, 'cop') !== undefined) return undefined;
  let host = tree.head(v);
  while (host !== 0 && tree.relation(host) === 'conj' && ADJECTIVE.test(tree.token(host).pos)) host = tree.head(host);
  if (host === 0 || !ADJECTIVE.test(tree.token(host).pos) || tree.child(host, 'cop') === undefined) return undefined;
  return tree.child(host, 'nsubj');
}
