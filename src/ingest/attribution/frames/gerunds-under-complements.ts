/**
 * "The senator ended the feud by saying he would back the nominee": the parser sometimes hangs the
 * gerund ("saying") under its own complement's predicate ("back"), as a prepositional phrase of it.
 * The complement, from after the gerund, is the content; the subject of the clause the complement
 * hangs from speaks.
 */
import { type DependencyTree, isVerbOrPredicate } from '../tree.ts';

/** Gerunds of saying that the parser hangs under their complement. */
const SAYING_GERUNDS = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'claim',
  'argue',
  'insist',
  'suggest',
  'declare',
  'warn',
  'acknowledge',
  'admit',
]);
/** Prepositions and marks that introduce the gerund ("by saying", "after saying"). */
const GERUND_INTRODUCERS = new Set(['by', 'after', 'before', 'while', 'when', 'in', 'without']);

/** The content and the speaker's head of gerund `v` hung under its complement; undefined otherwise. */
export function gerundUnderComplement(
  tree: DependencyTree,
  v: number,
  subjectOf: (tree: DependencyTree, v: number) => number | undefined,
): { source: number; content: number[] } | undefined {
  const token = tree.token(v);
  if (token.pos !== 'VBG' || !SAYING_GERUNDS.has(token.lemma.toLowerCase()) || !/^(obl|advcl)$/.test(tree.relation(v))) return undefined;
  if (!tree.children(v, /^(case|mark)$/).some((k) => GERUND_INTRODUCERS.has(tree.token(k).lemma.toLowerCase()))) return undefined;
  if (tree.children(v, /^(ccomp|obj|xcomp|nsubj)$/).length) return undefined;
  const complement = tree.head(v);
  const host = complement === 0 ? 0 : tree.head(complement);
  if (complement < v || host === 0 || host > v || !isVerbOrPredicate(tree, complement)) return undefined;
  const end = Math.max(...tree.subtree(v));
  const source = subjectOf(tree, host);
  if (source === undefined) return undefined;
  return { source, content: tree.subtree(complement).filter((t) => t > end) };
}
