/**
 * "In the senator's view, the bill will fail", "S, in the eyes of most renters", "in her words, S":
 * a phrase that puts its clause in someone's view, read like "according to X". The holder is the
 * noun's possessor or its "of" phrase; the content is the clause the phrase stands in.
 */
import { clauseAbove, type DependencyTree } from '../tree.ts';

/** Nouns that, after "in", put a clause in someone's view or words. */
const VIEW_NOUNS = new Set(['view', 'eye', 'word', 'mind', 'opinion', 'estimation', 'judgment']);
/** How far above the phrase the clause may stand (through nouns the parser hung it on). */
const MAX_CLIMB = 3;

/** The holder and the clause (without the phrase) of view phrase `v` ("in X's view"); undefined otherwise. */
export function viewPhrase(tree: DependencyTree, v: number): { source: number; content: number[] } | undefined {
  if (!VIEW_NOUNS.has(tree.token(v).lemma.toLowerCase()) || !/^(obl|nmod)$/.test(tree.relation(v))) return undefined;
  if (!tree.hasCase(v, 'in')) return undefined;
  const of = tree.children(v, 'nmod').find((n) => n > v && tree.hasCase(n, 'of'));
  const source = tree.child(v, 'nmod:poss') ?? of;
  if (source === undefined) return undefined;
  const clause = clauseAbove(tree, v, MAX_CLIMB);
  if (clause === undefined) return undefined;
  const phrase = new Set(tree.subtree(v));
  return { source, content: tree.subtree(clause).filter((t) => !phrase.has(t)) };
}
