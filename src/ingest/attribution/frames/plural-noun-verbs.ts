/**
 * "Governor Reyes shares this dim view of the plan", "Super PAC blasts rival": the tagger sometimes reads
 * a present-tense verb as a plural noun, yet the parser still gives it a subject before it and an
 * object after it. A plural noun with both is a verb: its subject speaks, its object is the content.
 */
import type { DependencyTree } from '../tree.ts';

export interface PluralNounVerb {
  object: number;
  subject: number;
}

/** The subject and object of `v` when it is a plural noun the parser treated as a verb. */
export function pluralNounVerb(tree: DependencyTree, v: number): PluralNounVerb | undefined {
  if (tree.token(v).pos !== 'NNS') return undefined;
  const subject = tree.children(v, 'nsubj').find((s) => s < v);
  const object = tree.children(v, 'obj').find((o) => o > v);
  return subject === undefined || object === undefined ? undefined : { object, subject };
}
