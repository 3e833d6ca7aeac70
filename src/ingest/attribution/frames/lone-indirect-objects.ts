/**
 * "The audit showed things a little differently": the parser sometimes takes a verb's only object
 * for an indirect one (iobj) when a clause or a second phrase follows it. With no direct object beside it, that phrase is what the verb is
 * about, except after verbs that take a listener or a receiver ("asked voters whether S").
 */
import type { DependencyTree } from '../tree.ts';

const RECEIVER_VERBS = new Set(['tell', 'ask', 'give', 'send', 'offer', 'promise', 'remind', 'warn', 'assure', 'inform', 'urge', 'owe']);

/** The indirect object after verb `v` that stands for its missing direct object, if any. */
export function loneIndirectObject(tree: DependencyTree, v: number): number | undefined {
  if (RECEIVER_VERBS.has(tree.token(v).lemma.toLowerCase()) || tree.children(v, 'obj').length > 0) return undefined;
  return tree.children(v, 'iobj').find((o) => o > v && /^(NN|NNS|NNP|NNPS)$/.test(tree.token(o).pos));
}
